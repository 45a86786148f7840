"""AppContext: background work on its own connection, change notifications, lock."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ssa_desktop.domain.entities import Person
from ssa_desktop.services import persons
from ssa_desktop.services.operations import Changes, DataKind, writes
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.common.area import Area


class _CountingArea(Area):
    watches = (DataKind.PERSONS,)

    def __init__(self, ctx):
        super().__init__(ctx)
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)
        self.refreshes = 0

    def refresh(self):
        self.refreshes += 1
        rows = persons.list_persons(self.ctx.conn, persons.PersonFilter())
        self.label.setText(", ".join(r.pseudonym for r in rows))

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
    ctx.run(work, on_done=results.append, on_progress=lambda p, t: progress.append((p, t)))
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert results == [1]
    assert progress == [(50, "halb")]
    assert seen["thread"] is not threading.main_thread()
    assert seen["same_conn"] is False


def test_run_reports_failures_in_german_without_traceback_to_the_user(ctx, qtbot):
    def work(conn, progress):
        raise RuntimeError("intern")

    errors = []
    with qtbot.waitSignal(ctx.status_message, timeout=60000):
        ctx.run(work, on_error=None)
    task = ctx.run(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=60000)
    # no type name, no message text of the exception
    assert errors == ["Die Aktion ist fehlgeschlagen. Es wurde nichts halb gespeichert."]
    assert task.progress.cancelled is False


def test_perform_in_background_broadcasts_the_declared_changes(ctx, qtbot):
    @writes(DataKind.STATISTICS)
    def op(conn, progress):
        progress(10, "los")
        assert conn is not ctx.session.conn
        return conn.execute("SELECT count(*) FROM school").fetchone()[0]

    values = []
    with qtbot.waitSignal(ctx.changes, timeout=60000) as changed:
        ctx.perform(op, background=True, on_done=values.append)
    assert changed.args == [Changes.of(DataKind.STATISTICS)]
    assert values == [1]


def test_perform_in_background_can_be_cancelled(ctx, qtbot):
    import threading

    started, go = threading.Event(), threading.Event()

    def op(conn, progress):
        started.set()
        go.wait(5)
        progress(50)  # raises Cancelled: the user stopped it
        raise AssertionError("not reached")

    errors = []
    progress = ctx.perform(op, background=True, on_error=errors.append)
    assert started.wait(5)
    progress.cancel()
    go.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=60000)
    assert errors == ["Abgebrochen. Es wurde nichts halb gespeichert."]


def test_apply_broadcasts_what_the_use_case_declared(ctx, qtbot):
    seen = []
    ctx.changes.connect(seen.append)
    person = ctx.apply(persons.save_person, Person("K-99", school_id="school-1"))
    assert repo.PERSONS.get(ctx.conn, person.id).pseudonym == "K-99"
    assert seen == [Changes.of(DataKind.PERSONS)]
    with pytest.raises(persons.PersonError):
        ctx.apply(persons.save_person, Person("K-99", school_id="school-1"))  # taken
    assert seen == [Changes.of(DataKind.PERSONS)]  # a refused write tells nobody


def test_area_refreshes_on_watched_changes_and_clears_on_lock(ctx, qtbot, pupil):
    area = _CountingArea(ctx)
    qtbot.addWidget(area)
    area.show()
    assert area.refreshes == 1 and "K-17" in area.label.text()
    ctx.broadcast(Changes.of(DataKind.APPOINTMENTS, DataKind.STATISTICS))
    assert area.refreshes == 1  # not watched
    ctx.broadcast(Changes.of(DataKind.APPOINTMENTS, DataKind.PERSONS))
    assert area.refreshes == 2
    with qtbot.waitSignal(ctx.locked):
        ctx.lock()
    assert area.label.text() == ""
    assert not ctx.is_unlocked
    ctx.broadcast(Changes.of(DataKind.PERSONS))  # no refresh while locked
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


def test_a_use_cases_notices_reach_the_status_line_through_the_runner(ctx):
    from ssa_desktop.services.operations import DataKind, notify, writes

    @writes(DataKind.NOTES)
    def use_case(conn):
        notify("Achtung: Das Schuljahr ist schon abgegeben.")
        return 1

    seen, changes = [], []
    ctx.status_message.connect(seen.append)
    ctx.changes.connect(changes.append)
    assert ctx.apply(use_case) == 1
    assert seen == ["Achtung: Das Schuljahr ist schon abgegeben."]
    assert changes[-1].touches(DataKind.NOTES)
    changes.clear()
    ctx.perform(lambda conn, _progress: use_case(conn))   # wrapped: nothing is lost
    assert seen == ["Achtung: Das Schuljahr ist schon abgegeben."] * 2
    assert len(changes) == 1 and changes[0].touches(DataKind.NOTES)
