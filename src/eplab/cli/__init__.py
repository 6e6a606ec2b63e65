"""The `eplab` command: thin argparse front over the core.

Each subcommand group lives in its own module with `register(subparsers)`; each handler
returns an exit code. Modules are imported only when their group is used, so `eplab --help`
and `eplab scenario ...` stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from eplab import messages as msg
from eplab.cli import nl

# group name -> (module, Dutch help text)
GROUPS: dict[str, tuple[str, str]] = {
    "scenario": ("eplab.cli.scenario", "rollenspelen controleren, afspelen en tekenen"),
    "data": ("eplab.cli.data", "datasets bekijken, controleren en opnieuw maken"),
    "course": ("eplab.cli.course", "een nbgrader-cursusmap klaarzetten (voor docenten)"),
    "uitdelen": ("eplab.cli.uitdelen",
                 "de studentversie van een opdracht als zip voor de leeromgeving (voor docenten)"),
    "inzamelen": ("eplab.cli.inzamelen",
                  "ingeleverde zip-bestanden uit de leeromgeving innemen (voor docenten)"),
    "cursus": ("eplab.cli.cursus", "de studienotebooks en opdrachten in een map zetten (voor studenten)"),
    "oefenen": ("eplab.cli.oefenen", "de oefen-app voor zelfstudie starten"),
    "nakijken": ("eplab.cli.nakijken",
                 "inleveringen nakijken in een zandbak, met punten die studentcode niet kan "
                 "veranderen (voor docenten)"),
    "klas": ("eplab.cli.klas", "klasoverzicht van de rollenspellen voor de nabespreking (voor docenten)"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    nl.install()
    parser = argparse.ArgumentParser(
        prog="eplab",
        description="eplab: educatief partnerschap lab — hulpmiddelen bij de cursus.",
    )
    sub = parser.add_subparsers(dest="group", metavar="ONDERDEEL", title="onderdelen")
    for name, (module_name, help_text) in GROUPS.items():
        if only == name:
            module = importlib.import_module(module_name)
            module.register(sub.add_parser(name, help=help_text, description=help_text))
        else:
            sub.add_parser(name, help=help_text)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    group = argv[0] if argv and argv[0] in GROUPS else None
    parser = build_parser(only=group)
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0 if not argv else 2
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        print(msg.INTERRUPTED, file=sys.stderr)
        return 130
    except BrokenPipeError:  # `eplab ... | head`: the reader stopped, nothing went wrong
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
