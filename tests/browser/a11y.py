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


def no_sideways_scroll(page, within: str | None = None) -> int:
    """How many pixels the page sticks out to the right (0 when nothing does).

    Counts the page's own sideways scroll and every visible element that reaches past the right
    edge of the window (or of the `within` boxes): such an element is cut off, which the page's
    scroll width does not show when an inner box clips it. Content may stick out only inside a
    box meant to scroll sideways (a table, a `pre`, or a region with a tabindex, which the keyboard
    can scroll too); a layout box that scrolls as a whole (ipywidgets' boxes do) does not count.
    """
    return page.evaluate(
        """(within) => {
            const doc = document.documentElement;
            let worst = within ? 0 : Math.max(doc.scrollWidth, document.body.scrollWidth) - doc.clientWidth;
            const roots = within ? [...document.querySelectorAll(within)] : [document.body];
            const scrolls = (el) => el.matches('table, pre, [tabindex]')
                && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
            for (const root of roots) {
                const edge = within ? root.getBoundingClientRect().right : doc.clientWidth;
                for (const el of root.querySelectorAll('*')) {
                    const box = el.getBoundingClientRect();
                    if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') continue;
                    let up = el.parentElement, inScroll = false;
                    while (up && up !== root.parentElement) {
                        if (scrolls(up)) { inScroll = true; break; }
                        up = up.parentElement;
                    }
                    if (!inScroll) worst = Math.max(worst, Math.floor(box.right - edge));
                }
            }
            return Math.max(0, worst);
        }""", within)


def focus_ring(page) -> tuple[float, float]:
    """The focused element's outline: its width in px and its contrast with the background
    behind it (WCAG 1.4.11 asks at least 3:1 for a focus indicator). (0, 1) when there is none."""
    return tuple(page.evaluate(
        """() => {
            const el = document.activeElement;
            if (!el || el === document.body) return [0, 1];
            const s = getComputedStyle(el);
            const width = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
            const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
            const lum = ([r, g, b]) => {
                const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
                return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
            };
            let up = el.parentElement, back = [255, 255, 255];
            while (up) {
                const c = rgb(getComputedStyle(up).backgroundColor);
                if (c.length === 3 || (c.length === 4 && c[3] > 0)) { back = c.slice(0, 3); break; }
                up = up.parentElement;
            }
            const a = lum(rgb(s.outlineColor)), b = lum(back);
            return [width, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
        }"""))


def tab_to(page, selector: str, inside=None, limit: int = 120) -> None:
    """Press Tab until the focused element matches `selector` (and lies in the locator `inside`),
    keyboard only, as a user would."""
    box = inside.element_handle() if inside is not None else None
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("([sel, box]) => { const el = document.activeElement;"
                         " return !!el && el.matches(sel) && (!box || box.contains(el)); }",
                         [selector, box]):
            return
    raise AssertionError(f"{selector} not reachable with Tab")
