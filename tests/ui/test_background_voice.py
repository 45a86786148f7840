"""A task owns no Qt object; its end and its progress reach the GUI thread as numbers.

A task's last reference can go on its worker thread: the GUI thread lets go of it when
its end arrives, while the worker is still returning from ``run``. A QObject the task
owned (before: its own signal object, made on the GUI thread) was then deleted on the
worker thread while Qt still handled its queued signals on the GUI thread, and test
workers died of heap faults right after a task's hand-over. Now one dispatcher, made on
the GUI thread and never deleted, carries a task's id; the result waits on the task."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread

from ssa_desktop.ui import background


def _owned_qobjects(task: background._Task) -> list[str]:
    return [name for name, value in vars(task).items() if isinstance(value, QObject)]


def test_a_task_owns_no_qt_object(qtbot):
    release = threading.Event()
    done: list[int] = []
    tasks = [background.start_task(lambda _c, _p, n=n: (release.wait(30), n)[1],
                                   on_done=done.append) for n in range(3)]
    try:
        assert [_owned_qobjects(task) for task in tasks] == [[], [], []]
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(done) == 3, timeout=30_000)
    assert sorted(done) == [0, 1, 2]


def test_the_dispatcher_lives_on_the_gui_thread_and_serves_every_task(qtbot):
    seen: list[str] = []

    def work(_conn, progress):
        progress(50, "halb")
        return "fertig"

    background.start_task(work, on_done=seen.append,
                          on_progress=lambda pct, text: seen.append(f"{pct} {text}"))
    qtbot.waitUntil(lambda: "fertig" in seen, timeout=30_000)
    assert seen == ["50 halb", "fertig"]
    voice = background._voice()
    assert voice is background._voice()
    assert voice.thread() is QThread.currentThread()


def test_an_error_reaches_on_error_and_nothing_stays_behind(qtbot):
    errors: list[BaseException] = []

    def work(_conn, _progress):
        raise ValueError("kaputt")

    task = background.start_task(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert [str(err) for err in errors] == ["kaputt"]
    assert task.outcome is None and task.task_id not in background._running
