"""Esc or „Schließen“ in the Serienbrief after she corrected a member's address (or the
salutation) asks before it goes: the dialog closed at once and every address she had
corrected, member by member, was gone. Her „Zurück“ keeps them all; once the letters are
saved (printed, kept) it closes without a question, and so it does when she typed
nothing: the addresses the dialog fills in itself are no typing of hers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import group_members
from ssa_desktop.storage import repositories as repo
from tests.support.keys import key, type_lines
from tests.support.main_windows import make_active
from tests.support.questions import answer, close_anyway, esc, esc_asks_first, esc_closes_at_once
from tests.ui.letters.test_serial_dialog import _dialog, group  # noqa: F401 (fixture)

ALT = Qt.KeyboardModifier.AltModifier
LEA = "Frau Lea Berg\nWeg 22\n79312 Emmendingen"


def _two_members(qtbot, ctx, group_id):  # noqa: F811 (the fixture imported above)
    lea = repo.PERSONS.select(ctx.conn, "pseudonym = 'K-22'")[0]
    group_members.add_member(ctx.conn, group_id, lea.id, date(2026, 10, 1))
    return _dialog(qtbot, ctx, group_id)


def _correct_leas_address(dialog) -> None:
    """Lea (the second member) chosen in the list, her address typed anew (Alt+C,
    select all, typed), then back to Kim (the first): the box now shows Kim's."""
    key(Qt.Key.Key_M, ALT)                                       # &Mitglieder
    assert QApplication.focusWidget() is dialog.members
    key(Qt.Key.Key_Down)                                         # K-22 (Lea)
    key(Qt.Key.Key_C, ALT)                                       # Ans&chrift
    assert QApplication.focusWidget() is dialog.address_box
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_lines(LEA)
    key(Qt.Key.Key_M, ALT)
    key(Qt.Key.Key_Up)                                           # K-17 (Kim)
    assert dialog.address_box.toPlainText() != LEA


def test_esc_after_her_address_asks_and_zurueck_keeps_it(qtbot, ctx, group,  # noqa: F811
                                                         frozen_clock):
    dialog = _two_members(qtbot, ctx, group)
    kims = dialog.address_box.toPlainText()
    _correct_leas_address(dialog)
    esc_asks_first(qtbot)                                        # „Zurück“: she keeps it
    assert dialog.isVisible() and dialog.address_box.toPlainText() == kims
    make_active(qtbot, dialog)                                   # the question gone
    key(Qt.Key.Key_M, ALT)
    key(Qt.Key.Key_Down)                                         # back to Lea: hers stays
    assert dialog.address_box.toPlainText() == LEA


def test_trotzdem_schliessen_closes(qtbot, ctx, group, frozen_clock):  # noqa: F811
    dialog = _two_members(qtbot, ctx, group)
    _correct_leas_address(dialog)
    asked: list[str] = []
    answer(asked, close_anyway)
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)   # „Schließen“
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(asked) == 1


def test_the_salutation_she_typed_asks_too(qtbot, ctx, group, frozen_clock):  # noqa: F811
    dialog = _two_members(qtbot, ctx, group)
    key(Qt.Key.Key_R, ALT)                                       # An&rede
    assert QApplication.focusWidget() is dialog.salutation
    QTest.keyClicks(dialog.salutation, " liebe Lea")
    asked: list[str] = []
    answer(asked, esc)
    key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert dialog.isVisible()


def test_untouched_it_closes_at_once(qtbot, ctx, group, frozen_clock):  # noqa: F811
    """Moving through the members fills each one's address: no typing of hers."""
    dialog = _two_members(qtbot, ctx, group)
    key(Qt.Key.Key_M, ALT)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Up)
    key(Qt.Key.Key_N, ALT)                                       # A&n
    key(Qt.Key.Key_Down)                                         # the guardians' addresses
    assert dialog.address_box.toPlainText()
    esc_closes_at_once(qtbot, dialog)


def test_saved_she_closes_with_esc_at_once(qtbot, ctx, group, tmp_path,  # noqa: F811
                                           frozen_clock):
    dialog = _two_members(qtbot, ctx, group)
    _correct_leas_address(dialog)
    dialog.save_path_chooser = lambda suggested: str(tmp_path / "serie.pdf")
    key(Qt.Key.Key_S, ALT)                                       # Als Datei &speichern
    qtbot.waitUntil(lambda: "gespeichert" in dialog.message, timeout=60_000)
    assert (tmp_path / "serie.pdf").exists()
    esc_closes_at_once(qtbot, dialog)
