"""nbgrader configuration for the eplab course.

This repository is itself an nbgrader course directory: the source notebooks (with solutions and
hidden tests) are in solutions/, the student versions that `nbgrader generate_assignment` makes
are in assignments/. `eplab course init DIR` copies this file into a new course directory and
sets SOURCE and RELEASE to nbgrader's usual "source" and "release" there.

Checked against nbgrader 0.9.6 (tests/test_nbgrader_pipeline.py runs every command below).
"""

c = get_config()  # noqa: F821

SOURCE = "solutions"
RELEASE = "assignments"

c.CourseDirectory.course_id = "eplab"
c.CourseDirectory.source_directory = SOURCE
c.CourseDirectory.release_directory = RELEASE

# Every student notebook starts with the Dutch header (how to answer, never copy or split graded
# cells, how to submit). The path is relative to the course directory.
c.IncludeHeaderFooter.header = f"{SOURCE}/header.ipynb"

# Stubs in the student version, in Dutch. An answer cell reads `antwoord_1 = ...` above the
# solution region, so the code stub points the student at the three dots. Written answers are
# markdown cells; the stub says how to start typing in one.
c.ClearSolutions.code_stub = {"python": "# JOUW CODE HIER: vervang de ... hierboven door je antwoord"}
c.ClearSolutions.text_stub = "JOUW ANTWOORD HIER. Dubbelklik op deze cel om te typen."

# A notebook that loops forever is stopped after this many seconds per cell; the rest of that
# notebook still runs and the batch goes on with the next student.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True

# A student who deletes a graded cell gets it back (a deleted answer then scores as unanswered).
c.OverwriteCells.add_missing_cells = True

# Anything on stderr in a test cell scores 0 in nbgrader. Drop stderr output that is a warning
# (IgnorePattern is off unless enabled; it removes a whole stderr output when the pattern matches).
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"[Ww]arning"

# The LMS route for classes on Windows, where nbgrader's exchange does not work:
# `eplab uitdelen <opdracht>` makes the zip to hand out, `eplab inzamelen <opdracht> MAP` collects
# the zips downloaded from the LMS into submitted/ (use it instead of nbgrader zip_collect). Each
# student hands in ONE zip named <studentnummer>_<opdracht>.zip, for example
# 500123456_jaar1_kennismakingsgesprek.zip, holding the notebook and the role-play log; whatever
# the LMS puts in front of that name is ignored. The student number is taken from that name only
# and must match `studentnummer` (a regular expression); a zip may unpack to at most `max_mb`
# megabytes and hold at most `max_bestanden` entries.
c.EplabInzamelen.studentnummer = r"[0-9]{5,12}"
c.EplabInzamelen.max_mb = 50
c.EplabInzamelen.max_bestanden = 500

# A batch autograde must finish for every student, even with a damaged notebook. eplab's versions
# of two nbgrader preprocessors put deleted cells back without crashing (nbgrader 0.9.6 stops with
# a KeyError when the cell before a deleted one is read-only or deleted too, or when a cell was
# duplicated) and keep the filled-in copy of a duplicated answer cell.
#
# Feedback goes to the students: it shows what the hidden tests printed and the points, but not
# their code, which is the answer key (nbgrader shows hidden tests in feedback by design, issues
# #917 and #1363; a traceback quotes them too, so errors are shortened to one line).
c.OverwriteCells.missing_cell_notification = (
    "Deze cel (id: {cell_id}) ontbrak in de ingeleverde versie en is door nbgrader teruggezet.\n\n"
)
#
# Scores no student code can change (docs/docent.md, "Wat het nakijken beschermt"): eplab's
# SandboxedScoring replaces nbgrader's Execute. The student's notebook runs in a bubblewrap sandbox
# on a private copy of its own hand-in and only reports its answers as data; the hidden tests are
# evaluated in the grader's own process and the score is written into each test cell's output.
# Student HTML and script are made harmless in autograded/ and in the feedback (SanitizeOutputs).
# Grade with `eplab nakijken OPDRACHT`; plain `nbgrader autograde` uses the same chain.
# Without eplab installed where nbgrader runs, nbgrader's own preprocessors are used; with eplab
# installed, an import error must stop grading rather than fall back to scores the kernel sets.
import importlib.util  # noqa: E402

if importlib.util.find_spec("eplab") is not None:
    from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        ClearHiddenTests,
        ClearOutput,
        GetGrades,
        IgnorePattern,
        LimitOutput,
        OverwriteKernelspec,
        SaveAutoGrades,
    )

    from eplab.grading.autograde import SandboxedScoring
    from eplab.grading.preprocessors import (
        HideLecturerOnly,
        KeepAnsweredCopy,
        RestoreCells,
        SanitizeOutputs,
        ShortTracebacks,
    )

    # A role-play log (*.rollenspel.jsonl) lying in source/ or release/ (a lecturer's trial play)
    # never reaches students: generate_assignment and release_assignment skip it (eplab uitdelen
    # too). Only while generating: autograde and collect read the same ignore list for the
    # students' own files, and their logs must stay.
    import sys

    from eplab.grading.exchange import LOG_PATTERNS, SHIPPING_COMMANDS

    if sys.argv[1:2] and sys.argv[1] in SHIPPING_COMMANDS:
        c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback",
                                    *LOG_PATTERNS]
    c.ExchangeFactory.release_assignment = "eplab.grading.exchange.ReleaseWithoutLogs"

    c.Autograde.sanitize_preprocessors = [
        ClearOutput, KeepAnsweredCopy, OverwriteKernelspec, RestoreCells, CheckCellMetadata,
    ]
    # nbgrader's own chain with Execute replaced, and SanitizeOutputs after SaveAutoGrades (so it
    # never changes what nbgrader compares to decide that a written answer is empty)
    c.Autograde.autograde_preprocessors = [
        SandboxedScoring, IgnorePattern, ClearMetadataPreprocessor, LimitOutput, SaveAutoGrades,
        SanitizeOutputs, AssignLatePenalties, CheckCellMetadata,
    ]
    # The plausibility signals of a role-play log are for the lecturer (autograded/, formgrader),
    # never for the student: HideLecturerOnly leaves them out of the feedback.
    c.GenerateFeedback.preprocessors = [
        GetGrades, ClearHiddenTests, ShortTracebacks, HideLecturerOnly, SanitizeOutputs,
        CSSHTMLHeaderPreprocessor,
    ]
    # grades.csv gets a column `nakijkstatus` (from nakijkstatus.csv, kept by `eplab nakijken`), so
    # a hand-in whose kernel died or that could not be read never looks like an empty one.
    from eplab.grading.export import CsvWithStatus

    c.ExportApp.plugin_class = CsvWithStatus
