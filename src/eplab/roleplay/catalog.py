"""The observation forms, conversation types and rubric dimensions (content/formulieren.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

GENERAL_FORM = "algemeen"


@dataclass(frozen=True)
class FormItem:
    id: str
    text: str
    phase: str


@dataclass(frozen=True)
class Form:
    id: str
    title: str
    source: str
    derived: bool
    items: tuple[FormItem, ...]


@dataclass(frozen=True)
class Dimension:
    id: str
    label: str
    low: str
    high: str
    source: str


@dataclass(frozen=True)
class ConversationType:
    id: str
    label: str
    form: str


@dataclass(frozen=True)
class Catalog:
    forms: dict[str, Form]
    types: dict[str, ConversationType]
    dimensions: dict[str, Dimension]

    def forms_for(self, conversation_type: str) -> list[Form]:
        """The type's own form first, then the general-skills form."""
        own = self.forms[self.types[conversation_type].form]
        return [own, self.forms[GENERAL_FORM]]

    def item_ids(self) -> dict[str, str]:
        """Every item id mapped to the id of its form."""
        return {item.id: form.id for form in self.forms.values() for item in form.items}


@cache
def catalog() -> Catalog:
    path = Path(__file__).resolve().parent.parent / "content" / "formulieren.yaml"
    text = path.read_text("utf-8")
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    forms = {
        form_id: Form(
            id=form_id,
            title=spec["titel"],
            source=spec["bron"],
            derived=bool(spec.get("afgeleid", False)),
            items=tuple(
                FormItem(item["id"], item["tekst"], phase["naam"])
                for phase in spec["fasen"]
                for item in phase["items"]
            ),
        )
        for form_id, spec in raw["formulieren"].items()
    }
    types = {
        type_id: ConversationType(type_id, spec["label"], spec["formulier"])
        for type_id, spec in raw["gesprekstypen"].items()
    }
    dimensions = {
        dim_id: Dimension(dim_id, spec["label"], spec["laag"], spec["hoog"], spec["bron"])
        for dim_id, spec in raw["dimensies"].items()
    }
    return Catalog(forms, types, dimensions)
