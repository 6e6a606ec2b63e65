"""`eplab course init --variant SLEUTEL`: a course-specific option order, data and key from a secret.

Two secrets give two different variants, the same secret always the same one; each variant's own
solution grades at full marks with `eplab nakijken`, and the public solution does not. The data
questions get the variant's own datasets (source/<id>/eplab-data/), with other fictitious numbers
and the same source figures; the key reads them from the course, never from a hand-in.
"""

from __future__ import annotations

import re
import shutil
from contextlib import chdir
from pathlib import Path

import nbformat
import pytest

from eplab.data import load, trusted_data
from eplab.grading.coursedir import find_sources, init_course
from eplab.grading.key import evaluate, split_hidden
from eplab.grading.variant import vary_notebook
from tests.nbgrader_tools import ROOT, SOLUTIONS, eplab, nbgrader, nbmeta, regions

ASSIGNMENT = "jaar1_begrippen"
OPTION = re.compile(r"^- \*\*[A-Z]\*\* (.*)$", re.M)


def variant(secret: str, assignment: str = ASSIGNMENT):
    nb = nbformat.read(SOLUTIONS / assignment / f"{assignment}.ipynb", as_version=4)
    vary_notebook(nb, secret, assignment)
    return nb


def outside_lists(source: str) -> list[str]:
    return [line for line in source.splitlines() if not line.startswith(("- **", "  "))]


def solution_code(nb) -> dict[str, str]:
    return {nbmeta(c)["grade_id"]: regions(c.source, "BEGIN SOLUTION", "END SOLUTION")[0]
            for c in nb.cells if nbmeta(c).get("solution") and c.cell_type == "code"}


def test_the_same_secret_gives_the_same_variant_and_another_secret_another():
    one, again, other = variant("sleutel-een"), variant("sleutel-een"), variant("sleutel-twee")
    public = nbformat.read(SOLUTIONS / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    assert [c.source for c in one.cells] == [c.source for c in again.cells]
    assert [c.source for c in one.cells] != [c.source for c in other.cells]
    assert solution_code(one) != solution_code(public)
    assert solution_code(one) != solution_code(other)
    for mine, theirs in zip(one.cells, public.cells, strict=True):
        # the same options, in another order; nothing else in the question changes
        assert sorted(OPTION.findall(mine.source)) == sorted(OPTION.findall(theirs.source))
        if mine.cell_type == "markdown":
            assert outside_lists(mine.source) == outside_lists(theirs.source)


def test_every_letter_question_of_every_assignment_is_shuffled_consistently():
    for path in sorted(SOLUTIONS.glob("*/*.ipynb")):
        if path.stem != path.parent.name:
            continue
        nb = variant("een-lange-sleutel", path.stem)
        options = {}
        for cell in nb.cells:
            found = OPTION.findall(cell.source)
            if cell.cell_type == "markdown" and found:
                options.update({text: True for text in found})
        public = nbformat.read(path, as_version=4)
        public_options = [t for c in public.cells if c.cell_type == "markdown"
                          for t in OPTION.findall(c.source)]
        assert sorted(options) == sorted(set(public_options)), path.stem


def auto_max(nb) -> float:
    return sum(float(nbmeta(c).get("points", 0)) for c in nb.cells
               if nbmeta(c).get("grade") and c.cell_type == "code")


def hand_in(course: Path, student: str, answers: dict[str, str], assignment: str = ASSIGNMENT) -> None:
    folder = course / "submitted" / student / assignment
    shutil.copytree(course / "release" / assignment, folder)
    (folder / "timestamp.txt").write_text("2026-01-05 10:00:00.000000 UTC", "utf-8")
    path = folder / f"{assignment}.ipynb"
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        grade_id = nbmeta(cell).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    nbformat.write(nb, path)


@pytest.mark.pipeline
@pytest.mark.timeout(1500)
@pytest.mark.parametrize("secret", ["sleutel-een", "sleutel-twee"])
def test_each_variant_grades_its_own_solution_at_full_marks(tmp_path, secret):
    course = tmp_path / "cursus"
    proc = eplab("course", "init", str(course), "--bron", str(ROOT), "--variant", secret, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Variant gemaakt" in proc.stdout
    source = nbformat.read(course / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    public = nbformat.read(SOLUTIONS / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    nbgrader("generate_assignment", ASSIGNMENT, cwd=course)
    released = (course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").read_text("utf-8")
    assert "BEGIN SOLUTION" not in released
    hand_in(course, "eigen", solution_code(source))
    hand_in(course, "openbaar", solution_code(public))
    proc = eplab("nakijken", ASSIGNMENT, cwd=course)
    assert proc.returncode == 0, proc.stdout + proc.stderr

    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "eplab") as gb:
        got = {s.student.id: s.score for s in gb.assignment_submissions(ASSIGNMENT)}
    assert got["eigen"] == pytest.approx(auto_max(source))
    assert got["openbaar"] < auto_max(source)


# --- the data questions ---------------------------------------------------------------------

DATA_ASSIGNMENTS = ["jaar2_ouderbetrokkenheid", "jaar3_fontys_domeinen", "jaar3_ouderinterview",
                    "jaar4_gesprekscyclus"]
GENERATED_DATA = ["jaar2_ouderbetrokkenheid", "jaar3_fontys_domeinen", "jaar4_gesprekscyclus"]


def run_solution(folder: Path, assignment: str) -> tuple[dict, dict]:
    """Run a source notebook's code as a student's kernel would, in its own folder (so `load()`
    finds the variant's eplab-data/ there): the answers, and the visible checks run on them.
    Returns (answers, grade_id -> (hidden key, points))."""
    nb = nbformat.read(folder / f"{assignment}.ipynb", as_version=4)
    names: dict = {"__name__": "__main__"}
    keys = {}
    with chdir(folder):
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            visible, hidden = split_hidden(cell.source)
            exec(compile(visible, assignment, "exec"), names)  # noqa: S102 - our own notebooks
            if nbmeta(cell).get("grade"):
                keys[nbmeta(cell)["grade_id"]] = (hidden, float(nbmeta(cell)["points"]))
    answers = {k: v for k, v in names.items() if k.startswith("antwoord_")}
    return answers, keys


def plain(value):
    """An answer as the grader receives it (plain data: numbers, text, lists)."""
    if hasattr(value, "item"):
        return value.item()
    return value


@pytest.fixture(scope="module")
def courses(tmp_path_factory):
    """Three variant courses made the way a lecturer makes them: two with one secret, one with another."""
    base = tmp_path_factory.mktemp("varianten")
    made = {}
    for name, secret in [("een", "sleutel-een"), ("een_weer", "sleutel-een"), ("twee", "sleutel-twee")]:
        init_course(base / name, find_sources(ROOT), variant=secret)
        made[name] = base / name
    return made


def data_files(course: Path) -> dict[str, bytes]:
    return {str(p.relative_to(course)): p.read_bytes()
            for p in sorted((course / "source").glob("*/eplab-data/*"))}


def test_the_same_secret_gives_byte_identical_data_and_another_secret_other_data(courses):
    one, again, other = (data_files(courses[n]) for n in ("een", "een_weer", "twee"))
    folders = {Path(name).parts[1] for name in one}
    assert folders == set(GENERATED_DATA), "hand-written data (jaar3_ouderinterview) stays eplab's own"
    assert one == again
    assert set(one) == set(other)
    changed = [name for name in one if name.endswith(".csv") and one[name] != other[name]]
    assert len(changed) == len([n for n in one if n.endswith(".csv")]), changed


def test_the_model_answers_of_a_data_assignment_warn_that_their_numbers_are_public(courses):
    note = "Cursusvariant: de fictieve getallen in dit modelantwoord komen uit de openbare data"
    for assignment in DATA_ASSIGNMENTS:
        nb = nbformat.read(courses["een"] / "source" / assignment / f"{assignment}.ipynb", 4)
        models = [c.source for c in nb.cells if "**Modelantwoord" in c.source]
        assert models, assignment
        expected = assignment in GENERATED_DATA
        assert all((note in m) == expected for m in models), assignment


@pytest.mark.parametrize("assignment", ["jaar2_ouderbetrokkenheid", "jaar4_gesprekscyclus"])
def test_two_secrets_give_other_numbers_in_the_data_questions(courses, assignment):
    public, _ = run_solution(SOLUTIONS / assignment, assignment)
    one, _ = run_solution(courses["een"] / "source" / assignment, assignment)
    two, _ = run_solution(courses["twee"] / "source" / assignment, assignment)
    numbers = [k for k, v in public.items() if isinstance(plain(v), float)]
    assert numbers
    differ = [k for k in numbers if plain(one[k]) != pytest.approx(plain(two[k]), abs=0.01)]
    from_public = [k for k in numbers if plain(one[k]) != pytest.approx(plain(public[k]), abs=0.01)]
    assert differ, (one, two)
    assert from_public, (one, public)


@pytest.mark.parametrize("assignment", DATA_ASSIGNMENTS)
@pytest.mark.parametrize("course", ["een", "twee"])
def test_each_variant_solution_passes_its_checks_and_its_key_at_full_marks(courses, course,
                                                                         assignment):
    folder = courses[course] / "source" / assignment
    answers, keys = run_solution(folder, assignment)  # the visible checks raise on a wrong form
    trusted = folder / "eplab-data"
    with chdir(folder.parent), trusted_data(trusted if trusted.is_dir() else None):
        for grade_id, (hidden, points) in keys.items():
            result = evaluate(hidden, {k: plain(v) for k, v in answers.items()}, points)
            assert result.score == points, (grade_id, result)


def test_the_source_figures_are_the_same_in_every_variant(courses):
    """What the sources report comes out of every variant exactly; only the fictitious rest moves."""
    for name in ("een", "twee"):
        source = courses[name] / "source"
        parents = load("oudertevredenheid", directory=source / "jaar2_ouderbetrokkenheid" / "eplab-data",
                       as_numbers=True)
        public = load("oudertevredenheid", as_numbers=True)
        items = [c for c in public.columns if c[:3] in ("afs", "kz_", "sk_", "ow_", "co_")]
        assert parents[items].mean().round(2).to_dict() == public[items].mean().round(2).to_dict()
        assert not parents[items].equals(public[items])
        fragments = load("interviewfragmenten", directory=source / "jaar3_fontys_domeinen" / "eplab-data")
        learning = fragments[fragments["code"] == "leerresultaten"]
        counts = learning.groupby(["schooltype", "richting"], observed=True).size().to_dict()
        assert counts == {("regulier", "eenzijdig"): 24, ("regulier", "tweezijdig"): 15,
                          ("s(b)o", "eenzijdig"): 15, ("s(b)o", "tweezijdig"): 6,
                          ("stimulering", "eenzijdig"): 19, ("stimulering", "tweezijdig"): 29}
        assert (fragments["domein"] == "conflicten").sum() == 84
        families = load("ouderpopulatie", directory=source / "jaar4_gesprekscyclus" / "eplab-data")
        assert families["inloopavond"].mean() > 0.75 and families["centrale_ouderavond"].mean() < 0.20


def test_a_variant_says_so_in_its_codebook_and_loads_without_a_folder(courses, monkeypatch):
    folder = courses["een"] / "source" / "jaar4_gesprekscyclus"
    monkeypatch.chdir(folder)
    from eplab.data import describe

    text = str(describe("contactmomenten"))
    assert "**Cursusvariant.**" in text and "fictief" in text
    assert "Cursusvariant" not in str(describe("oudertevredenheid")), "not in this folder: eplab's own"
    mine = load("contactmomenten")
    theirs = load("contactmomenten", directory=folder / "eplab-data")
    assert mine.equals(theirs)
    assert not mine.equals(load("contactmomenten", directory=SOLUTIONS.parent / "src" / "eplab" / "datasets"))
    with trusted_data(None):  # the grader: never the working folder
        assert "Cursusvariant" not in str(describe("contactmomenten"))


def test_a_derived_seed_that_misses_a_source_figure_is_skipped_deterministically(monkeypatch):
    from eplab.data import generate, variant

    calls = []
    real = variant.MAKERS["contactmomenten"]
    unlucky = variant.derived_seed("sleutel-een", "contactmomenten")

    def picky(seed):
        calls.append(seed)
        if seed == unlucky:  # this seed misses a source figure
            raise AssertionError("misses a source figure")
        return real(seed)

    monkeypatch.setitem(variant.MAKERS, "contactmomenten", picky)
    first = variant.build_variant("sleutel-een", ["contactmomenten"])
    calls_first = list(calls)
    again = variant.build_variant("sleutel-een", ["contactmomenten"])
    assert first == again
    assert calls_first[0] == variant.derived_seed("sleutel-een", "contactmomenten")
    assert calls_first[1] == variant.derived_seed("sleutel-een", "contactmomenten", 1)
    assert first["contactmomenten.csv"] == generate.to_csv(
        next(m for m in generate.spec.DATASETS if m["name"] == "contactmomenten")["fields"],
        real(calls_first[1]))


# --- through the real route: `eplab nakijken` on a data assignment ---------------------------

DATA = "jaar4_gesprekscyclus"
ANSWER_NAME = re.compile(r"^(antwoord_\w+)\s*=", re.M)


def literal_answers(nb, values: dict) -> dict[str, str]:
    """answer cell grade id -> code that assigns `values` as literals (what a student who copies
    numbers hands in)."""
    cells = {}
    for grade_id, code in solution_code(nb).items():
        names = dict.fromkeys(ANSWER_NAME.findall(code))
        cells[grade_id] = "\n".join(f"{name} = {plain(values[name])!r}" for name in names)
    return cells


def crafted_data(folder: Path) -> None:
    """A hand-in's own eplab-data/: every contact two-way and started by a parent."""
    from eplab.data.variant import write_variant

    write_variant(folder, "de-sleutel-van-de-student", ["contactmomenten", "ouderpopulatie"])
    path = folder / "contactmomenten.csv"
    path.write_text(path.read_text("utf-8").replace(",leerkracht,eenzijdig,", ",ouder,tweezijdig,")
                    .replace(",leerkracht,tweezijdig,", ",ouder,tweezijdig,")
                    .replace(",ouder,eenzijdig,", ",ouder,tweezijdig,"), "utf-8")


def hand_in_data(course: Path, student: str, cells: dict[str, str], own_data: bool = False) -> None:
    hand_in(course, student, cells, DATA)
    folder = course / "submitted" / student / DATA
    if own_data:
        shutil.rmtree(folder / "eplab-data", ignore_errors=True)
        crafted_data(folder / "eplab-data")


def expected_score(course_data: Path | None, folder: Path, values: dict) -> float:
    """What the key gives these answers on `course_data` (in-process, for comparison)."""
    nb = nbformat.read(folder / f"{DATA}.ipynb", as_version=4)
    total = 0.0
    with chdir(folder), trusted_data(course_data):
        for cell in nb.cells:
            if nbmeta(cell).get("grade") and cell.cell_type == "code":
                hidden = split_hidden(cell.source)[1]
                total += evaluate(hidden, {k: plain(v) for k, v in values.items()},
                                  float(nbmeta(cell)["points"])).score
    return total


def grade(course: Path) -> dict[str, float]:
    proc = eplab("nakijken", DATA, "-j", "2", cwd=course)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "eplab") as gb:
        return {s.student.id: round(s.score, 2) for s in gb.assignment_submissions(DATA)}


@pytest.fixture(scope="module")
def data_route(tmp_path_factory):
    """A plain course and two variant courses grade jaar4_gesprekscyclus with `eplab nakijken`:
    each course's own solution, copied public numbers, and a hand-in that brings its own
    eplab-data/ with literals that fit it (and the same literals without it)."""
    base = tmp_path_factory.mktemp("datavragen")
    public_nb = nbformat.read(SOLUTIONS / DATA / f"{DATA}.ipynb", as_version=4)
    public, _ = run_solution(SOLUTIONS / DATA, DATA)
    attack = base / "aanval"
    shutil.copytree(SOLUTIONS / DATA, attack)
    crafted_data(attack / "eplab-data")
    forged, _ = run_solution(attack, DATA)
    out = {"public": public, "forged": forged, "attack": attack, "courses": {}}
    for name, secret in [("gewoon", None), ("een", "sleutel-een"), ("twee", "sleutel-twee")]:
        course = base / name
        args = ["course", "init", str(course), "--bron", str(ROOT)]
        proc = eplab(*args, *(["--variant", secret] if secret else []), cwd=base)
        assert proc.returncode == 0, proc.stderr
        nbgrader("generate_assignment", DATA, cwd=course)
        source_nb = nbformat.read(course / "source" / DATA / f"{DATA}.ipynb", as_version=4)
        hand_in_data(course, "eigen", solution_code(source_nb))
        if name != "twee":
            mine, _ = run_solution(course / "source" / DATA, DATA)
            copied = {**public, **{k: v for k, v in mine.items() if isinstance(v, str) and len(v) == 1}}
            hand_in_data(course, "getallen", literal_answers(public_nb, copied))
            hand_in_data(course, "vals", literal_answers(public_nb, forged), own_data=True)
            hand_in_data(course, "vals_zonder", literal_answers(public_nb, forged))
            out[f"copied_{name}"] = copied
        out["courses"][name] = (course, grade(course), auto_max(source_nb))
    return out


@pytest.mark.pipeline
@pytest.mark.timeout(1500)
def test_the_variant_data_is_released_with_the_assignment(data_route):
    for name in ("een", "twee"):
        course = data_route["courses"][name][0]
        assert (course / "release" / DATA / "eplab-data" / "datapackage.json").is_file()
        source = course / "source" / DATA / "eplab-data" / "contactmomenten.csv"
        released = course / "release" / DATA / "eplab-data" / "contactmomenten.csv"
        assert released.read_bytes() == source.read_bytes()
    assert not (data_route["courses"]["gewoon"][0] / "release" / DATA / "eplab-data").exists()
    released = (data_route["courses"]["een"][0] / "release" / DATA / f"{DATA}.ipynb").read_text("utf-8")
    assert "Cursusvariant" not in released and "Modelantwoord" not in released


@pytest.mark.pipeline
@pytest.mark.timeout(1500)
@pytest.mark.parametrize("name", ["gewoon", "een", "twee"])
def test_each_course_grades_its_own_solution_of_a_data_assignment_at_full_marks(data_route, name):
    _course, got, maximum = data_route["courses"][name]
    assert got["eigen"] == pytest.approx(maximum)


@pytest.mark.pipeline
@pytest.mark.timeout(1500)
def test_copied_public_numbers_lose_points_in_a_variant(data_route):
    course, got, maximum = data_route["courses"]["een"]
    folder = course / "source" / DATA
    expected = expected_score(folder / "eplab-data", folder, data_route["copied_een"])
    assert got["getallen"] == pytest.approx(expected, abs=0.01)
    assert got["getallen"] <= maximum - 2, "at least two data answers differ in this variant"
    assert data_route["courses"]["gewoon"][1]["getallen"] == pytest.approx(maximum)


@pytest.mark.pipeline
@pytest.mark.timeout(1500)
@pytest.mark.parametrize("name", ["gewoon", "een"])
def test_a_hand_in_with_its_own_data_gets_the_same_score_as_without(data_route, name):
    """A student who hands in eplab-data/ with crafted CSVs and answers that fit them: the key
    reads the course's data (the variant's own, or eplab's), never the hand-in's."""
    course, got, maximum = data_route["courses"][name]
    attack = data_route["attack"]
    fooled = expected_score(attack / "eplab-data", attack, data_route["forged"])
    assert fooled == pytest.approx(maximum), "the crafted data would fit the forged answers"
    assert got["vals"] == pytest.approx(got["vals_zonder"], abs=0.01)
    assert got["vals"] < maximum - 1
    source_data = course / "source" / DATA / "eplab-data"
    honest = expected_score(source_data if source_data.is_dir() else None, course / "source" / DATA,
                            data_route["forged"])
    assert got["vals"] == pytest.approx(honest, abs=0.01)
