"""A pytest plugin that starts every background task late, as a starved worker thread
does on a busy machine: ``-p tests.support.late_tasks`` with ``SSA_TASK_DELAY`` (seconds,
default 0.5). Each task's thread waits that long before it runs (``ui/background._Task``);
the GUI thread goes on meanwhile. What a step reads before a background result arrived, a
quiet-lane task assumed done (the unlock's page check, the handover sweep) or a wait too
short for it fails at once instead of once in many loaded runs::

    SSA_TASK_DELAY=0.2 python -m pytest -n 0 -p tests.support.late_tasks tests/ui/journey

A diagnosis, never part of the suite: it slows every test that uses the runner."""

from __future__ import annotations

import os
import time

DEFAULT_DELAY_S = 0.5


def delay_s() -> float:
    return float(os.environ.get("SSA_TASK_DELAY", DEFAULT_DELAY_S))


def install(delay: float) -> None:
    """Every ``_Task`` started from now on waits ``delay`` seconds on its own thread."""
    from ssa_desktop.ui import background

    run = getattr(background._Task.run, "on_time", background._Task.run)

    def late(task) -> None:
        time.sleep(delay)
        run(task)

    late.on_time = run  # type: ignore[attr-defined]
    background._Task.run = late  # type: ignore[method-assign]


def pytest_configure(config) -> None:
    install(delay_s())
