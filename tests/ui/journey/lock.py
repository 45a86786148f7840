"""Step 3: Strg+L in the middle of typing – an editor open in the areas she uses (a new
group's title, a working note, a Wochenraster cell, Kontakt erfassen), unlock, and what
she typed is there (saved or offered back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.journey import week
from tests.ui.journey.harness import focus, key, type_text


def type_group_title(window, qtbot, title: str) -> None:
    """Gruppen & Projekte: a new group, its title typed, not saved."""
    groups = week.area_key(window, qtbot, 4, "groups")
    QTest.mouseClick(groups.new_button, Qt.LeftButton)
    type_text(title)


def type_working_note(window, qtbot, pseudonym: str, text: str) -> None:
    """The pupil's Arbeitsnotizen: a note typed, not added."""
    persons = week.area_key(window, qtbot, 2, "persons")
    week.open_person(persons, qtbot, pseudonym)
    key(Qt.Key_A, Qt.AltModifier, widget=persons.page.tabs.currentWidget())
    persons.page.working.text.setFocus()
    type_text(text)


def type_grid_cell(window, qtbot, row: int, column: int, keys: str) -> None:
    """Wochenraster: a cell's editor opened by typing, no Enter."""
    time_area = week.area_key(window, qtbot, 7, "time")
    QTest.keyClick(time_area.tabs, Qt.Key_W, Qt.AltModifier)
    grid = time_area.grid
    grid.table.setFocus()
    grid.table.setCurrentIndex(grid.model.index(row, column))
    week.type_grid(keys)
    assert grid.table.state() == grid.table.State.EditingState


def type_contact_note(window, qtbot, typed: str, note: str):
    """Kontakt erfassen: the pupil and a note typed, not saved; the dialog has the focus."""
    dialog = week.quick_entry(window, qtbot)
    type_text(typed)
    key(Qt.Key_N, Qt.AltModifier)
    type_text(note)
    assert focus() is not None and dialog.isAncestorOf(focus())
    return dialog


def open_draft(window, qtbot, text: str) -> None:
    """Übersicht: the draft line starting with ``text`` chosen, Enter opens it."""
    lines = overview_drafts(window, qtbot)
    [row] = [i for i, line in enumerate(lines) if line.startswith(text)]
    view = window.areas["overview"].drafts.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    key(Qt.Key_Return, widget=view)


def lock_and_unlock(window, qtbot, passphrase: str) -> None:
    """Strg+L where the focus is (in the main window when no window of the app has it);
    the lock screen; the passphrase and Enter."""
    if focus() is None:
        week.activate(window, qtbot)
    key(Qt.Key_L, Qt.ControlModifier, widget=focus() or window)
    unlock(window, qtbot, passphrase)


def unlock(window, qtbot, passphrase: str) -> None:
    """The lock screen shows (once a critical operation running has ended); the unlock
    dialog: the passphrase and Enter."""
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=60_000)
    assert window.outer.currentWidget() is window.lock_screen
    qtbot.waitUntil(lambda: window.unlock_dialog is not None
                    and window.unlock_dialog.isVisible(), timeout=60_000)
    dialog = window.unlock_dialog
    QTest.keyClicks(dialog.passphrase.edit, passphrase)
    QTest.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.is_unlocked, timeout=60_000)
    assert window.outer.currentWidget() is window.content


def overview_drafts(window, qtbot) -> list[str]:
    """Übersicht (Strg+1): the lines of the tile „Entwürfe“."""
    area = week.area_key(window, qtbot, 1, "overview")
    qtbot.waitUntil(lambda: area.overview is not None, timeout=60_000)
    model = area.drafts.view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def save_group(window, qtbot, girls: int) -> list[str]:
    """The restored group form: participants typed, Enter in the title saves. The titles
    the list shows."""
    area = window.areas["groups"]
    week.spin(area.w_spin, girls)
    area.title_edit.setFocus()
    key(Qt.Key_Return, widget=area.title_edit)
    assert area.sessions_box.isEnabled(), "the restored group was not saved"
    model = area.list_model
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def working_note_kept(window, qtbot, pseudonym: str, text: str) -> bool:
    """After the unlock: the note typed before is in the field, among the saved notes or
    offered as a draft in the Übersicht."""
    if any(line.startswith("Entwurf: Arbeitsnotiz") for line in overview_drafts(window,
                                                                               qtbot)):
        return True
    persons = week.area_key(window, qtbot, 2, "persons")
    if not persons.showing_page():
        week.open_person(persons, qtbot, pseudonym)
    panel = persons.page.working
    saved = [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())]
    return text in saved or panel.text.toPlainText() == text
