"""A long status-bar message at 200 % on a 1280×720 laptop (640×360 points): „Jahresbericht
gespeichert: <a deep path>“ was cut at the right edge (the file's name lost). Now it is
shortened in the middle — what happened and the file's name stay in sight — and the whole
text is the bar's tool tip and accessible name. Screenshots: SSA_SHOTS=folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.shell.status_bar import MiddleElidingStatusBar
from tests.support.main_windows import active_main_window

DEEP = Path("/home/lehrkraft/Dokumente/Schulsozialarbeit/Gemeinschaftsschule am Lindenpark"
            "/Berichte/Schuljahr 2026-27/Jahresbericht_2026-27_Gemeinschaftsschule.pdf")
WHOLE = f"Jahresbericht gespeichert: {DEEP}"


def test_a_long_message_keeps_its_start_and_its_file_name_in_sight(ctx, qtbot, tmp_path):
    window = active_main_window(ctx, qtbot, tmp_path)
    window.resize(640, 360)
    QApplication.processEvents()
    ctx.status_message.emit(WHOLE)
    QApplication.processEvents()
    bar = window.statusBar()
    assert isinstance(bar, MiddleElidingStatusBar)
    window.repaint()
    if folder := os.environ.get("SSA_SHOTS"):
        window.grab().save(str(Path(folder) / "status-long-message-640.png"))
    assert bar.currentMessage() == WHOLE
    assert bar.toolTip() == WHOLE and bar.accessibleName() == WHOLE  # whole elsewhere
    shown = bar.shown_message()
    assert shown != WHOLE and "…" in shown
    assert shown.startswith("Jahresbericht gespeichert: ")
    assert shown.endswith("Gemeinschaftsschule.pdf")
    room = bar.message_rect()
    assert bar.fontMetrics().horizontalAdvance(shown) <= room.width()
    permanent = [w for w in (window.shortcut_label, window.vault_label) if w.isVisible()]
    assert all(room.right() < w.geometry().left() for w in permanent)


def test_a_short_message_is_shown_whole(ctx, qtbot, tmp_path):
    window = active_main_window(ctx, qtbot, tmp_path)
    window.resize(640, 360)
    ctx.status_message.emit("Gespeichert.")
    QApplication.processEvents()
    bar = window.statusBar()
    assert isinstance(bar, MiddleElidingStatusBar) and bar.shown_message() == "Gespeichert."
