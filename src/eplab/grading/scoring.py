"""Scores for nbgrader's hidden test cells, with partial credit.

nbgrader gives partial credit when a grade cell's last expression is a number between 0 and the
cell's points: end the hidden test with one of these functions. They never raise: an answer
they cannot compare scores 0 (the visible form check has already told the student why).
"""

from __future__ import annotations

from collections.abc import Sequence

from eplab.grading.checks import as_number, normalise


def _points(fraction: float, points: float) -> float:
    fraction = min(1.0, max(0.0, fraction))
    return round(fraction * points, 2)


def same(answer: object, expected: object) -> bool:
    """True when an answer equals `expected`: text with case and spaces ignored, numbers as numbers."""
    try:
        if isinstance(expected, str):
            return isinstance(answer, str) and normalise(answer) == normalise(expected)
        return as_number(answer) is not None and as_number(answer) == as_number(expected)
    except Exception:
        return False


def score_equal(answer: object, expected: object, points: float = 1) -> float:
    """All points when the answer equals `expected` (text: case and spaces ignored), else 0."""
    return _points(1.0 if same(answer, expected) else 0.0, points)


def score_parts(parts: Sequence[bool], points: float) -> float:
    """Points in proportion to the parts that are right."""
    try:
        parts = [bool(p) for p in parts]
    except Exception:
        return 0.0
    return _points(sum(parts) / len(parts), points) if parts else 0.0


def score_labels(answer: object, expected: Sequence[str], points: float) -> float:
    """Points in proportion to the positions where the label is right (a classification)."""
    if not isinstance(answer, (list, tuple)) or len(answer) != len(expected):
        return 0.0
    hits = sum(same(a, e) for a, e in zip(answer, expected, strict=True))
    return _points(hits / len(expected), points)


def score_selection(answer: object, expected: Sequence[str], points: float) -> float:
    """'Which of these …?': (right picks − wrong picks) / number of right answers, at least 0."""
    if not isinstance(answer, (list, tuple)) or not expected:
        return 0.0
    picked = {normalise(a) for a in answer if isinstance(a, str)}
    right = {normalise(e) for e in expected}
    return _points((len(picked & right) - len(picked - right)) / len(right), points)


def order_distance(answer: Sequence[str], expected: Sequence[str]) -> int | None:
    """The number of neighbour swaps that turn `answer` into `expected` (Kendall distance)."""
    try:
        rank = {normalise(item): i for i, item in enumerate(expected)}
        ranks = [rank[normalise(item)] for item in answer]
    except (KeyError, TypeError):
        return None
    if len(ranks) != len(expected) or len(set(ranks)) != len(ranks):
        return None
    return sum(1 for i in range(len(ranks)) for j in range(i + 1, len(ranks)) if ranks[i] > ranks[j])


def score_order(answer: object, expected: Sequence[str], points: float) -> float:
    """All points for the right order; one point-share less for every neighbour swap needed.

    With n items, each swap costs 1/(n-1) of the points: one pair swapped in six phases keeps
    80 %, a random order keeps nothing.
    """
    if not isinstance(answer, (list, tuple)) or len(expected) < 2:
        return 0.0
    distance = order_distance(answer, expected)
    if distance is None:
        return 0.0
    return _points(1 - distance / (len(expected) - 1), points)


def score_number(answer: object, expected: float, points: float, tolerance: float = 0.01) -> float:
    """All points when the answer lies within `tolerance` of `expected`, else 0."""
    value = as_number(answer)
    if value is None:
        return 0.0
    return _points(1.0 if abs(value - float(expected)) <= tolerance + 1e-9 else 0.0, points)
