"""`eplab nakijken`: grade the hand-ins of one assignment, sandboxed, sequentially or in parallel.

Each hand-in is graded by nbgrader's own AutogradeApp (in this process, or in a worker of a process
pool with `-j N`), with eplab's SandboxedScoring in place of nbgrader's Execute. Gradebook writes of
parallel workers wait for each other (SQLite's busy timeout) instead of failing with "database is
locked". What happened to each hand-in is written to nakijkstatus.csv and summarised in Dutch.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from multiprocessing import get_context
from pathlib import Path

from eplab.grading import text
from eplab.grading.runner import skip_iri_grammar

BUSY_TIMEOUT_MS = 600_000
LOG_FILE = "nakijken.log"  # nbgrader's messages per hand-in, for the lecturer who wants detail


@dataclass
class Row:
    """The outcome of one notebook of one hand-in, as the lecturer sees it."""

    student: str
    assignment: str
    status: str
    cells: str = ""

    @property
    def description(self) -> str:
        what = text.STATUS.get(self.status, self.status)
        return what + (text.STATUS_CELLS.format(cells=self.cells) if self.cells else "")


def submitted_students(course: Path, assignment: str, only: str | None = None) -> list[str]:
    folder = course / "submitted"
    if not folder.is_dir():
        return []
    found = sorted(p.name for p in folder.iterdir() if (p / assignment).is_dir())
    return [s for s in found if only is None or s == only]


def unreadable(folder: Path) -> str | None:
    """'geen_utf8' or 'geen_json' when a submitted notebook cannot be read; else None."""
    for path in sorted(folder.glob("*.ipynb")):
        raw = path.read_bytes()
        try:
            content = raw.decode("utf-8")
        except UnicodeDecodeError:
            return "geen_utf8"
        try:
            data = json.loads(content)
        except ValueError:
            return "geen_json"
        if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
            return "geen_json"
    return None


def _wait_for_gradebook() -> None:
    """Let every SQLite connection of this process wait for a busy gradebook."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    if getattr(_wait_for_gradebook, "done", False):
        return

    @event.listens_for(Engine, "connect")
    def _busy(connection, _record):  # pragma: no cover - called by SQLAlchemy
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    _wait_for_gradebook.done = True


def grade_one(course: str, assignment: str, student: str, sandbox: bool) -> list[dict]:
    """Autograde one hand-in with nbgrader in this process; the outcomes as dicts."""
    skip_iri_grammar()
    from nbgrader.apps import AutogradeApp

    from eplab.grading import autograde

    os.chdir(course)
    _wait_for_gradebook()
    folder = Path(course) / "submitted" / student / assignment
    broken = unreadable(folder)
    autograde.OUTCOMES.clear()
    argv = [assignment, f"--student={student}", "--force", "--log-level=WARN"]
    if not sandbox:
        argv.append("--SandboxedScoring.sandbox=False")
    log = io.StringIO()
    try:
        with contextlib.redirect_stderr(log):
            AutogradeApp.launch_instance(argv)
    except SystemExit:
        pass
    except Exception as exc:  # nbgrader failed for this hand-in; the batch goes on
        log.write(f"{type(exc).__name__}: {exc}\n")
    finally:
        AutogradeApp.clear_instance()
    with open(Path(course) / LOG_FILE, "a", encoding="utf-8") as handle:
        handle.write(f"== {student} / {assignment} ==\n{log.getvalue()}")
    rows = [Row(o.student, o.assignment, o.status, ", ".join(o.cells))
            for o in autograde.OUTCOMES]
    if broken:
        rows = [Row(student, assignment, broken)]
    elif not rows:
        rows = [Row(student, assignment, "mislukt")]
    return [asdict(r) for r in rows]


def _left(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


def grade_all(course: Path, assignment: str, students: list[str], jobs: int = 1,
              sandbox: bool = True, progress: Callable[[str], None] | None = None) -> list[Row]:
    """Grade every hand-in; the outcomes in the order of `students`."""
    start, results = time.perf_counter(), {}

    def report(done: int) -> None:
        if progress:
            spent = time.perf_counter() - start
            left = spent / done * (len(students) - done) if done else 0
            progress(text.GRADE_PROGRESS.format(done=done, total=len(students), left=_left(left)))

    report(0)
    if jobs <= 1:
        for student in students:
            results[student] = grade_one(str(course), assignment, student, sandbox)
            report(len(results))
    else:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
            futures = {pool.submit(grade_one, str(course), assignment, s, sandbox): s
                       for s in students}
            for future in as_completed(futures):
                try:
                    results[futures[future]] = future.result()
                except Exception:  # a worker that died: the batch goes on
                    results[futures[future]] = [asdict(Row(futures[future], assignment, "mislukt"))]
                report(len(results))
    return [Row(**row) for s in students for row in results[s]]


def read_status(path: Path) -> dict[tuple[str, str], str]:
    """(student, assignment) -> the Dutch status text, from nakijkstatus.csv."""
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {(r["student_id"], r["opdracht"]): r["status"] for r in csv.DictReader(handle)}


def write_status(path: Path, rows: list[Row]) -> None:
    """Merge this run's outcomes into nakijkstatus.csv (one row per hand-in)."""
    merged = read_status(path)
    for row in rows:
        merged.pop((row.student, row.assignment), None)
    for row in rows:
        key = (row.student, row.assignment)
        merged[key] = (merged[key] + "; " if key in merged else "") + row.description
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["student_id", "opdracht", "status"])
        for (student, assignment), status in sorted(merged.items()):
            writer.writerow([student, assignment, status])


def summary(assignment: str, rows: list[Row], status_file: str) -> str:
    problems = [r for r in rows if r.status != "nagekeken"]
    students = {r.student for r in rows}
    ok = len(students - {r.student for r in problems})
    lines = [text.GRADE_SUMMARY.format(assignment=assignment, total=len(students), ok=ok)]
    if problems:
        lines.append(text.GRADE_SUMMARY_PROBLEMS.format(file=status_file))
        lines += [text.GRADE_SUMMARY_ROW.format(student=r.student, assignment=r.assignment,
                                                what=r.description) for r in problems]
    return "\n".join(lines)


def stderr_progress(line: str) -> None:
    sys.stderr.write(line)
    sys.stderr.flush()
