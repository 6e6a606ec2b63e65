"""Static HTML for a role-play: transcript, own words, observation forms (JA/NEE, no totals),
parent feedback, coaching card, attempts compared, debrief, the second look's differences.

Shared by the widget, the grading summary and the self-study app. No ipywidgets here: the
result is plain HTML that survives in a saved notebook, nbconvert and nbgrader feedback.
"""

from __future__ import annotations

from html import escape

from eplab.roleplay.engine import Session
from eplab.widgets import text as t

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
.eplab-scroll {max-width: 100%; overflow-x: auto;}
.eplab-coach {background: #fff8e5; border-left: 4px solid #8a5a00; padding: .3em .8em; margin: .5em 0;}
.eplab-rp :focus-visible, .eplab-rp button:focus, .eplab-rp textarea:focus, .eplab-rp input:focus {
  outline: 3px solid #1a4f8b !important; outline-offset: 2px !important;}
.eplab-rp .widget-checkbox {width: 100% !important; height: auto !important;}
.eplab-rp .widget-checkbox .widget-label-basic {white-space: normal !important; height: auto !important;}
.eplab-rp .widget-checkbox .widget-label-basic span {white-space: normal !important; overflow: visible !important;}
.eplab-live {min-height: 0;}
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


def form_html(form, remarks: dict[str, str] | None = None) -> str:
    """A form as the learning line shows it: JA/NEE per item and remarks; no totals."""
    rows = []
    phase = None
    for item in form.items:
        if item.phase != phase:
            phase = item.phase
            rows.append(f'<tr><th colspan="3" scope="colgroup">{escape(phase)}</th></tr>')
        if item.realised:
            mark = '<span class="eplab-ja">JA</span>'
            note = t.IN_TURN.format(turn=item.turn)
        else:
            mark = '<span class="eplab-nee">NEE</span>'
            note = t.MISSED_IN_TURN.format(turn=item.missed_turn) if item.missed_turn else ""
        if remarks and remarks.get(item.id):
            note = f"{note}<br>" if note else ""
            note += escape(t.YOUR_REMARK.format(text=remarks[item.id]))
        rows.append(f"<tr><td>{mark}</td><td>{escape(item.text)}</td><td>{note}</td></tr>")
    derived = t.DERIVED_FORM if form.derived else ""
    return (
        f"<h4>{escape(form.title)}</h4>"
        f'<p class="eplab-note">{t.SOURCE}: {escape(form.source)}{derived}. {t.NOT_ASSESSMENT}</p>'
        f'<div class="eplab-scroll"><table class="eplab-form"><tr><th scope="col">JA/NEE</th>'
        f'<th scope="col">{t.FORM_ITEM}</th><th scope="col">{t.REMARKS}</th></tr>'
        f"{''.join(rows)}</table></div>"
    )


def parent_html(report) -> str:
    items = "".join(
        f"<li><b>{escape(a.question)}</b> ({a.level}): “{escape(a.text)}”</li>" for a in report.parent
    )
    return f"<h4>{t.PARENT_AFTER}</h4><p class=\"eplab-note\">{t.PARENT_NOTE}</p><ul>{items}</ul>"


def own_words_html(session: Session) -> str:
    """The student's own words beside the option then chosen (empty when none were asked)."""
    rows = [
        f"<tr><td>{escape(c.own_words) if c.own_words.strip() else t.LEFT_EMPTY}</td>"
        f"<td>{escape(c.option.text)}</td></tr>"
        for c in session.choices() if c.own_words is not None
    ]
    if not rows:
        return ""
    return (
        f"<h4>{t.OWN_WORDS_TITLE}</h4>"
        f'<div class="eplab-scroll"><table class="eplab-form"><tr><th scope="col">{t.OWN_WORDS_COL}'
        f'</th><th scope="col">{t.CHOSEN_COL}</th></tr>{"".join(rows)}</table></div>'
    )


def coaching_html(card) -> str:
    missed = ""
    if card.items:
        missed = f"<p>{t.COACH_MISSED}: {escape('; '.join(card.items))}</p>"
    return (
        f'<div class="eplab-coach"><h4>{t.COACH_TITLE}</h4><p><b>{escape(card.text)}</b></p>'
        f"{missed}<p>{t.COACH_WHY}: {escape(card.theory)}</p>"
        f"<p>{t.COACH_TRY}: “{escape(card.try_saying)}”</p></div>"
    )


def attempts_html(session: Session) -> str:
    comparison = session.compare_attempts()
    if comparison is None:
        return ""
    parts = [f"<h4>{t.ATTEMPTS_TITLE.format(before=comparison.before, after=comparison.after)}</h4>",
             "<ul>",
             f"<li>{t.ENDING_BEFORE}: {escape(comparison.ending_before)}</li>",
             f"<li>{t.ENDING_NOW}: {escape(comparison.ending_after)}</li>"]
    if comparison.new_ja:
        new = "".join(f"<li>{escape(x)}</li>" for x in comparison.new_ja)
        parts.append(f"<li>{t.NEW_JA}:<ul>{new}</ul></li>")
    else:
        parts.append(f"<li>{t.NO_NEW_JA}</li>")
    if comparison.lost_ja:
        lost = "".join(f"<li>{escape(x)}</li>" for x in comparison.lost_ja)
        parts.append(f"<li>{t.LOST_JA}:<ul>{lost}</ul></li>")
    parts.append("</ul>")
    return "".join(parts)


def debrief_html(turns) -> str:
    """What the parent would have said to each option, turn by turn."""
    parts = [f"<h4>{t.DEBRIEF_TITLE}</h4><p class=\"eplab-note\">{t.DEBRIEF_NOTE}</p>"]
    for turn in turns:
        parts.append(f"<h5>{t.TURN.format(n=turn.turn)}</h5>"
                     f"<p><b>{escape(turn.speaker)}:</b> {escape(turn.said)}</p><ul>")
        for option in turn.options:
            mine = f" <b>({t.YOUR_CHOICE_MARK})</b>" if option.chosen else ""
            parts.append(f"<li>“{escape(option.text)}”{mine}<br>→ <i>{escape(option.speaker)}:"
                         f"</i> {escape(option.reaction)}</li>")
        parts.append("</ul>")
    return "".join(parts)


def differences_html(form, differences) -> str:
    """Where the student's own observation differs from the engine's form."""
    if not differences:
        return f"<p>{t.SAME_FORM}</p>"
    rows = []
    for d in differences:
        mine = t.LEFT_OPEN if d.student is None else ("JA" if d.student else "NEE")
        remark = escape(d.remark) if d.remark else ""
        rows.append(f"<tr><td>{escape(d.text)}</td><td>{mine}</td>"
                    f"<td>{'JA' if d.engine else 'NEE'}</td><td>{remark}</td></tr>")
    return (
        f"<p>{t.DIFFERENT_FORM.format(count=len(differences))}</p>"
        f'<div class="eplab-scroll"><table class="eplab-form"><tr><th scope="col">{t.FORM_ITEM}</th>'
        f'<th scope="col">{t.YOU_SAW}</th><th scope="col">{t.ENGINE_SAW}</th>'
        f'<th scope="col">{t.YOUR_REMARK_COL}</th></tr>{"".join(rows)}</table></div>'
        f'<p class="eplab-note">{t.DIFFERENCE_NOTE}</p>'
    )


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
        parts.append(own_words_html(session))
        parts.append(attempts_html(session))
        own = session.student_form
        parts += [form_html(form, _remarks(own.get(form.id))) for form in report.forms]
        parts.append(parent_html(report))
    parts.append("</div>")
    return "\n".join(parts)


def _remarks(own: dict | None) -> dict[str, str]:
    return {k: v.get("opmerking", "") for k, v in (own or {}).items()}
