"""Step 1: the first start – the set-up wizard with her keys (passphrase, emergency key,
schools and post), then the main window on the new vault."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from ssa_desktop.ui.vault.wizard import (
    PAGE_CREATE,
    PAGE_EMERGENCY,
    PAGE_PASSPHRASE,
    PAGE_SCHOOLS,
    FirstRunWizard,
)
from tests.conftest import FAST_KDF
from tests.ui.journey.harness import replace_text

PASS = "Kastanie Regenschirm fliegt 47 mal"
SCHOOL = "Gemeinschaftsschule Am Lindenpark"
SECOND_SCHOOL = "Realschule Nord"
EMPLOYED_FROM = "1.6.27"          # „Beschäftigt seit“: her Soll counts from here


def run_wizard(qtbot, folder: Path, store, papers: Path) -> FirstRunWizard:
    """Weiter, Weiter, the passphrase twice, „Tresor anlegen“, the emergency sheet saved
    and confirmed, two schools with 50 % and 25 % of a 39-hour post, „Beschäftigt seit
    1.6.27“, „Fertig“."""
    wizard = FirstRunWizard(folder, store=store, kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.NextButton)
    next_button.click()
    next_button.click()
    assert wizard.currentId() == PAGE_PASSPHRASE
    page = wizard.passphrase_page
    QTest.keyClicks(page.first.edit, PASS)
    QTest.keyClicks(page.second.edit, PASS)
    create = wizard.button(QWizard.CommitButton)
    assert create.text() == "Tresor anlegen" and create.isEnabled()
    create.click()
    assert wizard.currentId() == PAGE_CREATE
    qtbot.waitUntil(wizard.create_page.isComplete, timeout=30_000)
    assert "Tresor ist angelegt" in wizard.create_page.status.text()
    wizard.button(QWizard.CommitButton).click()

    assert wizard.currentId() == PAGE_EMERGENCY
    key = wizard.emergency_key
    sheet = wizard.emergency.save_sheet(papers / "notfallblatt.pdf")
    assert sheet is not None
    assert key.split()[0] in "".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert "Gespeichert" in wizard.emergency.sheet_status.text()
    assert not next_button.isEnabled()            # not before she confirms
    QTest.keyClick(wizard.emergency.confirm, Qt.Key_Space)
    assert next_button.isEnabled()
    next_button.click()

    assert wizard.currentId() == PAGE_SCHOOLS
    schools = wizard.schools
    first = schools.rows[0]
    QTest.keyClicks(first.name, SCHOOL)
    replace_text(first.pupils, "612")
    replace_text(first.percent, "50")
    second = schools.add_row()
    QTest.keyClicks(second.name, SECOND_SCHOOL)
    second.school_type.set_code("RS")
    replace_text(second.percent, "25")
    QTest.keyClick(second.percent, Qt.Key_Tab)
    schools.employed_from.setFocus()
    QTest.keyClicks(schools.employed_from, EMPLOYED_FROM)
    assert "75,0 %" in schools.summary.text() and "29,25 Std." in schools.summary.text()
    finish = wizard.button(QWizard.FinishButton)
    assert schools.isComplete() and finish.isEnabled()
    finish.click()
    assert wizard.result() == QWizard.Accepted
    return wizard


def open_main_window(qtbot, folder: Path, session, store, settings_file: Path) -> MainWindow:
    """The main window as the app shows it after the wizard, active (her shortcuts)."""
    ctx = AppContext(folder)
    ctx.set_session(session)
    window = MainWindow(ctx, SettingsStore(settings_file), store=store, kdf_params=FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    with qtbot.waitActive(window, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.vault_label.text() == "Tresor: geprüft", timeout=60_000)
    return window
