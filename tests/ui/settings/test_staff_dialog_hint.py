"""Issue 31.1: Einstellungen → Schulen & Stelle → Fachkräfte-Angaben says what a missing
employment start or Träger does to the export, and the sentence follows what she enters
(real key events)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ssa_desktop.domain.entities import Post, PostShare
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.settings.staff_dialog import StaffDialog


def test_the_hint_follows_the_start_and_the_traeger(ctx, qtbot):
    repo.POSTS.insert(ctx.conn, Post("Stelle Nord", id="post-1"))
    repo.POST_SHARES.insert(ctx.conn, PostShare("post-1", "school-1", 2025, 50.0))
    dialog = StaffDialog(ctx, "post-1", 2025)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.missing.isHidden()
    assert dialog.missing.text().startswith(
        "Für Stelle Nord fehlen in den Fachkräfte-Angaben 2025/26: Beschäftigt seit, "
        "Anstellungsträger. Ohne Beginn der Beschäftigung gilt die Stelle als 12 Monate "
        "unbesetzt, Förderung 0 €")
    qtbot.keyClick(dialog.has_from, Qt.Key_Space)  # "beschäftigt seit" ticked
    assert dialog.missing.text() == ("Für Stelle Nord fehlt in den Fachkräfte-Angaben "
                                     "2025/26: Anstellungsträger. Ohne Anstellungsträger "
                                     "bleibt das Feld im Erhebungsbogen leer.")
    qtbot.keyClick(dialog.employer, Qt.Key_Down)
    assert dialog.missing.isHidden()
