"""The best option cannot be learned as a pattern: not by its position, not by its length."""

from __future__ import annotations

import pytest

from tests.scenario_balance import library_turns, position_table


@pytest.fixture(scope="module")
def turns():
    return library_turns()


def test_the_best_option_sits_in_each_position_about_as_often_as_chance(turns):
    for position, (observed, expected) in position_table(turns).items():
        assert abs(observed - expected) <= max(4, 0.3 * expected), (
            f"position {position}: the best option sits there {observed}x, chance says {expected:.1f}")


def test_the_best_option_is_seldom_the_longest(turns):
    longest = sum(t.longest for t in turns)
    assert longest <= len(turns) / 3, f"the best option is the longest in {longest} of {len(turns)} turns"


def test_no_scenario_puts_most_best_options_in_one_position(turns):
    for sid in {t.scenario for t in turns}:
        own = [t.position for t in turns if t.scenario == sid]
        top = max(own.count(p) for p in set(own))
        assert top <= len(own) / 2, f"{sid}: {own}"
