"""Kurzkontakte with her keys (session 22, tester Y): she corrected a short contact (the
number, the duration) and pressed Esc – the correction was gone without a word, while
every other form asks before her edits are lost. Now Esc asks „Speichern / Verwerfen /
Weiter bearbeiten“ („Weiter bearbeiten“ is the default and the question's Esc); without
a change Esc closes at once, and the lock closes it without asking."""

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
from tests.support.questions import answer, esc, words_of

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _dialog(ctx, conn, qtbot, tmp_path):
    first = activities.record_short_contact(conn, ShortContact(TODAY, school_id="school-1",
                                                               gender="m", count=1))
    win = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                     store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    dialog = win.open_short_contacts()
    qtbot.waitExposed(dialog)
    dialog.view.selectRow(0)
    return dialog, first


def _click(words: str):
    def how(box) -> None:
        [button] = [b for b in box.buttons() if words_of(b) == words]
        button.click()
    return how


def test_esc_after_a_correction_asks_before_it_is_lost(ctx, conn, qtbot, tmp_path):
    dialog, first = _dialog(ctx, conn, qtbot, tmp_path)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Up)           # 1 → 2
    assert dialog.count.value() == 2
    asked: list[str] = []
    answer(asked, esc)                                      # „Weiter bearbeiten“
    QTest.keyClick(dialog.count, Qt.Key.Key_Escape)
    assert asked == ["Die Korrektur des Kurzkontakts ist noch nicht gespeichert."]
    assert dialog.isVisible() and dialog.count.value() == 2
    answer(asked, _click("Speichern"))
    QTest.keyClick(dialog.count, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert repo.SHORT_CONTACTS.get(conn, first.id).count == 2


def test_discarded_or_unchanged_it_closes(ctx, conn, qtbot, tmp_path):
    dialog, first = _dialog(ctx, conn, qtbot, tmp_path)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Up)
    asked: list[str] = []
    answer(asked, _click("Verwerfen"))
    QTest.keyClick(dialog.count, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()
    assert repo.SHORT_CONTACTS.get(conn, first.id).count == 1


def test_unchanged_esc_closes_at_once(ctx, conn, qtbot, tmp_path):
    dialog, _first = _dialog(ctx, conn, qtbot, tmp_path)
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
