"""A Kurzkontakt without a school (entered before the vault had one, or from a file) in
Kurzkontakte (session 22, reviewer R): its form showed the first school of the list, so
Esc asked „Die Korrektur … ist noch nicht gespeichert“ though she changed nothing, and a
correction of its number saved that school she never chose. No school is shown now, and
kept."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import ShortContact
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, TODAY
from tests.support.questions import answer, esc

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _dialog(ctx, conn, qtbot, tmp_path):
    sc = activities.record_short_contact(conn, ShortContact(TODAY, school_id=None,
                                                            gender="m", count=1))
    win = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                     store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    dialog = win.open_short_contacts()
    qtbot.waitExposed(dialog)
    dialog.view.selectRow(0)
    assert dialog.school.count() > 0   # the vault has a school, she chose none
    return dialog, sc


def test_unchanged_esc_closes_without_a_question(ctx, conn, qtbot, tmp_path):
    dialog, _sc = _dialog(ctx, conn, qtbot, tmp_path)
    asked: list[str] = []
    answer(asked, esc)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_a_correction_keeps_it_without_a_school(ctx, conn, qtbot, tmp_path):
    dialog, sc = _dialog(ctx, conn, qtbot, tmp_path)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Up)
    dialog.save_button.setFocus()   # Space on the focused button (a mnemonic needs an active window)
    QTest.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert dialog.error.text() == "Korrektur gespeichert."
    saved = repo.SHORT_CONTACTS.get(conn, sc.id)
    assert (saved.count, saved.school_id) == (2, None)
