"""Helpers to read notebooks in tests (course notebooks are executed by nbval, on a copy)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
SPEEL = re.compile(r"""speel\(\s*["']([^"']+)["']""")


def notebooks(folder: str) -> list[Path]:
    return sorted(
        p for p in (ROOT / folder).rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def text_of(nb: nbformat.NotebookNode, cell_type: str | None = None) -> str:
    return "\n".join(c.source for c in nb.cells if cell_type in (None, c.cell_type))


def scenario_calls(nb: nbformat.NotebookNode) -> list[str]:
    return SPEEL.findall(text_of(nb, "code"))
