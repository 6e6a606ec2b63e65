"""eplab benchmarks: what a class on a shared JupyterHub costs, measured.

Run with `make bench`. Prints a table (median of repeated runs, with min and max, beside the
target) and writes benchmarks/results/latest.json. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import measures  # noqa: E402


@dataclass
class Row:
    name: str
    median: float
    low: float
    high: float
    unit: str
    target: str
    ok: bool | None  # None: informational, no target
    note: str = ""


def summarise(name, samples, unit, limit=None, note="", quantile=None) -> Row:
    """A row from samples; the target compares the median (or the given quantile)."""
    value = statistics.median(samples)
    if quantile is not None:
        value = statistics.quantiles(samples, n=100, method="inclusive")[quantile - 1]
    target = f"< {limit} {unit}" if limit is not None else "—"
    if quantile is not None and limit is not None:
        target = f"p{quantile} < {limit} {unit}"
    ok = None if limit is None else value < limit
    return Row(name, value, min(samples), max(samples), unit, target, ok, note)


def ratio_row(name, ours, base, limit, note="") -> Row:
    ratios = [a / b for a, b in zip(ours, base, strict=True)]
    value = statistics.median(ratios)
    return Row(name, value, min(ratios), max(ratios), "×", f"≤ {limit}×", value <= limit, note)


def collect() -> list[Row]:
    rows: list[Row] = []
    ms, leaked = measures.import_times("import eplab", runs=15)
    rows.append(summarise("import eplab (nieuwe interpreter)", ms, "ms", 150,
                          note=f"pandas/matplotlib/ipywidgets geladen: {leaked or 'geen'}"))
    if leaked:
        rows[-1].ok = False
    ms, leaked = measures.import_times("import eplab, eplab.roleplay", runs=15)
    rows.append(summarise("import eplab.roleplay", ms, "ms", 150,
                          note=f"pandas/matplotlib geladen: {leaked or 'geen'}"))
    if leaked:
        rows[-1].ok = False
    ms, leaked = measures.import_times(
        "from eplab.roleplay import load_scenario; load_scenario('kennismakingsgesprek')", runs=15)
    rows.append(summarise("eerste rollenspel geladen (ter informatie)", ms, "ms",
                          note=f"import met pydantic en yaml, lezen en controleren; "
                               f"pandas/matplotlib geladen: {leaked or 'geen'}"))
    if leaked:
        rows[-1].ok = False
    steps = measures.engine_steps()
    rows.append(summarise("één stap van de engine (met log)", steps, "ms", 5, quantile=95,
                          note=f"{len(steps)} stappen"))
    updates = measures.widget_updates()
    rows.append(summarise("één widget-update (headless)", updates, "ms", 5, quantile=95,
                          note=f"{len(updates)} klikken"))
    rows.append(summarise("alle scenario's valideren", measures.validate_library(), "s", 1,
                          note=f"{measures.scenario_count()} scenario's"))
    paint, ready = measures.app_start()
    rows.append(summarise("oefen-app: eerste beeld (first paint)", paint, "ms", 1000,
                          note="titel en 'De oefen-app start' staan er, de kernel draait nog"))
    rows.append(summarise("oefen-app: bruikbaar (eerste Speel-knop)", ready, "ms",
                          note="vanaf het openen van de pagina; ter informatie"))
    # The absolute figures size a hub (docs/hub.md): per student one server and one kernel.
    budgets = {"rollenspel": 150, "datanotebook": 250}
    for label, ours, base, limit in measures.kernel_memory():
        rows.append(ratio_row(label, ours, base, limit,
                              note=f"{statistics.median(ours) / 1e6:.0f} MB tegen "
                                   f"{statistics.median(base) / 1e6:.0f} MB"))
        kind = label.split()[1]
        rows.append(summarise(f"kernelgeheugen {kind} (absoluut)", [b / 1e6 for b in ours], "MB",
                              budgets[kind], note="piek-RSS van de kernel; basis voor docs/hub.md"))
    rows.append(summarise("JupyterLab-server van één student", [b / 1e6 for b in measures.lab_server_memory()],
                          "MB", 250, note="RSS na /lab, instellingen en kernelspecs; zonder kernel"))
    for assignment, ours, base in measures.autograde_costs():
        rows.append(ratio_row(f"autograde {assignment}", ours, base, 1.3,
                              note=f"{statistics.median(ours):.1f} s tegen "
                                   f"{statistics.median(base):.1f} s triviaal"))
    students = int(os.environ.get("EPLAB_BENCH_KLAS", "30"))
    grading = measures.class_grading(students)
    j1, plain = statistics.median(grading["j1"]), statistics.median(grading["kaal"])
    rows.append(ratio_row(f"eplab nakijken / kaal nbgrader autograde ({students} inleveringen)",
                          grading["j1"], grading["kaal"], 1.2,
                          note=f"zandbak en punten buiten de kernel: {j1:.0f} s tegen "
                               f"{plain:.0f} s (mediaan van {len(grading['j1'])} paren)"))
    speedups = [one / two for one, two in zip(grading["j1"], grading["j2"], strict=True)]
    speedup, j2 = statistics.median(speedups), statistics.median(grading["j2"])
    rows.append(Row(f"eplab nakijken -j 2 tegen -j 1 ({students} inleveringen)", speedup,
                    min(speedups), max(speedups), "×", "≥ 1.7×", speedup >= 1.7,
                    f"{j2:.0f} s tegen {j1:.0f} s; een klas van 150 met "
                    f"-j 2: ongeveer {j2 / students * 150 / 60:.0f} min"))
    seconds, peaks, logs = measures.class_report()
    rows.append(summarise("eplab klas: 300 studenten × alle rollenspellen", seconds, "s", 10,
                          note=f"{logs} logbestanden, eigen proces"))
    rows.append(summarise("eplab klas: piekgeheugen", peaks, "MB", 500, note="max RSS van het proces"))
    total, per_notebook = measures.notebook_runs()
    rows.append(Row("alle notebooks uitvoeren (totaal)", total, total, total, "s", "—", None,
                    f"{len(per_notebook)} notebooks"))
    for name, seconds in per_notebook:
        rows.append(Row(f"  {name}", seconds, seconds, seconds, "s", "—", None))
    return rows


def show(rows: list[Row]) -> str:
    header = f"{'meting':<46} {'mediaan':>9} {'min':>9} {'max':>9} {'eenheid':<4} {'doel':<14} {'ok':<4} opmerking"
    lines = [header, "-" * len(header)]
    for r in rows:
        mark = "—" if r.ok is None else ("ja" if r.ok else "NEE")
        lines.append(
            f"{r.name:<46} {r.median:>9.3f} {r.low:>9.3f} {r.high:>9.3f} {r.unit:<4} "
            f"{r.target:<14} {mark:<4} {r.note}"
        )
    return "\n".join(lines)


def markdown(record: dict) -> str:
    """The rows of a results file as a Markdown table (for the README)."""
    lines = ["| meting | mediaan | min | max | doel | gehaald |", "|---|---|---|---|---|---|"]
    for r in record["rows"]:
        if r["name"].startswith("  "):
            continue  # per-notebook rows stay in the JSON and the printed table
        unit = "×" if r["unit"] == "×" else f" {r['unit']}"
        mark = "—" if r["ok"] is None else ("ja" if r["ok"] else "**nee**")
        lines.append(f"| {r['name']} | {r['median']:.3g}{unit} | "
                     f"{r['low']:.3g} | {r['high']:.3g} | {r['target']} | {mark} |")
    return "\n".join(lines)


def main() -> int:
    if sys.argv[1:] == ["--markdown"]:
        record = json.loads((ROOT / "benchmarks" / "results" / "latest.json").read_text("utf-8"))
        print(markdown(record))
        return 0
    started = time.time()
    rows = collect()
    print(show(rows))
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    record = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "seconds": round(time.time() - started, 1),
        "rows": [asdict(r) for r in rows],
    }
    (out / "latest.json").write_text(json.dumps(record, indent=2, ensure_ascii=False), "utf-8")
    print(f"\nresultaten: {out / 'latest.json'}")
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
