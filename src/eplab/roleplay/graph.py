"""A Mermaid flowchart of a scenario, for authors."""

from __future__ import annotations

from eplab.roleplay.model import Scenario


def _label(text: str, limit: int = 40) -> str:
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return short.replace('"', "'").replace("\n", " ")


def mermaid(scenario: Scenario) -> str:
    lines = ["flowchart TD"]
    for node in scenario.nodes:
        shape = ('(["', '"])') if node.kind == "ending" else ('["', '"]')
        title = node.ending.title if node.ending else node.text
        lines.append(f"    {node.id}{shape[0]}{node.id}: {_label(title)}{shape[1]}")
    for node in scenario.nodes:
        for n, option in enumerate(node.options or [], start=1):
            lines.append(f'    {node.id} -->|"{n}. {_label(option.text, 30)}"| {option.next}')
        for branch in node.branches():
            arrow = "-.->|voorwaarde|" if branch.condition else "-->"
            lines.append(f"    {node.id} {arrow} {branch.target}")
    return "\n".join(lines) + "\n"
