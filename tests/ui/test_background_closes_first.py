"""The runner closes a task's connection before the GUI thread gets anything from it.

A result or an error can hold a cursor of the task's connection (an error's traceback
keeps its frames' locals). The GUI thread lets go of it after the callback; closing the
connection on the worker at that moment raced with the cursor's end there, as with a
collection (tests/storage/test_close_beside_a_collection.py). The connection here waits,
while it closes, for the callback: before the change the callback came first."""

from __future__ import annotations

import threading

import pytest
import sqlcipher3

from ssa_desktop.storage.connection import GuardedConnection
from ssa_desktop.ui.background import start_task


def _connection_that_waits_for_the_callback(delivered: threading.Event,
                                            closed: threading.Event):
    class Waiting(GuardedConnection):
        def close(self) -> None:
            delivered.wait(2.0)   # bounded: closed first, the callback never comes meanwhile
            super().close()
            closed.set()

    return lambda: sqlcipher3.connect(":memory:", check_same_thread=False, factory=Waiting)


@pytest.mark.parametrize("fails", [False, True], ids=["result", "error"])
def test_the_callback_sees_the_connection_closed(qtbot, fails):
    delivered, closed = threading.Event(), threading.Event()
    seen: list[bool] = []

    def work(conn, _progress):
        cursor = conn.execute("SELECT 1")
        if fails:
            raise ValueError("kaputt")   # its traceback holds ``cursor``
        return cursor

    def callback(_value) -> None:
        seen.append(closed.is_set())
        delivered.set()

    start_task(work, connect=_connection_that_waits_for_the_callback(delivered, closed),
               on_done=callback, on_error=callback)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen == [True]
