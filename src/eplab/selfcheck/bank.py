"""Self-check questions kept in content files (content/zelftoetsen/<notebook>.yaml), called by id.

A study notebook says `zelftoets("jaar1-02-1")`: the question, its options, the right answer and
the explanations live in `jaar1-02.yaml`, so nothing of the answer key is in the notebook a
student reads.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from eplab.selfcheck import text as t

FOLDER = Path(__file__).resolve().parent.parent / "content" / "zelftoetsen"
KINDS = ("meerkeuze", "meerdere_antwoorden", "volgorde", "indelen")


class UnknownQuestion(LookupError):
    """No self-check question with this id; str() is one Dutch sentence."""


def file_for(question_id: str) -> Path:
    """`jaar1-02-3` lives in `jaar1-02.yaml`."""
    return FOLDER / f"{question_id.rsplit('-', 1)[0]}.yaml"


@cache
def _load(path: Path) -> dict[str, dict]:
    raw = yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return dict(raw.get("vragen") or {})


def spec(question_id: str) -> dict:
    """The question's fields as written in its content file (`soort` names the kind)."""
    path = file_for(question_id)
    found = _load(path).get(question_id) if path.is_file() else None
    if not found:
        raise UnknownQuestion(t.UNKNOWN_QUESTION.format(id=question_id))
    problem = _shape_problem(found)
    if problem:
        raise UnknownQuestion(t.BAD_QUESTION.format(id=question_id, file=path.name, problem=problem))
    return dict(found)


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _shape_problem(fields: dict) -> str:
    """What is wrong with a question's fields in its content file ('' when nothing)."""
    if fields.get("soort") not in KINDS:
        return f"soort moet een van {', '.join(KINDS)} zijn"
    if not isinstance(fields.get("vraag"), str):
        return "vraag moet een tekst zijn"
    for name in ("opties", "stappen"):
        if name in fields and not _texts(fields[name]):
            return f"elke regel van {name} moet een tekst zijn (zet een tekst met ': ' tussen aanhalingstekens)"
    items = fields.get("items")
    if items is not None and not (isinstance(items, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in items.items())):
        return "items moet zinnen met hun categorie zijn (tekst: tekst)"
    uitleg = fields.get("uitleg", "")
    if not (isinstance(uitleg, str) or _texts(uitleg) or isinstance(uitleg, dict)):
        return "uitleg moet een tekst, een lijst teksten of per zin een tekst zijn"
    return ""


def question_ids(stem: str) -> list[str]:
    """The ids in one content file, in their order (`stem` is for example `jaar1-02`)."""
    path = FOLDER / f"{stem}.yaml"
    return list(_load(path)) if path.is_file() else []
