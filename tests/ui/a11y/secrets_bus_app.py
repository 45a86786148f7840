"""The secret dialogs under the real accessibility bus (run by test_secrets_on_the_bus.py;
the bus as in test_real_bus.py): ``change`` „Passphrase ändern“, ``handover`` „Übergabe
an eine Nachfolge“, ``prompt`` the passphrase asked before „Notfallschlüssel anzeigen“
(and „Neuer Notfallschlüssel“), ``package`` „Vertretungspaket öffnen“, ``emergency`` the
unlock window, which opens „Mit Notfallschlüssel öffnen“ as her button does."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.storage.vault import Vault
from tests.support.vaults import FAST_KDF, PASSPHRASE
from tests.ui.a11y.bus_app import TODAY


def _emergency(folder: Path):
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    session.lock()
    window = UnlockDialog(folder, kdf_params=FAST_KDF)
    QTimer.singleShot(500, window.emergency_button.click)
    return window


def _dialog(mode: str):
    from ssa_desktop.ui.handover.open_package_dialog import OpenPackageDialog
    from ssa_desktop.ui.settings.dialogs import (
        ChangePassphraseDialog,
        PassphrasePrompt,
        PostHandoverDialog,
    )

    return {"change": ChangePassphraseDialog, "handover": PostHandoverDialog,
            "prompt": lambda: PassphrasePrompt("Notfallschlüssel anzeigen",
                                               "Bitte die Passphrase eingeben."),
            "package": lambda: OpenPackageDialog("Vertretungspaket öffnen",
                                                 lambda *_a: None)}[mode]()


def main(mode: str, folder: str) -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("ssa-secrets-bus")
    with clock.frozen(TODAY):  # the app's day is set, not the machine's
        window = _emergency(Path(folder)) if mode == "emergency" else _dialog(mode)
        if mode == "package":
            window.key.setFocus()
        window.show()
        window.activateWindow()
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
