"""Every figure the sources give is reproduced by the loaded datasets.

The expected numbers are copied from the sources (seed 004: Fontys Hogeschool Pedagogiek, 2017;
seed 000: the master thesis on the conversation cycle); the actual numbers are computed from the
loaded DataFrames with plain pandas, the way a student would. Every generated dataset is checked
as eplab ships it and as two course variants (`eplab course init --variant`) make it: a variant
changes what is fictitious, never a figure from a source.
"""

from __future__ import annotations

import pandas as pd
import pytest

from eplab.data import load
from eplab.data.schema import get_resource, read_package

TYPES = ["regulier", "s(b)o", "stimulering"]


@pytest.fixture(scope="module", params=["eplab", "variant-sleutel-een", "variant-sleutel-twee"])
def data_dir(request, tmp_path_factory):
    """None: eplab's own datasets; else a course variant's datasets made from a secret."""
    if request.param == "eplab":
        return None
    from eplab.data.variant import GENERATED, write_variant

    folder = tmp_path_factory.mktemp(request.param)
    write_variant(folder, request.param.removeprefix("variant-"),
                  [name for names in GENERATED.values() for name in names])
    return folder


@pytest.fixture(scope="module")
def teachers(data_dir) -> pd.DataFrame:
    return load("interviews", directory=data_dir)


@pytest.fixture(scope="module")
def fragments(data_dir) -> pd.DataFrame:
    return load("interviewfragmenten", directory=data_dir)


@pytest.fixture(scope="module")
def parents(data_dir) -> pd.DataFrame:
    return load("oudertevredenheid", directory=data_dir, as_numbers=True)


@pytest.fixture(scope="module")
def team(data_dir) -> pd.DataFrame:
    return load("teamvragenlijst", directory=data_dir, as_numbers=True)


def per_type(series: pd.Series) -> list:
    return [series.get(t, 0) for t in TYPES]


def resource(name: str) -> dict:
    return get_resource(read_package()[1], name)


# --- seed 004, Fontys Hogeschool Pedagogiek (2017) -------------------------------------------


def test_sample_20_14_21_teachers_at_7_4_7_schools(teachers):
    # §3.2
    assert len(teachers) == 55
    assert per_type(teachers["schooltype"].value_counts()) == [20, 14, 21]
    assert per_type(teachers.groupby("schooltype", observed=True)["school_id"].nunique()) == [7, 4, 7]
    assert teachers["school_id"].nunique() == 18
    sizes = teachers["school_id"].value_counts()
    assert sizes.between(2, 4).all()  # "ongeveer 3 per school"


@pytest.mark.parametrize(("column", "expected"), [
    ("informeel_contact", [8, 6, 14]),  # §4.1
    ("outreachend_gedrag", [6, 11, 13]),  # §4.1
    ("gedeelde_interesse", [5, 7, 6]),  # §4.1
    ("zorg_praktijkvoorbeeld", [6, 6, 12]),  # §4.4
])
def test_teacher_counts_per_school_type(teachers, column, expected):
    assert per_type(teachers.groupby("schooltype", observed=True)[column].sum()) == expected


@pytest.mark.parametrize(("column", "expected"), [
    ("bereikbaarheid", {"regulier": 5, "s(b)o": 4}),
    ("laagdrempelige_activiteiten", {"stimulering": 7}),
    ("gedeelde_interesse", {"regulier": 4, "s(b)o": 4, "stimulering": 5}),
    ("zorg_praktijkvoorbeeld", {"regulier": 3, "s(b)o": 4, "stimulering": 7}),
])
def test_schools_where_teachers_mention_a_code(teachers, column, expected):
    yes = teachers[teachers[column].fillna(False).astype(bool)]
    schools = yes.groupby("schooltype", observed=True)["school_id"].nunique()
    assert {t: int(schools.get(t, 0)) for t in expected} == expected


def test_reachability_and_low_threshold_activities(teachers):
    # §4.1: 7 regular teachers (5 schools), 8 s(b)o teachers; not reported for stimulering
    by_type = teachers.groupby("schooltype", observed=True)
    assert by_type["bereikbaarheid"].sum()[["regulier", "s(b)o"]].tolist() == [7, 8]
    stim = teachers[teachers["schooltype"] == "stimulering"]
    assert stim["bereikbaarheid"].isna().all()
    # regular teachers name no low-threshold activities; s(b)o only at school level (unknown)
    low = teachers["laagdrempelige_activiteiten"]
    assert low[teachers["schooltype"] == "regulier"].eq(False).all()
    assert low[teachers["schooltype"] == "s(b)o"].isna().all()
    assert int(low[teachers["schooltype"] == "stimulering"].sum()) == 11


def test_mentions_in_section_4_1(fragments, teachers):
    counts = fragments[fragments["domein"] == "vertrouwen"]["code"].value_counts()
    assert counts[["informeel contact", "actieve rol", "bereikbaarheid",
                   "laagdrempelige activiteit", "gedeelde interesse"]].tolist() == [56, 52, 29, 13, 23]
    # the mentions come from exactly the teachers counted in the teacher table
    for code, column in [("informeel contact", "informeel_contact"), ("actieve rol", "outreachend_gedrag"),
                         ("gedeelde interesse", "gedeelde_interesse")]:
        said = set(fragments.loc[fragments["code"] == code, "leerkracht_id"])
        flagged = set(teachers.loc[teachers[column], "leerkracht_id"])
        assert said == flagged, code
    assert fragments.loc[fragments["code"] == "informeel contact", "leerkracht_id"].nunique() == 28
    low = fragments[fragments["code"] == "laagdrempelige activiteit"]
    assert (low["schooltype"] == "regulier").sum() == 0
    assert low[low["schooltype"] == "s(b)o"]["school_id"].nunique() == 2


def crosstab(fragments: pd.DataFrame, code: str) -> dict:
    part = fragments[fragments["code"] == code]
    table = pd.crosstab(part["schooltype"], part["richting"])
    return {t: [int(table.loc[t].get("eenzijdig", 0)), int(table.loc[t].get("tweezijdig", 0))]
            for t in table.index}


def test_learning_results_one_way_vs_two_way(fragments):
    # §4.2: 24/15, 15/6, 19/29
    assert crosstab(fragments, "leerresultaten") == {
        "regulier": [24, 15], "s(b)o": [15, 6], "stimulering": [19, 29]}


def test_concrete_agreements(fragments):
    # §4.2: 1 / 0 / 8 examples
    part = fragments[fragments["code"] == "concrete afspraken"]
    assert per_type(part["schooltype"].value_counts()) == [1, 0, 8]
    assert part["richting"].isna().all()


def test_home_learning(fragments):
    # §4.3: regular 8 one-way at 5 schools, 2 two-way at 2 schools; s(b)o 9 at 3, 14 at all 4;
    # stimulering 17 two-way at 6 schools (its one-way count is not in the report: 'fictief')
    part = fragments[fragments["code"] == "thuistaken"]
    cells = part.groupby(["schooltype", "richting"], observed=True).agg(
        n=("fragment_id", "size"), scholen=("school_id", "nunique"))
    assert cells.loc[("regulier", "eenzijdig")].tolist() == [8, 5]
    assert cells.loc[("regulier", "tweezijdig")].tolist() == [2, 2]
    assert cells.loc[("s(b)o", "eenzijdig")].tolist() == [9, 3]
    assert cells.loc[("s(b)o", "tweezijdig")].tolist() == [14, 4]
    assert cells.loc[("stimulering", "tweezijdig")].tolist() == [17, 6]
    invented = part[(part["schooltype"] == "stimulering") & (part["richting"] == "eenzijdig")]
    assert len(invented) > 0 and (invented["telling"] == "fictief").all()
    assert (part.loc[part.index.difference(invented.index), "telling"] == "rapport").all()
    # stimulering is still relatively the most two-way (as the report says)
    share = part.groupby("schooltype", observed=True)["richting"].apply(lambda s: (s == "tweezijdig").mean())
    assert share.idxmax() == "stimulering"


def test_care_route(fragments, teachers):
    # §4.4: 6/2, 6/2, 4/14
    assert crosstab(fragments, "zorgroute") == {
        "regulier": [6, 2], "s(b)o": [6, 2], "stimulering": [4, 14]}
    said = set(fragments.loc[fragments["code"] == "zorgroute", "leerkracht_id"])
    assert said == set(teachers.loc[teachers["zorg_praktijkvoorbeeld"], "leerkracht_id"])


THEMES = {
    "pesten": [3, 0, 3], "gedragsproblemen": [1, 0, 1], "welbevinden": [1, 1, 0],
    "seksualiteit": [1, 1, 1], "opvoedvragen": [4, 8, 9], "echtscheiding": [3, 4, 0],
    "mishandeling of agressie thuis": [1, 2, 4], "verwaarlozing": [0, 0, 4],
    "schulden of armoede": [0, 0, 3], "misbruik of incest": [1, 0, 1], "ziekte ouder": [1, 0, 0],
    "drankgebruik vader": [1, 0, 0], "kind weigert medicatie": [0, 1, 0], "verzuim": [0, 0, 4],
}


def test_themes_table_4_5(fragments, teachers):
    part = fragments[fragments["domein"] == "themas"]
    table = pd.crosstab(part["code"], part["schooltype"]).reindex(columns=TYPES, fill_value=0)
    assert {code: table.loc[code].tolist() for code in table.index} == THEMES
    clusters = part["cluster"].value_counts()
    assert clusters["sociaal-emotionele ontwikkeling"] == 13
    assert clusters["opvoedvragen en -problemen"] == 21
    assert clusters["verzuim"] == 4
    # the report states 25 for 'alarmerende zaken' but its sub-themes add up to 26 (documented)
    assert clusters["alarmerende zaken thuis"] == 26
    # §4.6: the 4 stimulering mentions of maltreatment come from the 4 teachers of one school
    abuse = part[(part["code"] == "mishandeling of agressie thuis") & (part["schooltype"] == "stimulering")]
    assert abuse["school_id"].nunique() == 1 and abuse["leerkracht_id"].nunique() == 4
    school = abuse["school_id"].iloc[0]
    assert (teachers["school_id"] == school).sum() == 4


def test_conflicts_and_angry_parents(fragments):
    # §4.6: 84 conflicts: 18 at 5 regular schools, 24 at all s(b)o, 42 at all stimulering;
    # angry parents 5 / 4 / 7
    part = fragments[fragments["domein"] == "conflicten"]
    assert len(part) == 84
    assert per_type(part["schooltype"].value_counts()) == [18, 24, 42]
    assert per_type(part.groupby("schooltype", observed=True)["school_id"].nunique()) == [5, 4, 7]
    angry = part[part["code"] == "conflict met boze ouder"]
    assert per_type(angry["schooltype"].value_counts()) == [5, 4, 7]


def test_fragments_belong_to_known_teachers(fragments, teachers):
    merged = fragments.merge(teachers[["leerkracht_id", "school_id", "schooltype"]],
                             on="leerkracht_id", suffixes=("", "_lk"), validate="many_to_one")
    assert len(merged) == len(fragments)
    assert (merged["school_id"].astype(str) == merged["school_id_lk"].astype(str)).all()
    assert (merged["schooltype"].astype(str) == merged["schooltype_lk"].astype(str)).all()


# --- seed 000, master thesis: parent survey ----------------------------------------------


def domain_columns(df: pd.DataFrame, prefix: str) -> list[str]:
    return [c for c in df.columns if c.startswith(prefix + "_")]


ITEM_PREFIXES = ("afs", "kz", "sk", "ow", "co")


def test_parent_survey_response_64_percent(parents):
    population = resource("oudertevredenheid")["populatie"]["aantal"]
    assert round(len(parents) / population * 100) == 64


def test_parent_survey_overall_and_domains(parents):
    items = [c for p in ITEM_PREFIXES for c in domain_columns(parents, p)]
    assert len(items) == 25
    answers = parents[items]
    assert round(answers.stack().mean(), 2) == 3.29  # all answers
    assert round(answers.mean().mean(), 2) == 3.29  # mean of item means
    domains = {p: answers[domain_columns(parents, p)].stack().mean() for p in ITEM_PREFIXES}
    assert round(sum(domains.values()) / len(domains), 2) == 3.29  # mean of domain means
    assert round(domains["afs"], 2) == 3.45
    assert round(domains["kz"], 2) == 2.92
    assert domains["kz"] < 3  # below the board's norm
    assert max(domains, key=domains.get) == "afs"  # Afstemming is the most satisfied domain


def test_parent_survey_lowest_item_and_items_below_norm(parents):
    items = [c for p in ITEM_PREFIXES for c in domain_columns(parents, p)]
    means = parents[items].mean()
    titles = parents.attrs["titles"]
    lowest = means.idxmin()
    assert titles[lowest] == "De school vraagt mij regelmatig wat ik verwacht van de school"
    assert round(means[lowest], 2) == 2.65
    below = {titles[c] for c in domain_columns(parents, "kz") if means[c] < 3}
    assert below == {
        "De school vraagt mij regelmatig wat ik verwacht van de school",
        "De school vraagt regelmatig of ik tevreden ben over de school",
        "De school informeert mij regelmatig over wat ze wil verbeteren",
    }


def test_parent_survey_domains_match_the_schema(parents):
    fields = resource("oudertevredenheid")["schema"]["fields"]
    domain = {f["name"]: f.get("domein") for f in fields}
    assert {domain[c] for c in domain_columns(parents, "afs")} == {"Afstemming"}
    assert {domain[c] for c in domain_columns(parents, "kz")} == {"Kwaliteitszorg"}


# --- seed 000: team questionnaire --------------------------------------------------------


def test_team_questionnaire(team):
    population = resource("teamvragenlijst")["populatie"]["aantal"]
    assert round(len(team) / population * 100) == 63
    items = [c for c in team.columns if c.startswith("tv_")]
    assert round(team[items].stack().mean(), 2) == 3.25
    assert round(team[items].mean().mean(), 2) == 3.25
    means = team[items].mean()
    assert means.idxmax() == "tv_ontwikkeling" and round(means.max(), 2) == 3.63
    assert means.idxmin() == "tv_thuisleren" and round(means.min(), 2) == 2.69
    assert means.min() < 3
    assert "ontwikkeling" in team.attrs["titles"]["tv_ontwikkeling"]


# --- seed 000 contrast in the invented parent population ------------------------------------


def test_parent_population_attendance_contrast(data_dir):
    df = load("ouderpopulatie", directory=data_dir)
    assert df["inloopavond"].mean() > 0.75  # thesis §2.2: > 75%
    assert df["centrale_ouderavond"].mean() < 0.20  # thesis §2.2: < 20%
    # an interpreter is only needed where no Dutch is spoken at home
    assert (df.loc[df["nederlands_thuis"], "tolk_nodig"] == "nee").all()
    assert df["thuistaal"].nunique() >= 10  # superdiverse


# --- seed 000 conversation cycle in the invented contact year -------------------------------


def test_contact_year_follows_the_conversation_cycle(data_dir):
    df = load("contactmomenten", directory=data_dir)
    pupils = df["leerling_id"].dropna().unique()
    assert len(pupils) == 26
    for kind, month, child in [("begingesprek", "september", False),
                               ("middengesprek", "januari", True),
                               ("eindgesprek", "juni", True)]:
        part = df[df["type"] == kind]
        assert sorted(part["leerling_id"]) == sorted(pupils), kind  # one per pupil
        assert (part["maand"] == month).all(), kind
        assert (part["duur_minuten"] == 15).all(), kind
        assert (part["kind_aanwezig"] == child).all(), kind
    group = df[df["leerling_id"].isna()]
    assert set(group["type"].astype(str)) <= {"groepsbericht", "informatieavond", "inloopavond"}


# --- the fictitious parent interviews ----------------------------------------------------------


def test_parent_interviews_follow_the_guide_and_are_labelled_fictitious():
    df = load("ouderinterviews")
    assert sorted(df["interview"].astype(str).unique()) == [f"O{i}" for i in range(1, 9)]
    for _interview, part in df.groupby("interview", observed=True):
        assert set(part["vraag"].astype(str)) == {"V1", "V2", "V3", "V4", "V5"}  # every question answered
    assert set(df["domein"].astype(str)) <= {"afstemming en vertrouwen", "communiceren", "thuisleren",
                                            "meebeslissen", "overig"}
    assert df["tekst_fictief"].str.len().min() > 20
    assert "fictief" in df.attrs["titles"]["tekst_fictief"].lower()


def test_parent_interviews_show_the_patterns_the_notebook_links_to_theory():
    """The notebook's four patterns must be in the data, or its text is wrong."""
    df = load("ouderinterviews")
    tone = pd.crosstab(df["domein"], df["toon"], normalize="index")
    assert tone.loc["afstemming en vertrouwen", "negatief"] == 0
    assert tone["negatief"].idxmax() == "communiceren"
    mee = df[df["domein"] == "meebeslissen"]
    assert (mee.loc[mee["richting"] == "eenzijdig", "toon"] == "negatief").all()
    assert (mee.loc[mee["richting"] == "tweezijdig", "toon"] != "negatief").all()
    one_way = df[df["richting"] == "eenzijdig"]
    assert (one_way["toon"] == "positief").any()  # informing is not always bad (self-check 3)
