"""The guard against what a test leaves running (tests/support/left_running.py, used by
``_gc_on_main_thread`` in tests/conftest.py) sees a thread, a QThread and a repeating timer
started after its snapshot, and not what ended, stopped or lives as long as the
application."""

import threading

import pytest
from PySide6.QtCore import QThread, QTimer

from tests.support import left_running


def test_a_thread_still_running_after_its_grace_is_named(monkeypatch):
    monkeypatch.setattr(left_running, "THREAD_GRACE_S", 0.0)
    before = left_running.snapshot()
    release = threading.Event()

    def wait_for_release():
        release.wait()

    thread = threading.Thread(target=wait_for_release, name="vergessen")
    thread.start()
    try:
        left = left_running.left_running(before)
    finally:
        release.set()
        thread.join()
    assert left == ["thread „vergessen“ (test_a_thread_still_running_after_its_grace_is_"
                    "named.<locals>.wait_for_release)"]
    assert left_running.left_running(before) == []  # joined: nothing left


def test_a_thread_that_ends_within_its_grace_is_not_named():
    before = left_running.snapshot()
    release = threading.Event()
    thread = threading.Thread(target=release.wait, name="endet")
    thread.start()
    release.set()  # ends by itself: the guard joins it within the grace
    assert left_running.left_running(before) == []


def test_a_repeating_timer_is_named_a_single_shot_and_the_applications_are_not(qapp):
    before = left_running.snapshot()
    repeating = QTimer()
    repeating.setObjectName("minute")
    repeating.start(60_000)
    single = QTimer()
    single.setSingleShot(True)
    single.start(60_000)
    of_the_application = QTimer(qapp)
    of_the_application.start(60_000)
    try:
        assert left_running.left_running(before) == [
            "QTimer „minute“ every 60000 ms (without owner)"]
    finally:
        repeating.stop()
        single.stop()
        of_the_application.stop()
        of_the_application.deleteLater()
    assert left_running.left_running(before) == []


def test_a_running_qthread_is_named(qapp, monkeypatch):
    monkeypatch.setattr(left_running, "THREAD_GRACE_S", 0.0)
    before = left_running.snapshot()
    thread = QThread()
    thread.start()  # its own event loop: runs until told to quit
    try:
        assert left_running.left_running(before) == ["QThread (without owner)"]
    finally:
        thread.quit()
        thread.wait()
    assert left_running.left_running(before) == []


@pytest.mark.parametrize("nodeid", ["tests/ui/shell/test_x.py::test_y",
                                    "tests/domain/test_x.py::test_y",
                                    "tests/test_x.py::test_y"])
def test_what_a_test_left_running_fails_it_in_every_folder(nodeid):
    """Every folder of tests/ was swept (each leak fixed where it was made): a new one
    fails its test wherever it is, not a warning that nobody reads."""
    from tests.conftest import _report_left_running

    with pytest.raises(pytest.fail.Exception, match="left running: thread „vergessen“"):
        _report_left_running(nodeid, ["thread „vergessen“ (wait)"])
    _report_left_running(nodeid, [])  # nothing left: nothing happens
