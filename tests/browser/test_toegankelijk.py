"""Accessibility in a real browser: the app on a desktop and a phone, the self-checks in JupyterLab.

Keyboard only, an axe audit of every screen (eplab's own markup must have no violations; those of
JupyterLab, ipywidgets and Voilà are printed), and nothing may stick out sideways.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from eplab.app import text as app_text
from eplab.roleplay import Session
from eplab.roleplay.loader import list_scenarios
from tests.browser.a11y import audit, focus_ring, no_sideways_scroll, tab_to
from tests.browser.servers import voila_app

SCREENS = {"desktop": "browser", "telefoon": "phone"}


@pytest.fixture(params=list(SCREENS))
def screen(request):
    """A page on a desktop (1280×800) or a phone (390×844, touch)."""
    page = request.getfixturevalue(SCREENS[request.param]).new_page()
    yield request.param, page
    page.close()


def assert_accessible(page, where: str) -> None:
    found = audit(page)
    assert not found.own, f"axe, {where}:\n{found.summary()}"
    assert no_sideways_scroll(page) == 0, f"{where}: something sticks out sideways"


def assert_focus_visible(page) -> None:
    width, contrast = focus_ring(page)
    assert width >= 2 and contrast >= 3, f"focus ring {width}px at {contrast:.1f}:1"


def press_option(page, widget) -> None:
    """Choose the first option of the turn with the keyboard; wait until the turn has moved on."""
    turn = widget.locator(".eplab-leerkracht").count()
    tab_to(page, ".eplab-optie:not(:disabled)")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "([el, n]) => el.querySelectorAll('.eplab-leerkracht').length > n",
        arg=[widget.element_handle(), turn], timeout=15_000)


def test_the_app_on_desktop_and_phone_with_the_keyboard_only(screen, shots, tmp_path):
    size, page = screen
    scenario = list_scenarios()[0]
    folder = tmp_path / "gesprekken"
    with voila_app(folder, tmp_path, tmp_path / "voila.log") as url:
        page.goto(url)
        first = page.locator(".eplab-speel").first
        expect(first).to_be_visible(timeout=90_000)
        # a proper page: Dutch, a title, one h1 inside the main landmark
        assert page.evaluate("document.documentElement.lang") == "nl"
        assert page.title() == app_text.TITLE
        expect(page.locator("h1:visible")).to_have_count(1)
        expect(page.locator("main h1")).to_have_text(app_text.TITLE)
        expect(page.locator("main")).to_have_count(1)
        assert page.locator(".jp-InputArea, .cm-editor").count() == 0, "no code on show"
        assert_accessible(page, f"list ({size})")
        shots(page, f"{size}-lijst")

        tab_to(page, ".eplab-speel")
        assert_focus_visible(page)
        title = page.evaluate("document.activeElement.innerText")
        assert scenario.title in title
        page.keyboard.press("Enter")
        widget = page.locator(".eplab-rp").first
        start = widget.get_by_role("button", name="Start het gesprek")
        expect(start).to_be_visible()
        page.wait_for_function("document.activeElement.classList.contains('eplab-terug')")
        assert_accessible(page, f"conversation, before the start ({size})")
        shots(page, f"{size}-gesprek-begin")

        tab_to(page, ".eplab-rp button:not(:disabled)")
        assert page.evaluate("document.activeElement.innerText") == "Start het gesprek"
        page.keyboard.press("Enter")
        press_option(page, widget)
        assert_accessible(page, f"conversation, after a choice ({size})")
        shots(page, f"{size}-gesprek-na-keuze")

        ending = widget.locator("h3", has_text="Einde:")
        for _ in range(60):
            if ending.is_visible():
                break
            press_option(page, widget)
        expect(ending).to_be_visible()
        expect(widget.locator(".eplab-form").first).to_be_visible()
        assert_accessible(page, f"end screen ({size})")
        widget.locator(".eplab-form").first.scroll_into_view_if_needed()
        shots(page, f"{size}-eindscherm")

        tab_to(page, ".eplab-terug")
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement.classList.contains('eplab-speel')")
        assert scenario.title in page.evaluate("document.activeElement.innerText"), \
            "back in the list, the focus is on the conversation just played"

    assert Session(scenario.id, log_dir=folder, readonly=True).finished
