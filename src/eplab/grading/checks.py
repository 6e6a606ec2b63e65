"""Form checks for nbgrader's visible test cells.

Each check looks only at the *form* of an answer (a letter, a list of labels, an ordering, a
number), never at whether it is right: that is the hidden tests' job. A wrong form raises
`AnswerError` (an AssertionError, so nbgrader scores the cell 0) with one Dutch sentence that says
what is wrong and how to mend it. In a notebook the sentence is shown without a traceback.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Sequence

from eplab.grading import text
from eplab.grading._display import short_errors


class AnswerError(AssertionError):
    """An answer of the wrong form; str() is one Dutch sentence."""


def _fail(message: str) -> None:
    short_errors()
    raise AnswerError(message)


def normalise(value: object) -> object:
    """The comparable form of an answer: text stripped, lower case, single spaces; numbers as float."""
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    number = as_number(value)
    return number if number is not None else value


def join_options(options: Iterable[object], quote: bool = False) -> str:
    """'A, B, C of D' (Dutch list)."""
    shown = [f'"{o}"' if quote and isinstance(o, str) else f"{o:g}" if as_number(o) is not None else str(o)
             for o in options]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " of " + shown[-1]


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_many(value: object) -> bool:
    """A list, tuple, set, pandas object or array: several values where one is asked."""
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return True
    kind = type(value).__name__
    return kind in {"Series", "DataFrame", "ndarray", "Index", "Categorical"} or (
        hasattr(value, "__len__") and hasattr(value, "shape") and not isinstance(value, str)
    )


def _check_answered(value: object) -> None:
    if value is Ellipsis or (isinstance(value, (list, tuple)) and Ellipsis in value):
        _fail(text.NOT_ANSWERED)


def check_letter(answer: object, options: Sequence[str] | str = "ABCD") -> None:
    """One letter from `options` (case and spaces do not matter)."""
    letters = [str(o).upper() for o in options]
    _check_answered(answer)
    if not _is_text(answer):
        if _is_many(answer):
            _fail(text.LETTER.format(options=join_options(letters)))
        _fail(text.LETTER_QUOTES.format(example=letters[0]))
    if answer.strip().upper() not in letters:
        _fail(text.LETTER.format(options=join_options(letters)))


def check_choice(answer: object, options: Sequence[str]) -> None:
    """One answer (a word or short phrase) from `options`."""
    _check_answered(answer)
    allowed = {normalise(o) for o in options}
    if not _is_text(answer):
        if _is_many(answer):
            _fail(text.CHOICE.format(options=join_options(options, quote=True)))
        _fail(text.CHOICE_TYPE.format(example=options[0]))
    if normalise(answer) not in allowed:
        _fail(text.CHOICE.format(options=join_options(options, quote=True)))


def _check_list(answer: object, options: Sequence, example: str) -> list:
    _check_answered(answer)
    if not isinstance(answer, (list, tuple)):
        _fail(text.LIST_TYPE.format(example=example))
    allowed = {normalise(o) for o in options}
    numbers_asked = all(as_number(o) is not None for o in options)
    for item in answer:
        if numbers_asked and as_number(item) is None:
            _fail(text.ITEM_NUMBER.format(item=repr(item)))
        if not numbers_asked and not _is_text(item):
            _fail(text.ITEM_TYPE.format(item=repr(item)))
        if normalise(item) not in allowed:
            shown = f"'{item}'" if isinstance(item, str) else repr(item)
            _fail(text.ITEM_UNKNOWN.format(item=shown, options=join_options(options, quote=True)))
    return [normalise(item) for item in answer]


def _example(options: Sequence, count: int) -> str:
    picked = [options[i % len(options)] for i in range(max(1, min(count, 3)))]
    inner = ", ".join(f'"{p}"' if isinstance(p, str) else str(p) for p in picked)
    return f"[{inner}{', ...' if count > 3 else ''}]"


def check_labels(answer: object, options: Sequence, count: int | None = None) -> None:
    """A list with one label per item (labels may repeat), each from `options`.

    Options are texts (answers in quotes) or numbers (for example cell numbers 1 to 12).
    """
    _check_list(answer, options, _example(options, count or 2))
    if count is not None and len(answer) != count:
        _fail(text.LIST_COUNT.format(count=count, given=len(answer)))


def check_selection(
    answer: object, options: Sequence[str], minimum: int = 1, maximum: int | None = None
) -> None:
    """A list of distinct answers chosen from `options` ('which of these ...?')."""
    given = _check_list(answer, options, _example(options, 1))
    seen: set[object] = set()
    for raw, item in zip(answer, given, strict=True):
        if item in seen:
            _fail(text.ITEM_TWICE.format(item=raw))
        seen.add(item)
    if len(given) < minimum:
        _fail(text.LIST_MIN.format(count=minimum, given=len(given)))
    if maximum is not None and len(given) > maximum:
        _fail(text.LIST_MAX.format(count=maximum, given=len(given)))


def check_order(answer: object, items: Sequence[str]) -> None:
    """A list that holds every one of `items` exactly once (a permutation)."""
    given = _check_list(answer, items, _example(items, len(items)))
    for raw, item in zip(answer, given, strict=True):
        if given.count(item) > 1:
            _fail(text.ITEM_TWICE.format(item=raw))
    for item in items:
        if normalise(item) not in given:
            _fail(text.ORDER_MISSING.format(item=item, count=len(items)))


def as_number(answer: object) -> float | None:
    """The answer as a float when it is one number (not a bool, not NaN); else None."""
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
        return None
    try:
        value = float(answer)
    except (TypeError, ValueError, OverflowError):
        return None
    return None if value != value else value


def check_number(
    answer: object, minimum: float | None = None, maximum: float | None = None
) -> None:
    """One number (an int, a float or a numpy number), optionally within [minimum, maximum]."""
    _check_answered(answer)
    if _is_text(answer):
        _fail(text.NUMBER_TEXT.format(value=answer.strip()))
    if _is_many(answer):
        _fail(text.NUMBER_MANY)
    if type(answer).__name__ in {"NAType", "NaTType"}:
        _fail(text.NUMBER_NAN)
    if isinstance(answer, numbers.Real) and not isinstance(answer, bool):
        value = float(answer)
        if value != value:
            _fail(text.NUMBER_NAN)
    else:
        _fail(text.NUMBER)
    low = minimum if minimum is not None else float("-inf")
    high = maximum if maximum is not None else float("inf")
    if not low <= value <= high:
        _fail(text.NUMBER_RANGE.format(low=_fmt(minimum), high=_fmt(maximum)))


def form_ok() -> None:
    """Tell the student the form is right (the hidden tests decide whether it is correct)."""
    print(text.FORM_OK)


def check_truth(answer: object) -> None:
    """True or False."""
    _check_answered(answer)
    if not isinstance(answer, bool) and type(answer).__name__ != "bool_":
        _fail(text.TRUTH)


def _fmt(number: float | None) -> str:
    if number is None:
        return "?"
    return f"{number:g}"
