"""`SandboxedScoring`: nbgrader's Execute step, replaced so that no student code decides a score.

Used from nbgrader_config.py as the first of `c.Autograde.autograde_preprocessors`; imports
nbgrader, so it is never imported by `eplab` or `eplab.grading` themselves.

For one notebook of one hand-in:

1. A pristine copy of the hand-in folder is kept (role-play logs as submitted) before anything runs.
2. A run notebook is made: the student's cells, each grade cell with its visible form checks only
   (the hidden tests removed), and after each grade cell a reporting cell that prints the answers
   the key needs as JSON (answers.py).
3. The run notebook is executed by `eplab.grading.runner` in the bubblewrap sandbox (sandbox.py) on
   a private copy of the hand-in, with a wall-clock limit.
4. The key of each grade cell (its hidden tests, taken from the gradebook) is evaluated here, in the
   grader's process, with the reported answers as plain data (key.py).
5. Each grade cell's outputs become its visible text (text/plain only) plus an `execute_result`
   holding the computed score, which nbgrader's SaveAutoGrades then reads as partial credit.

What happened (graded, kernel died, timed out, stopped responding) is kept in `OUTCOMES` for the
`eplab nakijken` summary.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat.notebooknode import NotebookNode
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.preprocessors import Execute
from traitlets import Bool, Integer

from eplab.data import LOCAL_FOLDER, trusted_data
from eplab.grading import answers, key, sandbox

RUN_NOTEBOOK = ".eplab-nakijken.ipynb"
RESULTS = ".eplab-uitslag.jsonl"
MAX_RESULTS = 64 * 1024**2


@dataclass
class Outcome:
    """What happened to one notebook of one hand-in."""

    student: str
    assignment: str
    notebook: str
    status: str                       # one of text.STATUS' keys
    cells: list[str] = field(default_factory=list)  # grade ids involved (timed out, not reached)


OUTCOMES: list[Outcome] = []


@dataclass
class RunResult:
    outputs: dict[int, list]
    status: str
    last_started: int | None


class SandboxedScoring(Execute):
    """Execute the student's notebook sandboxed; score every grade cell from the key."""

    sandbox = Bool(True, help="Run the student's notebook in the bubblewrap sandbox.").tag(config=True)
    wall_seconds = Integer(
        900, help="Stop a hand-in's run after this many seconds in all (a kernel that ignores "
                  "interrupts).").tag(config=True)
    memory_mb = Integer(3072, help="Address space of the sandbox, in MB.").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict):
        info = resources["nbgrader"]
        folder = Path(resources["metadata"]["path"])
        keys = self._keys(info)
        run_nb, plan = prepare(nb, keys)
        with tempfile.TemporaryDirectory(prefix="eplab-nakijken-") as tmp:
            os.chmod(tmp, 0o711)
            pristine = Path(tmp) / "ingeleverd"
            work = Path(tmp) / "werk"
            shutil.copytree(folder, pristine, symlinks=True)
            shutil.copytree(folder, work, symlinks=True,
                            ignore=shutil.ignore_patterns("*.ipynb", ".ipynb_checkpoints"))
            nbformat.write(run_nb, work / RUN_NOTEBOOK)
            result = self._execute(work)
            # the key reads data from the course only (its variant data, else eplab's own),
            # never from the hand-in, whatever eplab-data/ a student put in it
            with trusted_data(self._course_data(info["assignment"])):
                graded = score(nb, plan, result, keys, pristine)
        OUTCOMES.append(outcome(info, nb, plan, result, graded))
        return nb, resources

    def _course_data(self, assignment: str) -> Path | None:
        """The course's own data folder of this assignment (source/<id>/eplab-data/ of a course
        variant), found through nbgrader's CourseDirectory; None: eplab's package data."""
        from nbgrader.coursedir import CourseDirectory

        from eplab.data.schema import PACKAGE_FILE

        coursedir = CourseDirectory(config=self.config)
        source = Path(coursedir.format_path(coursedir.source_directory, ".", assignment))
        folder = source / LOCAL_FOLDER
        return folder if (folder / PACKAGE_FILE).is_file() else None

    def _keys(self, info: dict) -> dict[str, tuple[str, float]]:
        """grade_id -> (hidden code, max score) of each autograded code cell, from the gradebook."""
        found = {}
        with Gradebook(info["db_url"]) as gb:
            notebook = gb.find_notebook(info["notebook"], info["assignment"])
            for cell in notebook.grade_cells:
                if cell.cell_type != "code":
                    continue
                try:
                    source = gb.find_source_cell(cell.name, info["notebook"], info["assignment"])
                except MissingEntry:
                    continue
                found[cell.name] = (key.split_hidden(source.source)[1], float(cell.max_score))
        return found

    def _execute(self, work: Path) -> RunResult:
        inside = sandbox.INSIDE if self.sandbox else str(work)
        argv = [sys.executable, "-m", "eplab.grading.runner", f"{inside}/{RUN_NOTEBOOK}",
                f"{inside}/{RESULTS}", str(self.timeout)]
        limits = sandbox.Limits(memory=self.memory_mb * 1024**2,
                                cpu_seconds=max(60, self.wall_seconds))
        if self.sandbox:
            sandbox.prepare(work)
            argv, env, cwd = sandbox.command(argv, work), {"PATH": os.environ.get("PATH", "")}, None
        else:
            env = {**os.environ, **sandbox.environment(), "PATH": os.environ.get("PATH", "")}
            env.pop("MPLCONFIGDIR", None)
            cwd = str(work)
        with open(work.parent / "stderr.txt", "wb") as errors:
            proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=errors,
                                    preexec_fn=sandbox.set_limits(limits),
                                    start_new_session=True)
            try:
                proc.wait(timeout=self.wall_seconds)
                stopped = False
            except subprocess.TimeoutExpired:
                stopped = True
                _kill(proc)
        result = read_results(work / RESULTS)
        if stopped:
            result.status = "reageert_niet"
        elif result.status == "onbekend":
            self.log.warning("eplab: the run of this notebook ended without a result: %s",
                             (work.parent / "stderr.txt").read_text("utf-8", "replace")[-2000:])
            result.status = "kernel_dood"
        return result


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def grade_meta(cell: NotebookNode) -> dict:
    return cell.metadata.get("nbgrader", {})


def is_autograded(cell: NotebookNode, keys: dict) -> bool:
    meta = grade_meta(cell)
    return (cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")
            and meta.get("grade_id") in keys)


def prepare(nb: NotebookNode, keys: dict) -> tuple[NotebookNode, list]:
    """The run notebook (no key in it) and the plan: per run cell, ("cell", i) or ("report", i)."""
    run = nbformat.v4.new_notebook(metadata={"kernelspec": nb.metadata.get("kernelspec", {}),
                                             "language_info": nb.metadata.get("language_info", {})})
    plan: list[tuple[str, int]] = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        source = cell.source
        if is_autograded(cell, keys):
            source = key.split_hidden(source)[0]
        run.cells.append(nbformat.v4.new_code_cell(source))
        plan.append(("cell", index))
        if is_autograded(cell, keys):
            names = key.needed_names(keys[grade_meta(cell)["grade_id"]][0])
            run.cells.append(nbformat.v4.new_code_cell(answers.report_code(names)))
            plan.append(("report", index))
    return run, plan


def read_results(path: Path) -> RunResult:
    """The runner's JSON lines (written by code the student could touch: read as data only)."""
    outputs: dict[int, list] = {}
    status, last = "onbekend", None
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read(MAX_RESULTS).splitlines()
    except OSError:
        lines = []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if not isinstance(record, dict):
            continue
        if isinstance(record.get("start"), int):
            last = record["start"]
        elif isinstance(record.get("cell"), int) and isinstance(record.get("outputs"), list):
            outputs[record["cell"]] = record["outputs"]
        elif record.get("status") in ("klaar", "kernel_dood", "tijd_op"):
            status = record["status"]
    return RunResult(outputs, status, last)


def _stream_text(outputs: list) -> str:
    return "".join(o.get("text", "") for o in outputs
                   if isinstance(o, dict) and o.get("output_type") == "stream"
                   and isinstance(o.get("text", ""), str))


def visible_text(outputs: list) -> str:
    """What the form checks showed, as plain text: errors as their one line, nothing on stderr."""
    parts = []
    for output in outputs:
        if not isinstance(output, dict):
            continue
        kind = output.get("output_type")
        if kind == "stream" and output.get("name") == "stdout":
            parts.append(str(output.get("text", "")))
        elif kind == "error":
            parts.append(f"{output.get('ename', '')}: {output.get('evalue', '')}\n")
        elif kind in ("display_data", "execute_result"):
            plain = output.get("data", {}).get("text/plain", "")
            parts.append(("".join(plain) if isinstance(plain, list) else str(plain)) + "\n")
    return "".join(parts)[: 20_000]


def _outputs(cell_outputs: list) -> list:
    return [nbformat.from_dict(o) for o in cell_outputs if isinstance(o, dict)
            and o.get("output_type") in ("stream", "display_data", "execute_result", "error")]


def score(nb: NotebookNode, plan: list, result: RunResult, keys: dict, pristine: Path) -> dict:
    """Write outputs into `nb`; the score of every autograded cell (grade_id -> points)."""
    by_cell: dict[int, list] = {}
    reports: dict[int, list] = {}
    for run_index, (kind, index) in enumerate(plan):
        outputs = result.outputs.get(run_index)
        if outputs is None:
            continue
        (by_cell if kind == "cell" else reports)[index] = outputs
    graded = {}
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        cell.execution_count = None
        if not is_autograded(cell, keys):
            try:
                cell.outputs = _outputs(by_cell.get(index, []))
                for output in cell.outputs:
                    if output.output_type == "execute_result":
                        output.execution_count = None
                nbformat.validate(nbformat.v4.new_notebook(cells=[cell]))
            except Exception:
                cell.outputs = [nbformat.v4.new_output(
                    "stream", name="stdout", text=visible_text(by_cell.get(index, [])))]
            continue
        grade_id = grade_meta(cell)["grade_id"]
        hidden, max_score = keys[grade_id]
        names = key.needed_names(hidden)
        given = answers.read_report(_stream_text(reports.get(index, [])), names)
        found = key.evaluate(hidden, given, max_score, pristine)
        graded[grade_id] = found.score
        cell.outputs = graded_outputs(visible_text(by_cell.get(index, [])), found)
    return graded


def graded_outputs(visible: str, found: key.KeyResult) -> list:
    """The outputs of a grade cell: form checks, what the key showed, then the score."""
    outputs = []
    if visible.strip():
        outputs.append(nbformat.v4.new_output("stream", name="stdout", text=visible))
    if found.printed.strip():
        outputs.append(nbformat.v4.new_output("stream", name="stdout", text=found.printed))
    for record in found.records:
        outputs.append(nbformat.v4.new_output("display_data", data=record))
    outputs.append(nbformat.v4.new_output("execute_result", data={"text/plain": repr(found.score)},
                                          execution_count=None))
    return outputs


def outcome(info: dict, nb: NotebookNode, plan: list, result: RunResult, graded: dict) -> Outcome:
    """Name what happened, with the grade cells it touched."""
    status = result.status
    cells: list[str] = []
    if status == "klaar":
        for run_index, (kind, index) in enumerate(plan):
            outputs = result.outputs.get(run_index, [])
            if kind == "cell" and any(isinstance(o, dict) and o.get("ename") == "KeyboardInterrupt"
                                      for o in outputs):
                status = "tijd_op"
                cells.append(_name(nb.cells[index], index))
        status = "nagekeken" if status == "klaar" else status
    else:
        reached = {index for run_index, (kind, index) in enumerate(plan)
                   if run_index in result.outputs}
        cells = [grade_meta(c)["grade_id"] for i, c in enumerate(nb.cells)
                 if grade_meta(c).get("grade_id") in graded and i not in reached]
    return Outcome(info["student"], info["assignment"], info["notebook"], status, cells)


def _name(cell: NotebookNode, index: int) -> str:
    return grade_meta(cell).get("grade_id") or f"cel {index + 1}"



