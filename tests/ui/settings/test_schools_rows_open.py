"""Einstellungen → Schulen & Stelle: Enter on a school opens it for editing, as a
double-click does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.ui.settings.dialogs import SchoolDialog


def test_enter_on_a_school_opens_it(settings_area, monkeypatch):
    area = settings_area()
    page = area.page("schools")
    opened = []
    monkeypatch.setattr(page, "_exec", lambda dialog: opened.append(dialog) or False)
    view = page.schools_view
    view.setFocus()
    view.setCurrentIndex(page.schools_model.index(0, 0))
    QTest.keyClick(view, Qt.Key_Return)
    assert len(opened) == 1 and isinstance(opened[0], SchoolDialog)
    assert opened[0].name.text() == "Gemeinschaftsschule Am Park"
