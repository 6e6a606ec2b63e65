"""`eplab course init --variant SLEUTEL`: a course-specific option order and key from a secret.

Two secrets give two different variants, the same secret always the same one; each variant's own
solution grades at full marks with `eplab nakijken`, and the public solution does not.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest

from eplab.grading.variant import vary_notebook
from tests.nbgrader_tools import BIN, ROOT, SOLUTIONS, env, nbgrader, nbmeta, regions

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


def eplab(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "eplab"), *args], cwd=cwd, env=env(), capture_output=True,
                          text=True, timeout=1200)


def auto_max(nb) -> float:
    return sum(float(nbmeta(c).get("points", 0)) for c in nb.cells
               if nbmeta(c).get("grade") and c.cell_type == "code")


def hand_in(course: Path, student: str, answers: dict[str, str]) -> None:
    folder = course / "submitted" / student / ASSIGNMENT
    shutil.copytree(course / "release" / ASSIGNMENT, folder)
    (folder / "timestamp.txt").write_text("2026-01-05 10:00:00.000000 UTC", "utf-8")
    path = folder / f"{ASSIGNMENT}.ipynb"
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
