from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "scenarios" / "mini-schoolhek.yaml"
# mini-schoolhek with own-words nodes, a beslismoment, coaching cards and algemene_items
PRACTICE = FIXTURES / "scenarios" / "mini-oefenen.yaml"


@pytest.fixture
def mini_path() -> Path:
    return MINI
