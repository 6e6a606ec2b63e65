"""load() gives well-typed DataFrames wherever it runs: here, in a notebook inside an nbgrader
folder, and from an installed wheel; importing eplab stays light."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

from eplab.data import list_datasets, load

ROOT = Path(__file__).resolve().parent.parent


def is_ordered_categorical(series: pd.Series) -> bool:
    return isinstance(series.dtype, pd.CategoricalDtype) and series.dtype.ordered


def test_likert_items_are_ordered_categoricals_and_numbers_on_request():
    df = load("oudertevredenheid")
    assert is_ordered_categorical(df["kz_verwachtingen"])
    assert list(df["kz_verwachtingen"].cat.categories) == [1, 2, 3, 4]
    assert df["kz_verwachtingen"].max() <= 4 and df["kz_verwachtingen"].min() >= 1
    assert df.attrs["labels"]["kz_verwachtingen"][4] == "helemaal mee eens"
    numbers = load("oudertevredenheid", as_numbers=True)
    assert numbers["kz_verwachtingen"].dtype == "int64"  # no empty answers
    assert load("teamvragenlijst", as_numbers=True)["tv_thuisleren"].dtype == "Int64"
    assert numbers["kz_verwachtingen"].mean() == df["kz_verwachtingen"].astype(float).mean()
    team = load("teamvragenlijst")
    assert team["tv_thuisleren"].isna().sum() == 3  # 'weet niet' is missing
    assert team["tv_thuisleren"].astype(float).notna().sum() == 16


def test_ordered_categories_and_nullable_types():
    contacts = load("contactmomenten")
    assert is_ordered_categorical(contacts["maand"])
    assert list(contacts["maand"].cat.categories[:2]) == ["augustus", "september"]
    assert contacts["maand"].min() == "augustus"
    assert (contacts.sort_values("maand")["maand"].iloc[-1]) == "juli"
    assert contacts["duur_minuten"].dtype == "Int64" and contacts["duur_minuten"].isna().any()
    assert contacts["kind_aanwezig"].dtype == "boolean"
    assert isinstance(contacts["type"].dtype, pd.CategoricalDtype) and not contacts["type"].dtype.ordered
    population = load("ouderpopulatie")
    assert is_ordered_categorical(population["opleiding"])
    assert population["opleiding"].cat.categories[-1] == "hbo of wo"
    assert population["opleiding"].isna().sum() == 16  # 'onbekend'
    assert is_ordered_categorical(population["tolk_nodig"])
    assert population["aantal_kinderen"].dtype == "int64"
    assert population["inloopavond"].dtype == "bool"
    teachers = load("interviews")
    assert teachers["ervaringsjaren"].dtype == "Int64" and teachers["ervaringsjaren"].isna().sum() == 2
    assert teachers["bereikbaarheid"].dtype == "boolean"
    assert is_ordered_categorical(teachers["bouw"])
    for frame, column in [(teachers, "leerkracht_id"), (contacts, "leerling_id"),
                          (load("interviewfragmenten"), "tekst_fictief")]:
        assert pd.api.types.is_string_dtype(frame[column].dtype), column
        assert not isinstance(frame[column].dtype, pd.CategoricalDtype)


def test_load_does_not_depend_on_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "interviews.csv").write_text("kapot\n", encoding="utf-8")
    assert len(load("interviews")) == 55


def run_python(code: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=env)


def test_import_eplab_is_light(tmp_path):
    code = textwrap.dedent("""
        import sys, json
        import eplab
        after_eplab = {m: m in sys.modules for m in ("pandas", "matplotlib")}
        import eplab.data
        after_data = {m: m in sys.modules for m in ("pandas", "matplotlib")}
        eplab.data.load("interviews")
        after_load = {m: m in sys.modules for m in ("pandas", "matplotlib")}
        print(json.dumps([after_eplab, after_data, after_load]))
    """)
    result = run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    after_eplab, after_data, after_load = json.loads(result.stdout)
    assert after_eplab == {"pandas": False, "matplotlib": False}
    assert after_data["matplotlib"] is False
    assert after_load == {"pandas": True, "matplotlib": False}


NOTEBOOK_CODE = """\
import os
from eplab.data import load, describe
from eplab.data.plots import likert_staafdiagram
df = load("oudertevredenheid", as_numbers=True)
print(os.getcwd())
print(len(df), round(df["kz_verwachtingen"].mean(), 2))
likert_staafdiagram(load("oudertevredenheid"), ["kz_verwachtingen", "kz_tevredenheid"])
"""


def test_load_in_a_notebook_inside_an_nbgrader_folder(tmp_path):
    folder = tmp_path / "autograded" / "student1" / "jaar2_x"
    folder.mkdir(parents=True)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(NOTEBOOK_CODE)]
    path = folder / "opdracht.ipynb"
    nbformat.write(nb, path)
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()
    outputs = nb.cells[0].outputs
    assert not [o for o in outputs if o.output_type == "error"], outputs
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream").splitlines()
    assert printed[0] == str(folder)
    assert printed[1] == "224 2.65"
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1  # the figure shows once, as the cell's result


@pytest.mark.timeout(600)
def test_load_from_an_installed_wheel(tmp_path):
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels),
                    str(ROOT)], check=True, capture_output=True, timeout=500)
    wheel = next(wheels.glob("eplab-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    code = textwrap.dedent("""
        import eplab, eplab.data
        from eplab.data import load, check, list_datasets
        from eplab.cli import main
        print(eplab.__file__)
        print(len(list_datasets()), len(load("interviewfragmenten")), check() == [])
        print(main(["data", "check"]))
    """)
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = run_python(code, tmp_path, env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert Path(lines[0]).is_relative_to(target)
    assert lines[1] == f"{len(list_datasets())} 527 True"
    assert lines[-1] == "0"
    assert (target / "eplab" / "datasets" / "datapackage.json").exists()


def test_pupil_interviews_count_fragments_and_pupils_apart():
    """The figures jaar1/06 builds on: 41 fragments from 8 pupils; 'zelf meepraten' 9 times by 5."""
    df = load("leerlinginterviews")
    assert len(df) == 41 and df["leerling_id"].nunique() == 8
    assert is_ordered_categorical(df["bouw"]) and is_ordered_categorical(df["vraag"])
    assert df["code"].value_counts()["zelf meepraten"] == 9
    assert df.groupby("code", observed=True)["leerling_id"].nunique()["zelf meepraten"] == 5
    assert set(df.loc[df["code"] == "zelf meepraten", "groep"]) == {6, 7, 8}
    noor = df[df["leerling_id"] == "L1"]
    assert len(noor) == 7 and set(noor["groep"]) == {6}


def test_a_local_eplab_data_folder_comes_first_except_under_trusted_data(tmp_path, monkeypatch):
    """A course variant's eplab-data/ next to the notebook is what load() reads; the grader's
    trusted_data() never reads the working folder (a hand-in), only the course's folder or eplab's."""
    from eplab.data import describe, trusted_data
    from eplab.data.variant import write_variant

    write_variant(tmp_path / "eplab-data", "een-geheime-sleutel", ["contactmomenten"])
    own = load("contactmomenten")
    monkeypatch.chdir(tmp_path)
    local = load("contactmomenten")
    assert not local.equals(own)
    assert local.equals(load("contactmomenten", directory=tmp_path / "eplab-data"))
    assert "**Cursusvariant.**" in str(describe("contactmomenten"))
    from eplab.data.schema import package_dir

    assert load("oudertevredenheid").equals(load("oudertevredenheid", directory=package_dir())), \
        "a name the folder does not hold comes from eplab's own data"
    with trusted_data(None):
        assert load("contactmomenten").equals(own)
        assert "Cursusvariant" not in str(describe("contactmomenten"))
    course = tmp_path / "cursus"
    write_variant(course, "de-sleutel-van-de-docent", ["contactmomenten"])
    with trusted_data(course):
        trusted = load("contactmomenten")
    assert trusted.equals(load("contactmomenten", directory=course)) and not trusted.equals(local)
