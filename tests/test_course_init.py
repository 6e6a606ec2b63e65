"""`eplab course init DIR`: a ready nbgrader course directory, next steps in Dutch."""

from __future__ import annotations

import stat

import pytest
from traitlets.config.loader import PyFileConfigLoader

from eplab.cli import main
from tests.nbgrader_tools import ROOT, SOLUTIONS, assignment_ids, nbgrader


def test_init_creates_a_course_directory(tmp_path, capsys):
    target = tmp_path / "cursus"
    assert main(["course", "init", str(target), "--cursus-id", "pabo-2025", "--bron", str(ROOT)]) == 0
    out = capsys.readouterr().out
    assert f"Cursusmap klaar: {target}" in out
    assert "Volgende stappen" in out and "nbgrader generate_assignment" in out
    assert "eplab inzamelen" in out and "nbgrader release_assignment" in out
    assert "source/ bevat de uitwerkingen" in out
    config = PyFileConfigLoader("nbgrader_config.py", path=str(target)).load_config()
    assert config.CourseDirectory.source_directory == "source"
    assert config.CourseDirectory.release_directory == "release"
    assert config.CourseDirectory.course_id == "pabo-2025"
    assert config.IncludeHeaderFooter.header == "source/header.ipynb"
    assert (target / "source" / "header.ipynb").is_file()
    copied = sorted(p.name for p in (target / "source").iterdir() if p.is_dir())
    assert copied == assignment_ids()
    assert not list(target.rglob("*.rollenspel.jsonl*"))
    assert (target / "students.csv").read_text("utf-8") == "id,first_name,last_name,email\n"


def test_init_never_copies_role_play_logs(tmp_path):
    bron = tmp_path / "bron"
    (bron / "solutions").mkdir(parents=True)
    (bron / "nbgrader_config.py").write_text(
        (SOLUTIONS.parent / "nbgrader_config.py").read_text("utf-8"), "utf-8")
    opdracht = bron / "solutions" / "jaar9_test"
    opdracht.mkdir()
    (opdracht / "jaar9_test.ipynb").write_text("{}", "utf-8")
    (opdracht / "kennismakingsgesprek.rollenspel.jsonl").write_text("{}\n", "utf-8")
    assert main(["course", "init", str(tmp_path / "cursus"), "--bron", str(bron)]) == 0
    assert not list((tmp_path / "cursus").rglob("*.rollenspel.jsonl"))


def test_the_course_directory_is_private_and_has_a_pseudonym_key(tmp_path):
    target = tmp_path / "cursus"
    assert main(["course", "init", str(target), "--bron", str(ROOT)]) == 0
    key = target / ".eplab" / "pseudoniem.key"
    assert len(key.read_text("utf-8").strip()) == 64
    int(key.read_text("utf-8"), 16)  # hexadecimal
    from eplab.classreport.privacy import find_key

    assert find_key(target / "submitted") == (bytes.fromhex(key.read_text("utf-8")), key)
    paths = [target, *target.rglob("*")]
    assert target / "source" / "header.ipynb" in paths and target / "nbgrader_config.py" in paths
    for path in paths:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path}: {oct(mode)}"
    other = tmp_path / "tweede"
    assert main(["course", "init", str(other), "--bron", str(ROOT)]) == 0
    assert (other / ".eplab" / "pseudoniem.key").read_text("utf-8") != key.read_text("utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cursus-id", "pabo 2025"], "De cursusnaam mag alleen letters"),
        (["--bron", "/bestaat/niet"], "niet gevonden"),
        ([], "Geef met --bron de map van je kopie van de eplab-repository op"),
    ],
)
def test_init_refuses_with_one_dutch_sentence(tmp_path, capsys, args, message):
    args = args if "--bron" in args or not args else [*args, "--bron", str(ROOT)]
    assert main(["course", "init", str(tmp_path / "cursus"), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_init_does_not_touch_a_directory_in_use(tmp_path, capsys):
    (tmp_path / "cursus").mkdir()
    (tmp_path / "cursus" / "mijn-werk.txt").write_text("bewaren", "utf-8")
    assert main(["course", "init", str(tmp_path / "cursus"), "--bron", str(ROOT)]) == 1
    assert "bestaat al en is niet leeg" in capsys.readouterr().err
    assert (tmp_path / "cursus" / "mijn-werk.txt").read_text("utf-8") == "bewaren"


@pytest.mark.pipeline
def test_nbgrader_works_in_the_new_course_directory(tmp_path):
    target = tmp_path / "cursus"
    assert main(["course", "init", str(target), "--bron", str(ROOT)]) == 0
    (target / "students.csv").write_text(
        "id,first_name,last_name,email\n500123456,Sam,de Vries,s.devries@example.org\n", "utf-8")
    nbgrader("db", "student", "import", "students.csv", cwd=target)
    first = assignment_ids()[0]
    nbgrader("generate_assignment", first, cwd=target)
    released = target / "release" / first / f"{first}.ipynb"
    assert released.is_file()
    assert "Zo werk je in deze opdracht" in released.read_text("utf-8")
    listed = nbgrader("db", "student", "list", cwd=target)
    assert "500123456" in listed.stdout + listed.stderr
