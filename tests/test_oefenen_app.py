"""The self-study app headless: the list by year and type, playing, and the server command."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from eplab.app import picker as app
from eplab.app import text as app_text
from eplab.cli.oefenen import APP, command, environment
from tests.conftest import MINI


@pytest.fixture
def library(tmp_path, monkeypatch):
    folder = tmp_path / "scenarios"
    folder.mkdir()
    shutil.copy(MINI, folder / "mini-schoolhek.yaml")
    monkeypatch.setattr("eplab.roleplay.loader.scenario_dir", lambda: folder)
    return folder


def _texts(picker) -> str:
    return " ".join(getattr(c, "value", "") for c in picker.listing.children)


def test_list_groups_role_plays_by_year_and_filters_by_type(library, tmp_path):
    picker = app.Picker(tmp_path / "log")
    assert "Jaar 1" in _texts(picker)
    assert picker.listing.children[1].children[0].description == "Speel: Even bij het hek (testscenario)"
    types = list(picker.type_filter.options)
    assert types[0] == "alle gesprekstypen" and len(types) == 2
    picker.type_filter.value = types[1]
    assert "Jaar 1" in _texts(picker)


def test_playing_writes_the_log_in_the_chosen_folder_and_back_returns_to_the_list(library, tmp_path):
    picker = app.Picker(tmp_path / "log")
    picker.play("mini-schoolhek")
    assert picker.listing.layout.display == "none"
    picker.view.start_button.click()
    picker.view.option_buttons[0].click()
    assert (tmp_path / "log" / "mini-schoolhek.rollenspel.jsonl").exists()
    picker.back.click()
    assert picker.listing.layout.display is None and picker.player.children == ()


def test_a_broken_scenario_file_is_named_in_dutch_and_the_rest_still_plays(library, tmp_path):
    (library / "kapot.yaml").write_text("id: kapot\ntitel: [onaf\n", "utf-8")
    picker = app.Picker(tmp_path / "log")
    assert "kan niet worden geladen" in _texts(picker)
    assert [s.id for s in picker.scenarios] == ["mini-schoolhek"]


def test_log_folder_comes_from_the_command_line(tmp_path, monkeypatch):
    monkeypatch.setenv(app.LOG_DIR_ENV, str(tmp_path / "mijn-gesprekken"))
    assert app.log_dir() == tmp_path / "mijn-gesprekken" and app.log_dir().is_dir()


def test_server_listens_on_localhost_only_and_hides_code():
    cmd = command(8866, open_browser=False)
    assert "--Voila.ip=127.0.0.1" in cmd and "--VoilaConfiguration.strip_sources=True" in cmd
    assert cmd[3].endswith("oefenen.ipynb")


def test_the_page_is_dutch_with_eplabs_template_and_a_kernel_ready_before_the_browser_asks(tmp_path):
    cmd = command(8866, open_browser=False)
    assert "--template=eplab" in cmd and "--HTMLExporter.language_code=nl" in cmd
    assert "--VoilaConfiguration.preheat_kernel=True" in cmd
    resources = json.loads(next(a for a in cmd if a.startswith("--VoilaConfiguration.resources="))
                           .split("=", 1)[1])
    assert resources["eplab"] == {"title": app_text.TITLE, "loading": app_text.LOADING}
    template = Path(environment(tmp_path)["JUPYTER_PATH"].split(":")[0]) / "voila/templates/eplab"
    page = (template / "index.html.j2").read_text("utf-8")
    assert "<main" in page and page.count("<h1>") == 2  # one while loading, one in main
    assert json.loads(APP.read_text("utf-8"))["metadata"]["title"] == app_text.TITLE
    files = " ".join(p.read_text("utf-8") for p in template.iterdir())
    assert not re.search(r"https?://", files), "the page fetches nothing from the internet"


def test_the_list_has_the_years_as_sections_under_the_pages_title(library, tmp_path):
    picker = app.Picker(tmp_path / "log")
    assert "<h2>Jaar 1</h2>" in _texts(picker)
    assert "<h1" not in picker.root.children[0].value and "<h2" not in picker.root.children[0].value


def test_the_app_plays_an_extra_scenario_with_own_words_retry_and_debrief(library, tmp_path,
                                                                           monkeypatch):
    from tests.conftest import PRACTICE

    extra = tmp_path / "eigen"
    extra.mkdir()
    shutil.copy(PRACTICE, extra / "mini-oefenen.yaml")
    monkeypatch.setenv(app.EXTRA_ENV, str(extra))
    picker = app.Picker(tmp_path / "log")
    assert [s.id for s in picker.scenarios] == ["mini-oefenen", "mini-schoolhek"]
    picker.play("mini-oefenen")
    view = picker.view
    view.start_button.click()
    assert view.own_area.layout.display is None, "own words first, in the app too"
    for _turn in range(2):
        view.own_box.value = "Wat ik zou zeggen."
        view.own_button.click()
        view.option_buttons[0].click()
    assert view.session.finished and "Eén ding om te oefenen" in view.coaching.value
    view.retry_button.click()
    assert view.session.attempt == 2
    assert view.after_area.layout.display == "none" and view.own_area.layout.display is None
    log = (tmp_path / "log" / "mini-oefenen.rollenspel.jsonl").read_text("utf-8")
    assert '"event": "opnieuw"' in log and '"event": "eigen_woorden"' in log
