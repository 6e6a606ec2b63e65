"""The 'Zo werk je in dit notebook' cell names the menu exactly as the Dutch JupyterLab shows it."""

from __future__ import annotations

import re
import shutil

from playwright.sync_api import expect

from tests.browser import lab
from tests.browser.servers import jupyterlab
from tests.notebooks import ROOT, read

NOTEBOOK = "jaar1/01_waarom_ouders.ipynb"


def test_how_to_cell_quotes_the_run_menu_a_student_sees(page, shots, tmp_path):
    how_to = " ".join(read(ROOT / "course" / NOTEBOOK).cells[0].source.split())
    menu_label, command_label = re.search(r"\*\*(\w+)\*\* en daarin \*\*([^*]+)\*\*", how_to).groups()
    course = tmp_path / "course"
    shutil.copytree(ROOT / "course", course, ignore=shutil.ignore_patterns("*.rollenspel.jsonl*"))
    with jupyterlab(course, tmp_path / "home", tmp_path / "lab.log") as (url, token):
        lab.open_notebook(page, url, token, NOTEBOOK)
        first = page.locator(".jp-Notebook .jp-Cell").first
        expect(first).to_contain_text("Zo werk je in dit notebook")
        page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text=re.compile(f"^{menu_label}$")).click()
        entry = page.locator(".lm-Menu li[data-command='runmenu:run-all'] .lm-Menu-itemLabel").first
        expect(entry).to_be_visible()
        shots(page, "menu-uitvoeren")
        assert entry.inner_text().strip() == command_label, (
            f"the menu shows ‘{entry.inner_text().strip()}’, the how-to cell says ‘{command_label}’")
