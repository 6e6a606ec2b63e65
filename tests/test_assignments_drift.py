"""assignments/ is exactly what `nbgrader generate_assignment` makes of solutions/, and no
solution text, hidden test or role-play log leaks into it."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.nbgrader_tools import (
    ASSIGNMENTS,
    ROOT,
    SOLUTIONS,
    assignment_ids,
    nbgrader,
    nbmeta,
    read,
    regions,
    source_notebook,
)

IDS = assignment_ids()
# Keys that may differ between two runs of generate_assignment without any real change.
VOLATILE_NB_META = {"widgets"}


def comparable(path) -> dict:
    nb = json.loads(path.read_text("utf-8"))
    for key in VOLATILE_NB_META:
        nb["metadata"].pop(key, None)
    for cell in nb["cells"]:
        cell.pop("execution_count", None)
        source = cell["source"]
        cell["source"] = "".join(source) if isinstance(source, list) else source
    return nb


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    course = tmp_path_factory.mktemp("course")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    shutil.copytree(SOLUTIONS, course / "solutions")
    nbgrader("generate_assignment", "*", "--force", cwd=course)
    return course / "assignments"


def test_every_assignment_is_generated():
    assert IDS, "no assignments in solutions/"
    released = sorted(p.name for p in ASSIGNMENTS.iterdir() if p.is_dir())
    assert released == IDS, "assignments/ and solutions/ hold the same assignments"


def test_assignments_match_a_fresh_generate_assignment(regenerated):
    fresh = sorted(p.relative_to(regenerated) for p in regenerated.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(ASSIGNMENTS) for p in ASSIGNMENTS.rglob("*")
                       if p.is_file() and ".ipynb_checkpoints" not in p.parts)
    assert committed == fresh
    stale = [str(rel) for rel in fresh if rel.suffix == ".ipynb"
             and comparable(regenerated / rel) != comparable(ASSIGNMENTS / rel)]
    assert not stale, (
        f"assignments/ is out of date for {stale}: run `nbgrader generate_assignment <id> --force` "
        "from the repository root"
    )


@pytest.mark.parametrize("assignment", IDS)
def test_no_solution_and_no_hidden_test_in_the_student_version(assignment):
    released = ASSIGNMENTS / assignment / f"{assignment}.ipynb"
    text = released.read_text("utf-8")
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS",
                   "MARK SCHEME", "Modelantwoord", "Beoordelingsmodel"):
        assert marker not in text, f"{marker} in {released.name}"
    student_lines = {line.strip() for c in read(released).cells for line in c.source.splitlines()}
    secret, public = [], []
    for cell in read(source_notebook(assignment)).cells:
        meta = nbmeta(cell)
        hidden = (regions(cell.source, "BEGIN SOLUTION", "END SOLUTION")
                  + regions(cell.source, "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"))
        if meta.get("solution") and "BEGIN SOLUTION" not in cell.source:
            hidden.append(cell.source)
        secret += hidden
        hidden_lines = {line for block in hidden for line in block.splitlines()}
        public += [line for line in cell.source.splitlines() if line not in hidden_lines]
    # a secret line that also stands, on purpose, in a visible part (a table header, an import)
    # gives nothing away
    public_lines = {line.strip() for line in public}
    lines = {line.strip() for block in secret for line in block.splitlines()} - public_lines
    leaked = [line for line in lines if len(line) >= 12 and line in student_lines]
    assert not leaked, f"solution or hidden-test lines in {released.name}: {leaked}"


@pytest.mark.parametrize("assignment", IDS)
def test_student_version_starts_with_the_header(assignment):
    cells = read(ASSIGNMENTS / assignment / f"{assignment}.ipynb").cells
    header = read(SOLUTIONS / "header.ipynb").cells
    assert [c.source for c in cells[: len(header)]] == [c.source for c in header]


def test_no_role_play_log_in_solutions_or_assignments():
    logs = [p for folder in (SOLUTIONS, ASSIGNMENTS) for p in folder.rglob("*.rollenspel.jsonl*")]
    assert not logs, (
        f"role-play logs {logs}: a log in the source folder would be released to every student "
        "and would overwrite students' own logs at autograde"
    )
