"""Issue 65: the serial letter's preview with her kept template is made off the GUI
thread, always of her latest choices.

Before, each member she moved to (and each change of the letter) filled her template in
the letter child on the GUI thread: 25–55 ms a member. The child's round trips are
counted, with the thread that asked, and held (``asked``: ``letter_child.before_request``);
no sleeps, no timing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ssa_desktop.ui import background
from tests.ui.letters.test_serial_dialog import (  # noqa: F401 (fixtures)
    _key,
    group,
    shown,
    with_kept_word_template,
)


@pytest.fixture
def serial(qtbot, ctx, group, asked, frozen_clock):  # noqa: F811 (the fixture imported above)
    """The serial letter of two members with her Word template kept in the vault chosen
    by keys (Vor&lage, arrow), its first preview shown."""
    dialog = with_kept_word_template(qtbot, ctx, group)
    _settled(qtbot, dialog)
    return dialog


def _settled(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: "2 Briefe" in dialog.problem.text() and not background._running,
                    timeout=60_000)


def test_moving_between_members_fills_her_template_off_the_gui_thread(serial, asked, qtbot):
    asked.count, asked.threads = 0, []
    serial.members.setFocus()
    _key(serial, Qt.Key.Key_Down)                       # the next member's letter
    assert serial.members.currentRow() == 1
    _settled(qtbot, serial)
    _key(serial, Qt.Key.Key_Up)
    _settled(qtbot, serial)
    assert asked.count >= 2 and asked.on_gui_thread() == 0   # before: both on the GUI thread
    assert serial.save_button.isEnabled() and not serial.print_button.isEnabled()


def test_a_late_answer_for_another_member_is_dropped(serial, asked, qtbot):
    shown_texts: list[str] = []
    serial.preview_shown.connect(lambda: shown_texts.append(serial.problem.text()))
    asked.count, asked.holding = 0, True
    serial.members.setFocus()
    _key(serial, Qt.Key.Key_Down)                       # its preview starts, held
    qtbot.waitUntil(asked.waiting.is_set, timeout=60_000)
    _key(serial, Qt.Key.Key_Space)                      # she unticks that member meanwhile
    asked.release()
    _ended_and_asked_again = lambda: not background._running and not serial.latest.busy  # noqa: E731
    qtbot.waitUntil(lambda: _ended_and_asked_again() and not serial.latest.pending,
                    timeout=60_000)
    assert asked.count == 2                              # the held one, then the latest
    assert shown_texts == ["1 Brief – die Vorschau zeigt den des gewählten Mitglieds."]


def test_closing_while_her_preview_runs_leaves_no_child_or_task(serial, asked, qtbot):
    asked.holding = True
    serial.members.setFocus()
    _key(serial, Qt.Key.Key_Down)
    qtbot.waitUntil(asked.waiting.is_set, timeout=60_000)
    serial.reject()
    shown_after: list[str] = []   # (its text would be the same „2 Briefe …“ as before)
    serial.preview_shown.connect(lambda: shown_after.append(serial.problem.text()))
    asked.release()
    qtbot.waitUntil(lambda: not background._running, timeout=60_000)
    assert serial.letter_child.pid is None
    assert shown_after == []                             # the dropped answer showed nothing


def test_typing_the_salutation_previews_once_she_pauses(serial, asked, qtbot):
    from PySide6.QtTest import QTest

    serial.latest.timer.setInterval(3_600_000)          # runs out only when the test says so
    asked.count = 0
    QTest.keyClicks(serial.salutation, " liebe Eltern")
    assert asked.count == 0 and serial.latest.timer.isActive()   # before: 13 letters made
    serial.latest.timer.stop()
    with qtbot.waitSignal(serial.preview_shown, timeout=60_000):
        serial.latest.timer.timeout.emit()
    assert asked.count == 1 and "2 Briefe" in serial.problem.text()


def test_a_late_preview_keeps_what_her_keeping_said(serial, asked, qtbot, monkeypatch):
    """She moves to the next member and keeps the letters in the vault at once: what was
    kept stays on the line when the held preview of that member answers after the keep
    (before, the late answer put „2 Briefe – die Vorschau …“ over „… abgelegt“)."""
    from PySide6.QtTest import QTest

    from ssa_desktop.services import letter_child

    monkeypatch.setattr(letter_child, "before_request", None)   # the keep's child: not held
    asked.holding = True
    serial.members.setFocus()
    _key(serial, Qt.Key.Key_Down)                       # its preview starts, held
    qtbot.waitUntil(asked.waiting.is_set, timeout=60_000)
    assert serial.keep_button.isEnabled()
    QTest.mouseClick(serial.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not serial.saving, timeout=60_000)
    kept = "2 Briefe als Dokumente ihrer Personen abgelegt."
    assert serial.problem.text() == kept
    asked.release()
    qtbot.waitUntil(lambda: not background._running and not serial.latest.busy,
                    timeout=60_000)
    assert not serial.latest.pending                    # the preview is of that member
    assert serial.problem.text() == kept, "the late preview wiped what she just kept"
    # the same letters are kept once (session 20): „Im Tresor ablegen“ is off until she
    # changes a choice; moving to another member changes none
    assert serial.save_button.isEnabled() and not serial.keep_button.isEnabled()


def test_closing_before_her_preview_began_starts_no_child(serial, qtbot):
    """Every worker busy: her preview's task waits in the queue; she closes the dialog
    (its child ends); when the task's turn comes it starts no new child (before, it
    started one to fill the letter and nothing ended it: a process left running)."""
    from tests.ui.shell.test_area_places import every_worker_busy

    shown_after: list[str] = []
    with every_worker_busy():
        serial.members.setFocus()
        _key(serial, Qt.Key.Key_Down)                   # its preview waits in the queue
        assert serial.latest.busy
        serial.reject()
        assert serial.letter_child.pid is None
        serial.preview_shown.connect(lambda: shown_after.append(serial.problem.text()))
    qtbot.waitUntil(lambda: not background._running, timeout=60_000)
    assert serial.letter_child.pid is None, "a letter child was started after closing"
    assert shown_after == []
