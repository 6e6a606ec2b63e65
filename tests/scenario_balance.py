"""Is the best option learnable as a pattern? Position and length of the options on the strong path.

The strong example path (`voorbeeldpaden: sterk`) picks the best option at every turn. Over the
library the best option should sit in each position about as often as chance predicts, and it
should seldom be the longest option of its turn (students learn "pick the longest" too).
Used by tests/test_scenario_balance.py and by authors: `python -m tests.scenario_balance`.
"""

from __future__ import annotations

from dataclasses import dataclass

from eplab.roleplay import Session
from eplab.roleplay.loader import list_scenarios


@dataclass(frozen=True)
class Turn:
    scenario: str
    node: str
    position: int  # 1-based among the options open at that turn, in file order
    open_count: int
    longest: bool  # the best option is strictly the longest open option


def strong_turns(scenario) -> list[Turn]:
    session = Session(scenario, record=False)
    turns = []
    for number in scenario.example_paths.get("sterk", []):
        shown = session.options()
        index, best = shown[number - 1]
        others = [len(opt.text) for i, opt in shown if i != index]
        turns.append(Turn(scenario.id, session.node.id, number, len(shown),
                          bool(others) and len(best.text) > max(others)))
        session.choose(index)
    return turns


def position_table(turns: list[Turn]) -> dict[int, tuple[int, float]]:
    """position -> (observed, expected by chance)."""
    table = {}
    for position in range(1, 1 + max(t.open_count for t in turns)):
        observed = sum(t.position == position for t in turns)
        expected = sum(1 / t.open_count for t in turns if position <= t.open_count)
        table[position] = (observed, expected)
    return table


def library_turns() -> list[Turn]:
    return [turn for scenario in list_scenarios() for turn in strong_turns(scenario)]


if __name__ == "__main__":  # pragma: no cover
    turns = library_turns()
    for sid in sorted({t.scenario for t in turns}):
        own = [t for t in turns if t.scenario == sid]
        positions = [t.position for t in own]
        print(f"{sid:28} posities {positions}  langste {sum(t.longest for t in own)}/{len(own)}")
    for position, (observed, expected) in position_table(turns).items():
        print(f"positie {position}: {observed} keer beste optie (kans: {expected:.1f})")
    print(f"beste optie is de langste: {sum(t.longest for t in turns)}/{len(turns)}")
