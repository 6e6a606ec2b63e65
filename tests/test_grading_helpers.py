"""The grading helpers used in nbgrader test cells: Dutch form messages, partial credit and
role-play evidence read from real sidecar logs."""

from __future__ import annotations

import re
import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from eplab.grading import (
    AnswerError,
    check_choice,
    check_labels,
    check_letter,
    check_number,
    check_order,
    check_rollenspel,
    check_selection,
    check_truth,
    read_evidence,
    rollenspel_bewijs,
    score_equal,
    score_labels,
    score_number,
    score_order,
    score_parts,
    score_selection,
)
from eplab.roleplay import Session
from eplab.roleplay.log import log_path

SKILLS = ["open vraag", "parafraseren", "samenvatten"]
PHASES = ["doel", "agenda", "kern", "samenvatten", "afspraken"]


def message(check, *args, **kwargs) -> str:
    with pytest.raises(AnswerError) as info:
        check(*args, **kwargs)
    text = str(info.value)
    assert text.count(". ") == 0 or text.endswith("."), text  # one sentence
    assert "\n" not in text
    return text


def test_answer_error_is_an_assertion_error():
    assert issubclass(AnswerError, AssertionError)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (..., "Je hebt nog geen antwoord ingevuld: vervang de drie puntjes (...) door je antwoord"),
        ("E", "Je antwoord moet één letter zijn: A, B, C of D."),
        ("AB", "Je antwoord moet één letter zijn: A, B, C of D."),
        (2, 'Je antwoord moet één letter tussen aanhalingstekens zijn, bijvoorbeeld "A".'),
        (["A"], "Je antwoord moet één letter zijn: A, B, C of D."),
    ],
)
def test_check_letter_messages(answer, expected):
    assert message(check_letter, answer).startswith(expected)


@pytest.mark.parametrize("answer", ["B", " b ", "d"])
def test_check_letter_accepts_one_letter(answer):
    check_letter(answer)


def test_check_letter_with_other_options():
    assert message(check_letter, "D", "ABC") == "Je antwoord moet één letter zijn: A, B of C."


def test_check_choice_messages():
    assert message(check_choice, "vragen", SKILLS) == (
        'Je antwoord moet één van deze antwoorden zijn, tussen aanhalingstekens: '
        '"open vraag", "parafraseren" of "samenvatten".'
    )
    assert message(check_choice, 3, SKILLS).startswith("Je antwoord moet tekst tussen aanhalingstekens")
    check_choice("  Open  vraag", SKILLS)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("parafraseren", "Je antwoord moet een lijst zijn"),
        (["parafraseren", 3, "samenvatten"], "Elk antwoord in je lijst moet tekst tussen aanhalingstekens zijn, maar 3 is dat niet."),
        (["parafraseren", "luisteren", "samenvatten"], "'luisteren' is geen van de toegestane antwoorden; kies uit:"),
        (["parafraseren"], "Je lijst moet precies 3 antwoorden bevatten (één per onderdeel), maar er staan er 1 in."),
        ([..., ..., ...], "Je hebt nog geen antwoord ingevuld"),
    ],
)
def test_check_labels_messages(answer, expected):
    assert message(check_labels, answer, SKILLS, count=3).startswith(expected)


def test_check_labels_allows_repeats_and_case():
    check_labels(["Parafraseren", "parafraseren", "samenvatten"], SKILLS, count=3)


def test_check_selection_messages():
    assert message(check_selection, ["parafraseren", "parafraseren"], SKILLS) == (
        "Je noemt 'parafraseren' meer dan één keer; noem elk antwoord maar één keer."
    )
    assert message(check_selection, [], SKILLS) == "Kies minstens 1 antwoord(en); je lijst bevat er nu 0."
    assert message(check_selection, SKILLS, SKILLS, maximum=2) == (
        "Kies hoogstens 2 antwoorden; je lijst bevat er nu 3."
    )
    check_selection(["samenvatten", "open vraag"], SKILLS)


def test_check_order_is_a_permutation():
    check_order(list(reversed(PHASES)), PHASES)
    assert message(check_order, PHASES[:-1], PHASES) == (
        "In je volgorde ontbreekt 'afspraken': zet alle 5 onderdelen precies één keer in de lijst."
    )
    assert message(check_order, PHASES + ["doel"], PHASES).startswith("Je noemt 'doel' meer dan één keer")
    assert message(check_order, "doel, agenda", PHASES).startswith("Je antwoord moet een lijst zijn")


def test_check_number_messages():
    pd = pytest.importorskip("pandas")
    assert message(check_number, "3,45") == (
        "Je antwoord is tekst ('3,45'), geen getal: haal de aanhalingstekens weg en gebruik een punt "
        "als decimaalteken (bijvoorbeeld 3.45)."
    )
    assert message(check_number, pd.Series([3.4, 3.5])).startswith("Je antwoord is een hele reeks getallen")
    assert message(check_number, pd.Series([3.4])).startswith("Je antwoord is een hele reeks getallen")
    assert message(check_number, float("nan")).startswith("Je antwoord is NaN")
    assert message(check_number, pd.NA).startswith("Je antwoord is NaN")
    assert message(check_number, True).startswith("Je antwoord moet een getal zijn")
    assert message(check_number, 7, 1, 4) == "Je antwoord moet tussen 1 en 4 liggen; controleer je berekening."
    assert message(check_number, ...).startswith("Je hebt nog geen antwoord ingevuld")
    check_number(3)
    check_number(pd.Series([3.4, 3.5]).mean(), 1, 4)


def test_check_truth():
    check_truth(False)
    assert message(check_truth, "True").startswith("Je antwoord moet True of False zijn")


def test_scores_give_partial_credit():
    assert score_equal(" c", "C", 2) == 2
    assert score_equal("B", "C", 2) == 0
    assert score_equal(3, "C", 2) == 0
    assert score_parts([True, False, True, True], 2) == 1.5
    assert score_labels(["open vraag", "samenvatten", "parafraseren"], SKILLS, 3) == 1
    assert score_labels("open vraag", SKILLS, 3) == 0
    assert score_selection(["open vraag", "parafraseren"], ["open vraag", "parafraseren"], 2) == 2
    assert score_selection(["open vraag", "samenvatten"], ["open vraag", "parafraseren"], 2) == 0
    assert score_selection(["open vraag"], ["open vraag", "parafraseren"], 2) == 1
    assert score_number(2.6512, 2.65, 1, tolerance=0.01) == 1
    assert score_number(2.64, 2.65, 1, tolerance=0.01) == 1
    assert score_number(2.7, 2.65, 1, tolerance=0.01) == 0
    assert score_number("2.65", 2.65, 1) == 0


def test_score_order_costs_one_share_per_swap():
    assert score_order(PHASES, PHASES, 2) == 2
    one_swap = ["agenda", "doel", "kern", "samenvatten", "afspraken"]
    assert score_order(one_swap, PHASES, 2) == 1.5
    assert score_order(list(reversed(PHASES)), PHASES, 2) == 0
    assert score_order(PHASES[:-1], PHASES, 2) == 0
    assert score_order(None, PHASES, 2) == 0


# -- role-play evidence --------------------------------------------------------------------

def play_to_end(mini_path, folder, seed=0) -> Session:
    session = Session(mini_path, log_dir=folder)
    session.play_random(seed)
    assert session.finished
    return session


def test_evidence_for_a_finished_conversation(mini_path, tmp_path, capsys):
    play_to_end(mini_path, tmp_path)
    log = log_path(tmp_path, "mini-schoolhek")
    before = log.read_bytes()
    assert rollenspel_bewijs(mini_path, punten=2, map=tmp_path) == 2.0
    out, err = capsys.readouterr()
    assert err == ""
    assert "Het gesprek is tot een einde gespeeld." in out
    assert "Punten voor het afronden van het gesprek: 2 van 2." in out
    assert "Beurt 1: je koos:" in out
    assert re.search(r"\[(JA |NEE)\] ", out), "the form is shown item by item"
    assert not re.search(r"\d+ van de \d+|%", out), "without a total or a percentage"
    assert "tellen niet mee voor je cijfer" in out, "and said not to be graded"
    assert log.read_bytes() == before, "reading never writes"
    check_rollenspel(mini_path, tmp_path)


def test_evidence_points_do_not_depend_on_the_form(mini_path, tmp_path):
    weak = Session(mini_path, log_dir=tmp_path)
    weak.choose_number(2)
    weak.choose_number(2)
    assert weak.finished and weak.report().main_form.coverage < 0.5
    assert rollenspel_bewijs(mini_path, punten=3, map=tmp_path) == 3.0


@pytest.mark.parametrize("kind", ["missing", "damaged", "unfinished", "other scenario"])
def test_evidence_is_zero_with_a_reason(kind, mini_path, tmp_path, capsys):
    log = log_path(tmp_path, "mini-schoolhek")
    if kind == "damaged":
        play_to_end(mini_path, tmp_path)
        log.write_text(log.read_text("utf-8")[:-20] + "\n{niet af", "utf-8")
        reason = "is beschadigd en kan niet worden gelezen"
    elif kind == "unfinished":
        Session(mini_path, log_dir=tmp_path).choose_number(1)
        reason = "Het gesprek is nog niet afgerond (na 1 keuzes)"
    elif kind == "other scenario":
        log.write_text('{"event": "start", "scenario": "iets-anders"}\n', "utf-8")
        reason = "is beschadigd"
    else:
        reason = "Er is geen opgeslagen gesprek gevonden (mini-schoolhek.rollenspel.jsonl)"
    files_before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert rollenspel_bewijs(mini_path, punten=2, map=tmp_path) == 0.0
    out, err = capsys.readouterr()
    assert err == ""
    assert reason in out
    assert "0 van 2" in out
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == files_before, "nothing set aside"
    with pytest.raises(AnswerError, match=reason.split("(")[0].strip()):
        check_rollenspel(mini_path, tmp_path)


def test_evidence_counts_a_conversation_completed_before_a_restart(mini_path, tmp_path, capsys):
    session = play_to_end(mini_path, tmp_path)
    ending = session.report().ending_title
    session.restart()
    session.choose_number(1)
    evidence = read_evidence(mini_path, tmp_path)
    assert evidence.status == "eerder afgerond"
    assert ending in evidence.reason
    assert rollenspel_bewijs(mini_path, punten=2, map=tmp_path) == 2.0
    assert "Beurt 2: je koos:" in capsys.readouterr().out, "the completed path is shown"


def test_evidence_for_an_unknown_scenario_never_raises(tmp_path, capsys):
    assert rollenspel_bewijs("bestaat-niet", punten=2, map=tmp_path) == 0.0
    out, err = capsys.readouterr()
    assert "Het rollenspel 'bestaat-niet' kan niet worden geladen" in out
    assert err == ""


def test_importing_the_helpers_stays_light():
    code = (
        "import sys, eplab, eplab.grading\n"
        "heavy = [m for m in ('pandas', 'nbgrader', 'ipywidgets', 'matplotlib') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_in_a_notebook_a_wrong_form_shows_one_sentence_not_a_traceback(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("from eplab.grading import check_letter\nantwoord_1 = 'E'"),
        nbformat.v4.new_code_cell("check_letter(antwoord_1)"),
        nbformat.v4.new_code_cell("print('verder')"),
    ]
    NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    [error] = nb.cells[1].outputs
    assert error.output_type == "error"
    assert error.ename == "AnswerError"
    assert error.evalue == "Je antwoord moet één letter zijn: A, B, C of D."
    assert len(error.traceback) == 1 and "check_letter" not in error.traceback[0]
    assert nb.cells[2].outputs[0].text == "verder\n"


def test_evidence_shows_own_words_and_attempts_never_a_score(tmp_path, capsys):
    from tests.conftest import PRACTICE

    session = Session(PRACTICE, log_dir=tmp_path)
    session.write_own_words("Goedemorgen, fijn u te zien!")
    session.choose_number(1)
    session.write_own_words("")
    session.choose_number(2)
    session.retry()
    session.write_own_words("Hoe merkt u dat thuis?")
    session.choose_number(1)
    rollenspel_bewijs(PRACTICE, punten=1, map=tmp_path)
    out = capsys.readouterr().out
    assert "eigen woorden eerst: \u201cGoedemorgen, fijn u te zien!\u201d" in out
    assert "eigen woorden eerst: \u201cHoe merkt u dat thuis?\u201d" in out
    assert "poging 1: Een gemiste kans; poging 2: Een goed begin" in out
    assert not re.search(r"\d+ van de \d+|%", out)
