"""`eplab klas demo`: a fictitious class (fictief) to try the class report before real use.

Each fictitious student has a skill between 0 and 1; at each turn they choose among the open
options with a preference for options the scenario marks as stronger (their rubric dimensions and
the parent's experience), so the class shows realistic variation: most choose well at easy
moments and split at hard ones. Times per turn are drawn around 25 seconds; about a third of the
students whose ending was not positive try again from the decisive moment; some stop halfway.
Own words come from a small list of fictitious sentences. Everything is made with a fixed seed.
"""

from __future__ import annotations

import json
import math
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from eplab.classreport.build import DEMO_MARKER, library
from eplab.roleplay.engine import Session, shown_order
from eplab.roleplay.log import SUFFIX

WORDS = [
    "Fijn dat u er bent. Wat wilt u vandaag graag bespreken?",
    "Ik hoor dat u zich zorgen maakt. Vertelt u eens wat u thuis ziet?",
    "Dank u wel voor uw tijd. Zullen we eerst kijken wat goed gaat?",
    "Ik wil graag met u meedenken. Wat heeft u nodig van mij?",
    "Klopt het dat u vooral bang bent dat hij achterop raakt?",
    "Zullen we afspreken dat we over twee weken kijken hoe het gaat?",
    "Ik snap dat dit nieuws u raakt. Neemt u gerust even de tijd.",
    "Wat ziet u thuis als het goed gaat met haar?",
    "Ik leg eerst kort uit hoe het gesprek gaat, goed?",
    "Dat klinkt lastig. Wat heeft u al geprobeerd?",
    "We willen allebei dat het goed gaat met uw kind.",
    "Ik weet het nog niet precies, maar ik zoek het voor u uit.",
]
FICTIEF_NOTE = ("Deze map is gemaakt door ‘eplab klas demo’. De studenten en alles wat ze deden zijn "
                "fictief (met toeval gemaakt); er staan geen echte personen in.\n")


def _quality(option) -> float:
    return sum(option.dimensions.values()) + sum(option.experience.values())


def _play(scenario, student: str, skill: float, rng: random.Random, clock: datetime) -> list[dict]:
    events = [{"event": "start", "time": clock.isoformat(timespec="seconds"),
               "scenario": scenario.id, "student": student}]
    session = Session(scenario, record=False)
    attempt, beta = 1, 0.4 + 2.6 * skill
    stop_early = rng.random() < 0.06

    def turn(when: datetime) -> datetime:
        return when + timedelta(seconds=max(4.0, rng.lognormvariate(math.log(22 + 20 * (1 - skill)), 0.5)))

    def play_on(when: datetime) -> datetime:
        while not session.finished:
            if stop_early and session.turn >= 3 and attempt == 1:
                return when
            node, open_options = session.node, session.options()
            if node.own_words:
                when = turn(when)
                events.append({"event": "eigen_woorden", "time": when.isoformat(timespec="seconds"),
                               "node": node.id, "tekst": rng.choice(WORDS) if rng.random() < 0.9 else "",
                               "poging": attempt})
            weights = [math.exp(beta * _quality(o)) for _i, o in open_options]
            index = rng.choices([i for i, _o in open_options], weights=weights)[0]
            when = turn(when)
            session.choose(index)
            events.append({"event": "choose", "time": when.isoformat(timespec="seconds"),
                           "node": node.id, "option": index, "turn": session.turn, "poging": attempt,
                           "getoond": shown_order(student, scenario.id, attempt, node.id,
                                                  [i for i, _o in open_options])})
        events.append({"event": "end", "time": when.isoformat(timespec="seconds"),
                       "ending": session.node.id, "poging": attempt})
        return when

    when = play_on(clock)
    if session.finished and session.node.ending.rating != "positief" and rng.random() < 0.35:
        decisive = scenario.decisive or scenario.start
        nodes = [step.node for step in session.steps]
        keep = nodes.index(decisive) if decisive in nodes else 0
        attempt += 1
        when += timedelta(seconds=rng.randint(20, 120))
        events.append({"event": "opnieuw", "time": when.isoformat(timespec="seconds"),
                       "vanaf": decisive, "poging": attempt})
        session.steps = session.steps[:keep]
        beta += 1.0
        play_on(when)
    return events


def make_demo(folder: Path, students: int = 120, seed: int = 2026) -> int:
    """Write a fictitious class into `folder`; return the number of log files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DEMO_MARKER).write_text(FICTIEF_NOTE, "utf-8")
    rng = random.Random(seed)
    scenarios = list(library().values())
    start = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    count = 0
    for number in range(1, students + 1):
        student = f"fictief-{number:03d}"
        skill = rng.betavariate(2.2, 1.8)
        own = folder / student
        own.mkdir(exist_ok=True)
        for scenario in scenarios:
            if rng.random() < 0.04:  # not every student plays every scenario
                continue
            clock = start + timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 600))
            events = _play(scenario, student, skill, rng, clock)
            path = own / f"{scenario.id}{SUFFIX}"
            path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), "utf-8")
            count += 1
    return count
