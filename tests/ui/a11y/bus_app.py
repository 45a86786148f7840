"""The app under the real accessibility bus: the unlock window of a fresh vault, on
xcb with the AT-SPI bridge on (run by tests/ui/a11y/test_real_bus.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.vault.unlock import UnlockDialog
from tests.support.vaults import FAST_KDF, PASSPHRASE


def main(folder: str) -> int:
    session, _ = Vault.create(Path(folder), PASSPHRASE, params=FAST_KDF)
    session.lock()
    app = QApplication(sys.argv)
    app.setApplicationName("ssa-bus-audit")
    dialog = UnlockDialog(Path(folder), kdf_params=FAST_KDF)
    dialog.show()
    dialog.activateWindow()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
