"""AppContext: background work on its own connection, change notifications, lock."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.common.area import Area


class _CountingArea(Area):
    watches = ("person",)

    def __init__(self, ctx):
        super().__init__(ctx)
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)
        self.refreshes = 0

    def refresh(self):
        self.refreshes += 1
        self.label.setText(", ".join(r.pseudonym for r in repo.person_rows(self.ctx.conn)))

    def clear(self):
        self.label.clear()


def test_run_executes_off_the_gui_thread_on_its_own_connection(ctx, qtbot):
    seen = {}

    def work(conn, progress):
        progress(50, "halb")
        seen["thread"] = threading.current_thread()
        seen["same_conn"] = conn is ctx.conn
        return conn.execute("SELECT count(*) FROM school").fetchone()[0]

    results, progress = [], []
    with qtbot.waitSignal(ctx.changed, timeout=5000) as changed:
        ctx.run(work, on_done=results.append, on_progress=lambda p, t: progress.append((p, t)),
                notify="school")
    assert results == [1]
    assert changed.args == ["school"]
    assert progress == [(50, "halb")]
    assert seen["thread"] is not threading.main_thread()
    assert seen["same_conn"] is False


def test_run_reports_failures_in_german_without_traceback_to_the_user(ctx, qtbot):
    def work(conn, progress):
        raise RuntimeError("intern")

    errors = []
    with qtbot.waitSignal(ctx.status_message, timeout=5000):
        ctx.run(work, on_error=None)
    ctx.status_message.connect(errors.append)
    task = ctx.run(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "fehlgeschlagen" in errors[0]
    assert "RuntimeError" not in errors[0] and "intern" not in errors[0]
    assert task is not None


def test_area_refreshes_on_watched_changes_and_clears_on_lock(ctx, qtbot, pupil):
    area = _CountingArea(ctx)
    qtbot.addWidget(area)
    area.show()
    assert area.refreshes == 1 and "K-17" in area.label.text()
    ctx.notify("appointment")
    assert area.refreshes == 1  # not watched
    ctx.notify("person")
    assert area.refreshes == 2
    with qtbot.waitSignal(ctx.locked):
        ctx.lock()
    assert area.label.text() == ""
    assert not ctx.is_unlocked
    ctx.notify("person")  # no refresh while locked
    assert area.refreshes == 2
