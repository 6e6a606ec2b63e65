"""The role-play core: scenario model, validator, conversation engine and event log.

Pure Python; no widget, pandas or matplotlib import. Faces (widgets, CLI, grading) build on it.

The names below load on first use (PEP 562): pydantic and yaml take most of the 150 ms an import
would cost, and a notebook or command that only needs `eplab.roleplay.text` should not pay it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eplab.roleplay.engine import Session
    from eplab.roleplay.loader import ScenarioError, list_scenarios, load_scenario

_WHERE = {
    "Session": "eplab.roleplay.engine",
    "ScenarioError": "eplab.roleplay.loader",
    "list_scenarios": "eplab.roleplay.loader",
    "load_scenario": "eplab.roleplay.loader",
}

__all__ = ["Session", "ScenarioError", "list_scenarios", "load_scenario"]


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'eplab.roleplay' has no attribute {name!r}")
