"""End-of-conversation report: the observation form filled in from the path, the parent's
experience (opleidingsouders questions) and scores per rubric dimension.

The learning line (HvA/UPvA, z.j.) is explicit: the forms and the parents' feedback serve learning, not assessment.
The report shows coverage; nothing here is a grade.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from eplab.roleplay import text
from eplab.roleplay.catalog import catalog
from eplab.roleplay.model import EXPERIENCE_ASPECTS

RATING_WEIGHT = {"positief": 2, "gemengd": 0, "negatief": -2}


@dataclass(frozen=True)
class ItemResult:
    id: str
    text: str
    phase: str
    realised: bool  # JA / NEE
    turn: int | None  # the turn that realised it
    missed_turn: int | None  # a turn where the option chosen passed it by


@dataclass(frozen=True)
class FormResult:
    id: str
    title: str
    source: str
    derived: bool
    items: list[ItemResult]

    @property
    def coverage(self) -> float:
        return sum(i.realised for i in self.items) / len(self.items) if self.items else 0.0


@dataclass(frozen=True)
class ParentAnswer:
    aspect: str
    question: str
    level: str
    text: str


@dataclass(frozen=True)
class DimensionScore:
    id: str
    label: str
    low: str
    high: str
    score: float | None  # mean of the choices that touched it, -2 … 2
    choices: int


@dataclass(frozen=True)
class Report:
    scenario: str
    title: str
    ending: str | None
    ending_title: str | None
    ending_rating: str | None
    debrief: str
    forms: list[FormResult]
    parent: list[ParentAnswer]
    scores: list[DimensionScore]
    state: dict[str, float]

    @property
    def main_form(self) -> FormResult:
        return self.forms[0]

    def to_dict(self) -> dict:
        data = asdict(self)
        for form, result in zip(data["forms"], self.forms, strict=True):
            form["coverage"] = round(result.coverage, 3)
        return data


def _level(total: float) -> str:
    return "positief" if total > 0 else "negatief" if total < 0 else "neutraal"


def build_report(session) -> Report:
    scenario = session.scenario
    path = session.path()
    realised: dict[str, int] = {}
    missed: dict[str, int] = {}
    for turn, (_node, option) in enumerate(path, start=1):
        for item in option.items:
            realised.setdefault(item, turn)
        for item in option.missed:
            missed.setdefault(item, turn)

    forms = [
        FormResult(
            form.id, form.title, form.source, form.derived,
            [
                ItemResult(item.id, item.text, item.phase, item.id in realised,
                           realised.get(item.id), None if item.id in realised else missed.get(item.id))
                for item in form.items
            ],
        )
        for form in catalog().forms_for(scenario.conversation_type)
    ]

    ending = session.node if session.finished else None
    totals = {aspect: 0 for aspect in EXPERIENCE_ASPECTS}
    for _node, option in path:
        for aspect, value in option.experience.items():
            totals[aspect] += value
    rating = ending.ending.rating if ending else "gemengd"
    totals["tevreden"] = sum(totals.values()) + RATING_WEIGHT[rating]
    parent = []
    for aspect, total in totals.items():
        level = _level(total)
        voice = scenario.parent_voice.get(aspect)
        said = getattr(voice, level, "") if voice else ""
        parent.append(ParentAnswer(aspect, text.PARENT_QUESTIONS[aspect], level,
                                   said or text.DEFAULT_VOICE[aspect][level]))

    scores = []
    for dim in catalog().dimensions.values():
        values = [opt.dimensions[dim.id] for _n, opt in path if dim.id in opt.dimensions]
        mean = sum(values) / len(values) if values else None
        scores.append(DimensionScore(dim.id, dim.label, dim.low, dim.high, mean, len(values)))

    return Report(
        scenario=scenario.id,
        title=scenario.title,
        ending=ending.id if ending else None,
        ending_title=ending.ending.title if ending else None,
        ending_rating=rating if ending else None,
        debrief=ending.ending.debrief if ending else "",
        forms=forms,
        parent=parent,
        scores=scores,
        state=session.state,
    )
