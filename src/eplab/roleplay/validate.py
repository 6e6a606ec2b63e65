"""Scenario validator: graph and reference checks on top of the pydantic model.

Every problem is (line, node id, Dutch message); `check_paths` formats them as
`PATH:LINE: node-id: message` for the CLI. `practice_warnings` lists what a valid scenario lacks
to be practice (own-words nodes, coaching, a beslismoment): warnings, never a refusal to load.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eplab.roleplay import text
from eplab.roleplay.catalog import GENERAL_FORM, catalog
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
    problems += _check_practice(scenario, index, line, node_line, allowed_items)
    return sorted(set(problems))


def _check_practice(scenario, index, line, node_line, allowed_items) -> list[Problem]:
    """Errors in the practice fields: beslismoment, eigen_woorden, coaching, algemene_items."""
    problems: list[Problem] = []
    target = scenario.decisive
    if target is not None and target not in index:
        problems.append((line("beslismoment"), "-", text.UNKNOWN_DECISIVE.format(target=target)))
    elif target is not None and scenario.nodes[index[target]].kind != "choice":
        problems.append((line("beslismoment"), target,
                         text.DECISIVE_NOT_CHOICE.format(target=target)))
    for node in scenario.nodes:
        if node.own_words and node.options is None:
            problems.append((node_line(node.id, "eigen_woorden"), node.id,
                             text.OWN_WORDS_NOT_CHOICE))
    all_items = catalog().item_ids()
    endings = {node.id for node in scenario.nodes if node.kind == "ending"}
    for n, card in enumerate(scenario.coaching):
        for k, item in enumerate(card.items):
            where = line("coaching", n, "items", k)
            if item not in all_items:
                problems.append((where, "-", text.UNKNOWN_COACHING_ITEM.format(n=n + 1, item=item)))
            elif allowed_items is not None and item not in allowed_items:
                problems.append((where, "-", text.WRONG_FORM_ITEM.format(
                    item=item, type=scenario.conversation_type)))
        for k, ending in enumerate(card.endings):
            if ending not in endings:
                problems.append((line("coaching", n, "einden", k), "-",
                                 text.UNKNOWN_COACHING_ENDING.format(n=n + 1, ending=ending)))
    general = {item.id for item in catalog().forms[GENERAL_FORM].items}
    for k, item in enumerate(scenario.general_items or []):
        if item not in general:
            problems.append((line("algemene_items", k), "-",
                             text.UNKNOWN_GENERAL_ITEM.format(item=item)))
    return problems


def practice_warnings(raw: RawScenario, scenario: Scenario) -> list[Problem]:
    """What a scenario lacks to be practice rather than a quiz (warnings, not errors)."""
    own = [node for node in scenario.nodes if node.own_words]
    warnings: list[Problem] = []
    if len(own) < 2:
        warnings.append((raw.line_of(("knopen",)), "-", text.FEW_OWN_WORDS.format(count=len(own))))
    if not scenario.coaching:
        warnings.append((raw.line_of(("id",)), "-", text.NO_COACHING))
    if scenario.decisive is None:
        warnings.append((raw.line_of(("start",)), "-", text.NO_DECISIVE))
    return warnings


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


def check_paths(paths: list[Path], *, warnings: list[str] | None = None) -> list[str]:
    """Validate files; return formatted problem lines (empty when all are valid).

    Pass a list as `warnings` to collect the practice warnings (same format) of valid files.
    """
    lines: list[str] = []
    for path in paths:
        raw = read_raw(path)
        scenario, problems = parse(raw)
        if scenario is not None:
            problems = validate_raw(raw, scenario)
            if warnings is not None and not problems:
                warnings += [f"{path}:{line}: {node}: {message}"
                             for line, node, message in practice_warnings(raw, scenario)]
        lines += [f"{path}:{line}: {node}: {message}" for line, node, message in problems]
    return lines
