"""`eplab cursus MAP`: the student route. Writes the study notebooks (studie/) and the released
assignments (opdrachten/) into MAP, from the installed package; never an answer key.

MAP must be new or empty, or a folder an earlier `eplab cursus` made (it holds `.eplab-cursus.json`
with a hash of every file written). Updating such a folder adds new files and replaces files the
student has not changed; a file the student changed is never overwritten.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import sys
from pathlib import Path

from eplab.cli import text

PACKAGE = Path(__file__).resolve().parent.parent
MARKER = ".eplab-cursus.json"
PARTS = {"course": "studie", "assignments": "opdrachten"}
NEVER = ("*.rollenspel.jsonl*", ".ipynb_checkpoints", "__pycache__", ".*")


class CursusError(Exception):
    """A folder that cannot be set up; str() is one Dutch sentence."""


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="MAP", help=text.CURSUS_DIR_HELP)
    parser.set_defaults(handler=cmd_cursus)


def material() -> Path:
    """The folder holding course/ and assignments/: eplab/_studie in a wheel, else the checkout."""
    for folder in (PACKAGE / "_studie", PACKAGE.parent.parent):
        if all((folder / part).is_dir() for part in PARTS):
            return folder
    raise CursusError(text.CURSUS_NOT_FOUND)


def files(source: Path) -> dict[str, Path]:
    """Relative target path -> source file, for everything a student gets."""
    found = {}
    for part, name in PARTS.items():
        for path in sorted((source / part).rglob("*")):
            relative = path.relative_to(source / part)
            if path.is_file() and not any(fnmatch.fnmatch(p, pattern)
                                          for p in relative.parts for pattern in NEVER):
                found[f"{name}/{relative.as_posix()}"] = path
    return found


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_course(target: Path, source: Path) -> dict[str, list[str]]:
    """Write or update the student's folder; return the relative paths per outcome."""
    target = Path(target)
    marker = target / MARKER
    if target.exists() and not target.is_dir():
        raise CursusError(text.CURSUS_NOT_A_DIR.format(path=target))
    if target.is_dir() and any(target.iterdir()) and not marker.is_file():
        raise CursusError(text.CURSUS_NOT_EMPTY.format(path=target))
    try:
        written = json.loads(marker.read_text("utf-8"))["bestanden"] if marker.is_file() else {}
    except (ValueError, KeyError, TypeError):
        raise CursusError(text.CURSUS_NOT_EMPTY.format(path=target)) from None
    outcome: dict[str, list[str]] = {"nieuw": [], "bijgewerkt": [], "bewaard": []}
    for relative, path in files(source).items():
        data = path.read_bytes()
        dest = target / relative
        if dest.exists():
            current = digest(dest.read_bytes())
            if current == digest(data):
                written[relative] = current
                continue
            if written.get(relative) != current:  # the student changed it: keep their work
                outcome["bewaard"].append(relative)
                continue
            outcome["bijgewerkt"].append(relative)
        else:
            outcome["nieuw"].append(relative)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        written[relative] = digest(data)
    marker.write_text(json.dumps({"bestanden": written}, indent=1, sort_keys=True), "utf-8")
    return outcome


def cmd_cursus(args: argparse.Namespace) -> int:
    try:
        outcome = write_course(args.path, material())
    except CursusError as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        print(text.CURSUS_WRITE.format(path=args.path, error=exc.strerror or exc), file=sys.stderr)
        return 1
    lines = []
    if outcome["nieuw"]:
        lines.append(text.CURSUS_NEW.format(count=len(outcome["nieuw"])))
    if outcome["bijgewerkt"]:
        lines.append(text.CURSUS_UPDATED.format(count=len(outcome["bijgewerkt"])))
    if outcome["bewaard"]:
        lines.append(text.CURSUS_KEPT.format(count=len(outcome["bewaard"]),
                                             files=", ".join(outcome["bewaard"])))
    print(text.CURSUS_DONE.format(path=args.path, changes="\n".join(lines or [text.CURSUS_SAME])))
    return 0
