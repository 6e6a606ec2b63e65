"""`eplab scenario`: check, list, play and draw role-play scenarios."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eplab.cli import text as t
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
    how.add_argument("--choices", metavar="1,3,2", help=t.CHOICES_HELP)
    how.add_argument("--random", type=int, metavar="SEED", help="kies willekeurig (herhaalbaar)")
    play.add_argument("--student", metavar="NAAM", help=t.STUDENT_HELP)
    play.add_argument("--json", action="store_true", help=t.JSON_HELP)
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
    warnings: list[str] = []
    problems = check_paths([p for p in paths if p.exists()], warnings=warnings)
    for line in problems + warnings:
        print(line)
    if problems or missing:
        return 1
    print(t.CHECKED.format(count=len(paths), warnings=len(warnings)))
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
        raise ScenarioError(t.BAD_CHOICES) from exc


def cmd_play(args: argparse.Namespace) -> int:
    from eplab.roleplay.engine import Session

    try:
        session = Session(load_scenario(args.scenario), record=False, student=args.student)
        if args.random is not None:
            session.play_random(args.random)
        elif args.choices:
            for number in _parse_choices(args.choices):
                session.choose_number(number)
        else:
            return _interactive(session, args.json)
    except (EOFError, KeyboardInterrupt):
        print()
        return 0
    except ScenarioError as exc:
        print(exc, file=sys.stderr)
        return 1
    _output(session, args.json)
    return 0


def _output(session, as_json: bool) -> None:
    if as_json:
        print(json.dumps(_as_json(session), ensure_ascii=False, indent=2))
    else:
        _print_transcript(session)
        _print_report(session)


def _as_json(session) -> dict:
    report = session.report().to_dict()
    return {
        "scenario": session.scenario.id,
        "ending": report["ending"],
        "poging": session.attempt,
        "transcript": [
            {"beurt": line.turn, "spreker": line.name, "soort": line.kind, "tekst": line.text}
            for line in session.transcript()
        ],
        "eigen_woorden": [
            {"beurt": c.turn, "knoop": c.node.id, "poging": c.attempt, "tekst": c.own_words,
             "keuze": c.option.text}
            for c in session.choices() if c.own_words is not None
        ],
        "pogingen": [
            {"poging": a.number, "einde": a.ending, "titel": a.ending_title,
             "items_ja": sorted(a.realised)}
            for a in session.attempts()
        ],
        "eigen_formulier": session.student_form,
        "observation": report["forms"],
        "parent_feedback": report["parent"],
    }


def _print_transcript(session) -> None:
    for line in session.transcript():
        print(f"{line.name}: {line.text}")


def _print_report(session) -> None:
    report = session.report()
    if report.ending:
        print("\n" + t.ENDING.format(title=report.ending_title) + f"\n{report.debrief}")
    own = [c for c in session.choices() if c.own_words is not None]
    if own:
        print("\n" + t.OWN_WORDS_TITLE)
        for c in own:
            words = c.own_words.strip() or t.LEFT_EMPTY
            print(t.OWN_WORDS_LINE.format(turn=c.turn, words=words, choice=c.option.text))
    for form in report.forms:
        print("\n" + t.FORM.format(title=form.title))
        for item in form.items:
            mark = f"JA ({t.IN_TURN.format(turn=item.turn)})" if item.realised else "NEE"
            print(f"  [{mark}] {item.text}")
    print("\n" + t.PARENT)
    for answer in report.parent:
        print(f"  {answer.question}: {answer.text}")
    card = session.coaching()
    if card is not None:
        print("\n" + t.COACH.format(text=card.text))
        print(t.COACH_WHY.format(text=card.theory))
        print(t.COACH_TRY.format(text=card.try_saying))


def _ask_own_words(session) -> None:
    words = input(t.OWN_WORDS_ASK).strip()
    if not words:
        print(t.OWN_WORDS_NUDGE)
        words = input(t.OWN_WORDS_ASK).strip()
    session.write_own_words(words)


def _play_turns(session) -> bool:
    """Play until an ending; False when the student stops."""
    shown = 0
    while not session.finished:
        lines = session.transcript()
        for line in lines[shown:]:
            print(f"{line.name}: {line.text}")
        shown = len(lines)
        if session.needs_own_words:
            _ask_own_words(session)
        options = session.shown_options()
        for number, (_i, option) in enumerate(options, start=1):
            print(f"  {number}. {option.text}")
        answer = input(t.CHOOSE).strip().lower()
        if answer == "q":
            return False
        if answer == "t":
            session.back()
            shown = 0
            continue
        try:
            number = int(answer)
            if not 1 <= number <= len(options):
                raise ValueError(answer)
            outcome = session.choose(options[number - 1][0])
        except (ValueError, ScenarioError):
            print(t.TYPE_A_NUMBER)
            continue
        print("\n  " + t.FEEDBACK.format(text=outcome.feedback) + "\n")
        shown = len(session.transcript()) - 1 if outcome.reaction else shown
    return True


def _print_debrief(session) -> None:
    print("\n" + t.DEBRIEF)
    for turn in session.open_debrief():
        print(t.DEBRIEF_TURN.format(turn=turn.turn, speaker=turn.speaker, said=turn.said))
        for option in turn.options:
            print(t.DEBRIEF_OPTION.format(mark=t.YOUR_CHOICE if option.chosen else t.OTHER,
                                          text=option.text, speaker=option.speaker,
                                          reaction=option.reaction))


def _second_look(session) -> None:
    print("\n" + t.LOOK)
    _print_transcript(session)
    form = session.report().main_form
    items = {}
    for item in form.items:
        answer = ""
        while answer not in ("j", "n"):
            answer = input(t.LOOK_ITEM.format(text=item.text)).strip().lower()[:1]
        items[item.id] = {"ja": answer == "j", "opmerking": input(t.LOOK_REMARK).strip()}
    session.fill_form(form.id, items)
    differences = session.form_differences(form.id)
    if not differences:
        print(t.SAME)
        return
    print(t.DIFFERENT)
    for d in differences:
        you = "open" if d.student is None else ("JA" if d.student else "NEE")
        print(t.DIFFERENCE.format(text=d.text, you=you, engine="JA" if d.engine else "NEE"))


def _interactive(session, as_json: bool = False) -> int:
    """A plain terminal player: numbers as shown, t = terug, q = stoppen; after an ending a
    retry, the debrief and the second look are offered."""
    while True:
        if not _play_turns(session):
            return 0
        _print_transcript(session)
        _print_report(session)
        comparison = session.compare_attempts()
        if comparison is not None:
            print("\n" + t.COMPARE.format(**vars(comparison)))
            print(t.NEW_JA.format(items="; ".join(comparison.new_ja)) if comparison.new_ja
                  else t.NO_NEW_JA)
        while True:
            answer = input("\n" + t.AFTER).strip().lower()
            if answer == "d":
                _print_debrief(session)
            elif answer == "f":
                _second_look(session)
            elif answer == "o":
                print(t.RETRY.format(n=session.retry()))
                break
            elif answer in ("q", ""):
                if as_json:
                    print(json.dumps(_as_json(session), ensure_ascii=False, indent=2))
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
