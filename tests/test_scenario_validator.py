"""The validator on a corpus of broken scenarios: one per rule, each with its Dutch line."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from eplab.cli import main
from eplab.roleplay.validate import check_paths
from tests.conftest import MINI

BASE = yaml.safe_load(MINI.read_text("utf-8"))
LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<node>[^:]+): (?P<msg>.+)$")


def node(data, ident):
    return next(n for n in data["knopen"] if n["id"] == ident)


def _dup_id(d):
    d["knopen"].append(copy.deepcopy(node(d, "slot")))


def _broken_next(d):
    node(d, "hek")["opties"][0]["naar"] = "bestaat_niet"


def _unreachable(d):
    d["knopen"].append({"id": "wees", "spreker": "ouder", "tekst": "…", "volgende": "slot"})


def _dead_end(d):
    d["knopen"].append({"id": "doodlopend", "spreker": "ouder", "tekst": "…"})
    node(d, "open")["opties"][0]["naar"] = "doodlopend"


def _trap_cycle(d):
    d["knopen"] += [
        {"id": "rond_a", "spreker": "ouder", "tekst": "a", "volgende": "rond_b"},
        {"id": "rond_b", "spreker": "ouder", "tekst": "b", "volgende": "rond_a"},
    ]
    node(d, "open")["opties"][1]["naar"] = "rond_a"


def _no_ending(d):
    for n in d["knopen"]:
        if "einde" in n:
            del n["einde"]
            n["volgende"] = "slot"


def _no_feedback(d):
    node(d, "hek")["opties"][1]["feedback"] = ""


def _undeclared_state(d):
    node(d, "hek")["opties"][0]["effect"] = {"geduld": 1}


def _unknown_item(d):
    node(d, "hek")["opties"][0]["items"] = ["alg.bestaat_niet"]


def _foreign_item(d):
    node(d, "hek")["opties"][0]["items"] = ["adv.advies"]


def _unknown_dimension(d):
    node(d, "hek")["opties"][0]["dimensies"] = {"charme": 1}


def _one_option(d):
    node(d, "hek")["opties"] = node(d, "hek")["opties"][:1]


def _five_options(d):
    opts = node(d, "open")["opties"]
    opts += copy.deepcopy(opts[:2])


def _unknown_speaker(d):
    node(d, "hek")["spreker"] = "oma"


def _unknown_reaction_speaker(d):
    node(d, "hek")["opties"][0]["reactie_spreker"] = "opa"


def _unknown_type(d):
    d["gesprekstype"] = "koffiepraatje"


def _missing_field(d):
    del d["titel"]


def _typo_field(d):
    node(d, "hek")["opties"][0]["feedbak"] = "x"


def _wrong_type(d):
    d["jaar"] = "tweede"


def _all_conditional(d):
    for opt in node(d, "hek")["opties"]:
        opt["als"] = {"vertrouwen": {"min": 1}}


def _decisive_missing(d):
    d["beslismoment"] = "bestaat_niet"


def _decisive_not_choice(d):
    d["beslismoment"] = "slot"


def _coaching_unknown_item(d):
    d["coaching"] = [{"items": ["inf.bestaat_niet"], "tekst": "t", "theorie": "th", "probeer": "p"}]


def _coaching_unknown_ending(d):
    d["coaching"] = [{"einden": ["einde_nergens"], "tekst": "t", "theorie": "th", "probeer": "p"}]


def _general_item_unknown(d):
    d["algemene_items"] = ["alg.houding", "inf.begroeten"]


def _own_words_on_a_line(d):
    node(d, "slot")["eigen_woorden"] = True


CASES = {
    "beslismoment bestaat niet": (_decisive_missing, "beslismoment 'bestaat_niet' bestaat niet"),
    "beslismoment geen keuze": (_decisive_not_choice, "is geen keuzeknoop"),
    "coaching item": (_coaching_unknown_item, "coachingkaart 1: observatie-item 'inf.bestaat_niet'"),
    "coaching einde": (_coaching_unknown_ending, "einde 'einde_nergens' bestaat niet"),
    "algemene_items": (_general_item_unknown, "'inf.begroeten' staat niet op het formulier"),
    "eigen woorden zonder opties": (_own_words_on_a_line, "alleen bij een knoop met 'opties'"),
    "dubbel id": (_dup_id, "meer dan één keer"),
    "kapotte verwijzing": (_broken_next, "verwijst naar 'bestaat_niet'"),
    "onbereikbaar": (_unreachable, "niet te bereiken"),
    "doodlopend": (_dead_end, "doodlopende knoop"),
    "kring": (_trap_cycle, "kring zonder uitweg"),
    "geen einde": (_no_ending, "geen einde"),
    "geen feedback": (_no_feedback, "geen feedback"),
    "toestand": (_undeclared_state, "'geduld' is niet gedeclareerd"),
    "item": (_unknown_item, "'alg.bestaat_niet' bestaat niet"),
    "item ander formulier": (_foreign_item, "hoort niet bij de formulieren"),
    "dimensie": (_unknown_dimension, "rubricdimensie 'charme'"),
    "te weinig opties": (_one_option, "2 tot 4 opties"),
    "te veel opties": (_five_options, "2 tot 4 opties"),
    "spreker": (_unknown_speaker, "spreker 'oma'"),
    "reactie_spreker": (_unknown_reaction_speaker, "spreker 'opa'"),
    "gesprekstype": (_unknown_type, "onbekend gesprekstype"),
    "verplicht veld": (_missing_field, "verplicht veld 'titel'"),
    "tikfout": (_typo_field, "onbekend veld 'feedbak'"),
    "verkeerd type": (_wrong_type, "geheel getal"),
    "alles voorwaardelijk": (_all_conditional, "zonder voorwaarde"),
}


def write(tmp_path: Path, data, name="kapot.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def test_the_example_is_valid():
    assert check_paths([MINI]) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_rule_gives_one_dutch_line_with_its_place(tmp_path, case):
    mutate, expected = CASES[case]
    data = copy.deepcopy(BASE)
    mutate(data)
    path = write(tmp_path, data)
    problems = check_paths([path])
    assert problems, f"{case}: no problem reported"
    matching = [p for p in problems if expected in p]
    assert matching, f"{case}: expected {expected!r} in {problems}"
    for problem in problems:
        parts = LINE.match(problem)
        assert parts, problem
        assert parts["path"] == str(path)
        assert 1 <= int(parts["line"]) <= len(path.read_text().splitlines())


def test_line_number_points_at_the_broken_option(tmp_path):
    data = copy.deepcopy(BASE)
    _broken_next(data)
    path = write(tmp_path, data)
    [problem] = [p for p in check_paths([path]) if "bestaat_niet" in p]
    line = int(LINE.match(problem)["line"])
    assert "bestaat_niet" in path.read_text().splitlines()[line - 1]
    assert LINE.match(problem)["node"] == "hek"


def test_yaml_syntax_error_is_a_line_not_a_traceback(tmp_path):
    path = tmp_path / "syntax.yaml"
    text = MINI.read_text("utf-8").replace("titel: \"Even", "titel: [\"Even", 1)
    path.write_text(text, "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "eplab.cli", "scenario", "check", str(path)],
        capture_output=True, text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "YAML-fout" in result.stdout
    assert LINE.match(result.stdout.splitlines()[0])


def test_check_exit_codes(tmp_path, capsys):
    assert main(["scenario", "check", str(MINI)]) == 0
    data = copy.deepcopy(BASE)
    _no_feedback(data)
    assert main(["scenario", "check", str(write(tmp_path, data))]) == 1
    assert main(["scenario", "check", str(tmp_path / "bestaat-niet.yaml")]) == 1
    out = capsys.readouterr().out
    assert "geen feedback" in out and "bestaat niet" in out


def test_an_empty_file_and_a_list_are_refused(tmp_path):
    empty = tmp_path / "leeg.yaml"
    empty.write_text("", "utf-8")
    listed = tmp_path / "lijst.yaml"
    listed.write_text("- a\n- b\n", "utf-8")
    problems = check_paths([empty, listed])
    assert len(problems) == 2
    assert all("id:" in p for p in problems)


def test_a_scenario_without_practice_fields_gets_warnings_not_errors(capsys):
    from tests.conftest import PRACTICE

    assert main(["scenario", "check", str(MINI)]) == 0, "warnings do not fail the check"
    out = capsys.readouterr().out.splitlines()
    warnings = [line for line in out if ": waarschuwing:" in line]
    assert len(warnings) == 3
    assert all(LINE.match(line) and line.startswith(str(MINI)) for line in warnings)
    joined = " ".join(warnings)
    assert "eigen_woorden" in joined and "coaching" in joined and "beslismoment" in joined
    assert main(["scenario", "check", str(PRACTICE)]) == 0
    assert ": waarschuwing:" not in capsys.readouterr().out


def test_a_decisive_error_points_at_its_line(tmp_path):
    data = copy.deepcopy(BASE)
    _decisive_missing(data)
    path = write(tmp_path, data)
    [problem] = check_paths([path])
    line = int(LINE.match(problem)["line"])
    assert path.read_text().splitlines()[line - 1].startswith("beslismoment:")
