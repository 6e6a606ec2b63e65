"""Self-check questions as plain objects: what the right answer is and what to say about a try.

No widgets here: `eplab.selfcheck.widgets` draws these, tests check them headless.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from eplab.selfcheck import text as t


@dataclass
class Result:
    correct: bool
    score: float
    message: str
    explanation: str = ""

    @property
    def feedback(self) -> str:
        return " ".join(part for part in (self.message, self.explanation) if part)


def _explanations(uitleg: str | list[str], n: int) -> tuple[str, list[str] | None]:
    if isinstance(uitleg, str):
        return uitleg, None
    if len(uitleg) != n:
        raise ValueError(t.BAD_EXPLANATIONS.format(n=n))
    return "", list(uitleg)


def _check_index(value: int, n: int) -> None:
    if not 0 <= value < n:
        raise ValueError(t.BAD_INDEX.format(value=value, last=n - 1))


def _quote(items) -> str:
    return ", ".join(f"‘{item}’" for item in items)


@dataclass
class Question:
    """Counts tries: after the second wrong try the general explanation is shown as well."""

    vraag: str
    tries: int = field(default=0, init=False)

    def _wrong(self, message: str, explanation: str, solution: str, score: float = 0.0) -> Result:
        if self.tries >= 2:
            return Result(False, score, f"{t.NOT_YET} {message}".strip(),
                          " ".join(p for p in (explanation, solution) if p))
        hint = t.EXPLAIN_AFTER if explanation else ""
        return Result(False, score, f"{t.NOT_YET} {message} {t.TRY_AGAIN}".strip(), hint)


class MultipleChoice(Question):
    def __init__(self, vraag: str, opties: list[str], juist: int, uitleg: str | list[str] = ""):
        super().__init__(vraag)
        if len(opties) < 2:
            raise ValueError(t.TOO_FEW_OPTIONS)
        _check_index(juist, len(opties))
        self.opties, self.juist = list(opties), juist
        self.general, self.per_option = _explanations(uitleg, len(opties))

    def check(self, choice: int | None) -> Result:
        if choice is None:
            return Result(False, 0.0, t.NO_ANSWER)
        _check_index(choice, len(self.opties))
        self.tries += 1
        own = self.per_option[choice] if self.per_option else ""
        if choice == self.juist:
            return Result(True, 1.0, t.RIGHT, " ".join(p for p in (own, self.general) if p))
        result = self._wrong("", self.general,
                             t.RIGHT_ANSWER.format(answer=_quote([self.opties[self.juist]])))
        if own:  # a per-option explanation says why this choice falls short, at once
            result.explanation = " ".join(p for p in (own, result.explanation) if p)
        return result


class MultipleAnswers(Question):
    def __init__(self, vraag: str, opties: list[str], juist: list[int], uitleg: str | list[str] = ""):
        super().__init__(vraag)
        if len(opties) < 2:
            raise ValueError(t.TOO_FEW_OPTIONS)
        for index in juist:
            _check_index(index, len(opties))
        self.opties, self.juist = list(opties), set(juist)
        self.general, self.per_option = _explanations(uitleg, len(opties))

    def check(self, chosen: set[int] | list[int]) -> Result:
        chosen = set(chosen)
        if not chosen:
            return Result(False, 0.0, t.NO_ANSWER)
        self.tries += 1
        right = len(self.opties) - len(chosen ^ self.juist)
        score = right / len(self.opties)
        reasons = [self.per_option[i] for i in sorted(chosen ^ self.juist)] if self.per_option else []
        if chosen == self.juist:
            own = [self.per_option[i] for i in sorted(chosen)] if self.per_option else []
            return Result(True, 1.0, t.RIGHT, " ".join(own + [self.general]).strip())
        parts = [t.PARTLY.format(right=right, total=len(self.opties))]
        if extra := chosen - self.juist:
            parts.append(t.TOO_MANY.format(items=_quote(self.opties[i] for i in sorted(extra))))
        solution = t.RIGHT_ANSWER.format(answer=_quote(self.opties[i] for i in sorted(self.juist)))
        result = self._wrong(" ".join(parts), self.general, solution, score)
        result.explanation = " ".join(reasons + [result.explanation]).strip()
        return result


def mixed(items: list[str], seed: str) -> list[str]:
    """The items in another order, the same every time the notebook runs (never the given one)."""
    order = list(items)
    if len(set(order)) < 2:
        return order
    rng = random.Random(seed)
    while order == items:
        rng.shuffle(order)
    return order


class Ordering(Question):
    def __init__(self, vraag: str, stappen: list[str], uitleg: str = ""):
        super().__init__(vraag)
        if len(stappen) < 2:
            raise ValueError(t.TOO_FEW_OPTIONS)
        self.stappen, self.general = list(stappen), uitleg
        self.shuffled = mixed(self.stappen, self.vraag)

    def check(self, order: list[str]) -> Result:
        self.tries += 1
        wrong = [step for step, want in zip(order, self.stappen, strict=True) if step != want]
        score = 1 - len(wrong) / len(self.stappen)
        if not wrong:
            return Result(True, 1.0, t.RIGHT, self.general)
        solution = t.RIGHT_ANSWER.format(answer=" → ".join(self.stappen))
        return self._wrong(t.WRONG_POSITIONS.format(steps=_quote(wrong)), self.general, solution, score)


class Classification(Question):
    def __init__(self, vraag: str, items: dict[str, str], uitleg: str | dict[str, str] = "",
                 categorieen: list[str] | None = None):
        super().__init__(vraag)
        self.items = dict(items)
        self.categorieen = list(categorieen or dict.fromkeys(items.values()))
        unknown = set(items.values()) - set(self.categorieen)
        if unknown or len(self.categorieen) < 2:
            raise ValueError(t.TOO_FEW_OPTIONS if not unknown else f"Onbekende categorie: {_quote(unknown)}")
        self.general = uitleg if isinstance(uitleg, str) else ""
        self.per_item = uitleg if isinstance(uitleg, dict) else {}
        # authors often list the items per category; shown in that order they give the answer away
        self.shown = mixed(list(self.items), self.vraag)

    def check(self, answers: dict[str, str | None]) -> Result:
        missing = [item for item in self.items if not answers.get(item)]
        if len(missing) == len(self.items):
            return Result(False, 0.0, t.NO_ANSWER)
        if missing:
            return Result(False, 0.0, t.MISSING_CHOICES.format(n=len(missing)))
        self.tries += 1
        wrong = [item for item, want in self.items.items() if answers[item] != want]
        score = 1 - len(wrong) / len(self.items)
        if not wrong:
            return Result(True, 1.0, t.RIGHT, self.general or " ".join(self.per_item.values()))
        reasons = [self.per_item[item] for item in wrong if item in self.per_item]
        solution = t.RIGHT_ANSWER.format(
            answer="; ".join(f"‘{item}’ → {cat}" for item, cat in self.items.items()))
        parts = [t.PARTLY.format(right=len(self.items) - len(wrong), total=len(self.items)),
                 t.WRONG_ITEMS.format(items=_quote(wrong))]
        result = self._wrong(" ".join(parts), self.general, solution, score)
        result.explanation = " ".join(reasons + [result.explanation]).strip()
        return result
