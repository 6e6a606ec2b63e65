"""`eplab nakijken`: wrong use gets one Dutch line and an exit code, never a traceback."""

from __future__ import annotations

from eplab.cli import main
from eplab.grading import text


def test_outside_a_course_directory(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["nakijken", "jaar1_begrippen"]) == 1
    assert capsys.readouterr().err.strip() == text.GRADE_NO_COURSE


def test_bad_job_count_and_no_hand_ins(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\n", "utf-8")
    assert main(["nakijken", "jaar1_begrippen", "-j", "0"]) == 2
    assert capsys.readouterr().err.strip() == text.GRADE_BAD_JOBS
    assert main(["nakijken", "jaar1_begrippen"]) == 1
    assert capsys.readouterr().err.strip() == text.GRADE_NO_SUBMISSIONS.format(
        assignment="jaar1_begrippen")
