"""Issue 59/2: a dialog that holds a secret deletes itself when it closes — whoever opened
it, however it closed (Esc, Öffnen/Weiter) — so no closed dialog and no field that held a
key or passphrase stays alive among the app's windows (a reader finds every live widget
on the accessibility bus, hidden or not)."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ssa_desktop.ui.common.secret_field import SecretField

MARKER = "D0CEA440586A7BE8"


def _package(parent, _vault_dir):
    from ssa_desktop.ui.handover.open_package_dialog import OpenPackageDialog

    return OpenPackageDialog("Vertretungspaket öffnen", lambda path, key: (path, key), parent)


def _change(parent, _vault_dir):
    from ssa_desktop.ui.settings.dialogs import ChangePassphraseDialog

    return ChangePassphraseDialog(parent)


def _handover(parent, _vault_dir):
    from ssa_desktop.ui.settings.dialogs import PostHandoverDialog

    return PostHandoverDialog(parent)


def _prompt(parent, _vault_dir):
    from ssa_desktop.ui.settings.dialogs import PassphrasePrompt

    return PassphrasePrompt("Notfallschlüssel anzeigen", "Bitte die Passphrase eingeben.",
                            parent)


def _emergency(parent, vault_dir):
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog

    return EmergencyUnlockDialog(Vault(vault_dir), parent=parent)


DIALOGS = {"package": _package, "change": _change, "handover": _handover,
           "prompt": _prompt, "emergency": _emergency}


@pytest.fixture(autouse=True)
def _earlier_widgets():
    """The widgets alive before the test (another test's window not yet collected): the
    audit looks at what this test's dialog left, not at what came before it."""
    global EARLIER
    EARLIER = {shiboken6.getCppPointer(w)[0] for w in QApplication.allWidgets()}
    yield


EARLIER: set[int] = set()


def _alive_secrets() -> list[str]:
    """Every live widget made during the test that is a secret field or shows the typed
    marker."""
    found = []
    for widget in QApplication.allWidgets():
        if shiboken6.getCppPointer(widget)[0] in EARLIER:
            continue
        if isinstance(widget, SecretField):
            found.append(f"SecretField {widget.edit.accessibleName()!r}")
        elif isinstance(widget, QLineEdit) and MARKER in widget.text().replace(" ", ""):
            found.append(f"QLineEdit {widget.accessibleName()!r}")
    return found


def _type_into_every_secret(dialog) -> None:
    for field in dialog.findChildren(SecretField):
        field.edit.setFocus()
        QTest.keyClicks(field.edit, MARKER)
        assert field.edit.text() == MARKER


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_a_secret_dialog_closed_with_esc_is_deleted(qtbot, vault_dir, name):
    parent = QWidget()  # a window that lives on, as the settings page or the panel does
    qtbot.addWidget(parent)
    dialog = DIALOGS[name](parent, vault_dir)
    dialog.open()
    qtbot.waitExposed(dialog)
    _type_into_every_secret(dialog)
    assert _alive_secrets()  # the audit sees a live secret field
    QTest.keyClick(dialog.findChildren(SecretField)[-1].edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)  # else: hidden
    assert _alive_secrets() == []


def test_the_package_dialog_deletes_itself_after_opening(qtbot, tmp_path):
    """„Öffnen“ with a file and a key: what was opened is kept for the caller, the dialog
    (and its key field) goes."""
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = _package(parent, tmp_path)
    seen = []
    dialog.accepted.connect(lambda: seen.append(dialog.opened))
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.file.setText(str(tmp_path / "paket.ssapaket"))
    _type_into_every_secret(dialog)
    QTest.keyClick(dialog.key, Qt.Key.Key_Return)
    assert seen == [(tmp_path / "paket.ssapaket", MARKER)]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)
    assert _alive_secrets() == []
