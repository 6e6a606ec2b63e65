"""The aggregates as CSV files (UTF-8 with BOM so Excel shows the accents), counts suppressed."""

from __future__ import annotations

import csv
from pathlib import Path

from eplab.classreport.aggregate import NO_ENDING, ClassSummary
from eplab.classreport.privacy import shown


def write_tables(summary: ClassSummary, folder: Path) -> list[Path]:
    tables = {
        "spelers.csv": (["rollenspel", "gespeeld", "afgerond"],
                        [[s.scenario.id, shown(s.played), shown(s.finished)] for s in summary.scenarios]),
        "einden.csv": (["rollenspel", "einde", "titel", "waardering", "studenten"],
                       [[s.scenario.id, e.id, e.title, e.rating, shown(e.count)]
                        for s in summary.scenarios for e in s.endings]),
        "keuzes.csv": (["rollenspel", "moment", "verdeeldheid", "keuze", "tekst", "reactie", "studenten"],
                       [[s.scenario.id, m.node, f"{m.split:.2f}", o.number, o.text, o.reaction, shown(o.count)]
                        for s in summary.scenarios for m in s.moments for o in m.options]),
        "items.csv": (["rollenspel", "item", "tekst", "formulier", "nee", "van"],
                      [[s.scenario.id, i.id, i.text, i.form, shown(i.nee), shown(i.total)]
                       for s in summary.scenarios for i in s.items]),
        "pogingen.csv": (["rollenspel", "waardering", "eerste_poging", "laatste_poging"],
                         [[s.scenario.id, k, shown(s.retries.first.get(k, 0)), shown(s.retries.last.get(k, 0))]
                          for s in summary.scenarios if s.retries.retried
                          for k in ("positief", "gemengd", "negatief", NO_ENDING)]),
        "tijden.csv": (["rollenspel", "wat", "aantal", "mediaan_s", "p25_s", "p75_s"],
                       [[s.scenario.id, what, sp.count, _n(sp.median), _n(sp.low), _n(sp.high)]
                        for s in summary.scenarios
                        for what, sp in (("beurt", s.turn_time), ("gesprek", s.conversation_time))]),
        "eigen_woorden.csv": (["rollenspel", "moment", "tekst"],
                              [[s.scenario.id, w.node, text] for s in summary.scenarios
                               for w in s.own_words for text in w.texts]),
        "studenten.csv": (["pseudoniem", "rollenspel", "pogingen", "einde", "beurten", "seconden"],
                          [[r.pseudonym, r.scenario, r.attempts, r.ending, r.turns, _n(r.seconds)]
                           for r in summary.students]),
    }
    written = []
    for name, (head, rows) in tables.items():
        path = folder / name
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(head)
            writer.writerows(rows)
        written.append(path)
    return written


def _n(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"
