"""The measurements behind benchmarks/run.py. Each returns raw samples."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tests' notebook helpers (tests.nbgrader_tools)
PY = sys.executable
HEAVY = ("pandas", "matplotlib", "ipywidgets")

_IMPORT_PROBE = """
import sys, time, json
t = time.perf_counter()
{stmt}
elapsed = (time.perf_counter() - t) * 1000
print(json.dumps([elapsed, [m for m in {heavy!r} if m in sys.modules]]))
"""


def import_times(stmt: str, runs: int) -> tuple[list[float], list[str]]:
    """Milliseconds for `stmt` in a fresh interpreter, and the heavy modules it pulled in."""
    samples, leaked = [], set()
    for _ in range(runs):
        out = subprocess.run([PY, "-c", _IMPORT_PROBE.format(stmt=stmt, heavy=HEAVY)],
                             capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
        elapsed, heavy = json.loads(out.stdout)
        samples.append(elapsed)
        leaked.update(heavy)
    return samples, sorted(leaked)


def _scenarios():
    from eplab.roleplay.loader import list_scenarios

    return list_scenarios()


def scenario_count() -> int:
    return len(_scenarios())


def engine_steps() -> list[float]:
    """Milliseconds per choice, log on disk included, over random plays of every scenario."""
    from eplab.roleplay import Session

    samples = []
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in _scenarios():
            for seed in range(20):
                session = Session(scenario, log_dir=tmp, student="bench")
                session.restart()
                rng = random.Random(seed)
                while not session.finished:
                    index = rng.choice(session.options())[0]
                    t = time.perf_counter()
                    session.choose(index)
                    samples.append((time.perf_counter() - t) * 1000)
    return samples


def widget_updates() -> list[float]:
    """Milliseconds per option click in the headless widget, end screen included."""
    from eplab.roleplay import Session
    from eplab.widgets.roleplay import RolePlayView

    samples = []
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in _scenarios():
            for _round in range(5):
                view = RolePlayView(Session(scenario, log_dir=tmp, student="bench"))
                view.session.restart()
                view.started = True
                view.update()
                while not view.session.finished:
                    if view.session.needs_own_words:  # not a click on an option: not measured
                        view.own_box.value = "Wat ik zou zeggen."
                        view.own_button.click()
                    t = time.perf_counter()
                    view.option_buttons[0].click()
                    samples.append((time.perf_counter() - t) * 1000)
    return samples


def validate_library(runs: int = 5) -> list[float]:
    """Seconds to validate every scenario file, in a fresh interpreter each time."""
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([PY, "-m", "eplab", "scenario", "check"], check=True,
                       capture_output=True, cwd=tempfile.gettempdir())
        samples.append(time.perf_counter() - t)
    return samples


_MAXRSS = "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)"


def _kernel_rss(cells: list[str], cwd: Path) -> float:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in [*cells, _MAXRSS]]
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(cwd)}}).execute()
    return float(nb.cells[-1].outputs[0]["text"].strip())


def kernel_memory(runs: int = 3):
    """Peak kernel memory after a role-play and after a data notebook, against bare kernels."""
    scenario = _scenarios()[0].id
    roleplay = ["from eplab import speel", f"speel({scenario!r})"]
    bare_widgets = ["import ipywidgets"]
    data = ["from eplab.data import load", "from eplab.data import plots",
            "df = load('oudertevredenheid')", "fig = plots.likert_staafdiagram(df, list(df.columns[-4:]))"]
    bare_data = ["import pandas", "import matplotlib.pyplot as plt"]
    results = {"rp": [], "w": [], "data": [], "pd": []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            results["rp"].append(_kernel_rss(roleplay, Path(tmp)))
            results["w"].append(_kernel_rss(bare_widgets, Path(tmp)))
            results["data"].append(_kernel_rss(data, Path(tmp)))
            results["pd"].append(_kernel_rss(bare_data, Path(tmp)))
    return [("kernelgeheugen rollenspel / kale kernel + ipywidgets", results["rp"], results["w"], 1.2),
            ("kernelgeheugen datanotebook / kale kernel + pandas, matplotlib",
             results["data"], results["pd"], 1.1)]


def _rss(pid: int) -> float:
    """Resident memory of a process in bytes (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return float(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def lab_server_memory(runs: int = 3) -> list[float]:
    """Resident memory of a JupyterLab server with eplab's extensions (nbgrader, voila, the
    language pack) after the lab page, the settings and the kernel specs were served: what a
    student's single-user server costs on a hub besides its kernels."""
    import secrets
    import socket
    import urllib.request

    samples = []
    for _ in range(runs):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        token = secrets.token_hex(16)
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "JUPYTER_RUNTIME_DIR": tmp, "JUPYTERLAB_WORKSPACES_DIR": tmp}
            cmd = [PY, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
                   f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={tmp}"]
            if os.geteuid() == 0:
                cmd.append("--allow-root")
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            try:
                base = f"http://127.0.0.1:{port}"
                deadline = time.monotonic() + 120
                while True:
                    try:
                        urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                        break
                    except OSError:
                        if time.monotonic() > deadline or proc.poll() is not None:
                            raise RuntimeError("JupyterLab did not start") from None
                        time.sleep(0.3)
                for path in ("/lab", "/lab/api/settings", "/api/kernelspecs", "/lab/api/translations/nl_NL"):
                    urllib.request.urlopen(f"{base}{path}?token={token}", timeout=60).read()
                samples.append(_rss(proc.pid))
            finally:
                proc.terminate()
                proc.wait(timeout=30)
    return samples


def _nbgrader(args: list[str], cwd: Path) -> float:
    t = time.perf_counter()
    bin_dir = str(Path(PY).parent)  # nbgrader runs alembic from PATH
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    subprocess.run([str(Path(bin_dir) / "nbgrader"), *args, "--force"], cwd=cwd,
                   check=True, capture_output=True, env=env)
    return time.perf_counter() - t


def _trivial_like(notebook: Path, target: Path) -> None:
    """A notebook with the same number and kinds of cells, each doing nothing."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = "assert True" if cell.metadata.get("nbgrader", {}).get("grade") else "x = 1"
    nbformat.write(nb, target)


def autograde_costs(runs: int = 5):
    """Seconds to autograde one submission of each assignment, and of a trivial twin."""
    import nbformat

    sources = sorted(p for p in (ROOT / "solutions").glob("*/") if list(p.glob("*.ipynb")))
    results = []
    for source in sources:
        with tempfile.TemporaryDirectory() as tmp:
            course = Path(tmp)
            (course / "nbgrader_config.py").write_text(
                (ROOT / "nbgrader_config.py").read_text("utf-8")
                .replace('"solutions"', '"source"').replace('"assignments"', '"release"'), "utf-8")
            name = source.name
            triv = f"{name}_triviaal"
            shutil.copytree(source, course / "source" / name)
            for extra in (ROOT / "solutions").glob("*.ipynb"):  # the header nbgrader adds
                shutil.copy(extra, course / "source" / extra.name)
            (course / "source" / triv).mkdir(parents=True)
            for nb in source.glob("*.ipynb"):
                _trivial_like(nb, course / "source" / triv / nb.name)
            for assignment in (name, triv):
                _nbgrader(["generate_assignment", assignment], course)
                sub = course / "submitted" / "student1" / assignment
                shutil.copytree(course / "source" / assignment, sub)
                for nb in sub.glob("*.ipynb"):  # the student's finished role-play, as handed in
                    _play_role_plays(nbformat.read(nb, as_version=4), sub)
            ours, base = [], []
            for _ in range(runs):  # side by side, so a busy moment hits both
                ours.append(_nbgrader(["autograde", name], course))
                base.append(_nbgrader(["autograde", triv], course))
            results.append((name, ours, base))
    return results


def _play_role_plays(nb, folder: Path) -> None:
    """Write a finished role-play log for every `speel("...")` in a graded notebook."""
    from tests.nbgrader_tools import play_to_end, scenarios_played

    if not any("nbgrader" in cell.metadata for cell in nb.cells):
        return
    for scenario in scenarios_played(nb):
        play_to_end(scenario, folder, student="bench")


def notebook_runs() -> tuple[float, list[tuple[str, float]]]:
    """Seconds to execute each notebook of course/ and solutions/, slowest first."""
    import nbformat
    from nbclient import NotebookClient

    timings = []
    for path in sorted([*ROOT.glob("course/**/*.ipynb"), *ROOT.glob("solutions/**/*.ipynb")]):
        if ".ipynb_checkpoints" in path.parts:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / path.name
            shutil.copy(path, work)
            nb = nbformat.read(work, as_version=4)
            _play_role_plays(nb, Path(tmp))  # a solution is a student's finished work
            t = time.perf_counter()
            NotebookClient(nb, timeout=600, kernel_name="python3",
                           resources={"metadata": {"path": tmp}}).execute()
            timings.append((str(path.relative_to(ROOT)), time.perf_counter() - t))
    timings.sort(key=lambda item: -item[1])
    return sum(s for _n, s in timings), timings


def app_start(runs: int = 3) -> tuple[list[float], list[float]]:
    """Milliseconds from opening the self-study app (as `eplab oefenen` opens the browser, when
    the server answers) to the first paint, and to the first usable 'Speel' button."""
    from playwright.sync_api import sync_playwright

    from tests.browser.servers import CHROMIUM, CHROMIUM_ARGS, voila_app

    paint, interactive = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as tmp, \
                    voila_app(Path(tmp) / "gesprekken", Path(tmp), Path(tmp) / "voila.log") as url:
                page = browser.new_page()
                page.goto(url, wait_until="commit")
                page.locator(".eplab-speel").first.wait_for(state="visible", timeout=120_000)
                interactive.append(page.evaluate("performance.now()"))
                paint.append(page.evaluate(
                    "performance.getEntriesByName('first-contentful-paint')[0].startTime"))
                page.close()
        browser.close()
    return paint, interactive


GRADED = "jaar1_kennismakingsgesprek"
PLAIN_CHAIN = """
# plain nbgrader: its own Execute step, scores from the student's kernel, no sandbox
from nbgrader.preprocessors import (AssignLatePenalties, CheckCellMetadata, Execute, IgnorePattern,
                                    LimitOutput, SaveAutoGrades)
from nbconvert.preprocessors import ClearMetadataPreprocessor
c.Autograde.autograde_preprocessors = [Execute, IgnorePattern, ClearMetadataPreprocessor,
                                       LimitOutput, SaveAutoGrades, AssignLatePenalties,
                                       CheckCellMetadata]
"""


def _class_course(folder: Path, students: int, plain: bool = False) -> Path:
    """A course made by `eplab course init` with `students` right hand-ins of GRADED."""
    import nbformat

    course = folder / ("kaal" if plain else "eplab")
    bin_dir = Path(PY).parent
    subprocess.run([str(bin_dir / "eplab"), "course", "init", str(course), "--bron", str(ROOT)],
                   check=True, capture_output=True)
    if plain:
        with open(course / "nbgrader_config.py", "a", encoding="utf-8") as handle:
            handle.write(PLAIN_CHAIN)
    _nbgrader(["generate_assignment", GRADED], course)
    for number in range(students):
        sub = course / "submitted" / f"s{number:03d}" / GRADED
        shutil.copytree(course / "source" / GRADED, sub)
        for nb in sub.glob("*.ipynb"):
            _play_role_plays(nbformat.read(nb, as_version=4), sub)
    return course


def _eplab(args: list[str], cwd: Path) -> float:
    t = time.perf_counter()
    bin_dir = str(Path(PY).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    subprocess.run([str(Path(bin_dir) / "eplab"), *args], cwd=cwd, check=True,
                   capture_output=True, env=env)
    return time.perf_counter() - t


def class_grading(students: int = 30, runs: int = 2) -> dict[str, list[float]]:
    """Seconds to grade a class: plain `nbgrader autograde`, `eplab nakijken` with -j 1 and -j 2.

    Plain and -j 1 are timed `runs` times side by side, in alternating order (a busy moment or a
    warm cache hits both); -j 2 right after each -j 1."""
    result: dict[str, list[float]] = {"kaal": [], "j1": [], "j2": []}
    with tempfile.TemporaryDirectory() as tmp:
        plain = _class_course(Path(tmp), students, plain=True)
        ours = _class_course(Path(tmp), students)
        for run in range(runs):
            pair = [("kaal", lambda: _nbgrader(["autograde", GRADED], plain)),
                    ("j1", lambda: _eplab(["nakijken", GRADED, "-j", "1"], ours))]
            for name, timed in (pair if run % 2 == 0 else pair[::-1]):
                result[name].append(timed())
            result["j2"].append(_eplab(["nakijken", GRADED, "-j", "2"], ours))
    return result


def class_report(students: int = 300, runs: int = 3) -> tuple[list[float], list[float], int]:
    """`eplab klas` on a fictitious class of `students` × every scenario, each run in a fresh
    process: (wall seconds, peak memory in MB, number of logs). The class is made once, untimed."""
    from eplab.classreport.demo import make_demo

    with tempfile.TemporaryDirectory() as folder:
        logs = make_demo(Path(folder) / "klas", students)
        seconds, peaks = [], []
        for run in range(runs):
            cmd = [sys.executable, "-m", "eplab", "klas", str(Path(folder) / "klas"),
                   "--uit", str(Path(folder) / f"uit{run}")]
            started = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _pid, status, usage = os.wait4(proc.pid, 0)
            seconds.append(time.perf_counter() - started)
            if os.waitstatus_to_exitcode(status) != 0:
                raise RuntimeError("eplab klas failed in the benchmark")
            peaks.append(usage.ru_maxrss / 1024)  # kilobytes on Linux
    return seconds, peaks, logs
