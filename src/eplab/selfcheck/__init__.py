"""Self-check questions with immediate feedback, for study notebooks (no nbgrader needed).

    from eplab import zelftoets
    zelftoets("jaar1-02-1")  # the question lives in content/zelftoetsen/jaar1-02.yaml

The functions below build a question from its fields; `zelftoets` reads them from a content file,
so study notebooks hold no answer key.

Each call shows the question at once and returns its view (tests answer it headless).
ipywidgets is imported only when a question is shown.
"""

from __future__ import annotations


def _show(question):
    from eplab.selfcheck.widgets import view

    return view(question).show()


def meerkeuze(vraag: str, opties: list[str], juist: int, uitleg: str | list[str] = ""):
    """One right option (`juist` counts from 0); `uitleg` is one text or one per option."""
    from eplab.selfcheck.questions import MultipleChoice

    return _show(MultipleChoice(vraag, opties, juist, uitleg))


def meerdere_antwoorden(vraag: str, opties: list[str], juist: list[int], uitleg: str | list[str] = ""):
    """Several right options (indices from 0)."""
    from eplab.selfcheck.questions import MultipleAnswers

    return _show(MultipleAnswers(vraag, opties, juist, uitleg))


def volgorde(vraag: str, stappen: list[str], uitleg: str = ""):
    """Steps given in the right order; the student sees them shuffled and sorts them."""
    from eplab.selfcheck.questions import Ordering

    return _show(Ordering(vraag, stappen, uitleg))


def indelen(vraag: str, items: dict[str, str], uitleg: str | dict[str, str] = "",
            categorieen: list[str] | None = None):
    """Sort each item (a sentence) into a category; categories default to the distinct values."""
    from eplab.selfcheck.questions import Classification

    return _show(Classification(vraag, items, uitleg, categorieen))


def zelftoets(vraag_id: str):
    """Show the self-check question `vraag_id` from content/zelftoetsen (see eplab.selfcheck.bank)."""
    from eplab.selfcheck import bank

    fields = bank.spec(vraag_id)
    kind = fields.pop("soort")
    if kind not in bank.KINDS:
        raise bank.UnknownQuestion(f"{vraag_id}: onbekende soort vraag ‘{kind}’.")
    return globals()[kind](**fields)
