"""Practice, not a quiz: option order, own words, attempts, coaching, debrief, the second look."""

from __future__ import annotations

import json

import pytest

from eplab.roleplay import ScenarioError, Session, load_scenario
from eplab.roleplay.engine import shown_order
from eplab.roleplay.loader import list_scenarios
from tests.conftest import MINI, PRACTICE


def events(folder, scenario_id="mini-oefenen"):
    path = folder / f"{scenario_id}.rollenspel.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def to_ending(session, *numbers):
    """Choose by authored numbers, writing own words where a node asks for them."""
    for number in numbers:
        if session.needs_own_words:
            session.write_own_words(f"mijn woorden bij {session.node.id}")
        session.choose_number(number)
    return session


# -- the order shown --------------------------------------------------------------
def test_the_order_is_stable_across_a_restart_and_the_log_records_it(tmp_path):
    first = Session(MINI, log_dir=tmp_path, student="s1")
    order = [i for i, _o in first.shown_options()]
    assert sorted(order) == [0, 1]
    first.choose(order[0])
    again = Session(MINI, log_dir=tmp_path, student="s1")
    assert again.turn == 1
    assert [i for i, _o in again.shown_options()] == [i for i, _o in first.shown_options()]
    choose = [e for e in events(tmp_path, "mini-schoolhek") if e["event"] == "choose"][0]
    assert choose["getoond"] == order and choose["poging"] == 1 and choose["option"] == order[0]


def test_a_replay_by_someone_else_shows_the_students_order(tmp_path):
    Session(MINI, log_dir=tmp_path, student="s1").choose_number(1)
    reader = Session(MINI, log_dir=tmp_path, student="docent", readonly=True)
    mine = Session(MINI, log_dir=tmp_path, student="s1")
    assert reader.student == "s1"
    assert reader.shown_options() == mine.shown_options()


def test_students_and_attempts_see_different_orders():
    indices = [0, 1, 2, 3]
    orders = {tuple(shown_order(f"student{n}", "x", 1, "knoop", indices)) for n in range(40)}
    assert len(orders) > 10, "forty students do not all see the same order"
    firsts = [shown_order(f"student{n}", "x", 1, "knoop", indices)[0] for n in range(400)]
    assert all(60 < firsts.count(i) < 140 for i in indices), "each option comes first about as often"
    attempts = {tuple(shown_order("s1", "x", a, "knoop", indices)) for a in range(1, 20)}
    assert len(attempts) > 5


def test_the_library_shows_each_student_a_different_first_option():
    scenario = list_scenarios()[0]
    firsts = {Session(scenario, record=False, student=f"s{n}").shown_options()[0][0]
              for n in range(30)}
    assert len(firsts) > 1


def test_an_old_log_without_attempts_or_order_still_replays(tmp_path):
    path = tmp_path / "mini-schoolhek.rollenspel.jsonl"
    old = [
        {"event": "start", "time": "2025-09-01T10:00:00+02:00", "scenario": "mini-schoolhek",
         "student": "s1"},
        {"event": "choose", "time": "2025-09-01T10:01:00+02:00", "node": "hek", "option": 0,
         "turn": 1},
        {"event": "choose", "time": "2025-09-01T10:02:00+02:00", "node": "open", "option": 2,
         "turn": 2},
        {"event": "end", "time": "2025-09-01T10:02:00+02:00", "ending": "einde_goed"},
    ]
    path.write_text("".join(json.dumps(e) + "\n" for e in old), "utf-8")
    session = Session(MINI, log_dir=tmp_path, readonly=True)
    assert session.notice == "" and session.finished and session.attempt == 1
    assert [a.ending for a in session.attempts()] == ["einde_goed"]


def test_the_start_event_names_the_scenario_version(tmp_path):
    import hashlib

    Session(MINI, log_dir=tmp_path, student="s1")
    start = events(tmp_path, "mini-schoolhek")[0]
    assert start["scenario_versie"] == hashlib.sha256(MINI.read_bytes()).hexdigest()[:12]


# -- own words ---------------------------------------------------------------
def test_own_words_come_first_and_are_logged_and_kept_with_the_choice(tmp_path):
    session = Session(PRACTICE, log_dir=tmp_path, student="s1")
    assert session.node.id == "hek" and session.needs_own_words
    session.write_own_words("Goedemorgen! Fijn dat u er bent.")
    assert not session.needs_own_words
    session.choose_number(1)
    assert session.needs_own_words  # 'open' asks again
    session.write_own_words("")  # empty is allowed (the face nudges once)
    session.choose_number(1)
    assert [c.own_words for c in session.choices()] == ["Goedemorgen! Fijn dat u er bent.", ""]
    logged = [e for e in events(tmp_path) if e["event"] == "eigen_woorden"]
    assert logged[0] == {**logged[0], "node": "hek", "tekst": "Goedemorgen! Fijn dat u er bent.",
                         "poging": 1}
    again = Session(PRACTICE, log_dir=tmp_path, student="s1")
    assert [c.own_words for c in again.choices()] == ["Goedemorgen! Fijn dat u er bent.", ""]


def test_a_node_without_own_words_has_none(tmp_path):
    session = to_ending(Session(MINI, log_dir=tmp_path), 1, 1)
    assert [c.own_words for c in session.choices()] == [None, None]
    assert not session.needs_own_words


# -- attempts, retry and their comparison -----------------------------------------
def test_retry_starts_at_the_decisive_moment_with_earlier_turns_kept(tmp_path):
    session = to_ending(Session(PRACTICE, log_dir=tmp_path, student="s1"), 1, 2)
    assert session.node.id == "einde_matig"
    assert session.retry() == 2
    assert session.node.id == "open" and session.turn == 1, "the turn before 'open' is kept"
    assert session.steps[0].attempt == 1
    assert session.needs_own_words, "own words are asked again in a new attempt"
    to_ending(session, 1)
    assert session.node.id == "einde_goed"
    assert [(a.number, a.ending) for a in session.attempts()] == [(1, "einde_matig"),
                                                                  (2, "einde_goed")]
    comparison = session.compare_attempts()
    assert (comparison.before, comparison.after) == (1, 2)
    assert comparison.ending_before == "Een gemiste kans"
    assert comparison.ending_after == "Een goed begin"
    assert "Stelt een open vraag en laat de ouder vertellen." in comparison.new_ja
    log = events(tmp_path)
    retry = next(e for e in log if e["event"] == "opnieuw")
    assert retry == {**retry, "vanaf": "open", "poging": 2}
    assert [e["poging"] for e in log if e["event"] == "end"] == [1, 2]
    assert [e["poging"] for e in log if e["event"] == "choose"] == [1, 1, 2]
    replayed = Session(PRACTICE, log_dir=tmp_path, student="s1")
    assert replayed.attempt == 2 and replayed.steps == session.steps
    assert replayed.compare_attempts() == comparison


def test_without_a_decisive_moment_a_retry_starts_over(tmp_path):
    session = to_ending(Session(MINI, log_dir=tmp_path), 2, 2)
    session.retry()
    assert session.turn == 0 and session.node.id == "hek" and session.attempt == 2
    assert session.compare_attempts() is None


# -- coaching -------------------------------------------------------------------
def test_the_first_card_that_applies_is_shown(tmp_path):
    weak = to_ending(Session(PRACTICE, record=False), 1, 2)  # no open question, einde_matig
    card = weak.coaching()
    assert card.authored and card.text.startswith("Stel een open vraag")
    assert card.try_saying == "Hoe merkt u dat thuis?"
    assert card.items == ["Stelt een open vraag en laat de ouder vertellen."]
    good = to_ending(Session(PRACTICE, record=False), 1, 1)  # open question, no appointment
    assert good.coaching().text.startswith("Houd het contact bij het hek kort")
    assert Session(PRACTICE, record=False).coaching() is None, "no card before an ending"


def test_a_scenario_without_cards_gets_a_dutch_fallback_from_the_form():
    card = to_ending(Session(MINI, record=False), 2, 2).coaching()
    assert not card.authored
    assert "Maakt zelf contact en begroet de ouder persoonlijk" in card.text
    assert "beurt 1" in card.text and "Cohen" in card.theory and card.try_saying


# -- the debrief -----------------------------------------------------------------
def test_the_debrief_shows_every_open_option_with_its_reaction(tmp_path):
    session = to_ending(Session(PRACTICE, log_dir=tmp_path, student="s1"), 1, 1)
    turns = session.open_debrief()
    assert [t.turn for t in turns] == [1, 2]
    first = turns[0]
    assert first.said.startswith("Goedemorgen. Ik wist niet zeker")
    assert {o.reaction for o in first.options} == {"Echt waar? Dat zegt ze thuis nooit!",
                                                   "O, oké. Dan ga ik maar."}
    assert [o.chosen for o in first.options].count(True) == 1
    assert len(turns[1].options) == 3, "the option that opened with trust is there too"
    assert [o.index for o in turns[1].options] == [
        i for i in shown_order("s1", "mini-oefenen", 1, "open", [0, 1, 2])]
    assert events(tmp_path)[-1] == {**events(tmp_path)[-1], "event": "debrief", "poging": 1}


# -- the second look -------------------------------------------------------------
def test_the_students_own_form_is_saved_and_compared(tmp_path):
    session = to_ending(Session(PRACTICE, log_dir=tmp_path, student="s1"), 1, 1)
    own = {"inf.begroeten": {"ja": True, "opmerking": "Hij begroet hem bij naam."},
           "inf.open_vraag": {"ja": False, "opmerking": "Ik hoorde geen open vraag."}}
    session.fill_form("informeel_contact", own)
    differences = session.form_differences("informeel_contact")
    by_text = {d.text: d for d in differences}
    open_question = by_text["Stelt een open vraag en laat de ouder vertellen."]
    assert (open_question.engine, open_question.student) == (True, False)
    assert open_question.remark == "Ik hoorde geen open vraag."
    assert "Maakt zelf contact en begroet de ouder persoonlijk." not in by_text, "agreed: not listed"
    logged = events(tmp_path)[-1]
    assert logged["event"] == "eigen_formulier" and logged["formulier"] == "informeel_contact"
    assert logged["items"]["inf.open_vraag"] == {"ja": False, "opmerking": "Ik hoorde geen open vraag."}
    again = Session(PRACTICE, log_dir=tmp_path, student="s1")
    assert again.student_form["informeel_contact"] == own
    with pytest.raises(ScenarioError, match="hoort niet bij dit gesprek"):
        session.fill_form("voortgangsgesprek", {})


def test_the_general_form_is_cut_to_the_items_the_scenario_names():
    report = to_ending(Session(PRACTICE, record=False), 1, 1).report()
    general = report.forms[1]
    assert [i.id for i in general.items] == ["alg.houding", "alg.open_vraag", "alg.afspraken"]
    full = to_ending(Session(MINI, record=False), 1, 1).report().forms[1]
    assert len(full.items) == 22


def test_the_practice_fixture_is_valid():
    scenario = load_scenario(PRACTICE)
    assert scenario.decisive == "open" and len(scenario.coaching) == 2


@pytest.mark.parametrize("scenario", list_scenarios(), ids=lambda s: s.id)
def test_every_library_scenario_retries_coaches_and_debriefs(scenario):
    """On the strong example path: a coaching card, a debrief of every turn, and a retry that
    starts at the beslismoment (or the start) with the turns before it kept."""
    session = Session(scenario, record=False, student="s1")
    for number in scenario.example_paths.get("sterk", []):
        if session.needs_own_words:
            session.write_own_words("")
        session.choose_number(number)
    if not session.finished:
        pytest.fail(f"{scenario.id}: the strong example path does not reach an ending")
    card = session.coaching()
    assert card.text and card.theory and card.try_saying
    turns = session.debrief()
    assert len(turns) == session.turn
    assert all(sum(o.chosen for o in t.options) == 1 and len(t.options) >= 2 for t in turns)
    reached = [c.node.id for c in session.choices()]
    kept = reached.index(scenario.decisive) if scenario.decisive in reached else 0
    session.retry()
    assert session.turn == kept and session.attempt == 2
    if kept:
        assert session.node.id == scenario.decisive
