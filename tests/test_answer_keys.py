"""Answer keys read as a lecturer reads them: what a key accepts, and that a hand-in without
answers earns no automatic points."""

from __future__ import annotations

import ast

import pytest
from nbclient import NotebookClient
from nbgrader.utils import determine_grade

from tests.nbgrader_tools import assignment_ids, nbmeta, read, regions, source_notebook


def hidden_score(assignment: str, grade_id: str, answers: dict) -> float:
    """Run the hidden test of one grade cell on the given answers; return its last expression."""
    cell = next(c for c in read(source_notebook(assignment)).cells
                if nbmeta(c).get("grade_id") == grade_id)
    code = ast.parse("\n".join(regions(cell.source, "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")))
    last = ast.Expression(code.body.pop().value)
    namespace = dict(answers)
    exec(compile(code, grade_id, "exec"), namespace)  # noqa: S102 - our own answer key
    return eval(compile(last, grade_id, "eval"), namespace)  # noqa: S307


OPENING = ["de ouders welkom heten", "de aanleiding tot het gesprek bespreken",
           "het slechte nieuws in duidelijke, concrete woorden brengen",
           "ruimte geven om het nieuws te verwerken en te reageren"]
PARAFRASE, GEVOEL = "de reactie van de ouders parafraseren", "het gevoel reflecteren"
UITLEG = "uitleggen hoe de rest van het gesprek verloopt"


@pytest.mark.parametrize("middle", [[PARAFRASE, GEVOEL], [GEVOEL, PARAFRASE]])
def test_slechtnieuws_accepts_paraphrase_and_feeling_in_either_order(middle):
    answer = OPENING + middle + [UITLEG]
    assert hidden_score("jaar3_slechtnieuwsgesprek", "toets_2", {"antwoord_2": answer}) == 3


def test_slechtnieuws_order_keeps_partial_credit():
    swapped = [OPENING[1], OPENING[0], *OPENING[2:], PARAFRASE, GEVOEL, UITLEG]
    score = hidden_score("jaar3_slechtnieuwsgesprek", "toets_2", {"antwoord_2": swapped})
    assert 0 < score < 3
    reversed_order = list(reversed(OPENING + [PARAFRASE, GEVOEL, UITLEG]))
    assert hidden_score("jaar3_slechtnieuwsgesprek", "toets_2", {"antwoord_2": reversed_order}) == 0


def without_solutions(source: str) -> str:
    """A solution cell as the student receives it: the `antwoord_N = ...` lines, no solution."""
    kept, inside = [], False
    for line in source.splitlines():
        if "### BEGIN SOLUTION" in line:
            inside = True
        elif "### END SOLUTION" in line:
            inside = False
        elif not inside:
            kept.append(line)
    return "\n".join(kept)


@pytest.mark.parametrize("assignment", assignment_ids())
def test_an_empty_hand_in_earns_no_automatic_points(assignment, tmp_path):
    """The source notebook with its hidden tests but without its solutions (a hand-in in which
    nothing was filled in, and no role-play played), run as autograde runs it: every test cell
    scores 0."""
    nb = read(source_notebook(assignment))
    for cell in nb.cells:
        if nbmeta(cell).get("solution") and cell.cell_type == "code":
            cell.source = without_solutions(cell.source)
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    graded = [c for c in nb.cells if c.cell_type == "code" and nbmeta(c).get("grade")]
    assert graded
    scores = {nbmeta(c)["grade_id"]: determine_grade(c)[0] for c in graded}
    assert all(score == 0 for score in scores.values()), scores
