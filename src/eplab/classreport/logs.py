"""One role-play log → a checked Play: the attempts, each with its path, ending and own words.

The events follow the log contract of the role-play engine (choose, back, restart, end,
eigen_woorden, opnieuw; old logs without attempts are one attempt). Every attempt is replayed on
the scenario with the engine: a path the scenario does not allow marks the log as forged.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from eplab.classreport import text as t
from eplab.classreport.sources import RawLog
from eplab.roleplay.model import Scenario, TrappedCycle, holds


@dataclass
class Step:
    node: str
    option: int  # authored index
    time: datetime | None


@dataclass
class Attempt:
    number: int
    steps: list[Step] = field(default_factory=list)
    ending: str | None = None
    own_words: dict[str, str] = field(default_factory=dict)
    started: datetime | None = None
    ended: datetime | None = None


@dataclass
class Play:
    scenario: str
    student: str  # the raw id: only used to make the pseudonym and to find duplicates
    label: str
    attempts: list[Attempt]

    @property
    def finished(self) -> bool:
        return any(a.ending for a in self.attempts)

    def last_ended(self) -> Attempt | None:
        return next((a for a in reversed(self.attempts) if a.ending), None)


@dataclass(frozen=True)
class Skip:
    label: str
    why: str


class _Reject(Exception):
    pass


def content_hash(raw: RawLog) -> str:
    return hashlib.sha256((raw.text or "").encode("utf-8")).hexdigest()


def parse(raw: RawLog, scenarios: dict[str, Scenario]) -> Play | Skip:
    """Read and check one log; never raises."""
    if raw.error:
        return Skip(raw.label, raw.error)
    try:
        events = _events(raw.text or "")
        start = next((e for e in events if e.get("event") == "start"), None)
        if start is None:
            raise _Reject(t.WHY_NO_START)
        scenario = scenarios.get(str(start.get("scenario")))
        if scenario is None:
            raise _Reject(t.WHY_FOREIGN.format(scenario=start.get("scenario")))
        student = raw.owner or str(start.get("student") or raw.label)
        attempts = _attempts(events, scenario)
        for attempt in attempts:
            _check(attempt, scenario)
        return Play(scenario.id, student, raw.label, attempts)
    except _Reject as reject:
        return Skip(raw.label, str(reject))


def _events(source: str) -> list[dict]:
    events = []
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            raise _Reject(t.WHY_CORRUPT.format(detail=f"regel {number}")) from None
        if not isinstance(event, dict) or not isinstance(event.get("event"), str):
            raise _Reject(t.WHY_CORRUPT.format(detail=f"regel {number}"))
        events.append(event)
    if not events:
        raise _Reject(t.WHY_EMPTY)
    return events


def _time(event: dict) -> datetime | None:
    try:
        return datetime.fromisoformat(str(event["time"]))
    except (KeyError, ValueError):
        return None


def _attempts(events: list[dict], scenario: Scenario) -> list[Attempt]:
    """Split the events into attempts, applying back, restart and retry as the engine does."""
    current = Attempt(1)
    done: list[Attempt] = []
    for event in events:
        kind, when = event["event"], _time(event)
        if kind == "start":
            current.started = current.started or when
        elif kind == "choose":
            try:
                current.steps.append(Step(str(event["node"]), int(event["option"]), when))
            except (KeyError, TypeError, ValueError):
                raise _Reject(t.WHY_FORGED.format(detail="keuze zonder knoop of optie")) from None
            current.ending = None
        elif kind == "back":
            if current.steps:
                current.steps.pop()
            current.ending = None
        elif kind == "restart":
            current.steps, current.ending = [], None
        elif kind == "end":
            current.ending, current.ended = str(event.get("ending")), when
        elif kind == "eigen_woorden":
            current.own_words[str(event.get("node"))] = str(event.get("tekst", ""))
        elif kind == "opnieuw":
            done.append(current)
            nodes = [step.node for step in current.steps]
            cut = nodes.index(event.get("vanaf")) if event.get("vanaf") in nodes else 0
            number = event.get("poging")
            current = Attempt(number if isinstance(number, int) else current.number + 1,
                              list(current.steps[:cut]), started=when)
    done.append(current)
    return done


def _check(attempt: Attempt, scenario: Scenario) -> None:
    """Follow the attempt's path through the scenario with the engine's rules (state,
    conditions, line nodes), without a transcript; a path the scenario does not allow is
    rejected."""
    nodes = scenario.node_map()
    state = scenario.start_state()
    current = _advance(scenario, scenario.start, nodes, state)
    for step in attempt.steps:
        node = nodes[current]
        if node.kind != "choice" or node.id != step.node:
            raise _Reject(t.WHY_FORGED.format(detail=f"knoop ‘{step.node}’ op de verkeerde plek"))
        if not 0 <= step.option < len(node.options) or not holds(node.options[step.option].condition, state):
            raise _Reject(t.WHY_FORGED.format(detail="een keuze die daar niet kan"))
        option = node.options[step.option]
        scenario.apply_effects(option, state)
        current = _advance(scenario, option.next, nodes, state)
    if attempt.ending and (nodes[current].kind != "ending" or current != attempt.ending):
        raise _Reject(t.WHY_FORGED.format(detail=f"einde ‘{attempt.ending}’ past niet bij de keuzes"))


def _advance(scenario: Scenario, node_id: str, nodes: dict, state: dict) -> str:
    try:
        return scenario.follow_lines(node_id, state, nodes)
    except TrappedCycle:
        raise _Reject(t.WHY_FORGED.format(detail="het gesprek loopt rond")) from None
