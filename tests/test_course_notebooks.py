"""Every study notebook in course/: its sections, its interactive parts, and that it runs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eplab.roleplay.loader import scenario_paths
from eplab.selfcheck.widgets import (
    ClassificationView,
    MultipleAnswersView,
    MultipleChoiceView,
    OrderingView,
)
from tests.notebooks import ROOT, notebooks, read, scenario_calls, text_of

COURSE = notebooks("course")
YEARS = ["jaar1", "jaar2", "jaar3", "jaar4"]
SCENARIO_IDS = {p.stem for p in scenario_paths()}


def ids(paths):
    return [str(p.relative_to(ROOT / "course")) for p in paths]


@pytest.mark.parametrize("year", YEARS)
def test_each_year_has_four_notebooks_and_two_role_plays(year):
    in_year = [p for p in COURSE if p.parent.name == year]
    assert len(in_year) >= 4, f"{year}: {len(in_year)} notebooks"
    played = {sid for p in in_year for sid in scenario_calls(read(p))}
    assert len(played) >= 2, f"{year}: role-plays {sorted(played)}"


@pytest.mark.parametrize("path", COURSE, ids=ids(COURSE))
def test_notebook_has_the_required_sections(path):
    nb = read(path)
    title = nb.cells[1]
    assert title.cell_type == "markdown" and title.source.startswith("# "), "title after the how-to cell"
    assert re.search(r"leerdoelen", title.source, re.I), "opens with leerdoelen"
    assert re.search(r"studietijd", title.source, re.I), "states the studietijd"
    markdown = text_of(nb, "markdown")
    assert re.search(r"reflect", markdown, re.I), "has a reflection prompt"
    last_md = [c for c in nb.cells if c.cell_type == "markdown"][-1]
    assert re.search(r"bronnen", last_md.source, re.I), "closes with bronnen"
    assert re.search(r"\(?[A-Z][^()]*?,? (19|20)\d\d", last_md.source), "bronnen name author and year"
    code = text_of(nb, "code")
    assert "zelftoets(" in code, "has self-check questions"


HOW_TO = "**Zo werk je in dit notebook.**"
LANGUAGE_PACK = "jupyterlab_language_pack_nl_NL"


@pytest.mark.parametrize("path", COURSE, ids=ids(COURSE))
def test_notebook_starts_with_how_to_work_in_it(path):
    """Issue 19: one short cell first, in the interface's words, that also sends phone users to the app."""
    first = read(path).cells[0]
    assert first.cell_type == "markdown" and first.source.startswith(HOW_TO), "how-to cell first"
    text = " ".join(first.source.split())
    assert "**Uitvoeren** en daarin **Run All Cells**" in text, "names the one command a student needs"
    assert "telefoon" in text and "`eplab oefenen`" in text, "sends phone and tablet users to the app"
    assert len(text.split()) <= 120, "the how-to cell stays short"
    hows = [c for c in read(path).cells
            if c.cell_type == "markdown" and c.source.lstrip("#* ").startswith("Zo werk je")]
    assert hows == [first], "one how-to cell, not two"


def test_how_to_cell_is_the_same_in_every_notebook():
    texts = {read(p).cells[0].source for p in COURSE}
    assert len(texts) == 1, "the how-to cell differs between notebooks: change it everywhere"


def test_how_to_cell_quotes_the_menu_as_the_dutch_interface_shows_it():
    """The words come from the installed Dutch language pack: 'Uitvoeren' is its msgstr for the
    Run menu, and it has no msgstr for 'Run All Cells', which JupyterLab therefore shows in English.
    When a pack translates that command, this fails: then quote the Dutch words in the cell."""
    import gettext
    import importlib.util

    spec = importlib.util.find_spec(LANGUAGE_PACK)
    assert spec and spec.origin, f"{LANGUAGE_PACK} is a dependency of eplab"
    mo = Path(spec.origin).parent / "locale" / "nl_NL" / "LC_MESSAGES" / "jupyterlab.mo"
    with mo.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)
    assert catalog.pgettext("menu", "Run") == "Uitvoeren"
    assert catalog.gettext("Run All Cells") == "Run All Cells", (
        "the language pack now translates 'Run All Cells': use its Dutch words in the how-to cell")


@pytest.mark.parametrize("path", COURSE, ids=ids(COURSE))
def test_notebook_is_committed_without_outputs(path):
    for cell in read(path).cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, path.name


@pytest.mark.parametrize("path", COURSE, ids=ids(COURSE))
def test_role_plays_named_in_notebooks_exist(path):
    for sid in scenario_calls(read(path)):
        assert sid in SCENARIO_IDS, f"{path.name} plays unknown scenario {sid}"


@pytest.mark.parametrize("path", COURSE, ids=ids(COURSE))
def test_notebook_runs_top_to_bottom_under_nbval(path, tmp_path):
    """`pytest --nbval-lax` runs every cell in a fresh kernel; a cell that raises fails it.
    It runs on a copy of the notebook's folder, so no role-play log is written into course/."""
    before = sorted(path.parent.glob("*.rollenspel.jsonl*"))
    copy = tmp_path / path.parent.name
    shutil.copytree(path.parent, copy, ignore=shutil.ignore_patterns("*.rollenspel.jsonl*",
                                                                     ".ipynb_checkpoints"))
    (tmp_path / "pytest.ini").write_text("[pytest]\n", "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "--nbval-current-env", "-q",
         "-p", "no:cacheprovider", "--nbval-cell-timeout=300", "-c", str(tmp_path / "pytest.ini"),
         str(copy / path.name)],
        cwd=tmp_path, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, f"nbval: {path.name}\n{proc.stdout[-4000:]}\n{proc.stderr[-2000:]}"
    assert re.search(r"\b\d+ passed\b", proc.stdout), proc.stdout[-2000:]
    assert sorted(path.parent.glob("*.rollenspel.jsonl*")) == before, "no log written into course/"


def test_course_overview_lists_every_notebook():
    overview = (ROOT / "course" / "README.md").read_text("utf-8")
    for path in COURSE:
        assert path.name in overview, f"course/README.md does not list {path.name}"
    assert re.search(r"studietijd", overview, re.I)


SELFCHECK_CALL = re.compile(r"\bzelftoets\(")
KEY_WORDS = re.compile(r"\b(juist|uitleg|opties|stappen|meerkeuze|meerdere_antwoorden|volgorde|indelen)\b\s*[=(]")


@pytest.mark.parametrize("path", COURSE, ids=ids(COURSE))
def test_no_self_check_key_in_the_notebook(path):
    """The questions live in content files: a student reading the notebook sees no answer key."""
    from eplab.selfcheck import bank

    code = text_of(read(path), "code")
    assert not KEY_WORDS.search(code), f"{path.name}: a self-check is written out in the notebook"
    for qid in re.findall(r'zelftoets\("([\w-]+)"\)', code):
        fields = bank.spec(qid)
        uitleg = fields.get("uitleg") or ""
        texts = list(uitleg.values()) if isinstance(uitleg, dict) else (
            [uitleg] if isinstance(uitleg, str) else list(uitleg))
        texts += list(fields.get("opties", [])) + list(fields.get("stappen", []))
        for text in filter(None, texts):
            assert text not in code, f"{qid}: ‘{text[:40]}…’ staat in het notebook"


@pytest.mark.parametrize("path", COURSE, ids=ids(COURSE))
def test_cells_that_only_start_a_widget_are_collapsed(path):
    for cell in read(path).cells:
        if cell.cell_type == "code" and re.fullmatch(r'\s*(zelftoets|speel)\([^\n]*\)\s*', cell.source):
            assert cell.metadata.get("jupyter", {}).get("source_hidden"), cell.source


def _wrong_answer(view):
    q = view.question
    if isinstance(view, MultipleChoiceView):
        view.select((q.juist + 1) % len(q.opties))
    elif isinstance(view, MultipleAnswersView):
        view.select(set(range(len(q.opties))) - q.juist or {0})
    elif isinstance(view, OrderingView):
        view.arrange(q.shuffled)
    elif isinstance(view, ClassificationView):
        first = next(iter(q.items))
        other = next(c for c in q.categorieen if c != q.items[first])
        view.assign({**q.items, first: other})


def _right_answer(view):
    q = view.question
    if isinstance(view, MultipleChoiceView):
        view.select(q.juist)
    elif isinstance(view, MultipleAnswersView):
        view.select(q.juist)
    elif isinstance(view, OrderingView):
        view.arrange(q.stappen)
    elif isinstance(view, ClassificationView):
        view.assign(q.items)


@pytest.mark.parametrize("path", COURSE, ids=ids(COURSE))
def test_self_checks_answer_right_and_explain_wrong_headless(path, monkeypatch):
    import eplab.selfcheck as selfcheck

    shown = []
    monkeypatch.setattr(selfcheck, "_show", lambda q: shown.append(_view(q)) or shown[-1])
    cells = [c.source for c in read(path).cells
             if c.cell_type == "code" and SELFCHECK_CALL.search(c.source)]
    for source in cells:
        exec(compile(source, path.name, "exec"), {"zelftoets": selfcheck.zelftoets})
    assert len(shown) >= 3, "at least three self-check questions"
    for view in shown:
        _wrong_answer(view)
        wrong = view.check()
        assert not wrong.correct and wrong.message, view.question.vraag
        view.check()  # a second wrong try shows the explanation
        _wrong_answer(view)
        assert view.check().explanation, f"no explanation after wrong tries: {view.question.vraag}"
        _right_answer(view)
        right = view.check()
        assert right.correct, view.question.vraag
        assert right.explanation.strip(), f"right answer without explanation: {view.question.vraag}"


def _view(question):
    from eplab.selfcheck.widgets import view

    return view(question)
