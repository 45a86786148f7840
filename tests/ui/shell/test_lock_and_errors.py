"""Lock disposes every dialog (no data stays in memory); escaped exceptions become a
German message and a message-free developer log."""

from __future__ import annotations

import sys

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from ssa_desktop.app import install_excepthook
from ssa_desktop.diagnostics import describe_exception
from ssa_desktop.storage.errors import VaultLocked, WrongEmergencyKey
from ssa_desktop.ui.appointments.dialog import AppointmentDialog
from ssa_desktop.ui.common.messages import GENERIC_ERROR
from tests.conftest import TODAY
from tests.support.main_windows import shown_main_window

from .helpers import contains, widget_texts

pytestmark = pytest.mark.usefixtures("frozen_clock")

MARKER = "Geheimnis-Kim-Sommer-4711"


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return shown_main_window(ctx, qtbot, tmp_path)


def test_lock_deletes_dialogs_parented_to_areas(window, ctx, qtbot, pupil):
    area = window.show_area("appointments")
    dialog = AppointmentDialog(ctx, area, day=TODAY, start="10:00")
    dialog.note.setText(MARKER)
    dialog.show()
    box = QMessageBox(QMessageBox.Question, "Rückfrage", MARKER, QMessageBox.Ok, area)
    box.show()
    loose = QMessageBox(QMessageBox.Information, "Hinweis", MARKER, QMessageBox.Ok)
    loose.show()  # a visible dialog without parent is disposed as well
    qtbot.waitExposed(dialog)
    assert dialog in QApplication.topLevelWidgets()

    window.lock()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(w) for w in (dialog, box, loose)),
                    timeout=60000)
    remaining = [w for w in QApplication.topLevelWidgets() if isinstance(w, AppointmentDialog)]
    assert remaining == []
    for widget in QApplication.topLevelWidgets():
        assert not contains(widget_texts(widget, visible_only=False), MARKER)
    # the unlock dialog is the one dialog that survives (and it appears)
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())


def test_excepthook_shows_german_message_and_logs_type_without_message(qapp, capfd,
                                                                      monkeypatch):
    from ssa_desktop.ui.common import messages

    shown = []
    # the hook's message box (modal exec is replaced: another test's window may have
    # asked the application to quit, which ends nested event loops at once)
    monkeypatch.setattr(messages, "show_error",
                        lambda parent, text, **kw: shown.append(messages._box(
                            parent, QMessageBox.Warning, "Hinweis", text).text()))
    previous = install_excepthook()
    try:
        try:
            raise ValueError(f"Notiz zu {MARKER} konnte nicht gespeichert werden")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        err = capfd.readouterr().err
        assert shown == [GENERIC_ERROR]
        assert "ValueError" in err
        assert "test_lock_and_errors.py" in err  # the frames are there …
        assert MARKER not in err                 # … the message is not

        # a VaultError keeps its German sentence
        try:
            raise WrongEmergencyKey()
        except WrongEmergencyKey:
            sys.excepthook(*sys.exc_info())
        assert shown[-1] == str(WrongEmergencyKey()) and "Notfallschlüssel" in shown[-1]

        # a timer that hits a locked vault: logged, but no message for the user
        shown.clear()
        try:
            raise VaultLocked()
        except VaultLocked:
            sys.excepthook(*sys.exc_info())
        assert shown == []
        assert "VaultLocked" in capfd.readouterr().err
    finally:
        sys.excepthook = previous


def test_describe_exception_follows_the_chain_without_messages():
    try:
        try:
            raise KeyError(MARKER)
        except KeyError as inner:
            raise RuntimeError(MARKER) from inner
    except RuntimeError as outer:
        text = describe_exception(outer)
    assert "builtins.RuntimeError" in text and "builtins.KeyError" in text
    assert MARKER not in text
    assert "in test_describe_exception_follows_the_chain_without_messages" in text


def test_after_unlocking_she_returns_to_the_area_she_was_in(window, ctx, qtbot, open_vault):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.conftest import PASSPHRASE

    window.show_area("groups")
    ctx.lock()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())
    dialog = window.unlock_dialog
    dialog.passphrase.edit.setText(PASSPHRASE)
    QTest.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=10000)
    assert window.current_area_key() == "groups"
    assert window.stack.currentWidget() is window.areas["groups"]
    assert ctx.show_names is False  # names hidden again
    ctx.lock()


def test_the_first_unlock_shows_the_overview(ctx, qtbot, tmp_path, open_vault):
    """Issue 16 item 9: as the handbook says, after start and the first unlock the
    Übersicht shows (a later lock returns to the area she was in, test above)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.conftest import PASSPHRASE

    ctx.lock()
    win = shown_main_window(ctx, qtbot, tmp_path)
    dialog = win.show_unlock_dialog()
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.passphrase.edit.setText(PASSPHRASE)
    QTest.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=10000)
    assert win.current_area_key() == "overview"
