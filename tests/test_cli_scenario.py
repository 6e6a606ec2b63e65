"""`eplab scenario play | list | graph | schema` from the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eplab.cli import main
from tests.conftest import MINI, PRACTICE


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "eplab", *args], capture_output=True, text=True, timeout=60
    )


def test_play_with_choices_prints_one_json_object():
    result = run("scenario", "play", str(MINI), "--choices", "1,1", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"scenario", "ending", "poging", "transcript", "eigen_woorden", "pogingen",
                         "eigen_formulier", "observation", "parent_feedback"}
    assert data["ending"] == "einde_goed"
    assert data["transcript"][2]["tekst"].startswith("Goedemorgen meneer Bakker")
    form = data["observation"][0]
    assert form["id"] == "informeel_contact" and "coverage" not in form
    assert data["pogingen"][0]["einde"] == "einde_goed"
    assert {a["aspect"] for a in data["parent_feedback"]} >= {"sfeer", "tevreden"}


def test_play_random_is_repeatable():
    first = run("scenario", "play", str(MINI), "--random", "3", "--json")
    second = run("scenario", "play", str(MINI), "--random", "3", "--json")
    assert first.returncode == 0 and first.stdout == second.stdout
    assert json.loads(first.stdout)["ending"] in {"einde_goed", "einde_matig"}


def test_play_text_output_and_bad_choices(capsys):
    assert main(["scenario", "play", str(MINI), "--choices", "2,2"]) == 0
    out = capsys.readouterr().out
    assert "Einde: Een gemiste kans" in out and "[NEE]" in out
    assert main(["scenario", "play", str(MINI), "--choices", "1,9"]) == 1
    assert "kies een nummer" in capsys.readouterr().err
    assert main(["scenario", "play", str(MINI), "--choices", "een,twee"]) == 1
    assert main(["scenario", "play", "bestaat-niet"]) == 1
    assert "Er is geen rollenspel met de naam" in capsys.readouterr().err


def test_graph_is_mermaid(capsys):
    assert main(["scenario", "graph", str(MINI)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("flowchart TD")
    assert "hek -->|" in out and "slot -.->|voorwaarde| einde_goed" in out


def test_list_json_and_schema(capsys):
    assert main(["scenario", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all({"id", "titel", "jaar", "gesprekstype"} <= set(r) for r in rows)
    assert main(["scenario", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "knopen" in schema["properties"] and "gesprekstype" in schema["required"]


def test_help_and_usage_errors_are_dutch(capsys):
    with pytest.raises(SystemExit) as help_exit:
        main(["--help"])
    assert help_exit.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: eplab") and "toon deze hulp en stop" in out
    assert "show this help" not in out and "options:" not in out

    with pytest.raises(SystemExit) as bad:
        main(["scenario", "speel"])
    assert bad.value.code == 2
    err = capsys.readouterr().err
    assert "fout: argument OPDRACHT: onbekende keuze: 'speel'" in err and "'play'" in err

    with pytest.raises(SystemExit):
        main(["oefenen", "--port", "acht"])
    assert "argument --port: ongeldige waarde: 'acht'" in capsys.readouterr().err


def test_help_says_choices_are_the_authored_numbers(capsys):
    with pytest.raises(SystemExit):
        main(["scenario", "play", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "nummers uit het scenariobestand" in out and "wisselt per student" in out


def test_the_terminal_player_asks_own_words_offers_retry_debrief_and_the_second_look():
    from eplab.roleplay import Session

    order = Session(PRACTICE, record=False, student="s1")
    first = [i for i, _o in order.shown_options()]
    # turn 1: own words, then the shown number of authored option 0 (the warm greeting)
    pick1 = first.index(0) + 1
    lines = ["Goedemorgen, fijn u te zien!", str(pick1)]
    order.choose(0)
    second = [i for i, _o in order.shown_options()]
    lines += ["", "", str(second.index(1) + 1)]  # empty own words twice (after one nudge)
    lines += ["d", "f"] + ["j", "gezien"] * 7 + ["o"]
    order.retry()  # the retry starts at 'open' in attempt 2
    third = [i for i, _o in order.shown_options()]
    lines += ["Hoe merkt u dat thuis?", str(third.index(0) + 1), "q"]
    result = subprocess.run(
        [sys.executable, "-m", "eplab", "scenario", "play", str(PRACTICE), "--student", "s1",
         "--json"], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Wat zou jij zeggen?" in out and "Een paar woorden is genoeg" in out
    assert "Eén ding om te oefenen: Stel een open vraag" in out
    assert "Wat de ouder gezegd zou hebben:" in out and "[jouw keuze]" in out
    assert "Hier verschilt jouw observatie" in out
    assert "Poging 2: je gaat verder vanaf het beslissende moment" in out
    data = json.loads(out[out.index('{\n  "scenario"'):])
    assert [w["tekst"] for w in data["eigen_woorden"]] == ["Goedemorgen, fijn u te zien!",
                                                           "Hoe merkt u dat thuis?"]
    assert [(p["poging"], p["einde"]) for p in data["pogingen"]] == [(1, "einde_matig"),
                                                                    (2, "einde_goed")]
    assert data["poging"] == 2
