"""Issue 59/7 and the end of creation: the first-run wizard's welcome page starts with the
focus on the main path („Weiter“), not on „Träger-Werkzeuge“ (a side door for the
Träger's coordinator); and the end of creating the vault puts no percentage on the bus:
the busy bar is hidden, not set to its end (Orca said „100 percent“ after „✓ Der Tresor
ist angelegt“). A value change of a progress bar is what Qt sends to the bus as
„value changed“; the bar's ``valueChanged`` is recorded here, with Orca:
``test_orca.py::test_the_wizard_says_each_page_and_the_creation_once``."""

from __future__ import annotations

from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressBar, QWizard

from ssa_desktop.storage.keystore import DeviceKeyStore
from tests.conftest import FAST_KDF

NEW_PASSPHRASE = "Wald-Fluss-Berg-Stern-7"


def _wizard(qtbot, tmp_path, monkeypatch):
    from ssa_desktop.ui.vault.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "tresor", store=DeviceKeyStore(fail.Keyring()),
                            kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    monkeypatch.setattr(FirstRunWizard, "_may_cancel", lambda _self: True)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.session and w.session.lock())
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def test_the_welcome_page_starts_on_weiter(qtbot, tmp_path, monkeypatch):
    wizard = _wizard(qtbot, tmp_path, monkeypatch)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QApplication.processEvents()
    assert QApplication.focusWidget() is wizard.button(QWizard.WizardButton.NextButton)
    # the side door stays one Tab away
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is wizard.page(wizard.startId()).kit_button


def test_the_end_of_creation_says_no_percentage(qtbot, tmp_path, monkeypatch):
    wizard = _wizard(qtbot, tmp_path, monkeypatch)
    values: list[int] = []
    for bar in wizard.findChildren(QProgressBar):
        bar.valueChanged.connect(lambda v, b=bar: values.append(v) if b.isVisible() else None)
    for _page in range(2):   # welcome → location → passphrase
        QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    page = wizard.passphrase_page
    QTest.keyClicks(page.first.edit, NEW_PASSPHRASE)
    QTest.keyClicks(page.second.edit, NEW_PASSPHRASE)
    values.clear()   # the strength meter's own bar is not this test's (SecretField's)
    QTest.keyClick(page.second.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.session is not None and not wizard.create_page.running,
                    timeout=30000)
    QApplication.processEvents()
    assert values == []
    assert not wizard.create_page.bar.isVisible()
    assert "angelegt" in wizard.create_page.status.text()
