"""Helpers for nbgrader test cells: form checks, partial-credit scores and role-play evidence.

Visible test cells check the form of an answer and explain in Dutch what is wrong
(`check_letter(antwoord_2a)`); hidden test cells end in a score (`score_equal(...)`), which
nbgrader reads as partial credit. `rollenspel_bewijs` turns a saved role-play into points for
having completed it and shows a static summary. Pure Python at import: the role-play core is
loaded only when evidence is read.
"""

from eplab.grading.checks import (
    AnswerError,
    check_choice,
    check_labels,
    check_letter,
    check_number,
    check_order,
    check_selection,
    check_truth,
    form_ok,
)
from eplab.grading.evidence import check_rollenspel, read_evidence, rollenspel_bewijs
from eplab.grading.scoring import (
    same,
    score_equal,
    score_labels,
    score_number,
    score_order,
    score_parts,
    score_selection,
)

__all__ = [
    "AnswerError",
    "check_choice",
    "check_labels",
    "check_letter",
    "check_number",
    "check_order",
    "check_rollenspel",
    "check_selection",
    "check_truth",
    "form_ok",
    "read_evidence",
    "rollenspel_bewijs",
    "same",
    "score_equal",
    "score_labels",
    "score_number",
    "score_order",
    "score_parts",
    "score_selection",
]
