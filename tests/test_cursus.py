"""The student route: the wheel and `eplab cursus MAP` hold the study notebooks and the released
assignments, and no solution, hidden test or model answer."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from eplab.cli import cursus, main
from tests.nbgrader_tools import ROOT, SOLUTIONS, assignment_ids, regions

MARKERS = ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "Modelantwoord", "rollenspel_bewijs", "score_")


def answer_key_lines() -> set[str]:
    """Every longer line that stands only in a solution, hidden test or model answer."""
    secret_lines: set[str] = set()
    public_lines: set[str] = set()
    for path in SOLUTIONS.glob("*/*.ipynb"):
        for cell in nbformat.read(path, 4).cells:
            meta = cell.metadata.get("nbgrader", {})
            secret = regions(cell.source, "### BEGIN SOLUTION", "### END SOLUTION")
            secret += regions(cell.source, "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS")
            if cell.cell_type == "markdown" and meta.get("solution"):
                secret.append(cell.source)
            hidden = {line.strip() for block in secret for line in block.splitlines()}
            secret_lines |= {line for line in hidden if len(line) >= 25}
            public_lines |= {line.strip() for line in cell.source.splitlines()} - hidden
    keys = secret_lines - public_lines
    assert len(keys) > 20  # the check below has something to look for
    return keys


def readable(path: Path) -> str:
    """A notebook's cell sources (unescaped), or a text file as it is."""
    if path.suffix == ".ipynb":
        return "\n".join(cell.source for cell in nbformat.read(path, 4).cells)
    return path.read_text("utf-8")


def assert_no_answer_key(texts: dict[str, str]) -> None:
    keys = answer_key_lines()
    for name, content in texts.items():
        for marker in MARKERS:
            assert marker not in content, f"{marker} in {name}"
        leaked = [line for line in keys if line in content]
        assert not leaked, f"{name}: {leaked[:3]}"


def test_eplab_cursus_writes_the_course_without_answer_keys(tmp_path, capsys):
    target = tmp_path / "eplab"
    assert main(["cursus", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"Je cursus staat klaar in {target}" in out and "jupyter lab" in out
    assert (target / "studie" / "jaar1" / "01_waarom_ouders.ipynb").is_file()
    for assignment in assignment_ids():
        assert (target / "opdrachten" / assignment / f"{assignment}.ipynb").is_file()
    written = [p for p in target.rglob("*") if p.is_file() and p.name != cursus.MARKER]
    assert not [p for p in written if "solution" in str(p) or "source" in p.parts]
    assert_no_answer_key({str(p): readable(p) for p in written})


def test_the_wheel_ships_the_course_but_never_solutions():
    from hatchling.builders.wheel import WheelBuilder

    included = {f.distribution_path: f.path for f in WheelBuilder(str(ROOT)).recurse_included_files()}
    assert "eplab/__init__.py" in included and "eplab/datasets/ouderpopulatie.csv" in included
    assert "eplab/_studie/course/jaar1/01_waarom_ouders.ipynb" in included
    for assignment in assignment_ids():
        assert f"eplab/_studie/assignments/{assignment}/{assignment}.ipynb" in included
    assert not [p for p in included if "solutions" in p or "rollenspel.jsonl" in p]
    assert_no_answer_key({name: readable(Path(path)) for name, path in included.items()
                          if name.startswith("eplab/_studie/")})


def fake_material(folder: Path, version: str) -> Path:
    for part in ("course/jaar1", "assignments/jaar1_x"):
        (folder / part).mkdir(parents=True, exist_ok=True)
    (folder / "course/jaar1/les.ipynb").write_text(f"les {version}", "utf-8")
    (folder / "assignments/jaar1_x/jaar1_x.ipynb").write_text(f"opdracht {version}", "utf-8")
    (folder / "course/jaar1/gesprek.rollenspel.jsonl").write_text("van de maker", "utf-8")
    if version == "2":
        (folder / "course/jaar1/nieuw.ipynb").write_text("nieuw", "utf-8")
    return folder


def test_updating_keeps_the_students_work(tmp_path):
    target = tmp_path / "eplab"
    first = cursus.write_course(target, fake_material(tmp_path / "v1", "1"))
    assert sorted(first["nieuw"]) == ["opdrachten/jaar1_x/jaar1_x.ipynb", "studie/jaar1/les.ipynb"]
    assert not (target / "studie/jaar1/gesprek.rollenspel.jsonl").exists()
    (target / "opdrachten/jaar1_x/jaar1_x.ipynb").write_text("mijn antwoorden", "utf-8")
    (target / "studie/jaar1/gesprek.rollenspel.jsonl").write_text("mijn gesprek", "utf-8")

    second = cursus.write_course(target, fake_material(tmp_path / "v2", "2"))
    assert second == {"nieuw": ["studie/jaar1/nieuw.ipynb"],
                      "bijgewerkt": ["studie/jaar1/les.ipynb"],
                      "bewaard": ["opdrachten/jaar1_x/jaar1_x.ipynb"]}
    assert (target / "opdrachten/jaar1_x/jaar1_x.ipynb").read_text("utf-8") == "mijn antwoorden"
    assert (target / "studie/jaar1/gesprek.rollenspel.jsonl").read_text("utf-8") == "mijn gesprek"
    assert (target / "studie/jaar1/les.ipynb").read_text("utf-8") == "les 2"


@pytest.mark.parametrize("content", ["bestand", "map"])
def test_a_folder_in_use_is_refused_in_dutch(tmp_path, capsys, content):
    target = tmp_path / "bezet"
    if content == "map":
        target.mkdir()
        (target / "scriptie.docx").write_text("bewaren", "utf-8")
    else:
        target.write_text("bewaren", "utf-8")
    assert main(["cursus", str(target)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(target) in err
    kept = target / "scriptie.docx" if content == "map" else target
    assert kept.read_text("utf-8") == "bewaren"
