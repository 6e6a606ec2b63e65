"""The sidecar event log: one JSON object per line, appended and flushed at once."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

SUFFIX = ".rollenspel.jsonl"


def log_path(directory: Path, scenario_id: str) -> Path:
    return Path(directory) / f"{scenario_id}{SUFFIX}"


def default_student() -> str:
    return os.environ.get("JUPYTERHUB_USER") or os.environ.get("USER") or "student"


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class CorruptLog(Exception):
    """The log cannot be read or replayed."""


def read_events(path: Path) -> list[dict]:
    """All events of a log; CorruptLog when any line is not a JSON object with an event."""
    events = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                event = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorruptLog(f"regel {number}: {exc}") from exc
            if not isinstance(event, dict) or not isinstance(event.get("event"), str):
                raise CorruptLog(f"regel {number}: geen gebeurtenis")
            events.append(event)
    return events


def set_aside(path: Path) -> Path:
    """Keep a damaged log as a backup beside it; return the backup's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.kapot-{stamp}")
    counter = 1
    while backup.exists():
        counter += 1
        backup = path.with_name(f"{path.name}.kapot-{stamp}-{counter}")
    path.rename(backup)
    return backup


class EventLog:
    """Appends events to a JSON Lines file, flushing each one."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def append(self, event: dict) -> None:
        record = {"event": event["event"], "time": now(), **event}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            handle.flush()
