"""Students see the Assignments tab and no lecturer tools; a lecturer sees the formgrader too."""

from __future__ import annotations

import json
import re
import secrets
import subprocess
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser.servers import free_port, isolated_env, stop, wait_for
from tests.notebooks import ROOT


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _page_config(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        html = response.read().decode("utf-8")
    found = re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                      html, re.S)
    return json.loads(found.group(1))


@pytest.mark.parametrize("role", ["student", "docent"])
def test_make_lab_shows_each_role_its_own_tools(role, page, shots, tmp_path):
    port, token = free_port(), secrets.token_hex(16)
    log = tmp_path / "lab.log"
    opts = f"--no-browser --IdentityProvider.token={token} --ServerApp.port_retries=0"
    with log.open("w") as out:
        proc = subprocess.Popen(["make", "lab", f"PORT={port}", f"ROL={role}", f"LAB_OPTS={opts}"],
                                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, env=isolated_env(tmp_path))
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/api/status?token={token}", proc, log)
        disabled = _page_config(f"{base}/lab?token={token}").get("disabledExtensions", [])
        formgrader = _status(f"{base}/formgrader?token={token}")
        assignments = _status(f"{base}/assignments?token={token}")
        page.goto(f"{base}/lab/tree/course?token={token}")
        menu = page.locator("#jp-MainMenu .lm-MenuBar-itemLabel", has_text=re.compile("^Nbgrader$"))
        expect(menu).to_be_visible(timeout=60_000)
        menu.click()
        entries = page.locator(".lm-Menu .lm-Menu-itemLabel")
        expect(entries.first).to_be_visible()
        labels = entries.all_inner_texts()
        shots(page, f"nbgrader-menu-{role}")
    finally:
        stop(proc)
    assert assignments != 404, "everyone fetches and submits in the Assignments tab"
    assert any("Assignment" in label for label in labels), labels
    if role == "student":
        assert {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment"} <= set(disabled)
        assert formgrader == 404, "the formgrader is not served to a student"
        assert not any("Formgrader" in label for label in labels), labels
    else:
        assert "@jupyter/nbgrader:formgrader" not in disabled
        assert formgrader in (200, 302)
        assert any("Formgrader" in label for label in labels), labels
