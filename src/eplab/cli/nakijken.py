"""`eplab nakijken OPDRACHT`: grade a class's hand-ins sandboxed, with scores no student code sets."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eplab.grading import text


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("assignment", metavar="OPDRACHT", help=text.GRADE_ASSIGNMENT_HELP)
    parser.add_argument("--student", metavar="ID", help=text.GRADE_STUDENT_HELP)
    parser.add_argument("-j", dest="jobs", default="1", metavar="N", help=text.GRADE_JOBS_HELP)
    parser.add_argument("--zonder-sandbox", dest="no_sandbox", action="store_true",
                        help=text.GRADE_NO_SANDBOX_HELP)
    parser.set_defaults(handler=cmd_grade)


def cmd_grade(args: argparse.Namespace) -> int:
    from eplab.grading import batch, sandbox

    course = Path.cwd()
    if not (course / "nbgrader_config.py").is_file():
        print(text.GRADE_NO_COURSE, file=sys.stderr)
        return 1
    try:
        jobs = int(args.jobs)
        if jobs < 1:
            raise ValueError
    except ValueError:
        print(text.GRADE_BAD_JOBS, file=sys.stderr)
        return 2
    if args.no_sandbox:
        print(text.GRADE_NO_SANDBOX_WARNING, file=sys.stderr)
    elif sandbox.bwrap() is None:
        print(text.GRADE_NO_BWRAP, file=sys.stderr)
        return 1
    students = batch.submitted_students(course, args.assignment, args.student)
    if not students:
        print(text.GRADE_NO_SUBMISSIONS.format(assignment=args.assignment), file=sys.stderr)
        return 1
    rows = batch.grade_all(course, args.assignment, students, jobs, not args.no_sandbox,
                           batch.stderr_progress)
    sys.stderr.write("\n")
    batch.write_status(course / text.GRADE_STATUS_FILE, rows)
    print(batch.summary(args.assignment, rows, text.GRADE_STATUS_FILE))
    return 0
