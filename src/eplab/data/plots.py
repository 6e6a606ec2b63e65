"""Plot helpers for the course datasets: Dutch labels, colour-blind-safe colours.

Each function returns a matplotlib Figure. The figure is detached from pyplot before it is
returned, so in Jupyter it shows once (as the cell's result) and never piles up. matplotlib is
imported inside the functions; without a display (and outside Jupyter) the Agg backend is used.

Colours: Okabe & Ito (2008) for categories, ColorBrewer PuOr (4 classes) for Likert scales;
both are safe for the common forms of colour blindness.

Every figure carries a text alternative with its numbers (`fig.alt_text`); in Jupyter it shows
as an image with that alt text, so a screen reader reads what the picture shows.
"""

from __future__ import annotations

import base64
import io
import os
import sys
import textwrap
from html import escape
from typing import TYPE_CHECKING

from eplab.data import text
from eplab.data.schema import DatasetError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.figure import Figure

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
ONE_WAY = "#E69F00"  # orange
TWO_WAY = "#0072B2"  # blue
LIKERT_COLOURS = ["#E66101", "#FDB863", "#B2ABD2", "#5E3C99"]  # ColorBrewer PuOr-4
LIKERT_DEFAULT = {1: "helemaal mee oneens", 2: "mee oneens", 3: "mee eens", 4: "helemaal mee eens"}
MONTHS = ["augustus", "september", "oktober", "november", "december", "januari",
          "februari", "maart", "april", "mei", "juni", "juli"]
SHORT_MONTHS = {"maart": "mrt"}
# contact types shown together in the year overview (other types keep their own name)
TYPE_GROUPS = {
    "begingesprek": "gesprekscyclus", "middengesprek": "gesprekscyclus", "eindgesprek": "gesprekscyclus",
    "informatieavond": "avond voor de groep", "inloopavond": "avond voor de groep",
}


def _pyplot():
    """pyplot, with the Agg backend when there is no display and no Jupyter kernel."""
    import matplotlib

    headless = (
        "matplotlib.pyplot" not in sys.modules
        and "ipykernel" not in sys.modules
        and not os.environ.get("MPLBACKEND")
        and sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    )
    if headless:
        matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _require(df: pd.DataFrame, columns: list[str], dataset: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        shown = ", ".join(f"'{c}'" for c in missing)
        raise DatasetError(text.PLOT_MISSING_COLUMNS.format(columns=shown, dataset=dataset))


def _comma(value: float, places: int = 2) -> str:
    return f"{value:.{places}f}".replace(".", ",")


def _detach(plt, fig: Figure, alt: str) -> Figure:
    """Close the figure in pyplot and give it its text alternative."""
    plt.close(fig)
    fig.alt_text = alt
    fig._repr_mimebundle_ = lambda include=None, exclude=None: _bundle(fig)
    return fig


def _bundle(fig: Figure) -> dict[str, str]:
    """The figure for Jupyter: a PNG inside an <img> with the alt text, and the text itself."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    png = base64.b64encode(buffer.getvalue()).decode("ascii")
    html = (f'<figure class="eplab-figuur" style="margin: 0"><img src="data:image/png;base64,{png}" '
            f'alt="{escape(fig.alt_text)}" style="max-width: 100%; height: auto"></figure>')
    return {"text/html": html, "text/plain": fig.alt_text}


def _percent(share: float) -> str:
    return f"{share:.0f}%"


def likert_staafdiagram(df: pd.DataFrame, items: list[str], *, labels: dict[str, str] | None = None,
                        title: str | None = None) -> Figure:
    """Diverging stacked bars for Likert items on a 1-4 scale (disagree left, agree right).

    `items` are column names; the bar labels are the item texts from the codebook (or `labels`).
    Percentages are of the answers given (missing answers are left out); the mean is shown
    on the right.
    """
    import pandas as pd

    if isinstance(items, str):
        items = [items]
    if not items:
        raise DatasetError(text.PLOT_NO_ITEMS)
    _require(df, list(items), "oudertevredenheid")
    titles = {**df.attrs.get("titles", {}), **(labels or {})}
    answer_labels = {**LIKERT_DEFAULT, **df.attrs.get("labels", {}).get(items[0], {})}
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(10, 0.55 * len(items) + 1.8), layout="constrained")
    names, means, described = [], [], []
    for row, item in enumerate(reversed(list(items))):
        scores = pd.to_numeric(pd.Series(df[item], dtype="object"), errors="coerce").dropna()
        shares = [(scores == k).mean() * 100 if len(scores) else 0.0 for k in (1, 2, 3, 4)]
        described.insert(0, text.ALT_LIKERT_ITEM.format(
            item=str(titles.get(item, item)), disagree=_percent(shares[0] + shares[1]),
            agree=_percent(shares[2] + shares[3]),
            mean=_comma(scores.mean()) if len(scores) else "–", n=len(scores)))
        starts = [-(shares[0] + shares[1]), -shares[1], 0.0, shares[2]]
        for k in range(4):
            ax.barh(row, shares[k], left=starts[k], color=LIKERT_COLOURS[k], edgecolor="white",
                    label=answer_labels.get(k + 1) if row == 0 else None)
        names.append(textwrap.fill(str(titles.get(item, item)), 48))
        means.append(scores.mean() if len(scores) else float("nan"))
    ax.set_yticks(range(len(names)), names)
    ax.axvline(0, color="black", linewidth=0.8)
    limit = 100
    ax.set_xlim(-limit, limit)
    ticks = [-100, -75, -50, -25, 0, 25, 50, 75, 100]
    ax.set_xticks(ticks, [f"{abs(t)}%" for t in ticks])
    for row, mean in enumerate(means):
        ax.text(limit * 1.02, row, f"gem. {_comma(mean)}", va="center", fontsize=9)
    ax.set_xlabel(text.LIKERT_XLABEL)
    ax.set_title(title or text.LIKERT_TITLE)
    ax.legend(ncols=4, loc="upper center", bbox_to_anchor=(0.5, -0.18 if len(items) < 4 else -0.08),
              frameon=False, fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    alt = " ".join([text.ALT_LIKERT.format(title=title or text.LIKERT_TITLE), *described])
    return _detach(plt, fig, alt)


def eenzijdig_tweezijdig(df: pd.DataFrame, *, by: str = "schooltype", facet: str | None = "code",
                         title: str | None = None) -> Figure:
    """Grouped bars of one-way (eenzijdig) and two-way (tweezijdig) counts per school type.

    Made for `load("interviewfragmenten")`: one panel per code that has a direction
    (leerresultaten, thuistaken, zorgroute). Rows without a direction are left out. Above each
    group stands the share of two-way examples; a group with an invented count (column
    'telling' = 'fictief') is marked with *.
    """
    _require(df, ["richting", by], "interviewfragmenten")
    data = df[df["richting"].notna()]
    use_facet = facet is not None and facet in data.columns
    panels = list(dict.fromkeys(data[facet].astype(str))) if use_facet else [None]
    plt = _pyplot()
    fig, axes = plt.subplots(1, len(panels), figsize=(4.2 * len(panels), 4.2), sharey=True,
                             squeeze=False, layout="constrained")
    groups_all = _categories(df[by])
    any_invented = False
    described = [text.ALT_ONE_TWO.format(title=title or text.ONE_TWO_TITLE, by=by)]
    for ax, panel in zip(axes[0], panels, strict=True):
        if panel is not None:
            described.append(text.ALT_ONE_TWO_PANEL.format(panel=panel))
        part = data if panel is None else data[data[facet].astype(str) == panel]
        groups = [g for g in groups_all if (part[by].astype(str) == g).any()]
        for i, group in enumerate(groups):
            rows = part[part[by].astype(str) == group]
            one = int((rows["richting"].astype(str) == "eenzijdig").sum())
            two = int((rows["richting"].astype(str) == "tweezijdig").sum())
            ax.bar(i - 0.2, one, width=0.4, color=ONE_WAY, hatch="//", edgecolor="white",
                   label="eenzijdig" if i == 0 else None)
            ax.bar(i + 0.2, two, width=0.4, color=TWO_WAY, edgecolor="white",
                   label="tweezijdig" if i == 0 else None)
            invented = "telling" in rows.columns and (rows["telling"].astype(str) == "fictief").any()
            any_invented = any_invented or invented
            described.append(text.ALT_ONE_TWO_GROUP.format(
                group=group, one=one, two=two, invented=text.ALT_INVENTED if invented else ""))
            share = text.ONE_TWO_SHARE.format(share=two / (one + two)) if one + two else ""
            ax.text(i, max(one, two) + 0.5, share + (" *" if invented else ""), ha="center",
                    va="bottom", fontsize=9)
        ax.set_xticks(range(len(groups)), groups)
        if panel is not None:
            ax.set_title(panel)
        ax.spines[["top", "right"]].set_visible(False)
    axes[0][0].set_ylabel(text.ONE_TWO_YLABEL)
    axes[0][0].legend(frameon=False)
    fig.suptitle(title or text.ONE_TWO_TITLE)
    if any_invented:
        fig.supxlabel(text.ONE_TWO_INVENTED, fontsize=8)
    return _detach(plt, fig, " ".join(described))


def _categories(series: pd.Series) -> list[str]:
    if hasattr(series, "cat"):
        return [str(c) for c in series.cat.categories]
    return sorted(str(v) for v in series.dropna().unique())


def jaaroverzicht(df: pd.DataFrame, *, title: str | None = None) -> Figure:
    """A year overview of contact moments: per month the contacts stacked by kind, and below
    who took the initiative (if the table has a column 'initiatief').

    Made for `load("contactmomenten")`; begin-, midden- and eindgesprek are shown together as
    'gesprekscyclus', the information and walk-in evenings as 'avond voor de groep'.
    """
    _require(df, ["maand", "type"], "contactmomenten")
    months = _categories(df["maand"]) if hasattr(df["maand"], "cat") else MONTHS
    kinds = [TYPE_GROUPS.get(str(t), str(t)) for t in df["type"]]
    order = list(dict.fromkeys(TYPE_GROUPS.get(t, t) for t in _categories(df["type"])))
    month_of = [str(m) for m in df["maand"]]
    has_initiative = "initiatief" in df.columns
    plt = _pyplot()
    fig, axes = plt.subplots(2 if has_initiative else 1, 1, figsize=(11, 7 if has_initiative else 4.5),
                             sharex=True, squeeze=False, layout="constrained")
    ax = axes[0][0]
    bottom = [0] * len(months)
    per_kind = {}
    for n, kind in enumerate(order):
        counts = [sum(1 for m, k in zip(month_of, kinds, strict=True) if m == month and k == kind)
                  for month in months]
        if not any(counts):
            continue
        per_kind[kind] = sum(counts)
        ax.bar(range(len(months)), counts, bottom=bottom, color=OKABE_ITO[n % len(OKABE_ITO)],
               edgecolor="white", label=kind)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    described = [
        text.ALT_YEAR.format(title=title or text.YEAR_TITLE, total=sum(bottom)),
        text.ALT_YEAR_MONTHS.format(months=", ".join(f"{m} {c}" for m, c in zip(months, bottom, strict=True))),
        text.ALT_YEAR_KINDS.format(kinds=", ".join(f"{k} {c}" for k, c in per_kind.items())),
    ]
    ax.set_ylabel(text.YEAR_YLABEL)
    ax.set_title(title or text.YEAR_TITLE)
    ax.legend(frameon=False, fontsize=9, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.spines[["top", "right"]].set_visible(False)
    if has_initiative:
        low = axes[1][0]
        who = [str(w) for w in df["initiatief"]]
        initiative: dict[str, int] = {}
        for shift, (party, colour) in zip((-0.2, 0.2), (("leerkracht", TWO_WAY), ("ouder", ONE_WAY)), strict=True):
            counts = [sum(1 for m, w in zip(month_of, who, strict=True) if m == month and w == party)
                      for month in months]
            low.bar([i + shift for i in range(len(months))], counts, width=0.4, color=colour,
                    hatch="" if party == "leerkracht" else "//", edgecolor="white",
                    label=f"initiatief {party}")
            initiative[party] = sum(counts)
        low.set_ylabel(text.YEAR_YLABEL)
        low.set_title(text.YEAR_INITIATIVE)
        low.legend(frameon=False, fontsize=9, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        low.spines[["top", "right"]].set_visible(False)
        described.append(text.ALT_YEAR_INITIATIVE.format(
            who=", ".join(f"{party} {n}" for party, n in initiative.items())))
    axes[-1][0].set_xticks(range(len(months)), [SHORT_MONTHS.get(m, m[:3]) for m in months])
    return _detach(plt, fig, " ".join(described))
