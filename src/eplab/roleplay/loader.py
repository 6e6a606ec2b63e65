"""Reading scenario files: YAML with line numbers, lookup by id, friendly errors."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from eplab.roleplay import text
from eplab.roleplay.model import Scenario

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ScenarioError(Exception):
    """A scenario that cannot be used; str() is one Dutch sentence (or one line per problem)."""


@dataclass
class RawScenario:
    """A parsed YAML file and its node tree, for line lookups."""

    path: Path
    data: object
    root: yaml.Node | None
    problems: list[tuple[int, str]] = field(default_factory=list)

    def line_of(self, loc: tuple) -> int:
        """The line of the deepest YAML node along a pydantic-style location path."""
        node, line = self.root, 1
        for key in loc:
            if node is None:
                break
            line = node.start_mark.line + 1
            node = _child(node, key)
        if node is not None:
            line = node.start_mark.line + 1
        return line


def _child(node: yaml.Node, key: object) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        return node.value[key]
    return None


def read_raw(path: Path) -> RawScenario:
    """Parse a file; YAML syntax errors become problems, never exceptions."""
    try:
        source = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return RawScenario(path, None, None, [(1, text.UNREADABLE.format(error=exc))])
    loader = _Loader(source)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        return RawScenario(path, None, None, [(line, text.YAML_SYNTAX.format(error=exc.problem))])
    except yaml.YAMLError as exc:
        return RawScenario(path, None, None, [(1, text.YAML_SYNTAX.format(error=exc))])
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        return RawScenario(path, data, root, [(1, text.NOT_A_MAPPING)])
    return RawScenario(path, data, root)


def parse(raw: RawScenario) -> tuple[Scenario | None, list[tuple[int, str, str]]]:
    """Build the model; return (scenario or None, [(line, node id, message)])."""
    if raw.problems:
        return None, [(line, "-", message) for line, message in raw.problems]
    try:
        return Scenario.model_validate(raw.data), []
    except ValidationError as exc:
        return None, [_describe(raw, error) for error in exc.errors()]


def _describe(raw: RawScenario, error: dict) -> tuple[int, str, str]:
    loc = tuple(error["loc"])
    where = ".".join(str(part) for part in loc) or "scenario"
    node_id = "-"
    if len(loc) >= 2 and loc[0] == "knopen" and isinstance(loc[1], int):
        nodes = raw.data.get("knopen") if isinstance(raw.data, dict) else None
        if isinstance(nodes, list) and loc[1] < len(nodes) and isinstance(nodes[loc[1]], dict):
            node_id = str(nodes[loc[1]].get("id", "-"))
    kind = error["type"]
    template = text.PYDANTIC.get(kind, text.PYDANTIC_OTHER)
    field_name = str(loc[-1]) if loc else "scenario"
    message = template.format(field=field_name, where=where, detail=error.get("msg", ""))
    return raw.line_of(loc), node_id, message


CONTENT = Path(__file__).resolve().parent.parent / "content"


def scenario_dir() -> Path:
    return CONTENT / "scenarios"


def scenario_paths() -> list[Path]:
    return sorted(scenario_dir().glob("*.yaml"))


def resolve(ref: str | Path) -> Path:
    """A scenario id from the package, or a path to a YAML file."""
    candidate = Path(ref)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return candidate
    path = scenario_dir() / f"{ref}.yaml"
    if not path.exists():
        known = ", ".join(p.stem for p in scenario_paths())
        raise ScenarioError(text.UNKNOWN_SCENARIO.format(ref=ref, known=known))
    return path


def load_scenario(ref: str | Path, *, check: bool = True) -> Scenario:
    """Load and (by default) fully validate a scenario; raise ScenarioError in Dutch."""
    from eplab.roleplay.validate import validate_raw

    path = resolve(ref)
    if not path.exists():
        raise ScenarioError(text.MISSING_FILE.format(path=path))
    raw = read_raw(path)
    scenario, problems = parse(raw)
    if scenario is not None and check:
        problems = validate_raw(raw, scenario)
    if problems:
        lines = [f"{path}:{line}: {node}: {message}" for line, node, message in problems]
        raise ScenarioError(text.INVALID_SCENARIO.format(path=path) + "\n" + "\n".join(lines))
    scenario._version = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return scenario


def list_scenarios() -> list[Scenario]:
    """Every scenario shipped in the package, sorted by year and id (unchecked: fast)."""
    found = [load_scenario(path, check=False) for path in scenario_paths()]
    return sorted(found, key=lambda s: (s.year, s.id))
