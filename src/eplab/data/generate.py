"""Generators for the eplab datasets: pure Python, fixed seeds, byte-for-byte reproducible.

`build()` returns every file (CSV files, datapackage.json and the codebook README) as bytes.
Only the standard library is used (random.Random, csv, json), so the output does not depend on
numpy's or pandas' versions. The generators assert every figure they calibrate to; the tests
check the same figures again, independently, on the loaded data.
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eplab.data import spec, transcripts

SEEDS = {
    "interviews": 4004,  # Fontys Hogeschool Pedagogiek (2017)
    "oudertevredenheid": 1000,  # Masterthesis gesprekscyclus (ca. 2015)
    "teamvragenlijst": 2000,
    "ouderpopulatie": 3001,  # HvA/UPvA learning line (analyse van de ouderpopulatie)
    "contactmomenten": 5000,
}

Row = dict[str, object]


# --- helpers ---------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if value is True:
        return "ja"
    if value is False:
        return "nee"
    return str(value)


def to_csv(fields: list[dict], rows: list[Row], missing: dict[str, str] | None = None) -> bytes:
    """CSV bytes (UTF-8, LF line ends) with the columns in schema order."""
    missing = missing or {}
    names = [f["name"] for f in fields]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([
            missing.get(name, "") if row.get(name) is None else _cell(row[name]) for name in names
        ])
    return buffer.getvalue().encode("utf-8")


def _adjust_sum(rng: random.Random, values: list[int | None], target: int) -> None:
    """Move single answers by one point (seeded choice) until the answers add up to target."""
    while True:
        total = sum(v for v in values if v is not None)
        if total == target:
            return
        step = 1 if total < target else -1
        movable = [i for i, v in enumerate(values)
                   if v is not None and (v < 4 if step > 0 else v > 1)]
        values[rng.choice(movable)] += step


def _likert(rng: random.Random, centre: float, spread: float = 0.6) -> int:
    return max(1, min(4, round(centre + rng.gauss(0, spread))))


def _close(value: float, target: float, places: int = 2) -> bool:
    """value rounds to target at `places` decimals, with a margin away from the rounding edge."""
    return abs(value - target) < 0.5 * 10 ** -places - 1e-6


def _weighted_pick(rng: random.Random, weights: list[float], k: int) -> set[int]:
    """k distinct indices, chance proportional to weight (Efraimidis-Spirakis)."""
    keys = sorted(((rng.random() ** (1.0 / w), i) for i, w in enumerate(weights)), reverse=True)
    return {i for _key, i in keys[:k]}


# --- 1. interviews and interviewfragmenten ---------------------------------------------------

SCHOOL_SIZES = {
    "regulier": [3, 3, 3, 3, 3, 3, 2],
    "s(b)o": [4, 4, 3, 3],
    "stimulering": [4, 3, 3, 3, 3, 3, 2],
}
PREFIX = {"regulier": "REG", "s(b)o": "SBO", "stimulering": "STI"}

# teacher-level codes: (column, {schooltype: (teachers, schools or None)}); None = not reported
TEACHER_CODES = [
    ("informeel_contact", {"regulier": (8, None), "s(b)o": (6, None), "stimulering": (14, None)}),
    ("outreachend_gedrag", {"regulier": (6, None), "s(b)o": (11, None), "stimulering": (13, None)}),
    ("bereikbaarheid", {"regulier": (7, 5), "s(b)o": (8, 4), "stimulering": None}),
    ("laagdrempelige_activiteiten", {"regulier": (0, 0), "s(b)o": None, "stimulering": (11, 7)}),
    ("gedeelde_interesse", {"regulier": (5, 4), "s(b)o": (7, 4), "stimulering": (6, 5)}),
    ("zorg_praktijkvoorbeeld", {"regulier": (6, 3), "s(b)o": (6, 4), "stimulering": (12, 7)}),
]


@dataclass(frozen=True)
class Teacher:
    id: str
    school: str
    schooltype: str


def _teachers() -> list[Teacher]:
    out, number = [], 0
    for schooltype in spec.SCHOOL_TYPES:
        for s, size in enumerate(SCHOOL_SIZES[schooltype], start=1):
            for _ in range(size):
                number += 1
                out.append(Teacher(f"L{number:02d}", f"{PREFIX[schooltype]}{s:02d}", schooltype))
    return out


def _by_school(pool: list[Teacher]) -> dict[str, list[Teacher]]:
    out: dict[str, list[Teacher]] = {}
    for t in pool:
        out.setdefault(t.school, []).append(t)
    return out


def _pick_teachers(rng: random.Random, pool: list[Teacher], n: int, n_schools: int | None) -> list[Teacher]:
    """n distinct teachers; with n_schools, spread over exactly that many schools."""
    if n == 0:
        return []
    if n_schools is None:
        return rng.sample(pool, n)
    groups = _by_school(pool)
    while True:
        schools = rng.sample(sorted(groups), n_schools)
        if sum(len(groups[s]) for s in schools) >= n:
            break
    picked = [rng.choice(groups[s]) for s in schools]
    rest = [t for s in schools for t in groups[s] if t not in picked]
    return picked + rng.sample(rest, n - n_schools)


def _spread(rng: random.Random, pool: list[Teacher], m: int, *, n_schools: int | None = None,
            each: bool = False) -> list[Teacher]:
    """Who gave each of m fragments: from pool, over exactly n_schools schools if given;
    with each=True every teacher in the (school-restricted) pool gives at least one when m allows."""
    if n_schools is not None:
        groups = _by_school(pool)
        schools = rng.sample(sorted(groups), n_schools)
        pool = [t for t in pool if t.school in schools]
        base = [rng.choice(groups[s]) for s in schools]
        if each and m >= len(pool):
            base = list(pool)
    else:
        base = list(pool) if each else []
    if len(base) > m:
        raise AssertionError("more teachers than fragments")
    return base + [rng.choice(pool) for _ in range(m - len(base))]


TEXTS: dict[tuple[str, str | None], list[str]] = {
    ("informeel contact", None): [
        "Na schooltijd sta ik op het plein; dan lopen ouders even naar me toe.",
        "'s Ochtends bij de deur hoor ik vaak al hoe het thuis gaat.",
        "Een vader sprak me aan op de gang en we stemden kort af over de week.",
    ],
    ("actieve rol", None): [
        "Als ik een ouder lang niet zie, bel ik zelf even op.",
        "Ik nodig ouders persoonlijk uit om in de klas te komen kijken.",
        "Bij ouders die niet komen, blijf ik het proberen; dat werkt uiteindelijk wel.",
    ],
    ("bereikbaarheid", None): [
        "Ouders weten dat ze me altijd kunnen mailen of bellen.",
        "Mijn deur staat open; ouders mogen altijd binnenlopen.",
        "Via het schriftje dat heen en weer gaat, houden we elkaar op de hoogte.",
    ],
    ("laagdrempelige activiteit", None): [
        "Eén keer per maand is er een ontbijt waar ouders gewoon aanschuiven.",
        "We hebben kijkmomenten waarop ouders in de groep meedoen.",
        "Bij de winterfair ontmoeten ouders en leerkrachten elkaar los van zorgen.",
    ],
    ("gedeelde interesse", None): [
        "Ik vertel ouders wat hun kind goed doet; dan weten ze dat ik hun kind echt zie.",
        "We praten samen over waar het kind blij van wordt.",
    ],
    ("leerresultaten", "eenzijdig"): [
        "Ik laat de grafieken van de toetsen zien en leg uit wat de scores betekenen.",
        "In het gesprek loop ik de resultaten per vak met de ouders door.",
        "Ik leg uit waarom het advies voor het vervolgonderwijs zo is.",
    ],
    ("leerresultaten", "tweezijdig"): [
        "Ouders krijgen het rapport vooraf mee; in het gesprek beginnen we met hun vragen.",
        "Ik vraag of het duidelijk is en probeer het anders uit te leggen als dat niet zo is.",
        "Het kind vertelt zelf wat goed ging; daarna vragen we de ouders wat zij thuis zien.",
    ],
    ("concrete afspraken", None): [
        "In het kennismakingsgesprek spreken we af wat de ouder thuis doet en wat ik in de klas doe.",
        "We schrijven samen op wie wat doet en kijken er bij het volgende gesprek naar.",
    ],
    ("thuistaken", "eenzijdig"): [
        "Ouders krijgen een brief over het huiswerk van deze periode.",
        "Ik stuur een overzicht mee van wat er thuis geoefend moet worden.",
    ],
    ("thuistaken", "tweezijdig"): [
        "Ik vraag wat de ouder thuis wil en kan doen en zoek daar een passende taak bij.",
        "Een moeder oefende de sommen eerst in de klas mee, daarna thuis.",
        "We kozen samen een leesboekje dat past bij het kind en bij wat de ouder aankan.",
    ],
    ("zorgroute", "eenzijdig"): [
        "Ik leg ouders uit welke stappen de zorgroute heeft.",
        "De ouders horen van mij dat het kind extra ondersteuning krijgt en hoe dat gaat.",
    ],
    ("zorgroute", "tweezijdig"): [
        "Ik vraag hoe het thuis gaat en of ouders zich herkennen in wat wij zien.",
        "We besluiten samen over de extra hulp en spreken een moment af om terug te kijken.",
        "Ik ga na of ouders het plan begrijpen, ook als dat meer tijd kost.",
    ],
    ("conflict", None): [
        "Een ouder was het niet eens met een straf; na een rustig gesprek kwamen we eruit.",
        "Er was onenigheid over een verjaardagsuitnodiging; we hebben het samen opgelost.",
        "Een ouder vond dat ik te weinig deed tegen pesten; we maakten samen een plan.",
    ],
    ("conflict met boze ouder", None): [
        "Een boze vader kwam 's ochtends binnen; ik liet hem eerst stoom afblazen.",
        "Een moeder was erg boos; later nam ik zelf contact op om het goed te maken.",
        "De ouder schreeuwde; ik zei dat we later verder zouden praten en maakte een afspraak.",
    ],
}
THEME_TEXT = [
    "Een ouder bracht dit zelf ter sprake in het gesprek.",
    "Ik merkte signalen en heb het onderwerp voorzichtig aangekaart.",
    "We hebben samen besproken wat het kind nodig heeft.",
]

# §4.5: theme -> (cluster, counts regulier / s(b)o / stimulering)
THEMES = [
    ("pesten", "sociaal-emotionele ontwikkeling", (3, 0, 3)),
    ("gedragsproblemen", "sociaal-emotionele ontwikkeling", (1, 0, 1)),
    ("welbevinden", "sociaal-emotionele ontwikkeling", (1, 1, 0)),
    ("seksualiteit", "sociaal-emotionele ontwikkeling", (1, 1, 1)),
    ("opvoedvragen", "opvoedvragen en -problemen", (4, 8, 9)),
    ("echtscheiding", "alarmerende zaken thuis", (3, 4, 0)),
    ("mishandeling of agressie thuis", "alarmerende zaken thuis", (1, 2, 4)),
    ("verwaarlozing", "alarmerende zaken thuis", (0, 0, 4)),
    ("schulden of armoede", "alarmerende zaken thuis", (0, 0, 3)),
    ("misbruik of incest", "alarmerende zaken thuis", (1, 0, 1)),
    ("ziekte ouder", "alarmerende zaken thuis", (1, 0, 0)),
    ("drankgebruik vader", "alarmerende zaken thuis", (1, 0, 0)),
    ("kind weigert medicatie", "alarmerende zaken thuis", (0, 1, 0)),
    ("verzuim", "verzuim", (0, 0, 4)),
]


def interviews(seed: int | None = None) -> tuple[list[Row], list[Row]]:
    """The teacher table and the fragment table of the Fontys study (Fontys Hogeschool Pedagogiek, 2017)."""
    rng = random.Random(SEEDS["interviews"] if seed is None else seed)
    teachers = _teachers()
    of_type = {st: [t for t in teachers if t.schooltype == st] for st in spec.SCHOOL_TYPES}
    rows: dict[str, Row] = {}
    school_index = {s: i for i, s in enumerate(spec.SCHOOL_IDS)}
    counter: dict[str, int] = {}
    for t in teachers:
        k = counter.get(t.school, 0)
        counter[t.school] = k + 1
        rows[t.id] = {
            "leerkracht_id": t.id, "school_id": t.school, "schooltype": t.schooltype,
            "bouw": spec.BOUW[(school_index[t.school] + k) % 3],
            "ervaringsjaren": max(1, min(40, round(rng.gauss(14, 9)))),
        }
    for t in rng.sample(teachers, 2):
        rows[t.id]["ervaringsjaren"] = None
    flagged: dict[str, dict[str, list[Teacher]]] = {}
    for column, per_type in TEACHER_CODES:
        flagged[column] = {}
        for st in spec.SCHOOL_TYPES:
            if per_type[st] is None:
                for t in of_type[st]:
                    rows[t.id][column] = None
                flagged[column][st] = []
                continue
            n, n_schools = per_type[st]
            chosen = _pick_teachers(rng, of_type[st], n, n_schools or None)
            for t in of_type[st]:
                rows[t.id][column] = t in chosen
            flagged[column][st] = chosen

    fragments: list[Row] = []

    def emit(domain: str, code: str, st: str, who: list[Teacher], richting: str | None = None,
             telling: str = "rapport", cluster: str | None = None) -> None:
        texts = TEXTS.get((code, richting)) or TEXTS.get((code, None)) or THEME_TEXT
        for t in who:
            fragments.append({
                "leerkracht_id": t.id, "school_id": t.school, "schooltype": st,
                "domein": domain, "code": code, "cluster": cluster, "richting": richting,
                "telling": telling, "tekst_fictief": rng.choice(texts),
            })

    total = "totaal uit rapport"
    # §4.1 vertrouwen: totals from the report (56, 52, 29, 13, 23), split per type invented
    for code, column, split in [
        ("informeel contact", "informeel_contact", (15, 12, 29)),
        ("actieve rol", "outreachend_gedrag", (9, 20, 23)),
        ("gedeelde interesse", "gedeelde_interesse", (6, 9, 8)),
    ]:
        for st, m in zip(spec.SCHOOL_TYPES, split, strict=True):
            emit("vertrouwen", code, st, _spread(rng, flagged[column][st], m, each=True), telling=total)
    emit("vertrouwen", "bereikbaarheid", "regulier", _spread(rng, flagged["bereikbaarheid"]["regulier"], 8, each=True), telling=total)
    emit("vertrouwen", "bereikbaarheid", "s(b)o", _spread(rng, flagged["bereikbaarheid"]["s(b)o"], 10, each=True), telling=total)
    emit("vertrouwen", "bereikbaarheid", "stimulering", _spread(rng, of_type["stimulering"], 11), telling=total)
    emit("vertrouwen", "laagdrempelige activiteit", "s(b)o", _spread(rng, of_type["s(b)o"], 2, n_schools=2), telling=total)
    emit("vertrouwen", "laagdrempelige activiteit", "stimulering",
         _spread(rng, flagged["laagdrempelige_activiteiten"]["stimulering"], 11, each=True), telling=total)

    # §4.2 afstemming
    for st, (one, two) in zip(spec.SCHOOL_TYPES, [(24, 15), (15, 6), (19, 29)], strict=True):
        emit("afstemming", "leerresultaten", st, _spread(rng, of_type[st], one), "eenzijdig")
        emit("afstemming", "leerresultaten", st, _spread(rng, of_type[st], two), "tweezijdig")
    for st, m in zip(spec.SCHOOL_TYPES, (1, 0, 8), strict=True):
        emit("afstemming", "concrete afspraken", st, _spread(rng, of_type[st], m))

    # §4.3 thuisleren: (count, schools); stimulering one-way is not in the report (fictief: 5)
    for st, richting, m, n_schools in [
        ("regulier", "eenzijdig", 8, 5), ("regulier", "tweezijdig", 2, 2),
        ("s(b)o", "eenzijdig", 9, 3), ("s(b)o", "tweezijdig", 14, 4),
        ("stimulering", "tweezijdig", 17, 6),
    ]:
        emit("thuisleren", "thuistaken", st, _spread(rng, of_type[st], m, n_schools=n_schools), richting)
    emit("thuisleren", "thuistaken", "stimulering", _spread(rng, of_type["stimulering"], 5), "eenzijdig",
         telling="fictief")

    # §4.4 meebeslissen: the care-route examples come from the teachers with practice examples
    for st, (one, two) in zip(spec.SCHOOL_TYPES, [(6, 2), (6, 2), (4, 14)], strict=True):
        who = _spread(rng, flagged["zorg_praktijkvoorbeeld"][st], one + two, each=True)
        rng.shuffle(who)
        emit("meebeslissen", "zorgroute", st, who[:one], "eenzijdig")
        emit("meebeslissen", "zorgroute", st, who[one:], "tweezijdig")

    # §4.5 themas
    sti01 = [t for t in of_type["stimulering"] if t.school == "STI01"]
    for theme, cluster, counts in THEMES:
        for st, m in zip(spec.SCHOOL_TYPES, counts, strict=True):
            if theme == "mishandeling of agressie thuis" and st == "stimulering":
                who = list(sti01)
            else:
                who = _spread(rng, of_type[st], m)
            emit("themas", theme, st, who, cluster=cluster)

    # §4.6 conflicten: 84 in all; the angry-parent examples are some of them
    for st, m, n_schools, angry in [("regulier", 18, 5, 5), ("s(b)o", 24, 4, 4), ("stimulering", 42, 7, 7)]:
        who = _spread(rng, of_type[st], m, n_schools=n_schools, each=True)
        rng.shuffle(who)
        emit("conflicten", "conflict met boze ouder", st, who[:angry])
        emit("conflicten", "conflict", st, who[angry:])

    order = {t.id: i for i, t in enumerate(teachers)}
    domain_order = {d: i for i, d in enumerate(spec.DOMAINS)}
    code_order = {c: i for i, c in enumerate(spec.CODES)}
    fragments.sort(key=lambda r: (order[r["leerkracht_id"]], domain_order[r["domein"]],
                                  code_order[r["code"]], r["richting"] or ""))
    for i, row in enumerate(fragments, start=1):
        row["fragment_id"] = f"F{i:04d}"
    teacher_rows = [rows[t.id] for t in teachers]
    _check_interviews(teacher_rows, fragments)
    return teacher_rows, fragments


def _check_interviews(teachers: list[Row], fragments: list[Row]) -> None:
    for column, per_type in TEACHER_CODES:
        for st in spec.SCHOOL_TYPES:
            mine = [r for r in teachers if r["schooltype"] == st]
            if per_type[st] is None:
                assert all(r[column] is None for r in mine), column
                continue
            n, n_schools = per_type[st]
            yes = [r for r in mine if r[column]]
            assert len(yes) == n, (column, st)
            if n_schools:
                assert len({r["school_id"] for r in yes}) == n_schools, (column, st)
    totals = {}
    for r in fragments:
        totals[r["code"]] = totals.get(r["code"], 0) + 1
    expected = {"informeel contact": 56, "actieve rol": 52, "bereikbaarheid": 29,
                "laagdrempelige activiteit": 13, "gedeelde interesse": 23}
    assert all(totals[c] == n for c, n in expected.items()), totals
    assert sum(1 for r in fragments if r["domein"] == "conflicten") == 84
    # §4.2 leerresultaten per school type, one-way / two-way (graded: jaar3_fontys_domeinen)
    counted = Counter((r["schooltype"], r["richting"]) for r in fragments
                      if r["code"] == "leerresultaten")
    assert counted == {("regulier", "eenzijdig"): 24, ("regulier", "tweezijdig"): 15,
                       ("s(b)o", "eenzijdig"): 15, ("s(b)o", "tweezijdig"): 6,
                       ("stimulering", "eenzijdig"): 19, ("stimulering", "tweezijdig"): 29}, counted
    assert len(fragments) == 527


# --- 2. oudertevredenheid ---------------------------------------------------------------------


def oudertevredenheid(seed: int | None = None) -> list[Row]:
    """224 parents (64% of an assumed 350 families), 25 items; calibrated to the thesis (Masterthesis gesprekscyclus, ca. 2015)."""
    rng = random.Random(SEEDS["oudertevredenheid"] if seed is None else seed)
    pop = spec.PARENT_POPULATION
    n_bao = round(pop["BaO"] * spec.PARENT_RESPONSE)
    n_sbo = round(pop["SBO"] * spec.PARENT_RESPONSE)
    n = n_bao + n_sbo
    types = ["BaO"] * n_bao + ["SBO"] * n_sbo
    rng.shuffle(types)
    rows: list[Row] = []
    for i, st in enumerate(types, start=1):
        weights = (0.34, 0.33, 0.33) if st == "BaO" else (0.2, 0.4, 0.4)
        kids = rng.choices([1, 2, 3], weights=(0.5, 0.38, 0.12) if st == "BaO" else (0.85, 0.13, 0.02))[0]
        rows.append({
            "respondent_id": f"O{i:03d}", "schooltype": st,
            "unit": rng.choices(["unit 1", "unit 2", "unit 3"], weights=weights)[0],
            "aantal_kinderen": kids,
            "_mood": rng.gauss(0, 0.45) + (0.05 if st == "SBO" else 0.0),
        })
    for row in rng.sample(rows, 9):
        row["aantal_kinderen"] = None
    for column, _item, _domain, target, _origin in spec.PARENT_ITEMS:
        values: list[int | None] = [_likert(rng, target + r["_mood"]) for r in rows]
        _adjust_sum(rng, values, round(target * n))
        for r, v in zip(rows, values, strict=True):
            r[column] = v
    for r in rows:
        del r["_mood"]
    _check_parents(rows)
    return rows


def _mean(values: list) -> float:
    present = [v for v in values if v is not None]
    return sum(present) / len(present)


def _check_parents(rows: list[Row]) -> None:
    means = {c: _mean([r[c] for r in rows]) for c, *_ in spec.PARENT_ITEMS}
    for column, _item, _domain, target, _origin in spec.PARENT_ITEMS:
        assert _close(means[column], target), (column, means[column])
    domains: dict[str, list[float]] = {}
    for column, _item, domain, _t, _o in spec.PARENT_ITEMS:
        domains.setdefault(domain, []).append(means[column])
    for domain, target in spec.PARENT_DOMAIN_TARGETS.items():
        assert _close(sum(domains[domain]) / len(domains[domain]), target), domain
    assert _close(sum(means.values()) / len(means), spec.PARENT_OVERALL)
    assert min(means, key=means.get) == "kz_verwachtingen"
    assert means["kz_tevredenheid"] < 3 and means["kz_verbeteren"] < 3
    assert max((sum(v) / len(v), d) for d, v in domains.items())[1] == "Afstemming"


# --- 3. teamvragenlijst -----------------------------------------------------------------------

TEAM_ROLES = (
    [("leerkracht", "BaO")] * 9 + [("leerkracht", "SBO")] * 6
    + [("intern begeleider", "BaO"), ("intern begeleider", "SBO")]
    + [("onderwijsassistent", "BaO"), ("onderwijsassistent", "SBO")]
)
# items with exact source targets (the rest are invented and tuned)
TEAM_FIXED = ("tv_ontwikkeling", "tv_thuisleren")
# who answers 'weet niet' (the support staff on items outside their work)
TEAM_UNKNOWN = {
    "tv_thuisleren": ["onderwijsassistent", "onderwijsassistent", "intern begeleider"],
    "tv_sfeer": ["onderwijsassistent", "onderwijsassistent"],
    "tv_welkom": ["intern begeleider", "intern begeleider"],
}


def teamvragenlijst(seed: int | None = None) -> list[Row]:
    """19 of 30 team members (63%); 10 items; overall 3.25, highest 3.63, 2.69 below the norm of 3 (Masterthesis gesprekscyclus, ca. 2015); lowest here by design."""
    rng = random.Random(SEEDS["teamvragenlijst"] if seed is None else seed)
    roles = list(TEAM_ROLES)
    rng.shuffle(roles)
    assert len(roles) == spec.TEAM_RESPONDENTS
    rows: list[Row] = [
        {"respondent_id": f"T{i:02d}", "functie": role, "schooltype": st, "_mood": rng.gauss(0, 0.3)}
        for i, (role, st) in enumerate(roles, start=1)
    ]
    sums: dict[str, int] = {}
    for column, _item, target, _origin in spec.TEAM_ITEMS:
        values: list[int | None] = [_likert(rng, target + r["_mood"], 0.5) for r in rows]
        unknown = TEAM_UNKNOWN.get(column, [])
        for role in sorted(set(unknown)):
            candidates = [i for i, r in enumerate(rows) if r["functie"] == role]
            for i in rng.sample(candidates, unknown.count(role)):
                values[i] = None
        answered = sum(v is not None for v in values)
        sums[column] = round(target * answered)
        for r, v in zip(rows, values, strict=True):
            r[column] = v
    _tune_team_sums(rows, sums)
    for column, _item, _target, _origin in spec.TEAM_ITEMS:
        values = [r[column] for r in rows]
        _adjust_sum(rng, values, sums[column])
        for r, v in zip(rows, values, strict=True):
            r[column] = v
    for r in rows:
        del r["_mood"]
    _check_team(rows)
    return rows


def _team_means(rows: list[Row], sums: dict[str, int]) -> tuple[float, float]:
    counts = {c: sum(r[c] is not None for r in rows) for c in sums}
    pooled = sum(sums.values()) / sum(counts.values())
    of_items = sum(sums[c] / counts[c] for c in sums) / len(sums)
    return pooled, of_items


def _tune_team_sums(rows: list[Row], sums: dict[str, int]) -> None:
    """Move invented items' sums (one point, or a pair of opposite points) until the mean of all
    answers and the mean of the item means both round to 3.25; deterministic greedy search."""
    free = [c for c, *_ in spec.TEAM_ITEMS if c not in TEAM_FIXED]
    counts = {c: sum(r[c] is not None for r in rows) for c in sums}
    moves = [{c: d} for c in free for d in (1, -1)]
    moves += [{a: 1, b: -1} for a in free for b in free if a != b]

    def cost(candidate: dict[str, int]) -> float:
        if any(not 2.8 <= candidate[c] / counts[c] <= 3.55 for c in free):
            return float("inf")
        pooled, of_items = _team_means(rows, candidate)
        return max(abs(pooled - spec.TEAM_OVERALL), abs(of_items - spec.TEAM_OVERALL))

    for _ in range(200):
        current = cost(sums)
        if current < 0.004:
            return
        best = min(moves, key=lambda m: cost({c: sums[c] + m.get(c, 0) for c in sums}))
        if cost({c: sums[c] + best.get(c, 0) for c in sums}) >= current:
            break
        for c, d in best.items():
            sums[c] += d
    raise AssertionError("team means do not converge")


def _check_team(rows: list[Row]) -> None:
    means = {c: _mean([r[c] for r in rows]) for c, *_ in spec.TEAM_ITEMS}
    assert _close(means["tv_ontwikkeling"], 3.63) and _close(means["tv_thuisleren"], 2.69)
    assert max(means, key=means.get) == "tv_ontwikkeling"
    assert min(means, key=means.get) == "tv_thuisleren"
    answers = [r[c] for r in rows for c in means if r[c] is not None]
    assert _close(sum(answers) / len(answers), spec.TEAM_OVERALL)
    assert _close(sum(means.values()) / len(means), spec.TEAM_OVERALL)
    assert round(100 * len(rows) / spec.TEAM_POPULATION["teamleden"]) == 63


# --- 4. ouderpopulatie ------------------------------------------------------------------------

N_FAMILIES = 240
WALK_IN = 188  # 78.3% (> 75%)
CENTRAL = 41  # 17.1% (< 20%)
LANGUAGE_WEIGHTS = [34, 10, 9, 10, 5, 3, 7, 5, 4, 3, 3, 2, 5]


def ouderpopulatie(seed: int | None = None) -> list[Row]:
    """240 invented families of a superdiverse city school (for the learning line's analysis of the parent population, HvA/UPvA z.j.)."""
    rng = random.Random(SEEDS["ouderpopulatie"] if seed is None else seed)
    rows: list[Row] = []
    for i in range(1, N_FAMILIES + 1):
        language = rng.choices(spec.LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
        dutch = language == "Nederlands" or rng.random() < 0.55
        if dutch:
            interpreter = "nee"
        else:
            interpreter = rng.choices(spec.INTERPRETER, weights=(0.4, 0.35, 0.25))[0]
        contact_weights = {"nee": (30, 15, 35, 15, 5), "soms": (40, 20, 20, 5, 15),
                           "ja": (45, 10, 10, 0, 35)}[interpreter]
        rows.append({
            "gezin_id": f"G{i:03d}",
            "groep_jongste_kind": rng.randint(1, 8),
            "aantal_kinderen": rng.choices([1, 2, 3, 4], weights=(0.5, 0.35, 0.12, 0.03))[0],
            "thuistaal": language,
            "nederlands_thuis": dutch,
            "opleiding": rng.choices(spec.EDUCATION, weights=(14, 22, 30, 34))[0],
            "contactvoorkeur": rng.choices(spec.CONTACT, weights=contact_weights)[0],
            "tolk_nodig": interpreter,
        })
    for row in rng.sample(rows, 16):
        row["opleiding"] = None
    walk_in = _weighted_pick(rng, [1.0] * len(rows), WALK_IN)
    central = _weighted_pick(rng, [1.0 if r["tolk_nodig"] == "nee" else 0.5 for r in rows], CENTRAL)
    for i, row in enumerate(rows):
        row["inloopavond"] = i in walk_in
        row["centrale_ouderavond"] = i in central
    assert sum(r["inloopavond"] for r in rows) / len(rows) > 0.75
    assert sum(r["centrale_ouderavond"] for r in rows) / len(rows) < 0.20
    return rows


# --- 5. contactmomenten -----------------------------------------------------------------------

N_PUPILS = 26
CYCLE = {"begingesprek": ("september", False, "verwachtingen"),
         "middengesprek": ("januari", True, "leren"),
         "eindgesprek": ("juni", True, "leren")}
MONTH_WEIGHTS = [1, 9, 8, 6, 5, 6, 5, 6, 6, 5, 6, 2]


def contactmomenten(seed: int | None = None) -> list[Row]:
    """One invented school year of a groep 5 (26 pupils) with the thesis's conversation cycle."""
    rng = random.Random(SEEDS["contactmomenten"] if seed is None else seed)
    pupils = [f"K{i:02d}" for i in range(1, N_PUPILS + 1)]
    rows: list[Row] = []

    def add(month, pupil, type_, initiative, direction, minutes, child, topic):
        rows.append({"maand": month, "leerling_id": pupil, "type": type_, "initiatief": initiative,
                     "richting": direction, "duur_minuten": minutes, "kind_aanwezig": child,
                     "onderwerp": topic})

    add("september", None, "informatieavond", "leerkracht", "eenzijdig", 60, None, "praktische zaken")
    add("maart", None, "inloopavond", "leerkracht", "tweezijdig", 90, None, "leren")
    for month in spec.MONTHS[1:]:
        add(month, None, "groepsbericht", "leerkracht", "eenzijdig", None, None, "praktische zaken")
    for type_, (month, child, topic) in CYCLE.items():
        for pupil in pupils:
            add(month, pupil, type_, "leerkracht", "tweezijdig", 15, child, topic)
    for pupil in rng.sample(pupils, 5):
        add(rng.choice(["november", "maart", "mei"]), pupil, "extra gesprek",
            rng.choice(["leerkracht", "ouder"]), "tweezijdig", rng.choice([15, 30]),
            rng.random() < 0.4, rng.choice(["leren", "welbevinden", "gedrag", "thuissituatie"]))
    # informal contact is unevenly spread: some parents often, a few (almost) never
    reach = [rng.paretovariate(1.3) if rng.random() > 0.2 else 0.02 for _ in pupils]
    for _ in range(72):
        pupil = rng.choices(pupils, weights=reach)[0]
        add(rng.choices(spec.MONTHS, weights=MONTH_WEIGHTS)[0], pupil, "informeel contact",
            rng.choices(["ouder", "leerkracht"], weights=(0.6, 0.4))[0],
            rng.choices(["tweezijdig", "eenzijdig"], weights=(0.75, 0.25))[0],
            rng.randint(2, 10), None,
            rng.choices(spec.TOPICS[1:], weights=(3, 4, 2, 2, 4))[0])
    for _ in range(14):
        add(rng.choices(spec.MONTHS, weights=MONTH_WEIGHTS)[0], rng.choice(pupils), "telefoongesprek",
            rng.choice(["ouder", "leerkracht"]), rng.choices(["tweezijdig", "eenzijdig"], weights=(0.8, 0.2))[0],
            rng.randint(5, 20), None, rng.choice(["welbevinden", "gedrag", "thuissituatie", "praktische zaken"]))
    for _ in range(46):
        initiative = rng.choice(["ouder", "leerkracht"])
        direction = rng.choices(["eenzijdig", "tweezijdig"],
                                weights=(0.8, 0.2) if initiative == "leerkracht" else (0.5, 0.5))[0]
        add(rng.choices(spec.MONTHS, weights=MONTH_WEIGHTS)[0], rng.choice(pupils), "bericht",
            initiative, direction, None, None,
            rng.choices(["praktische zaken", "leren", "welbevinden", "gedrag"], weights=(5, 2, 2, 1))[0])
    month_order = {m: i for i, m in enumerate(spec.MONTHS)}
    type_order = {t: i for i, t in enumerate(spec.CONTACT_TYPES)}
    rows.sort(key=lambda r: (month_order[r["maand"]], type_order[r["type"]], r["leerling_id"] or ""))
    for i, row in enumerate(rows, start=1):
        row["contact_id"] = f"C{i:03d}"
    # the assignment's question names the class: 26 pupils, K01 to K26, each in the cycle
    assert {r["leerling_id"] for r in rows if r["type"] == "begingesprek"} == set(pupils)
    return rows


# --- 6. leerlinginterviews -------------------------------------------------------------------

def leerlinginterviews() -> list[Row]:
    """The hand-written, invented pupil interviews (see pupil_interviews.py), one row per fragment."""
    from eplab.data.pupil_interviews import FRAGMENTS

    bouw = {4: "onderbouw", 5: "middenbouw", 6: "middenbouw", 7: "bovenbouw", 8: "bovenbouw"}
    return [{"fragment_id": f"LF{i:02d}", "leerling_id": pupil, "groep": groep, "bouw": bouw[groep],
             "vraag": question, "fragment": text, "code": code}
            for i, (pupil, groep, question, text, code) in enumerate(FRAGMENTS, start=1)]


# --- package ---------------------------------------------------------------------------------

README_NAME = "README.md"


def _resource(meta: dict, rows: int | None) -> dict:
    keys = ["title", "description", "herkomst", "werkwijze", "aannames", "brongetallen", "populatie"]
    out = {"name": meta["name"], "path": f"{meta['name']}.csv", "profile": "tabular-data-resource",
           "format": "csv", "mediatype": "text/csv", "encoding": "utf-8"}
    if rows is not None:
        out["rijen"] = rows
    out.update({k: meta[k] for k in keys if k in meta})
    schema: dict = {"fields": meta["fields"], "missingValues": meta["missingValues"],
                    "primaryKey": meta["primaryKey"]}
    if "foreignKeys" in meta:
        schema["foreignKeys"] = meta["foreignKeys"]
    out["schema"] = schema
    return out


def datapackage(rows: dict[str, int] | None = None) -> dict:
    """The datapackage.json descriptor; `rows` adds the number of rows per dataset."""
    rows = rows or {}
    sources = [{"id": key, "title": s["titel"], "auteur": s["auteur"], "jaar": s["jaar"],
                "kort": s["kort"]} for key, s in spec.SOURCES.items()]
    return {**spec.PACKAGE, "sources": sources, "resources": [_resource(m, rows.get(m["name"])) for m in spec.DATASETS]}


# what an empty cell is written as, where the codebook gives it a word (see missingValues)
MISSING_TOKENS = {
    "teamvragenlijst": {c: "weet niet" for c, *_ in spec.TEAM_ITEMS},
    "ouderpopulatie": {"opleiding": "onbekend"},
}

GENERATORS: dict[str, Callable[[], list[Row]]] = {
    "oudertevredenheid": oudertevredenheid,
    "teamvragenlijst": teamvragenlijst,
    "ouderpopulatie": ouderpopulatie,
    "contactmomenten": contactmomenten,
    "leerlinginterviews": leerlinginterviews,
    "ouderinterviews": transcripts.rows,  # hand-written, no randomness
}


def package_bytes(package: dict) -> bytes:
    """datapackage.json as it is written: UTF-8, indented, with a final newline."""
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build() -> dict[str, bytes]:
    """Every file of the package folder (CSV files and datapackage.json), as bytes."""
    from eplab.data.codebook import render_codebook

    metas = {m["name"]: m for m in spec.DATASETS}
    tables: dict[str, list[Row]] = {}
    tables["interviews"], tables["interviewfragmenten"] = interviews()
    for name, make in GENERATORS.items():
        tables[name] = make()
    package = datapackage({name: len(rows) for name, rows in tables.items()})
    files: dict[str, bytes] = {}
    for name, meta in metas.items():
        files[f"{name}.csv"] = to_csv(meta["fields"], tables[name], MISSING_TOKENS.get(name))
    files["datapackage.json"] = package_bytes(package)
    files[README_NAME] = render_codebook(package).encode("utf-8")
    return files


def targets() -> dict[str, Path]:
    """Where each built file belongs: the package folder, and the codebook in the repository's datasets/."""
    from eplab.data.schema import package_dir

    folder = package_dir()
    out = {name: folder / name for name in build_names()}
    out.pop(README_NAME)
    repo = folder.parent.parent.parent
    if (repo / "pyproject.toml").exists() and (repo / "datasets").is_dir():
        out[README_NAME] = repo / "datasets" / README_NAME
    return out


def build_names() -> list[str]:
    return [f"{m['name']}.csv" for m in spec.DATASETS] + ["datapackage.json", README_NAME]


def write() -> list[Path]:
    """Write every file to its place; returns the paths written."""
    files = build()
    written = []
    for name, path in targets().items():
        path.write_bytes(files[name])
        written.append(path)
    return written


def differences() -> list[tuple[Path, bool]]:
    """(path, exists) for every file that differs from what the generator makes."""
    files = build()
    out = []
    for name, path in targets().items():
        if not path.exists():
            out.append((path, False))
        elif path.read_bytes() != files[name]:
            out.append((path, True))
    return out
