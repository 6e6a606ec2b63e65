"""Where a class's role-play logs are: an nbgrader course directory, LMS zips, or loose files.

Every log found becomes a RawLog: a label for messages (the path, never shown in the report), the
owner's student id when the location says it (the hand-in folder or the zip's name), and the text.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eplab.classreport import text as t
from eplab.roleplay.log import SUFFIX

MAX_BYTES = 5 * 1024 * 1024
# an LMS download is named "<anything> <studentnummer>_<opdracht>.zip"
ZIP_OWNER = re.compile(r"(?:^|[^0-9])(\d{5,})_[^/\\]*\.zip$", re.I)


@dataclass(frozen=True)
class RawLog:
    label: str
    owner: str | None
    text: str | None
    error: str | None = None


def is_course_dir(path: Path) -> bool:
    return (path / "nbgrader_config.py").is_file()


def find_logs(source: Path) -> Iterator[RawLog]:
    """Every log under `source`, in a stable order."""
    if is_course_dir(source):
        yield from _course_logs(source)
        return
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.name.endswith(SUFFIX):
            yield _read_file(path, source, owner=None)
        elif path.is_file() and path.suffix.lower() == ".zip":
            yield from _zip_logs(path, source)


def _course_logs(course: Path) -> Iterator[RawLog]:
    """submitted/<student>/<opdracht>/…; autograded/ when nothing was collected into submitted/."""
    for tree in ("submitted", "autograded"):
        folder = course / tree
        if folder.is_dir() and any(folder.iterdir()):
            for path in sorted(folder.glob(f"*/*/**/*{SUFFIX}")):
                owner = path.relative_to(folder).parts[0]
                yield _read_file(path, course, owner=owner)
            return


def _read_file(path: Path, root: Path, owner: str | None) -> RawLog:
    label = str(path.relative_to(root))
    try:
        if path.stat().st_size > MAX_BYTES:
            return RawLog(label, owner, None, t.WHY_TOO_BIG.format(mb=MAX_BYTES // 2**20))
        return RawLog(label, owner, path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return RawLog(label, owner, None, t.WHY_CORRUPT.format(detail=type(exc).__name__))


def _zip_logs(path: Path, root: Path) -> Iterator[RawLog]:
    """The logs inside one LMS zip (never a nested zip); the owner comes from the zip's name only."""
    label = str(path.relative_to(root))
    match = ZIP_OWNER.search(path.name)
    owner = match.group(1) if match else None
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.is_dir() or not info.filename.endswith(SUFFIX):
                    continue
                member = f"{label}:{info.filename}"
                if info.file_size > MAX_BYTES:
                    yield RawLog(member, owner, None, t.WHY_TOO_BIG.format(mb=MAX_BYTES // 2**20))
                    continue
                try:
                    data = archive.read(info).decode("utf-8")
                except (UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
                    yield RawLog(member, owner, None, t.WHY_CORRUPT.format(detail=type(exc).__name__))
                    continue
                yield RawLog(member, owner, data)
    except (zipfile.BadZipFile, OSError):
        yield RawLog(label, owner, None, t.WHY_BAD_ZIP)
