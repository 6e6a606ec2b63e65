from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "scenarios" / "mini-schoolhek.yaml"


@pytest.fixture
def mini_path() -> Path:
    return MINI
