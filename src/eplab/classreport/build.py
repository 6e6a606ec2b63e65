"""Make the class report: find the logs, summarise them, write HTML and CSV files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eplab.classreport import text as t
from eplab.classreport.aggregate import ClassSummary, summarise
from eplab.classreport.html import page
from eplab.classreport.privacy import find_key
from eplab.classreport.sources import find_logs
from eplab.classreport.tables import write_tables

DEMO_MARKER = "FICTIEF.txt"
REPORT = "klasoverzicht.html"


class ReportError(Exception):
    """The report cannot be made; str() is one Dutch sentence."""


@dataclass
class Result:
    summary: ClassSummary
    html: Path
    tables: list[Path]
    key_note: str | None


def library() -> dict:
    from eplab.roleplay.loader import list_scenarios

    return {s.id: s for s in list_scenarios()}


def make_report(source: Path, out: Path, scenario: str | None = None,
                key_file: Path | None = None) -> Result:
    source = Path(source)
    if not source.is_dir():
        raise ReportError(t.NO_SOURCE.format(path=source))
    scenarios = library()
    if scenario and scenario not in scenarios:
        raise ReportError(t.UNKNOWN_SCENARIO_FILTER.format(id=scenario, ids=", ".join(sorted(scenarios))))
    try:
        key, key_path = find_key(source, key_file)
    except (OSError, ValueError) as exc:
        raise ReportError(t.KEY_UNREADABLE.format(path=key_file or source, error=exc)) from None
    logs = list(find_logs(source))
    if not logs:
        raise ReportError(t.NOTHING_FOUND.format(path=source))
    summary = summarise(logs, scenarios, key, only=scenario,
                        demo=(source / DEMO_MARKER).is_file())
    note = None if key_path else t.KEY_MISSING
    out.mkdir(parents=True, exist_ok=True)
    html = out / REPORT
    html.write_text(page(summary, note), "utf-8")
    return Result(summary, html, write_tables(summary, out), note)
