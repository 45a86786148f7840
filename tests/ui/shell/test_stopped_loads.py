"""A load she no longer waits for stops: a task cancelled while it waits in the queue
never starts, and an interruptible load (one that writes nothing) stops its running
statement at once when cancelled. The areas that give up their loads when she leaves
(Statistik, Datenschutz) stop a load still running then, instead of counting to the end
for a result they would drop."""

from __future__ import annotations

import threading

from ssa_desktop.ui.background import CANCELLED, start_task

# a statement that runs for minutes unless it is interrupted
LONG_QUERY = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
              "WHERE x < 2000000000) SELECT count(*) FROM c")


def long_statement(conn, _progress=None):
    return conn.execute(LONG_QUERY).fetchone()[0]


def _statistik_counting_endlessly(ctx, qtbot, monkeypatch):
    """A Statistik area over the KVJS fixture whose count runs a statement until stopped:
    ``(area, started, count_normally)``; ``started`` is set once the count is running,
    ``count_normally()`` makes later counts ordinary."""
    from ssa_desktop.services import statistics as stats
    from ssa_desktop.ui.statistics.area import StatisticsArea
    from tests.kvjs import fixture

    fixture.build(ctx.conn)
    real, started = stats.report, threading.Event()

    def endless_count(conn, *args, **kwargs):
        started.set()
        long_statement(conn)
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(stats, "report", endless_count)
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    return area, started, lambda: monkeypatch.setattr(stats, "report", real)


def test_a_task_cancelled_while_it_waits_never_runs(qtbot):
    gate, ran, ended = threading.Event(), [], []
    start_task(lambda _c, _p: gate.wait(60), maintenance=True)  # the lane is busy
    queued = start_task(lambda _c, _p: ran.append(1), maintenance=True,
                        on_done=lambda _v: ended.append("done"),
                        on_error=lambda err: ended.append(type(err).__name__))
    queued.progress.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=20000)
    assert ended == ["Cancelled"] and ran == []


def test_cancelling_an_interruptible_load_stops_its_statement(ctx, qtbot):
    started, said = threading.Event(), []

    def load(conn, progress):
        started.set()
        return long_statement(conn)

    progress = ctx.perform(load, background=True, interruptible=True,
                           on_done=lambda v: said.append(("done", v)), on_error=said.append)
    assert started.wait(20)
    progress.cancel()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)  # at once, not after minutes of counting
    assert said == [CANCELLED]
    assert ctx.session.open_workers == 0


def test_leaving_statistik_stops_its_count_and_the_return_counts_again(ctx, qtbot,
                                                                       monkeypatch):
    from datetime import date

    from ssa_desktop.domain import clock
    area, started, count_normally = _statistik_counting_endlessly(ctx, qtbot, monkeypatch)
    with clock.frozen(date(2026, 10, 5)):
        area.show()  # the count starts
        assert started.wait(20)
        area.hide()  # she opens another area
        qtbot.waitUntil(lambda: not area._busy, timeout=20000)  # stopped, not counted out
        assert area.report is None and "Abgebrochen" not in area.status.text()
        assert ctx.session.open_workers == 0
        count_normally()
        area.show()
        qtbot.waitUntil(lambda: area.report is not None, timeout=20000)
    assert area.report.aggregates["efh_contacts"] > 0 and area.form.topLevelItemCount() > 0


def test_leaving_datenschutz_stops_its_load_and_the_return_shows_the_vault(ctx, qtbot,
                                                                            monkeypatch):
    from datetime import date

    from ssa_desktop.domain import clock
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.services import retention
    from ssa_desktop.storage import repositories as repo
    from ssa_desktop.storage.transactions import transaction
    from ssa_desktop.ui.privacy.area import PrivacyArea

    with transaction(ctx.conn):  # pupils who left long ago: one item due each
        for i in range(4):
            repo.PERSONS.insert(ctx.conn, Person(f"P-{i:04d}", school_id="school-1",
                                                 birth_year=2005,
                                                 leaving_date=date(2018, 7, 31)))
    real, started = retention.snapshot, threading.Event()

    def endless_load(conn, progress=None):
        started.set()
        long_statement(conn)
        return real(conn, progress)

    monkeypatch.setattr(retention, "snapshot", endless_load)
    with clock.frozen(date(2026, 9, 1)):
        area = PrivacyArea(ctx)
        qtbot.addWidget(area)
        area.show()
        assert started.wait(20)
        area.hide()
        qtbot.waitUntil(lambda: not area.loading, timeout=20000)
        assert area.assessments == [] and "Abgebrochen" not in area.status.text()
        assert ctx.session.open_workers == 0
        monkeypatch.setattr(retention, "snapshot", real)
        loads = area.loaded
        area.show()
        qtbot.waitUntil(lambda: area.loaded > loads, timeout=20000)
    assert area.due_model.rowCount() >= 4


def test_back_at_once_while_the_stopped_load_ends_loads_again(ctx, qtbot, monkeypatch):
    """She leaves Datenschutz and comes straight back: the stopped load's end does not
    leave the area empty, the load asked for by the return runs."""
    from ssa_desktop.services import retention
    from ssa_desktop.ui.privacy.area import PrivacyArea

    real, started = retention.snapshot, threading.Event()

    def endless_load(conn, progress=None):
        started.set()
        long_statement(conn)
        return real(conn, progress)

    monkeypatch.setattr(retention, "snapshot", endless_load)
    area = PrivacyArea(ctx)
    qtbot.addWidget(area)
    area.show()
    assert started.wait(20)
    monkeypatch.setattr(retention, "snapshot", real)
    loads = area.loaded
    area.hide()
    area.show()  # back before the stopped load has reported
    qtbot.waitUntil(lambda: area.loaded > loads, timeout=20000)
    assert not area.loading and area.values is not None


def test_back_at_once_to_statistik_counts_again(ctx, qtbot, monkeypatch):
    from datetime import date

    from ssa_desktop.domain import clock
    area, started, count_normally = _statistik_counting_endlessly(ctx, qtbot, monkeypatch)
    with clock.frozen(date(2026, 10, 5)):
        area.show()
        assert started.wait(20)
        count_normally()
        area.hide()
        area.show()  # back before the stopped count has reported
        qtbot.waitUntil(lambda: area.report is not None, timeout=20000)
    assert not area._busy and area.form.topLevelItemCount() > 0


def test_a_real_error_after_a_cancel_is_reported_as_itself(qtbot):
    """Only an interruptible load's stopped statement is the cancel: work that goes on
    after she pressed Abbrechen (an export writing its file) and then fails says its
    error, not "Abgebrochen"."""
    started, cancelled, ended = threading.Event(), threading.Event(), []

    def work(_conn, _progress):
        started.set()
        assert cancelled.wait(60)
        raise OSError(28, "No space left on device")

    task = start_task(work, on_done=lambda _v: ended.append("done"), on_error=ended.append)
    assert started.wait(60)
    task.progress.cancel()
    cancelled.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=60000)
    assert isinstance(ended[0], OSError)



def test_an_ended_task_lets_go_of_its_callbacks(qtbot):
    """What a finished task's callback named (a view she has left) is freed with it: Qt
    held the callback and the callback the task, a cycle Python's collector cannot see."""
    import gc
    import weakref

    class View:
        def __init__(self, said: list) -> None:
            self.said = said

        def show(self, value) -> None:
            self.said.append(value)

    said: list = []
    view = View(said)
    start_task(lambda _c, _p: 1, on_done=view.show, on_error=view.show)
    gone = weakref.ref(view)
    del view
    qtbot.waitUntil(lambda: said == [1], timeout=20000)
    gc.collect()
    assert gone() is None
