"""The first-run wizard's details a new worker stumbled over (issue 64, item 9), with real
keys: „Ordner:“ once on the location page; Tab from the passphrase goes to its
repetition (the „Anzeigen“ toggles after both fields); the strength hint says what it
found in her words, not „6 zufällige Zeichen“; „1.9.26“ is shown as 01.09.2026 once she
leaves the field, and a refused date's hint goes as soon as the date is right."""

from __future__ import annotations

from datetime import date

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from ssa_desktop.domain import clock
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.vault.wizard import PAGE_LOCATION, PAGE_PASSPHRASE, FirstRunWizard
from tests.conftest import FAST_KDF
from tests.ui.vault.test_wizard_staff import _to_schools_page

PASS = "Kastanie Regenschirm fliegt 47 mal"


@pytest.fixture
def frozen():
    with clock.frozen(date(2026, 9, 14)):
        yield


def _wizard(qtbot, tmp_path) -> FirstRunWizard:
    wizard = FirstRunWizard(tmp_path / "tresor", store=DeviceKeyStore(fail.Keyring()),
                            kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def test_the_location_page_says_ordner_once(qtbot, tmp_path, frozen):
    wizard = _wizard(qtbot, tmp_path)
    wizard.button(QWizard.NextButton).click()
    assert wizard.currentId() == PAGE_LOCATION
    page = wizard.page(PAGE_LOCATION)
    shown = [label for label in page.findChildren(QLabel)
             if label.isVisible() and label.text().replace("&", "") == "Ordner:"]
    assert len(shown) == 1


def test_tab_from_the_passphrase_goes_to_its_repetition(qtbot, tmp_path, frozen):
    wizard = _wizard(qtbot, tmp_path)
    wizard.button(QWizard.NextButton).click()
    wizard.button(QWizard.NextButton).click()
    assert wizard.currentId() == PAGE_PASSPHRASE
    page = wizard.passphrase_page
    page.first.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.first.edit)
    QTest.keyClicks(page.first.edit, PASS)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is page.second.edit
    QTest.keyClicks(page.second.edit, PASS)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)    # then the toggles
    assert QApplication.focusWidget() is page.first.toggle
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is page.second.toggle


def test_the_strength_hint_says_what_it_found_in_her_words(qtbot, tmp_path, frozen):
    wizard = _wizard(qtbot, tmp_path)
    wizard.button(QWizard.NextButton).click()
    wizard.button(QWizard.NextButton).click()
    page = wizard.passphrase_page
    page.first.edit.setFocus()
    QTest.keyClicks(page.first.edit, "Kastanie Regenschirm fliegt 47 mal xq")
    hint = page.meter.hint.text()
    assert "zufällig" not in hint, hint
    assert "Zeichen ohne bekanntes Muster" in hint, hint


def test_the_start_is_shown_as_a_full_date_and_a_refused_hint_goes(qtbot, tmp_path, frozen):
    wizard = _to_schools_page(qtbot, tmp_path)
    page = wizard.schools
    page.employed_from.setFocus()
    QTest.keyClicks(page.employed_from, "31.2.26")
    QTest.keyClick(page.employed_from, Qt.Key_Tab)
    assert page.error_label.isVisibleTo(page)
    assert page.error_label.text().startswith("Beschäftigt seit:")
    page.employed_from.setFocus()
    page.employed_from.selectAll()
    QTest.keyClicks(page.employed_from, "1.9.26")
    QTest.keyClick(page.employed_from, Qt.Key_Tab)
    assert page.employed_from.text() == "01.09.2026"
    assert not page.error_label.isVisibleTo(page), page.error_label.text()
    wizard.session.lock()
    wizard.session = None
