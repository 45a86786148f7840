"""Issue 31 item 3, with real key events: Enter in a read-only cell never commits (only
the button does, per school); the summary accounts for every pupil; opened by itself
after the unlock the assistant is the active window and has the focus."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import activities as act
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.school_year.dialog import LABEL_COLUMN, SchoolYearDialog

TODAY = date(2026, 8, 3)
CREATED = "2026-03-01 10:00:00"
GRADE_COLUMN = 2


def _pupils(conn):
    """A-1 (7b, advances), B-2 (10a, leaves), N-5 (no grade, no class: kept)."""
    made = {}
    for pseudo, grade, label in (("A-1", 7, "7b"), ("B-2", 10, "10a"), ("N-5", None, "")):
        made[pseudo] = repo.PERSONS.insert(conn, Person(
            pseudo, grade=grade, class_label=label, school_id="school-1", created=CREATED))
        act.record_contact(conn, Contact(date(2026, 3, 2), "EB", 30, school_id="school-1",
                                         person_id=made[pseudo].id))
    return made


@pytest.fixture
def dialog(ctx, qtbot):
    _pupils(ctx.conn)
    with clock.frozen(TODAY):
        dlg = SchoolYearDialog(ctx, today=TODAY)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        yield dlg


@pytest.mark.parametrize("column", [0, GRADE_COLUMN, 4])
def test_enter_in_a_read_only_cell_commits_nothing(dialog, ctx, column):
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, column))
    for key in (Qt.Key_Return, Qt.Key_Enter):
        QTest.keyClick(table, key)
    QApplication.processEvents()
    assert dialog.isVisible()
    assert [p.school_id for p in svc.pending(ctx.conn)] == ["school-1"]
    assert {p.pseudonym: p.grade for p in repo.PERSONS.all(ctx.conn)}["A-1"] == 7
    assert dialog.message.text() == ""


def test_enter_after_editing_a_label_commits_nothing(dialog, ctx, qtbot):
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, LABEL_COLUMN))
    QTest.keyClick(table, Qt.Key_F2)
    editor = table.focusWidget()
    QTest.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(editor, "8d")
    QTest.keyClick(editor, Qt.Key_Return)
    QTest.keyClick(table, Qt.Key_Return)
    QApplication.processEvents()
    assert dialog.model.index(0, LABEL_COLUMN).data() == "8d"
    assert [p.school_id for p in svc.pending(ctx.conn)] == ["school-1"]


SUMMARY = ("Gemeinschaftsschule Am Park: 3 Schüler:innen – 1 vorgerückt, 1 ohne "
           "Klassenstufe (unverändert), 1 abgegangen, 0 Schule gewechselt, 0 nicht bekannt.")


def test_the_summary_counts_every_pupil(dialog, ctx, qtbot):
    QTest.keyClick(dialog, Qt.Key_B, Qt.AltModifier)          # the button, Ü&bernehmen
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.message.text() == SUMMARY
    assert dialog.last_summary.total == 3


def test_after_the_last_school_she_reads_what_was_applied(dialog, ctx, qtbot):
    """The assistant closes after the last school: what it did stays on screen until she
    has read it (it was written into the closing window, unseen by a worker with one
    school)."""
    QTest.keyClick(dialog, Qt.Key_B, Qt.AltModifier)
    qtbot.waitUntil(lambda: dialog.result_box is not None
                    and dialog.result_box.isVisible(), timeout=10000)
    box = dialog.result_box
    assert box.windowTitle() == "Schuljahreswechsel übernommen"
    assert box.text() == SUMMARY
    QTest.keyClick(box, Qt.Key_Return)
    assert not box.isVisible()


def _unlocked_with_the_question(ctx, qtbot, tmp_path):
    """The main window shown on ``ctx`` (its keychain in memory) and the
    Schuljahreswechsel it opens after its first frame, active: both."""
    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.settings_store import SettingsStore
    from ssa_desktop.ui.shell.main_window import MainWindow
    from tests.conftest import FAST_KDF
    from tests.support.memory_keyring import MemoryKeyring

    win = MainWindow(ctx, SettingsStore(tmp_path / "b.ini"),
                     store=DeviceKeyStore(MemoryKeyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: isinstance(win._school_year, SchoolYearDialog), timeout=60000)
    dialog = win._school_year
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=60000)
    return win, dialog


def test_opened_after_the_unlock_it_is_in_front_with_the_focus(ctx, qtbot, tmp_path):
    _pupils(ctx.conn)
    with clock.frozen(TODAY):
        _win, dialog = _unlocked_with_the_question(ctx, qtbot, tmp_path)
        assert dialog.isActiveWindow()
        assert dialog.table.hasFocus()
        dialog.postpone()


def test_the_summary_names_those_who_repeat(dialog, ctx, qtbot):
    dialog.table.setFocus()
    QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)          # the first pupil's Verbleib
    QTest.keyClick(dialog.status, Qt.Key_Home)
    QTest.keyClick(dialog.status, Qt.Key_Down)                # wiederholt die Klassenstufe
    QTest.keyClick(dialog, Qt.Key_B, Qt.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.message.text().startswith("Gemeinschaftsschule Am Park: 3 Schüler:innen – ")
    assert " 1 wiederholt (Klassenstufe bleibt), " in dialog.message.text()
    assert dialog.last_summary.total == 3


def test_a_dialog_gone_before_it_comes_forward_is_left_alone(ctx, qtbot, tmp_path):
    """Issue 65: the benchmarks' smoke run printed „Internal C++ object (SchoolYearDialog)
    already deleted“ from the queued ``bring_forward`` of a dialog closed meanwhile."""
    import shiboken6

    _pupils(ctx.conn)
    with clock.frozen(TODAY):
        win, dialog = _unlocked_with_the_question(ctx, qtbot, tmp_path)
        win.hide()
        win.show()                     # queues the dialog's bring_forward once more
        win._school_year = None
        shiboken6.delete(dialog)       # gone before the queue is served
        QApplication.processEvents()   # the queued call runs (or is dropped) here
    assert not shiboken6.isValid(dialog)


def test_it_comes_in_front_of_the_main_window_she_was_in(ctx, qtbot, tmp_path):
    """With the main window active and the focus there (the offscreen platform activates a
    window newly shown by itself, so only this tells): the main window shown again brings
    the assistant in front with the focus in its list – and so does its
    ``bring_forward`` called directly."""
    from tests.support.main_windows import make_active

    _pupils(ctx.conn)
    with clock.frozen(TODAY):
        win, dialog = _unlocked_with_the_question(ctx, qtbot, tmp_path)
        for bring in (lambda: (win.hide(), win.show()), dialog.bring_forward):
            make_active(qtbot, win)
            assert not dialog.table.hasFocus()
            bring()
            QApplication.processEvents()
            QApplication.processEvents()
            assert QApplication.activeWindow() is dialog
            assert dialog.table.hasFocus()
        dialog.postpone()
