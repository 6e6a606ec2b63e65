"""`eplab nakijken -j 2` gives exactly the gradebook of `-j 1`, without "database is locked"."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from tests.nbgrader_tools import eplab, new_course, play_to_end
from tests.test_nbgrader_pipeline import ASSIGNMENT, SCENARIO, fill, solutions

pytestmark = [pytest.mark.pipeline, pytest.mark.timeout(2400)]

STUDENTS = ("goed", "leeg", "deels", "verkeerd_type", "half")


def hand_in(course: Path, student: str) -> None:
    folder = course / "submitted" / student / ASSIGNMENT
    shutil.copytree(course / "release" / ASSIGNMENT, folder)
    path = folder / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(path, as_version=4)
    right = solutions()
    if student == "goed":
        fill(nb, right)
    elif student == "deels":
        fill(nb, {**right, "antwoord_4": 'antwoord_4a = ["A", "B"]\nantwoord_4b = "C"'})
    elif student == "verkeerd_type":
        fill(nb, {"antwoord_2": 'antwoord_2 = "parafraseren"', "antwoord_3": "antwoord_3 = 3"})
    elif student == "half":
        fill(nb, {"antwoord_2": right["antwoord_2"]})
    nbformat.write(nb, path)
    if student in ("goed", "deels"):
        play_to_end(SCENARIO, folder, student=student)


def grades(course: Path) -> list[tuple]:
    """(student, grade cell, automatic score, needs manual grading) of every grade, sorted."""
    from nbgrader.api import Gradebook

    rows = []
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "eplab") as gb:
        for submission in gb.assignment_submissions(ASSIGNMENT):
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    rows.append((submission.student.id, grade.cell.name, grade.auto_score,
                                 grade.needs_manual_grade))
    return sorted(rows)


@pytest.fixture(scope="module")
def courses(tmp_path_factory):
    base = tmp_path_factory.mktemp("parallel")
    one = new_course(base / "een", ASSIGNMENT)
    for student in STUDENTS:
        hand_in(one, student)
    two = base / "twee"
    shutil.copytree(one, two)
    runs = {"1": eplab("nakijken", ASSIGNMENT, "-j", "1", cwd=one),
            "2": eplab("nakijken", ASSIGNMENT, "-j", "2", cwd=two)}
    return one, two, runs


def test_two_at_a_time_gives_the_same_gradebook(courses):
    one, two, runs = courses
    for run in runs.values():
        assert run.returncode == 0, run.stderr[-2000:]
        assert "database is locked" not in run.stdout + run.stderr
        assert (f"Nakijken van {ASSIGNMENT} klaar: {len(STUDENTS)} inleveringen, "
                f"{len(STUDENTS)} zonder problemen.") in run.stdout
    first = grades(one)
    assert len(first) == len(STUDENTS) * 5  # four autograded cells and the reflection each
    assert grades(two) == first
    scores = {(s, c): v for s, c, v, _ in first}
    assert scores[("goed", "toets_2")] == 4 and scores[("leeg", "toets_2")] == 0
    assert scores[("half", "toets_2")] == 4 and scores[("half", "toets_rollenspel")] == 0
    assert "database is locked" not in (two / "nakijken.log").read_text("utf-8")
