"""Shared helpers for the nbgrader tests: running real nbgrader commands, reading source
notebooks and producing real role-play logs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.notebooks import ROOT, scenario_calls
from tests.notebooks import read as read  # the nbgrader tests import it from here

SOLUTIONS = ROOT / "solutions"
ASSIGNMENTS = ROOT / "assignments"
BIN = Path(sys.executable).parent
BEWIJS = re.compile(r"""rollenspel_bewijs\(\s*["']([^"']+)["']\s*,\s*punten\s*=\s*([0-9.]+)""")


def assignment_ids() -> list[str]:
    """Every assignment in solutions/ (a folder <id> holding <id>.ipynb)."""
    return sorted(p.name for p in SOLUTIONS.iterdir() if (p / f"{p.name}.ipynb").is_file())


def source_notebook(assignment: str) -> Path:
    return SOLUTIONS / assignment / f"{assignment}.ipynb"


def nbmeta(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def scenarios_played(nb) -> list[str]:
    return sorted(set(scenario_calls(nb)))


def regions(source: str, begin: str, end: str) -> list[str]:
    """The text inside every `### BEGIN x` … `### END x` region of a cell."""
    found, inside, current = [], False, []
    for line in source.splitlines():
        if begin in line:
            inside, current = True, []
        elif end in line:
            inside = False
            found.append("\n".join(current))
        elif inside:
            current.append(line)
    return found


def env(home: Path | None = None) -> dict[str, str]:
    """The environment for an nbgrader command: the venv's bin first on PATH (nbgrader runs
    alembic as a subprocess), optionally a separate HOME for a student."""
    result = dict(os.environ)
    result["PATH"] = f"{BIN}{os.pathsep}{result.get('PATH', '')}"
    result.pop("NBGRADER_EXECUTION", None)
    result.pop("JUPYTERHUB_USER", None)
    if home is not None:
        result["HOME"] = str(home)
        result["JUPYTER_CONFIG_DIR"] = str(home / ".jupyter")
        result["JUPYTER_DATA_DIR"] = str(home / ".local" / "share" / "jupyter")
        result["JUPYTER_RUNTIME_DIR"] = str(home / ".local" / "share" / "jupyter" / "runtime")
    return result


def nbgrader(*args: str, cwd: Path, home: Path | None = None, check: bool = True,
             timeout: int = 600) -> subprocess.CompletedProcess:
    """Run `nbgrader ARGS` in cwd; on failure show its output."""
    proc = subprocess.run([str(BIN / "nbgrader"), *args], cwd=cwd, env=env(home),
                          capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(
            f"nbgrader {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
        )
    return proc


def eplab(*args: str, cwd: Path, timeout: int = 1400) -> subprocess.CompletedProcess:
    """Run `eplab ARGS` in cwd as a lecturer does, output captured (the caller checks it)."""
    return subprocess.run([str(BIN / "eplab"), *args], cwd=cwd, env=env(), capture_output=True,
                          text=True, timeout=timeout)


def new_course(course: Path, assignment: str, *init: str, config: str = "") -> Path:
    """A course made by `eplab course init COURSE --bron ROOT [INIT...]`, `config` added to its
    nbgrader_config.py, with the student version of `assignment` generated."""
    proc = eplab("course", "init", str(course), "--bron", str(ROOT), *init, cwd=course.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    if config:
        with open(course / "nbgrader_config.py", "a", encoding="utf-8") as handle:
            handle.write(config)
    nbgrader("generate_assignment", assignment, cwd=course)
    return course


def play_to_end(scenario: str, folder: Path, path: str = "sterk", student: str = "student"):
    """Play a scenario to an ending with a real Session, writing its log in `folder`."""
    from eplab.roleplay import Session

    session = Session(scenario, log_dir=folder, student=student)
    numbers = session.scenario.example_paths.get(path)
    if numbers:
        for number in numbers:
            if session.finished:
                break
            session.choose_number(number)
    if not session.finished:
        session.play_random(0)
    assert session.finished
    return session
