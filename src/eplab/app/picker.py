"""A page that lists the role-plays by study year and conversation type and plays one."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

import ipywidgets as w
from IPython.display import display

from eplab import render
from eplab.app import text as t
from eplab.roleplay.engine import Session
from eplab.roleplay.loader import ScenarioError, load_scenario, scenario_paths
from eplab.widgets.roleplay import RolePlayView

LOG_DIR_ENV = "EPLAB_OEFENEN_MAP"
# a folder of extra scenario files shown beside eplab's own (an author trying a new one)
EXTRA_ENV = "EPLAB_OEFENEN_SCENARIOS"


def log_dir() -> Path:
    """Where the app keeps the conversations: set by `eplab oefenen --map`, else ~/eplab-oefenen."""
    folder = Path(os.environ.get(LOG_DIR_ENV) or Path.home() / "eplab-oefenen")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def readable_scenarios() -> tuple[list, list[str]]:
    """The scenarios that load, sorted by year; a Dutch message for each file that does not."""
    found, broken = [], []
    extra = os.environ.get(EXTRA_ENV)
    extra_paths = sorted(Path(extra).glob("*.yaml")) if extra else []
    for path in [*scenario_paths(), *extra_paths]:
        try:
            found.append(load_scenario(path, check=False))
        except ScenarioError as error:
            broken.append(t.BROKEN.format(error=error))
    return sorted(found, key=lambda s: (s.year, s.id)), broken


class Picker:
    def __init__(self, folder: Path):
        self.folder = folder
        self.scenarios, self.broken = readable_scenarios()
        types = sorted({s.conversation_type for s in self.scenarios})
        self.type_filter = w.Dropdown(options=[t.ALL_TYPES, *types], description=t.FILTER_TYPE,
                                      style={"description_width": "initial"})
        self.type_filter.observe(lambda _c: self.show_list(), names="value")
        self.listing = w.VBox()
        self.player = w.VBox()
        self.back = w.Button(description=t.BACK_TO_LIST)
        self.back.add_class("eplab-terug")
        self.back.on_click(lambda _b: self.back_to_list())
        # the page's h1 is the title (the app's Voilà template); the years are its sections
        intro = w.HTML(render.STYLE + f"<p>{escape(t.INTRO.format(folder=folder))}</p>")
        self.root = w.VBox([intro, self.type_filter, self.listing, self.player],
                           layout=w.Layout(max_width="60em"))
        self.view: RolePlayView | None = None
        self.cards: dict[str, w.Button] = {}
        self.show_list()

    def _card(self, scenario) -> w.Widget:
        button = w.Button(description=f"{t.PLAY}: {scenario.title}", layout=w.Layout(width="auto"))
        button.add_class("eplab-speel")
        button.on_click(lambda _b, sid=scenario.id: self.play(sid))
        self.cards[scenario.id] = button
        about = w.HTML(f"<p class='eplab-note'>{escape(scenario.conversation_type)} · "
                       f"{escape(scenario.summary)}</p>")
        return w.VBox([button, about])

    def show_list(self) -> None:
        chosen = self.type_filter.value
        shown = [s for s in self.scenarios if chosen in (t.ALL_TYPES, s.conversation_type)]
        children: list[w.Widget] = []
        for year in sorted({s.year for s in shown}):
            children.append(w.HTML(f"<h2>{t.YEAR.format(year=year)}</h2>"))
            children += [self._card(s) for s in shown if s.year == year]
        children += [w.HTML(f"<p class='eplab-note'>{escape(b)}</p>") for b in self.broken]
        self.listing.children = children or [w.HTML(f"<p>{t.NONE_FOUND}</p>")]
        self.listing.layout.display = None
        self.type_filter.layout.display = None
        self.player.children = []

    def back_to_list(self) -> None:
        """The list again, with the keyboard focus on the conversation just played."""
        played = self.view.session.scenario.id if self.view else None
        self.show_list()
        if played in self.cards:
            self.cards[played].focus()

    def play(self, scenario_id: str) -> None:
        try:
            known = {s.id: s for s in self.scenarios}
            self.view = RolePlayView(Session(known.get(scenario_id) or scenario_id,
                                             log_dir=self.folder))
            body = self.view.root
        except ScenarioError as error:
            self.view = None
            body = w.HTML(f"<p><b>{escape(t.BROKEN.format(error=error))}</b></p>")
        self.listing.layout.display = "none"
        self.type_filter.layout.display = "none"
        self.player.children = [self.back, body]
        if self.view is not None:
            self.view.focus_first()  # focus moves into the conversation, not back to the page


def toon() -> Picker:
    """Show the app (the Voilà notebook calls this)."""
    picker = Picker(log_dir())
    display(picker.root)
    return picker
