"""Her corrected addresses in the Serienbrief are hers under each „An“ choice: switching
„An“ (die Person selbst → ihre Erziehungsberechtigten, and back) dropped every address
she had corrected, member by member, without a question, and closing then asked nothing
since nothing was left. Now each correction is kept per member and „An“ choice: switching
back shows it again, the letters carry exactly the addresses shown, Esc still asks while
they have not gone out, and after the letters to the persons went out her corrections of
the guardians' addresses (not sent) still ask."""

from __future__ import annotations

import os

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.keys import key as _key
from tests.support.main_windows import make_active
from tests.support.questions import answer, close_anyway, esc
from tests.ui.letters.test_serial_dialog import group  # noqa: F401 (fixture)
from tests.ui.letters.test_serial_typed_address_kept import _two_members
from tests.ui.shell.whole import sideways

ALT = Qt.KeyboardModifier.AltModifier
OWN = "Lea Berg\nAm Markt 5\n79312 Emmendingen"           # Lea's own, as she corrected it
GUARDIANS = "Familie Berg\nLindenweg 9\n79312 Emmendingen"   # her guardians', corrected


def _to_lea() -> None:
    _key(Qt.Key.Key_M, ALT)                                      # &Mitglieder
    _key(Qt.Key.Key_Down)                                        # K-22 (Lea)


def _type_address(dialog, text: str) -> None:
    """The shown address typed anew (Alt+C, select all, typed line by line)."""
    _key(Qt.Key.Key_C, ALT)                                      # Ans&chrift
    assert QApplication.focusWidget() is dialog.address_box
    _key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for n, line in enumerate(text.split("\n")):
        if n:
            _key(Qt.Key.Key_Return)
        QTest.keyClicks(QApplication.focusWidget(), line)
    assert dialog.address_box.toPlainText() == text


def _an(dialog, key) -> None:
    """„An“ (Alt+N) moved by one with ``key`` (Down: to the guardians, Up: back)."""
    _key(Qt.Key.Key_N, ALT)                                      # A&n
    assert QApplication.focusWidget() is dialog.recipient_box
    _key(key)


def _shot(qtbot, dialog) -> None:
    """With SSA_SHOTS=/folder the dialog switched back is saved at 1280×720 (run with
    QT_SCALE_FACTOR=2 for 640×360 at 200 %)."""
    if folder := os.environ.get("SSA_SHOTS"):
        ratio = dialog.devicePixelRatioF()
        dialog.resize(round(1280 / ratio), round(720 / ratio))
        qtbot.waitUntil(lambda: dialog.width() == round(1280 / ratio))
        assert sideways(dialog) == []   # laid out anew (it scrolls only up and down)
        dialog.grab().save(f"{folder}/s24-serial-switched-back-{round(ratio * 100)}.png")


def test_switching_an_there_and_back_brings_her_addresses_back(
        qtbot, ctx, group, frozen_clock):  # noqa: F811 (the fixture imported above)
    dialog = _two_members(qtbot, ctx, group)
    _to_lea()
    _type_address(dialog, OWN)
    _an(dialog, Qt.Key.Key_Down)                                 # ihre Erziehungsberechtigten
    assert dialog.recipient_box.currentData() == "guardians"
    assert dialog.address_box.toPlainText().startswith("An die Erziehungsberechtigten")
    _type_address(dialog, GUARDIANS)                             # Lea's guardians, corrected
    _an(dialog, Qt.Key.Key_Up)                                   # back: die Person selbst
    assert dialog.recipient_box.currentData() == "person"
    assert dialog.address_box.toPlainText() == OWN
    _shot(qtbot, dialog)
    _an(dialog, Qt.Key.Key_Down)                                 # and to the guardians again
    assert dialog.address_box.toPlainText() == GUARDIANS


def test_the_letters_after_a_switch_carry_the_addresses_shown(
        qtbot, ctx, group, tmp_path, frozen_clock):  # noqa: F811
    dialog = _two_members(qtbot, ctx, group)
    _to_lea()
    _type_address(dialog, OWN)
    _an(dialog, Qt.Key.Key_Down)
    _type_address(dialog, GUARDIANS)
    _an(dialog, Qt.Key.Key_Up)                                   # the persons: hers shown
    assert dialog.address_box.toPlainText() == OWN
    dialog.save_path_chooser = lambda suggested: str(tmp_path / "an-personen.pdf")
    _key(Qt.Key.Key_S, ALT)                                      # Als Datei &speichern
    qtbot.waitUntil(lambda: "gespeichert" in dialog.message, timeout=60_000)
    pages = [p.extract_text() for p in PdfReader(str(tmp_path / "an-personen.pdf")).pages]
    assert len(pages) == 2
    assert "Am Markt 5" in pages[1] and "Lindenweg" not in pages[1]

    _an(dialog, Qt.Key.Key_Down)                                 # the guardians: theirs shown
    assert dialog.address_box.toPlainText() == GUARDIANS
    dialog.save_path_chooser = lambda suggested: str(tmp_path / "an-eltern.pdf")
    _key(Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: "an-eltern.pdf" in dialog.message, timeout=60_000)
    pages = [p.extract_text() for p in PdfReader(str(tmp_path / "an-eltern.pdf")).pages]
    assert "Lindenweg 9" in pages[1] and "Am Markt" not in pages[1]
    assert "An die Erziehungsberechtigten" in pages[0]           # Kim's: the proposal


def test_esc_after_switching_back_asks_and_zurueck_keeps_them(
        qtbot, ctx, group, frozen_clock):  # noqa: F811
    dialog = _two_members(qtbot, ctx, group)
    _to_lea()
    _type_address(dialog, OWN)
    _an(dialog, Qt.Key.Key_Down)
    _an(dialog, Qt.Key.Key_Up)
    asked: list[str] = []
    answer(asked, esc)                                           # „Zurück“
    _key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert "nicht gespeichert" in asked[0]
    assert dialog.isVisible()
    make_active(qtbot, dialog)
    _to_lea()
    _key(Qt.Key.Key_Up)
    _key(Qt.Key.Key_Down)                                        # Kim, then Lea again
    assert dialog.address_box.toPlainText() == OWN


def test_the_guardians_corrections_not_sent_still_ask(
        qtbot, ctx, group, tmp_path, frozen_clock):  # noqa: F811
    """The letters went to the persons; her corrections of the guardians' addresses went
    nowhere: Esc asks, „Trotzdem schließen“ closes."""
    dialog = _two_members(qtbot, ctx, group)
    _to_lea()
    _an(dialog, Qt.Key.Key_Down)
    _type_address(dialog, GUARDIANS)
    _an(dialog, Qt.Key.Key_Up)
    dialog.save_path_chooser = lambda suggested: str(tmp_path / "an-personen.pdf")
    _key(Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: "gespeichert" in dialog.message, timeout=60_000)
    asked: list[str] = []
    answer(asked, close_anyway)
    _key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(asked) == 1 and "nicht gespeichert" in asked[0]


def test_sent_to_the_guardians_it_closes_at_once(
        qtbot, ctx, group, tmp_path, frozen_clock):  # noqa: F811
    """What she corrected went out with the letters: nothing to ask."""
    dialog = _two_members(qtbot, ctx, group)
    _to_lea()
    _an(dialog, Qt.Key.Key_Down)
    _type_address(dialog, GUARDIANS)
    _an(dialog, Qt.Key.Key_Up)
    _an(dialog, Qt.Key.Key_Down)
    dialog.save_path_chooser = lambda suggested: str(tmp_path / "an-eltern.pdf")
    _key(Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: "gespeichert" in dialog.message, timeout=60_000)
    asked: list[str] = []
    answer(asked, esc)
    _key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked == []


def test_to_another_office_its_address_is_asked_for_and_kept(
        qtbot, ctx, group, frozen_clock):  # noqa: F811
    """„eine andere Stelle“ with the Anschrift empty: each letter went to the member's own
    name and class (and was logged as a disclosure to her); now the status line asks for
    the office's address and nothing can go out. Typed, it stays through a switch."""
    dialog = _two_members(qtbot, ctx, group)
    _an(dialog, Qt.Key.Key_Down)
    _key(Qt.Key.Key_Down)                                        # eine andere Stelle
    assert dialog.recipient_box.currentData() == "outside"
    assert dialog.address_box.toPlainText() == ""
    assert "Anschrift der Stelle" in dialog.problem.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    office = "Jugendamt Emmendingen\nPostfach 1"
    _type_address(dialog, office)
    _an(dialog, Qt.Key.Key_Up)                                   # the guardians
    assert dialog.address_box.toPlainText() != office
    _an(dialog, Qt.Key.Key_Down)                                 # the office again
    assert dialog.address_box.toPlainText() == office
