"""The conversation engine and its sidecar log."""

from __future__ import annotations

import json

import pytest

from eplab.roleplay import ScenarioError, Session, load_scenario
from tests.conftest import MINI


@pytest.fixture
def scenario():
    return load_scenario(MINI)


def play(session, *numbers):
    for n in numbers:
        session.choose_number(n)
    return session


def test_a_play_runs_through_narration_to_a_choice(scenario, tmp_path):
    session = Session(scenario, log_dir=tmp_path, student="s1")
    assert session.node.id == "hek"  # the narrator line was passed automatically
    assert [line.kind for line in session.transcript()] == ["regel", "regel"]
    assert len(session.options()) == 2


def test_state_changes_and_conditions_open_options(scenario, tmp_path):
    good = play(Session(scenario, record=False), 1)
    assert good.state["vertrouwen"] == 3
    assert len(good.options()) == 3  # the conditional option opens at trust 3
    poor = play(Session(scenario, record=False), 2)
    assert poor.state["vertrouwen"] == 1
    assert len(poor.options()) == 2


def test_branches_follow_the_state_to_different_endings(scenario):
    assert play(Session(scenario, record=False), 1, 1).node.id == "einde_goed"
    assert play(Session(scenario, record=False), 2, 2).node.id == "einde_matig"


def test_report_fills_the_form_from_the_path(scenario):
    session = play(Session(scenario, record=False), 1, 3)
    report = session.report()
    form = report.main_form
    assert form.id == "informeel_contact"
    realised = {i.id: i.turn for i in form.items if i.realised}
    assert realised == {
        "inf.begroeten": 1, "inf.positief_kind": 1, "inf.kort_houden": 2, "inf.vervolg": 2,
    }
    assert form.coverage == pytest.approx(4 / 7)
    general = report.forms[1]
    assert general.id == "algemeen"
    assert [i.id for i in general.items if i.realised] == ["alg.houding"]
    weak = play(Session(scenario, record=False), 2, 2).report()
    missed = {i.id: i.missed_turn for i in weak.main_form.items if not i.realised}
    assert missed["inf.begroeten"] == 1 and missed["inf.open_vraag"] == 2
    assert weak.main_form.coverage == 0


def test_parent_feedback_follows_the_experience(scenario):
    good = {a.aspect: a for a in play(Session(scenario, record=False), 1, 1).report().parent}
    assert good["sfeer"].level == "positief"
    assert good["tevreden"].level == "positief"
    assert good["op_de_hoogte"].level == "neutraal"
    poor = {a.aspect: a for a in play(Session(scenario, record=False), 2, 2).report().parent}
    assert poor["sfeer"].level == "negatief"
    assert poor["tevreden"].level == "negatief"
    assert poor["sfeer"].text != good["sfeer"].text
    assert list(good) == ["sfeer", "positief_kind", "op_de_hoogte", "ruimte", "tevreden"]


def test_the_report_has_no_totals_or_scores(scenario):
    data = play(Session(scenario, record=False), 1, 1).report().to_dict()
    assert "scores" not in data
    assert all("coverage" not in form for form in data["forms"])


def test_back_and_restart(scenario, tmp_path):
    session = play(Session(scenario, log_dir=tmp_path), 1, 1)
    assert session.finished
    assert session.back()
    assert session.node.id == "open" and not session.finished
    assert session.state["vertrouwen"] == 3
    session.restart()
    assert session.node.id == "hek" and session.turn == 0
    assert not session.back()


def test_invalid_choices_are_refused_in_dutch(scenario):
    session = Session(scenario, record=False)
    with pytest.raises(ScenarioError, match="kies een nummer"):
        session.choose_number(5)
    with pytest.raises(ScenarioError):
        session.choose(2)  # exists in no state: only two options at 'hek'
    play(session, 1, 1)
    with pytest.raises(ScenarioError, match="al afgelopen"):
        session.choose(0)


def test_deterministic_for_the_same_choices(scenario):
    a = play(Session(scenario, record=False), 1, 3).report().to_dict()
    b = play(Session(scenario, record=False), 1, 3).report().to_dict()
    assert a == b
    r1 = Session(scenario, record=False)
    r1.play_random(7)
    r2 = Session(scenario, record=False)
    r2.play_random(7)
    assert r1.steps == r2.steps


def test_every_event_is_on_disk_at_once(scenario, tmp_path):
    session = Session(scenario, log_dir=tmp_path, student="s1")
    path = tmp_path / "mini-schoolhek.rollenspel.jsonl"
    session.anticipate("Dat hij zich welkom voelt.")
    session.choose_number(1)
    lines = [json.loads(x) for x in path.read_text("utf-8").splitlines()]
    assert [e["event"] for e in lines] == ["start", "anticipate", "choose"]
    assert lines[0]["student"] == "s1" and lines[2] == {**lines[2], "node": "hek", "option": 0}
    session.back()
    session.choose_number(2)
    session.choose_number(1)
    events = [json.loads(x)["event"] for x in path.read_text("utf-8").splitlines()]
    assert events[-4:] == ["back", "choose", "choose", "end"]


def test_a_new_session_resumes_where_the_student_was(scenario, tmp_path):
    first = Session(scenario, log_dir=tmp_path, student="s1")
    first.anticipate("verwachting")
    play(first, 1)
    first.back()
    play(first, 2)
    again = Session(scenario, log_dir=tmp_path, student="s1")
    assert again.steps == first.steps
    assert again.node.id == "open"
    assert again.anticipation == "verwachting"
    assert again.notice == ""


def test_a_corrupt_log_is_kept_as_backup_and_the_student_told(scenario, tmp_path):
    session = Session(scenario, log_dir=tmp_path)
    play(session, 1)
    path = session.log.path
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('{"event": "choose", "node": "op\n')  # a half-written line
    fresh = Session(scenario, log_dir=tmp_path)
    assert fresh.turn == 0
    assert "opgeslagen gesprek kon niet worden gelezen" in fresh.notice
    backups = list(tmp_path.glob("*.kapot-*"))
    assert len(backups) == 1
    assert '"option": 0' in backups[0].read_text("utf-8")  # nothing lost
    assert json.loads(path.read_text("utf-8").splitlines()[0])["event"] == "start"


def test_a_log_that_no_longer_fits_the_scenario_is_set_aside(scenario, tmp_path):
    path = tmp_path / "mini-schoolhek.rollenspel.jsonl"
    path.write_text('{"event": "choose", "node": "hek", "option": 9}\n', "utf-8")
    session = Session(scenario, log_dir=tmp_path)
    assert session.turn == 0 and session.notice
    assert list(tmp_path.glob("*.kapot-*"))


def test_readonly_session_reads_but_never_writes(scenario, tmp_path):
    play(Session(scenario, log_dir=tmp_path), 1, 1)
    path = tmp_path / "mini-schoolhek.rollenspel.jsonl"
    before = path.read_text("utf-8")
    reader = Session(scenario, log_dir=tmp_path, readonly=True)
    assert reader.finished
    reader.back()
    assert path.read_text("utf-8") == before


def test_a_reaction_can_come_from_another_character(tmp_path):
    import yaml

    data = yaml.safe_load(MINI.read_text("utf-8"))
    hek = next(n for n in data["knopen"] if n["id"] == "hek")
    hek["opties"][0]["reactie_spreker"] = "noor"
    hek["opties"][0]["reactie"] = "Ik heb het boek over de vos gelezen!"
    path = tmp_path / "noor-reageert.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")

    session = play(Session(load_scenario(path), log_dir=tmp_path), 1)
    reaction = next(line for line in session.transcript() if line.kind == "reactie")
    assert (reaction.speaker, reaction.name) == ("noor", "Noor")
    other = play(Session(load_scenario(path), log_dir=tmp_path / "b"), 2)
    assert next(line for line in other.transcript() if line.kind == "reactie").speaker == "ouder"


def test_a_cycle_of_lines_stops_with_a_dutch_message_in_the_engine_and_the_class_report(tmp_path):
    """A scenario that slipped past the validator (two lines that lead to each other): the
    engine says so in Dutch, and the class report sets a log in it aside as not possible."""
    import yaml

    from eplab.classreport.logs import Attempt, Step, _check, _Reject
    from eplab.roleplay.model import Scenario

    data = yaml.safe_load(MINI.read_text("utf-8"))
    data["knopen"] += [{"id": "rond_a", "spreker": "ouder", "tekst": "a", "volgende": "rond_b"},
                       {"id": "rond_b", "spreker": "ouder", "tekst": "b", "volgende": "rond_a"}]
    hek = next(n for n in data["knopen"] if n["id"] == "hek")
    hek["opties"][0]["naar"] = "rond_a"
    scenario = Scenario.model_validate(data)
    session = Session(scenario, record=False)
    with pytest.raises(ScenarioError, match="kring zonder uitweg"):
        session.choose(0)
    with pytest.raises(_Reject, match="loopt rond"):
        _check(Attempt(1, [Step("hek", 0, None)]), scenario)
