"""`eplab inzamelen OPDRACHT MAP`: collect the LMS zips of a class into submitted/."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from eplab.grading import text


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("assignment", metavar="OPDRACHT", help=text.COLLECT_ASSIGNMENT_HELP)
    parser.add_argument("folder", type=Path, metavar="MAP", help=text.COLLECT_FOLDER_HELP)
    parser.add_argument("--cursus", type=Path, default=Path("."), metavar="CURSUSMAP",
                        help=text.COLLECT_COURSE_HELP)
    parser.set_defaults(handler=cmd_collect)


def settings(course: Path) -> dict:
    """The collection settings from the course's nbgrader_config.py (`c.EplabInzamelen.*`)."""
    from traitlets.config.loader import PyFileConfigLoader

    from eplab.grading import inzamelen

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    section = config.EplabInzamelen
    found = {
        "studentnummer": section.get("studentnummer", inzamelen.STUDENT_PATTERN),
        "max_mb": section.get("max_mb", inzamelen.MAX_MB),
        "max_bestanden": section.get("max_bestanden", inzamelen.MAX_ENTRIES),
    }
    try:
        re.compile(found["studentnummer"])
    except (re.error, TypeError) as exc:
        raise ValueError(text.COLLECT_BAD_CONFIG.format(name="EplabInzamelen.studentnummer",
                                                        error=exc)) from exc
    for name in ("max_mb", "max_bestanden"):
        if not isinstance(found[name], int) or found[name] < 1:
            raise ValueError(text.COLLECT_BAD_CONFIG.format(name=f"EplabInzamelen.{name}",
                                                            error=found[name]))
    return found


def cmd_collect(args: argparse.Namespace) -> int:
    from eplab.grading import inzamelen

    course = args.cursus
    if not (course / "nbgrader_config.py").is_file():
        print(text.COLLECT_NO_COURSE.format(path=course.resolve()), file=sys.stderr)
        return 1
    if not args.folder.is_dir():
        print(text.COLLECT_NO_FOLDER.format(path=args.folder), file=sys.stderr)
        return 1
    try:
        found = settings(course)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    except Exception as exc:  # a config file that does not run
        print(text.COLLECT_BAD_CONFIG.format(name="nbgrader_config.py",
                                             error=str(exc).splitlines()[0] if str(exc) else exc),
              file=sys.stderr)
        return 1
    limits = inzamelen.Limits(max_bytes=found["max_mb"] * 2**20,
                              max_entries=found["max_bestanden"])
    submitted = course / "submitted"
    report = inzamelen.collect(args.assignment, args.folder, submitted,
                               student_pattern=found["studentnummer"], limits=limits)
    print("\n".join(report.lines()))
    if report.collected:
        print("\n" + text.COLLECT_NEXT.format(path=submitted, assignment=args.assignment))
    return 0
