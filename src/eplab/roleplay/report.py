"""After an ending: the observation forms filled in from the path, the parent's experience
(opleidingsouders questions), the coaching card, the comparison of attempts, the debrief
("what the parent would have said") and the student's own form beside the engine's.

The learning line (HvA/UPvA, z.j.) is explicit: the forms and the parents' feedback serve
learning, not assessment. So the forms are JA/NEE per item with remarks: no totals, no
percentages, no scores per skill. (`FormResult.coverage` exists for authors' library tests only;
no face shows it.)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from eplab.roleplay import text
from eplab.roleplay.catalog import GENERAL_FORM, catalog
from eplab.roleplay.model import EXPERIENCE_ASPECTS, Scenario

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
        """For authors' library tests only; never shown to a student."""
        return sum(i.realised for i in self.items) / len(self.items) if self.items else 0.0


@dataclass(frozen=True)
class ParentAnswer:
    aspect: str
    question: str
    level: str
    text: str


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
    state: dict[str, float]

    @property
    def main_form(self) -> FormResult:
        return self.forms[0]

    def item_text(self, item_id: str) -> str:
        """The words of an item (what a user reads instead of its id)."""
        for form in self.forms:
            for item in form.items:
                if item.id == item_id:
                    return item.text
        return item_text(item_id)

    def to_dict(self) -> dict:
        return asdict(self)


def item_text(item_id: str) -> str:
    """The words of any catalogue item; the id itself only for an unknown one."""
    for form in catalog().forms.values():
        for item in form.items:
            if item.id == item_id:
                return item.text
    return item_id


def _level(total: float) -> str:
    return "positief" if total > 0 else "negatief" if total < 0 else "neutraal"


def _forms(scenario: Scenario):
    """The forms of this conversation type; the general form cut to `algemene_items`."""
    forms = catalog().forms_for(scenario.conversation_type)
    if scenario.general_items is None:
        return [(form, form.items) for form in forms]
    keep = set(scenario.general_items)
    return [(form, [i for i in form.items if form.id != GENERAL_FORM or i.id in keep])
            for form in forms]


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
                for item in items
            ],
        )
        for form, items in _forms(scenario)
    ]
    forms = [form for form in forms if form.items]

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

    return Report(
        scenario=scenario.id,
        title=scenario.title,
        ending=ending.id if ending else None,
        ending_title=ending.ending.title if ending else None,
        ending_rating=rating if ending else None,
        debrief=ending.ending.debrief if ending else "",
        forms=forms,
        parent=parent,
        state=session.state,
    )


# -- coaching ---------------------------------------------------------------
@dataclass(frozen=True)
class Coaching:
    """One directive card: the one thing to do differently, why (with source), what to try."""

    text: str
    theory: str
    try_saying: str
    items: list[str]  # the words of the card's items this path left NEE
    authored: bool  # False: eplab's fallback for a scenario without a card that applies


def choose_coaching(scenario: Scenario, report: Report) -> Coaching:
    """The first authored card that applies (see CoachingCard), else a fallback from the form."""
    nee = {item.id for form in report.forms for item in form.items if not item.realised}
    for card in scenario.coaching:
        if card.endings and report.ending not in card.endings:
            continue
        missing = [i for i in card.items if i in nee]
        if card.items and not missing:
            continue
        return Coaching(card.text, card.theory, card.try_saying,
                        [report.item_text(i) for i in missing], True)
    return _fallback(report)


def _fallback(report: Report) -> Coaching:
    main = report.main_form
    passed = [i for i in main.items if not i.realised and i.missed_turn]
    open_items = passed or [i for i in main.items if not i.realised]
    if not open_items:
        return Coaching(text.COACH_ALL_DONE, text.COACH_THEORY.format(source=main.source),
                        text.COACH_TRY_ALL_DONE, [], False)
    first = open_items[0]
    where = text.COACH_WHERE.format(turn=first.missed_turn) if first.missed_turn else ""
    return Coaching(text.COACH_FALLBACK.format(item=first.text.rstrip("."), where=where),
                    text.COACH_THEORY.format(source=main.source), text.COACH_TRY, [first.text],
                    False)


# -- attempts -----------------------------------------------------------------
@dataclass(frozen=True)
class AttemptComparison:
    before: int  # attempt numbers
    after: int
    ending_before: str
    ending_after: str
    new_ja: list[str]  # the words of items JA now and NEE before
    lost_ja: list[str]  # JA before, NEE now


def compare_attempts(session) -> AttemptComparison | None:
    results = session.attempts()
    if len(results) < 2:
        return None
    before, after = results[-2], results[-1]
    shown = [item for form in session.report().forms for item in form.items]
    new = [i.text for i in shown if i.id in after.realised and i.id not in before.realised]
    lost = [i.text for i in shown if i.id in before.realised and i.id not in after.realised]
    return AttemptComparison(before.number, after.number, before.ending_title,
                             after.ending_title, new, lost)


# -- debrief: what the parent would have said ----------------------------------
@dataclass(frozen=True)
class DebriefOption:
    index: int
    text: str
    reaction: str
    speaker: str  # the name of who reacts
    chosen: bool


@dataclass(frozen=True)
class DebriefTurn:
    turn: int
    speaker: str
    said: str  # what was said just before the choice
    options: list[DebriefOption]  # in the order the student saw them; the chosen one marked


def build_debrief(session, states: list[dict[str, float]]) -> list[DebriefTurn]:
    turns = []
    for choice, state in zip(session.choices(), states, strict=True):
        node = choice.node
        shown = session._ordered(session._open(node, state), choice.attempt, node.id)
        options = []
        for index, option in shown:
            who = option.reaction_speaker or session._reaction_speaker(node)
            options.append(DebriefOption(index, option.text, option.reaction,
                                         session.scenario.speaker_name(who), index == choice.index))
        turns.append(DebriefTurn(choice.turn, session.scenario.speaker_name(node.speaker),
                                 node.text, options))
    return turns


# -- the second look --------------------------------------------------------------
@dataclass(frozen=True)
class FormDifference:
    item: str  # id (for code), never shown
    text: str
    engine: bool
    student: bool | None  # None: the student left it open
    remark: str


def form_differences(form: FormResult, own: dict[str, dict]) -> list[FormDifference]:
    diffs = []
    for item in form.items:
        mine = own.get(item.id)
        student = None if mine is None else bool(mine.get("ja"))
        if student is None or student != item.realised:
            remark = "" if mine is None else str(mine.get("opmerking", ""))
            diffs.append(FormDifference(item.id, item.text, item.realised, student, remark))
    return diffs
