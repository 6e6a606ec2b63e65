"""Scenario validator: graph and reference checks on top of the pydantic model.

Every problem is (line, node id, Dutch message); `check_paths` formats them as
`PATH:LINE: node-id: message` for the CLI.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eplab.roleplay import text
from eplab.roleplay.catalog import catalog
from eplab.roleplay.loader import RawScenario, parse, read_raw
from eplab.roleplay.model import NARRATOR, Condition, Scenario

Problem = tuple[int, str, str]


def validate_raw(raw: RawScenario, scenario: Scenario) -> list[Problem]:
    problems: list[Problem] = []
    index = {node.id: i for i, node in enumerate(scenario.nodes)}

    def line(*loc: object) -> int:
        return raw.line_of(loc)

    def node_line(node_id: str, *rest: object) -> int:
        return line("knopen", index[node_id], *rest)

    cat = catalog()
    if scenario.conversation_type not in cat.types:
        known = ", ".join(cat.types)
        problems.append(
            (line("gesprekstype"), "-",
             text.UNKNOWN_TYPE.format(value=scenario.conversation_type, known=known))
        )
    allowed_items = _allowed_items(scenario)

    counts = Counter(node.id for node in scenario.nodes)
    for i, node in enumerate(scenario.nodes):
        if counts[node.id] > 1 and index[node.id] != i:
            problems.append((line("knopen", i, "id"), node.id, text.DUPLICATE_ID.format(id=node.id)))
    for ident, count in Counter(c.id for c in scenario.characters).items():
        if count > 1:
            problems.append((line("personages"), "-", text.DUPLICATE_ID.format(id=ident)))

    if scenario.start not in index:
        problems.append((line("start"), "-", text.UNKNOWN_START.format(target=scenario.start)))
    elif scenario.nodes[index[scenario.start]].kind == "ending":
        problems.append((line("start"), scenario.start, text.START_NOT_CHOICE))

    speakers = {c.id for c in scenario.characters} | {NARRATOR}
    for node in scenario.nodes:
        problems += _check_node(node, node_line, index, speakers, scenario, allowed_items)

    problems += _check_graph(scenario, index, node_line)
    return sorted(set(problems))


def _allowed_items(scenario: Scenario) -> set[str] | None:
    cat = catalog()
    if scenario.conversation_type not in cat.types:
        return None
    return {item.id for form in cat.forms_for(scenario.conversation_type) for item in form.items}


def _check_node(node, node_line, index, speakers, scenario, allowed_items) -> list[Problem]:
    problems: list[Problem] = []
    nid = node.id
    if node.speaker not in speakers:
        problems.append((node_line(nid, "spreker"), nid,
                         text.UNKNOWN_SPEAKER.format(speaker=node.speaker)))
    present = [x is not None for x in (node.options, node.next, node.ending)]
    if not any(present):
        problems.append((node_line(nid), nid, text.DEAD_END))
    elif sum(present) > 1:
        problems.append((node_line(nid), nid, text.MIXED_NODE))
    for b, branch in enumerate(node.branches()):
        loc = ("volgende",) if isinstance(node.next, str) else ("volgende", b, "naar")
        if branch.target not in index:
            problems.append((node_line(nid, *loc), nid,
                             text.UNKNOWN_TARGET.format(target=branch.target)))
        problems += _check_condition(branch.condition, node_line(nid, *loc), nid, scenario)
    if isinstance(node.next, list) and node.next and node.next[-1].condition:
        problems.append((node_line(nid, "volgende"), nid, text.BRANCH_DEFAULT))
    if node.options is not None:
        problems += _check_options(node, node_line, index, speakers, scenario, allowed_items)
    return problems


def _check_options(node, node_line, index, speakers, scenario, allowed_items) -> list[Problem]:
    problems: list[Problem] = []
    nid = node.id
    cat = catalog()
    all_items = cat.item_ids()
    if not 2 <= len(node.options) <= 4:
        problems.append((node_line(nid, "opties"), nid,
                         text.OPTION_COUNT.format(count=len(node.options))))
    if node.options and all(opt.condition for opt in node.options):
        problems.append((node_line(nid, "opties"), nid, text.ALL_CONDITIONAL))
    for n, opt in enumerate(node.options):
        where = node_line(nid, "opties", n)
        if opt.next not in index:
            problems.append((node_line(nid, "opties", n, "naar"), nid,
                             text.UNKNOWN_TARGET.format(target=opt.next)))
        if not opt.feedback.strip():
            problems.append((where, nid, text.NO_FEEDBACK.format(n=n + 1)))
        if not opt.reaction.strip():
            problems.append((where, nid, text.NO_REACTION.format(n=n + 1)))
        if opt.reaction_speaker is not None and opt.reaction_speaker not in speakers:
            problems.append((node_line(nid, "opties", n, "reactie_spreker"), nid,
                             text.UNKNOWN_SPEAKER.format(speaker=opt.reaction_speaker)))
        for name in opt.effects:
            if name not in scenario.state:
                problems.append((where, nid, text.UNDECLARED_STATE.format(name=name)))
        problems += _check_condition(opt.condition, where, nid, scenario)
        for item in [*opt.items, *opt.missed]:
            if item not in all_items:
                problems.append((where, nid, text.UNKNOWN_ITEM.format(item=item)))
            elif allowed_items is not None and item not in allowed_items:
                problems.append((where, nid, text.WRONG_FORM_ITEM.format(
                    item=item, type=scenario.conversation_type)))
        for name, score in opt.dimensions.items():
            if name not in cat.dimensions:
                problems.append((where, nid, text.UNKNOWN_DIMENSION.format(
                    name=name, known=", ".join(cat.dimensions))))
            elif not -2 <= score <= 2:
                problems.append((where, nid, text.DIMENSION_RANGE.format(name=name)))
    return problems


def _check_condition(condition: Condition | None, line: int, nid: str, scenario) -> list[Problem]:
    return [
        (line, nid, text.UNDECLARED_STATE.format(name=name))
        for name in (condition or {})
        if name not in scenario.state
    ]


def _edges(scenario: Scenario) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for node in scenario.nodes:
        targets = {b.target for b in node.branches()}
        targets |= {opt.next for opt in node.options or []}
        edges.setdefault(node.id, set()).update(targets)
    return edges


def _reach(start: set[str], edges: dict[str, set[str]]) -> set[str]:
    seen, todo = set(start), list(start)
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _check_graph(scenario: Scenario, index, node_line) -> list[Problem]:
    if scenario.start not in index:
        return []
    edges = _edges(scenario)
    reachable = _reach({scenario.start}, edges)
    reverse: dict[str, set[str]] = {}
    for source, targets in edges.items():
        for target in targets:
            reverse.setdefault(target, set()).add(source)
    endings = {node.id for node in scenario.nodes if node.kind == "ending"}
    can_finish = _reach(endings, reverse)
    problems: list[Problem] = []
    for node in scenario.nodes:
        if node.id not in reachable:
            problems.append((node_line(node.id), node.id, text.UNREACHABLE))
        elif node.id not in can_finish and node.kind not in ("dead", "ending"):
            in_cycle = node.id in _reach(edges.get(node.id, set()), edges)
            message = text.TRAPPED_CYCLE if in_cycle else text.NO_ENDING
            problems.append((node_line(node.id), node.id, message))
    return problems


def check_paths(paths: list[Path]) -> list[str]:
    """Validate files; return formatted problem lines (empty when all are valid)."""
    lines: list[str] = []
    for path in paths:
        raw = read_raw(path)
        scenario, problems = parse(raw)
        if scenario is not None:
            problems = validate_raw(raw, scenario)
        lines += [f"{path}:{line}: {node}: {message}" for line, node, message in problems]
    return lines
