"""`eplab course`: set up an nbgrader course directory for lecturers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eplab.grading import text


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", required=True)
    init = sub.add_parser("init", help=text.COURSE_INIT_HELP, description=text.COURSE_INIT_HELP)
    init.add_argument("path", type=Path, metavar="MAP", help=text.COURSE_DIR_HELP)
    init.add_argument("--bron", type=Path, metavar="PAD", help=text.COURSE_SOURCE_HELP)
    init.add_argument("--cursus-id", default="eplab", metavar="NAAM", help=text.COURSE_ID_HELP)
    init.add_argument("--variant", metavar="SLEUTEL", help=text.COURSE_VARIANT_HELP)
    init.set_defaults(handler=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    from eplab.grading.coursedir import CourseError, find_sources, init_course

    try:
        ids = init_course(args.path, find_sources(args.bron), args.cursus_id, args.variant)
    except CourseError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(text.COURSE_DONE.format(path=args.path, course_id=args.cursus_id, count=len(ids),
                                  first=ids[0] if ids else "<opdracht>", ids=", ".join(ids)))
    if args.variant is not None:
        print("\n" + text.COURSE_VARIANT_DONE)
    return 0
