"""Counts for the debrief: per scenario the endings, the choices per moment, the items missed
most often, first against last attempt, time per turn and conversation, and own words."""

from __future__ import annotations

import math
import random
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from eplab.classreport import text as t
from eplab.classreport.logs import Attempt, Play, Skip, content_hash, parse
from eplab.classreport.privacy import MIN_GROUP, pseudonym
from eplab.classreport.sources import RawLog
from eplab.roleplay.catalog import GENERAL_FORM, catalog
from eplab.roleplay.model import Scenario

NO_ENDING = "geen einde"


@dataclass
class OptionCount:
    number: int  # 1-based, in file order
    text: str
    reaction: str
    feedback: str
    count: int


@dataclass
class Moment:
    number: int  # the decision moments of the scenario counted in file order, from 1
    node: str
    speaker: str
    line: str
    prompt: str
    passed: int
    options: list[OptionCount]

    @property
    def split(self) -> float:
        """How evenly the group chose: 0 all the same, 1 spread evenly over every option."""
        if self.passed == 0 or len(self.options) < 2:
            return 0.0
        shares = [o.count / self.passed for o in self.options if o.count]
        return -sum(p * math.log(p) for p in shares) / math.log(len(self.options))


@dataclass
class EndingCount:
    id: str
    title: str
    rating: str
    count: int


@dataclass
class ItemCount:
    id: str
    text: str
    form: str
    nee: int
    total: int


@dataclass
class Retries:
    retried: int
    first: Counter
    last: Counter
    gained: list[tuple[str, int]]  # item text, students for whom it became JA


@dataclass
class Spread:
    count: int
    median: float | None
    low: float | None  # 25th percentile
    high: float | None  # 75th percentile


@dataclass
class OwnWords:
    node: str
    line: str
    writers: int
    texts: list[str]  # shuffled, empty when fewer than MIN_GROUP wrote something


@dataclass
class ScenarioSummary:
    scenario: Scenario
    played: int
    finished: int
    endings: list[EndingCount]
    moments: list[Moment]
    items: list[ItemCount]
    retries: Retries
    turn_time: Spread
    conversation_time: Spread
    own_words: list[OwnWords]

    def debrief_moments(self, count: int = 3) -> list[Moment]:
        return [m for m in self.moments if m.passed >= MIN_GROUP][:count]


@dataclass
class StudentRow:
    pseudonym: str
    scenario: str
    attempts: int
    ending: str
    turns: int
    seconds: float | None


@dataclass
class ClassSummary:
    scenarios: list[ScenarioSummary]
    used: int
    skipped: list[Skip]
    students: list[StudentRow] = field(default_factory=list)
    demo: bool = False


def summarise(raw_logs: Iterable[RawLog], scenarios: dict[str, Scenario], key: bytes,
              only: str | None = None, demo: bool = False) -> ClassSummary:
    plays, skipped = collect(raw_logs, scenarios, only)
    per_scenario: dict[str, list[Play]] = defaultdict(list)
    for play in plays:
        per_scenario[play.scenario].append(play)
    summaries = [summarise_scenario(scenarios[sid], per_scenario[sid], key)
                 for sid in sorted(per_scenario, key=lambda s: (scenarios[s].year, s))]
    rows = [_student_row(play, scenarios[play.scenario], key) for play in plays]
    rows.sort(key=lambda r: (r.scenario, r.pseudonym))
    return ClassSummary(summaries, len(plays), skipped, rows, demo)


def collect(raw_logs: Iterable[RawLog], scenarios: dict[str, Scenario],
            only: str | None = None) -> tuple[list[Play], list[Skip]]:
    """Parse every log; skip damaged, foreign, forged and duplicated ones (each with a reason)."""
    plays, skipped = [], []
    seen: set[tuple[str, str]] = set()
    hashes: set[str] = set()
    for raw in raw_logs:
        result = parse(raw, scenarios)
        if isinstance(result, Skip):
            skipped.append(result)
            continue
        if only and result.scenario != only:
            continue
        digest = content_hash(raw)
        if (result.student, result.scenario) in seen:
            skipped.append(Skip(raw.label, t.WHY_DUPLICATE))
        elif digest in hashes:
            skipped.append(Skip(raw.label, t.WHY_COPY))
        else:
            seen.add((result.student, result.scenario))
            hashes.add(digest)
            plays.append(result)
    return plays, skipped


def summarise_scenario(scenario: Scenario, plays: list[Play], key: bytes) -> ScenarioSummary:
    nodes = scenario.node_map()
    return ScenarioSummary(
        scenario=scenario,
        played=len(plays),
        finished=sum(p.finished for p in plays),
        endings=_endings(scenario, plays),
        moments=_moments(scenario, plays),
        items=_items(scenario, plays),
        retries=_retries(scenario, plays),
        turn_time=_spread(d for p in plays for a in p.attempts for d in _turn_seconds(a)),
        conversation_time=_spread(s for p in plays if (s := _seconds(p.attempts[0])) is not None),
        own_words=_own_words(scenario, nodes, plays, key),
    )


def _endings(scenario: Scenario, plays: list[Play]) -> list[EndingCount]:
    reached = Counter(p.last_ended().ending for p in plays if p.last_ended())
    endings = [n for n in scenario.nodes if n.kind == "ending"]
    result = [EndingCount(n.id, n.ending.title, n.ending.rating, reached.get(n.id, 0)) for n in endings]
    return sorted(result, key=lambda e: -e.count)


def _moments(scenario: Scenario, plays: list[Play]) -> list[Moment]:
    """How the group chose at each decision node in its first attempt; most split first."""
    chosen: dict[str, Counter] = defaultdict(Counter)
    for play in plays:
        last_at = {step.node: step.option for step in play.attempts[0].steps}
        for node, option in last_at.items():
            chosen[node][option] += 1
    moments = []
    decisions = [node for node in scenario.nodes if node.kind == "choice"]
    for number, node in enumerate(decisions, start=1):
        if node.id not in chosen:
            continue
        counts = chosen[node.id]
        options = [OptionCount(i + 1, o.text, o.reaction, o.feedback, counts.get(i, 0))
                   for i, o in enumerate(node.options)]
        moments.append(Moment(number, node.id, scenario.speaker_name(node.speaker), node.text,
                              node.prompt, sum(counts.values()), options))
    return sorted(moments, key=lambda m: (-(m.passed >= MIN_GROUP), -round(m.split, 6), m.node))


def form_items(scenario: Scenario) -> list[tuple[str, str, str]]:
    """(item id, item text, form title) of the forms shown for this scenario."""
    found = []
    for form in catalog().forms_for(scenario.conversation_type):
        limit = getattr(scenario, "general_items", None) if form.id == GENERAL_FORM else None
        found += [(i.id, i.text, form.title) for i in form.items if limit is None or i.id in limit]
    return found


def _realised(scenario: Scenario, attempt: Attempt) -> set[str]:
    nodes = scenario.node_map()
    return {item for step in attempt.steps for item in nodes[step.node].options[step.option].items}


def _items(scenario: Scenario, plays: list[Play]) -> list[ItemCount]:
    ended = [p.last_ended() for p in plays if p.last_ended()]
    realised = [_realised(scenario, a) for a in ended]
    items = [ItemCount(iid, text, form, sum(iid not in r for r in realised), len(ended))
             for iid, text, form in form_items(scenario)]
    return sorted(items, key=lambda i: -i.nee)


def _rating(scenario: Scenario, attempt: Attempt) -> str:
    node = scenario.node_map().get(attempt.ending or "")
    return node.ending.rating if node is not None and node.ending else NO_ENDING


def _retries(scenario: Scenario, plays: list[Play]) -> Retries:
    retried = [p for p in plays if len(p.attempts) > 1]
    first = Counter(_rating(scenario, p.attempts[0]) for p in retried)
    last = Counter(_rating(scenario, p.last_ended() or p.attempts[-1]) for p in retried)
    texts = {iid: text for iid, text, _form in form_items(scenario)}
    gained: Counter = Counter()
    for play in retried:
        before = _realised(scenario, play.attempts[0])
        after = _realised(scenario, play.last_ended() or play.attempts[-1])
        gained.update(i for i in after - before if i in texts)
    return Retries(len(retried), first, last,
                   [(texts[i], n) for i, n in gained.most_common()])


def _turn_seconds(attempt: Attempt) -> list[float]:
    found, previous = [], attempt.started
    for step in attempt.steps:
        if previous and step.time:
            seconds = (step.time - previous).total_seconds()
            if 0 <= seconds < 3600:
                found.append(seconds)
        previous = step.time or previous
    return found


def _seconds(attempt: Attempt) -> float | None:
    if attempt.started and attempt.ended:
        seconds = (attempt.ended - attempt.started).total_seconds()
        return seconds if seconds >= 0 else None
    return None


def _spread(values: Iterable[float]) -> Spread:
    data = sorted(values)
    if not data:
        return Spread(0, None, None, None)
    if len(data) == 1:
        return Spread(1, data[0], data[0], data[0])
    low, _mid, high = statistics.quantiles(data, n=4)
    return Spread(len(data), statistics.median(data), low, high)


def _own_words(scenario: Scenario, nodes: dict, plays: list[Play], key: bytes) -> list[OwnWords]:
    asked = [n.id for n in scenario.nodes if getattr(n, "own_words", False)]
    asked += sorted({nid for p in plays for nid in p.attempts[0].own_words} - set(asked))
    result = []
    for nid in asked:
        if nid not in nodes:
            continue
        texts = sorted(w.strip() for p in plays if (w := p.attempts[0].own_words.get(nid, "")).strip())
        random.Random(key + nid.encode("utf-8")).shuffle(texts)
        result.append(OwnWords(nid, nodes[nid].text, len(texts),
                               texts if len(texts) >= MIN_GROUP else []))
    return result


def _student_row(play: Play, scenario: Scenario, key: bytes) -> StudentRow:
    last = play.last_ended() or play.attempts[-1]
    node = scenario.node_map().get(last.ending or "")
    return StudentRow(pseudonym(key, play.student), play.scenario, len(play.attempts),
                      node.ending.title if node is not None and node.ending else NO_ENDING,
                      len(last.steps), _seconds(play.attempts[0]))
