"""Helpers to read and execute notebooks in tests (a temporary copy, never in place)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
SPEEL = re.compile(r"""speel\(\s*["']([^"']+)["']""")


def notebooks(folder: str) -> list[Path]:
    return sorted(
        p for p in (ROOT / folder).rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def execute_copy(path: Path, workdir: Path, timeout: int = 300) -> nbformat.NotebookNode:
    """Execute a copy of the notebook (and its folder's other files) inside workdir."""
    for sibling in path.parent.iterdir():
        if sibling.is_file() and not sibling.name.endswith(".rollenspel.jsonl"):
            shutil.copy(sibling, workdir / sibling.name)
    nb = read(workdir / path.name)
    NotebookClient(nb, timeout=timeout, kernel_name="python3",
                   resources={"metadata": {"path": str(workdir)}}).execute()
    return nb


def errors(nb: nbformat.NotebookNode) -> list[str]:
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append(f"{out.get('ename')}: {out.get('evalue')}")
    return found


def text_of(nb: nbformat.NotebookNode, cell_type: str | None = None) -> str:
    return "\n".join(c.source for c in nb.cells if cell_type in (None, c.cell_type))


def scenario_calls(nb: nbformat.NotebookNode) -> list[str]:
    return SPEEL.findall(text_of(nb, "code"))
