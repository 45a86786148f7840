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


def test_lock_during_critical_operation_waits_until_it_ends(ctx, qtbot):
    from ssa_desktop.storage.errors import VaultLocked

    locked = []
    ctx.locked.connect(lambda: locked.append(True))
    with ctx.critical(exclusive=True):
        ctx.lock()  # Strg+L / auto-lock while a new key is being written
        assert ctx.is_unlocked and ctx.lock_pending and locked == []
        # the worker owns the session's connection: the GUI thread is kept off it
        try:
            ctx.conn  # noqa: B018
        except VaultLocked:
            pass
        else:
            raise AssertionError("ctx.conn must refuse during an exclusive operation")
        assert ctx.session.data_key  # the key is still there for the worker
    assert locked == [True] and not ctx.is_unlocked and not ctx.lock_pending


def test_nested_critical_operations_lock_after_the_last(ctx):
    ctx.begin_critical()
    ctx.begin_critical()
    ctx.lock()
    ctx.end_critical()
    assert ctx.is_unlocked and ctx.conn is not None  # not exclusive: conn stays usable
    ctx.end_critical()
    assert not ctx.is_unlocked


def test_critical_without_lock_request_leaves_session_open(ctx):
    with ctx.critical():
        pass
    assert ctx.is_unlocked and not ctx.lock_pending
