"""The practice features of a role-play, keyboard only, shared by the JupyterLab and app tests:
own words, an ending, the coaching retry, the debrief and the second-look form, then axe."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser import lab
from tests.browser.a11y import audit

WORDS = ["Goedemorgen meneer Bakker, fijn dat u er bent!", "Hoe merkt u dat thuis?"]


def practise_with_the_keyboard(page: Page, widget, shots) -> None:
    start = widget.get_by_role("button", name="Start het gesprek")
    expect(start).to_be_visible(timeout=60_000)
    start.focus()  # the one step into the widget; from here on only keys
    page.keyboard.press("Enter")
    lab.wait_focus(page, ".eplab-eigen textarea")  # focus moved to the own-words box
    shots(page, "eigen-woorden")

    used = lab.keyboard_turns_to_an_ending(page, widget, WORDS)
    assert used, "own words were asked and written"
    expect(widget.locator("h3", has_text="Einde:")).to_be_visible()
    expect(widget.locator(".eplab-live")).to_contain_text("Einde:")  # announced politely
    expect(widget.locator(".eplab-live [aria-live='polite']")).to_have_count(1)
    expect(widget.locator(".eplab-coach")).to_contain_text("Eén ding om te oefenen")
    expect(widget).to_contain_text("Jouw eigen woorden en je keuze")
    expect(widget).to_contain_text(used[0])
    assert not widget.locator("text=/\\d+ van de \\d+ items/").count(), "no totals"
    assert lab.focused_matches(page, ".eplab-opnieuw"), "focus on 'Probeer opnieuw' after the end"
    shots(page, "einde-coaching")

    page.keyboard.press("Enter")  # Probeer opnieuw vanaf dit moment
    expect(widget).to_contain_text("Poging 2")
    lab.keyboard_turns_to_an_ending(page, widget, WORDS[1:])
    expect(widget).to_contain_text("Poging 1 en poging 2 vergeleken")
    shots(page, "poging-2")

    lab.tab_to(page, ".eplab-debriefknop", limit=5)
    page.keyboard.press("Enter")
    expect(widget).to_contain_text("Wat de ouder gezegd zou hebben", timeout=lab.WAIT)
    expect(widget).to_contain_text("jouw keuze")
    shots(page, "debrief")

    lab.tab_to(page, ".eplab-tweedeblik", limit=10)
    page.keyboard.press("Enter")
    lab.wait_focus(page, ".eplab-rp input[type=checkbox]")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.type("Hij begroet meneer Bakker bij naam.")
    lab.tab_to(page, ".eplab-vergelijk", limit=40)
    page.keyboard.press("Enter")
    expect(widget.locator(".eplab-live")).to_contain_text("observatie", timeout=lab.WAIT)
    shots(page, "tweede-blik")

    found = audit(page)
    assert not found.own, "axe violations in eplab's markup:\n" + found.summary()


def assert_logged(log: Path) -> None:
    events = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
    kinds = [e["event"] for e in events]
    for kind in ("eigen_woorden", "opnieuw", "debrief", "eigen_formulier"):
        assert kind in kinds, f"{kind} is not in the log"
    assert [e["poging"] for e in events if e["event"] == "end"] == [1, 2]
    assert all("getoond" in e for e in events if e["event"] == "choose")
    own = next(e for e in events if e["event"] == "eigen_formulier")
    assert any(v["opmerking"] == "Hij begroet meneer Bakker bij naam." for v in own["items"].values())
