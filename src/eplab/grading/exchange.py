"""Keep lecturers' role-play logs out of everything that goes to students.

nbgrader_config.py adds LOG_PATTERNS to `CourseDirectory.ignore`, which generate_assignment,
release_assignment, fetch_assignment and autograde all honour: a log lying in source/ or
release/ is never shipped and never copied over a student's own log. nbgrader's submit and
collect honour the same list, but a hand-in must keep its log, so these two exchange steps copy
with the list minus the log patterns (wired with `c.ExchangeFactory.submit/collect`).
"""

from __future__ import annotations

from nbgrader.exchange.default import ExchangeCollect, ExchangeSubmit

LOG_PATTERNS = ["*.rollenspel.jsonl*"]


class _KeepLogs:
    """An exchange step that copies role-play logs although the course ignores them."""

    def do_copy(self, src, dest, log=None):
        ignored = list(self.coursedir.ignore)
        self.coursedir.ignore = [p for p in ignored if p not in LOG_PATTERNS]
        try:
            return super().do_copy(src, dest)
        finally:
            self.coursedir.ignore = ignored


class SubmitWithLogs(_KeepLogs, ExchangeSubmit):
    """`nbgrader submit` that hands in the student's role-play log with the notebook."""


class CollectWithLogs(_KeepLogs, ExchangeCollect):
    """`nbgrader collect` that keeps each student's role-play log."""
