"""The answer key outside the student's kernel: what it reads, how answers arrive, how it scores."""

from __future__ import annotations

import json

import pytest

from eplab.grading import answers, key
from tests.nbgrader_tools import assignment_ids, nbmeta, read, source_notebook


def grade_cells():
    for assignment in assignment_ids():
        for cell in read(source_notebook(assignment)).cells:
            meta = nbmeta(cell)
            if meta.get("grade") and not meta.get("solution") and cell.cell_type == "code":
                yield assignment, meta["grade_id"], cell.source, float(meta["points"])


def test_every_key_reads_only_the_students_answers():
    """A key that read another notebook variable (a DataFrame the student made) would hand the
    student's object to the key: each key computes what it needs from the datasets itself."""
    seen = 0
    for assignment, grade_id, source, _points in grade_cells():
        visible, hidden = key.split_hidden(source)
        assert hidden.strip(), f"{assignment}/{grade_id} has no hidden tests"
        assert "BEGIN HIDDEN" not in visible and "score_" not in visible.replace("form_ok", "")
        names = key.needed_names(hidden)
        assert all(n.startswith("antwoord_") for n in names), (assignment, grade_id, names)
        seen += 1
    assert seen >= 20


def report_line(data: dict) -> str:
    return "De vorm klopt.\n" + answers.MARKER + json.dumps(data) + "\n"


def test_answers_arrive_as_plain_data_only():
    text = report_line({"antwoord_2": ["A", 1, 2.5, True],
                        "antwoord_3": {"__eplab__": "type", "naam": "DataFrame"},
                        "antwoord_4": {"__eplab__": "leeg"}})
    got = answers.read_report(text, ["antwoord_2", "antwoord_3", "antwoord_4", "antwoord_5"])
    assert got["antwoord_2"] == ["A", 1, 2.5, True]
    assert isinstance(got["antwoord_3"], answers.Unreadable)
    assert got["antwoord_4"] is Ellipsis
    assert "antwoord_5" not in got  # not reported: the key sees no answer


def test_a_garbled_report_gives_no_answers():
    assert answers.read_report(answers.MARKER + "{niet: json\n", ["antwoord_1"]) == {}
    assert answers.read_report("antwoord_1 = 'B'\n", ["antwoord_1"]) == {}


def test_the_report_code_turns_objects_into_data(capsys):
    class Cheat(str):
        def __eq__(self, other):
            return True

    import __main__

    __main__.antwoord_9 = [Cheat("X"), 3]
    __main__.antwoord_8 = object()
    try:
        exec(answers.report_code(["antwoord_8", "antwoord_9"]), {})  # noqa: S102
    finally:
        del __main__.antwoord_9, __main__.antwoord_8
    got = answers.read_report(capsys.readouterr().out, ["antwoord_8", "antwoord_9"])
    assert got["antwoord_9"] == ["X", 3] and type(got["antwoord_9"][0]) is str
    assert isinstance(got["antwoord_8"], answers.Unreadable)


HIDDEN = """from eplab.grading import score_equal, score_selection
score_selection(antwoord_4a, ["A", "B", "D"], 2) + score_equal(antwoord_4b, "B", 1)"""


@pytest.mark.parametrize("given, expected", [
    ({"antwoord_4a": ["A", "B", "D"], "antwoord_4b": "B"}, 3.0),
    ({"antwoord_4a": ["A", "B"], "antwoord_4b": "C"}, 1.33),
    ({"antwoord_4a": answers.Unreadable("Cheat"), "antwoord_4b": "b "}, 1.0),
    ({}, 0.0),  # no answers reported (kernel died first): a NameError in the key scores 0
])
def test_the_key_scores_in_the_graders_process(given, expected):
    assert key.evaluate(HIDDEN, given, 3).score == expected


def test_a_key_value_is_clamped_to_the_cell_points():
    assert key.evaluate("antwoord_1 * 10", {"antwoord_1": 5}, 2).score == 2
    assert key.evaluate("float('nan')", {}, 2).score == 0
    assert key.evaluate("'veel'", {}, 2).score == 0
