"""Hostile hand-ins through the real route: `eplab course init`, generate, hand in, `eplab nakijken`
(sandboxed, two at a time), feedback, export.

Each hand-in tries one way a student who knows Python could win points or harm the class: turn off
the display of values, a formatter that prints nan, patched grading helpers, swallowed exceptions,
a role-play "played" by code during grading, reading the answer keys in source/, writing into a
classmate's hand-in, touching the gradebook, HTML and script in an answer and in an output,
overwritten check names, edited cell metadata; and the failures a lecturer must see: a kernel that
dies, a cell that runs too long, a kernel that ignores interrupts, a notebook that cannot be read.
Every score is exact; classmates and the gradebook stay untouched; the batch finishes.
"""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from tests.nbgrader_tools import env, eplab, nbgrader, new_course, play_to_end
from tests.test_nbgrader_pipeline import (
    ASSIGNMENT,
    AUTO_MAX,
    SCENARIO,
    cell_index,
    files,
    fill,
    outputs_of,
    solutions,
)

pytestmark = [pytest.mark.pipeline, pytest.mark.timeout(1500)]

WRONG = {
    "antwoord_2": 'antwoord_2 = ["open vraag"] * 8',
    "antwoord_3": 'antwoord_3 = ["slot"] * 8',
    "antwoord_4": 'antwoord_4a = ["C", "E"]\nantwoord_4b = "D"',
}
DISPLAY_OFF = "get_ipython().ast_node_interactivity = 'none'\n"
NAN = ("ip = get_ipython()\nfor t in (float, int, object):\n"
       "    ip.display_formatter.formatters['text/plain'].for_type(t, lambda o, p, c: p.text('nan'))\n")
PATCH = ("import eplab.grading as g, eplab.grading.scoring as s, eplab.grading.evidence as e\n"
         "for m in (g, s):\n"
         "    for n in ('score_labels', 'score_selection', 'score_equal', 'score_order'):\n"
         "        setattr(m, n, lambda *a, **k: 4)\n"
         "    m.same = lambda *a, **k: True\n"
         "e.rollenspel_bewijs = g.rollenspel_bewijs = lambda *a, **k: 2\n"
         "e.read_evidence = lambda *a, **k: None\n")
SWALLOW = ("get_ipython().set_custom_exc((BaseException,), lambda *a, **k: None)\n"
           "import sys\nsys.excepthook = lambda *a: None\n")
PLAY_NOW = ("from eplab.roleplay import Session\n"
            f"_s = Session({SCENARIO!r}, log_dir='.', student='spook')\n"
            "while not _s.finished:\n    _s.choose_number(1)\n")
SPY = """
import os, glob
gevonden = []
for pad in ['../../../source', '../../source', '/tmp', '/work', '/root', '/home']:
    gevonden += glob.glob(pad + '/**/*.ipynb', recursive=True)[:3]
print('GEVONDEN', [p for p in gevonden if 'BEGIN SOLUTION' in open(p, errors='ignore').read()])
for doel in ['../../../submitted/goed/jaar1_kennismakingsgesprek/hack.txt', '../goed/hack.txt',
             '../../../gradebook.db', '../../gradebook.db']:
    try:
        with open(doel, 'a') as f:
            f.write('gehackt')
        print('GESCHREVEN', doel)
    except OSError as exc:
        print('GEWEIGERD', doel, type(exc).__name__)
import socket
try:
    socket.create_connection(('1.1.1.1', 80), timeout=2)
    print('NETWERK OPEN')
except OSError:
    print('GEEN NETWERK')
"""
SCRIPT_MD = ('Mijn reflectie. <script>alert("md")</script> <img src=x onerror="alert(1)"> '
             '[klik](javascript:alert(2)) en **vet** blijft leesbaar.')
SCRIPT_OUT = ("from IPython.display import HTML, Javascript, display\n"
              "display(HTML('<b>hoi</b><script>alert(\"out\")</script>'))\n"
              "display(Javascript('alert(\"js\")'))\n")
NAMES = ("VAARDIGHEDEN = []\ncheck_labels = check_selection = check_letter = None\n"
         "form_ok = score_labels = same = None\n")
DIE = "import os\nos._exit(1)\n"
SLOW = "import time\nwhile True:\n    time.sleep(0.2)\n"
DEAF = "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass\n"

# student -> expected autograded points (AUTO_MAX = 11: role-play 2, vraag 2: 4, 3: 2, 4: 3)
WRONG_SCORE = 1.0  # the wrong answers above: 1 of 8 labels in vraag 2 (0.5), 2 of 8 in vraag 3 (0.5)
EXPECTED = {
    "goed": AUTO_MAX,
    "fout": WRONG_SCORE,   # the wrong answers, no trick
    "display_uit": WRONG_SCORE,  # the same wrong answers, display of values switched off
    "nan": WRONG_SCORE,          # ... every value shown as nan
    "gepatcht": WRONG_SCORE,     # ... eplab.grading replaced in the kernel
    "ingeslikt": WRONG_SCORE,    # ... every exception swallowed
    "speelt_nu": 9,        # right answers, no log handed in; a log written during grading
    "spion": AUTO_MAX,     # right answers and log; reads, writes and connects where it should not
    "html": AUTO_MAX,      # right answers; script in the reflection and in an output
    "namen": AUTO_MAX,     # right answers; the names the checks use overwritten
    "grade_true": AUTO_MAX,  # right answers; an answer cell's metadata edited to grade: true
    "kernel_dood": 6,      # role-play 2 + vraag 2 (4); the kernel dies in vraag 3
    "traag": 9,            # vraag 3 never finishes (interrupted); the rest counts
    "doof": 6,             # ignores interrupts in vraag 3: stopped; what came before counts
    "geen_utf8": 0,
    "geen_json": 0,
}
STATUS = {"kernel_dood": "kernel gestopt", "traag": "tijd op", "doof": "reageert niet",
          "geen_utf8": "onleesbaar", "geen_json": "onleesbaar"}


def hand_in(course: Path, student: str) -> None:
    folder = course / "submitted" / student / ASSIGNMENT
    shutil.copytree(course / "release" / ASSIGNMENT, folder)
    (folder / "timestamp.txt").write_text("2026-01-05 10:00:00.000000 UTC", "utf-8")
    path = folder / f"{ASSIGNMENT}.ipynb"
    if student == "geen_utf8":
        path.write_bytes(b"\xff\xfe\x00{ niet te lezen")
        return
    if student == "geen_json":
        path.write_text("Dit is geen notebook maar gewone tekst.", "utf-8")
        return
    nb = nbformat.read(path, as_version=4)
    right = solutions()
    tricks = {"display_uit": DISPLAY_OFF, "nan": NAN, "gepatcht": PATCH, "ingeslikt": SWALLOW}
    log = True
    if student in tricks or student == "fout":
        trick = tricks.get(student, "")
        fill(nb, {k: (trick if k == "antwoord_2" else "") + v for k, v in WRONG.items()})
        log = False
    elif student == "speelt_nu":
        fill(nb, {**right, "antwoord_3": PLAY_NOW + right["antwoord_3"]})
        log = False
    elif student == "spion":
        fill(nb, {**right, "antwoord_3": SPY + right["antwoord_3"]})
    elif student == "html":
        fill(nb, {**right, "antwoord_2": SCRIPT_OUT + right["antwoord_2"]}, reflection=SCRIPT_MD)
    elif student == "namen":
        fill(nb, {k: NAMES + v for k, v in right.items()})
    elif student == "grade_true":
        fill(nb, right)
        meta = nb.cells[cell_index(nb, "antwoord_3")].metadata.nbgrader
        meta.update({"grade": True, "points": 100})
    elif student == "kernel_dood":
        fill(nb, {**right, "antwoord_3": DIE + right["antwoord_3"]})
    elif student == "traag":
        fill(nb, {**right, "antwoord_3": SLOW + right["antwoord_3"]})
    elif student == "doof":
        fill(nb, {**right, "antwoord_3": DEAF + right["antwoord_3"]})
    else:
        fill(nb, right)
    nbformat.write(nb, path)
    if log:
        play_to_end(SCENARIO, folder, student=student)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("vijandig")
    course = new_course(base / "cursus", ASSIGNMENT,
                        config="\nc.Execute.timeout = 20\nc.SandboxedScoring.wall_seconds = 150\n")
    for student in EXPECTED:
        hand_in(course, student)
    before = {s: files(course / "submitted" / s) for s in EXPECTED}
    source_before = files(course / "source")
    proc = eplab("nakijken", ASSIGNMENT, "-j", "2", cwd=course)
    nbgrader("generate_feedback", ASSIGNMENT, cwd=course)
    nbgrader("export", cwd=course)
    return course, proc, before, source_before


def scores(course: Path) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "eplab") as gb:
        return {s.student.id: round(s.score, 2) for s in gb.assignment_submissions(ASSIGNMENT)}


def autograded(course: Path, student: str):
    return nbformat.read(course / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)


def test_the_batch_finishes_with_a_dutch_summary(graded):
    course, proc, _, _ = graded
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"Nakijken van {ASSIGNMENT} klaar: {len(EXPECTED)} inleveringen" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
    assert f"Nagekeken: {len(EXPECTED)} van {len(EXPECTED)}" in proc.stderr and "nog ongeveer" in proc.stderr


def test_every_hostile_hand_in_gets_its_exact_score(graded):
    course = graded[0]
    assert scores(course) == pytest.approx(EXPECTED, abs=0.01)


def test_failures_are_named_in_the_summary_and_in_the_export(graded):
    course, proc, _, _ = graded
    for student, status in STATUS.items():
        assert any(line.strip().startswith(f"{student} · {ASSIGNMENT}: {status}")
                   for line in proc.stdout.splitlines()), (student, proc.stdout)
    with open(course / "grades.csv", encoding="utf-8") as handle:
        rows = {r["student_id"]: r for r in csv.DictReader(handle)}
    for student in EXPECTED:
        expected = STATUS.get(student, "nagekeken")
        assert rows[student]["nakijkstatus"].startswith(expected), rows[student]
    assert "vraag" not in rows["goed"]["nakijkstatus"]


def test_student_code_saw_only_its_own_hand_in(graded):
    course, _, before, source_before = graded
    for student, files_before in before.items():
        assert files(course / "submitted" / student) == files_before, student
    assert files(course / "source") == source_before
    assert not list(course.rglob("hack.txt"))
    spy = outputs_of(autograded(course, "spion"), "antwoord_3")
    assert "GEVONDEN []" in spy, spy
    assert "GESCHREVEN" not in spy and "GEEN NETWERK" in spy, spy


def test_the_gradebook_holds_only_what_the_grader_wrote(graded):
    course = graded[0]
    with sqlite3.connect(course / "gradebook.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert b"gehackt" not in (course / "gradebook.db").read_bytes()


def test_student_html_never_runs_in_feedback_or_formgrader(graded):
    course = graded[0]
    page = (course / "feedback" / "html" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text("utf-8")
    nb = autograded(course, "html")  # what the formgrader renders: markdown and outputs
    stored = "\n".join([c.source for c in nb.cells if c.cell_type == "markdown"]
                       + [json.dumps(o) for c in nb.cells for o in c.get("outputs", [])])
    running = [r"<script>alert", r"<img[^>]*onerror", r"href=.javascript:", r"output_javascript"]
    for pattern in running:
        assert not re.search(pattern, page), pattern
    for pattern in [*running[:3], "application/javascript"]:
        assert not re.search(pattern, stored.replace('\\"', '"')), pattern
    assert "&lt;script&gt;alert(\"md\")" in page, "the student's text is shown, not run"
    assert "<strong>vet</strong>" in page, "Markdown stays readable"
    assert "<b>hoi</b>" in stored


def test_role_play_counts_only_as_handed_in(graded):
    course = graded[0]
    shown = outputs_of(autograded(course, "speelt_nu"), "toets_rollenspel")
    assert "Er is geen opgeslagen gesprek gevonden" in shown
    full = outputs_of(autograded(course, "goed"), "toets_rollenspel")
    assert "Punten voor het afronden van het gesprek: 2 van 2." in full


def test_feedback_holds_no_answer_key(graded):
    course = graded[0]
    for student in ("goed", "gepatcht", "html", "kernel_dood"):
        page = (course / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text("utf-8")
        shown = html.unescape(re.sub(r"<[^>]+>", "", page))
        for secret in ("BEGIN HIDDEN TESTS", "score_labels(antwoord_2", "rollenspel_bewijs("):
            assert secret not in shown, (student, secret)


def test_checksum_warnings_only_where_a_locked_cell_changed(graded):
    course = graded[0]
    log = (course / "nakijken.log").read_text("utf-8")
    blocks = {b.split(" ==", 1)[0].split(" / ")[0]: b for b in log.split("== ")[1:]}
    assert "checksum" not in blocks["goed"].lower() and "Locked cell" not in blocks["goed"]
    assert "grade flag edited" in blocks["grade_true"]


def test_no_sandbox_refuses_with_one_dutch_line_when_bubblewrap_is_missing(graded, tmp_path):
    course = graded[0]
    bare = tmp_path / "bin"
    bare.mkdir()
    for tool in ("python3", "setpriv"):
        if shutil.which(tool):
            (bare / tool).symlink_to(shutil.which(tool))
    proc = subprocess.run([sys.executable, "-m", "eplab.cli", "nakijken", ASSIGNMENT], cwd=course,
                          env={**env(), "PATH": str(bare)}, capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "Nakijken gebeurt in een zandbak, maar bubblewrap ontbreekt: installeer het met "
        "'sudo apt-get install bubblewrap' (of kijk bewust zonder zandbak na met --zonder-sandbox)."]
