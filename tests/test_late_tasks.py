"""The late-tasks plugin (tests/support/late_tasks.py) keeps what a task does: its result
still reaches the GUI thread, and installing it twice does not stack the delays."""

from __future__ import annotations

from ssa_desktop.ui import background
from tests.support import late_tasks


def test_a_late_task_still_delivers_its_result(qtbot, monkeypatch):
    monkeypatch.setattr(background._Task, "run", background._Task.run)   # undone after
    late_tasks.install(0.01)
    late_tasks.install(0.01)
    assert background._Task.run.on_time.__name__ == "run"   # wraps the original once
    got = []
    background.start_task(lambda _conn, _progress: 42, on_done=got.append)
    qtbot.waitUntil(lambda: got == [42], timeout=60_000)
