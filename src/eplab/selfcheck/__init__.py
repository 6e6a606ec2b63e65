"""Self-check questions with immediate feedback, for study notebooks (no nbgrader needed).

    from eplab.selfcheck import meerkeuze, meerdere_antwoorden, volgorde, indelen
    meerkeuze("Welke vraag is open?", opties=[...], juist=1, uitleg="...")

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
