"""Opening a Vertretungspaket: file and key in one dialog; a mistyped key is corrected in
place (the file stays chosen, the key keeps its text, the German reason is shown and goes
with the next success) – with real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.ui.handover.deputy_window import DeputyWindow
from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.support import questions
from tests.ui.handover.deputy_fixture import WORKDAY, colleagues_package


@pytest.fixture
def package(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return colleagues_package(folder)


def _mistyped(key_text: str) -> str:
    """The key with its last character replaced by another hex digit."""
    last = key_text[-1]
    return key_text[:-1] + ("0" if last != "0" else "1")


def _dialog(ctx, qtbot):
    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    dialog = panel.choose_package()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return panel, dialog


def test_a_mistyped_key_is_corrected_in_place(ctx, qtbot, package):
    with clock.frozen(WORKDAY):
        panel, dialog = _dialog(ctx, qtbot)
        assert QApplication.focusWidget() is dialog.file
        QTest.keyClicks(dialog.file, str(package.path))
        QTest.keyClick(dialog.file, Qt.Key_S, Qt.AltModifier)  # "Paket&schlüssel"
        assert QApplication.focusWidget() is dialog.key
        wrong = _mistyped(package.key_text)
        QTest.keyClicks(dialog.key, wrong)
        QTest.keyClick(dialog.key, Qt.Key_Return)
        assert dialog.isVisible()
        assert "Paketschlüssel passt nicht" in dialog.error.text() and dialog.error.isVisible()
        assert dialog.file.text() == str(package.path)  # the file stays chosen
        assert dialog.key.text() == wrong  # her text stays, to be corrected
        assert QApplication.focusWidget() is dialog.key
        QTest.keyClick(dialog.key, Qt.Key_Backspace)
        assert not dialog.error.isVisible()  # she is correcting: the reason goes
        QTest.keyClicks(dialog.key, package.key_text[-1])
        QTest.keyClick(dialog.key, Qt.Key_Return)
        assert not dialog.isVisible()
        assert dialog.error.text() == "" and dialog.key.text() == ""  # no key kept
        window = panel.deputy_window
        qtbot.addWidget(window)
        assert isinstance(window, DeputyWindow) and window.isVisible()
        assert window.persons_model.rowCount() == 2
        assert panel.status.text() == ""
        window.close()


def test_a_key_of_the_wrong_form_and_a_missing_file_are_said_in_the_dialog(ctx, qtbot,
                                                                          package, tmp_path):
    with clock.frozen(WORKDAY):
        _panel, dialog = _dialog(ctx, qtbot)
        QTest.keyClick(dialog.file, Qt.Key_Return)
        assert dialog.error.text() == "Bitte die Paketdatei wählen."
        QTest.keyClicks(dialog.file, str(tmp_path / "fehlt.ssapaket"))
        QTest.keyClick(dialog.file, Qt.Key_S, Qt.AltModifier)
        QTest.keyClicks(dialog.key, package.key_text[:-1])  # 63 characters
        QTest.keyClick(dialog.key, Qt.Key_Return)
        assert "64 Zeichen" in dialog.error.text()
        assert dialog.key.text() == package.key_text[:-1]
        QTest.keyClicks(dialog.key, package.key_text[-1])
        QTest.keyClick(dialog.key, Qt.Key_Return)
        assert "gibt es nicht" in dialog.error.text() and dialog.isVisible()
        assert QApplication.focusWidget() is dialog.file  # the file is what is wrong
        QTest.keyClick(dialog, Qt.Key_Escape)
        assert not dialog.isVisible()


def test_the_key_can_be_shown_to_compare_it_with_the_sheet(ctx, qtbot, package):
    with clock.frozen(WORKDAY):
        _panel, dialog = _dialog(ctx, qtbot)
        from PySide6.QtWidgets import QLineEdit

        assert dialog.key.echoMode() == QLineEdit.Password
        QTest.keyClick(dialog.file, Qt.Key_Z, Qt.AltModifier)  # "Schlüssel an&zeigen"
        qtbot.waitUntil(dialog.show_key.isChecked)
        assert dialog.key.echoMode() == QLineEdit.Normal
        dialog.reject()


def test_a_school_package_is_asked_in_the_same_dialog(ctx, qtbot, tmp_path):
    """"Übergabepaket einlesen …": file and key in the same dialog (exec), the mistyped
    key corrected there, then the panel gets both."""

    from ssa_desktop.domain import handover as rules
    from ssa_desktop.services import handover_school
    from ssa_desktop.ui.handover.open_package_dialog import OpenPackageDialog
    from tests.support.vaults import fresh_vault

    with fresh_vault() as predecessor:
        result = handover_school.create_school_package(predecessor.conn, "school-1",
                                                       rules.Deputy("Jana Berger"), tmp_path)
    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    seen = []

    def answer(dialog):
        QTest.keyClicks(dialog.file, str(result.path))
        QTest.keyClicks(dialog.key, _mistyped(result.key_text))
        QTest.keyClick(dialog.key, Qt.Key_Return)
        seen.append(dialog.error.text())
        QTest.keyClick(dialog.key, Qt.Key_Backspace)
        QTest.keyClicks(dialog.key, result.key_text[-1])
        QTest.keyClick(dialog.key, Qt.Key_Return)

    questions.when_open(OpenPackageDialog, answer)
    chosen = panel._ask_package("Übergabepaket einlesen")
    assert "Paketschlüssel passt nicht" in seen[0]
    assert chosen == (result.path, result.key_text)
