"""`make lab` starts JupyterLab on this computer only, in course/, with the Dutch interface."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.notebooks import ROOT


def test_make_lab_listens_on_localhost_and_opens_the_course():
    out = subprocess.run(["make", "-n", "lab", "PORT=8765"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    line = out.replace("\\\n", " ")
    line = next(part for part in line.splitlines() if "jupyter lab" in part)
    assert "--ip=127.0.0.1" in line and "--port=8765" in line
    assert "--LabApp.default_url=/lab/tree/course" in line


def test_the_dutch_interface_is_installed_for_this_environment():
    wanted = json.loads((ROOT / "etc" / "overrides.json").read_text("utf-8"))
    assert wanted["@jupyterlab/translation-extension:plugin"]["locale"] == "nl_NL"
    installed = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert json.loads(installed.read_text("utf-8")) == wanted, "run `make install`"
    import jupyterlab_language_pack_nl_NL  # noqa: F401  (the language pack itself)
