"""Accessibility in a real browser: the app on a desktop and a phone, the self-checks in JupyterLab.

Keyboard only, an axe audit of every screen (eplab's own markup must have no violations; those of
JupyterLab, ipywidgets and Voilà are printed), and nothing may stick out sideways.
"""

from __future__ import annotations

import re

import nbformat
import pytest
from playwright.sync_api import expect

from eplab.app import text as app_text
from eplab.roleplay import Session
from eplab.roleplay.loader import list_scenarios
from eplab.selfcheck import bank
from tests.browser import lab
from tests.browser.a11y import audit, focus_ring, no_sideways_scroll, tab_to
from tests.browser.servers import jupyterlab, voila_app

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
        assert scenario.title in page.evaluate("document.activeElement.innerText")
        page.keyboard.press("Enter")
        widget = page.locator(".eplab-rp").first
        start = widget.get_by_role("button", name="Start het gesprek")
        expect(start).to_be_visible()
        lab.wait_focus(page, ".eplab-rp button, .eplab-rp textarea")  # into the conversation
        assert_accessible(page, f"conversation, before the start ({size})")
        shots(page, f"{size}-gesprek-begin")

        if page.evaluate("document.activeElement.innerText") != "Start het gesprek":
            tab_to(page, ".eplab-rp button:not(:disabled)")
        assert page.evaluate("document.activeElement.innerText") == "Start het gesprek"
        page.keyboard.press("Enter")
        lab.wait_focus(page, lab.FOCUSABLE_NEXT)
        assert_focus_visible(page)
        assert_accessible(page, f"conversation, the first turn ({size})")
        shots(page, f"{size}-gesprek-eerste-beurt")

        lab.keyboard_turns_to_an_ending(page, widget, ["Ik zou eerst rustig vragen hoe het gaat."])
        expect(widget.locator("h3", has_text="Einde:")).to_be_visible()
        expect(widget.locator(".eplab-form").first).to_be_visible()
        assert_accessible(page, f"end screen ({size})")
        widget.locator(".eplab-form").first.scroll_into_view_if_needed()
        shots(page, f"{size}-eindscherm")

        tab_to(page, ".eplab-terug", limit=400)
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement.classList.contains('eplab-speel')")
        assert scenario.title in page.evaluate("document.activeElement.innerText"), \
            "back in the list, the focus is on the conversation just played"

    assert Session(scenario.id, log_dir=folder, readonly=True).finished


def one_question_of_each_kind() -> list[str]:
    """The first self-check id of each kind in content/zelftoetsen."""
    found: dict[str, str] = {}
    for path in sorted(bank.FOLDER.glob("*.yaml")):
        for qid in bank.question_ids(path.stem):
            found.setdefault(bank.spec(qid)["soort"], qid)
    assert set(found) == set(bank.KINDS)
    return [found[kind] for kind in bank.KINDS]


def self_check_notebook(folder) -> str:
    cells = [nbformat.v4.new_markdown_cell("# Zelftoets")]
    cells += [nbformat.v4.new_code_cell(f'from eplab import zelftoets\nzelftoets("{qid}")')
              for qid in one_question_of_each_kind()]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / "zelftoets.ipynb")
    return "zelftoets.ipynb"


def check_with_the_keyboard(page, question) -> str:
    """Tab to the question's Controleer button, press Enter; the live region's text."""
    tab_to(page, "button.mod-primary", inside=question)
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    status = question.locator("[role=status]")
    expect(status).to_contain_text(re.compile("[✔✘]"))
    return status.inner_text()


def test_self_checks_in_jupyterlab_with_the_keyboard_only(screen, shots, tmp_path):
    size, page = screen
    name = self_check_notebook(tmp_path)
    with jupyterlab(tmp_path, tmp_path / "home", tmp_path / "lab.log") as (url, token):
        lab.open_notebook(page, url, token, name)
        if size == "telefoon":  # the file browser would fill the narrow screen: close it
            page.keyboard.press("Control+b")  # JupyterLab's key for the left side panel
            expect(page.locator("#jp-left-stack")).to_be_hidden()
        lab.wait_kernel_ready(page)  # the kernel has started and answers
        lab.run_all(page)  # through the Dutch menu "Uitvoeren"
        questions = page.locator(".eplab-sc")
        expect(questions).to_have_count(4, timeout=120_000)
        for i in range(4):
            expect(questions.nth(i).locator("button.mod-primary")).to_be_visible()
        assert_accessible_in_lab(page, f"self-checks ({size})")
        shots(page, f"{size}-zelftoetsen")

        choice, answers, order, sort = (questions.nth(i) for i in range(4))
        tab_to(page, "input[type=radio]", inside=choice)
        page.keyboard.press("ArrowDown")  # the arrows choose, they do not move to another cell
        expect(choice.locator("input[type=radio]").nth(1)).to_be_checked()
        assert_focus_visible(page)
        check_with_the_keyboard(page, choice)

        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.type") == "checkbox"
        page.keyboard.press("Space")
        assert answers.locator("input[type=checkbox]").first.is_checked()
        check_with_the_keyboard(page, answers)

        tab_to(page, ".eplab-sc-stap:not(:disabled)")
        assert_focus_visible(page)
        button = page.evaluate("document.activeElement.title")
        step = re.fullmatch(r"Zet ‘(.+)’ een plek (hoger|lager)", button).group(1)
        assert order.get_by_role("button", name=button).count() == 1, "named by what it does"
        before = order.locator(".widget-html").all_inner_texts()
        page.keyboard.press("Enter")
        expect(order.locator(".widget-html")).not_to_have_text(before)
        page.wait_for_function("(s) => document.activeElement.title.includes(s)", arg=f"‘{step}’")
        check_with_the_keyboard(page, order)

        tab_to(page, ".eplab-sc-indelen select")
        assert_focus_visible(page)
        first = sort.locator("select").first
        expect(first).to_have_accessible_name(re.compile(r"\w"))
        assert sort.locator(".eplab-sc-indelen").evaluate_all(
            """rows => rows.every(row => {
                const label = row.querySelector('label'), select = row.querySelector('select');
                return label.scrollHeight <= label.clientHeight + 1
                    && label.getBoundingClientRect().bottom <= select.getBoundingClientRect().top + 1;
            })"""), "each sentence is shown whole, above its dropdown"
        page.keyboard.press("ArrowDown")
        expect(first).not_to_have_value("")
        assert page.evaluate("document.activeElement.tagName") == "SELECT", \
            page.evaluate("document.activeElement.outerHTML.slice(0, 300)")
        said = check_with_the_keyboard(page, sort)
        assert "nog" in said and "te gaan" in said, "names how many sentences are left"
        assert_accessible_in_lab(page, f"self-checks answered ({size})")
        sort.scroll_into_view_if_needed()
        shots(page, f"{size}-zelftoetsen-beantwoord")


def assert_accessible_in_lab(page, where: str) -> None:
    found = audit(page)
    assert not found.own, f"axe, {where}:\n{found.summary()}"
    assert no_sideways_scroll(page, within=".jp-OutputArea-output") == 0, \
        f"{where}: a self-check sticks out of its cell"
