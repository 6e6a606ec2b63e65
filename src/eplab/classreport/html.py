"""The class report as one self-contained HTML page: inline SVG charts, no scripts, prints well."""

from __future__ import annotations

from html import escape

from eplab.classreport import text as t
from eplab.classreport.aggregate import (
    NO_ENDING,
    ClassSummary,
    Moment,
    ScenarioSummary,
    Spread,
)
from eplab.classreport.privacy import MIN_GROUP, share, shown

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;margin:0;
 line-height:1.45;background:#fff}
header,main{max-width:60rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.6rem;margin:1.2rem 0 .4rem}h2{font-size:1.3rem;margin-top:2.2rem;
 border-bottom:2px solid #1f5f8b}h3{font-size:1.05rem;margin-top:1.4rem}
.banner{background:#fff4ce;border:1px solid #8a6d00;padding:.6rem .8rem;margin:.6rem 0}
.note{color:#3d3d3d;font-size:.92rem}
.scroll{overflow-x:auto;max-width:100%}
.scroll:focus{outline:3px solid #1f5f8b;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:.4rem 0 .8rem;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border:1px solid #8c8c8c;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eef3f7}td.n{text-align:right;white-space:nowrap}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:4px solid #1f5f8b;background:#f5f8fa}
ul.words li{margin:.2rem 0}svg{display:block;width:100%;height:auto}
a{color:#0b4f7c}a:focus{outline:3px solid #1f5f8b;outline-offset:2px}
.debrief{border-top:3px double #1f5f8b;margin-top:2.5rem}
@media print{.debrief{break-before:page}.scroll{overflow:visible}a{color:#1a1a1a}
 header,main{max-width:none}}
"""


def page(summary: ClassSummary, key_note: str | None = None) -> str:
    title = t.TITLE_DEMO if summary.demo else t.TITLE
    parts = [f"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
             f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
             f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
             f"<header><h1>{escape(title)}</h1>"]
    if summary.demo:
        parts.append(f"<p class=\"banner\">{escape(t.DEMO_BANNER)}</p>")
    parts.append(f"<p class=\"note\">{escape(t.PRIVACY_NOTE)}</p>")
    if key_note:
        parts.append(f"<p class=\"note\">{escape(key_note)}</p>")
    why = f" ({escape(t.SKIP_KINDS)})" if summary.skipped else ""
    parts.append(f"<p>{t.SOURCES_LINE.format(used=summary.used, skipped=len(summary.skipped), why=why)}</p>")
    parts.append("</header><main>")
    parts.append(_contents(summary))
    for scenario in summary.scenarios:
        parts.append(_scenario(scenario))
    for scenario in summary.scenarios:
        parts.append(_debrief(scenario))
    parts.append("</main></body></html>")
    return "".join(parts)


def _anchor(summary: ScenarioSummary, kind: str = "s") -> str:
    return f"{kind}-{summary.scenario.id}"


def _contents(summary: ClassSummary) -> str:
    items = "".join(
        f"<li><a href=\"#{_anchor(s)}\">{escape(s.scenario.title)}</a> · "
        f"<a href=\"#{_anchor(s, 'n')}\">{escape(t.DEBRIEF.format(title=''))[:-2]}</a></li>"
        for s in summary.scenarios)
    return f"<nav aria-label=\"{t.CONTENTS}\"><h2>{t.CONTENTS}</h2><ul>{items}</ul></nav>"


def _table(caption: str, head: list[str], rows: list[list[str]], numeric: set[int]) -> str:
    th = "".join(f"<th scope=\"col\">{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td class=\"n\">{c}</td>" if i in numeric else f"<td>{c}</td>"
                         for i, c in enumerate(row)) + "</tr>" for row in rows)
    return (f"<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{escape(caption)}\">"
            f"<table><caption>{escape(caption)}</caption><thead><tr>{th}</tr></thead>"
            f"<tbody>{body}</tbody></table></div>")


def bar_chart(labels: list[str], counts: list[int], total: int) -> str:
    """Horizontal bars, counts of 1–4 drawn as a dashed stub labelled "<5" (never their size)."""
    width, left, bar_h, gap = 520, 130, 18, 8
    height = len(labels) * (bar_h + gap) + gap
    described = "; ".join(f"{label}: {shown(c)}" for label, c in zip(labels, counts, strict=True))
    rows = []
    for i, (label, count) in enumerate(zip(labels, counts, strict=True)):
        y = gap + i * (bar_h + gap)
        suppressed = 0 < count < MIN_GROUP
        share_of_track = 0.04 if suppressed else min(count / max(total, 1), 1.0)
        size = share_of_track * (width - left - 60)
        style = ('fill="#ffffff" stroke="#1f5f8b" stroke-dasharray="3 2"' if suppressed
                 else 'fill="#1f5f8b"')
        rows.append(
            f"<text x=\"{left - 6}\" y=\"{y + 13}\" text-anchor=\"end\" font-size=\"12\" "
            f"fill=\"#1a1a1a\">{escape(label)}</text>"
            f"<rect x=\"{left}\" y=\"{y}\" width=\"{max(size, 1):.1f}\" height=\"{bar_h}\" {style}/>"
            f"<text x=\"{left + max(size, 1) + 6:.1f}\" y=\"{y + 13}\" font-size=\"12\" "
            f"fill=\"#1a1a1a\">{escape(shown(count))}</text>")
    label = escape(t.CHART_CHOICES.format(items=described))
    return (f"<svg role=\"img\" aria-label=\"{label}\" viewBox=\"0 0 {width} {height}\" "
            f"style=\"max-width:{width}px\" xmlns=\"http://www.w3.org/2000/svg\">"
            f"<title>{label}</title>{''.join(rows)}</svg>")


def _scenario(summary: ScenarioSummary) -> str:
    sc = summary.scenario
    parts = [f"<section aria-labelledby=\"{_anchor(summary)}\">",
             f"<h2 id=\"{_anchor(summary)}\">{escape(sc.title)} "
             f"<span class=\"note\">(jaar {sc.year}, {escape(sc.conversation_type)})</span></h2>",
             f"<p>{t.PLAYED.format(played=shown(summary.played), finished=shown(summary.finished))}</p>"]
    parts.append(f"<h3>{t.ENDINGS}</h3><p class=\"note\">{t.ENDINGS_NOTE}</p>")
    total = sum(e.count for e in summary.endings)
    parts.append(bar_chart([e.title for e in summary.endings], [e.count for e in summary.endings], total))
    parts.append(_table(t.ENDINGS, [t.ENDING, t.RATING, t.STUDENTS, t.SHARE],
                        [[escape(e.title), t.RATINGS[e.rating], shown(e.count), share(e.count, total)]
                         for e in summary.endings], {2, 3}))
    parts.append(f"<h3>{t.MOMENTS}</h3>")
    total = len([n for n in sc.nodes if n.kind == "choice"])
    for moment in summary.moments:
        parts.append(_moment(moment, total))
    parts.append(f"<h3>{t.ITEMS}</h3><p class=\"note\">{t.ITEMS_NOTE}</p>")
    parts.append(_table(t.ITEMS, [t.ITEM, t.FORM, t.NEE_COUNT],
                        [[escape(i.text), escape(i.form), shown(i.nee)]
                         for i in summary.items[:10] if i.nee], {2}))
    parts.append(_retries(summary))
    parts.append(_times(summary))
    parts.append(_own_words(summary))
    parts.append("</section>")
    return "".join(parts)


def _moment(moment: Moment, total: int, theory: bool = False) -> str:
    head = t.MOMENT_HEAD.format(number=moment.number, total=total)
    parts = [f"<h4>{escape(head)}</h4>",
             f"<blockquote><b>{escape(moment.speaker)}:</b> {escape(moment.line)}</blockquote>",
             f"<p class=\"note\">{t.PASSED.format(n=shown(moment.passed))}</p>",
             bar_chart([f"{t.OPTION} {o.number}" for o in moment.options],
                       [o.count for o in moment.options], moment.passed)]
    rows = [[f"{o.number}. {escape(o.text)}", escape(o.reaction), shown(o.count),
             share(o.count, moment.passed)] for o in moment.options]
    parts.append(_table(head, [t.OPTION, t.REACTION, t.STUDENTS, t.SHARE], rows, {2, 3}))
    if theory:
        notes = "".join(f"<li><b>{t.OPTION} {o.number}.</b> {escape(o.feedback)}</li>"
                        for o in moment.options if o.feedback)
        parts.append(f"<p><b>{t.DEBRIEF_THEORY}</b></p><ul>{notes}</ul>")
    return "".join(parts)


def _retries(summary: ScenarioSummary) -> str:
    r = summary.retries
    if not r.retried:
        return f"<h3>{t.RETRIES}</h3><p>{t.NO_RETRIES}</p>"
    kinds = ["positief", "gemengd", "negatief", NO_ENDING]
    rows = [[t.RATINGS.get(k, k), shown(r.first.get(k, 0)), shown(r.last.get(k, 0))] for k in kinds]
    gained = "".join(f"<li>{escape(text)}: {shown(n)}</li>" for text, n in r.gained[:5])
    return (f"<h3>{t.RETRIES}</h3><p>{t.RETRIED.format(n=shown(r.retried))}</p>"
            + _table(t.RETRIES, [t.RATING, t.FIRST, t.LAST], rows, {1, 2})
            + (f"<ul>{gained}</ul>" if gained else ""))


def _fmt(spread: Spread, minutes: bool) -> list[str]:
    def one(value: float | None) -> str:
        if value is None:
            return "–"
        return (t.MINUTES.format(value=f"{value / 60:.1f}".replace(".", ",")) if minutes
                else t.SECONDS.format(value=round(value)))

    return [one(spread.median), f"{one(spread.low)} – {one(spread.high)}"]


def _times(summary: ScenarioSummary) -> str:
    rows = [[t.TIME_TURN, *_fmt(summary.turn_time, False)],
            [t.TIME_CONVERSATION, *_fmt(summary.conversation_time, True)]]
    return f"<h3>{t.TIMES}</h3>" + _table(t.TIMES, ["", t.MEDIAN, t.SPREAD], rows, {1, 2}).replace(
        "<th scope=\"col\"></th>", f"<th scope=\"col\">{t.TIMES}</th>")


def _own_words(summary: ScenarioSummary) -> str:
    if not summary.own_words:
        return ""
    parts = [f"<h3>{t.OWN_WORDS}</h3><p class=\"note\">{t.OWN_WORDS_NOTE}</p>"]
    for words in summary.own_words:
        parts.append(f"<blockquote>{escape(words.line)}</blockquote>")
        if words.texts:
            parts.append("<ul class=\"words\">" + "".join(
                f"<li>“{escape(text)}”</li>" for text in words.texts) + "</ul>")
        else:
            parts.append(f"<p class=\"note\">{t.OWN_WORDS_FEW}</p>")
    return "".join(parts)


def _debrief(summary: ScenarioSummary) -> str:
    sc = summary.scenario
    parent = _in_sentence(sc.characters[0].name if sc.characters else "de ouder")
    total = len([n for n in sc.nodes if n.kind == "choice"])
    parts = [f"<section class=\"debrief\" aria-labelledby=\"{_anchor(summary, 'n')}\">",
             f"<h2 id=\"{_anchor(summary, 'n')}\">{escape(t.DEBRIEF.format(title=sc.title))}</h2>"]
    moments = summary.debrief_moments()
    if not moments:
        parts.append(f"<p>{t.NO_DEBRIEF}</p></section>")
        return "".join(parts)
    parts.append(f"<p>{t.DEBRIEF_INTRO}</p>")
    for moment in moments:
        parts.append(_moment(moment, total, theory=True))
        top = sorted(moment.options, key=lambda o: -o.count)[:2]
        split = t.SPLIT_LINE.format(a=top[0].number, pa=share(top[0].count, moment.passed),
                                    b=top[1].number, pb=share(top[1].count, moment.passed))
        parts.append(f"<p><b>{t.DEBRIEF_QUESTION}:</b> {escape(split)} "
                     f"{escape(t.QUESTION.format(parent=parent))}</p>")
    parts.append("</section>")
    return "".join(parts)


def _in_sentence(name: str) -> str:
    """"Meneer Dekker" inside a sentence reads "meneer Dekker"."""
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if first in ("Meneer", "Mevrouw") and rest else name
