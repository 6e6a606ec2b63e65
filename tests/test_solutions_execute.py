"""The nbgrader source notebooks in solutions/: well-formed nbgrader metadata, every notebook
runs without error (in a temporary copy, with a real role-play log beside it), every autograded
cell gives full points on the solution, and `nbgrader validate` passes."""

from __future__ import annotations

import re
import shutil

import pytest
from nbclient import NotebookClient
from nbgrader.utils import determine_grade

from tests.nbgrader_tools import (
    BEWIJS,
    SOLUTIONS,
    assignment_ids,
    nbgrader,
    nbmeta,
    play_to_end,
    read,
    regions,
    scenarios_played,
    source_notebook,
)

IDS = assignment_ids()
CELL_ID = re.compile(r"^[a-zA-Z0-9-_]{1,64}$")


REQUIRED = [
    "jaar1_begrippen", "jaar1_kennismakingsgesprek",
    "jaar2_ouderbetrokkenheid", "jaar2_voortgangsgesprek",
    "jaar3_fontys_domeinen", "jaar3_ouderinterview", "jaar3_slechtnieuwsgesprek",
    "jaar4_adviesgesprek", "jaar4_gesprekscyclus", "jaar4_visie_en_beleid",
]


def test_the_assignments_of_each_study_year():
    assert IDS == REQUIRED


def test_header_notebook_says_how_to_answer_and_submit():
    text = "\n".join(c.source for c in read(SOLUTIONS / "header.ipynb").cells)
    for needed in ("Shift + Enter", "vervang de drie puntjes", "Geen cellen kopiëren, splitsen",
                   "Submit", "<studentnummer>_<naam van de opdracht>.zip", "rollenspel.jsonl"):
        assert needed in text


def graded(nb):
    return [c for c in nb.cells if nbmeta(c).get("grade")]


@pytest.mark.parametrize("assignment", IDS)
def test_nbgrader_metadata_is_complete(assignment):
    nb = read(source_notebook(assignment))
    assert nb.metadata.kernelspec.name == "python3"
    ids = [c.id for c in nb.cells]
    assert len(set(ids)) == len(ids) and all(CELL_ID.match(i) for i in ids), "stable unique cell ids"
    grade_ids = [nbmeta(c)["grade_id"] for c in nb.cells if nbmeta(c)]
    assert len(set(grade_ids)) == len(grade_ids), "unique grade ids"
    for cell in nb.cells:
        meta = nbmeta(cell)
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "committed without outputs"
        if not meta:
            continue
        assert meta["schema_version"] == 3
        assert set(meta) >= {"grade", "grade_id", "locked", "solution", "task"}
        if meta["grade"]:
            assert meta["points"] > 0
        if meta["solution"] and cell.cell_type == "code":
            assert not meta["grade"], "autograded answers are graded by a separate test cell"
            assert "### BEGIN SOLUTION" in cell.source
            assert re.search(r"^antwoord_\w+ = \.\.\.", cell.source, re.M), "answer template"
        if meta["grade"] and cell.cell_type == "code":
            assert meta["locked"] and "### BEGIN HIDDEN TESTS" in cell.source


@pytest.mark.parametrize("assignment", IDS)
def test_every_answer_has_a_visible_form_check_and_hidden_tests(assignment):
    nb = read(source_notebook(assignment))
    answers = {name for c in nb.cells if nbmeta(c).get("solution") and c.cell_type == "code"
               for name in re.findall(r"^(antwoord_\w+) = \.\.\.", c.source, re.M)}
    tests = [c.source for c in graded(nb) if c.cell_type == "code"]
    for name in sorted(answers):
        visible = [t for t in tests if re.search(rf"check_\w+\({name}\b", t)]
        assert visible, f"{name} has a visible form check"
        hidden = "\n".join(h for t in tests for h in regions(t, "BEGIN HIDDEN", "END HIDDEN"))
        assert re.search(rf"\b{name}\b", hidden), f"{name} has a hidden test"


@pytest.mark.parametrize("assignment", IDS)
def test_the_notebook_states_its_points_and_sources(assignment):
    nb = read(source_notebook(assignment))
    intro = nb.cells[0].source
    assert re.search(r"Leerdoelen", intro) and re.search(r"Studietijd:\*\* ongeveer \d+", intro)
    total = sum(nbmeta(c)["points"] for c in graded(nb))
    manual = sum(nbmeta(c)["points"] for c in graded(nb) if c.cell_type == "markdown")
    stated = re.search(r"\*\*Punten:\*\* (\d+) \((\d+) automatisch nagekeken, (\d+) door je docent\)", intro)
    assert stated, "the intro states the points"
    assert [int(g) for g in stated.groups()] == [total, total - manual, manual]
    for cell in graded(nb):
        title = re.search(r"\((\d+) punt(en)?", _prompt_before(nb, cell) or "")
        if title and cell.cell_type == "markdown":
            assert int(title.group(1)) == nbmeta(cell)["points"]
    assert "## Bronnen" in nb.cells[-1].source
    assert re.search(r"\(?(19|20)\d\d\)?|z\.j\.", nb.cells[-1].source)


def _prompt_before(nb, cell):
    index = nb.cells.index(cell)
    for previous in reversed(nb.cells[:index]):
        if previous.cell_type == "markdown" and previous.source.startswith("## Vraag"):
            return previous.source
    return None


@pytest.mark.parametrize("assignment", IDS)
def test_manually_graded_answers_have_a_rubric(assignment):
    nb = read(source_notebook(assignment))
    manual = [c for c in graded(nb) if c.cell_type == "markdown"]
    assert manual, "at least one answer for the lecturer to grade"
    for cell in manual:
        prompt = _prompt_before(nb, cell)
        assert prompt and "Zo kijkt je docent het na" in prompt, "public criteria in the question"
        points = [float(p.replace(",", ".")) for p in re.findall(r"\|\s*([0-9]+(?:,[05])?)\s*\|\s*$",
                                                                     prompt, re.M)]
        assert sum(points) == nbmeta(cell)["points"], "the criteria add up to the cell's points"
        assert "Modelantwoord" in cell.source and "Beoordelingsmodel" in cell.source


@pytest.mark.parametrize("assignment", IDS)
def test_role_play_evidence_matches_the_played_scenario(assignment):
    nb = read(source_notebook(assignment))
    played = scenarios_played(nb)
    evidence = [(c, BEWIJS.search(c.source)) for c in graded(nb) if "rollenspel_bewijs" in c.source]
    assert [m.group(1) for _c, m in evidence] == played
    for cell, match in evidence:
        assert float(match.group(2)) == nbmeta(cell)["points"]
        hidden = "\n".join(regions(cell.source, "BEGIN HIDDEN", "END HIDDEN"))
        assert "rollenspel_bewijs" in hidden, "the evidence is a hidden test"


@pytest.fixture
def copy_with_logs(tmp_path):
    def make(assignment):
        folder = tmp_path / assignment
        shutil.copytree(SOLUTIONS / assignment, folder)
        for scenario in scenarios_played(read(folder / f"{assignment}.ipynb")):
            play_to_end(scenario, folder)
        return folder / f"{assignment}.ipynb"

    return make


@pytest.mark.parametrize("assignment", IDS)
def test_solution_runs_and_scores_full_marks(assignment, copy_with_logs):
    path = copy_with_logs(assignment)
    nb = read(path)
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [f"{o.ename}: {o.evalue}" for c in nb.cells for o in c.get("outputs", [])
              if o.output_type == "error"]
    assert not errors
    for cell in graded(nb):
        if cell.cell_type == "code":
            score, maximum = determine_grade(cell)
            assert score == maximum, f"{nbmeta(cell)['grade_id']}: {score} of {maximum}"


@pytest.mark.parametrize("assignment", IDS)
def test_nbgrader_validate_passes_on_the_source(assignment, copy_with_logs):
    path = copy_with_logs(assignment)
    proc = nbgrader("validate", str(path), cwd=path.parent.parent)
    assert "Success! Your notebook passes all the tests." in proc.stdout, proc.stdout + proc.stderr
