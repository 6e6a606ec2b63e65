"""`eplab inzamelen`: a class of 150 LMS zips, with every way a hand-in goes wrong."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from eplab.cli import main
from eplab.grading import inzamelen

OPDRACHT = "jaar1_kennismakingsgesprek"
NB = f"{OPDRACHT}.ipynb"
LOG = "kennismakingsgesprek.rollenspel.jsonl"
PREFIXES = ("", "12345-678 - Jan de Vries - 3 okt 2025 1012 - ", "devriesjan_1234_5678_")


def notebook(owner: str) -> bytes:
    return f'{{"owner": "{owner}"}}'.encode()


def make_zip(path: Path, entries: dict[str, bytes], mtime: float | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def inner_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(NB, notebook("binnenin"))
    return buffer.getvalue()


@pytest.fixture
def klas(tmp_path):
    """150 students: most hand in well, a few hand in wrongly or with hostile intent."""
    folder = tmp_path / "download"
    folder.mkdir()
    for n in range(10, 150):
        student = f"5000001{n:02d}" if n < 100 else f"500000{n}"
        make_zip(folder / f"{PREFIXES[n % 3]}{student}_{OPDRACHT}.zip",
                 {NB: notebook(student), LOG: b'{"event": "start"}\n'})
    # a folder named after another student inside 500000001's zip: still 500000001's hand-in
    make_zip(folder / f"500000001_{OPDRACHT}.zip",
             {NB: notebook("500000001"), f"500000099_{OPDRACHT}/{NB}": notebook("vals"),
              f"500000099_{OPDRACHT}/{LOG}": b"vals\n"})
    # only a folder named after another student: flattened into 500000002's hand-in
    make_zip(folder / f"500000002_{OPDRACHT}.zip",
             {f"500000099_{OPDRACHT}/{NB}": notebook("500000002"),
              f"500000099_{OPDRACHT}/{LOG}": b"echt\n"})
    # a re-upload: the newer one wins
    make_zip(folder / f"500000003_{OPDRACHT}.zip", {NB: notebook("oud")}, mtime=1_700_000_000)
    make_zip(folder / f"500000003_{OPDRACHT} (1).zip", {NB: notebook("nieuw")}, mtime=1_700_003_600)
    # the notebook twice in one zip
    make_zip(folder / f"500000004_{OPDRACHT}.zip",
             {f"{OPDRACHT}/{NB}": notebook("diep"), NB: notebook("500000004"),
              f".ipynb_checkpoints/{NB}": notebook("checkpoint")})
    # a zip inside the zip is never unpacked
    make_zip(folder / f"500000005_{OPDRACHT}.zip", {NB: notebook("500000005"), "extra.zip": inner_zip()})
    # a zip bomb (51 MB of zeros, a few kB packed)
    make_zip(folder / f"500000006_{OPDRACHT}.zip", {NB: b"\0" * (51 * 2**20)})
    # too many entries
    make_zip(folder / f"500000007_{OPDRACHT}.zip",
             {NB: notebook("500000007"), **{f"rommel/{i}.txt": b"x" for i in range(600)}})
    # not a zip at all, under a zip's name
    (folder / f"500000008_{OPDRACHT}.zip").write_bytes(b"dit is geen zip")
    # no notebook, only another notebook name
    make_zip(folder / f"500000009_{OPDRACHT}.zip", {"Untitled.ipynb": notebook("500000009")})
    # a name instead of a student number
    make_zip(folder / f"jansen_{OPDRACHT}.zip", {NB: notebook("jansen")})
    # another assignment, and a stray file
    make_zip(folder / "500000010_jaar2_voortgangsgesprek.zip", {NB: notebook("ander")})
    (folder / "leesmij.txt").write_text("hallo", "utf-8")
    # a re-upload whose newest copy is damaged: the older one is collected
    make_zip(folder / f"500000011_{OPDRACHT}.zip", {NB: notebook("500000011")}, mtime=1_700_000_000)
    (folder / f"500000011_{OPDRACHT} (1).zip").write_bytes(b"PK\x03\x04 kapot")
    os.utime(folder / f"500000011_{OPDRACHT} (1).zip", (1_700_003_600, 1_700_003_600))
    return folder


def owner(course: Path, student: str) -> str:
    return (course / "submitted" / student / OPDRACHT / NB).read_text("utf-8")


def test_a_class_is_collected_and_every_skip_has_a_reason(klas, tmp_path):
    report = inzamelen.collect(OPDRACHT, klas, tmp_path / "submitted")
    course = tmp_path
    expected = {f"5000001{n:02d}" if n < 100 else f"500000{n}" for n in range(10, 150)}
    expected |= {"500000001", "500000002", "500000003", "500000004", "500000005", "500000011"}
    assert set(report.collected) == expected
    assert sorted(p.name for p in (course / "submitted").iterdir()) == sorted(expected)

    # nothing inside a zip decides whose hand-in it is
    assert not (course / "submitted" / "500000099").exists()
    assert "500000001" in owner(course, "500000001")
    assert "500000002" in owner(course, "500000002")
    assert (course / "submitted" / "500000002" / OPDRACHT / LOG).read_bytes() == b"echt\n"
    assert "nieuw" in owner(course, "500000003")
    assert "500000004" in owner(course, "500000004")
    assert "500000005" in owner(course, "500000005")
    assert not (course / "submitted" / "500000005" / OPDRACHT / "extra.zip").exists()

    skipped = dict(report.skipped)
    assert "zip-bom" in skipped[f"500000006_{OPDRACHT}.zip"]
    assert "601 bestanden; meer dan 500" in skipped[f"500000007_{OPDRACHT}.zip"]
    assert "beschadigd" in skipped[f"500000008_{OPDRACHT}.zip"]
    assert "Untitled.ipynb" in skipped[f"500000009_{OPDRACHT}.zip"]
    assert "'jansen' is geen studentnummer" in skipped[f"jansen_{OPDRACHT}.zip"]
    assert f"_{OPDRACHT}.zip" in skipped["500000010_jaar2_voortgangsgesprek.zip"]
    assert skipped["leesmij.txt"] == "geen zip-bestand"
    assert "beschadigd" in skipped[f"500000011_{OPDRACHT} (1).zip"]
    assert len(report.skipped) == 8

    notes = "\n".join(report.notes)
    assert (f"500000003 leverde meer dan één keer in: de nieuwste, '500000003_{OPDRACHT} (1).zip', "
            f"is ingezameld; '500000003_{OPDRACHT}.zip' niet.") in notes
    assert f"'{NB}' staat er 2 keer in; gebruikt: '{NB}', niet gebruikt: '{OPDRACHT}/{NB}'" in notes
    assert "de zip in de zip ('extra.zip') is niet uitgepakt" in notes
    assert f"daarom is '500000011_{OPDRACHT}.zip' ingezameld" in notes

    # what nbgrader autograde expects: the notebook, the log and a timestamp
    folder = course / "submitted" / "500000110" / OPDRACHT
    assert sorted(p.name for p in folder.iterdir()) == sorted([NB, LOG, "timestamp.txt"])
    stamp = (course / "submitted" / "500000003" / OPDRACHT / "timestamp.txt").read_text("utf-8")
    assert stamp == "2023-11-14 23:13:20.000000 UTC"


def test_the_cli_prints_a_dutch_summary_and_reads_the_pattern_from_the_config(klas, tmp_path, capsys):
    course = tmp_path / "cursus"
    course.mkdir()
    (course / "nbgrader_config.py").write_text(
        "c = get_config()\nc.EplabInzamelen.studentnummer = r'5000000[0-9]{2}'\n", "utf-8")
    assert main(["inzamelen", OPDRACHT, str(klas), "--cursus", str(course)]) == 0
    out = capsys.readouterr().out
    # only 5000000xx numbers look like a student number now
    assert f"Inzamelen van {OPDRACHT}: 6 ingezameld, 148 overgeslagen." in out
    assert "'500000110' is geen studentnummer" in out
    assert "Overgeslagen (vraag deze studenten zo nodig opnieuw in te leveren):" in out
    assert f"eplab nakijken {OPDRACHT}" in out
    assert sorted(p.name for p in (course / "submitted").iterdir()) == [
        "500000001", "500000002", "500000003", "500000004", "500000005", "500000011"]


def test_collecting_again_replaces_the_earlier_hand_in(tmp_path):
    folder = tmp_path / "download"
    folder.mkdir()
    make_zip(folder / f"500000001_{OPDRACHT}.zip", {NB: notebook("eerste"), LOG: b"1\n"})
    inzamelen.collect(OPDRACHT, folder, tmp_path / "submitted")
    make_zip(folder / f"500000001_{OPDRACHT}.zip", {NB: notebook("tweede")})
    inzamelen.collect(OPDRACHT, folder, tmp_path / "submitted")
    assert "tweede" in owner(tmp_path, "500000001")
    assert not (tmp_path / "submitted" / "500000001" / OPDRACHT / LOG).exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cursus", "{tmp}/geen"], "is geen cursusmap"),
        (["MAP={tmp}/nergens"], "bestaat niet"),
    ],
)
def test_the_cli_refuses_with_one_dutch_sentence(tmp_path, capsys, args, message):
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\n", "utf-8")
    folder = str(tmp_path)
    extra = []
    for arg in args:
        if arg.startswith("MAP="):
            folder = arg[4:].format(tmp=tmp_path)
        else:
            extra.append(arg.format(tmp=tmp_path))
    if not extra:
        extra = ["--cursus", str(tmp_path)]
    assert main(["inzamelen", OPDRACHT, folder, *extra]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_bad_pattern_in_the_config_is_named(tmp_path, capsys):
    (tmp_path / "nbgrader_config.py").write_text(
        "c = get_config()\nc.EplabInzamelen.studentnummer = '[0-9'\n", "utf-8")
    assert main(["inzamelen", OPDRACHT, str(tmp_path), "--cursus", str(tmp_path)]) == 1
    assert "EplabInzamelen.studentnummer" in capsys.readouterr().err


@pytest.mark.pipeline
@pytest.mark.timeout(1200)
def test_collected_hand_ins_grade_with_eplab_nakijken(tmp_path):
    """The LMS route end to end: course init, generate, hand in zips, inzamelen, nakijken."""
    import shutil
    import subprocess

    import nbformat

    from tests.nbgrader_tools import BIN, ROOT, env, nbgrader, play_to_end
    from tests.test_nbgrader_pipeline import AUTO_MAX, SCENARIO, fill, solutions

    course = tmp_path / "cursus"
    assert main(["course", "init", str(course), "--bron", str(ROOT)]) == 0
    nbgrader("generate_assignment", OPDRACHT, cwd=course)
    download = tmp_path / "download"
    download.mkdir()
    for number, inner, prefix in (("500111222", "", ""),
                                  ("500333444", f"500999999_{OPDRACHT}/", "12345-678 - Jan - ")):
        work = tmp_path / number
        shutil.copytree(course / "release" / OPDRACHT, work)
        nb = nbformat.read(work / NB, as_version=4)
        fill(nb, solutions())
        nbformat.write(nb, work / NB)
        play_to_end(SCENARIO, work, student=number)
        with zipfile.ZipFile(download / f"{prefix}{number}_{OPDRACHT}.zip", "w") as zf:
            for path in work.iterdir():
                zf.write(path, inner + path.name)  # another student's number inside: ignored
    assert main(["inzamelen", OPDRACHT, str(download), "--cursus", str(course)]) == 0
    assert sorted(p.name for p in (course / "submitted").iterdir()) == ["500111222", "500333444"]
    proc = subprocess.run([str(BIN / "eplab"), "nakijken", OPDRACHT], cwd=course, env=env(),
                          capture_output=True, text=True, timeout=1100)
    assert proc.returncode == 0, proc.stdout + proc.stderr

    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "eplab") as gb:
        got = {s.student.id: s.score for s in gb.assignment_submissions(OPDRACHT)}
    assert got == {"500111222": pytest.approx(AUTO_MAX), "500333444": pytest.approx(AUTO_MAX)}
