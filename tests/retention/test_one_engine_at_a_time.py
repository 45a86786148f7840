"""The retention engine runs once at a time in the process: the unlock's deletion check
(on the quiet lane) and the Datenschutz snapshot (global pool) each build every record's
assessment (4 MB of Python objects on ten years); side by side they doubled that in the
GUI's peak. The second waits for the first."""

from __future__ import annotations

import threading
from datetime import date

from ssa_desktop.services import retention as svc


class _Engine:
    def __init__(self, log, a_inside, go):
        self.log, self.a_inside, self.go = log, a_inside, go

    def evaluate(self, _facts, _today):
        name = threading.current_thread().name
        self.log.append(f"{name} in")
        if name == "A":
            self.a_inside.set()
            self.go.wait(30)  # B has started meanwhile and must not be inside
        self.log.append(f"{name} out")
        return []


def test_a_second_engine_run_waits_for_the_first(monkeypatch):
    log: list[str] = []
    a_inside, b_started, go = threading.Event(), threading.Event(), threading.Event()
    monkeypatch.setattr(svc, "engine", lambda _conn: _Engine(log, a_inside, go))
    monkeypatch.setattr(svc.rrepo, "facts", lambda _conn: [])
    monkeypatch.setattr(svc.dormancy, "review", lambda _conn, found, _today: found)

    def b():
        b_started.set()
        svc.assess(None, date(2026, 9, 1))

    first = threading.Thread(target=svc.assess, args=(None, date(2026, 9, 1)), name="A")
    second = threading.Thread(target=b, name="B")
    first.start()
    assert a_inside.wait(30)
    second.start()
    assert b_started.wait(30)
    go.set()
    first.join(30)
    second.join(30)
    assert log == ["A in", "A out", "B in", "B out"]


def test_the_check_and_the_snapshot_run_the_engine_under_the_one_lock(conn, monkeypatch):
    """Both read the facts page by page (``assess`` reads them at once, under the lock
    too: the first test)."""
    held: list[bool] = []
    real, real_pages = svc.rrepo.facts, svc.rrepo.facts_pages
    monkeypatch.setattr(svc.rrepo, "facts",
                        lambda c: held.append(svc.ENGINE_LOCK.locked()) or real(c))
    monkeypatch.setattr(svc.rrepo, "facts_pages",
                        lambda c, size: held.append(svc.ENGINE_LOCK.locked())
                        or real_pages(c, size))
    svc.count_due(conn)
    svc.snapshot(conn)
    assert held == [True, True]
    assert not svc.ENGINE_LOCK.locked()
