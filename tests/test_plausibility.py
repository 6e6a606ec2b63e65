"""Plausibility signals of a role-play log: shown to the lecturer, never scored."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from eplab.grading import plausibility, rollenspel_bewijs
from eplab.grading.evidence import read_evidence
from eplab.roleplay.loader import resolve
from tests.nbgrader_tools import play_to_end

SCENARIO = "kennismakingsgesprek"
VERSION = plausibility.scenario_version(resolve(SCENARIO))
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)


def log(gaps: list[float], student: str = "500000001", version: str | None = VERSION) -> list[dict]:
    start = {"event": "start", "scenario": SCENARIO, "student": student, "time": T0.isoformat()}
    if version:
        start["scenario_versie"] = version
    events, moment = [start], T0
    for turn, gap in enumerate(gaps, start=1):
        moment += timedelta(seconds=gap)
        events.append({"event": "choose", "node": f"n{turn}", "option": 0, "turn": turn,
                       "time": moment.isoformat()})
    return events


def test_an_honest_log_raises_nothing():
    assert plausibility.signals(log([20, 35, 12, 40]), handin_student="500000001",
                                current_version=VERSION) == []


def test_all_choices_in_one_second():
    lines = plausibility.signals(log([30, 0.1, 0.2, 0.1]), handin_student="500000001")
    assert lines == ["alle 4 keuzes zijn binnen dezelfde seconde gemaakt"]


def test_a_median_under_the_limit():
    lines = plausibility.signals(log([1.5, 2, 1, 30]), handin_student="500000001")
    assert lines == ["de keuzes volgden elkaar snel op: gemiddeld (mediaan) 1,8 s per keuze bij "
                     "4 keuzes (minder dan 3,0 s)"]


def test_another_students_number_in_the_log():
    lines = plausibility.signals(log([20, 30], student="500000099"), handin_student="500000001")
    assert lines == ["in het opgeslagen gesprek staat student '500000099', maar het is ingeleverd "
                     "door '500000001'"]
    # a laptop's user name against a student number is normal on the LMS route
    assert plausibility.signals(log([20, 30], student="jan"), handin_student="500000001") == []
    assert plausibility.signals(log([20, 30], student=""), handin_student="500000001") == [
        "in het opgeslagen gesprek staat geen naam van een student"]


def test_the_scenario_version():
    old = plausibility.signals(log([20, 30], version=None), current_version=VERSION)
    assert old == ["het gesprek noemt geen versie van het rollenspel (opgeslagen met een oudere eplab)"]
    other = plausibility.signals(log([20, 30], version="abcdef123456"), current_version=VERSION)
    assert other == [f"het gesprek is gespeeld met een andere versie van het rollenspel "
                     f"(abcdef123456; nu {VERSION})"]


def test_the_lecturers_summary_shows_the_signals_of_a_scripted_log(tmp_path, capsys):
    folder = tmp_path / "submitted" / "500000001" / "jaar1_kennismakingsgesprek"
    folder.mkdir(parents=True)
    play_to_end(SCENARIO, folder, student="500000099")  # a script: every choice at once
    points = rollenspel_bewijs(SCENARIO, punten=2, map=folder)
    out = capsys.readouterr().out
    assert points == 2  # signals never change the score
    assert "Om naar te kijken (telt niet mee voor de punten):" in out
    assert "binnen dezelfde seconde" in out
    assert "staat student '500000099', maar het is ingeleverd door '500000001'" in out


def test_an_honest_play_shows_no_signals(tmp_path):
    folder = tmp_path / "submitted" / "500000001" / "jaar1_kennismakingsgesprek"
    folder.mkdir(parents=True)
    play_to_end(SCENARIO, folder, student="500000001")
    path = folder / f"{SCENARIO}.rollenspel.jsonl"
    events = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    for number, event in enumerate(events):
        event["time"] = (T0 + timedelta(seconds=25 * number)).isoformat()
    if "scenario_versie" not in events[0]:
        events[0]["scenario_versie"] = VERSION
    path.write_text("".join(json.dumps(e) + "\n" for e in events), "utf-8")
    evidence = read_evidence(SCENARIO, folder)
    assert evidence.completed and evidence.signals == []
