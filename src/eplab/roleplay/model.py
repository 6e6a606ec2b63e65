"""Pydantic models of a scenario file.

Field names are English; the YAML keys a scenario author writes are Dutch (the aliases).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

# The opleidingsouders' questions (leerlijn HvA/UPvA, ch. 4) a choice can touch.
EXPERIENCE_ASPECTS = ("sfeer", "positief_kind", "op_de_hoogte", "ruimte")
NARRATOR = "verteller"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True, defer_build=True)


class Bound(_Model):
    min: float | None = None
    max: float | None = None


# A condition: every named state variable must lie within its bounds.
Condition = dict[str, Bound]


class Character(_Model):
    id: str
    name: str = Field(alias="naam")
    role: str = Field(alias="rol")
    matters: str = Field("", alias="wat_telt")


class Source(_Model):
    author: str = Field(alias="auteur")
    year: str | int = Field(alias="jaar")
    title: str = Field("", alias="titel")


class StateVar(_Model):
    label: str
    start: float
    min: float = 0
    max: float = 10


class Option(_Model):
    text: str = Field(alias="tekst")
    next: str = Field(alias="naar")
    reaction: str = Field("", alias="reactie")
    # who reacts, when not the speaker of the node (the child, the other parent, a colleague)
    reaction_speaker: str | None = Field(None, alias="reactie_spreker")
    feedback: str = ""
    effects: dict[str, float] = Field(default_factory=dict, alias="effect")
    items: list[str] = Field(default_factory=list)
    missed: list[str] = Field(default_factory=list, alias="mist")
    dimensions: dict[str, int] = Field(default_factory=dict, alias="dimensies")
    experience: dict[Literal["sfeer", "positief_kind", "op_de_hoogte", "ruimte"], int] = Field(
        default_factory=dict, alias="beleving"
    )
    condition: Condition | None = Field(None, alias="als")


class Branch(_Model):
    target: str = Field(alias="naar")
    condition: Condition | None = Field(None, alias="als")


class Ending(_Model):
    title: str = Field(alias="titel")
    debrief: str
    rating: Literal["positief", "gemengd", "negatief"] = Field("gemengd", alias="waardering")


class Node(_Model):
    id: str
    speaker: str = Field(alias="spreker")
    text: str = Field(alias="tekst")
    emotion: str = Field("", alias="emotie")
    prompt: str = Field("", alias="vraag")
    options: list[Option] | None = Field(None, alias="opties")
    next: str | list[Branch] | None = Field(None, alias="volgende")
    ending: Ending | None = Field(None, alias="einde")
    # the student first writes what they would say, then sees the options
    own_words: bool = Field(False, alias="eigen_woorden")

    @property
    def kind(self) -> str:
        if self.ending is not None:
            return "ending"
        if self.options is not None:
            return "choice"
        if self.next is not None:
            return "line"
        return "dead"

    def branches(self) -> list[Branch]:
        if self.next is None:
            return []
        if isinstance(self.next, str):
            return [Branch(naar=self.next)]
        return list(self.next)


class CoachingCard(_Model):
    """One directive coaching card, shown after an ending (the first card that applies).

    A card applies when the ending reached is in `endings` (or `endings` is empty) and at least
    one of `items` is NEE on the path (or `items` is empty). Authors order cards by importance
    and end with one without conditions.
    """

    items: list[str] = Field(default_factory=list)
    endings: list[str] = Field(default_factory=list, alias="einden")
    text: str = Field(alias="tekst")  # the one thing to do differently
    theory: str = Field(alias="theorie")  # why, with its source: "... (Fontys, 2017)"
    try_saying: str = Field(alias="probeer")  # a concrete sentence to try


class ParentVoice(_Model):
    positief: str = ""
    neutraal: str = ""
    negatief: str = ""


MAX_AUTO_STEPS = 1000


class TrappedCycle(Exception):
    """Line nodes that lead to each other without ever reaching a choice or an ending."""


class Scenario(_Model):
    id: str
    title: str = Field(alias="titel")
    conversation_type: str = Field(alias="gesprekstype")
    year: int = Field(alias="jaar", ge=1, le=4)
    summary: str = Field("", alias="samenvatting")
    characters: list[Character] = Field(alias="personages", min_length=1)
    context: str
    anticipate: str = Field("", alias="anticiperen")
    sources: list[Source] = Field(alias="bronnen", min_length=1)
    state: dict[str, StateVar] = Field(default_factory=dict, alias="toestand")
    parent_voice: dict[
        Literal["sfeer", "positief_kind", "op_de_hoogte", "ruimte", "tevreden"], ParentVoice
    ] = Field(default_factory=dict, alias="ouderstem")
    reflection: list[str] = Field(default_factory=list, alias="reflectievragen")
    # Example paths (choice numbers as shown to the player) for authors and tests:
    # 'sterk' fills most of the form, 'zwak' little of it.
    example_paths: dict[Literal["sterk", "zwak"], list[int]] = Field(
        default_factory=dict, alias="voorbeeldpaden"
    )
    # the node a retry starts from ("Probeer opnieuw vanaf dit moment")
    decisive: str | None = Field(None, alias="beslismoment")
    coaching: list[CoachingCard] = Field(default_factory=list)
    # the items of the general-skills form that can apply to this conversation (all when absent)
    general_items: list[str] | None = Field(None, alias="algemene_items")
    start: str
    nodes: list[Node] = Field(alias="knopen", min_length=1)
    # first 12 hex of sha256 of the file's bytes, set by the loader (None when built in code)
    _version: str | None = PrivateAttr(None)

    @property
    def version(self) -> str | None:
        return self._version

    def node_map(self) -> dict[str, Node]:
        return {node.id: node for node in self.nodes}

    def character(self, ident: str) -> Character | None:
        return next((c for c in self.characters if c.id == ident), None)

    def speaker_name(self, ident: str) -> str:
        found = self.character(ident)
        return found.name if found else ident

    # -- the path rules, shared by the engine and every reader of a log -------
    def start_state(self) -> dict[str, float]:
        return {name: var.start for name, var in self.state.items()}

    def apply_effects(self, option: Option, state: dict[str, float]) -> None:
        """Add the option's effects to `state`, each clamped to its variable's range."""
        for name, delta in option.effects.items():
            var = self.state[name]
            state[name] = min(var.max, max(var.min, state[name] + delta))

    def follow_lines(self, node_id: str, state: dict[str, float], nodes: dict[str, Node],
                     visit: Callable[[Node], None] | None = None) -> str:
        """Follow line nodes (each to its first branch whose condition holds) to a choice or an
        ending and return its id; `visit` sees every node on the way, the last one too."""
        for _ in range(MAX_AUTO_STEPS):
            node = nodes[node_id]
            if visit is not None:
                visit(node)
            if node.kind != "line":
                return node_id
            node_id = next(b.target for b in node.branches() if holds(b.condition, state))
        raise TrappedCycle(node_id)


def holds(condition: Condition | None, state: dict[str, float]) -> bool:
    """True when every bound in the condition holds for the state."""
    if not condition:
        return True
    for name, bound in condition.items():
        value = state.get(name)
        if value is None:
            return False
        if bound.min is not None and value < bound.min:
            return False
        if bound.max is not None and value > bound.max:
            return False
    return True
