"""`eplab klas BRON`: the class report for the debrief; `eplab klas demo MAP`: a fictitious class."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eplab.classreport import text as t


def register(parser: argparse.ArgumentParser) -> None:
    parser.usage = "eplab klas BRON [--scenario ID] [--uit MAP] [--sleutel PAD]\n       eplab klas demo MAP [--aantal N]"
    parser.add_argument("bron", metavar="BRON", help=t.SOURCE_HELP)
    parser.add_argument("demo_map", nargs="?", type=Path, metavar="MAP", help=t.DEMO_DIR_HELP)
    parser.add_argument("--scenario", metavar="ID", help=t.SCENARIO_HELP)
    parser.add_argument("--uit", type=Path, default=Path("klasoverzicht"), metavar="MAP", help=t.OUT_HELP)
    parser.add_argument("--sleutel", type=Path, metavar="PAD", help=t.KEY_HELP)
    parser.add_argument("--aantal", type=int, default=120, metavar="N", help=t.DEMO_COUNT_HELP)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.bron == "demo" and args.demo_map is not None:
        return demo(args.demo_map, args.aantal)
    from eplab.classreport.build import ReportError, make_report

    try:
        result = make_report(Path(args.bron), args.uit, args.scenario, args.sleutel)
    except ReportError as error:
        print(error, file=sys.stderr)
        return 1
    for skip in result.summary.skipped:
        print(t.SKIPPED_LINE.format(file=skip.label, why=skip.why))
    if result.key_note:
        print(result.key_note)
    print(t.DONE.format(used=result.summary.used, skipped=len(result.summary.skipped), html=result.html))
    return 0


def demo(folder: Path, students: int) -> int:
    from eplab.classreport.demo import make_demo

    if folder.exists() and any(folder.iterdir()):
        print(t.DEMO_NOT_EMPTY.format(path=folder), file=sys.stderr)
        return 1
    logs = make_demo(folder, students)
    print(t.DEMO_DONE.format(students=students, logs=logs, path=folder))
    return 0
