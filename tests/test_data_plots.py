"""The plot helpers return Figures with Dutch labels and colour-blind-safe colours."""

from __future__ import annotations

import matplotlib
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from eplab.data import DatasetError, load, plots


def bar_colours(ax) -> set[str]:
    return {to_hex(p.get_facecolor()).upper() for p in ax.patches}


def texts(fig: Figure) -> str:
    return " ".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))


def test_likert_bars_are_diverging_and_add_up_to_100():
    import matplotlib.pyplot as plt

    df = load("oudertevredenheid")
    items = ["kz_verwachtingen", "kz_tevredenheid", "kz_verbeteren"]
    fig = plots.likert_staafdiagram(df, items)
    assert isinstance(fig, Figure) and fig.number not in plt.get_fignums()
    ax = fig.axes[0]
    assert bar_colours(ax) == {c.upper() for c in plots.LIKERT_COLOURS}
    # per item (a row of 4 bars) the shares add up to 100%; disagreement lies left of 0
    rows: dict[float, list] = {}
    for patch in ax.patches:
        rows.setdefault(round(patch.get_y(), 3), []).append(patch)
    assert len(rows) == 3
    for patches in rows.values():
        assert sum(p.get_width() for p in patches) == pytest.approx(100)
        assert min(p.get_x() for p in patches) < 0 < max(p.get_x() + p.get_width() for p in patches)
    words = texts(fig)
    assert "De school vraagt mij regelmatig wat ik verwacht" in words
    assert "gem. 2,65" in words and "helemaal mee oneens" in words and "Antwoorden per stelling" in words


def test_one_way_two_way_per_school_type():
    fig = plots.eenzijdig_tweezijdig(load("interviewfragmenten"))
    assert [ax.get_title() for ax in fig.axes] == ["leerresultaten", "thuistaken", "zorgroute"]
    heights = sorted(round(p.get_height()) for p in fig.axes[0].patches)
    assert heights == sorted([24, 15, 15, 6, 19, 29])
    assert bar_colours(fig.axes[0]) == {plots.ONE_WAY, plots.TWO_WAY}
    words = texts(fig)
    assert "38% tweezijdig" in words and "60% tweezijdig" in words
    assert "fictief" in words  # the invented stimulering one-way count is marked
    assert fig.axes[0].get_ylabel() == "aantal fragmenten"


def test_year_overview():
    df = load("contactmomenten")
    fig = plots.jaaroverzicht(df)
    top, low = fig.axes[:2]
    labels = [t.get_text() for t in low.get_xticklabels()]
    assert labels[:3] == ["aug", "sep", "okt"] and labels[7] == "mrt"
    # all contacts are drawn: the stacked heights add up to the number of rows
    assert sum(p.get_height() for p in top.patches) == len(df)
    assert sum(p.get_height() for p in low.patches) == len(df)
    assert bar_colours(top) <= {c.upper() for c in plots.OKABE_ITO}
    assert "gesprekscyclus" in texts(fig) and "Wie neemt het initiatief?" in texts(fig)


def test_wrong_table_gives_a_dutch_sentence():
    with pytest.raises(DatasetError, match=r"mist de kolom\(men\) 'maand', 'type'; gebruik een tabel uit load\(\"contactmomenten\"\)"):
        plots.jaaroverzicht(load("interviews"))
    with pytest.raises(DatasetError, match="Geef de kolommen met stellingen op"):
        plots.likert_staafdiagram(load("oudertevredenheid"), [])


def alt_img(fig: Figure) -> str:
    """The alt text of the <img> that Jupyter shows for the figure."""
    import re
    from html import unescape

    html = fig._repr_mimebundle_()["text/html"]
    assert html.count("<img ") == 1 and 'src="data:image/png;base64,' in html
    return unescape(re.search(r'alt="([^"]*)"', html).group(1))


def test_likert_plot_has_a_text_alternative_with_the_numbers():
    import pandas as pd

    df = load("oudertevredenheid")
    fig = plots.likert_staafdiagram(df, ["kz_verwachtingen", "kz_tevredenheid"])
    alt = alt_img(fig)
    assert alt == fig.alt_text and alt.startswith("Staafdiagram ‘Antwoorden per stelling’")
    scores = pd.to_numeric(pd.Series(df["kz_verwachtingen"], dtype="object"), errors="coerce").dropna()
    agree = f"{(scores >= 3).mean() * 100:.0f}% eens"
    disagree = f"{(scores <= 2).mean() * 100:.0f}% oneens"
    said = "De school vraagt mij regelmatig wat ik verwacht"
    part = alt[alt.index(said):]
    assert disagree in part and agree in part and "gemiddeld 2,65" in part
    assert f"({len(scores)} antwoorden)" in part


def test_one_way_two_way_plot_has_a_text_alternative_with_the_counts():
    df = load("interviewfragmenten")
    alt = alt_img(plots.eenzijdig_tweezijdig(df, facet=None))
    rows = df[df["richting"].notna()]
    for school in sorted(set(rows["schooltype"].astype(str))):
        part = rows[rows["schooltype"].astype(str) == school]["richting"].astype(str)
        one, two = (part == "eenzijdig").sum(), (part == "tweezijdig").sum()
        assert f"{school}: {one} eenzijdig, {two} tweezijdig" in alt


def test_year_overview_has_a_text_alternative_with_the_months():
    df = load("contactmomenten")
    alt = alt_img(plots.jaaroverzicht(df))
    months = [str(m) for m in df["maand"]]
    assert f"{len(df)} in totaal" in alt
    assert f"september {months.count('september')}" in alt and f"juni {months.count('juni')}" in alt
    who = [str(w) for w in df["initiatief"]]
    assert f"leerkracht {who.count('leerkracht')}, ouder {who.count('ouder')}" in alt
