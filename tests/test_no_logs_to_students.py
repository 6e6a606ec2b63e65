"""A lecturer's trial play never reaches students: not through generate_assignment, the exchange
(release_assignment, fetch) or the LMS zip; a student's own log still travels with the hand-in."""

from __future__ import annotations

import zipfile

import pytest

from eplab.cli import main
from eplab.widgets.roleplay import in_nbgrader_source
from tests.nbgrader_tools import ROOT, nbgrader, play_to_end

pytestmark = [pytest.mark.pipeline, pytest.mark.timeout(600)]

ASSIGNMENT = "jaar1_kennismakingsgesprek"
SCENARIO = "kennismakingsgesprek"
LOG = f"{SCENARIO}.rollenspel.jsonl"


def logs_in(folder) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*.rollenspel.jsonl*"))


def test_a_log_in_source_or_release_never_reaches_students(tmp_path, capsys):
    course, exchange, home = tmp_path / "cursus", tmp_path / "exchange", tmp_path / "home" / "s1"
    exchange.mkdir()
    exchange.chmod(0o777)
    assert main(["course", "init", str(course), "--bron", str(ROOT)]) == 0
    with open(course / "nbgrader_config.py", "a", encoding="utf-8") as handle:
        handle.write(f"\nc.Exchange.root = {str(exchange)!r}\n")

    # the lecturer tries the role-play in source/ (a hand-copied log) and generates
    play_to_end(SCENARIO, course / "source" / ASSIGNMENT, student="docent")
    play_to_end(SCENARIO, course / "source" / ASSIGNMENT, student="docent")  # a second attempt
    (course / "source" / ASSIGNMENT / f"{LOG}.kapot-1").write_text("x\n", "utf-8")
    nbgrader("generate_assignment", ASSIGNMENT, cwd=course)
    release = course / "release" / ASSIGNMENT
    assert (release / f"{ASSIGNMENT}.ipynb").is_file()
    assert logs_in(release) == []

    # ... then plays it in release/, as the old guide suggested
    assert in_nbgrader_source(release)  # the widget does not save here
    play_to_end(SCENARIO, release, student="docent")
    assert logs_in(release)

    nbgrader("release_assignment", ASSIGNMENT, cwd=course)
    assert list(exchange.rglob(f"{ASSIGNMENT}.ipynb"))
    assert logs_in(exchange) == []

    assert main(["uitdelen", ASSIGNMENT, "--cursus", str(course)]) == 0
    assert "rollenspel" in capsys.readouterr().out
    with zipfile.ZipFile(course / f"{ASSIGNMENT}.zip") as archive:
        names = archive.namelist()
    assert f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb" in names
    assert not [n for n in names if "rollenspel" in n]

    # a student fetches (no log), plays, submits; the lecturer collects the student's own log
    (home / ".jupyter").mkdir(parents=True)
    (home / ".jupyter" / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.Exchange.root = {str(exchange)!r}\n"
        "c.CourseDirectory.course_id = 'eplab'\n", "utf-8")
    nbgrader("fetch_assignment", ASSIGNMENT, cwd=home, home=home)
    assert logs_in(home / ASSIGNMENT) == []
    play_to_end(SCENARIO, home / ASSIGNMENT, student="s1")
    nbgrader("submit", ASSIGNMENT, "--student=s1", cwd=home, home=home)
    nbgrader("collect", ASSIGNMENT, cwd=course)
    collected = course / "submitted" / "s1" / ASSIGNMENT / LOG
    assert collected.is_file()
    assert '"student": "s1"' in collected.read_text("utf-8").splitlines()[0]


def test_the_widget_saves_nowhere_a_release_is_made_from(tmp_path):
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\n", "utf-8")
    for name in ("source", "solutions", "release"):
        assert in_nbgrader_source(tmp_path / name / ASSIGNMENT), name
    assert not in_nbgrader_source(tmp_path / "submitted" / ASSIGNMENT)
    assert not in_nbgrader_source(tmp_path / "werk" / ASSIGNMENT)
