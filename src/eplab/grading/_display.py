"""Showing grading output in a notebook: short errors and static summaries.

No IPython import at module level: outside a kernel everything falls back to plain text.
"""

from __future__ import annotations

import contextlib

# The mark of an output meant for the lecturer only (autograded/, the formgrader): the feedback
# step of nbgrader drops every output that carries it (preprocessors.HideLecturerOnly).
LECTURER_ONLY = "application/vnd.eplab.docent+json"

_installed = False
_collectors: list[list[dict]] = []


@contextlib.contextmanager
def collect():
    """Within this block, `show` appends its records to the yielded list instead of showing them
    (the grader keeps what the key shows, to write it into the graded notebook)."""
    records: list[dict] = []
    _collectors.append(records)
    try:
        yield records
    finally:
        _collectors.remove(records)


def _ipython():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency of jupyter
        return None
    return get_ipython()


def short_errors() -> None:
    """In a notebook, show an AnswerError as its one Dutch sentence instead of a traceback.

    The error still counts as an error (nbgrader sees an error output and scores the cell 0);
    only the traceback wall is left out.
    """
    global _installed
    if _installed:
        return
    shell = _ipython()
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return
    from eplab.grading.checks import AnswerError

    def handler(shell, etype, value, tb, tb_offset=None):
        line = f"\x1b[0;31m{etype.__name__}\x1b[0m: {value}"
        if hasattr(shell, "_showtraceback"):
            shell._showtraceback(etype, value, [line])
        else:  # pragma: no cover - terminal IPython
            print(f"{etype.__name__}: {value}")
        return None

    shell.set_custom_exc((AnswerError,), handler)
    _installed = True


def show(plain: str, html: str | None = None, *, lecturer_only: bool = False) -> None:
    """Display a static record: HTML (with a plain-text fallback) in a kernel, text elsewhere.

    `lecturer_only` marks the record so that it never reaches a student's feedback.
    """
    record = {"text/plain": plain}
    if html is not None:
        record["text/html"] = html
    if lecturer_only:
        record[LECTURER_ONLY] = {"alleen_docent": True}
    if _collectors:
        _collectors[-1].append(record)
        return
    shell = _ipython()
    if shell is not None and (html is not None or lecturer_only):
        from IPython.display import display

        display(record, raw=True)
    else:
        print(plain)
