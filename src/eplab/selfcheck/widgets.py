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
.eplab-sc {border-left: 4px solid #56B4E9; padding: .2em .8em; margin: .4em 0;}
.eplab-sc-goed {color: #005a32;} .eplab-sc-fout {color: #8c2d04;}
.eplab-sc-opt label, .eplab-sc-opt .widget-label-basic {white-space: normal !important;}
</style>"""
WIDE = w.Layout(width="auto", max_width="52em")


def _feedback_html(result: Result) -> str:
    css = "eplab-sc-goed" if result.correct else "eplab-sc-fout"
    mark = "✔" if result.correct else "✘"
    html = f'<p class="{css}"><b>{mark} {escape(result.message)}</b></p>'
    if result.explanation:
        html += f"<p>{escape(result.explanation)}</p>"
    return html


class QuestionView:
    """A question, its answer controls, a check button and the feedback."""

    def __init__(self, question: Question, controls: list[w.Widget]):
        self.question = question
        self.feedback = w.HTML()
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
    """Steps with ↑/↓ buttons: reachable with Tab, moved with Enter."""

    def __init__(self, question: Ordering):
        self.order = list(question.shuffled)
        self.rows = w.VBox()
        super().__init__(question, [self.rows])
        self._draw()

    def _draw(self) -> None:
        rows = []
        for pos, step in enumerate(self.order):
            up = w.Button(description=t.UP, layout=w.Layout(width="2.5em"), disabled=pos == 0,
                          tooltip=f"{step} omhoog")
            down = w.Button(description=t.DOWN, layout=w.Layout(width="2.5em"),
                            disabled=pos == len(self.order) - 1, tooltip=f"{step} omlaag")
            up.on_click(lambda _b, p=pos: self.move(p, -1))
            down.on_click(lambda _b, p=pos: self.move(p, 1))
            label = w.HTML(f"<span>{pos + 1}. {escape(step)}</span>", layout=WIDE)
            rows.append(w.HBox([up, down, label]))
        self.rows.children = rows

    def move(self, position: int, step: int) -> None:
        other = position + step
        if 0 <= other < len(self.order):
            self.order[position], self.order[other] = self.order[other], self.order[position]
            self._draw()

    def answer(self) -> list[str]:
        return list(self.order)

    def arrange(self, order: list[str]) -> None:
        self.order = list(order)
        self._draw()


class ClassificationView(QuestionView):
    def __init__(self, question: Classification):
        options = [(t.CHOOSE, None)] + [(c, c) for c in question.categorieen]
        self.dropdowns = {item: w.Dropdown(options=options, value=None,
                                           layout=w.Layout(width="auto"))
                          for item in question.shown}
        rows = [w.VBox([w.HTML(f"<p>‘{escape(item)}’</p>"), dd])
                for item, dd in self.dropdowns.items()]
        super().__init__(question, rows)

    def answer(self) -> dict[str, str | None]:
        return {item: dd.value for item, dd in self.dropdowns.items()}

    def assign(self, answers: dict[str, str]) -> None:
        for item, category in answers.items():
            self.dropdowns[item].value = category


VIEWS = {MultipleChoice: MultipleChoiceView, MultipleAnswers: MultipleAnswersView,
         Ordering: OrderingView, Classification: ClassificationView}


def view(question: Question) -> QuestionView:
    return VIEWS[type(question)](question)
