"""Schule übergeben: a long message moves no button (issue 64, finding 7). The whole-window
check saw „Paketblatt drucken (PDF)“ pushed down by the error line only in full runs: there
the dialog had no room to spare (the text half as large again reproduces it every time, the
same button moved 9,390 → 9,411; at the offscreen default font a stretch of 118 px above the
buttons took the lines). The message lines now sit below the buttons
(ui/common/message_line.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.ui.handover.school_dialog import SchoolHandoverDialog
from tests.services.test_handover import _person
from tests.support.written import wait_written
from tests.ui.shell.test_fits_small_screen import place
from tests.ui.shell.whole import SCREENS, button_places, message_moves, moved_buttons

TODAY = date(2026, 11, 23)


@pytest.fixture
def larger_text(qapp):
    """The application’s text half as large again (a worker's choice, another machine's font):
    the dialog's layout then has no room to spare."""
    normal = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(normal.pointSizeF() * 1.5)
    qapp.setFont(larger)
    yield
    qapp.setFont(normal)


@pytest.mark.parametrize("screen", list(SCREENS.values()), ids=list(SCREENS))
def test_a_long_message_moves_no_button_with_larger_text(ctx, qtbot, tmp_path, larger_text,
                                                        screen):
    _person(ctx.conn, "Anna")
    with clock.frozen(TODAY):
        dialog = SchoolHandoverDialog(ctx, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    place(dialog, screen)
    assert message_moves(dialog) == []


def test_the_saved_sheet_with_a_long_path_moves_no_button(ctx, qtbot, tmp_path, larger_text):
    """A real message: the package written, then its sheet saved into a deep folder — the
    line „Paketblatt gespeichert: …“ wraps below the buttons, whole and in the window."""
    _person(ctx.conn, "Anna")
    folder = tmp_path / "Träger Jugendhilfe Musterstadt e. V" / "Schulsozialarbeit" / (
        "Übergaben-an-die-Nachfolge-im-Schuljahr-2026-27-Grundschule-am-Lindenweg")
    folder.mkdir(parents=True)
    with clock.frozen(TODAY):
        dialog = SchoolHandoverDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        place(dialog, SCREENS["200%"])
        QTest.keyClicks(dialog.successor, "Mara Ott")
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key.Key_Space)
        wait_written(qtbot, dialog)
        before = button_places(dialog)
        dialog.write_sheet(folder / "Paketblatt-Übergabe-Grundschule-am-Lindenweg.pdf")
    assert "Paketblatt gespeichert" in dialog.info.text()
    assert moved_buttons(before, dialog) == []
    info = dialog.info
    assert info.height() >= info.heightForWidth(info.width())  # no line cut
    assert info.mapTo(dialog, info.rect().bottomRight()).x() < dialog.width()  # wrapped
    dialog.accept()
