"""What a student does in JupyterLab, as page actions (Playwright)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

BUSY = re.compile(r"\[\*\]")


def open_notebook(page: Page, url: str, token: str, path: str) -> None:
    page.goto(f"{url}/lab/tree/{path}?token={token}")
    expect(page.locator(".jp-NotebookPanel")).to_be_visible(timeout=60_000)
    expect(page.locator(".jp-Notebook .jp-Cell").first).to_be_visible(timeout=30_000)
    wait_idle(page)


def menu(page: Page, label: str, command: str) -> None:
    """Open a main menu by its (Dutch) label and click the entry that runs `command`."""
    page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text=re.compile(f"^{label}$")).click()
    page.locator(f".lm-Menu li[data-command='{command}']").first.click()


def run_all(page: Page) -> None:
    """Run every cell once the kernel is ready (on a busy machine it starts slowly)."""
    wait_kernel_ready(page)
    page.locator(".jp-Notebook").first.click(position={"x": 5, "y": 5})
    page.keyboard.press("Escape")
    menu(page, "Uitvoeren", "runmenu:run-all")
    wait_idle(page)


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


def wait_kernel_ready(page: Page, timeout: float = 180_000) -> None:
    """Wait until the open notebook has a kernel (not "No Kernel") and that kernel is idle."""
    page.wait_for_function(
        """() => {
            const panel = [...document.querySelectorAll('.jp-NotebookPanel')]
                .find(p => !p.classList.contains('lm-mod-hidden'));
            if (!panel) return false;
            const name = panel.querySelector('.jp-KernelName');
            const status = panel.querySelector('.jp-Notebook-ExecutionIndicator');
            return !!name && !/No Kernel|Geen kernel/i.test(name.textContent)
                && !!status && status.getAttribute('data-status') === 'idle';
        }""",
        timeout=timeout,
    )


def restart_kernel(page: Page) -> None:
    menu(page, "Kernel", "kernelmenu:restart")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    expect(page.locator(".jp-Dialog")).to_have_count(0)
    wait_kernel_ready(page)


def play_to_the_end(page: Page, widget, limit: int = 60) -> int:
    """Click the first option until the conversation ends; return the number of choices made."""
    start = widget.get_by_role("button", name="Start het gesprek")
    if start.is_visible():
        start.click()
    clicks = 0
    ending = widget.locator("h3", has_text="Einde:")
    while not ending.is_visible():
        assert clicks < limit, "no ending after many choices"
        options = widget.locator(".eplab-optie")
        expect(options.first).to_be_visible(timeout=15_000)
        turn = widget.locator("b", has_text="Beurt").first.inner_text()
        options.first.click()
        clicks += 1
        page.wait_for_function(
            """([el, before]) => !el.innerText.includes(before) || el.innerText.includes('Einde:')""",
            arg=[widget.element_handle(), turn], timeout=15_000,
        )
    return clicks
