"""'Auf diesem Gerät merken' against a real Secret Service (gnome-keyring in its own
D-Bus session), not a test backend: remember → lock → unlock without passphrase →
forget → the passphrase is needed again. Each question goes to the keychain child
process (``storage.keychain``); the asking process never loads ``keyring``.

CI installs gnome-keyring and dbus from Debian packages (.ci/run); there the test must
run. On a developer machine without them it is skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.support.requirements import require

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("dbus-run-session", "gnome-keyring-daemon")

CHILD = textwrap.dedent('''
    import sys
    from pathlib import Path

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.storage.vault import Vault

    folder = Path(sys.argv[1])
    store = DeviceKeyStore()
    assert store.available()
    name = store.backend_name()
    assert name == "keyring.backends.SecretService.Keyring", name

    session, _key = Vault.create(folder, "Kiefer Laterne schwimmt 93 Mal")
    vault_id = session.uuid
    assert session.remember_on_device(store)
    session.lock()

    again = Vault(folder).unlock_remembered(store)
    assert again is not None, "remembered key did not open the vault"
    again.lock()

    store.forget(vault_id)
    assert Vault(folder).unlock_remembered(DeviceKeyStore()) is None
    # every question went to a child process: this one never loaded keyring (issue 21)
    assert not [m for m in sys.modules if m.split(".")[0] in ("keyring", "secretstorage")]
    print("SECRET-SERVICE-OK")
''')


def _missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def test_remember_lock_unlock_forget_with_gnome_keyring(tmp_path):
    missing = _missing_tools()
    require(not missing, f"no Secret Service here: {missing} not installed")
    home = tmp_path / "home"
    (home / ".local" / "share").mkdir(parents=True)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    child = tmp_path / "child.py"
    child.write_text(CHILD, "utf-8")
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime),
           "XDG_DATA_HOME": str(home / ".local" / "share"), "PYTHONPATH": str(ROOT),
           "LANG": "C.UTF-8"}
    script = ('printf "keyring-test" | gnome-keyring-daemon --unlock --components=secrets '
              f'>/dev/null 2>&1; exec "{sys.executable}" "{child}" "{tmp_path / "vault"}"')
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SECRET-SERVICE-OK" in result.stdout
