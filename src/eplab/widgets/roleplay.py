"""The role-play widget: context → anticipate → turns with feedback → end screen.

A thin face over `eplab.roleplay.Session`; every click is a call on the session, which logs it.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

import ipywidgets as w
from IPython.display import HTML, display

from eplab import render
from eplab.roleplay.engine import Session
from eplab.widgets import text as t


def _html(value: str = "") -> w.HTML:
    return w.HTML(value=value, layout=w.Layout(width="100%"))


class RolePlayView:
    """Builds and updates the widget tree for one session."""

    def __init__(self, session: Session):
        self.session = session
        scenario = session.scenario
        self.header = _html(render.STYLE + self._header_html())
        self.notice = _html(f"<p><b>{escape(session.notice)}</b></p>" if session.notice else "")
        self.anticipate_box = w.Textarea(
            placeholder=t.ANTICIPATE_HINT, layout=w.Layout(width="100%", height="5em")
        )
        self.start_button = w.Button(description=t.START, button_style="primary")
        self.start_button.on_click(self._on_start)
        self.anticipate_area = w.VBox([
            _html(f"<h4>{t.ANTICIPATE}</h4><p>{escape(scenario.anticipate)}</p>"),
            self.anticipate_box,
            self.start_button,
        ])
        self.transcript = _html()
        self.feedback = _html()
        self.prompt = _html()
        self.options = w.VBox([])
        self.option_buttons: list[w.Button] = []
        self._pools: tuple[list[w.Button], list[w.Button]] = ([], [])
        self._pool_in_use = 0
        for pool in self._pools:  # a choice has at most 4 options (the validator says so)
            self._fill(pool, 4)
        self._option_index: list[int] = []
        self.back_button = w.Button(description=t.BACK, tooltip="Maak je laatste keuze ongedaan")
        self.restart_button = w.Button(description=t.RESTART, tooltip="Begin het gesprek opnieuw")
        self.back_button.on_click(lambda _b: self._on_back())
        self.restart_button.on_click(lambda _b: self._on_restart())
        self.end_screen = _html()
        self.reflection_boxes = [
            w.Textarea(layout=w.Layout(width="100%", height="4.5em")) for _ in t.PINTO_STEPS
        ]
        for box, answer in zip(self.reflection_boxes, session.reflection, strict=False):
            box.value = answer
        self.save_button = w.Button(description=t.SAVE_REFLECTION)
        self.save_button.on_click(lambda _b: self._on_save_reflection())
        self.saved = _html()
        self.reflection_area = w.VBox(
            [_html(f"<h4>{t.REFLECTION}</h4><p class='eplab-note'>{t.PINTO_NOTE}</p>")]
            + [w.VBox([_html(f"<p>{escape(q)}</p>"), box])
               for q, box in zip(t.PINTO_STEPS, self.reflection_boxes, strict=True)]
            + [self.save_button, self.saved]
        )
        self.root = w.VBox(
            [self.header, self.notice, self.anticipate_area, self.transcript, self.feedback,
             self.prompt, self.options, w.HBox([self.back_button, self.restart_button]),
             self.end_screen, self.reflection_area],
            layout=w.Layout(max_width="60em"),
        )
        self.root.add_class("eplab-rp")
        self.static = None
        self.started = bool(session.steps or session.anticipation or not scenario.anticipate)
        self.update()

    def _header_html(self) -> str:
        s = self.session.scenario
        people = "".join(
            f"<li><b>{escape(c.name)}</b> ({escape(c.role)}){': ' + escape(c.matters) if c.matters else ''}</li>"
            for c in s.characters
        )
        return (
            f"<h3>{escape(s.title)}</h3>"
            f"<p class='eplab-note'>Rollenspel · jaar {s.year} · {escape(s.conversation_type)}. "
            "Jij bent de leerkracht.</p>"
            f"<h4>{t.CONTEXT}</h4><p>{escape(s.context)}</p>"
            f"<h4>{t.CHARACTERS}</h4><ul>{people}</ul>"
        )

    def _ipython_display_(self) -> None:
        # speel() displays the widget itself; as a cell's last value it must not show again.
        pass

    # -- events ------------------------------------------------------------
    def _on_start(self, _button=None) -> None:
        answer = self.anticipate_box.value.strip()
        if answer:
            self.session.anticipate(answer)
        self.started = True
        self.update()

    def choose(self, index: int) -> None:
        outcome = self.session.choose(index)
        missed = [i for i in outcome.option.missed]
        parts = [f"<p><b>{t.FEEDBACK}</b> {escape(outcome.feedback)}</p>"]
        if missed:
            parts.append(f"<p class='eplab-note'>{t.MISSED}: {escape(', '.join(missed))}</p>")
        self.feedback.value = "<div class='eplab-line eplab-verteller'>" + "".join(parts) + "</div>"
        self.update()

    def _on_back(self) -> None:
        self.session.back()
        self.feedback.value = ""
        self.update()

    def _on_restart(self) -> None:
        self.session.restart()
        self.feedback.value = ""
        self.update()

    def _on_save_reflection(self) -> None:
        self.session.reflect([box.value for box in self.reflection_boxes])
        self.saved.value = f"<p>{t.REFLECTION_SAVED}</p>"
        self._update_static()

    # -- view --------------------------------------------------------------
    def _show_options(self, options: list) -> None:
        """This turn's buttons, relabelled from one of two sets made once.

        Making new widgets on every click is what an update would otherwise spend its time on.
        The sets take turns and the set not in use is disabled, so a click meant for the previous
        turn (a double click, or a click while the browser redraws) is refused in the browser,
        and ignored here if it arrives anyway.
        """
        self._option_index = [index for index, _option in options]
        self._pool_in_use ^= 1
        pool, other = self._pools[self._pool_in_use], self._pools[1 - self._pool_in_use]
        self._fill(pool, len(options))
        self.option_buttons = pool[: len(options)]
        for button in [*other, *pool[len(options):]]:
            button.disabled = True
        shown = zip(self.option_buttons, options, strict=True)
        for number, (button, (_index, option)) in enumerate(shown, start=1):
            button.description = f"{number}. {option.text}"
            button.disabled = False
        self.options.children = self.option_buttons

    def _fill(self, pool: list[w.Button], size: int) -> None:
        while len(pool) < size:
            place = len(pool)
            button = w.Button(layout=w.Layout(width="100%"))
            button.add_class("eplab-optie")
            button.on_click(lambda b, place=place: self._on_option(b, place))
            pool.append(button)

    def _on_option(self, button: w.Button, place: int) -> None:
        if any(button is current for current in self.option_buttons):
            self.choose(self._option_index[place])

    def update(self) -> None:
        session = self.session
        finished = session.finished
        choosing = self.started and not finished
        # the buttons first: when the browser shows the new turn, the old buttons are disabled
        self._show_options(session.options() if choosing else [])
        self.anticipate_area.layout.display = None if not self.started else "none"
        self.transcript.value = render.transcript_html(session) if self.started else ""
        if choosing:
            self.prompt.value = (
                f"<p><b>{t.TURN.format(n=session.turn + 1)} — "
                f"{escape(session.node.prompt or t.YOUR_CHOICE)}</b></p>"
            )
        else:
            self.prompt.value = ""
        self.back_button.disabled = not session.steps
        self.restart_button.disabled = not session.steps
        if finished:
            report = session.report()
            self.end_screen.value = (
                f"<h3>Einde: {escape(report.ending_title)}</h3><p>{escape(report.debrief)}</p>"
                + "".join(render.form_html(f) for f in report.forms)
                + render.parent_html(report)
                + render.scores_html(report)
            )
        else:
            self.end_screen.value = ""
        self.reflection_area.layout.display = None if finished else "none"
        self._update_static()

    def _update_static(self) -> None:
        if self.static is not None:
            self.static.update(HTML(static_record(self.session)))


def static_record(session: Session) -> str:
    """The saved-notebook record, folded so it does not repeat the live widget."""
    return f"<details><summary>{t.RECORD}</summary>{render.summary_html(session)}</details>"


def in_nbgrader_source(folder: Path) -> bool:
    """Is this an assignment folder in an nbgrader course's source or release directory?

    A log written there would be copied into every student's release by generate_assignment,
    release_assignment or the LMS zip, and over every student's own log by autograde, so the
    widget does not save there.
    """
    folder = folder.resolve()
    return (folder.parent.name in ("source", "solutions", "release")
            and (folder.parent.parent / "nbgrader_config.py").is_file())


def speel(scenario: str | Path, *, map: str | Path | None = None, student: str | None = None):
    """Show a role-play in a notebook: `speel("kennismakingsgesprek")`.

    The conversation is saved beside the notebook (or in `map`) and resumes after a restart.
    Under nbgrader's autograde no widget is shown; the saved conversation is printed instead.
    """
    if os.environ.get("NBGRADER_EXECUTION"):
        session = Session(scenario, log_dir=map, student=student, readonly=True)
        display(HTML(f"<p>{t.AUTOGRADE}</p>" + render.summary_html(session)))
        return None
    folder = Path(map) if map else Path.cwd()
    if in_nbgrader_source(folder):
        session = Session(scenario, student=student, record=False)
        session.notice = t.NOT_SAVED_IN_SOURCE
    else:
        session = Session(scenario, log_dir=map, student=student)
    view = RolePlayView(session)
    display(view.root)
    view.static = display(HTML(static_record(session)), display_id=True)
    return view
