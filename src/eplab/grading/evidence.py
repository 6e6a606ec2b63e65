"""Role-play evidence for nbgrader: read the sidecar log (never write it), show a static summary,
award points for a conversation played to an ending.

The learning line (HvA/UPvA, z.j.): the observation forms and the parent's feedback are for learning,
not for assessment. The summary therefore shows the form as JA/NEE per item, never a total;
only having completed the conversation earns points.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import warnings
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from eplab.grading import text
from eplab.grading._display import show


@dataclass
class Evidence:
    """What the log shows: a status ('afgerond', 'eerder afgerond', 'onaf', 'ontbreekt',
    'beschadigd' or 'onbekend'), a Dutch reason and (when readable) the session to summarise."""

    status: str
    reason: str
    file: str
    session: object | None = None
    signals: list[str] = field(default_factory=list)  # plausibility, for the lecturer; not scored

    @property
    def completed(self) -> bool:
        return self.status in ("afgerond", "eerder afgerond")


def _quiet():
    """Nothing from reading a log may reach stderr (nbgrader scores stderr as a failure)."""
    stack = contextlib.ExitStack()
    stack.enter_context(warnings.catch_warnings())
    warnings.simplefilter("ignore")
    stack.enter_context(contextlib.redirect_stderr(io.StringIO()))
    return stack


def _last_completed(scenario, path: Path, events: list[dict]):
    """A read-only session over the events up to the last ending, or None if there is none."""
    from eplab.roleplay import Session

    ends = [i for i, event in enumerate(events) if event.get("event") == "end"]
    if not ends:
        return None
    import json

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        with open(copy, "w", encoding="utf-8") as handle:
            for event in events[: ends[-1] + 1]:
                handle.write(json.dumps(event, ensure_ascii=False) + "\n")
        session = Session(scenario, log_dir=folder, readonly=True)
    return session if session.finished and not session.notice else None


def handin_student(folder: Path) -> str | None:
    """Whose hand-in this folder is: set by the grader, or .../submitted|autograded/<id>/<opdracht>."""
    if os.environ.get("EPLAB_INLEVERING_STUDENT"):
        return os.environ["EPLAB_INLEVERING_STUDENT"]
    folder = folder.resolve()
    return folder.parent.name if folder.parent.parent.name in ("submitted", "autograded") else None


def _signals(scenario_id: str, path: Path) -> list[str]:
    """Plausibility signals of the log at `path` (never raises; [] when it cannot tell)."""
    from eplab.grading.plausibility import scenario_version, signals
    from eplab.roleplay.loader import resolve
    from eplab.roleplay.log import read_events

    try:
        return signals(read_events(path), handin_student=handin_student(path.parent),
                       current_version=scenario_version(resolve(scenario_id)))
    except Exception:
        return []


def read_evidence(scenario_id: str, folder: str | Path | None = None) -> Evidence:
    """Look at the saved conversation of `scenario_id` in `folder` (default: the working folder).

    Never raises and never writes: a missing, damaged or unfinished log becomes a status with a
    Dutch reason. A readable log also gets its plausibility signals (shown, never scored).
    """
    evidence = _read_evidence(scenario_id, folder)
    if evidence.session is not None:
        with _quiet():
            evidence.signals = _signals(scenario_id, Path(folder or Path.cwd()) / evidence.file)
    return evidence


def _read_evidence(scenario_id: str, folder: str | Path | None = None) -> Evidence:
    """Look at the saved conversation of `scenario_id` in `folder` (default: the working folder).

    Never raises and never writes: a missing, damaged or unfinished log becomes a status with a
    Dutch reason.
    """
    with _quiet():
        try:
            from eplab.roleplay import Session, load_scenario
            from eplab.roleplay.log import CorruptLog, log_path, read_events

            scenario = load_scenario(scenario_id)
            path = log_path(Path(folder) if folder else Path.cwd(), scenario.id)
            name = path.name
            if not path.is_file():
                return Evidence("ontbreekt", text.RP_MISSING.format(file=name), name)
            session = Session(scenario, log_dir=path.parent, readonly=True)
            if session.notice:
                return Evidence("beschadigd", text.RP_DAMAGED.format(file=name), name)
            if session.finished:
                return Evidence("afgerond", text.RP_DONE, name, session)
            try:
                earlier = _last_completed(scenario, path, read_events(path))
            except (CorruptLog, OSError, ValueError, KeyError, TypeError):
                earlier = None
            if earlier is not None:
                ending = earlier.report().ending_title or ""
                return Evidence("eerder afgerond", text.RP_DONE_EARLIER.format(ending=ending),
                                name, earlier)
            return Evidence("onaf", text.RP_UNFINISHED.format(turns=session.turn), name, session)
        except Exception as exc:  # a scenario that cannot load, an unreadable file, ...
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            return Evidence("onbekend", text.RP_UNKNOWN.format(scenario=scenario_id, error=message),
                            f"{scenario_id}.rollenspel.jsonl")


def summary_text(evidence: Evidence, points: float, maximum: float) -> str:
    """The plain-text record: status, points, path with the student's own words, attempts and
    the observation form as JA/NEE per item (no totals, no score)."""
    lines = [text.RP_HEADING.format(title=_title(evidence)), evidence.reason,
             text.RP_POINTS.format(points=_fmt(points), max=_fmt(maximum))]
    session = evidence.session
    if session is not None:
        lines += ["", text.RP_PATH + ":"]
        for choice in session.choices():
            said = session.scenario.speaker_name(choice.node.speaker)
            lines.append(f"  {said}: \u201c{choice.node.text}\u201d")
            if choice.own_words is not None:
                words = choice.own_words.strip()
                lines.append("    " + (text.RP_OWN_WORDS.format(text=words) if words
                                       else text.RP_OWN_WORDS_EMPTY))
            lines.append("    " + text.RP_CHOICE.format(turn=choice.turn, text=choice.option.text))
        report = session.report()
        if report.ending:
            lines.append("  " + text.RP_ENDING.format(title=report.ending_title))
            attempts = session.attempts()
            if len(attempts) > 1:
                lines.append(text.RP_ATTEMPTS.format(attempts="; ".join(
                    text.RP_ATTEMPT.format(number=a.number, ending=a.ending_title)
                    for a in attempts)))
            lines.append("")
            for form in report.forms:
                lines.append(text.RP_FORM.format(title=form.title))
                for item in form.items:
                    lines.append(f"  [{'JA ' if item.realised else 'NEE'}] {item.text}")
                if form.id in session.student_form:
                    count = len(session.form_differences(form.id))
                    lines.append("  " + text.RP_OWN_FORM.format(title=form.title, count=count))
    lines += ["", text.RP_NO_GRADE]
    return "\n".join(lines)


def summary_html(evidence: Evidence, points: float, maximum: float) -> str:
    """The same record as HTML: status and points above eplab's static role-play summary."""
    head = (
        f"<div class=\"eplab-rp\"><h3>{escape(text.RP_HEADING.format(title=_title(evidence)))}</h3>"
        f"<p><b>{escape(evidence.reason)}</b><br>"
        f"{escape(text.RP_POINTS.format(points=_fmt(points), max=_fmt(maximum)))}</p>"
        f"<p class=\"eplab-note\">{escape(text.RP_NO_GRADE)}</p></div>"
    )
    if evidence.session is None:
        return head
    from eplab import render

    return head + render.summary_html(evidence.session, heading=text.RP_PATH)


def signals_text(evidence: Evidence) -> str:
    """The plausibility signals as plain text ("" when there are none)."""
    if not evidence.signals:
        return ""
    return "\n".join([text.PLAUS_HEADING] + [f"  - {signal}" for signal in evidence.signals])


def signals_html(evidence: Evidence) -> str:
    """The plausibility signals as HTML ("" when there are none)."""
    if not evidence.signals:
        return ""
    items = "".join(f"<li>{escape(signal)}</li>" for signal in evidence.signals)
    return f"<div class=\"eplab-signalen\"><p>{escape(text.PLAUS_HEADING)}</p><ul>{items}</ul></div>"


def _title(evidence: Evidence) -> str:
    session = evidence.session
    return session.scenario.title if session is not None else evidence.file.split(".")[0]


def _fmt(number: float) -> str:
    return f"{number:g}"


def rollenspel_bewijs(scenario_id: str, punten: float = 1, map: str | Path | None = None) -> float:
    """Points for a role-play played to an ending; shows a static Dutch summary of the play.

    Use as the last line of a hidden test cell: nbgrader reads the returned number as the cell's
    (partial) score. A missing, damaged or unfinished log scores 0 with a clear reason; this
    function never raises and never writes to stderr or to the log.
    """
    evidence = read_evidence(scenario_id, map)
    points = float(punten) if evidence.completed else 0.0
    with _quiet():
        try:
            plain = summary_text(evidence, points, punten)
        except Exception:
            plain = "\n".join([evidence.reason, text.RP_POINTS.format(points=_fmt(points),
                                                                       max=_fmt(punten))])
        try:
            html = summary_html(evidence, points, punten)
        except Exception:
            html = None
    show(plain, html)
    if evidence.signals:  # for the lecturer: a record of its own, left out of the feedback
        show(signals_text(evidence), signals_html(evidence), lecturer_only=True)
    return points


def check_rollenspel(scenario_id: str, map: str | Path | None = None) -> None:
    """Visible test: raise AnswerError (one Dutch sentence) unless the role-play was completed."""
    from eplab.grading.checks import _fail

    evidence = read_evidence(scenario_id, map)
    if not evidence.completed:
        _fail(evidence.reason)
    print(text.RP_CHECK_OK.format(file=evidence.file))
