"""The data key unwrapped in a child process (``storage.unwrap_child``, issue 21): real
child processes of ``python -m ssa_desktop --unwrap-child`` on real vaults, with the real
Argon2id and AES-GCM. The GUI's unlock goes this way; the GUI process itself never loads
``argon2`` or ``cryptography`` (tests/ui/shell/test_gui_memory.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ssa_desktop.services import session as service
from ssa_desktop.storage import child_process, unwrap_child
from ssa_desktop.storage.errors import KeyFileDamaged, WrongPassphrase
from ssa_desktop.storage.keyfile import KeyFile
from ssa_desktop.storage.keystore import DeviceKeyStore, device_file
from ssa_desktop.storage.unwrap_child import UnwrapFailed
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(ROOT)  # ``python -m ssa_desktop`` finds this tree
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    session.lock()
    return tmp_path / "tresor"


def _files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_real_child_unwraps_with_the_right_passphrase_and_refuses_a_wrong_one(folder):
    keyfile = KeyFile.load(folder / "vault.key")
    key = unwrap_child.unwrap(keyfile, PASSPHRASE)
    assert isinstance(key, bytearray)
    assert key == keyfile.unwrap(PASSPHRASE)                 # the same key as in-process
    with pytest.raises(WrongPassphrase):
        unwrap_child.unwrap(keyfile, "Lindenbluete-Kastanie-48")

    session = service.unlock(Vault(folder), PASSPHRASE, defer_integrity=True, in_child=True)
    try:
        session.verify_integrity()
        assert session.conn.execute("SELECT value FROM meta WHERE key = 'vault_uuid'"
                                    ).fetchone()[0] == keyfile.vault_uuid
    finally:
        session.lock()
    before = _files(folder)
    with pytest.raises(WrongPassphrase):
        service.unlock(Vault(folder), "Lindenbluete-Kastanie-48", in_child=True)
    assert _files(folder) == before


def test_the_passphrase_is_never_on_the_command_line_nor_in_the_environment(folder,
                                                                            monkeypatch):
    started = []
    real = subprocess.Popen

    class Recording(real):
        def __init__(self, args, *rest, **kw):
            started.append((list(args), kw.get("env")))
            super().__init__(args, *rest, **kw)

    monkeypatch.setattr(child_process.subprocess, "Popen", Recording)
    service.unlock(Vault(folder), PASSPHRASE, in_child=True).lock()
    assert len(started) == 1
    args, env = started[0]
    assert args[-1] == "--unwrap-child"
    assert not any(PASSPHRASE in arg for arg in args)
    assert env is None and not any(PASSPHRASE in v for v in os.environ.values())


@pytest.mark.parametrize("command", [
    ["/nonexistent/ssa-desktop", "--unwrap-child"],             # cannot be started
    ["sh", "-c", "exit 3"],                                     # ends without reading
    ["sh", "-c", "cat >/dev/null; echo kaputt"],                # answers nonsense
    ["sh", "-c", "cat >/dev/null; printf '{\"key\": \"00\"}'"],  # a key of the wrong length
])
def test_a_child_that_does_not_answer_is_a_german_message_and_nothing_is_written(
        folder, monkeypatch, command):
    monkeypatch.setattr(unwrap_child, "child_command", lambda: command)
    before = _files(folder)
    with pytest.raises(UnwrapFailed) as caught:
        service.unlock(Vault(folder), PASSPHRASE, defer_integrity=True, in_child=True)
    assert "Hilfsprozess" in str(caught.value) and "nichts verändert" in str(caught.value)
    assert PASSPHRASE not in str(caught.value)
    assert _files(folder) == before


def test_a_child_that_hangs_is_ended_after_the_timeout(folder, monkeypatch):
    monkeypatch.setattr(unwrap_child, "child_command", lambda: ["sleep", "30"])
    monkeypatch.setattr(unwrap_child, "TIMEOUT_S", 0.5)
    with pytest.raises(UnwrapFailed):
        service.unlock(Vault(folder), PASSPHRASE, in_child=True)


def test_the_child_answers_in_json_and_never_with_a_traceback(folder):
    def ask(request: bytes) -> tuple[dict, bytes]:
        done = subprocess.run(unwrap_child.child_command(), input=request,
                              capture_output=True, timeout=60, check=True)
        return json.loads(done.stdout), done.stderr

    raw = (folder / "vault.key").read_text("utf-8")
    answer, _ = ask(json.dumps({"op": "passphrase", "key_file": raw,
                                "passphrase": PASSPHRASE}).encode())
    assert len(bytes.fromhex(answer["key"])) == 32
    assert ask(json.dumps({"op": "passphrase", "key_file": raw,
                           "passphrase": "falsch"}).encode()) == \
        ({"error": "WrongPassphrase"}, b"")
    damaged = raw.replace('"time_cost"', '"time_kost"')
    assert ask(json.dumps({"op": "passphrase", "key_file": damaged,
                           "passphrase": PASSPHRASE}).encode())[0] == {"error": "KeyFileDamaged"}
    assert ask(b'{"op": "sing"}')[0] == {"error": "unknown request"}
    assert ask(b"not json") == ({"error": "JSONDecodeError"}, b"")


def test_a_damaged_key_file_is_reported_as_such_through_the_child(folder, monkeypatch):
    keyfile = KeyFile.load(folder / "vault.key")

    class Tampered:  # what the child is sent: a key file whose checksum does not hold
        def to_json(self) -> bytes:
            doc = json.loads(keyfile.to_json())
            doc["kdf"]["time_cost"] += 1
            return json.dumps(doc).encode()

    with pytest.raises(KeyFileDamaged):
        unwrap_child.unwrap(Tampered(), PASSPHRASE)


def test_the_pending_key_of_an_interrupted_rekey_is_unwrapped_in_the_child(folder):
    session = Vault(folder).unlock(PASSPHRASE)
    old_key = folder / "vault.key"
    saved = old_key.read_bytes()
    session.rekey(PASSPHRASE, params=FAST_KDF)
    session.lock()
    # the crash between the swap and the promotion: the old key file is back in place,
    # the new one waits as pending
    (folder / "vault.key.pending").write_bytes(old_key.read_bytes())
    old_key.write_bytes(saved)
    reopened = service.unlock(Vault(folder), PASSPHRASE, in_child=True)
    try:
        assert not (folder / "vault.key.pending").exists()
        assert reopened.conn.execute("SELECT count(*) FROM meta").fetchone()[0] > 0
    finally:
        reopened.lock()


def test_remembered_on_this_device_opens_through_the_child(folder, file_keyring):
    session = Vault(folder).unlock(PASSPHRASE)
    uuid = session.uuid
    assert session.remember_on_device(DeviceKeyStore())
    session.lock()
    again = service.unlock_remembered(Vault(folder), DeviceKeyStore(), defer_integrity=True,
                                      in_child=True)
    assert again is not None
    again.lock()
    # a device file the device key does not open (another device's, tampered): no vault
    entry = json.loads(file_keyring.read_text("utf-8"))
    device_id = next(iter(entry.values())).split(":")[1]
    path = device_file(folder, device_id)
    doc = json.loads(path.read_text("utf-8"))
    doc["nonce"] = "AAAAAAAAAAAAAAAA"
    path.write_text(json.dumps(doc), "utf-8")
    assert service.unlock_remembered(Vault(folder), DeviceKeyStore(), in_child=True) is None
    assert DeviceKeyStore().is_remembered(uuid)  # refused, not forgotten: she types instead


def test_the_frozen_build_asks_its_own_executable(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert unwrap_child.child_command() == [sys.executable, "--unwrap-child"]
