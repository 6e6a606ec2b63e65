"""Keep lecturers' role-play logs out of everything that goes to students.

A log lying in source/ or release/ (a lecturer's trial play, a hand-copied file) must never be
shipped. `nbgrader_config.py` drops `LOG_PATTERNS` in `nbgrader generate_assignment` (through
`CourseDirectory.ignore`, only for that command: autograde and collect use the same list for the
students' own files, whose logs must stay) and in every `release_assignment` (this exchange
step, wired with `c.ExchangeFactory.release_assignment`); `eplab uitdelen` drops them from the
LMS zip.
"""

from __future__ import annotations

from nbgrader.exchange.default import ExchangeReleaseAssignment

LOG_PATTERNS = ["*.rollenspel.jsonl*"]
SHIPPING_COMMANDS = ("generate_assignment", "assign")


class ReleaseWithoutLogs(ExchangeReleaseAssignment):
    """`nbgrader release_assignment` (also from the formgrader) that never ships a role-play log."""

    def do_copy(self, src, dest, log=None):
        ignored = list(self.coursedir.ignore)
        self.coursedir.ignore = [*ignored, *(p for p in LOG_PATTERNS if p not in ignored)]
        try:
            return super().do_copy(src, dest)
        finally:
            self.coursedir.ignore = ignored
