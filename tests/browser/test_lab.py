"""A student in JupyterLab: open a jaar 1 notebook, run it, play, restart, resume, self-check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from playwright.sync_api import expect

from eplab.roleplay import Session
from tests.browser import lab
from tests.browser.servers import jupyterlab
from tests.notebooks import ROOT, SPEEL, notebooks, read, scenario_calls, text_of


def jaar1_notebook() -> tuple[Path, str]:
    """The first jaar 1 notebook with a role-play and a self-check."""
    for path in notebooks("course/jaar1"):
        nb = read(path)
        calls = scenario_calls(nb)
        if calls and "zelftoets(" in text_of(nb, "code"):
            return path, calls[0]
    raise AssertionError("no jaar 1 notebook with a role-play and a self-check")


def speel_cell(notebook: Path) -> int:
    """The index of the first cell that starts a role-play."""
    return next(i for i, cell in enumerate(read(notebook).cells)
                if cell.cell_type == "code" and SPEEL.search(cell.source))


def test_student_plays_a_role_play_in_jupyterlab(page, shots, tmp_path):
    notebook, scenario_id = jaar1_notebook()
    course = tmp_path / "course"
    shutil.copytree(ROOT / "course", course, ignore=shutil.ignore_patterns("*.rollenspel.jsonl*"))
    rel = notebook.relative_to(ROOT / "course").as_posix()
    with jupyterlab(course, tmp_path / "home", tmp_path / "lab.log") as (url, token):
        lab.open_notebook(page, url, token, rel)
        shots(page, "notebook-geopend")
        # the Dutch language pack is on (etc/overrides.json, installed by `make install`)
        expect(page.locator("#jp-MainMenu")).to_contain_text("Bestand")
        expect(page.locator("#jp-MainMenu")).to_contain_text("Uitvoeren")

        lab.run_all(page)
        widget = lab.scroll_to_widget(page, speel_cell(notebook))
        shots(page, "rollenspel-begint")
        assert not page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count()

        clicks = lab.play_to_the_end(page, widget)
        end = widget.locator("h3", has_text="Einde:")
        expect(end).to_be_visible()
        expect(widget.locator(".eplab-form").first).to_be_visible()
        expect(widget.get_by_text("Wat de ouder na afloop vertelt")).to_be_visible()
        end.scroll_into_view_if_needed()
        shots(page, "eindscherm")

        log = course / notebook.parent.name / f"{scenario_id}.rollenspel.jsonl"
        assert log.exists(), "the conversation is saved beside the notebook"
        events = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
        assert len([e for e in events if e["event"] == "choose"]) == clicks
        saved = Session(scenario_id, log_dir=log.parent, readonly=True)
        assert saved.finished and saved.turn == clicks, "the log replays to the same ending"
        ending_title = end.inner_text()

        lab.restart_kernel(page)
        lab.run_all(page)
        widget = lab.scroll_to_widget(page, speel_cell(notebook))
        expect(widget.locator("h3", has_text="Einde:")).to_have_text(ending_title, timeout=60_000)
        widget.scroll_into_view_if_needed()
        shots(page, "hervat-na-herstart")

        question = page.locator(".eplab-sc:has(input[type=radio])").first
        question.scroll_into_view_if_needed()
        question.locator("input[type=radio]").first.check()
        question.get_by_role("button", name="Controleer").click()
        feedback = question.locator(".eplab-sc-goed, .eplab-sc-fout")
        expect(feedback).to_be_visible()
        assert feedback.inner_text().startswith(("✔", "✘"))
        shots(page, "zelftoets-feedback")


def test_practice_with_the_keyboard_in_jupyterlab(page, shots, tmp_path):
    """Own words, an ending, the coaching retry, the debrief and the second look; then axe."""
    import nbformat

    from tests.browser.practice import assert_logged, practise_with_the_keyboard
    from tests.conftest import PRACTICE

    course = tmp_path / "course"
    course.mkdir()
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {
        "name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}})
    nb.cells = [nbformat.v4.new_code_cell(
        f"from eplab.widgets.roleplay import speel\n\nspeel(r\"{PRACTICE}\", student=\"s1\");")]
    nbformat.write(nb, course / "oefenen.ipynb")
    with jupyterlab(course, tmp_path / "home", tmp_path / "lab.log") as (url, token):
        lab.open_notebook(page, url, token, "oefenen.ipynb")
        lab.run_all(page)
        widget = page.locator(".eplab-rp").first
        expect(widget).to_be_visible(timeout=60_000)
        practise_with_the_keyboard(page, widget, shots)
    assert_logged(course / "mini-oefenen.rollenspel.jsonl")
