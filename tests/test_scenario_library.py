"""Quality bar for every scenario shipped in the package (issue 4)."""

from __future__ import annotations

import re

import pytest

from eplab.cli import main
from eplab.roleplay import Session
from eplab.roleplay.catalog import catalog
from eplab.roleplay.loader import list_scenarios, load_scenario, scenario_paths

SCENARIOS = [p.stem for p in scenario_paths()]
SOURCE_MENTION = re.compile(r"\((?:[^()]*?)(?:1[89]\d\d|20\d\d|z\.j\.)[a-z]?\)")


def test_library_passes_the_validator(capsys):
    assert main(["scenario", "check"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_two_hundred_random_plays_reach_an_ending(scenario_id):
    scenario = load_scenario(scenario_id)
    endings = set()
    for seed in range(200):
        session = Session(scenario, record=False)
        session.play_random(seed)
        assert session.finished
        endings.add(session.node.id)
    assert len(endings) >= 2, "random play should reach more than one ending"


def _shortest_choices(scenario) -> int:
    """Fewest choices from the start to any ending, ignoring conditions (a lower bound)."""
    nodes = scenario.node_map()
    best = {scenario.start: 0}
    frontier = [scenario.start]
    while frontier:
        nxt = []
        for nid in frontier:
            node = nodes[nid]
            edges = [(o.next, 1) for o in node.options or []]
            edges += [(b.target, 0) for b in node.branches()]
            for target, cost in edges:
                d = best[nid] + cost
                if d < best.get(target, 10**9):
                    best[target] = d
                    nxt.append(target)
        frontier = nxt
    return min(best[n.id] for n in scenario.nodes if n.kind == "ending" and n.id in best)


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_shape_of_a_full_conversation(scenario_id):
    scenario = load_scenario(scenario_id)
    assert _shortest_choices(scenario) >= 6, "every path needs at least 6 decision points"
    endings = [n for n in scenario.nodes if n.kind == "ending"]
    assert len(endings) >= 3
    for node in scenario.nodes:
        if node.options is not None:
            assert 3 <= len(node.options) <= 4, node.id
            for option in node.options:
                assert option.reaction.strip(), node.id
                assert SOURCE_MENTION.search(option.feedback), (
                    f"{node.id}: feedback names no source (author, year): {option.feedback!r}"
                )
    assert scenario.sources


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_strong_path_fills_the_form_and_weak_path_does_not(scenario_id):
    scenario = load_scenario(scenario_id)
    coverage = {}
    for kind in ("sterk", "zwak"):
        session = Session(scenario, record=False)
        for number in scenario.example_paths[kind]:
            session.choose_number(number)
        assert session.finished, f"voorbeeldpad {kind} reaches no ending"
        coverage[kind] = session.report().main_form.coverage
    assert coverage["sterk"] >= 0.8
    assert coverage["zwak"] <= 0.4


def test_every_conversation_type_of_the_learning_line_is_covered():
    seed_001_types = {
        "kennismakingsgesprek", "voortgangsgesprek", "probleemoplossend gesprek",
        "slechtnieuwsgesprek", "adviesgesprek",
    }
    covered = {s.conversation_type for s in list_scenarios()}
    assert seed_001_types <= covered
    assert covered <= set(catalog().types)


def test_at_least_fourteen_scenarios_over_all_years():
    scenarios = list_scenarios()
    assert len(scenarios) >= 14
    assert {s.year for s in scenarios} == {1, 2, 3, 4}
