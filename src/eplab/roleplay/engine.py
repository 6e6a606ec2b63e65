"""The conversation engine: a session over a scenario, replayable from its event log."""

from __future__ import annotations

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
from eplab.roleplay.model import NARRATOR, Node, Option, Scenario, holds

MAX_AUTO_STEPS = 1000


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
    option: int  # index into node.options


@dataclass(frozen=True)
class Outcome:
    """What the student sees right after a choice."""

    option: Option
    reaction: str
    feedback: str
    turn: int


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
        self.anticipation = ""
        self.reflection: list[str] = []
        self.notice = ""
        self.log: EventLog | None = None
        self.readonly = readonly
        self._cache: tuple | None = None
        if record or readonly:
            path = log_path(Path(log_dir) if log_dir else Path.cwd(), self.scenario.id)
            self.log = EventLog(path)
            self._resume()

    # -- log ---------------------------------------------------------------
    def _emit(self, event: dict) -> None:
        if self.log is not None and not self.readonly:
            self.log.append(event)

    def _resume(self) -> None:
        path = self.log.path
        if path.exists():
            try:
                self._replay(read_events(path))
                return
            except (CorruptLog, ScenarioError, KeyError, TypeError, ValueError):
                self.steps, self.anticipation, self.reflection = [], "", []
                if self.readonly:
                    self.notice = text.CORRUPT_LOG.format(backup=path.name)
                    return
                backup = set_aside(path)
                self.notice = text.CORRUPT_LOG.format(backup=backup.name)
        self._emit({"event": "start", "scenario": self.scenario.id, "student": self.student})

    def _replay(self, events: list[dict]) -> None:
        for event in events:
            kind = event["event"]
            if kind == "start":
                if event.get("scenario") != self.scenario.id:
                    raise CorruptLog("ander scenario")
            elif kind == "choose":
                if event["node"] != self.node.id:
                    raise CorruptLog("knoop past niet")
                self._apply_choice(int(event["option"]))
            elif kind == "back":
                self._drop_last()
            elif kind == "restart":
                self.steps = []
            elif kind == "anticipate":
                self.anticipation = str(event.get("answer", ""))
            elif kind == "reflect":
                self.reflection = [str(a) for a in event.get("answers", [])]

    # -- derived state -----------------------------------------------------
    def _walk(self) -> tuple[str, dict[str, float], list[Line]]:
        """Replay the steps from the start: (current node id, state, transcript)."""
        key = tuple(self.steps)
        if self._cache and self._cache[0] == key:
            return self._cache[1]
        state = {name: var.start for name, var in self.scenario.state.items()}
        lines: list[Line] = []
        current = self._advance(self.scenario.start, state, lines, 0)
        for turn, step in enumerate(self.steps, start=1):
            node = self.nodes[step.node]
            option = node.options[step.option]
            lines.append(Line("leerkracht", "Leerkracht", option.text, turn, "keuze"))
            if option.reaction:
                speaker = option.reaction_speaker or self._reaction_speaker(node)
                name = self.scenario.speaker_name(speaker)
                lines.append(Line(speaker, name, option.reaction, turn, "reactie"))
            for name, delta in option.effects.items():
                var = self.scenario.state[name]
                state[name] = min(var.max, max(var.min, state[name] + delta))
            current = self._advance(option.next, state, lines, turn)
        result = (current, state, lines)
        self._cache = (key, result)
        return result

    def _advance(self, node_id: str, state: dict, lines: list[Line], turn: int) -> str:
        """Follow line nodes until a choice or an ending, adding their lines."""
        for _ in range(MAX_AUTO_STEPS):
            node = self.nodes[node_id]
            name = self.scenario.speaker_name(node.speaker)
            lines.append(Line(node.speaker, name, node.text, turn, "regel"))
            if node.kind != "line":
                return node_id
            node_id = next(b.target for b in node.branches() if holds(b.condition, state))
        raise ScenarioError(text.TRAPPED_CYCLE)

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

    def options(self) -> list[tuple[int, Option]]:
        """The options open now, with their index in the node (conditions applied)."""
        node = self.node
        if node.kind != "choice":
            return []
        state = self._walk()[1]
        return [(i, opt) for i, opt in enumerate(node.options) if holds(opt.condition, state)]

    # -- actions -----------------------------------------------------------
    def _apply_choice(self, index: int) -> Option:
        open_options = dict(self.options())
        if self.finished:
            raise ScenarioError(text.FINISHED)
        if index not in open_options:
            raise ScenarioError(text.NO_OPTION.format(n=index + 1, count=len(self.node.options)))
        self.steps.append(Step(self.node.id, index))
        return open_options[index]

    def choose(self, index: int) -> Outcome:
        """Choose option `index` (0-based, as in the scenario file) of the current node."""
        node_id = self.node.id
        option = self._apply_choice(index)
        self._emit({"event": "choose", "node": node_id, "option": index, "turn": self.turn})
        if self.finished:
            self._emit({"event": "end", "ending": self.node.id})
        return Outcome(option, option.reaction, option.feedback, self.turn)

    def choose_number(self, number: int) -> Outcome:
        """Choose by the number shown to the player (1-based among the open options)."""
        shown = self.options()
        if not 1 <= number <= len(shown):
            raise ScenarioError(text.NO_OPTION.format(n=number, count=len(shown)))
        return self.choose(shown[number - 1][0])

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

    def path(self) -> list[tuple[Node, Option]]:
        return [(self.nodes[s.node], self.nodes[s.node].options[s.option]) for s in self.steps]

    def report(self):
        from eplab.roleplay.report import build_report

        return build_report(self)
