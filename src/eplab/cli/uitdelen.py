"""`eplab uitdelen OPDRACHT`: the student version as one zip for the LMS (never a role-play log)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eplab.grading import text


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("assignment", metavar="OPDRACHT", help=text.COLLECT_ASSIGNMENT_HELP)
    parser.add_argument("--cursus", type=Path, default=Path("."), metavar="CURSUSMAP",
                        help=text.COLLECT_COURSE_HELP)
    parser.set_defaults(handler=cmd_handout)


def cmd_handout(args: argparse.Namespace) -> int:
    from eplab.grading.inzamelen import release_zip

    release = args.cursus / "release"
    if not (release / args.assignment).is_dir():
        print(text.HANDOUT_NO_RELEASE.format(path=release / args.assignment,
                                             assignment=args.assignment), file=sys.stderr)
        return 1
    target = args.cursus / f"{args.assignment}.zip"
    names = release_zip(release, args.assignment, target)
    print(text.HANDOUT_DONE.format(zip=target, count=len(names)))
    return 0
