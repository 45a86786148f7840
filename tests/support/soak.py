"""The soak run's time budget (``-m soak``, .ci/run).

``SSA_SOAK_SECONDS`` bounds every test marked ``soak``, wherever it lies: once that many
seconds have passed since the first soak test of the process began, the remaining ones
are skipped at their setup (the budget only stops the repeating; no test asserts time)."""

from __future__ import annotations

import os
import time

import pytest

BUDGET = "SSA_SOAK_SECONDS"
_started: list[float] = []


def skip_when_spent(item: pytest.Item) -> None:
    """Skip ``item`` if it is a soak test and the budget is spent."""
    if item.get_closest_marker("soak") is None or not os.environ.get(BUDGET):
        return
    now = time.monotonic()
    if not _started:
        _started.append(now)
    if now - _started[0] >= float(os.environ[BUDGET]):
        pytest.skip(f"soak budget of {os.environ[BUDGET]} s spent")
