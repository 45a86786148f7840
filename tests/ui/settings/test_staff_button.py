"""Einstellungen → Schulen & Stelle: the button „Fachkräfte-Angaben …“ opens the staff
block of the selected post (real click; Esc closes it and nothing is saved)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from ssa_desktop.domain.entities import Post
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.settings.staff_dialog import StaffDialog


def test_the_staff_button_opens_the_staff_dialog(settings_area, ctx, qtbot, monkeypatch):
    repo.POSTS.insert(ctx.conn, Post("Stelle Nord", id="post-1"))
    area = settings_area(front="schools")
    page = area.page("schools")
    qtbot.waitUntil(page.staff_button.isVisible)
    opened = []

    def show_then_escape(dialog) -> bool:
        dialog.show()
        opened.append(dialog)
        QTest.keyClick(dialog, Qt.Key_Escape)
        return dialog.result() == QDialog.Accepted

    monkeypatch.setattr(page, "_exec", show_then_escape)
    page.posts_view.setCurrentIndex(page.posts_model.index(0, 0))
    qtbot.mouseClick(page.staff_button, Qt.LeftButton)
    assert len(opened) == 1 and isinstance(opened[0], StaffDialog)
    assert "Stelle Nord" in opened[0].windowTitle()
    assert page.schools_status.text() != "Fachkräfte-Angaben gespeichert."
