"""ipywidgets faces of the self-check questions: one box per question with a 'Controleer' button."""

from __future__ import annotations

from html import escape

import ipywidgets as w
from IPython.display import display

from eplab.selfcheck import text as t
from eplab.selfcheck.questions import (
    Classification,
    MultipleAnswers,
    MultipleChoice,
    Ordering,
    Question,
    Result,
)

STYLE = """<style>
.eplab-sc {border-left: 4px solid #56B4E9; padding: .2em .8em; margin: .4em 0; max-width: 100%;}
.eplab-sc-goed {color: #005a32;} .eplab-sc-fout {color: #8c2d04;}
.eplab-sc-opt label, .eplab-sc-opt .widget-label-basic {white-space: normal !important;}
.eplab-sc :is(button, input, select):focus-visible {outline: 3px solid #0b4f8a !important;
  outline-offset: 2px;}
.eplab-sc-indelen.widget-dropdown {flex-wrap: wrap; height: auto !important; width: 100%;
  margin: .3em 0;}
.eplab-sc-indelen.widget-dropdown > label {white-space: normal !important; width: 100% !important;
  max-width: 100%; height: auto !important; line-height: 1.4 !important; text-align: left;
  overflow: visible; margin-bottom: .2em;}
.eplab-sc-indelen.widget-dropdown > select {max-width: 100%; min-height: 2.2em;}
.eplab-sc-stap {width: 2.75em; min-height: 2.2em; background-repeat: no-repeat;
  background-position: center; background-size: 1.1em;}
/* ipywidgets puts a zero-width space in an empty button, which would hide the tooltip as name */
.eplab-sc-stap.widget-button:empty::before {content: none;}
.eplab-sc-hoger {background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M8 1 15 9H10.5V15H5.5V9H1Z' fill='%23222'/%3E%3C/svg%3E");}
.eplab-sc-lager {background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M8 15 15 7H10.5V1H5.5V7H1Z' fill='%23222'/%3E%3C/svg%3E");}
</style>"""
WIDE = w.Layout(width="auto", max_width="52em")
# The feedback sits in a live region, so a screen reader reads the result out.
LIVE = '<div class="eplab-sc-uitslag" role="status" aria-live="polite">{}</div>'


def _feedback_html(result: Result) -> str:
    css = "eplab-sc-goed" if result.correct else "eplab-sc-fout"
    mark = "✔" if result.correct else "✘"
    html = f'<p class="{css}"><b>{mark} {escape(result.message)}</b></p>'
    if result.explanation:
        html += f"<p>{escape(result.explanation)}</p>"
    return LIVE.format(html)


class QuestionView:
    """A question, its answer controls, a check button and the feedback."""

    def __init__(self, question: Question, controls: list[w.Widget]):
        self.question = question
        self.feedback = w.HTML(LIVE.format(""))
        self.button = w.Button(description=t.CHECK, button_style="primary")
        self.button.on_click(lambda _b: self.check())
        self.result: Result | None = None
        prompt = w.HTML(f"{STYLE}<p><b>{escape(question.vraag)}</b></p>")
        self.root = w.VBox([prompt, *controls, self.button, self.feedback])
        self.root.add_class("eplab-sc")
        self._shown = False

    def answer(self):  # overridden
        raise NotImplementedError

    def check(self) -> Result:
        self.result = self.question.check(self.answer())
        self.feedback.value = _feedback_html(self.result)
        return self.result

    def show(self) -> QuestionView:
        display(self.root)
        self._shown = True
        return self

    def _ipython_display_(self) -> None:
        # The helper functions display at once; as a cell's last value, show nothing twice.
        if not self._shown:
            self.show()


class MultipleChoiceView(QuestionView):
    def __init__(self, question: MultipleChoice):
        self.choices = w.RadioButtons(options=[(o, i) for i, o in enumerate(question.opties)],
                                      value=None, layout=WIDE)
        self.choices.add_class("eplab-sc-opt")
        super().__init__(question, [self.choices])

    def answer(self) -> int | None:
        return self.choices.value

    def select(self, index: int) -> None:
        self.choices.value = index


class MultipleAnswersView(QuestionView):
    def __init__(self, question: MultipleAnswers):
        self.boxes = [w.Checkbox(description=o, value=False, indent=False, layout=WIDE)
                      for o in question.opties]
        for box in self.boxes:
            box.add_class("eplab-sc-opt")
        super().__init__(question, self.boxes)

    def answer(self) -> set[int]:
        return {i for i, box in enumerate(self.boxes) if box.value}

    def select(self, indices) -> None:
        for i, box in enumerate(self.boxes):
            box.value = i in set(indices)


class OrderingView(QuestionView):
    """Steps with buttons that move a step one place up or down: reachable with Tab, moved with
    Enter. The buttons stay and are relabelled, so the keyboard focus follows the moved step."""

    def __init__(self, question: Ordering):
        self.order = list(question.shuffled)
        self.labels = [w.HTML(layout=WIDE) for _ in self.order]
        self.ups = [self._button("eplab-sc-hoger", pos, -1) for pos in range(len(self.order))]
        self.downs = [self._button("eplab-sc-lager", pos, 1) for pos in range(len(self.order))]
        self.rows = w.VBox([w.HBox([up, down, label])
                            for up, down, label in zip(self.ups, self.downs, self.labels, strict=True)])
        super().__init__(question, [self.rows])
        self._draw()

    def _button(self, css: str, position: int, step: int) -> w.Button:
        button = w.Button(description="", layout=w.Layout(width="2.75em"))
        button.add_class("eplab-sc-stap")
        button.add_class(css)
        button.on_click(lambda _b: self.move(position, step))
        return button

    def _draw(self) -> None:
        last = len(self.order) - 1
        for pos, step in enumerate(self.order):
            self.labels[pos].value = f"<span>{escape(t.STEP.format(n=pos + 1, step=step))}</span>"
            # the tooltip is the button's name; its arrow is a CSS background, which has none
            self.ups[pos].tooltip = t.UP.format(step=step)
            self.downs[pos].tooltip = t.DOWN.format(step=step)
            self.ups[pos].disabled = pos == 0
            self.downs[pos].disabled = pos == last

    def move(self, position: int, step: int) -> None:
        other = position + step
        if 0 <= other < len(self.order):
            self.order[position], self.order[other] = self.order[other], self.order[position]
            self._draw()
            # the focus stays with the moved step: on the same arrow, or the other at an end
            ahead, back = (self.ups, self.downs) if step < 0 else (self.downs, self.ups)
            (back[other] if ahead[other].disabled else ahead[other]).focus()

    def answer(self) -> list[str]:
        return list(self.order)

    def arrange(self, order: list[str]) -> None:
        self.order = list(order)
        self._draw()


class ClassificationView(QuestionView):
    """One dropdown per sentence; the sentence is the dropdown's label (shown once, above it)."""

    def __init__(self, question: Classification):
        options = [(t.CHOOSE, "")] + [(c, c) for c in question.categorieen]
        self.dropdowns = {item: w.Dropdown(options=options, value="", description=item,
                                           style={"description_width": "initial"},
                                           layout=w.Layout(width="100%"))
                          for item in question.shown}
        for dropdown in self.dropdowns.values():
            dropdown.add_class("eplab-sc-indelen")
        super().__init__(question, list(self.dropdowns.values()))

    def answer(self) -> dict[str, str | None]:
        return {item: dd.value or None for item, dd in self.dropdowns.items()}

    def assign(self, answers: dict[str, str]) -> None:
        for item, category in answers.items():
            self.dropdowns[item].value = category


VIEWS = {MultipleChoice: MultipleChoiceView, MultipleAnswers: MultipleAnswersView,
         Ordering: OrderingView, Classification: ClassificationView}


def view(question: Question) -> QuestionView:
    return VIEWS[type(question)](question)
