"""The role-play core: scenario model, validator, conversation engine and event log.

Pure Python; no widget, pandas or matplotlib import. Faces (widgets, CLI, grading) build on it.
"""

from eplab.roleplay.engine import Session
from eplab.roleplay.loader import ScenarioError, list_scenarios, load_scenario

__all__ = ["Session", "ScenarioError", "list_scenarios", "load_scenario"]
