"""Plausibility signals of a role-play log, for the lecturer's eye only (never scored).

A scripted log (every choice in the same second, another student's name, a log written for an
older version of the scenario) still counts as played; these signals make a lecturer look twice.
Pure: events in, Dutch lines out.
"""

from __future__ import annotations

import hashlib
import statistics
from datetime import datetime, timedelta
from pathlib import Path

from eplab.grading import text

MIN_MEDIAN_SECONDS = 3.0


def scenario_version(path: Path) -> str:
    """The version a log records (LOG-CONTRACT): the first 12 hex of sha256 of the file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


def _moment(event: dict) -> datetime | None:
    try:
        return datetime.fromisoformat(str(event["time"]))
    except (KeyError, TypeError, ValueError):
        return None


def _seconds(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def timing(events: list[dict], min_median: float = MIN_MEDIAN_SECONDS) -> list[str]:
    """All choices within one second, or a median time per choice under `min_median` seconds."""
    moments = [_moment(e) for e in events if e.get("event") in ("start", "choose")]
    choices = [e for e in events if e.get("event") == "choose"]
    if len(choices) < 2 or any(m is None for m in moments):
        return []
    chosen = [_moment(e) for e in choices]
    try:
        gaps = [(b - a).total_seconds() for a, b in zip(moments, moments[1:], strict=False)]
        same_second = max(chosen) - min(chosen) < timedelta(seconds=1)
    except TypeError:  # a time with and one without an offset
        return []
    if same_second:
        return [text.PLAUS_SAME_SECOND.format(count=len(choices))]
    median = statistics.median(gaps)
    if median < min_median:
        return [text.PLAUS_FAST.format(median=_seconds(median), count=len(choices),
                                       limit=_seconds(min_median))]
    return []


def identity(events: list[dict], handin_student: str | None) -> list[str]:
    """The student named in the log against the student whose hand-in it is."""
    start = next((e for e in events if e.get("event") == "start"), {})
    named = str(start.get("student") or "")
    if not named:
        return [text.PLAUS_NO_NAME]
    # on a laptop the log holds the computer's user name, not the student number: compare like
    # with like (two numbers, or two hub user names)
    if handin_student and named != handin_student and named.isdigit() == handin_student.isdigit():
        return [text.PLAUS_OTHER_NAME.format(named=named, student=handin_student)]
    return []


def version(events: list[dict], current: str | None) -> list[str]:
    """The scenario version in the log against the current scenario file."""
    start = next((e for e in events if e.get("event") == "start"), {})
    recorded = start.get("scenario_versie")
    if not recorded:
        return [text.PLAUS_NO_VERSION]
    if current and recorded != current:
        return [text.PLAUS_OTHER_VERSION.format(recorded=recorded, current=current)]
    return []


def signals(events: list[dict], *, handin_student: str | None = None,
            current_version: str | None = None,
            min_median: float = MIN_MEDIAN_SECONDS) -> list[str]:
    """Every signal worth a second look, as Dutch lines; [] when nothing stands out."""
    return (timing(events, min_median) + identity(events, handin_student)
            + version(events, current_version))
