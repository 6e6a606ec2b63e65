"""Static HTML for a role-play: transcript, filled observation form, parent feedback, scores.

Shared by the widget, the grading summary and the self-study app. No ipywidgets here: the
result is plain HTML that survives in a saved notebook, nbconvert and nbgrader feedback.
"""

from __future__ import annotations

from html import escape

from eplab.roleplay.engine import Session

STYLE = """
<style>
.eplab-rp {font-family: var(--jp-content-font-family, sans-serif); max-width: 52em;}
.eplab-rp h3, .eplab-rp h4 {margin: .6em 0 .3em;}
.eplab-line {margin: .25em 0; padding: .35em .6em; border-radius: .5em; line-height: 1.4;}
.eplab-ouder {background: #eef3fb; border-left: 4px solid #0072B2;}
.eplab-leerkracht {background: #f4f1e8; border-left: 4px solid #E69F00; margin-left: 2em;}
.eplab-verteller {font-style: italic; color: #444;}
.eplab-form {border-collapse: collapse; margin: .3em 0 1em;}
.eplab-form td, .eplab-form th {border: 1px solid #ccc; padding: .2em .5em; vertical-align: top;}
.eplab-ja {color: #005a32; font-weight: bold;} .eplab-nee {color: #8c2d04; font-weight: bold;}
.eplab-bar {display: inline-block; height: .8em; background: #0072B2; vertical-align: middle;}
.eplab-bartrack {display: inline-block; width: 10em; height: .8em; background: #ddd;}
.eplab-note {color: #555; font-size: 90%;}
.eplab-optie {white-space: normal !important; height: auto !important; text-align: left !important;
  line-height: 1.35 !important; padding: .45em .7em !important; min-height: 2.2em;}
</style>
"""


def _css_class(session: Session, speaker: str) -> str:
    if speaker == "leerkracht":
        return "eplab-leerkracht"
    if speaker == "verteller":
        return "eplab-verteller"
    return "eplab-ouder"


def transcript_html(session: Session, lines=None) -> str:
    lines = session.transcript() if lines is None else lines
    parts = []
    for line in lines:
        who = "" if line.speaker == "verteller" else f"<b>{escape(line.name)}:</b> "
        parts.append(
            f'<div class="eplab-line {_css_class(session, line.speaker)}">{who}{escape(line.text)}</div>'
        )
    return "\n".join(parts)


def form_html(form) -> str:
    done = sum(item.realised for item in form.items)
    rows = []
    phase = None
    for item in form.items:
        if item.phase != phase:
            phase = item.phase
            rows.append(f'<tr><th colspan="3">{escape(phase)}</th></tr>')
        if item.realised:
            mark = '<span class="eplab-ja">JA</span>'
            note = f"beurt {item.turn}"
        else:
            mark = '<span class="eplab-nee">NEE</span>'
            note = f"gemist in beurt {item.missed_turn}" if item.missed_turn else ""
        rows.append(f"<tr><td>{mark}</td><td>{escape(item.text)}</td><td>{note}</td></tr>")
    derived = " (samengesteld door eplab, geen formulier uit de leerlijn)" if form.derived else ""
    return (
        f"<h4>{escape(form.title)}: {done} van de {len(form.items)} items JA</h4>"
        f'<p class="eplab-note">Bron: {escape(form.source)}{derived}. '
        "Dit formulier is geen beoordelingsformulier: het helpt je het gesprek te bespreken.</p>"
        f'<table class="eplab-form"><tr><th>JA/NEE</th><th>De leerkracht …</th><th></th></tr>'
        f"{''.join(rows)}</table>"
    )


def parent_html(report) -> str:
    items = "".join(
        f"<li><b>{escape(a.question)}</b> ({a.level}): “{escape(a.text)}”</li>" for a in report.parent
    )
    return (
        "<h4>Wat de ouder na afloop vertelt</h4>"
        '<p class="eplab-note">Zoals opleidingsouders dat doen: over hoe het gesprek voelde, '
        "niet over techniek.</p>"
        f"<ul>{items}</ul>"
    )


def scores_html(report) -> str:
    rows = []
    for dim in report.scores:
        if dim.score is None:
            continue
        width = round((dim.score + 2) / 4 * 10, 2)
        rows.append(
            f"<tr><td>{escape(dim.label)}</td><td>{escape(dim.low)}</td>"
            f'<td><span class="eplab-bartrack"><span class="eplab-bar" style="width:{width}em">'
            f"</span></span></td><td>{escape(dim.high)}</td>"
            f"<td>{dim.score:+.1f} ({dim.choices} keuzes)</td></tr>"
        )
    if not rows:
        return ""
    return "<h4>Hoe je koos</h4>" f'<table class="eplab-form">{"".join(rows)}</table>'


def summary_html(session: Session, *, heading: str | None = None) -> str:
    """The whole static record of a play: what a saved notebook and nbgrader show."""
    report = session.report()
    title = heading or f"Rollenspel: {session.scenario.title}"
    parts = [STYLE, '<div class="eplab-rp">', f"<h3>{escape(title)}</h3>"]
    if session.notice:
        parts.append(f"<p><b>{escape(session.notice)}</b></p>")
    if report.ending:
        parts.append(f"<p><b>Einde: {escape(report.ending_title)}</b> — {escape(report.debrief)}</p>")
    else:
        parts.append(f"<p>Het gesprek is nog niet af (na {session.turn} keuzes).</p>")
    parts.append("<h4>Verloop van het gesprek</h4>")
    parts.append(transcript_html(session))
    if report.ending:
        parts += [form_html(form) for form in report.forms]
        parts.append(parent_html(report))
        parts.append(scores_html(report))
    parts.append("</div>")
    return "\n".join(parts)
