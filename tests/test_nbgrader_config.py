"""nbgrader_config.py, read the way nbgrader reads it."""

from __future__ import annotations

import nbformat
from traitlets.config.loader import PyFileConfigLoader

from tests.nbgrader_tools import ROOT


def load():
    return PyFileConfigLoader("nbgrader_config.py", path=str(ROOT)).load_config()


def test_directories_and_header():
    c = load()
    assert c.CourseDirectory.source_directory == "solutions"
    assert c.CourseDirectory.release_directory == "assignments"
    assert c.IncludeHeaderFooter.header == "solutions/header.ipynb"
    assert (ROOT / c.IncludeHeaderFooter.header).is_file()


def test_robust_autograde_and_clean_feedback_are_configured():
    c = load()
    names = [p.__name__ for p in c.Autograde.sanitize_preprocessors]
    assert names == ["ClearOutput", "KeepAnsweredCopy", "OverwriteKernelspec", "RestoreCells",
                     "CheckCellMetadata"]
    assert c.OverwriteCells.add_missing_cells is True
    feedback = [p.__name__ for p in c.GenerateFeedback.preprocessors]
    assert "ClearHiddenTests" in feedback and "ShortTracebacks" in feedback
    assert "SanitizeOutputs" in feedback


def test_scores_are_set_outside_the_students_kernel():
    """nbgrader's Execute (scores read from the student's kernel) is replaced, and student HTML is
    sanitised only after SaveAutoGrades has read the grades."""
    from nbgrader.plugins import CsvExportPlugin

    c = load()
    chain = [p.__name__ for p in c.Autograde.autograde_preprocessors]
    assert chain[0] == "SandboxedScoring" and "Execute" not in chain
    assert chain.index("SaveAutoGrades") < chain.index("SanitizeOutputs")
    assert issubclass(c.ExportApp.plugin_class, CsvExportPlugin)
    assert c.ExportApp.plugin_class.__name__ == "CsvWithStatus"


def test_warnings_on_stderr_are_ignored_and_other_stderr_is_not():
    from nbgrader.preprocessors import IgnorePattern

    c = load()
    assert c.IgnorePattern.enabled is True
    pre = IgnorePattern(config=c)
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stderr",
                               text="/tmp/x.py:3: FutureWarning: Series.__float__ is deprecated\n  float(s)\n"),
        nbformat.v4.new_output("stream", name="stderr", text="UserWarning: let op\n"),
        nbformat.v4.new_output("stream", name="stderr", text="Traceback: iets anders ging mis\n"),
        nbformat.v4.new_output("stream", name="stdout", text="gewone uitvoer\n"),
    ]
    cell, _ = pre(nbformat.v4.new_notebook(cells=[cell]), {})
    texts = [o.text for o in cell.cells[0].outputs]
    assert texts == ["Traceback: iets anders ging mis\n", "gewone uitvoer\n"]


def test_lms_student_numbers_come_from_the_configured_pattern():
    from eplab.grading.inzamelen import parse_name

    pattern = load().EplabInzamelen.studentnummer
    name = "12345-678 - Jan Jansen - 3 okt - 500123456_jaar1_kennismakingsgesprek.zip"
    assert parse_name(name, "jaar1_kennismakingsgesprek", pattern).student == "500123456"
    refused = parse_name("jansen_jaar1_kennismakingsgesprek.zip", "jaar1_kennismakingsgesprek",
                         pattern)
    assert refused.startswith("'jansen' is geen studentnummer")


def test_role_play_logs_are_never_released(monkeypatch):
    c = load()
    assert c.ExchangeFactory.release_assignment == "eplab.grading.exchange.ReleaseWithoutLogs"
    # while grading or collecting the students' own logs are kept
    assert "*.rollenspel.jsonl*" not in c.CourseDirectory.get("ignore", [])
    monkeypatch.setattr("sys.argv", ["nbgrader", "generate_assignment", "jaar1_begrippen"])
    c = load()
    assert "*.rollenspel.jsonl*" in c.CourseDirectory.ignore
    assert ".ipynb_checkpoints" in c.CourseDirectory.ignore


def test_student_versions_get_dutch_stubs():
    c = load()
    assert c.ClearSolutions.code_stub["python"].startswith("# JOUW CODE HIER")
    assert c.ClearSolutions.text_stub.startswith("JOUW ANTWOORD HIER")
