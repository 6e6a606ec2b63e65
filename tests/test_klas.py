"""The lecturer's class report (`eplab klas`): exact aggregates, privacy, bad input, sources."""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import re
import zipfile
from pathlib import Path

import pytest

from eplab.classreport.build import make_report
from eplab.cli import main
from eplab.roleplay import Session
from eplab.roleplay.loader import load_scenario
from eplab.roleplay.log import SUFFIX

SCENARIO = "informeel-schoolhek"


def authored_path(scenario, kind: str) -> list[tuple[str, int]]:
    """The example path as (node id, authored option index), whatever order the engine shows."""
    session = Session(scenario, record=False)
    path = []
    for number in scenario.example_paths[kind]:
        node = session.node.id
        index = sorted(session.options())[number - 1][0]
        session.choose(index)
        path.append((node, index))
    return path


def play(folder: Path, student: str, kind: str, scenario_id: str = SCENARIO, note: str = "") -> Path:
    scenario = load_scenario(scenario_id)
    session = Session(scenario, log_dir=folder, student=student)
    session.anticipate(note or str(folder))  # two students never hand in byte-identical logs
    for _node, index in authored_path(scenario, kind):
        session.choose(index)
    return folder / f"{scenario_id}{SUFFIX}"


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def klas(tmp_path):
    """Seven students: five play the strong example path, two the weak one."""
    source = tmp_path / "logs"
    for n in range(7):
        play(source / f"50000000{n}", f"50000000{n}", "sterk" if n < 5 else "zwak")
    return source


def test_counts_per_option_and_ending_are_exact_with_small_groups_suppressed(klas, tmp_path):
    scenario = load_scenario(SCENARIO)
    strong, weak = authored_path(scenario, "sterk"), authored_path(scenario, "zwak")
    result = make_report(klas, tmp_path / "uit")
    assert result.summary.used == 7 and not result.summary.skipped

    choices = read_csv(tmp_path / "uit" / "keuzes.csv")
    first_node, strong_index = strong[0]
    at_first = {int(r["keuze"]): r["studenten"] for r in choices if r["moment"] == first_node}
    assert at_first[strong_index + 1] == "5"
    assert weak[0][0] == first_node and weak[0][1] != strong_index
    assert at_first[weak[0][1] + 1] == "<5"  # two students: shown as <5, never as 2
    assert set(at_first.values()) <= {"5", "<5", "0"}

    nodes = scenario.node_map()
    strong_end = Session(scenario, record=False)
    for _n, i in strong:
        strong_end.choose(i)
    endings = {r["einde"]: r["studenten"] for r in read_csv(tmp_path / "uit" / "einden.csv")}
    assert endings[strong_end.node.id] == "5"
    assert sum(1 for v in endings.values() if v == "0") == len(endings) - 2
    assert nodes[strong_end.node.id].ending is not None
    players = read_csv(tmp_path / "uit" / "spelers.csv")
    assert players == [{"rollenspel": SCENARIO, "gespeeld": "7", "afgerond": "7"}]


def test_no_student_number_in_any_output_and_pseudonyms_are_keyed(klas, tmp_path):
    key = bytes(range(32))
    (klas / ".eplab").mkdir()
    (klas / ".eplab" / "pseudoniem.key").write_text(key.hex())
    make_report(klas, tmp_path / "uit")
    outputs = list((tmp_path / "uit").iterdir())
    assert {p.name for p in outputs} >= {"klasoverzicht.html", "keuzes.csv", "studenten.csv"}
    for path in outputs:
        content = path.read_text("utf-8-sig")
        assert not re.search(r"50000000\d", content), f"student number in {path.name}"
    expected = "S-" + hmac.new(key, b"500000003", hashlib.sha256).hexdigest()[:8]
    plain = "S-" + hashlib.sha256(b"500000003").hexdigest()[:8]
    pseudonyms = {r["pseudoniem"] for r in read_csv(tmp_path / "uit" / "studenten.csv")}
    assert expected in pseudonyms and plain not in pseudonyms and len(pseudonyms) == 7


def test_broken_logs_are_skipped_one_dutch_line_each_and_counted(klas, tmp_path, capsys):
    bad = klas / "kapot"
    bad.mkdir()
    good = klas / "500000000" / f"{SCENARIO}{SUFFIX}"
    (bad / "a").mkdir()
    (bad / "a" / f"x{SUFFIX}").write_text('{"event": "start", "scenario": "informeel-schoolhek"}\n{kapot\n')
    (bad / "b").mkdir()
    (bad / "b" / f"y{SUFFIX}").write_text('{"event": "start", "scenario": "bestaat-niet"}\n')
    (bad / "c").mkdir()
    (bad / "c" / f"z{SUFFIX}").write_text(good.read_text())  # a copy of a classmate's log
    forged = [json.loads(line) for line in good.read_text().splitlines()]
    forged[0]["student"] = "500000099"
    choose = next(e for e in forged if e["event"] == "choose")
    choose["node"] = "bestaat-niet"
    (bad / "d").mkdir()
    (bad / "d" / f"w{SUFFIX}").write_text("".join(json.dumps(e) + "\n" for e in forged))
    (bad / "e").mkdir()
    (bad / "e" / f"v{SUFFIX}").write_bytes(b"\xff\xfe\x00kapot")
    (bad / "f").mkdir()
    (bad / "f" / f"u{SUFFIX}").write_text("")

    assert main(["klas", str(klas), "--uit", str(tmp_path / "uit")]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("Overgeslagen:")]
    assert len(lines) == 6, out
    assert any("beschadigd" in line and "x.rollenspel" in line for line in lines)
    assert any("onbekend rollenspel ‘bestaat-niet’" in line for line in lines)
    assert any("dubbel" in line and "z.rollenspel" in line for line in lines)
    assert any("klopt niet met het rollenspel" in line for line in lines)
    assert "Traceback" not in out
    assert "7 logbestanden gebruikt, 6 overgeslagen" in out
    html = (tmp_path / "uit" / "klasoverzicht.html").read_text("utf-8")
    assert "7 logbestanden gebruikt, 6 overgeslagen" in html


def write_events(path: Path, events: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), "utf-8")


def contract_log(student: str, scenario, first: list[tuple[str, int]], retry_from: str | None = None,
                 second: list[tuple[str, int]] | None = None, words: dict | None = None,
                 seconds: int = 30) -> list[dict]:
    """A log as the engine writes it after issue 15: attempts, own words, order shown."""
    clock = [0]

    def at() -> str:
        clock[0] += seconds
        return f"2026-11-02T09:{clock[0] // 60:02d}:{clock[0] % 60:02d}+01:00"

    events = [{"event": "start", "time": "2026-11-02T09:00:00+01:00", "scenario": scenario.id,
               "student": student}]
    session = Session(scenario, record=False)
    for attempt, steps in ((1, first), (2, second or [])):
        if attempt == 2:
            if not second:
                break
            events.append({"event": "opnieuw", "time": at(), "vanaf": retry_from, "poging": 2})
        for node, index in steps:
            if words and node in words and attempt == 1:
                events.append({"event": "eigen_woorden", "time": at(), "node": node,
                               "tekst": words[node], "poging": attempt})
            events.append({"event": "choose", "time": at(), "node": node, "option": index,
                           "poging": attempt, "getoond": [index]})
            session.choose(index)
        if session.finished:
            events.append({"event": "end", "time": at(), "ending": session.node.id, "poging": attempt})
        cut = [n for n, _ in first].index(retry_from) if retry_from else 0
        session = Session(scenario, record=False)
        for _n, i in first[:cut]:
            session.choose(i)
    return events


def test_retries_own_words_and_times_are_aggregated(tmp_path):
    scenario = load_scenario(SCENARIO)
    strong, weak = authored_path(scenario, "sterk"), authored_path(scenario, "zwak")
    # retry from the first node where the weak path leaves the strong one
    split = next(i for i, (a, b) in enumerate(zip(strong, weak, strict=False)) if a != b)
    node = weak[split][0]
    for n in range(6):
        words = {weak[0][0]: f"Goedemiddag, ik ben de stagiair ({n})"}
        if n < 3:  # three students write at the second moment: fewer than five, not shown
            words[weak[1][0]] = f"geheim {n}"
        events = contract_log(f"s{n}", scenario, weak, retry_from=node,
                              second=strong[split:] if n < 4 else None, words=words, seconds=20 + n)
        write_events(tmp_path / "logs" / f"s{n}" / f"{SCENARIO}{SUFFIX}", events)
    result = make_report(tmp_path / "logs", tmp_path / "uit")
    summary = result.summary.scenarios[0]
    assert summary.retries.retried == 4
    assert summary.retries.first["negatief"] + summary.retries.first["gemengd"] == 4
    words = {w.node: w for w in summary.own_words}
    assert words[weak[0][0]].writers == 6
    assert sorted(words[weak[0][0]].texts) == sorted(f"Goedemiddag, ik ben de stagiair ({n})" for n in range(6))
    assert words[weak[1][0]].writers == 3 and words[weak[1][0]].texts == []
    html = result.html.read_text("utf-8")
    assert "geheim" not in html and "Minder dan 5 studenten schreven hier iets" in html
    # every turn of student n takes 20+n seconds (own-words events take a turn too)
    assert 20 <= summary.turn_time.median <= 25
    assert read_csv(tmp_path / "uit" / "pogingen.csv")


def test_course_directory_and_lms_zips_name_the_owner_from_the_location(tmp_path):
    course = tmp_path / "cursus"
    (course / "nbgrader_config.py").parent.mkdir()
    (course / "nbgrader_config.py").write_text("c = get_config()\n")
    for n in range(5):
        play(course / "submitted" / f"60000000{n}" / "jaar1_kennismakingsgesprek", "laptopnaam", "sterk")
    result = make_report(course, tmp_path / "uit")
    assert result.summary.used == 5  # the name in the log (the laptop's user) does not merge them

    zips = tmp_path / "lms"
    zips.mkdir()
    for n in range(5):
        log = play(tmp_path / "los" / str(n), "laptop", "sterk")
        with zipfile.ZipFile(zips / f"Jan Jansen_70000000{n}_jaar1_kennismakingsgesprek.zip", "w") as z:
            z.write(log, f"70000000{n + 1}_jaar1_kennismakingsgesprek/{log.name}")
    result = make_report(zips, tmp_path / "uit2")
    assert result.summary.used == 5 and not result.summary.skipped


def test_demo_class_is_labelled_fictief_and_reports(tmp_path, capsys):
    assert main(["klas", "demo", str(tmp_path / "demo"), "--aantal", "30"]) == 0
    assert "fictief" in (tmp_path / "demo" / "FICTIEF.txt").read_text()
    assert main(["klas", str(tmp_path / "demo"), "--uit", str(tmp_path / "uit")]) == 0
    html = (tmp_path / "uit" / "klasoverzicht.html").read_text("utf-8")
    assert "fictieve klas" in html and "Nabespreking" in html
    assert html.count("<svg") > 14 and '<html lang="nl">' in html
    played = read_csv(tmp_path / "uit" / "spelers.csv")
    assert len(played) == 14 and all(int(r["gespeeld"]) >= 25 for r in played)
    assert main(["klas", "demo", str(tmp_path / "demo")]) == 1
    assert "niet leeg" in capsys.readouterr().err


def test_bad_arguments_give_one_dutch_line(tmp_path, capsys):
    assert main(["klas", str(tmp_path / "nergens")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    (tmp_path / "leeg").mkdir()
    assert main(["klas", str(tmp_path / "leeg")]) == 1
    assert "geen rollenspel-logbestanden" in capsys.readouterr().err
    play(tmp_path / "een", "s1", "sterk")
    assert main(["klas", str(tmp_path / "een"), "--scenario", "onbekend"]) == 1
    assert "Kies uit" in capsys.readouterr().err


def test_lecturers_notebook_runs_on_a_fictitious_class(tmp_path):
    from nbclient import NotebookClient

    from tests.notebooks import ROOT, read

    nb = read(ROOT / "docent" / "klasoverzicht.ipynb")
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert (tmp_path / "klas-demo" / "FICTIEF.txt").is_file()
    outputs = " ".join(str(o) for c in nb.cells for o in c.get("outputs", []))
    assert "logbestanden gebruikt" in outputs and "image/png" in outputs


def test_a_bar_never_leaves_its_chart_and_a_small_group_has_no_size():
    from eplab.classreport.html import bar_chart

    svg = bar_chart(["Keuze 1", "Keuze 2"], [2, 0], total=2)
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert max(widths) < 20, "a group of 2 is drawn as a stub, not as 100 %"
    assert "&lt;5" in svg and ">2<" not in svg
    big = bar_chart(["Keuze 1"], [30], total=30)
    assert float(re.findall(r'<rect [^>]*width="([\d.]+)"', big)[0]) <= 520 - 130 - 60
