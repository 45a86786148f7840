"""Steps 6 and 7: the Vertretung (a consent for the deputy, the package, the deputy's side
in her own vault, an entry, the return read back) and the school handover (the package,
the successor's vault, the receipt read back, the confirmed deletion)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF
from tests.support import questions
from tests.support.written import wait_written
from tests.ui.journey import lock, week
from tests.ui.journey.first_run import open_main_window
from tests.ui.journey.harness import focus, in_modal_dialog, key, replace_text, type_text


def deputy_consent(window, qtbot, pseudonym: str) -> tuple[str, str]:
    """The pupil's page, Einwilligungen (Alt+I), „Einwilligung erfassen“ (Alt+E): the recipient
    typed, „Weitergabe an die Vertretung erlaubt“ ticked (Space), Enter saves. The
    consent's row as the table shows it; the title of a dialog still open after the save
    ("" when none)."""
    persons = week.area_key(window, qtbot, 2, "persons")
    if persons.showing_page():
        key(Qt.Key_Escape, widget=persons.page.tabs.currentWidget())
    week.open_person(persons, qtbot, pseudonym)
    key(Qt.Key_I, Qt.AltModifier, widget=persons.page.tabs.currentWidget())
    panel = persons.page.consents_panel
    qtbot.waitUntil(lambda: panel is not None and panel.isVisible())
    # Alt+E presses the button as Qt does: an animated click; the dialog opens after it.
    # Typed before the dialog is active, her keys would reach the blocked button (a Space
    # there opened another dialog), which a real keyboard never does.
    key(Qt.Key_E, Qt.AltModifier, widget=panel.table)
    qtbot.waitUntil(lambda: getattr(panel, "_dialog", None) is not None)
    dialog = panel._dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.recipient.setFocus()
    type_text("Vertretung der Schulsozialarbeit")
    QTest.keyClick(dialog.deputy, Qt.Key_Space)
    assert dialog.deputy.isChecked()
    key(Qt.Key_Return, widget=dialog.recipient)
    assert not dialog.isVisible(), dialog.error.text()
    QApplication.processEvents()
    again = QApplication.activeModalWidget()
    opened_again = again.windowTitle() if again is not None else ""
    row = " | ".join(panel.model.item(0, c).text() for c in range(panel.model.columnCount()))
    return row, opened_again


def appointment(window, qtbot, pseudonym: str, day: str, room: str) -> list[str]:
    """Termine (Strg+3), „Neuer Termin“: the person typed, the date typed, the room,
    Enter saves. The failures inside the modal dialog (none when it went well)."""
    area = week.area_key(window, qtbot, 3, "appointments")
    failures: list = []

    def steps(dialog):
        dialog.person.lineEdit().setFocus()
        QTest.keyClicks(dialog.person.lineEdit(), pseudonym)
        dialog.person.commit()            # what leaving the field does (offscreen: no focus)
        replace_text(dialog.day, day)
        dialog.room.setFocus()
        QTest.keyClicks(dialog.room, room)
        QTest.keyClick(dialog.room, Qt.Key_Return)
        assert not dialog.isVisible(), dialog.error.text()

    in_modal_dialog(steps, failures)
    QTest.mouseClick(area.new_button, Qt.LeftButton)
    return [str(f) for f in failures]


def handover_panel(window, qtbot):
    """Datenschutz (Strg+9), the page „Vertretung und Übergabe“."""
    area = week.area_key(window, qtbot, 9, "privacy")
    area.tabs.setCurrentWidget(area.handover)
    return area.handover


def deputy_package(window, qtbot, stick: Path) -> tuple[Path, str, str]:
    """„Vertretungspaket erstellen …“: the deputy's name and role, her own name, the folder;
    „Paket schreiben“ (Space). The file, the key shown once, the summary line."""
    panel = handover_panel(window, qtbot)
    QTest.mouseClick(panel.create_button, Qt.LeftButton)
    dialog = panel._dialog
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClicks(dialog.deputy_name, "Jana Berger")
    QTest.keyClicks(dialog.deputy_role, "SSA Nord")
    QTest.keyClicks(dialog.for_name, "Frau Albers")
    replace_text(dialog.folder, str(stick))
    summary = dialog.summary.text()
    dialog.write_button.setFocus()
    QTest.keyClick(dialog.write_button, Qt.Key_Space)
    wait_written(qtbot, dialog)
    assert dialog.pages.currentIndex() == 1, (dialog.error.text(), summary,
                                              dialog.write_button.isEnabled(),
                                              dialog.model.rowCount())
    key_text = dialog.package.key_text
    assert dialog.key_label.text().split() == key_text.split()   # shown, to write down
    path = Path(dialog.package.path)
    # a stray Esc with the key on screen and no Paketblatt: asked, Esc keeps the key
    asked: list[str] = []
    looker = questions.answer(asked, questions.esc)   # Esc keeps her work
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
    QApplication.processEvents()
    looker.append(True)                  # no later box is answered by this looker
    assert dialog.isVisible() and dialog.key_label.text().split() == key_text.split(), asked
    assert asked and "Paketblatt" in asked[0], asked
    # Strg+Q with the key on screen (issue 64 finding 3: it quit at once): asked, Esc on
    # the question keeps the app, the vault and the key
    _key_survives(window, qtbot, dialog, key_text, Qt.Key_Q, Qt.ControlModifier)
    dialog.accept()
    return path, key_text, summary


def _key_survives(window, qtbot, dialog, key_text: str, *keys) -> None:
    """One key with the package key shown and no Paketblatt: the question names the
    Paketblatt, its Esc keeps the dialog, the key on screen and the unlocked app."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    asked: list[str] = []
    looker = questions.answer(asked, questions.esc)   # Esc keeps her work
    QTest.keyClick(dialog.focusWidget() or dialog, *keys)
    QApplication.processEvents()
    looker.append(True)                  # no later box is answered by this looker
    assert window.ctx.is_unlocked and window.isVisible(), (keys, asked)
    assert dialog.isVisible() and dialog.key_label.text().split() == key_text.split(), asked
    assert "Paketblatt" in asked[0], (keys, asked)


def deputy_side(qtbot, folder: Path, passphrase: str, store, settings_file: Path):
    """The deputy's own vault (she set it up long ago) and her main window."""
    session, _ = Vault.create(folder, passphrase, params=FAST_KDF)
    return open_main_window(qtbot, folder, session, store, settings_file)


def open_as_deputy(deputy_window, qtbot, path: Path, key_text: str):
    """Her Datenschutz → „Paket öffnen (als Vertretung)“ with the file and the key: the
    deputy's window, shown and active."""
    panel = handover_panel(deputy_window, qtbot)
    win = panel.open_package(path, key_text)
    assert win is not None, panel.status.text()     # the panel owns it
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def deputy_contact(win, qtbot, minutes: str, note: str) -> tuple[list[str], str]:
    """The first person chosen, „Kontakt erfassen“ (Alt+E), Dauer (Alt+U), Notiz (Alt+N),
    Alt+S saves. The contact's row in the window and its status line."""
    win.persons.setFocus()
    win.persons.setCurrentIndex(win.persons_model.index(0, 0))
    key(Qt.Key_E, Qt.AltModifier)
    qtbot.waitUntil(lambda: win.entry_dialog is not None and win.entry_dialog.isVisible())
    dialog = win.entry_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    key(Qt.Key_U, Qt.AltModifier)
    QTest.keyClick(focus(), Qt.Key_A, Qt.ControlModifier)
    type_text(minutes)
    key(Qt.Key_N, Qt.AltModifier)
    type_text(note)
    key(Qt.Key_S, Qt.AltModifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))   # closed, deleted
    row = [win.contacts_model.item(0, c).text() for c in range(win.contacts_model.columnCount())]
    return row, win.status.text()


def deputy_window_after_lock(deputy, qtbot, win, passphrase: str) -> tuple[str, object]:
    """Strg+L in the deputy's window, her unlock: "" when the window is there again, else
    what happened; and the deputy's window now."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    key(Qt.Key_L, Qt.ControlModifier)

    def taken() -> bool:
        # a lock asked for while a critical operation runs (e.g. the sweep of packages)
        # happens as soon as it has ended – ``unlock`` waits for it
        return not deputy.ctx.is_unlocked or deputy.ctx.lock_pending

    if not taken():      # the deputy's window took no Strg+L: her main window
        week.activate(deputy, qtbot)
        QTest.keyClick(deputy, Qt.Key_L, Qt.ControlModifier)
    if not taken():
        return (f"Strg+L did not lock the deputy's vault (lock pending: "
                f"{deputy.ctx.lock_pending}, critical operations: {deputy.ctx._critical})"), win
    lock.unlock(deputy, qtbot, passphrase)
    # the lock closes the window (package connection and key dropped); the unlock opens
    # it again at the same package, a new window (ui/handover/deputy_window.py)
    again = deputy.areas["privacy"].handover.deputy_window
    if again is not None and still_open(again):
        return "", again
    return "the deputy's window is gone after the unlock", win


def write_return(win, folder: Path) -> tuple[Path, str]:
    """„Rückgabe schreiben …“ into ``folder`` (what the button does once she chose it).
    The file and the status line."""
    win.write_return(folder)
    [path] = list(folder.iterdir())
    return path, win.status.text()


def open_remembered(deputy_window, qtbot):
    """Her Datenschutz → „Paket öffnen (als Vertretung) …“: the package her vault
    remembers is offered under „Gemerkt“; Enter opens it, no path or key typed (issue 64
    item 5). The deputy's window, shown and active, and what „Gemerkt“ showed."""
    panel = handover_panel(deputy_window, qtbot)
    QTest.mouseClick(panel.open_button, Qt.LeftButton)
    dialog = panel._dialog
    qtbot.waitUntil(dialog.isVisible)
    offered = dialog.remembered.currentText() if dialog.remembered.isVisible() else ""
    QTest.keyClick(dialog.remembered, Qt.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    win = panel.deputy_window
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win, offered


def write_last_return(win, qtbot, folder: Path) -> tuple[Path, str]:
    """Alt+L ticks „Letzte Rückgabe“, then the return into ``folder``."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.persons.setFocus()
    QTest.keyClick(win.persons, Qt.Key_L, Qt.AltModifier)
    qtbot.waitUntil(win.last_box.isChecked)     # a mnemonic clicks animated
    return write_return(win, folder)


def read_return(window, qtbot, path: Path) -> str:
    """Her Datenschutz → „Rückgabe einlesen …“ with the file: the panel's status line."""
    panel = handover_panel(window, qtbot)
    panel.read_return(path)   # in the background, with its progress bar
    qtbot.waitUntil(lambda: not panel.reading, timeout=30000)
    return panel.status.text()


def timeline(window, qtbot, pseudonym: str) -> list[str]:
    """The pupil's page, Verlauf (Alt+V): every cell of the rows."""
    persons = week.area_key(window, qtbot, 2, "persons")
    if persons.showing_page():
        key(Qt.Key_Escape, widget=persons.page.tabs.currentWidget())
    week.open_person(persons, qtbot, pseudonym)
    key(Qt.Key_V, Qt.AltModifier, widget=persons.page.tabs.currentWidget())
    model = persons.page.timeline.model
    return [" | ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def still_open(win) -> bool:
    return shiboken6.isValid(win) and win.isVisible() and win.pkg is not None


def school_package(window, qtbot, school: str, successor: str, folder: Path) -> tuple:
    """„Schule übergeben …“: the school chosen with the arrow keys, the successor typed,
    the folder, „Paket schreiben“ (Space). The file, the key shown, the info line."""
    panel = handover_panel(window, qtbot)
    QTest.mouseClick(panel.school_button, Qt.LeftButton)
    dialog = panel._dialog
    qtbot.waitUntil(dialog.isVisible)
    combo = dialog.school
    for direction in (Qt.Key_Up, Qt.Key_Down):
        for _ in range(combo.count()):
            if combo.currentText() == school:
                break
            QTest.keyClick(combo, direction)
    assert combo.currentText() == school
    QTest.keyClicks(dialog.successor, successor)
    replace_text(dialog.folder, str(folder))
    dialog.write_button.setFocus()
    QTest.keyClick(dialog.write_button, Qt.Key_Space)
    wait_written(qtbot, dialog)
    assert dialog.package is not None, dialog.error.text()
    result, info = dialog.package, dialog.info.text()
    assert dialog.key_label.text().split() == result.key_text.split()
    # Esc and Strg+Q on the school's key screen (finding 3: Esc closed it): asked, kept
    _key_survives(window, qtbot, dialog, result.key_text, Qt.Key_Escape)
    _key_survives(window, qtbot, dialog, result.key_text, Qt.Key_Q, Qt.ControlModifier)
    dialog.accept()
    return Path(result.path), result.key_text, info


def receive_school(successor, qtbot, path: Path, key_text: str, folder: Path) -> str:
    """The successor's Datenschutz: the school package read with its key (what
    „Übergabepaket einlesen …“ does with the file and the key); her status line."""
    panel = handover_panel(successor, qtbot)
    panel.receive_school(path, key_text, folder)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Übergabepaket eingelesen")
                    or "Fehler" in panel.status.text(), timeout=60_000)
    return panel.status.text()


def read_receipt(window, qtbot, path: Path) -> str:
    """Her Datenschutz: the receipt read („Quittung einlesen …“ with the file)."""
    panel = handover_panel(window, qtbot)
    panel.status.clear()
    panel.read_receipt(path)
    qtbot.waitUntil(lambda: panel.status.text() != "", timeout=60_000)
    return panel.status.text()
