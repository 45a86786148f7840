"""Every unlock that migrates says so, step by step: the remembered-device unlock in the
real unlock window (the keychain in a file, a real child process) and the CLI (a line
per step on stderr), on the vault of schema 1 in tests/data/vaults/v1."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ssa_desktop import cli
from ssa_desktop.storage import migrations
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault

V1 = Path(__file__).resolve().parents[1] / "data" / "vaults" / "v1"
# schema 1 → the latest: one step per migration after the first
STEPS = migrations.latest_version() - 1
STEP = "Der Tresor wird auf die neue Version umgestellt … Schritt {0} von {1}."


def _old_vault(tmp_path: Path) -> tuple[Path, dict]:
    folder = shutil.copytree(V1, tmp_path / "v1")
    return folder, json.loads((folder / "fixture.json").read_text("utf-8"))


def test_the_cli_writes_a_line_per_migration_step(tmp_path, capsys, monkeypatch):
    folder, info = _old_vault(tmp_path)
    monkeypatch.setenv("SSA_PASSPHRASE", info["passphrase"])
    out = tmp_path / "export.json"   # a command that writes (``info`` only reads)
    assert cli.main(["export-json", "--vault", str(folder), "--out", str(out)]) == 0
    _out, err = capsys.readouterr()
    steps = [line for line in err.splitlines() if "umgestellt" in line]
    assert steps == [f"ssa-desktop: {STEP.format(n, STEPS)}" for n in range(1, STEPS + 1)]
    assert "Traceback" not in err


def test_the_remembered_unlock_shows_each_step_in_the_window(tmp_path, file_keyring, qtbot):
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    folder, info = _old_vault(tmp_path)
    # remembered on this device (which needs one unlock), then the files of schema 1
    # again, as after installing the update on a laptop that remembers her vault
    session = Vault(folder).unlock(info["passphrase"])
    assert session.remember_on_device(DeviceKeyStore())
    session.lock()
    shutil.rmtree(folder / "backups")
    for name in (DB_NAME, KEY_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        shutil.copyfile(V1 / name, folder / name)
    dialog = UnlockDialog(folder, try_remembered=True)
    qtbot.addWidget(dialog)
    shown = []
    dialog.progress_shown.connect(lambda: shown.append((
        dialog.busy.label.text(), dialog.busy.bar.value(), dialog.busy.isVisible(),
        dialog.passphrase.isEnabled())))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=120_000)
    try:
        assert dialog.session.schema_version() == migrations.latest_version() == len(migrations.available())
    finally:
        dialog.session.lock()
    assert [text for text, *_ in shown] == [
        STEP.format(n, STEPS) + " Bitte das Programm nicht beenden." for n in range(1, STEPS + 1)]
    assert shown[0][1:] == (0, True, False)     # the busy row, her fields closed meanwhile
    # before the last step: all but one done (19 of 20 = 95 %, read from the migrations)
    assert shown[-1][1:] == ((STEPS - 1) * 100 // STEPS, True, False)
    assert not dialog.busy.isVisible()
