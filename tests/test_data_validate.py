"""A damaged copy of the datasets gives clear Dutch messages, from check(), the CLI and load()."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from eplab.cli import main
from eplab.data import DatasetError, check, describe, load
from eplab.data.schema import package_dir

LINE = re.compile(r"^(?P<file>[^:]+\.csv):(?P<row>\d+): (?P<column>[^:]+): (?P<message>.+)$")


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "datasets"
    shutil.copytree(package_dir(), target, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    return target


def rewrite(path: Path, change) -> None:
    """Apply change(header, rows) to a CSV file and write it back."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    header, body = rows[0], rows[1:]
    header, body = change(header, body)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([header, *body])
    path.write_text(buffer.getvalue(), encoding="utf-8")


def set_cell(path: Path, row: int, column: str, value: str) -> None:
    def change(header, body):
        body[row][header.index(column)] = value
        return header, body

    rewrite(path, change)


def test_the_shipped_datasets_are_valid():
    assert check() == []


def test_bad_category(copy, capsys):
    set_cell(copy / "interviews.csv", 2, "schooltype", "speciaal")
    problems = check(copy)
    assert [str(p) for p in problems] == [
        f"{copy / 'interviews.csv'}:4: schooltype: 'speciaal' is geen toegestane waarde; "
        "kies uit regulier, s(b)o, stimulering"
    ]
    assert main(["data", "check", str(copy)]) == 1
    out, err = capsys.readouterr()
    match = LINE.match(out.splitlines()[0])
    assert match and match["row"] == "4" and match["column"] == "schooltype"
    assert "1 fout(en) gevonden." in err
    with pytest.raises(DatasetError) as info:
        load("interviews", directory=copy)
    message = str(info.value)
    assert message.startswith("Het bestand interviews.csv klopt niet met zijn beschrijving")
    assert "regel 4, kolom 'schooltype'" in message and "'speciaal'" in message
    assert "eplab data generate" in message and "\n" not in message
    # the other datasets in the folder still load
    assert len(load("oudertevredenheid", directory=copy)) == 224


def test_missing_column(copy, capsys):
    def drop(header, body):
        i = header.index("kz_verwachtingen")
        return header[:i] + header[i + 1:], [r[:i] + r[i + 1:] for r in body]

    rewrite(copy / "oudertevredenheid.csv", drop)
    problems = check(copy)
    assert len(problems) == 1
    assert problems[0].row == 1 and problems[0].column == "kz_verwachtingen"
    assert problems[0].message.startswith("kolom ontbreekt")
    with pytest.raises(DatasetError, match=r"regel 1, kolom 'kz_verwachtingen': kolom ontbreekt"):
        load("oudertevredenheid", directory=copy)


def test_non_number_in_likert_column(copy, capsys):
    set_cell(copy / "oudertevredenheid.csv", 0, "kz_tevredenheid", "best goed")
    set_cell(copy / "oudertevredenheid.csv", 5, "afs_tempo", "7")
    assert main(["data", "check", str(copy)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{copy / 'oudertevredenheid.csv'}:2: kz_tevredenheid: 'best goed' is geen geheel getal; kies uit 1, 2, 3, 4",
        f"{copy / 'oudertevredenheid.csv'}:7: afs_tempo: '7' is geen toegestane waarde; kies uit 1, 2, 3, 4",
    ]
    with pytest.raises(DatasetError) as info:
        load("oudertevredenheid", directory=copy)
    assert "'best goed' is geen geheel getal" in str(info.value)
    assert "en nog 1 andere fout(en)" in str(info.value)


def test_unknown_column_wrong_row_length_and_duplicate_id(copy):
    def extra(header, body):
        body[0][0] = body[1][0]  # duplicate id
        body[3] = body[3][:-2]  # a short row
        return header + ["opmerking"], [r + ["x"] for r in body]

    rewrite(copy / "ouderpopulatie.csv", extra)
    messages = {(p.row, p.column): p.message for p in check(copy)}
    assert messages[(1, "opmerking")].startswith("onbekende kolom")
    assert "komt al voor op regel 2" in messages[(3, "gezin_id")]
    assert messages[(5, "-")].startswith("deze regel heeft 9 waarden, de kopregel heeft er 11")


def test_missing_required_value_and_foreign_key(copy):
    set_cell(copy / "contactmomenten.csv", 0, "type", "")
    set_cell(copy / "interviewfragmenten.csv", 9, "leerkracht_id", "L99")
    problems = {(Path(p.file).name, p.row, p.column): p.message for p in check(copy)}
    assert problems[("contactmomenten.csv", 2, "type")] == "waarde ontbreekt, maar deze kolom is verplicht"
    assert problems[("interviewfragmenten.csv", 11, "leerkracht_id")] == (
        "'L99' komt niet voor in kolom 'leerkracht_id' van interviews.csv")


def test_missing_values_are_recognised(copy):
    # 'weet niet' is a missing value in the team questionnaire, 'onbekend' in the population
    set_cell(copy / "teamvragenlijst.csv", 0, "tv_bereikbaar", "weet niet")
    set_cell(copy / "ouderpopulatie.csv", 0, "opleiding", "onbekend")
    assert check(copy) == []
    assert load("teamvragenlijst", directory=copy)["tv_bereikbaar"].isna().iloc[0]
    assert load("ouderpopulatie", directory=copy)["opleiding"].isna().iloc[0]


def test_missing_file_broken_package_and_wrong_folder(copy, tmp_path):
    (copy / "teamvragenlijst.csv").unlink()
    with pytest.raises(DatasetError, match=r"^Het bestand .*teamvragenlijst.csv ontbreekt; installeer eplab opnieuw"):
        load("teamvragenlijst", directory=copy)
    (copy / "datapackage.json").write_text("{ kapot", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"is geen geldige datapackage.json .*'eplab data generate'"):
        load("interviews", directory=copy)
    with pytest.raises(DatasetError, match=r"bestaat niet"):
        load("interviews", directory=tmp_path / "nergens")
    empty = tmp_path / "leeg"
    empty.mkdir()
    with pytest.raises(DatasetError, match=r"staat geen datapackage.json"):
        check(empty)
    assert main(["data", "check", str(empty)]) == 1


def test_package_without_resources(copy):
    (copy / "datapackage.json").write_text(json.dumps({"name": "x"}), encoding="utf-8")
    with pytest.raises(DatasetError, match="'resources' ontbreekt"):
        check(copy)


def test_unknown_name_suggests_the_nearest():
    with pytest.raises(DatasetError) as info:
        load("ouder_tevredenheid")
    message = str(info.value)
    assert message.startswith("Er is geen dataset met de naam 'ouder_tevredenheid' (bedoel je 'oudertevredenheid'?)")
    assert "kies een van: interviews, interviewfragmenten" in message
    with pytest.raises(DatasetError, match="Geef de naam van een dataset als tekst"):
        load(None)  # type: ignore[arg-type]
    # forgiving about case, spaces and the .csv ending
    assert len(load(" Interviews.csv ")) == 55


def test_cli_prints_the_sentence_without_traceback(capsys):
    assert main(["data", "describe", "intervjoes"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("Er is geen dataset met de naam 'intervjoes'")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_describe_returns_the_dutch_codebook_section():
    for name in ["interviews", "oudertevredenheid", "ouderpopulatie"]:
        section = describe(name)
        assert section.startswith(f"## {name}")
        assert "fictief" in section and "| kolom | type | betekenis | waarden | herkomst |" in section
        assert section._repr_markdown_() == str(section)
    assert "2,65" in describe("oudertevredenheid")
    assert "350" in describe("oudertevredenheid")  # the stated population assumption


def test_every_field_says_where_it_comes_from_in_dutch():
    from eplab.data.schema import read_package

    package = read_package()[1]
    ids = {s["id"] for s in package["sources"]}
    assert ids == {"fontys2017", "thesis2015", "leerlijn"}
    for res in package["resources"]:
        assert res["description"] and res["werkwijze"] and "fictief" in describe(res["name"])
        for field in res["schema"]["fields"]:
            origin = field["herkomst"]
            assert origin["soort"] in {"bron", "gekalibreerd", "fictief"}, field["name"]
            if origin["soort"] != "fictief":
                assert re.search(r"\((2017|ca\. 2015|z\.j\.)\), (§|bijlage|leerdoel)", origin["bron"]), field["name"]
            assert field["description"] and field["title"]
    codebook = (Path(__file__).resolve().parent.parent / "datasets" / "README.md").read_text(encoding="utf-8")
    assert "allochto" not in codebook.lower() and "migratieachtergrond" in codebook
    assert codebook.count("**fictief**") >= len(package["resources"])
