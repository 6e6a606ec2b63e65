"""Self-check questions: right, wrong and empty answers, headless, through the widgets."""

from __future__ import annotations

import subprocess
import sys

import pytest

from eplab.selfcheck import indelen, meerdere_antwoorden, meerkeuze, volgorde
from eplab.selfcheck import text as t

OPEN = ["Gaat het goed thuis?", "Hoe ervaart u de eerste weken?", "Is Sara moe?"]


def test_multiple_choice_right_answer_explains_why():
    q = meerkeuze("Welke vraag is open?", opties=OPEN, juist=1,
                  uitleg=["Gesloten: ja of nee.", "Open: de ouder vertelt.", "Gesloten en sturend."])
    q.select(1)
    q.button.click()
    assert q.result.correct
    assert "✔" in q.feedback.value and "Open: de ouder vertelt." in q.feedback.value


def test_multiple_choice_wrong_answer_says_why_and_shows_the_answer_after_two_tries():
    q = meerkeuze("Welke vraag is open?", opties=OPEN, juist=1, uitleg="Een open vraag nodigt uit.")
    first = q.question.check(0)
    assert not first.correct and t.TRY_AGAIN in first.message
    assert "Gaat het" not in first.feedback  # the answer is not given away at once
    second = q.question.check(2)
    assert "Een open vraag nodigt uit." in second.explanation
    assert "Hoe ervaart u de eerste weken?" in second.explanation


def test_multiple_choice_without_an_answer_asks_for_one():
    q = meerkeuze("Welke vraag is open?", opties=OPEN, juist=1)
    q.button.click()
    assert not q.result.correct and t.NO_ANSWER in q.feedback.value
    assert q.question.tries == 0


def test_multiple_answers_gives_partial_feedback():
    q = meerdere_antwoorden("Welke vragen zijn gesloten?", opties=OPEN, juist=[0, 2])
    q.select([0])
    result = q.check()
    assert not result.correct and result.score == pytest.approx(2 / 3)
    assert "2 van de 3" in result.message
    q.select([0, 2])
    assert q.check().correct


def test_ordering_is_shuffled_and_sorted_with_the_buttons():
    steps = ["Opening", "Kern", "Afspraken", "Afsluiting"]
    q = volgorde("Zet de fasen op volgorde.", stappen=steps, uitleg="Eerst het doel, dan de kern.")
    assert q.order != steps and sorted(q.order) == sorted(steps)
    assert q.question.shuffled == volgorde("Zet de fasen op volgorde.", stappen=steps).order
    assert not q.check().correct
    # sort with the ↑ buttons only, as a student would
    for target, step in enumerate(steps):
        while q.order.index(step) > target:
            row = q.rows.children[q.order.index(step)]
            row.children[0].click()
    assert q.order == steps
    assert q.check().correct


def test_classification_needs_every_sentence_and_names_the_wrong_ones():
    items = {"Wat bedoelt u precies?": "doorvragen", "Dus u maakt zich zorgen.": "samenvatten",
             "Hoe gaat het thuis?": "open vraag"}
    q = indelen("Welke vaardigheid?", items=items, uitleg={"Dus u maakt zich zorgen.": "Je vat samen."})
    q.assign({"Wat bedoelt u precies?": "doorvragen"})
    assert "nog 2" in q.check().message
    q.assign({"Dus u maakt zich zorgen.": "doorvragen", "Hoe gaat het thuis?": "open vraag"})
    result = q.check()
    assert not result.correct and "Dus u maakt zich zorgen." in result.message
    assert "Je vat samen." in result.explanation
    q.assign(items)
    assert q.check().correct


def test_classification_does_not_show_the_items_grouped_as_written():
    items = {"Wat bedoelt u?": "doorvragen", "Hoe bedoelt u dat?": "doorvragen",
             "Dus u maakt zich zorgen.": "samenvatten", "Kortom: het gaat beter.": "samenvatten"}
    q = indelen("Welke vaardigheid?", items=items)
    shown = list(q.dropdowns)
    assert sorted(shown) == sorted(items) and shown != list(items)
    assert shown == list(indelen("Welke vaardigheid?", items=items).dropdowns), "same order each run"


def test_every_control_has_a_dutch_name_and_the_result_is_in_a_live_region(monkeypatch):
    steps = ["Opening", "Kern", "Afsluiting"]
    q = volgorde("Zet de fasen op volgorde.", stappen=steps)
    up, down = q.rows.children[1].children[:2]
    assert up.description == down.description == ""  # the arrow is a CSS background
    assert up.tooltip == f"Zet ‘{q.order[1]}’ een plek hoger"
    assert down.tooltip == f"Zet ‘{q.order[1]}’ een plek lager"
    focused = []
    monkeypatch.setattr(type(up), "focus", lambda self: focused.append(self))
    moved = q.order[1]
    up.click()
    assert q.order[0] == moved and q.ups[0].tooltip == f"Zet ‘{moved}’ een plek hoger"
    assert focused == [q.downs[0]], "the focus follows the step (at the top: its other arrow)"
    assert "role=\"status\"" in q.feedback.value, "the live region is there before the first check"
    result = q.check()
    assert q.feedback.value.startswith('<div class="eplab-sc-uitslag" role="status"')
    assert result.message in q.feedback.value


def test_classification_labels_each_dropdown_with_its_sentence_once():
    items = {"Wat bedoelt u precies?": "doorvragen", "Dus u maakt zich zorgen.": "samenvatten"}
    q = indelen("Welke vaardigheid?", items=items)
    for sentence, dropdown in q.dropdowns.items():
        assert dropdown.description == sentence
        assert dropdown.value == "" and dropdown.label == t.CHOOSE, "starts on a named choice"
    shown = " ".join(getattr(c, "value", "") + getattr(c, "description", "")
                     for c in q.root.children if not isinstance(getattr(c, "value", ""), bool))
    assert all(shown.count(sentence) == 1 for sentence in items)
    assert q.answer() == dict.fromkeys(items)


def test_author_mistakes_get_a_dutch_message():
    with pytest.raises(ValueError, match="bestaat niet"):
        meerkeuze("?", opties=["a", "b"], juist=2)
    with pytest.raises(ValueError, match="één tekst per optie"):
        meerkeuze("?", opties=["a", "b"], juist=0, uitleg=["alleen één"])


def test_importing_selfcheck_does_not_load_widgets():
    code = "import sys, eplab.selfcheck; print('ipywidgets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_zelftoets_reads_the_question_from_its_content_file(monkeypatch):
    import eplab.selfcheck as selfcheck
    from eplab import zelftoets

    monkeypatch.setattr(selfcheck, "_show", lambda q: q)
    q = zelftoets("jaar1-02-2")
    assert q.vraag.startswith("Waarom spreken de makers")
    assert q.check(q.juist).correct


def test_zelftoets_with_an_unknown_id_says_so_in_dutch():
    from eplab import zelftoets
    from eplab.selfcheck.bank import UnknownQuestion

    with pytest.raises(UnknownQuestion, match="geen zelftoetsvraag met de naam ‘jaar9-99-1’"):
        zelftoets("jaar9-99-1")


def test_every_question_in_the_content_files_has_the_right_shape():
    from eplab.selfcheck import bank

    stems = sorted(path.stem for path in bank.FOLDER.glob("*.yaml"))
    assert len(stems) >= 20
    for stem in stems:
        for qid in bank.question_ids(stem):
            assert bank.spec(qid)["soort"] in bank.KINDS, qid


def test_an_option_that_yaml_reads_as_a_mapping_gets_a_dutch_message(tmp_path, monkeypatch):
    from eplab.selfcheck import bank

    (tmp_path / "jaar9-01.yaml").write_text(
        "vragen:\n  jaar9-01-1:\n    soort: meerkeuze\n    vraag: Welke?\n"
        "    opties:\n    - Let op: dit wordt een woordenboek\n    - Twee\n    juist: 1\n", "utf-8")
    monkeypatch.setattr(bank, "FOLDER", tmp_path)
    with pytest.raises(bank.UnknownQuestion, match="zet een tekst met ': ' tussen aanhalingstekens"):
        bank.spec("jaar9-01-1")
