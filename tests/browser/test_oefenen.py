"""A practising teacher in the self-study app: no code, a list by year, one conversation played."""

from __future__ import annotations

from playwright.sync_api import expect

from eplab.roleplay import Session
from eplab.roleplay.loader import list_scenarios
from tests.browser import lab
from tests.browser.servers import voila_app


def test_teacher_plays_a_conversation_in_the_app_with_the_keyboard(page, shots, tmp_path):
    folder = tmp_path / "gesprekken"
    scenario = list_scenarios()[0]
    with voila_app(folder, tmp_path, tmp_path / "voila.log") as url:
        page.goto(url)
        expect(page.get_by_role("main").get_by_text("eplab — oefenen met oudergesprekken")).to_be_visible(timeout=90_000)
        for year in sorted({s.year for s in list_scenarios()}):
            expect(page.get_by_text(f"Jaar {year}", exact=True)).to_be_visible()
        assert page.locator(".jp-InputArea, .CodeMirror, .cm-editor").count() == 0, "no code visible"
        shots(page, "lijst")

        page.locator(".eplab-speel", has_text=scenario.title).click()
        widget = page.locator(".eplab-rp").first
        expect(widget).to_be_visible()
        start = widget.get_by_role("button", name="Start het gesprek")
        if start.is_visible():
            start.focus()
            page.keyboard.press("Enter")
        lab.wait_focus(page, ".eplab-eigen textarea, .eplab-optie")  # focus moved to the turn
        if lab.focused_matches(page, "textarea"):  # own words first, then the options
            page.keyboard.type("Goedemiddag, fijn dat u er bent.")
            lab.tab_to(page, ".eplab-verder", limit=3)
            page.keyboard.press("Enter")
            lab.wait_focus(page, ".eplab-optie")
        # keyboard only: Tab until an option has focus, then Enter
        for _ in range(40):
            if lab.focused_matches(page, ".eplab-optie"):
                break
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.classList.contains('eplab-optie')"):
                break
        else:
            raise AssertionError("no option reachable with Tab")
        chosen = page.evaluate("document.activeElement.innerText")
        page.keyboard.press("Enter")
        expect(widget.locator(".eplab-leerkracht", has_text=chosen.split(". ", 1)[1][:40]).first).to_be_visible()
        shots(page, "eerste-keuze-met-toetsenbord")

        clicks = 1 + lab.play_to_the_end(page, widget)
        expect(widget.locator(".eplab-form").first).to_be_visible()
        widget.locator("h3", has_text="Einde:").scroll_into_view_if_needed()
        shots(page, "eindscherm")

    saved = Session(scenario.id, log_dir=folder, readonly=True)
    assert saved.finished and saved.turn == clicks


def test_practice_with_the_keyboard_in_the_app(page, shots, tmp_path, monkeypatch):
    """Own words, an ending, the coaching retry, the debrief and the second look; then axe."""
    import shutil

    from eplab.app.picker import EXTRA_ENV
    from tests.browser.practice import assert_logged, practise_with_the_keyboard
    from tests.conftest import PRACTICE

    extra = tmp_path / "eigen-scenarios"
    extra.mkdir()
    shutil.copy(PRACTICE, extra / PRACTICE.name)
    monkeypatch.setenv(EXTRA_ENV, str(extra))
    folder = tmp_path / "gesprekken"
    with voila_app(folder, tmp_path, tmp_path / "voila.log") as url:
        page.goto(url)
        speel = page.locator(".eplab-speel", has_text="Even bij het hek (testscenario)")
        expect(speel).to_be_visible(timeout=90_000)
        speel.focus()
        page.keyboard.press("Enter")
        widget = page.locator(".eplab-rp").last
        expect(widget.get_by_role("button", name="Start het gesprek")).to_be_visible()
        lab.wait_focus(page, ".eplab-rp button")  # focus moved into the conversation after Speel
        practise_with_the_keyboard(page, widget, shots)
    assert_logged(folder / "mini-oefenen.rollenspel.jsonl")
