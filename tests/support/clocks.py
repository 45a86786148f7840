"""The application's one clock stood at a module's own day for each of its tests."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock


def clock_stands_at(day: date):
    """An autouse fixture (assign it to a name in the module or ``conftest.py``): the one
    clock stands at ``day`` for each test there."""
    @pytest.fixture(autouse=True)
    def _clock_on_today():
        with clock.frozen(day):
            yield
    return _clock_on_today
