"""Where Enter goes when a question comes up: to the answer that keeps her data safe
(real key events on the message box Qt shows)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from ssa_desktop.ui.vault.wizard import PAGE_EMERGENCY
from tests.support import questions
from tests.support.questions import words_of
from tests.ui.form_behaviour.test_group_form import _click_in_question, _press_in_question
from tests.ui.vault.test_emergency_key_unconfirmed import _created


def test_enter_on_emergency_key_not_confirmed_stays_in_the_wizard(qtbot, tmp_path):
    """Issue: Enter in „Notfallschlüssel nicht bestätigt“ left the wizard."""
    wizard = _created(qtbot, tmp_path / "tresor")
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    seen: list[str] = []
    _press_in_question(Qt.Key_Return, seen)
    QTest.keyClick(wizard, Qt.Key_Escape)
    assert seen and "noch nicht bestätigt" in seen[0]
    assert wizard.isVisible() and wizard.currentId() == PAGE_EMERGENCY
    seen.clear()
    _click_in_question("Trotzdem abbrechen", seen)
    wizard.reject()
    assert not wizard.isVisible()


def test_the_export_plausibility_prompt_defaults_to_no(ctx, qtbot):
    """Issue: „Trotzdem exportieren?“ stood on „Ja“: Enter exported despite the findings.
    Enter is pressed only where it answers „Nein“ (else the folder chooser would open)."""
    from tests.ui.statistics.test_statistics_area import _area

    area = _area(ctx, qtbot)
    assert area.report.findings
    defaults: list[str] = []

    def press(box) -> None:
        defaults.append(words_of(box.defaultButton()) if box.defaultButton() else "")
        QTest.keyClick(box, Qt.Key_Return if defaults[-1] == "Nein" else Qt.Key_Escape)

    questions.when_open(QMessageBox, press)
    area.export_button.setFocus()
    QTest.keyClick(area.export_button, Qt.Key_Space)
    assert defaults == ["Nein"]
