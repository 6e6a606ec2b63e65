"""The role-play widget: context → anticipate → (own words →) turns with feedback → end screen
with the forms, a coaching card, another attempt, the debrief and the second look.

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
from eplab.roleplay.report import item_text
from eplab.widgets import text as t


def _html(value: str = "") -> w.HTML:
    return w.HTML(value=value, layout=w.Layout(width="100%"))


class RolePlayView:
    """Builds and updates the widget tree for one session.

    Accessibility: after every step focus moves to the control that comes next (the own-words
    box, the first option, or "Probeer opnieuw"), and `live` (a polite live region) announces
    the parent's reply and the ending. `focused` records the last focus call, for tests.
    """

    def __init__(self, session: Session):
        self.session = session
        scenario = session.scenario
        self.focused: w.DOMWidget | None = None
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
        self.live = _html()
        self.live.add_class("eplab-live")
        self.feedback = _html()
        self.prompt = _html()
        self._build_own_words()
        self.options = w.VBox([])
        self.options.add_class("eplab-opties")
        self.option_buttons: list[w.Button] = []
        self._pools: tuple[list[w.Button], list[w.Button]] = ([], [])
        self._pool_in_use = 0
        for pool in self._pools:  # a choice has at most 4 options (the validator says so)
            self._fill(pool, 4)
        self.options.children = [*self._pools[0], *self._pools[1]]
        self._option_index: list[int] = []
        self.back_button = w.Button(description=t.BACK, tooltip="Maak je laatste keuze ongedaan")
        self.restart_button = w.Button(description=t.RESTART, tooltip="Begin het gesprek opnieuw")
        self.back_button.on_click(lambda _b: self._on_back())
        self.restart_button.on_click(lambda _b: self._on_restart())
        self.end_screen = _html()
        self._build_after_ending()
        self.reflection_boxes = [
            w.Textarea(placeholder=t.REFLECTION_LABEL.format(n=n),
                       layout=w.Layout(width="100%", height="4.5em"))
            for n, _q in enumerate(t.PINTO_STEPS, start=1)
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
            [self.header, self.notice, self.anticipate_area, self.transcript, self.live,
             self.feedback, self.prompt, self.own_area, self.options,
             w.HBox([self.back_button, self.restart_button]),
             self.end_screen, self.after_area, self.reflection_area],
            layout=w.Layout(max_width="60em"),
        )
        self.root.add_class("eplab-rp")
        self.static = None
        self.started = bool(session.steps or session.anticipation or not scenario.anticipate)
        self.update()

    def _build_own_words(self) -> None:
        self.own_box = w.Textarea(placeholder=t.OWN_WORDS_PLACEHOLDER,
                                  layout=w.Layout(width="100%", height="4.5em"))
        self.own_button = w.Button(description=t.OWN_WORDS_GO, button_style="primary")
        self.own_button.on_click(lambda _b: self._on_own_words())
        self.own_button.add_class("eplab-verder")
        self.own_nudge = _html()
        self._nudged: set[tuple[int, str]] = set()
        self.own_area = w.VBox([
            _html(f"<h4>{t.OWN_WORDS_ASK}</h4><p>{t.OWN_WORDS_HINT}</p>"),
            self.own_box, self.own_nudge, self.own_button,
        ])
        self.own_area.add_class("eplab-eigen")

    def _build_after_ending(self) -> None:
        self.coaching = _html()
        self.retry_button = w.Button(description=t.RETRY, tooltip=t.RETRY_TOOLTIP,
                                     button_style="primary", layout=w.Layout(width="auto"))
        self.retry_button.on_click(lambda _b: self._on_retry())
        self.retry_button.add_class("eplab-opnieuw")
        self.debrief_button = w.Button(description=t.DEBRIEF_OPEN, layout=w.Layout(width="auto"))
        self.debrief_button.on_click(lambda _b: self._on_debrief())
        self.debrief_button.add_class("eplab-debriefknop")
        self.debrief = _html()
        self.look_button = w.Button(description=t.SECOND_LOOK_OPEN, layout=w.Layout(width="auto"))
        self.look_button.on_click(lambda _b: self._on_second_look())
        self.look_button.add_class("eplab-tweedeblik")
        self.look_area = w.VBox([])
        self.look_checks: dict[str, w.Checkbox] = {}
        self.look_remarks: dict[str, w.Text] = {}
        self.compare_button = w.Button(description=t.SECOND_LOOK_COMPARE, button_style="primary",
                                       layout=w.Layout(width="auto"))
        self.compare_button.on_click(lambda _b: self._on_compare())
        self.compare_button.add_class("eplab-vergelijk")
        self.differences = _html()
        self.after_area = w.VBox([self.coaching, self.retry_button, self.debrief_button,
                                  self.debrief, self.look_button, self.look_area])

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
    def _focus(self, widget: w.DOMWidget) -> None:
        self.focused = widget
        widget.focus()

    def _announce(self, message: str) -> None:
        self.live.value = (f'<div role="status" aria-live="polite" aria-atomic="true">'
                           f"{escape(message)}</div>")

    def _on_start(self, _button=None) -> None:
        answer = self.anticipate_box.value.strip()
        if answer:
            self.session.anticipate(answer)
        self.started = True
        self.update()
        self._focus_next()

    def _on_own_words(self) -> None:
        words = self.own_box.value.strip()
        key = (self.session.attempt, self.session.node.id)
        if not words and key not in self._nudged:
            self._nudged.add(key)
            self.own_nudge.value = f'<p class="eplab-nudge" role="status">{t.OWN_WORDS_NUDGE}</p>'
            self._focus(self.own_box)
            return
        self.session.write_own_words(words)
        self.own_box.value = ""
        self.own_nudge.value = ""
        self.update()
        self._focus_next()

    def choose(self, index: int) -> None:
        outcome = self.session.choose(index)
        missed = [item_text(i) for i in outcome.option.missed]
        parts = [f"<p><b>{t.FEEDBACK}</b> {escape(outcome.feedback)}</p>"]
        if missed:
            parts.append(f"<p class='eplab-note'>{t.MISSED}: {escape('; '.join(missed))}</p>")
        self.feedback.value = "<div class='eplab-line eplab-verteller'>" + "".join(parts) + "</div>"
        self.update()
        said = self.session.transcript()[-1] if self.session.finished else None
        reply = f"{said.name}: {said.text} " if said else ""
        if outcome.reaction:
            reply = f"{self._reaction_name()}: {outcome.reaction} " + reply
        if self.session.finished:
            reply += t.ENDING.format(title=self.session.node.ending.title)
        self._announce(reply.strip())
        self._focus_next()

    def _reaction_name(self) -> str:
        line = next((x for x in reversed(self.session.transcript()) if x.kind == "reactie"), None)
        return line.name if line else ""

    def _on_back(self) -> None:
        self.session.back()
        self.feedback.value = ""
        self.update()
        self._focus_next()

    def _on_restart(self) -> None:
        self.session.restart()
        self.feedback.value = ""
        self.update()
        self._focus_next()

    def _on_retry(self) -> None:
        attempt = self.session.retry()
        self.feedback.value = ""
        self.debrief.value = ""
        self.look_area.children = []
        self.update()
        self._announce(t.RETRY_STARTED.format(n=attempt))
        self._focus_next()

    def _on_debrief(self) -> None:
        if self.debrief.value:
            self.debrief.value = ""
            self.debrief_button.description = t.DEBRIEF_OPEN
            return
        self.debrief.value = render.debrief_html(self.session.open_debrief())
        self.debrief_button.description = t.DEBRIEF_CLOSE

    def _on_second_look(self) -> None:
        form = self.session.report().main_form
        own = self.session.student_form.get(form.id, {})
        self.look_checks = {
            item.id: w.Checkbox(value=bool(own.get(item.id, {}).get("ja")), indent=False,
                                description=t.SECOND_LOOK_CHECK.format(text=item.text),
                                layout=w.Layout(width="100%"))
            for item in form.items
        }
        self.look_remarks = {
            item.id: w.Text(value=own.get(item.id, {}).get("opmerking", ""),
                            placeholder=t.SECOND_LOOK_REMARK, layout=w.Layout(width="100%"))
            for item in form.items
        }
        rows = [w.VBox([self.look_checks[i.id], self.look_remarks[i.id]]) for i in form.items]
        self.differences.value = ""
        self.look_area.children = [
            _html(f"<h4>{t.SECOND_LOOK_TITLE}</h4><p>{t.SECOND_LOOK_NOTE}</p>"
                  f"<div class='eplab-terug'>{render.transcript_html(self.session)}</div>"
                  f"<h5>{escape(form.title)}</h5>"),
            *rows, self.compare_button, self.differences,
        ]
        self._focus(next(iter(self.look_checks.values())))

    def _on_compare(self) -> None:
        form = self.session.report().main_form
        items = {item_id: {"ja": box.value, "opmerking": self.look_remarks[item_id].value.strip()}
                 for item_id, box in self.look_checks.items()}
        self.session.fill_form(form.id, items)
        differences = self.session.form_differences(form.id)
        self.differences.value = render.differences_html(form, differences)
        self._announce(t.SAME_FORM if not differences
                       else t.DIFFERENT_FORM.format(count=len(differences)))
        self._update_static()

    def _on_save_reflection(self) -> None:
        self.session.reflect([box.value for box in self.reflection_boxes])
        self.saved.value = f"<p role='status'>{t.REFLECTION_SAVED}</p>"
        self._update_static()

    # -- view --------------------------------------------------------------
    def focus_first(self) -> None:
        """Focus the first control (for a page that just opened this role-play, like the app)."""
        if self.started:
            self._focus_next()
        else:
            self._focus(self.start_button)

    def _focus_next(self) -> None:
        """Move focus to what the student does next, so it never falls back to the page."""
        if not self.started:
            return
        if self.session.finished:
            self._focus(self.retry_button)
        elif self.session.needs_own_words:
            self._focus(self.own_box)
        elif self.option_buttons:
            self._focus(self.option_buttons[0])

    def _show_options(self, options: list) -> None:
        """This turn's buttons, relabelled from one of two sets made once.

        Both sets stay in the tree (hidden when not in use), so a button's view exists in the
        browser when focus is sent to it. The sets take turns and the set not in use is
        disabled, so a click meant for the previous turn (a double click, or a click while the
        browser redraws) is refused in the browser, and ignored here if it arrives anyway.
        """
        self._option_index = [index for index, _option in options]
        self._pool_in_use ^= 1
        pool = self._pools[self._pool_in_use]
        for button in self.option_buttons:  # the previous turn's: the only ones shown
            button.disabled = True
            button.layout.display = "none"
        self.option_buttons = pool[: len(options)]
        shown = zip(self.option_buttons, options, strict=True)
        for number, (button, (_index, option)) in enumerate(shown, start=1):
            button.description = f"{number}. {option.text}"
            button.disabled = False
            button.layout.display = None

    def _fill(self, pool: list[w.Button], size: int) -> None:
        while len(pool) < size:
            place = len(pool)
            button = w.Button(layout=w.Layout(width="100%", display="none"), disabled=True)
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
        asking = choosing and session.needs_own_words
        # the buttons first: when the browser shows the new turn, the old buttons are disabled
        self._show_options(session.shown_options() if choosing and not asking else [])
        self.own_area.layout.display = None if asking else "none"
        if not asking:
            self.own_nudge.value = ""
        self.anticipate_area.layout.display = None if not self.started else "none"
        self.transcript.value = render.transcript_html(session) if self.started else ""
        if choosing:
            attempt = f"{t.ATTEMPT.format(n=session.attempt)} · " if session.attempt > 1 else ""
            self.prompt.value = (
                f"<p><b>{attempt}{t.TURN.format(n=session.turn + 1)} — "
                f"{escape(session.node.prompt or t.YOUR_CHOICE)}</b></p>"
            )
        else:
            self.prompt.value = ""
        self.back_button.disabled = not session.steps
        self.restart_button.disabled = not session.steps
        if finished:
            self._show_end()
        else:
            self.end_screen.value = ""
            self.debrief.value = ""
            self.debrief_button.description = t.DEBRIEF_OPEN
        self.after_area.layout.display = None if finished else "none"
        self.reflection_area.layout.display = None if finished else "none"
        self._update_static()

    def _show_end(self) -> None:
        session = self.session
        report = session.report()
        self.end_screen.value = (
            f"<h3>{escape(t.ENDING.format(title=report.ending_title))}</h3>"
            f"<p>{escape(report.debrief)}</p>"
            + render.attempts_html(session)
            + render.own_words_html(session)
            + "".join(render.form_html(f) for f in report.forms)
            + render.parent_html(report)
        )
        self.coaching.value = render.coaching_html(session.coaching())

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
