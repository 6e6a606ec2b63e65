"""JupyterLab and its Dutch language pack are on the same minor version (pyproject.toml pins it):
a pack translates only the strings of its own minor version."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]


def minor(text: str) -> str:
    return ".".join(text.split(".")[:2])


def test_installed_jupyterlab_matches_its_dutch_language_pack():
    assert minor(version("jupyterlab")) == minor(version("jupyterlab-language-pack-nl-NL"))


def test_pyproject_keeps_both_on_one_minor_version():
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    deps = re.findall(r'^\s*"(jupyterlab[^"]*)",', text, flags=re.M)
    specs = {Requirement(d).name.lower(): Requirement(d).specifier for d in deps}
    lab, pack = specs["jupyterlab"], specs["jupyterlab-language-pack-nl-nl"]
    assert lab.contains("4.5.11") and not lab.contains("4.6.0")
    assert pack.contains("4.5.post3") and not pack.contains("4.6.post0")
