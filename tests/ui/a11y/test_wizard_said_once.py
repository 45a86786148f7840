"""Issue 59/5: the first-run wizard's page titles and explanations were never said;
„Tresor wird angelegt …“ and „✓ Der Tresor ist angelegt“ were said twice (the status line
said its text each time the wizard showed its page anew). What the app hands to the
reader (``announce``) on the way from the welcome page to the key page, by keyboard;
with Orca: ``test_orca.py::test_the_wizard_says_each_page_and_the_creation_once``."""

from __future__ import annotations

from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.common import announce as announce_module
from tests.conftest import FAST_KDF

NEW_PASSPHRASE = "Wald-Fluss-Berg-Stern-7"


def test_each_page_and_the_creation_said_once(qtbot, tmp_path, monkeypatch):
    from ssa_desktop.ui.vault.wizard import FirstRunWizard

    said: list[str] = []

    def record(_widget, text: str) -> None:
        if text:  # announce says nothing of an empty text
            said.append(text)

    monkeypatch.setattr(announce_module, "announce", record)
    monkeypatch.setattr("ssa_desktop.ui.vault.wizard.announce", record)
    wizard = FirstRunWizard(tmp_path / "tresor", store=DeviceKeyStore(fail.Keyring()),
                            kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    # teardown closes it: no question about the unconfirmed key, the vault locked
    monkeypatch.setattr(FirstRunWizard, "_may_cancel", lambda _self: True)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.session and w.session.lock())
    wizard.show()
    qtbot.waitUntil(lambda: len(said) == 1)
    for count in (2, 3):  # welcome → location → passphrase, each page said as it shows
        QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda c=count: len(said) == c)
    page = wizard.passphrase_page
    QTest.keyClicks(page.first.edit, NEW_PASSPHRASE)
    QTest.keyClicks(page.second.edit, NEW_PASSPHRASE)
    QTest.keyClick(page.second.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.session is not None and not wizard.create_page.running,
                    timeout=30000)
    QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)  # to the key page
    qtbot.waitUntil(lambda: any(text.startswith("Ihr Notfallschlüssel") for text in said))
    assert [text.split(".")[0] for text in said] == [
        "Willkommen bei SSA Desktop", "Wo soll der Tresor liegen?", "Passphrase festlegen",
        "Tresor wird angelegt", "✓ Der Tresor ist angelegt", "Ihr Notfallschlüssel"], said
    assert said[3] == "Tresor wird angelegt. Der Schlüssel wird berechnet. Das dauert einen Moment."
