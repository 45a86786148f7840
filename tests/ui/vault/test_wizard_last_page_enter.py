"""Issue 31 item 8, with real key events: on the wizard's last page Tab from the last
field lands on „Fertig“ (never on „Zurück“), and Enter finishes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from ssa_desktop.ui.vault.wizard import FirstRunWizard
from tests.support.wizards import create_the_vault, first_run_wizard

PASS = "Kastanie Regenschirm fliegt 47 mal"


def _last_page(qtbot, folder) -> FirstRunWizard:
    wizard = first_run_wizard(qtbot, folder)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    create_the_vault(qtbot, wizard, PASS)
    wizard.button(QWizard.CommitButton).click()
    wizard.emergency.confirm.setChecked(True)
    wizard.button(QWizard.NextButton).click()
    # the other pages that a later change may add before the end: walk to the last one
    while wizard.nextId() != -1:
        wizard.button(QWizard.NextButton).click()
    return wizard


def _tab_to_a_button(wizard) -> object:
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        focus = QApplication.focusWidget()
        if focus in [wizard.button(b) for b in (QWizard.BackButton, QWizard.FinishButton,
                                                 QWizard.NextButton, QWizard.CancelButton)]:
            return focus
    raise AssertionError("Tab never reached the wizard's buttons")


def test_tab_through_the_last_page_lands_on_fertig_and_enter_finishes(qtbot, tmp_path):
    wizard = _last_page(qtbot, tmp_path / "tresor")
    name = wizard.schools.rows[0].name
    QTest.mouseClick(name, Qt.LeftButton)
    assert name.hasFocus()
    qtbot.keyClicks(name, "Gemeinschaftsschule Am Park")
    assert _tab_to_a_button(wizard) is wizard.button(QWizard.FinishButton)
    QTest.keyClick(wizard.button(QWizard.FinishButton), Qt.Key_Return)
    assert wizard.result() == QDialog.Accepted and not wizard.isVisible()
    wizard.session.lock()


def test_enter_in_the_last_field_finishes(qtbot, tmp_path):
    wizard = _last_page(qtbot, tmp_path / "tresor")
    qtbot.keyClicks(wizard.schools.rows[0].name, "Grundschule Lindenweg")
    last = wizard.schools.hours
    last.setFocus()
    QTest.keyClick(last, Qt.Key_Return)
    assert wizard.result() == QDialog.Accepted and not wizard.isVisible()
    wizard.session.lock()
