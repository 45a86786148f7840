"""Strg+Q right after a successful „Erfassen" in Offene Angebote quits without asking
(nothing is unsaved), and a quit question's default „Speichern" never fails silently: a
refused save shows its reason where she sees it, with the area holding the form in
front, and the app stays open. Real keys on the real main window and vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import open_offers
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui import background
from tests.conftest import PASSPHRASE
from tests.support import questions
from tests.support.main_windows import active_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


def _answer(buttons: list[str], seen: list) -> None:
    """Click each of ``buttons`` in the questions that open one after the other (each
    runs its own loop); "" is Enter, the default button."""
    def enter(box) -> None:
        QTest.keyClick(box, Qt.Key_Return)
    questions.answer_each(seen, [questions.clicking(text) if text else enter
                                 for text in buttons])


def _erfassen(window, title: str, visitors: str):
    area = window.show_area("open_offers")
    area.title_edit.setFocus()
    QTest.keyClicks(area.title_edit, title)
    area.visitors.setFocus()
    area.visitors.selectAll()
    QTest.keyClicks(area.visitors, visitors)
    QTest.keyClick(area.visitors, Qt.Key_Return)                     # Enter: Erfassen
    return area


def test_quit_right_after_erfassen_does_not_ask(window, ctx, qtbot, open_vault):
    area = _erfassen(window, "Pausenhof Treff", "12")
    assert area.error.text().startswith("Erfasst:")
    seen: list = []
    _answer(["Abbrechen"], seen)
    QTest.keyClick(area.title_edit, Qt.Key_Q, Qt.ControlModifier)     # Strg+Q
    assert seen == [] and not ctx.is_unlocked                        # no question: quit
    assert background.wait_for_all()
    session = Vault(open_vault.vault.folder).unlock(PASSPHRASE)
    try:
        assert [(s.title, s.visitors) for s in open_offers.sessions(session.conn)] == [
            ("Pausenhof Treff", 12)]
    finally:
        session.lock()


def test_a_refused_default_save_shows_why_and_stays(window, ctx, qtbot):
    area = window.show_area("open_offers")
    area.title_edit.setFocus()
    QTest.keyClicks(area.title_edit, "Pausenhof Treff")               # 0 visitors: asked
    window.switch_area("overview")                                   # another area in front
    assert window.current_area_key() == "overview"
    seen: list = []
    _answer(["", ""], seen)             # Enter: „Speichern"; Enter again: „Ändern"
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_Q, Qt.ControlModifier)
    assert len(seen) == 2 and "Offenes Angebot" in seen[0]
    assert ctx.is_unlocked and window.isVisible()                    # she stays
    assert window.current_area_key() == "open_offers"               # the form in front
    assert area.isVisible() and area.entry_box.isVisible()

