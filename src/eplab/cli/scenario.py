"""`eplab scenario`: check, list, play and draw role-play scenarios."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eplab.roleplay import text as rp_text
from eplab.roleplay.loader import ScenarioError, list_scenarios, load_scenario, scenario_paths

HELP = {
    "check": "controleer scenariobestanden (zonder pad: alle scenario's van eplab)",
    "list": "toon alle rollenspellen",
    "play": "speel een rollenspel af in de terminal, zonder kernel",
    "graph": "toon het gesprek als Mermaid-diagram (voor auteurs)",
    "schema": "schrijf het JSON-schema voor scenariobestanden (voor editors)",
}


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", required=True)

    check = sub.add_parser("check", help=HELP["check"], description=HELP["check"])
    check.add_argument("paths", nargs="*", type=Path, metavar="PAD")
    check.set_defaults(handler=cmd_check)

    lst = sub.add_parser("list", help=HELP["list"], description=HELP["list"])
    lst.add_argument("--json", action="store_true", help="uitvoer als JSON")
    lst.set_defaults(handler=cmd_list)

    play = sub.add_parser("play", help=HELP["play"], description=HELP["play"])
    play.add_argument("scenario", metavar="ID", help="id van het rollenspel of pad naar een bestand")
    how = play.add_mutually_exclusive_group()
    how.add_argument("--choices", metavar="1,3,2", help="de keuzes, als nummers zoals getoond")
    how.add_argument("--random", type=int, metavar="SEED", help="kies willekeurig (herhaalbaar)")
    play.add_argument("--json", action="store_true", help="uitvoer als één JSON-object")
    play.set_defaults(handler=cmd_play)

    graph = sub.add_parser("graph", help=HELP["graph"], description=HELP["graph"])
    graph.add_argument("scenario", metavar="ID")
    graph.set_defaults(handler=cmd_graph)

    schema = sub.add_parser("schema", help=HELP["schema"], description=HELP["schema"])
    schema.set_defaults(handler=cmd_schema)


def cmd_check(args: argparse.Namespace) -> int:
    from eplab.roleplay.validate import check_paths

    paths = args.paths or scenario_paths()
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        print(f"{path}:1: -: {rp_text.MISSING_FILE.format(path=path)}")
    problems = check_paths([p for p in paths if p.exists()])
    for line in problems:
        print(line)
    if problems or missing:
        return 1
    print(f"{len(paths)} scenario('s) gecontroleerd: geen fouten.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    try:
        scenarios = list_scenarios()
    except ScenarioError as exc:
        print(exc, file=sys.stderr)
        return 1
    rows = [
        {"id": s.id, "titel": s.title, "jaar": s.year, "gesprekstype": s.conversation_type}
        for s in scenarios
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(f"jaar {row['jaar']}  {row['id']:<28} {row['gesprekstype']:<26} {row['titel']}")
    return 0


def _parse_choices(value: str) -> list[int]:
    try:
        return [int(part) for part in value.split(",") if part.strip()]
    except ValueError as exc:
        raise ScenarioError("Geef de keuzes als nummers met komma's, bijvoorbeeld 1,3,2.") from exc


def cmd_play(args: argparse.Namespace) -> int:
    from eplab.roleplay.engine import Session

    try:
        session = Session(load_scenario(args.scenario), record=False)
        if args.random is not None:
            session.play_random(args.random)
        elif args.choices:
            for number in _parse_choices(args.choices):
                session.choose_number(number)
        else:
            return _interactive(session)
    except ScenarioError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(_as_json(session), ensure_ascii=False, indent=2))
    else:
        _print_transcript(session)
        _print_report(session)
    return 0


def _as_json(session) -> dict:
    report = session.report().to_dict()
    return {
        "scenario": session.scenario.id,
        "ending": report["ending"],
        "transcript": [
            {"beurt": line.turn, "spreker": line.name, "soort": line.kind, "tekst": line.text}
            for line in session.transcript()
        ],
        "observation": report["forms"],
        "parent_feedback": report["parent"],
        "scores": report["scores"],
    }


def _print_transcript(session) -> None:
    for line in session.transcript():
        print(f"{line.name}: {line.text}")


def _print_report(session) -> None:
    report = session.report()
    if report.ending:
        print(f"\nEinde: {report.ending_title}\n{report.debrief}")
    for form in report.forms:
        print(f"\n{form.title} — {sum(i.realised for i in form.items)}/{len(form.items)} JA")
        for item in form.items:
            mark = f"JA (beurt {item.turn})" if item.realised else "NEE"
            print(f"  [{mark}] {item.text}")
    print("\nWat de ouder zegt over het gesprek:")
    for answer in report.parent:
        print(f"  {answer.question}: {answer.text}")


def _interactive(session) -> int:
    """A plain terminal player: numbers to choose, t = terug, q = stoppen."""
    shown = 0
    while not session.finished:
        lines = session.transcript()
        for line in lines[shown:]:
            print(f"{line.name}: {line.text}")
        shown = len(lines)
        for number, (_i, option) in enumerate(session.options(), start=1):
            print(f"  {number}. {option.text}")
        answer = input("Jouw keuze (nummer, t = terug, q = stoppen): ").strip().lower()
        if answer == "q":
            return 0
        if answer == "t":
            session.back()
            shown = 0
            continue
        try:
            outcome = session.choose_number(int(answer))
        except (ValueError, ScenarioError):
            print("Typ het nummer van een keuze.")
            continue
        print(f"\n  Feedback: {outcome.feedback}\n")
        shown = len(session.transcript()) - 1 if outcome.reaction else shown
    _print_transcript(session)
    _print_report(session)
    return 0


def cmd_graph(args: argparse.Namespace) -> int:
    from eplab.roleplay.graph import mermaid

    try:
        print(mermaid(load_scenario(args.scenario)), end="")
    except ScenarioError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from eplab.roleplay.model import Scenario

    print(json.dumps(Scenario.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))
    return 0
