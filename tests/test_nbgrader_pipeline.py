"""The lecturer's whole route with real nbgrader commands, in a temporary course directory.

generate every assignment → release through an exchange folder → students (each with their own
HOME) fetch, work and submit → collect → autograde all students in one command → manual grade →
generate_feedback → export to CSV.

The submissions are the ways a real class breaks a notebook: the solution with a real role-play
log, the untouched release, a partly right one, answers of the wrong type, deleted graded cells,
duplicated cells, changed cell types, an endless loop, warnings on stderr, and a missing or damaged
role-play log. Every student must get the expected score or a clear reason, the batch must finish,
and no submitted file may be lost.
"""

from __future__ import annotations

import csv
import html as html_lib
import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest

from tests.nbgrader_tools import (
    ROOT,
    SOLUTIONS,
    nbgrader,
    nbmeta,
    play_to_end,
    read,
    regions,
    source_notebook,
)

pytestmark = [pytest.mark.pipeline, pytest.mark.timeout(1800)]

ASSIGNMENT = "jaar1_kennismakingsgesprek"
SCENARIO = "kennismakingsgesprek"
LOG = f"{SCENARIO}.rollenspel.jsonl"
AUTO_MAX = 11
MANUAL_MAX = 5
TIMEOUT = 15
REFLECTION = "Mijn reflectie in drie stappen: ik deed…, de moeder zag…, volgende keer…"

# student -> expected total after autograde (before manual grading)
EXPECTED = {
    "volledig": AUTO_MAX,
    "leeg": 0,
    "deels": 8.33,           # 6 of 8 labels (3) + phases (2) + 2 of 3 picks, 4b wrong (1.33) + log (2)
    "verkeerd_type": 2,      # every answer of the wrong type; only the role-play counts
    "cel_weg": 9,            # deleted answer for vraag 3 scores 0; deleted test cells come back
    "dubbel": AUTO_MAX,      # copied answer and test cells: the filled-in copy counts
    "celtype": AUTO_MAX,     # answer and test cell changed to markdown: nbgrader changes them back
    "eindeloos": 7,          # vraag 2 never finishes (stopped after the timeout): 0 for vraag 2
    "waarschuwing": AUTO_MAX,  # warnings on stderr cost nothing
    "log_weg": 9,            # no role-play log: 0 for the evidence, the rest counts
    "log_kapot": 9,          # damaged role-play log: 0 for the evidence, the file stays
}


@dataclass
class Route:
    course: Path
    exchange: Path
    homes: dict[str, Path]
    submitted_before: dict[str, dict[str, bytes]] = field(default_factory=dict)
    autograde_log: str = ""
    seconds: dict[str, float] = field(default_factory=dict)


def solutions() -> dict[str, str]:
    """grade_id -> the solution code of every autograded answer cell."""
    answers = {}
    for cell in read(source_notebook(ASSIGNMENT)).cells:
        meta = nbmeta(cell)
        if meta.get("solution") and cell.cell_type == "code":
            answers[meta["grade_id"]] = regions(cell.source, "BEGIN SOLUTION", "END SOLUTION")[0]
    return answers


def cell_index(nb, grade_id: str) -> int:
    return next(i for i, c in enumerate(nb.cells) if nbmeta(c).get("grade_id") == grade_id)


def fill(nb, answers: dict[str, str], reflection: str | None = REFLECTION) -> None:
    for grade_id, source in answers.items():
        nb.cells[cell_index(nb, grade_id)].source = source
    if reflection:
        nb.cells[cell_index(nb, "reflectie_pinto")].source = reflection


def work(student: str, folder: Path) -> None:
    """What each student does in the fetched assignment folder."""
    path = folder / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(path, as_version=4)
    right = solutions()
    log = True
    if student == "volledig" or student == "log_weg":
        fill(nb, right)
        log = student == "volledig"
    elif student == "leeg":
        log = False
    elif student == "deels":
        fill(nb, {**right,
                  "antwoord_2": 'antwoord_2 = ["parafraseren", "gevoel reflecteren", "concretiseren", '
                                '"open vraag", "open vraag", "kleine aanmoediging", "parafraseren", '
                                '"gesprek over het gesprek"]',
                  "antwoord_4": 'antwoord_4a = ["A", "B"]\nantwoord_4b = "C"'})
    elif student == "verkeerd_type":
        fill(nb, {"antwoord_2": 'antwoord_2 = "parafraseren"',
                  "antwoord_3": "antwoord_3 = 3",
                  "antwoord_4": 'antwoord_4a = "A, B, D"\nantwoord_4b = 2'})
    elif student == "cel_weg":
        fill(nb, right)
        for grade_id in ("toets_2", "antwoord_3", "toets_rollenspel", "reflectie_pinto"):
            del nb.cells[cell_index(nb, grade_id)]
    elif student == "dubbel":
        fill(nb, right)
        at = cell_index(nb, "antwoord_2")
        untouched = nbformat.read(path, as_version=4).cells[at]
        untouched.id = "kopie-antwoord-2"
        nb.cells.insert(at + 1, untouched)  # the student typed in the first copy
        test = cell_index(nb, "toets_3")
        copy = nbformat.from_dict(dict(nb.cells[test]))
        copy.id = "kopie-toets-3"
        nb.cells.insert(test, copy)
    elif student == "celtype":
        fill(nb, right)
        for grade_id in ("antwoord_3", "toets_4"):
            cell = nb.cells[cell_index(nb, grade_id)]
            nb.cells[cell_index(nb, grade_id)] = nbformat.v4.new_markdown_cell(
                cell.source, metadata=cell.metadata, id=cell.id)
    elif student == "eindeloos":
        fill(nb, {**right, "antwoord_2": "import time\nwhile True:\n    time.sleep(0.5)\n"
                                         + right["antwoord_2"]})
    elif student == "waarschuwing":
        noisy = ("import sys, warnings\nwarnings.simplefilter('always')\n"
                 "warnings.warn('let op: dit is een waarschuwing')\n"
                 "print('DeprecationWarning: nog een waarschuwing', file=sys.stderr)\n")
        fill(nb, {key: noisy + value for key, value in right.items()})
    elif student == "log_kapot":
        fill(nb, right)
    nbformat.write(nb, path)
    if log:
        play_to_end(SCENARIO, folder, "zwak" if student == "deels" else "sterk", student=student)
    if student == "log_kapot":
        play_to_end(SCENARIO, folder, student=student)
        with open(folder / LOG, "a", encoding="utf-8") as handle:
            handle.write('{"event": "choose", "node": "bestaat-niet"\n')


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def timed(route: Route, name: str, *args, **kwargs):
    start = time.perf_counter()
    result = nbgrader(*args, **kwargs)
    route.seconds[name] = route.seconds.get(name, 0) + time.perf_counter() - start
    return result


@pytest.fixture(scope="module")
def route(tmp_path_factory) -> Route:
    base = tmp_path_factory.mktemp("pipeline")
    course, exchange = base / "cursus", base / "exchange"
    course.mkdir()
    exchange.mkdir()
    exchange.chmod(0o777)
    shutil.copy(ROOT / "nbgrader_config.py", course)
    shutil.copytree(SOLUTIONS, course / "solutions")
    with open(course / "nbgrader_config.py", "a", encoding="utf-8") as handle:
        handle.write(f"\n# test settings\nc.Exchange.root = {str(exchange)!r}\n"
                     f"c.Execute.timeout = {TIMEOUT}\n")
    homes = {student: base / "home" / student for student in EXPECTED}
    state = Route(course, exchange, homes)
    started = time.perf_counter()

    timed(state, "generate_assignment", "generate_assignment", "*", "--force", cwd=course)
    timed(state, "release_assignment", "release_assignment", ASSIGNMENT, cwd=course)

    def student_side(student: str) -> None:
        home = homes[student]
        (home / ".jupyter").mkdir(parents=True)
        (home / ".jupyter" / "nbgrader_config.py").write_text(
            f"c = get_config()\nc.Exchange.root = {str(exchange)!r}\n"
            "c.CourseDirectory.course_id = 'eplab'\n", "utf-8")
        nbgrader("fetch_assignment", ASSIGNMENT, cwd=home, home=home)
        work(student, home / ASSIGNMENT)
        nbgrader("submit", ASSIGNMENT, f"--student={student}", cwd=home, home=home)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(student_side, EXPECTED))
    state.seconds["students fetch, work, submit"] = time.perf_counter() - start

    timed(state, "collect", "collect", ASSIGNMENT, cwd=course)
    for student in EXPECTED:
        folder = course / "submitted" / student / ASSIGNMENT
        state.submitted_before[student] = files(folder)
    proc = timed(state, "autograde", "autograde", ASSIGNMENT, cwd=course)
    state.autograde_log = proc.stdout + proc.stderr

    # the lecturer grades the reflection in the formgrader (which writes to the same gradebook)
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "eplab") as gb:
        grade = gb.find_grade("reflectie_pinto", ASSIGNMENT, ASSIGNMENT, "volledig")
        grade.manual_score = MANUAL_MAX
        gb.db.commit()

    timed(state, "generate_feedback", "generate_feedback", ASSIGNMENT, cwd=course)
    timed(state, "export", "export", cwd=course)
    state.seconds["total"] = time.perf_counter() - started
    return state


def scores(route: Route) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{route.course / 'gradebook.db'}", "eplab") as gb:
        return {s.student.id: s.score for s in gb.assignment_submissions(ASSIGNMENT)}


def autograded(route: Route, student: str) -> nbformat.NotebookNode:
    return read(route.course / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")


def outputs_of(nb, grade_id: str) -> str:
    cell = nb.cells[cell_index(nb, grade_id)]
    texts = []
    for out in cell.get("outputs", []):
        if out.output_type == "error":
            texts.append(f"{out.ename}: {out.evalue}")
        elif out.output_type == "stream":
            texts.append(out.text)
        else:
            texts.append(str(out.get("data", {}).get("text/plain", "")))
    return "\n".join(texts)


def test_the_batch_finishes_for_every_student(route):
    assert set(scores(route)) == set(EXPECTED)
    for student in EXPECTED:
        assert (route.course / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").is_file()
    assert "There was an error processing" not in route.autograde_log, route.autograde_log[-3000:]


def test_each_student_gets_the_expected_score(route):
    got = scores(route)
    expected = {**EXPECTED, "volledig": AUTO_MAX + MANUAL_MAX}
    assert {s: round(v, 2) for s, v in got.items()} == pytest.approx(expected, abs=0.01)


def test_each_lost_point_has_a_clear_reason(route):
    wrong = autograded(route, "verkeerd_type")
    assert "Je antwoord moet een lijst zijn" in outputs_of(wrong, "toets_2")
    assert "Je antwoord moet een lijst zijn" in outputs_of(wrong, "toets_3")
    assert "Je antwoord moet een lijst zijn" in outputs_of(wrong, "toets_4")
    empty = autograded(route, "leeg")
    assert "Je hebt nog geen antwoord ingevuld" in outputs_of(empty, "toets_2")
    assert "Er is geen opgeslagen gesprek gevonden" in outputs_of(empty, "toets_rollenspel")
    deleted = autograded(route, "cel_weg")
    assert "Je hebt nog geen antwoord ingevuld" in outputs_of(deleted, "toets_3")
    assert "teruggezet" in deleted.cells[cell_index(deleted, "toets_2")].source
    endless = autograded(route, "eindeloos")
    loop = endless.cells[cell_index(endless, "antwoord_2")]
    assert any(o.output_type == "error" for o in loop.outputs), "the loop was stopped"
    missing = autograded(route, "log_weg")
    assert "Er is geen opgeslagen gesprek gevonden" in outputs_of(missing, "toets_rollenspel")
    damaged = autograded(route, "log_kapot")
    assert "is beschadigd en kan niet worden gelezen" in outputs_of(damaged, "toets_rollenspel")


def test_the_role_play_evidence_shows_the_path_and_the_form_without_scoring_it(route):
    nb = autograded(route, "volledig")
    shown = outputs_of(nb, "toets_rollenspel")
    assert "Het gesprek is tot een einde gespeeld." in shown
    assert "Punten voor het afronden van het gesprek: 2 van 2." in shown
    assert "JA/NEE per item, zonder totaal" in shown and "tellen niet mee voor je cijfer" in shown
    html = [o for c in nb.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    assert any("Verloop van het gesprek" in o.data["text/html"] for o in html)
    weak = autograded(route, "deels")
    assert "2 van 2" in outputs_of(weak, "toets_rollenspel"), "a weak conversation earns the points too"


def test_no_submitted_file_is_lost(route):
    for student, before in route.submitted_before.items():
        folder = route.course / "submitted" / student / ASSIGNMENT
        assert files(folder) == before, f"{student}: submitted files changed"
        graded = route.course / "autograded" / student / ASSIGNMENT
        for name in before:
            if name.endswith(".rollenspel.jsonl"):
                assert (graded / name).read_bytes() == before[name], f"{student}: log changed"
    assert LOG in route.submitted_before["log_kapot"], "the damaged log is kept, not set aside"
    assert not list((route.course / "submitted").rglob("*.kapot-*"))


def test_feedback_shows_results_but_no_answer_key(route):
    for student in EXPECTED:
        page = route.course / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html"
        html = page.read_text("utf-8")
        for secret in ("BEGIN HIDDEN TESTS", "score_labels", "score_selection", "rollenspel_bewijs",
                       '"gevoel reflecteren", "concretiseren"'):
            assert secret not in html, f"{student}: {secret} in the feedback"
    html = (route.course / "feedback" / "volledig" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text("utf-8")
    assert "Bewijs rollenspel" in html


def test_grades_are_exported_to_csv(route):
    with open(route.course / "grades.csv", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["assignment"] == ASSIGNMENT]
    by_student = {row["student_id"]: float(row["score"]) for row in rows}
    assert set(by_student) == set(EXPECTED)
    assert by_student["volledig"] == AUTO_MAX + MANUAL_MAX
    assert by_student["leeg"] == 0
    assert float(rows[0]["max_score"]) == AUTO_MAX + MANUAL_MAX


def test_pipeline_runtime_is_reasonable(route, capsys):
    with capsys.disabled():
        print("\npipeline seconds:", {k: round(v, 1) for k, v in route.seconds.items()})
    assert route.seconds["total"] < 300


def test_plausibility_signals_reach_the_lecturer_but_never_the_feedback(route):
    """A scripted log (every choice in the same second) is flagged for the lecturer in
    autograded/ (what the formgrader shows); the student's feedback keeps the summary without it."""
    shown = outputs_of(autograded(route, "volledig"), "toets_rollenspel")
    assert "Om naar te kijken (telt niet mee voor de punten):" in shown
    assert "keuzes zijn binnen dezelfde seconde gemaakt" in shown
    page = (route.course / "feedback" / "volledig" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text("utf-8")
    text = html_lib.unescape(re.sub(r"<[^>]+>", " ", page))
    assert "Punten voor het afronden van het gesprek: 2 van 2." in text
    assert "Om naar te kijken" not in text and "binnen dezelfde seconde" not in text
    assert "eplab-signalen" not in page
