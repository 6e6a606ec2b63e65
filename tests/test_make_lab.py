"""`make lab` starts JupyterLab on this computer only, in course/, with the Dutch interface."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.browser.servers import free_port, isolated_env, stop, wait_for
from tests.notebooks import ROOT


def test_make_lab_command_listens_on_localhost_and_opens_the_course():
    out = subprocess.run(["make", "-n", "lab", "PORT=8765"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.replace("\\\n", " ")
    line = next(part for part in out.splitlines() if "jupyter lab" in part)
    assert "--ip=127.0.0.1" in line and "--port=8765" in line
    assert "--LabApp.default_url=/lab/tree/course" in line


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        return json.loads(response.read())


def test_make_lab_serves_the_course_in_dutch(tmp_path):
    port, token = free_port(), secrets.token_hex(16)
    log = tmp_path / "lab.log"
    opts = f"--no-browser --IdentityProvider.token={token} --ServerApp.port_retries=0"
    with log.open("w") as out:
        proc = subprocess.Popen(["make", "lab", f"PORT={port}", f"LAB_OPTS={opts}"], cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                env=isolated_env(tmp_path))
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/api/status?token={token}", proc, log)
        with urllib.request.urlopen(f"{base}/lab/tree/course?token={token}", timeout=10) as page:
            assert page.status == 200
        packs = _get(f"{base}/lab/api/translations/?token={token}")["data"]
        assert "nl_NL" in packs, "the Dutch language pack is installed"
        setting = _get(f"{base}/lab/api/settings/@jupyterlab/translation-extension:plugin?token={token}")
        locale = setting["settings"].get("locale", setting["schema"]["properties"]["locale"]["default"])
        assert locale == "nl_NL", "and it is the interface language"
        contents = _get(f"{base}/api/contents?token={token}")
        assert {item["name"] for item in contents["content"]} >= {"course", "assignments"}
    finally:
        stop(proc)
    assert proc.returncode is not None


def test_the_dutch_interface_is_installed_for_this_environment():
    wanted = json.loads((ROOT / "etc" / "overrides.json").read_text("utf-8"))
    assert wanted["@jupyterlab/translation-extension:plugin"]["locale"] == "nl_NL"
    installed = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert json.loads(installed.read_text("utf-8")) == wanted, "run `make install`"
    assert os.environ.get("NBGRADER_EXECUTION") is None
