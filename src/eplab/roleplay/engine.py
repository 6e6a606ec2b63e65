"""The conversation engine: a session over a scenario, replayable from its event log.

Public API (faces — widget, app, terminal player, grading — build on this, never on internals):

- `Session(scenario, log_dir=, student=, record=, readonly=)` resumes from the sidecar log.
- State: `node`, `state`, `turn`, `finished`, `transcript()`, `path()`, `choices()` (each turn
  with the option chosen, its attempt and the student's own words at that node).
- Options: `options()` in file order (the authored numbers: `choose_number`, `--choices`,
  `voorbeeldpaden`); `shown_options()` in the order this student sees them in this attempt,
  derived from (student, scenario, attempt, node) — see `shown_order`.
- Own words: `needs_own_words` (the current node asks for them and they are not written yet),
  `write_own_words(text)`, `own_words` ({(attempt, node id): text}), `own_words_at(node)`.
- Attempts: `attempt` (1-based), `attempts()` (an `AttemptResult` per attempt that reached an
  ending), `retry()` (from the scenario's `beslismoment`, earlier turns kept).
- After an ending: `report()`, `coaching()`, `compare_attempts()`, `debrief()` and
  `open_debrief()` (logs that the student looked), `fill_form(form_id, items)` for the second
  look, `student_form` ({form id: {item id: {"ja", "opmerking"}}} of this attempt) and
  `form_differences(form_id)`.
- `back()`, `restart()`, `anticipate()`, `reflect()`, `play_random()`.

The log format is described in LOG-CONTRACT.md (events start, choose, eigen_woorden, back,
restart, end, opnieuw, eigen_formulier, anticipate, reflect, debrief); old logs replay.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from eplab.roleplay import text
from eplab.roleplay.loader import ScenarioError, load_scenario
from eplab.roleplay.log import (
    CorruptLog,
    EventLog,
    default_student,
    log_path,
    read_events,
    set_aside,
)
from eplab.roleplay.model import (
    MAX_AUTO_STEPS,
    NARRATOR,
    Node,
    Option,
    Scenario,
    TrappedCycle,
    holds,
)


@dataclass(frozen=True)
class Line:
    """One line of the transcript."""

    speaker: str  # character id, 'leerkracht' or 'verteller'
    name: str
    text: str
    turn: int  # the choice (1, 2, ...) it belongs to; 0 before the first choice
    kind: str  # 'regel' (node line), 'keuze' (teacher), 'reactie' (immediate reaction)


@dataclass(frozen=True)
class Step:
    node: str
    option: int  # index into node.options (authored order)
    attempt: int = 1  # the attempt in which this choice was made


@dataclass(frozen=True)
class Outcome:
    """What the student sees right after a choice."""

    option: Option
    reaction: str
    feedback: str
    turn: int


@dataclass(frozen=True)
class Choice:
    """One turn of the path: what was chosen, in which attempt, after which own words."""

    turn: int
    node: Node
    index: int
    option: Option
    attempt: int
    own_words: str | None  # None when the node did not ask for them


@dataclass(frozen=True)
class AttemptResult:
    """The ending an attempt reached and the form items its path realised."""

    number: int
    ending: str
    ending_title: str
    rating: str
    realised: frozenset[str]


def shown_order(student: str, scenario_id: str, attempt: int, node_id: str,
                indices: list[int]) -> list[int]:
    """The order a student sees the open options in: derived, so stable across replays."""

    def key(index: int) -> str:
        data = f"{student}\x1f{scenario_id}\x1f{attempt}\x1f{node_id}\x1f{index}"
        return hashlib.sha256(data.encode("utf-8")).hexdigest()

    return sorted(indices, key=key)


class Session:
    """One student's play of one scenario.

    The effective path is a list of steps; state, transcript and report are derived from it,
    so going back is just dropping the last step. Every event is appended to the log first.
    """

    def __init__(
        self,
        scenario: Scenario | str | Path,
        *,
        log_dir: Path | str | None = None,
        student: str | None = None,
        record: bool = True,
        readonly: bool = False,
    ):
        self.scenario = scenario if isinstance(scenario, Scenario) else load_scenario(scenario)
        self.nodes = self.scenario.node_map()
        self.student = student or default_student()
        self.steps: list[Step] = []
        self.attempt = 1
        self.anticipation = ""
        self.reflection: list[str] = []
        self.own_words: dict[tuple[int, str], str] = {}
        self.student_forms: dict[int, dict[str, dict[str, dict]]] = {}
        self.debriefs_opened: set[int] = set()
        self._results: dict[int, AttemptResult] = {}
        self.notice = ""
        self.log: EventLog | None = None
        self.readonly = readonly
        self._cache: tuple | None = None
        self._report: tuple | None = None
        if record or readonly:
            path = log_path(Path(log_dir) if log_dir else Path.cwd(), self.scenario.id)
            self.log = EventLog(path)
            self._resume()

    # -- log ---------------------------------------------------------------
    def _emit(self, event: dict) -> None:
        if self.log is not None and not self.readonly:
            self.log.append(event)

    def _reset(self) -> None:
        self.steps, self.anticipation, self.reflection = [], "", []
        self.attempt = 1
        self.own_words, self.student_forms, self._results = {}, {}, {}
        self.debriefs_opened = set()

    def _resume(self) -> None:
        path = self.log.path
        if path.exists():
            try:
                self._replay(read_events(path))
                return
            except (CorruptLog, ScenarioError, KeyError, TypeError, ValueError):
                self._reset()
                if self.readonly:
                    self.notice = text.CORRUPT_LOG.format(backup=path.name)
                    return
                backup = set_aside(path)
                self.notice = text.CORRUPT_LOG.format(backup=backup.name)
        start = {"event": "start", "scenario": self.scenario.id, "student": self.student}
        if self.scenario.version:
            start["scenario_versie"] = self.scenario.version
        self._emit(start)

    def _replay(self, events: list[dict]) -> None:
        for event in events:
            kind = event["event"]
            attempt = int(event.get("poging", self.attempt))
            if kind == "start":
                if event.get("scenario") != self.scenario.id:
                    raise CorruptLog("ander scenario")
                if isinstance(event.get("student"), str) and event["student"]:
                    self.student = event["student"]  # the order shown depends on it
            elif kind == "choose":
                if event["node"] != self.node.id:
                    raise CorruptLog("knoop past niet")
                self._apply_choice(int(event["option"]))
            elif kind == "back":
                self._drop_last()
            elif kind == "restart":
                self.steps = []
            elif kind == "opnieuw":
                self._truncate(str(event.get("vanaf", self._retry_node())))
                self.attempt = int(event.get("poging", self.attempt + 1))
            elif kind == "eigen_woorden":
                self.own_words[(attempt, str(event["node"]))] = str(event.get("tekst", ""))
            elif kind == "eigen_formulier":
                self._store_form(attempt, str(event["formulier"]), event["items"])
            elif kind == "debrief":
                self.debriefs_opened.add(attempt)
            elif kind == "anticipate":
                self.anticipation = str(event.get("answer", ""))
            elif kind == "reflect":
                self.reflection = [str(a) for a in event.get("answers", [])]

    # -- derived state -----------------------------------------------------
    def _walk(self) -> tuple[str, dict[str, float], list[Line], list[dict[str, float]]]:
        """Replay the steps from the start: (current node id, state, transcript, state before
        each step)."""
        key = tuple(self.steps)
        if self._cache and self._cache[0] == key:
            return self._cache[1]
        state = self.scenario.start_state()
        lines: list[Line] = []
        before: list[dict[str, float]] = []
        current = self._advance(self.scenario.start, state, lines, 0)
        for turn, step in enumerate(self.steps, start=1):
            before.append(dict(state))
            node = self.nodes[step.node]
            option = node.options[step.option]
            lines.append(Line("leerkracht", "Leerkracht", option.text, turn, "keuze"))
            if option.reaction:
                speaker = option.reaction_speaker or self._reaction_speaker(node)
                name = self.scenario.speaker_name(speaker)
                lines.append(Line(speaker, name, option.reaction, turn, "reactie"))
            self.scenario.apply_effects(option, state)
            current = self._advance(option.next, state, lines, turn)
        result = (current, state, lines, before)
        self._cache = (key, result)
        return result

    def _advance(self, node_id: str, state: dict, lines: list[Line], turn: int) -> str:
        """Follow line nodes until a choice or an ending, adding their lines."""
        def say(node: Node) -> None:
            name = self.scenario.speaker_name(node.speaker)
            lines.append(Line(node.speaker, name, node.text, turn, "regel"))

        try:
            return self.scenario.follow_lines(node_id, state, self.nodes, say)
        except TrappedCycle:
            raise ScenarioError(text.TRAPPED_CYCLE) from None

    def _reaction_speaker(self, node: Node) -> str:
        if node.speaker != NARRATOR:
            return node.speaker
        return self.scenario.characters[0].id

    @property
    def node(self) -> Node:
        return self.nodes[self._walk()[0]]

    @property
    def state(self) -> dict[str, float]:
        return dict(self._walk()[1])

    @property
    def turn(self) -> int:
        return len(self.steps)

    @property
    def finished(self) -> bool:
        return self.node.kind == "ending"

    def transcript(self) -> list[Line]:
        return list(self._walk()[2])

    def _open(self, node: Node, state: dict[str, float]) -> list[tuple[int, Option]]:
        return [(i, opt) for i, opt in enumerate(node.options or []) if holds(opt.condition, state)]

    def options(self) -> list[tuple[int, Option]]:
        """The options open now, in file order, with their index in the node (conditions applied)."""
        node = self.node
        if node.kind != "choice":
            return []
        return self._open(node, self._walk()[1])

    def _ordered(self, options: list[tuple[int, Option]], attempt: int, node_id: str):
        by_index = dict(options)
        order = shown_order(self.student, self.scenario.id, attempt, node_id, list(by_index))
        return [(index, by_index[index]) for index in order]

    def shown_options(self) -> list[tuple[int, Option]]:
        """The options open now in the order this student sees them in this attempt."""
        return self._ordered(self.options(), self.attempt, self.node.id)

    @property
    def needs_own_words(self) -> bool:
        """The current node asks for the student's own words first, and they are not written yet."""
        node = self.node
        return (node.kind == "choice" and node.own_words
                and (self.attempt, node.id) not in self.own_words)

    def own_words_at(self, node_id: str, attempt: int | None = None) -> str | None:
        return self.own_words.get((attempt or self.attempt, node_id))

    # -- actions -----------------------------------------------------------
    def _apply_choice(self, index: int) -> Option:
        open_options = dict(self.options())
        if self.finished:
            raise ScenarioError(text.FINISHED)
        if index not in open_options:
            raise ScenarioError(text.NO_OPTION.format(n=index + 1, count=len(self.node.options)))
        self.steps.append(Step(self.node.id, index, self.attempt))
        if self.finished:
            ending = self.node
            self._results[self.attempt] = AttemptResult(
                self.attempt, ending.id, ending.ending.title, ending.ending.rating,
                frozenset(item for _n, opt in self.path() for item in opt.items))
        return open_options[index]

    def choose(self, index: int) -> Outcome:
        """Choose option `index` (0-based, as in the scenario file) of the current node."""
        node_id = self.node.id
        shown = [i for i, _opt in self.shown_options()]
        option = self._apply_choice(index)
        self._emit({"event": "choose", "node": node_id, "option": index, "turn": self.turn,
                    "poging": self.attempt, "getoond": shown})
        if self.finished:
            self._emit({"event": "end", "ending": self.node.id, "poging": self.attempt})
        return Outcome(option, option.reaction, option.feedback, self.turn)

    def choose_number(self, number: int) -> Outcome:
        """Choose by the authored number (1-based among the open options, in file order)."""
        shown = self.options()
        if not 1 <= number <= len(shown):
            raise ScenarioError(text.NO_OPTION.format(n=number, count=len(shown)))
        return self.choose(shown[number - 1][0])

    def write_own_words(self, words: str) -> None:
        """Save what the student would say at the current node, before the options ("" allowed)."""
        node_id = self.node.id
        self.own_words[(self.attempt, node_id)] = words
        self._emit({"event": "eigen_woorden", "node": node_id, "tekst": words,
                    "poging": self.attempt})

    def _drop_last(self) -> bool:
        if not self.steps:
            return False
        self.steps.pop()
        return True

    def back(self) -> bool:
        """Undo the last choice; False when at the start."""
        if not self._drop_last():
            return False
        self._emit({"event": "back"})
        return True

    def restart(self) -> None:
        self.steps = []
        self._emit({"event": "restart"})

    def _retry_node(self) -> str:
        return self.scenario.decisive or self.scenario.start

    def _truncate(self, node_id: str) -> None:
        """Keep the steps taken before `node_id` was reached (none when it was not reached)."""
        for i, step in enumerate(self.steps):
            if step.node == node_id:
                self.steps = self.steps[:i]
                return
        self.steps = []

    def retry(self) -> int:
        """Another attempt from the decisive moment, the turns before it kept; the new number."""
        node_id = self._retry_node()
        self._truncate(node_id)
        self.attempt += 1
        self._emit({"event": "opnieuw", "vanaf": node_id, "poging": self.attempt})
        return self.attempt

    def anticipate(self, answer: str) -> None:
        self.anticipation = answer
        self._emit({"event": "anticipate", "answer": answer})

    def reflect(self, answers: list[str]) -> None:
        self.reflection = list(answers)
        self._emit({"event": "reflect", "answers": self.reflection})

    def play_random(self, seed: int) -> None:
        """Choose uniformly among open options until an ending (for authors and tests)."""
        import random

        rng = random.Random(seed)
        for _ in range(MAX_AUTO_STEPS):
            if self.finished:
                return
            self.choose(rng.choice(self.options())[0])
        raise ScenarioError(text.TRAPPED_CYCLE)

    # -- the path and what follows an ending ---------------------------------
    def path(self) -> list[tuple[Node, Option]]:
        return [(self.nodes[s.node], self.nodes[s.node].options[s.option]) for s in self.steps]

    def choices(self) -> list[Choice]:
        """Every turn of the path with the student's own words at that node (if it asked)."""
        result = []
        for turn, step in enumerate(self.steps, start=1):
            node = self.nodes[step.node]
            words = self.own_words.get((step.attempt, step.node)) if node.own_words else None
            result.append(Choice(turn, node, step.option, node.options[step.option],
                                 step.attempt, words))
        return result

    def attempts(self) -> list[AttemptResult]:
        """The attempts that reached an ending, in order (the last ending of each)."""
        return [self._results[n] for n in sorted(self._results)]

    def report(self):
        """The report of the current path (cached until the path changes)."""
        from eplab.roleplay.report import build_report

        key = tuple(self.steps)
        if self._report is None or self._report[0] != key:
            self._report = (key, build_report(self))
        return self._report[1]

    def coaching(self):
        """The coaching card for this ending (None before an ending)."""
        from eplab.roleplay.report import choose_coaching

        return choose_coaching(self.scenario, self.report()) if self.finished else None

    def compare_attempts(self):
        """The last attempt beside the one before it (None with fewer than two endings)."""
        from eplab.roleplay.report import compare_attempts

        return compare_attempts(self)

    def debrief(self):
        """Per turn: the option chosen and the others, each with the reaction it would have had."""
        from eplab.roleplay.report import build_debrief

        return build_debrief(self, self._walk()[3])

    def open_debrief(self):
        """The debrief, logged as opened by the student."""
        self.debriefs_opened.add(self.attempt)
        self._emit({"event": "debrief", "poging": self.attempt})
        return self.debrief()

    def _store_form(self, attempt: int, form_id: str, items: dict) -> None:
        if not isinstance(items, dict):
            raise ValueError("items")
        clean = {str(k): {"ja": bool(v.get("ja")), "opmerking": str(v.get("opmerking", ""))}
                 for k, v in items.items()}
        self.student_forms.setdefault(attempt, {})[form_id] = clean

    def fill_form(self, form_id: str, items: dict[str, dict]) -> None:
        """The student's own observation on a second reading: {item id: {"ja", "opmerking"}}."""
        known = {f.id: {i.id for i in f.items} for f in self.report().forms}
        if form_id not in known or not set(items) <= known[form_id]:
            raise ScenarioError(text.UNKNOWN_FORM.format(form=form_id))
        self._store_form(self.attempt, form_id, items)
        self._emit({"event": "eigen_formulier", "formulier": form_id,
                    "items": self.student_forms[self.attempt][form_id], "poging": self.attempt})

    @property
    def student_form(self) -> dict[str, dict[str, dict]]:
        """The student's own forms of this attempt: {form id: {item id: {"ja", "opmerking"}}}."""
        return self.student_forms.get(self.attempt, {})

    def form_differences(self, form_id: str):
        """Where the student's own form and the engine's differ (empty when they agree)."""
        from eplab.roleplay.report import form_differences

        form = next(f for f in self.report().forms if f.id == form_id)
        return form_differences(form, self.student_form.get(form_id, {}))
