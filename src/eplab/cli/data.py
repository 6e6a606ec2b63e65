"""`eplab data`: list, check, describe and (re)generate the course datasets."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eplab.data import text
from eplab.data.schema import DatasetError


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", required=True)

    lst = sub.add_parser("list", help=text.HELP["list"], description=text.HELP["list"])
    lst.set_defaults(handler=cmd_list)

    check = sub.add_parser("check", help=text.HELP["check"], description=text.HELP["check"])
    check.add_argument("path", nargs="?", type=Path, metavar="PAD", help=text.HELP["path"])
    check.set_defaults(handler=cmd_check)

    describe = sub.add_parser("describe", help=text.HELP["describe"], description=text.HELP["describe"])
    describe.add_argument("name", metavar="NAAM")
    describe.set_defaults(handler=cmd_describe)

    generate = sub.add_parser("generate", help=text.HELP["generate"], description=text.HELP["generate"])
    generate.add_argument("--check", action="store_true", help=text.HELP["generate_check"])
    generate.set_defaults(handler=cmd_generate)


def cmd_list(args: argparse.Namespace) -> int:
    from eplab.data.schema import read_package

    try:
        _directory, package = read_package()
    except DatasetError as exc:
        print(exc, file=sys.stderr)
        return 1
    for res in package["resources"]:
        print(text.LIST_HEADER.format(name=res["name"], rows=res.get("rijen", "?"), title=res["title"]))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from eplab.data.schema import check, read_package

    try:
        directory, package = read_package(args.path)
        problems = check(args.path)
    except DatasetError as exc:
        print(exc, file=sys.stderr)
        return 1
    for problem in problems:
        print(problem)
    if problems:
        print(text.CHECK_FAILED.format(count=len(problems)), file=sys.stderr)
        return 1
    print(text.CHECK_OK.format(count=len(package["resources"]), path=directory))
    return 0


def cmd_describe(args: argparse.Namespace) -> int:
    from eplab.data import describe

    try:
        print(describe(args.name))
    except DatasetError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from eplab.data import generate

    if args.check:
        differences = generate.differences()
        for path, exists in differences:
            template = text.GENERATE_DIFF if exists else text.GENERATE_ABSENT
            print(template.format(path=path))
        if differences:
            return 1
        print(text.GENERATE_CHECK_OK.format(count=len(generate.targets())))
        return 0
    written = generate.write()
    folders = " en ".join(str(p) for p in dict.fromkeys(path.parent for path in written))
    print(text.GENERATE_OK.format(count=len(written), path=folders))
    return 0
