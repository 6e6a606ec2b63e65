"""The answer key, evaluated in the grader's own process (never in the student's kernel).

A grade cell of a source notebook holds visible form checks and, between `### BEGIN HIDDEN TESTS`
and `### END HIDDEN TESTS`, the key: Python that ends in a score expression over the student's
answer names (`score_labels(antwoord_2, [...], 4)`). `eplab nakijken` runs the visible part in the
sandboxed student kernel, which then reports the answers the key needs as JSON data; the hidden
part runs here, with those names bound to plain data (str, numbers, lists), so no object of the
student's (a patched `__eq__`, a display trick, a swallowed exception) reaches the key.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

BEGIN = "### BEGIN HIDDEN TESTS"
END = "### END HIDDEN TESTS"


def split_hidden(source: str) -> tuple[str, str]:
    """(visible code, hidden code) of a grade cell: the hidden blocks joined in order."""
    visible, hidden, inside = [], [], False
    for line in source.splitlines():
        if BEGIN in line:
            inside = True
        elif END in line:
            inside = False
        elif inside:
            hidden.append(line)
        else:
            visible.append(line)
    return "\n".join(visible), "\n".join(hidden)


def needed_names(hidden: str) -> list[str]:
    """The names the key reads but does not define itself: the student's answers."""
    try:
        tree = ast.parse(hidden)
    except SyntaxError:
        return []
    defined = set(dir(builtins))
    used: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            defined.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            defined.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, ast.arg):
            defined.add(node.arg)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id not in defined and node.id not in used:
                used.append(node.id)
    return sorted(used)


@dataclass
class KeyResult:
    """The points of one grade cell and what the key showed (plain text and HTML records)."""

    score: float
    printed: str = ""
    records: list[dict] = field(default_factory=list)
    error: str = ""


@contextlib.contextmanager
def _in_folder(folder: Path | None):
    if folder is None:
        yield
        return
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def _run(code: str, names: dict) -> object:
    """Execute `code` in `names`; return the value of a final expression (None otherwise)."""
    tree = ast.parse(code)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, "<sleutel>", "exec"), names)  # noqa: S102 - the lecturer's own key
    return eval(compile(last, "<sleutel>", "eval"), names) if last is not None else None  # noqa: S307


def evaluate(hidden: str, answers: dict, max_score: float, folder: Path | None = None) -> KeyResult:
    """Score one grade cell: run the key with `answers` bound; clamp to [0, max_score].

    `folder` is a pristine copy of the hand-in (for role-play logs as submitted). Anything that
    goes wrong in the key scores 0 and is reported in `error`; this function never raises.
    """
    from eplab.grading import _display

    out = io.StringIO()
    names: dict = {"__name__": "__sleutel__", **answers}
    with _display.collect() as records, contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(io.StringIO()), _in_folder(folder):
        try:
            value = _run(hidden, names)
            error = ""
        except Exception as exc:  # a key that fails on odd data scores 0
            value, error = 0.0, f"{type(exc).__name__}: {exc}"
    score = _as_score(value, max_score)
    return KeyResult(score, out.getvalue(), list(records), error)


def _as_score(value: object, max_score: float) -> float:
    if isinstance(value, bool):
        value = float(value) * max_score
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    if number != number:
        return 0.0
    return round(min(max(number, 0.0), float(max_score)), 2)
