"""axe-core audits for the browser tests (axe-playwright-python ships axe-core itself).

`audit(page)` runs axe on the whole page and splits the violations into those in eplab's own
markup (an element inside something with a class starting with `eplab`, or the app page eplab
writes) and those of JupyterLab, ipywidgets or Voilà. Tests assert on the first list and print the
second, so nothing is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# An element counts as eplab's when it or an ancestor carries one of these selectors.
OWN = ".eplab, [class*='eplab-'], [class^='eplab'], [data-eplab]"


@dataclass
class Audit:
    own: list[dict] = field(default_factory=list)
    others: list[dict] = field(default_factory=list)

    def summary(self, which: list[dict] | None = None) -> str:
        lines = []
        for v in self.own if which is None else which:
            targets = "; ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:3])
            lines.append(f"{v['impact']}: {v['id']} ({len(v['nodes'])}x) {targets}")
        return "\n".join(lines)


def audit(page, context: str | dict | None = None, own: str = OWN) -> Audit:
    """Run axe (WCAG 2.1 A and AA rules) and split violations into eplab's own and the rest."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_AA}, "resultTypes": ["violations"]}
    results = Axe().run(page, context=context, options=options).response
    found = Audit()
    for violation in results["violations"]:
        mine, theirs = [], []
        for node in violation["nodes"]:
            selector = node["target"][0] if node["target"] else ""
            is_own = isinstance(selector, str) and page.evaluate(
                "([sel, own]) => { const el = document.querySelector(sel);"
                " return !!(el && el.closest(own)); }", [selector, own])
            (mine if is_own else theirs).append(node)
        if mine:
            found.own.append({**violation, "nodes": mine})
        if theirs:
            found.others.append({**violation, "nodes": theirs})
    if found.others:
        print("axe: violations outside eplab's markup (JupyterLab, ipywidgets, Voilà):")
        print(found.summary(found.others))
    return found


def no_sideways_scroll(page) -> int:
    """How many pixels the page sticks out to the right (0 when nothing does)."""
    return page.evaluate(
        "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - document.documentElement.clientWidth")
