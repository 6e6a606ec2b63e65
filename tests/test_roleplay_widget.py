"""The role-play widget, headless: clicks are Button.click()."""

from __future__ import annotations

import json
import re

import pytest

from eplab.roleplay import Session
from eplab.widgets.roleplay import RolePlayView, speel
from tests.conftest import MINI


def click(view, authored: int) -> None:
    """Click the button of the option with this authored index (the order shown varies)."""
    place = view._option_index.index(authored)
    view.option_buttons[place].click()


@pytest.fixture
def view(tmp_path):
    return RolePlayView(Session(MINI, log_dir=tmp_path, student="s1"))


def test_context_and_anticipation_come_first(view):
    assert "Meneer Bakker" in view.header.value
    assert "tweede schoolweek" in view.header.value
    assert view.anticipate_area.layout.display is None
    assert view.option_buttons == []
    view.anticipate_box.value = "Dat hij zich welkom voelt."
    view.start_button.click()
    assert view.anticipate_area.layout.display == "none"
    assert len(view.option_buttons) == 2
    assert view.session.anticipation == "Dat hij zich welkom voelt."


def test_a_click_shows_reaction_feedback_and_next_turn(view):
    view.start_button.click()
    click(view, 0)
    assert "Echt waar?" in view.transcript.value  # the parent's reaction
    assert "Klaassen" in view.feedback.value  # feedback names the theory
    assert len(view.option_buttons) == 3  # trust rose: a third option opened
    assert "Beurt 2" in view.prompt.value


def test_end_screen_shows_form_parent_feedback_and_reflection(view, tmp_path):
    view.start_button.click()
    click(view, 0)
    click(view, 0)
    assert view.session.finished
    assert view.option_buttons == []
    end = view.end_screen.value
    assert "Kijkwijzer informeel contact" in end and "JA" in end and "NEE" in end
    assert "Wat de ouder na afloop vertelt" in end
    assert view.reflection_area.layout.display is None
    view.reflection_boxes[0].value = "Ik wilde vooral contact maken."
    view.save_button.click()
    log = (tmp_path / "mini-schoolhek.rollenspel.jsonl").read_text("utf-8")
    assert json.loads(log.splitlines()[-1])["answers"][0] == "Ik wilde vooral contact maken."


def test_back_and_restart_buttons(view):
    view.start_button.click()
    assert view.back_button.disabled
    view.option_buttons[1].click()
    assert not view.back_button.disabled
    view.back_button.click()
    assert view.session.turn == 0 and len(view.option_buttons) == 2
    view.option_buttons[0].click()
    view.restart_button.click()
    assert view.session.turn == 0


def test_speel_displays_widget_and_static_record(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("eplab.widgets.roleplay.display", lambda obj, **kw: shown.append(obj))
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    view = speel(MINI, map=tmp_path, student="s1")
    assert view is not None and len(shown) == 2
    assert "Verslag van dit gesprek" in shown[1].data


def test_under_autograde_no_widget_only_the_saved_record(tmp_path, monkeypatch):
    play = Session(MINI, log_dir=tmp_path)
    play.choose_number(1)
    play.choose_number(1)
    shown = []
    monkeypatch.setattr("eplab.widgets.roleplay.display", lambda obj, **kw: shown.append(obj))
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert speel(MINI, map=tmp_path) is None
    assert len(shown) == 1
    html = shown[0].data
    assert "Een goed begin" in html and "Goedemorgen meneer Bakker" in html


def _play_one_choice_in(folder, monkeypatch):
    """Run speel() in an assignment folder of an nbgrader course and make one choice."""
    folder.mkdir(parents=True)
    (folder.parent.parent / "nbgrader_config.py").write_text("c = get_config()\n", "utf-8")
    monkeypatch.setattr("eplab.widgets.roleplay.display", lambda obj, **kw: None)
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.chdir(folder)
    view = speel(MINI, student="s1")
    view.start_button.click()
    click(view, 0)
    return view


@pytest.mark.parametrize("source_dir", ["source", "solutions", "release"])
def test_a_lecturer_trying_an_assignment_in_the_source_folder_leaves_no_log(
        tmp_path, monkeypatch, source_dir):
    course = tmp_path / "cursus"
    view = _play_one_choice_in(course / source_dir / "jaar1_kennismakingsgesprek", monkeypatch)
    assert "Echt waar?" in view.transcript.value, "the conversation still plays"
    assert "niet opgeslagen" in view.notice.value
    assert not list(course.rglob("*.rollenspel.jsonl*")), "nothing to leak into the release"


def test_a_student_folder_next_to_a_config_still_saves(tmp_path, monkeypatch):
    folder = tmp_path / "cursus" / "opdrachten" / "jaar1_kennismakingsgesprek"
    view = _play_one_choice_in(folder, monkeypatch)
    assert list(folder.glob("*.rollenspel.jsonl")) and not view.notice.value


def test_each_button_chooses_the_option_it_shows(tmp_path):
    view = RolePlayView(Session(MINI, log_dir=tmp_path, student="s1"))
    view.start_button.click()
    while view.option_buttons:
        shown = view.session.shown_options()
        last = view.option_buttons[-1]
        index, option = shown[-1]
        assert last.description == f"{len(shown)}. {option.text}"
        last.click()
        assert view.session.steps[-1].option == index
    assert view.session.finished


def test_a_double_click_chooses_once(tmp_path):
    view = RolePlayView(Session(MINI, log_dir=tmp_path, student="s1"))
    view.start_button.click()
    first = view.option_buttons[0]
    first.click()
    assert first.disabled, "the browser no longer offers the previous turn's button"
    first.click()  # the second click of a double click arrives after the turn has moved on
    assert view.session.turn == 1
    assert not any(b.disabled for b in view.option_buttons)
    view.option_buttons[0].click()
    assert view.session.turn == 2


# -- practice, not a quiz (issue 15) and accessibility (issue 19) ----------------------
@pytest.fixture
def practice(tmp_path):
    from tests.conftest import PRACTICE

    view = RolePlayView(Session(PRACTICE, log_dir=tmp_path, student="s1"))
    view.start_button.click()
    return view


def write(view, words: str) -> None:
    view.own_box.value = words
    view.own_button.click()


def test_the_options_are_shown_in_the_students_order(tmp_path):
    orders = set()
    for student in ("s1", "s2", "s3", "s4", "s5", "s6"):
        view = RolePlayView(Session(MINI, log_dir=tmp_path / student, student=student))
        view.start_button.click()
        orders.add(tuple(b.description for b in view.option_buttons))
        assert [b.description[3:] for b in view.option_buttons] == [
            o.text for _i, o in view.session.shown_options()]
    assert len(orders) == 2, "both orders of the two options occur among six students"


def test_own_words_come_before_the_options_with_one_nudge(practice, tmp_path):
    view = practice
    assert view.own_area.layout.display is None and view.option_buttons == []
    assert view.focused is view.own_box, "focus goes to the box after 'Start het gesprek'"
    write(view, "")
    assert "Een paar woorden is genoeg" in view.own_nudge.value
    assert view.option_buttons == [], "the first empty answer is nudged, not accepted"
    write(view, "")
    assert view.own_area.layout.display == "none" and len(view.option_buttons) == 2
    assert view.focused is view.option_buttons[0]
    click(view, 0)
    assert view.own_area.layout.display is None, "the next own-words node asks again"
    write(view, "Hoe gaat het thuis?")
    click(view, 0)
    assert view.session.finished
    end = view.end_screen.value
    assert "Jouw eigen woorden en je keuze" in end and "Hoe gaat het thuis?" in end
    assert "(leeg gelaten)" in end
    logged = [json.loads(x) for x in
              (tmp_path / "mini-oefenen.rollenspel.jsonl").read_text("utf-8").splitlines()]
    assert [e["tekst"] for e in logged if e["event"] == "eigen_woorden"] == ["", "Hoe gaat het thuis?"]


def finish(view, first: int, second: int) -> None:
    write(view, "Goedemorgen!")
    click(view, first)
    write(view, "Hoe merkt u dat?")
    click(view, second)


def test_the_end_screen_has_no_totals_and_a_coaching_card(practice):
    view = practice
    finish(view, 0, 1)
    end = view.end_screen.value
    assert "Einde: Een gemiste kans" in end
    assert not re.search(r"\d+ van de \d+|%|Hoe je koos", end), "no totals, scores or meters"
    assert "<th></th>" not in end, "no empty table header"
    assert "<th scope=\"col\">Opmerkingen</th>" in end
    assert "Stel een open vraag voordat je geruststelt." in view.coaching.value
    assert "Hoe merkt u dat thuis?" in view.coaching.value
    assert view.after_area.layout.display is None
    assert view.focused is view.retry_button
    assert "Einde: Een gemiste kans" in view.live.value and 'aria-live="polite"' in view.live.value


def test_retry_from_the_decisive_moment_and_attempts_compared(practice):
    view = practice
    finish(view, 0, 1)
    view.retry_button.click()
    assert view.session.attempt == 2 and view.session.turn == 1
    assert "Poging 2 · Beurt 2" in view.prompt.value
    assert "Goedemorgen meneer Bakker" in view.transcript.value, "earlier turns kept"
    assert view.focused is view.own_box
    write(view, "Hoe merkt u dat thuis?")
    click(view, 0)
    end = view.end_screen.value
    assert "Poging 1 en poging 2 vergeleken" in end
    assert "Een gemiste kans" in end and "Einde: Een goed begin" in end
    assert "Stelt een open vraag en laat de ouder vertellen." in end


def test_the_debrief_opens_on_request(practice, tmp_path):
    view = practice
    finish(view, 0, 0)
    assert view.debrief.value == ""
    view.debrief_button.click()
    debrief = view.debrief.value
    assert "Wat de ouder gezegd zou hebben" in debrief
    assert "O, oké. Dan ga ik maar." in debrief, "the reaction to the option not chosen"
    assert debrief.count("jouw keuze") == 2
    assert view.debrief_button.description == "Verberg wat de ouder gezegd zou hebben"
    log = (tmp_path / "mini-oefenen.rollenspel.jsonl").read_text("utf-8")
    assert json.loads(log.splitlines()[-1])["event"] == "debrief"
    view.debrief_button.click()
    assert view.debrief.value == ""


def test_the_second_look_saves_the_students_form_and_shows_differences(practice, tmp_path):
    view = practice
    finish(view, 0, 0)
    view.look_button.click()
    area = view.look_area.children[0].value
    assert "Tweede blik" in area and "Goedemorgen meneer Bakker" in area, "the transcript to reread"
    assert view.focused is next(iter(view.look_checks.values()))
    assert all(box.description.startswith("JA: ") for box in view.look_checks.values())
    assert "inf." not in " ".join(b.description for b in view.look_checks.values())
    view.look_checks["inf.begroeten"].value = True
    view.look_checks["inf.kort_houden"].value = True
    view.look_remarks["inf.kort_houden"].value = "Ze spreken iets af."
    view.compare_button.click()
    diff = view.differences.value
    assert "Houdt het contact kort" in diff and "Ze spreken iets af." in diff
    assert "Stelt een open vraag" in diff, "the engine saw JA where the student left NEE"
    assert "Maakt zelf contact" not in diff, "agreement is not listed"
    assert "verschilt" in view.live.value
    saved = Session(view.session.scenario, log_dir=tmp_path, student="s1")
    assert saved.student_form["informeel_contact"]["inf.kort_houden"] == {
        "ja": True, "opmerking": "Ze spreken iets af."}


def test_feedback_names_items_by_their_words_never_their_id(tmp_path):
    view = RolePlayView(Session(MINI, log_dir=tmp_path, student="s1"))
    view.start_button.click()
    click(view, 1)  # passes inf.begroeten by
    assert "Maakt zelf contact en begroet de ouder persoonlijk." in view.feedback.value
    assert "inf.begroeten" not in view.feedback.value


def test_focus_and_live_region_after_a_choice(tmp_path):
    view = RolePlayView(Session(MINI, log_dir=tmp_path, student="s1"))
    view.start_button.click()
    assert view.focused is view.option_buttons[0]
    click(view, 0)
    assert view.focused is view.option_buttons[0], "focus moves to the new turn"
    assert "Meneer Bakker: Echt waar? Dat zegt ze thuis nooit!" in view.live.value
    assert 'role="status"' in view.live.value


def test_every_text_box_has_a_dutch_name(practice):
    finish(practice, 0, 0)
    practice.look_button.click()
    boxes = [practice.anticipate_box, practice.own_box, *practice.reflection_boxes,
             *practice.look_remarks.values()]
    assert all(box.placeholder or box.description for box in boxes)
    assert "focus-visible" in render_style() and "3px solid" in render_style()


def render_style() -> str:
    from eplab import render

    return render.STYLE


def test_the_saved_record_shows_own_words_attempts_and_no_totals(practice):
    from eplab.widgets.roleplay import static_record

    finish(practice, 0, 1)
    practice.retry_button.click()
    write(practice, "Hoe merkt u dat thuis?")
    click(practice, 0)
    record = static_record(practice.session)
    assert "Jouw eigen woorden en je keuze" in record and "Hoe merkt u dat thuis?" in record
    assert "Poging 1 en poging 2 vergeleken" in record
    assert not re.search(r"\d+ van de \d+|%", record.split("</style>")[-1])
