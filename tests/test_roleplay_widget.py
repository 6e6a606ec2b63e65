"""The role-play widget, headless: clicks are Button.click()."""

from __future__ import annotations

import json

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


@pytest.mark.parametrize("source_dir", ["source", "solutions"])
def test_a_lecturer_trying_an_assignment_in_the_source_folder_leaves_no_log(
        tmp_path, monkeypatch, source_dir):
    course = tmp_path / "cursus"
    view = _play_one_choice_in(course / source_dir / "jaar1_kennismakingsgesprek", monkeypatch)
    assert "Echt waar?" in view.transcript.value, "the conversation still plays"
    assert "niet opgeslagen" in view.notice.value
    assert not list(course.rglob("*.rollenspel.jsonl*")), "nothing to leak into the release"


def test_a_student_folder_next_to_a_config_still_saves(tmp_path, monkeypatch):
    folder = tmp_path / "cursus" / "release" / "jaar1_kennismakingsgesprek"
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
