"""The first unlock after an update says that the vault is being converted, step by
step (docs/handbuch.md, „Nach einem Update“): the real unlock window on the vault of
schema 1 in tests/data/vaults/v1, her passphrase typed, migrated through the one runner
with its Progress. An unlock with nothing to migrate shows no such line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from keyring.backends import fail
from PySide6.QtCore import Qt

from ssa_desktop.storage import migrations
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.vault.unlock import UnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE

V1 = Path(__file__).resolve().parents[2] / "data" / "vaults" / "v1"


def _unlock(qtbot, folder: Path, passphrase: str) -> tuple[list, object]:
    dialog = UnlockDialog(Vault(folder), kdf_params=FAST_KDF, store=DeviceKeyStore(fail.Keyring()))
    qtbot.addWidget(dialog)
    dialog.show()
    shown = []
    # what the window shows at each step, read from its widgets as it changes
    dialog.progress_shown.connect(lambda: shown.append((
        dialog.busy.label.text(), dialog.busy.bar.value(), dialog.busy.bar.maximum(),
        dialog.busy.isVisible(), dialog.busy.bar.accessibleName())))
    if passphrase.isascii():
        qtbot.keyClicks(dialog.passphrase.edit, passphrase)
    else:  # QTest cannot type "ü" (as in tests/ui/vault/test_unlock.py)
        dialog.passphrase.edit.insert(passphrase)
    with qtbot.waitSignal(dialog.unlocked, timeout=120_000) as blocker:
        qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    return shown, blocker.args[0]


def test_the_first_unlock_of_an_old_vault_shows_each_step(qtbot, tmp_path):
    folder = shutil.copytree(V1, tmp_path / "v1")
    passphrase = json.loads((folder / "fixture.json").read_text("utf-8"))["passphrase"]
    shown, session = _unlock(qtbot, folder, passphrase)
    try:
        assert session.schema_version() == migrations.latest_version() == len(migrations.available())
    finally:
        session.lock()
    steps = migrations.latest_version() - 1  # schema 1 → latest: migrations 2 … latest
    assert len(shown) == steps
    first, last = shown[0], shown[-1]
    assert first[0] == ("Der Tresor wird auf die neue Version umgestellt … "
                        f"Schritt 1 von {steps}. Bitte das Programm nicht beenden.")
    assert first[1:4] == (0, 100, True)
    assert last[0].startswith(
        f"Der Tresor wird auf die neue Version umgestellt … Schritt {steps} von {steps}")
    assert last[1:4] == (100 * (steps - 1) // steps, 100, True)  # all but the last done
    assert all(text == name for text, _, _, _, name in shown)


def test_an_unlock_without_migration_shows_no_step(qtbot, tmp_path):
    Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)[0].lock()
    shown, session = _unlock(qtbot, tmp_path / "tresor", PASSPHRASE)
    session.lock()
    assert shown == []
