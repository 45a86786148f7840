"""Step 2 (and the new year's first week): a week of entries in the main window – contacts
through Kontakt erfassen (Strg+N), a working note on the pupil's page, a group with a
session, working time in the Wochenraster – each checked as she sees it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.journey.harness import focus, key, type_text


def activate(window, qtbot) -> None:
    """The main window has the keyboard again (as the desktop gives it back when a window
    of the app closes): its shortcuts reach it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def area_key(window, qtbot, number: int, name: str):
    """Strg+<number> in the main window: the area ``name`` is shown (and built)."""
    activate(window, qtbot)
    QTest.keyClick(window, Qt.Key_0 + number % 10, Qt.ControlModifier)
    assert window.current_area_key() == name, (window.current_area_key(),
                                               QApplication.activeModalWidget(),
                                               QApplication.activeWindow())
    return window.areas[name]


def quick_entry(window, qtbot):
    """Strg+N: Kontakt erfassen opens, active, the Person field ready."""
    activate(window, qtbot)
    QTest.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    dialog = window._quick_entry
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def contact_new_pupil(window, qtbot, pseudonym: str, gender: str, class_label: str,
                      kind_digit: int, note: str = "") -> str:
    """A contact with a pupil not yet on file: pseudonym, Tab, the gender's letter, the
    class, Alt+<digit> for the kind, the note (Alt+N), Strg+Enter. The status line."""
    dialog = quick_entry(window, qtbot)
    type_text(pseudonym)
    assert dialog.new_label.text() == f"Neu anlegen: {pseudonym}"
    key(Qt.Key_Tab)
    assert focus() is dialog.new_gender
    type_text(gender)
    type_text(class_label)
    return _finish_contact(window, dialog, kind_digit, note)


def contact_known_pupil(window, qtbot, typed: str, kind_digit: int, note: str = "") -> str:
    dialog = quick_entry(window, qtbot)
    type_text(typed)
    assert not dialog.new_row_widget.isVisibleTo(dialog)
    return _finish_contact(window, dialog, kind_digit, note)


def _finish_contact(window, dialog, kind_digit: int, note: str) -> str:
    key(getattr(Qt, f"Key_{kind_digit}"), Qt.AltModifier)
    if note:
        key(Qt.Key_N, Qt.AltModifier)
        type_text(note)
    return save_contact(window, qtbot=None, dialog=dialog)


def save_contact(window, qtbot, dialog) -> str:
    """Strg+Enter in Kontakt erfassen: it closes; the status line says what was saved."""
    dialog.activateWindow()
    key(Qt.Key_Return, Qt.ControlModifier, widget=focus() if dialog.isAncestorOf(focus())
        else dialog.note.observation)
    assert dialog.error.isHidden(), dialog.error.text()
    assert not dialog.isVisible()
    return window.statusBar().currentMessage()


def working_note(window, qtbot, pseudonym: str, text: str) -> list[str]:
    """Personen & Fälle (Strg+2), the pupil's row, Enter, Alt+A (Arbeitsnotizen), the note
    typed and added. The rows she sees in the notes' table."""
    area = area_key(window, qtbot, 2, "persons")
    open_person(area, qtbot, pseudonym)
    key(Qt.Key_A, Qt.AltModifier, widget=area.page.tabs.currentWidget())
    panel = area.page.working
    assert area.page.tabs.currentWidget() is panel
    panel.text.setFocus()
    type_text(text)
    QTest.mouseClick(panel.add_button, Qt.LeftButton)
    rows = [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())]
    key(Qt.Key_Escape, widget=area.page.tabs.currentWidget())
    return rows


def open_person(area, qtbot, pseudonym: str) -> None:
    """In Personen & Fälle: the pupil's row chosen, Enter opens her page."""
    table = area.list.table
    # the list has settled: no reload of a search still waiting to run
    qtbot.waitUntil(lambda: not area.list._debounce.isActive()
                    and pseudonym in _column(area.list.model, 0), timeout=30_000)
    activate(area.window(), qtbot)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(_column(area.list.model, 0).index(pseudonym))
    key(Qt.Key_Return, widget=table)
    assert area.showing_page()


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def group_with_session(window, qtbot, title: str, girls: int, boys: int, day: date,
                       minutes: int) -> tuple[str, str]:
    """Gruppen & Projekte (Strg+4), „Neue Gruppe“ clicked, title, participants, Enter saves;
    one session typed and added with Enter. The list row's title and the totals line."""
    area = area_key(window, qtbot, 4, "groups")
    QTest.mouseClick(area.new_button, Qt.LeftButton)
    assert area.title_edit.hasFocus()
    type_text(title)
    spin(area.w_spin, girls)
    spin(area.m_spin, boys)
    area.title_edit.setFocus()
    key(Qt.Key_Return, widget=area.title_edit)
    assert area.sessions_box.isEnabled(), "the group was not saved"
    area.session_day.set_date(day)
    area.session_duration.set_minutes(minutes)
    area.session_note.setFocus()
    type_text("Einheit 1")
    key(Qt.Key_Return, widget=area.session_note)
    return area.list_model.index(0, 0).data(), area.totals_label.text()


def spin(box, value: int) -> None:
    box.setFocus()
    QTest.keyClick(box, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(box, str(value))


def grid_week(window, qtbot, keys: str):
    """Arbeitszeit (Strg+7), Alt+W (Wochenraster), the first cell, the keys typed (each to
    whatever has the focus, Enter/Tab as words), then Qt finishes. The grid view."""
    area = area_key(window, qtbot, 7, "time")
    qtbot.waitUntil(lambda: area.report is not None, timeout=30_000)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)
    grid = area.grid
    assert area.tabs.currentWidget() is grid
    grid.table.setFocus()
    grid.table.setCurrentIndex(grid.model.index(0, 0))
    type_grid(keys)
    return area


def type_grid(keys: str) -> None:
    words = {"Enter": Qt.Key_Return, "Tab": Qt.Key_Tab}
    for token in keys.split():    # as a fast typist's keys arrive: nothing in between
        for k in ([words[token]] if token in words else list(token)):
            QTest.keyClick(QApplication.focusWidget(), k)
    QApplication.processEvents()


def grid_rows(grid) -> dict[str, list[str]]:
    """What the Wochenraster shows: row title → the seven days' cells and the week sum."""
    model = grid.model
    return {model.headerData(r, Qt.Vertical): [model.index(r, c).data()
                                               for c in range(model.columnCount())]
            for r in range(model.rowCount())}
