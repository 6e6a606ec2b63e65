"""What a student does in JupyterLab, as page actions (Playwright)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

BUSY = re.compile(r"\[\*\]")
# Every wait is for a state (kernel idle, widget rendered, focus moved); the limit only leaves room
# for a machine that is busy with something else, where one kernel round trip can take seconds.
WAIT = 120_000  # ms


def open_notebook(page: Page, url: str, token: str, path: str) -> None:
    page.goto(f"{url}/lab/tree/{path}?token={token}")
    expect(page.locator(".jp-NotebookPanel")).to_be_visible(timeout=WAIT)
    expect(page.locator(".jp-Notebook .jp-Cell").first).to_be_visible(timeout=WAIT)
    wait_idle(page)


def open_menu(page: Page, label: str) -> None:
    """Open a main menu by its (Dutch) label."""
    page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text=re.compile(f"^{label}$")).click()


def menu(page: Page, label: str, command: str) -> None:
    """Open a main menu by its (Dutch) label and click the entry that runs `command`."""
    open_menu(page, label)
    page.locator(f".lm-Menu li[data-command='{command}']").first.click()


def wait_kernel_ready(page: Page, timeout: float = 3 * WAIT) -> None:
    """Wait until the notebook has a kernel and it is idle.

    The execution indicator says "idle" before there is any kernel ("No Kernel | Initialiseren");
    a Run All then runs nothing. So the kernel's name must be shown in the toolbar and in the
    status bar, with the status idle ("Inactief")."""
    page.wait_for_function(
        r"""() => {
            const status = document.querySelector('.jp-Notebook-ExecutionIndicator');
            const name = document.querySelector('.jp-KernelName, .jp-Toolbar-kernelName');
            const kernel = name && name.textContent.trim();
            if (!status || status.getAttribute('data-status') !== 'idle') return false;
            if (!kernel || kernel === 'No Kernel') return false;
            const ready = [kernel + ' | Inactief', kernel + ' | Idle'];
            return [...document.querySelectorAll('.jp-StatusBar-TextItem')].some(
                e => ready.includes(e.textContent.trim()));
        }""",
        timeout=timeout,
    )


def run_all(page: Page) -> None:
    """Run all cells through the Dutch menu once the kernel is ready, and wait until they ran.

    JupyterLab enables "Run All" only when the notebook and its kernel are ready; until then the
    menu entry is greyed out, so the menu is opened again until the entry can be clicked."""
    wait_kernel_ready(page)
    entry = page.locator(".lm-Menu li[data-command='runmenu:run-all']").first
    for _ in range(60):
        page.locator(".jp-Notebook").first.click(position={"x": 5, "y": 5})
        page.keyboard.press("Escape")
        open_menu(page, "Uitvoeren")
        entry.wait_for(state="visible")
        if "lm-mod-disabled" not in (entry.get_attribute("class") or ""):
            entry.click()
            break
        page.keyboard.press("Escape")  # close the menu; not ready yet
        wait_kernel_ready(page)
    else:
        raise AssertionError("Run All stayed disabled")
    page.wait_for_function(
        r"""() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
                  .some(e => !/\[\s*\]/.test(e.textContent))""", timeout=WAIT)
    wait_idle(page)


def scroll_to_widget(page: Page, cell_index: int):
    """Scroll the notebook to a cell, as a student does, and return its role-play widget
    (JupyterLab may leave the output of a cell far below the fold unrendered until then)."""
    cell = page.locator(".jp-Notebook .jp-Cell").nth(cell_index)
    cell.scroll_into_view_if_needed()
    widget = cell.locator(".eplab-rp").first
    expect(widget).to_be_visible(timeout=WAIT)
    widget.scroll_into_view_if_needed()
    return widget


def wait_idle(page: Page, timeout: float = 180_000) -> None:
    """Wait until no cell shows [*] and the kernel reports idle."""
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-InputPrompt')].map(e => e.textContent);
            const busy = prompts.some(t => t.includes('[*]'));
            const status = document.querySelector('.jp-Notebook-ExecutionIndicator');
            const kernelBusy = status && status.getAttribute('data-status') === 'busy';
            return !busy && !kernelBusy;
        }""",
        timeout=timeout,
    )


def restart_kernel(page: Page) -> None:
    """Restart the kernel and wait until the new one is idle.

    The status indicator says "idle" before the restart too, so a watcher notes every change of
    its status (with the old value) from before the click: the restart is over once the status
    has been something else than idle and is idle again.
    """
    page.evaluate(
        """() => {
            const status = document.querySelector('.jp-Notebook-ExecutionIndicator');
            window.eplabRestarted = false;
            new MutationObserver(records => {
                if (records.some(r => r.oldValue !== 'idle'
                                      || status.getAttribute('data-status') !== 'idle')) {
                    window.eplabRestarted = true;
                }
            }).observe(status, {attributes: true, attributeFilter: ['data-status'],
                                attributeOldValue: true});
        }"""
    )
    menu(page, "Kernel", "kernelmenu:restart")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    expect(page.locator(".jp-Dialog")).to_have_count(0)
    page.wait_for_function("() => window.eplabRestarted === true", timeout=WAIT)
    wait_kernel_ready(page)
    wait_idle(page)


TURN_STATE = """el => {
    const shown = e => !!e && e.offsetParent !== null;
    if ([...el.querySelectorAll('h3')].some(h => h.innerText.includes('Einde:'))) return 'einde';
    if (shown(el.querySelector('.eplab-eigen textarea'))) return 'eigen';
    if ([...el.querySelectorAll('.eplab-optie')].some(b => shown(b) && !b.disabled)) return 'opties';
    return false;
}"""


def turn_state(page: Page, widget) -> str:
    """Wait until the widget shows something to act on: 'einde', 'eigen' (own words asked) or
    'opties' (options that can be clicked). The parts of a turn are separate widgets and arrive one
    by one; on a busy machine the new turn's header can be there before its own-words box."""
    return page.wait_for_function(TURN_STATE, arg=widget.element_handle(), timeout=WAIT).json_value()


def play_to_the_end(page: Page, widget, limit: int = 60) -> int:
    """Click the first option until the conversation ends; return the number of choices made."""
    start = widget.get_by_role("button", name="Start het gesprek")
    if start.is_visible():
        start.click()
    clicks = 0
    for _ in range(3 * limit):
        state = turn_state(page, widget)
        if state == "einde":
            return clicks
        if state == "eigen":
            widget.locator(".eplab-eigen textarea").fill("Wat ik zelf zou zeggen.")
            widget.locator(".eplab-verder").click()
            expect(widget.locator(".eplab-eigen textarea")).to_be_hidden()
            continue
        assert clicks < limit, "no ending after many choices"
        turn = widget.locator("b", has_text="Beurt").first.inner_text()
        widget.locator(".eplab-optie:visible:enabled").first.click()
        clicks += 1
        page.wait_for_function(
            """([el, before]) => !el.innerText.includes(before) || el.innerText.includes('Einde:')""",
            arg=[widget.element_handle(), turn], timeout=WAIT,
        )
    raise AssertionError("no ending after many turns")


# -- keyboard only -----------------------------------------------------------------
FOCUSABLE_NEXT = ".eplab-eigen textarea, .eplab-optie, .eplab-opnieuw"


def wait_focus(page: Page, selector: str, timeout: float = WAIT) -> None:
    page.wait_for_function(
        "sel => !!document.activeElement && document.activeElement.matches(sel)"
        " && document.activeElement.offsetParent !== null",
        arg=selector, timeout=timeout)


def focused_matches(page: Page, selector: str) -> bool:
    return page.evaluate("sel => !!document.activeElement && document.activeElement.matches(sel)",
                         selector)


def tab_to(page: Page, selector: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused_matches(page, selector):
            return
    raise AssertionError(f"{selector} not reachable with Tab")


def keyboard_turns_to_an_ending(page: Page, widget, words: list[str], limit: int = 40) -> list[str]:
    """Keyboard only, from wherever eplab moved the focus: write own words when asked (then
    Tab to "Verder" and Enter), Enter on the option that has the focus. Returns the words used."""
    used = []
    for _ in range(limit):
        wait_focus(page, FOCUSABLE_NEXT)
        if focused_matches(page, ".eplab-opnieuw"):
            return used
        if focused_matches(page, "textarea"):
            text = words[len(used) % len(words)]
            page.keyboard.type(text)
            used.append(text)
            tab_to(page, ".eplab-verder", limit=3)
            page.keyboard.press("Enter")
            wait_focus(page, ".eplab-optie, .eplab-opnieuw")
            continue
        lines = widget.locator(".eplab-leerkracht").count()
        pressed = page.evaluate_handle("document.activeElement")
        page.keyboard.press("Enter")
        page.wait_for_function(
            "([el, n]) => el.querySelectorAll('.eplab-leerkracht').length > n",
            arg=[widget.element_handle(), lines], timeout=WAIT)
        # the widget then moves the focus to the next turn (another button: the sets alternate)
        page.wait_for_function("old => document.activeElement !== old", arg=pressed, timeout=WAIT)
    raise AssertionError("no ending reached with the keyboard")
