"""The child processes that receive the passphrase and the device key (``unwrap_child``,
``keychain``, started through ``child_process``) are safe from the folder the program was
started from, from hostile or garbled answers and from hung children, and the GUI-side
process asks only a yes/no of the keychain after the unlock (a security review's findings).
Real child processes; the hostile "children" are small Python programs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ssa_desktop.services import letter_child, pdf_pages
from ssa_desktop.storage import child_process, keychain, unwrap_child
from ssa_desktop.storage.keychain import ChildKeychain
from ssa_desktop.storage.keyfile import KeyFile
from ssa_desktop.storage.keystore import SERVICE, DeviceKeyStore, device_file
from ssa_desktop.storage.unwrap_child import Remembered, UnwrapFailed
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

_SHADOW = ("import pathlib, sys\n"
           "pathlib.Path(__file__).with_name('ran.txt').write_text('ran')\n"
           "del sys.modules['json']\n"
           "sys.path = [p for p in sys.path if p not in ('', '.') and "
           "pathlib.Path(p).resolve() != pathlib.Path(__file__).parent]\n"
           "import json as _real\n"
           "globals().update(_real.__dict__)\n")


@pytest.fixture
def vault_folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(ROOT)
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    session.lock()
    return tmp_path / "tresor"


@pytest.fixture
def hostile_cwd(tmp_path, monkeypatch) -> Path:
    """A folder with a ``json.py`` (an unpacked download), made the working directory."""
    evil = tmp_path / "download"
    evil.mkdir()
    (evil / "json.py").write_text(_SHADOW, "utf-8")
    monkeypatch.chdir(evil)
    return evil


# -- 1. nothing from the working directory runs in a child -------------------------------
def test_a_module_in_the_working_directory_does_not_run_in_the_unwrap_child(vault_folder,
                                                                          hostile_cwd):
    keyfile = KeyFile.load(vault_folder / "vault.key")
    key = unwrap_child.unwrap(keyfile, PASSPHRASE)
    assert key == keyfile.unwrap(PASSPHRASE)
    assert not (hostile_cwd / "ran.txt").exists()


def test_a_module_in_the_working_directory_does_not_run_in_the_keychain_child(file_keyring,
                                                                            hostile_cwd):
    chain = ChildKeychain()
    assert chain.available()
    assert chain.get_password(SERVICE, "x") is None
    assert not (hostile_cwd / "ran.txt").exists()


def test_the_children_run_with_a_safe_path_and_folder(monkeypatch, tmp_path):
    for command in (unwrap_child.child_command(), keychain.child_command(),
                    pdf_pages.child_command(), letter_child.child_command()):
        assert command[:2] == [sys.executable, "-P"] and "-m" not in command
    started = []
    real = subprocess.Popen

    class Recording(real):
        def __init__(self, args, *rest, **kw):
            started.append(kw)
            super().__init__(args, *rest, **kw)

    monkeypatch.setattr(child_process.subprocess, "Popen", Recording)
    monkeypatch.chdir(tmp_path)
    ChildKeychain().available()
    assert started and Path(started[0]["cwd"]) != tmp_path
    assert started[0]["cwd"] == child_process.safe_folder()


def test_the_frozen_build_still_starts_its_own_executable(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert unwrap_child.child_command() == [sys.executable, "--unwrap-child"]
    assert keychain.child_command() == [sys.executable, "--keychain-child"]
    assert pdf_pages.child_command() == [sys.executable, "--pdf-pages-child"]
    assert letter_child.child_command() == [sys.executable, "--letter-child"]


# -- 2. hostile or garbled answers are UnwrapFailed ---------------------------------------
class _KeyFile:
    def to_json(self) -> bytes:
        return b"{}"


def _answering(monkeypatch, answer: str) -> None:
    monkeypatch.setattr(unwrap_child, "child_command", lambda: [
        sys.executable, "-c", "import sys; sys.stdin.read(); sys.stdout.write(sys.argv[1])",
        answer])


HOSTILE = {
    "error is a list": '{"error": []}',
    "error is a dict": '{"error": {}}',
    "error is a number": '{"error": 3}',
    "deep nesting": "[" * 3000,
    "deep nesting in the status line": '{"error": "not remembered"}\n' + "[" * 3000,
    "a status that is no object, with a key": '{"key": "' + "ab" * 32 + '"}\n[1]',
    "not remembered, to the passphrase": '{"error": "not remembered"}',
    "refused, to the passphrase": '{"error": "refused"}',
}


@pytest.mark.parametrize("answer", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_answer_to_the_passphrase_is_unwrap_failed(monkeypatch, answer):
    _answering(monkeypatch, answer)
    with pytest.raises(UnwrapFailed) as caught:
        unwrap_child.unwrap(_KeyFile(), PASSPHRASE)
    assert "Hilfsprozess" in str(caught.value)


@pytest.mark.parametrize("answer", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_answer_to_remembered_is_no_answer(monkeypatch, tmp_path, answer):
    _answering(monkeypatch, answer)
    assert unwrap_child.recall_remembered("uuid", tmp_path) is None


@pytest.mark.parametrize("answer", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_answer_to_the_device_file_is_none(monkeypatch, answer):
    _answering(monkeypatch, answer)
    assert unwrap_child.open_device_file(b"{}", bytes(32), "uuid", "0" * 16) is None


def test_a_hung_child_whose_grandchild_holds_the_pipe_is_ended_at_the_timeout(monkeypatch):
    monkeypatch.setattr(unwrap_child, "child_command", lambda: [
        sys.executable, "-c",
        "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', "
        "'import time; time.sleep(300)']); time.sleep(300)"])
    monkeypatch.setattr(unwrap_child, "TIMEOUT_S", 1)
    started = time.monotonic()
    with pytest.raises(UnwrapFailed):
        unwrap_child.unwrap(_KeyFile(), PASSPHRASE)
    assert time.monotonic() - started < 120  # not the grandchild's 300 s


def test_a_key_sent_with_legacy_is_overwritten(monkeypatch, tmp_path):
    sent = bytearray(b"\x5a" * 32)
    monkeypatch.setattr(unwrap_child, "recall_remembered", lambda *_: Remembered(
        sent, available=True, backend="b", remembered=True, legacy=True))

    class Store:
        def note_recalled(self, *_a, **_k):
            pass

        def recall(self, *_a, **_k):
            return None

    assert unwrap_child.recall_in_child(Store(), "uuid", tmp_path) is None
    assert sent == bytearray(32)


# -- 3. after the unlock the GUI-side process asks only yes/no -----------------------------
def test_the_keychain_child_answers_has_without_the_device_key(vault_folder, file_keyring):
    session = Vault(vault_folder).unlock(PASSPHRASE)
    uuid = session.uuid
    assert session.remember_on_device(DeviceKeyStore())
    session.lock()
    entry = json.loads(file_keyring.read_text("utf-8"))[f"{SERVICE}|{uuid}"]
    device_key = entry.rsplit(":", 1)[1]

    def ask(request: dict) -> bytes:
        return subprocess.run(keychain.child_command(), input=json.dumps(request).encode(),
                              capture_output=True, timeout=60, check=True).stdout

    has = ask({"op": "has", "service": SERVICE, "username": uuid})
    assert json.loads(has)["remembered"] is True
    assert device_key.encode() not in has and b"geraeteschluessel" not in has
    assert json.loads(ask({"op": "has", "service": SERVICE, "username": "other"}))[
        "remembered"] is False


def test_is_remembered_and_forget_never_read_the_entry(vault_folder, file_keyring,
                                                       monkeypatch):
    session = Vault(vault_folder).unlock(PASSPHRASE)
    uuid = session.uuid
    assert session.remember_on_device(DeviceKeyStore())
    session.lock()
    entry = json.loads(file_keyring.read_text("utf-8"))[f"{SERVICE}|{uuid}"]
    device_id = entry.split(":")[1]
    assert device_file(vault_folder, device_id).exists()

    def no_entry(*_args):
        raise AssertionError("the device key was asked into this process")

    monkeypatch.setattr(ChildKeychain, "get_password", no_entry)
    store = DeviceKeyStore()
    assert store.is_remembered(uuid)
    assert store.is_remembered(uuid)
    assert not store.is_remembered("another vault")
    store.forget(uuid, vault_folder)
    assert json.loads(file_keyring.read_text("utf-8")) == {}
    assert not device_file(vault_folder, device_id).exists()
    assert not store.is_remembered(uuid)


def test_remember_again_never_reads_the_previous_entry(vault_folder, file_keyring,
                                                       monkeypatch):
    """Turning "Auf diesem Gerät merken" on again replaces this device's entry: the child
    reads the old one (to revoke its wrapped key file) and answers only its device id."""
    session = Vault(vault_folder).unlock(PASSPHRASE)
    uuid = session.uuid
    assert session.remember_on_device(DeviceKeyStore())
    first = json.loads(file_keyring.read_text("utf-8"))[f"{SERVICE}|{uuid}"]
    first_id = first.split(":")[1]
    asked: list[dict] = []
    real_ask, real_get = ChildKeychain._ask, ChildKeychain.get_password

    def recording(self, request):
        asked.append(request)
        answer = real_ask(self, request)
        assert first.split(":")[2].encode() not in json.dumps(answer).encode()
        return answer

    def no_entry(*_args):
        raise AssertionError("the device key was asked into this process")

    monkeypatch.setattr(ChildKeychain, "_ask", recording)
    monkeypatch.setattr(ChildKeychain, "get_password", no_entry)
    try:
        assert session.remember_on_device(DeviceKeyStore())
    finally:
        session.lock()
    assert all(r["op"] != "get" for r in asked)
    second = json.loads(file_keyring.read_text("utf-8"))[f"{SERVICE}|{uuid}"]
    assert second != first
    assert not device_file(vault_folder, first_id).exists()       # the old one revoked
    assert device_file(vault_folder, second.split(":")[1]).exists()
    # the CLI's recall (it reads the entry itself) opens the vault with the new entry
    monkeypatch.setattr(ChildKeychain, "get_password", real_get)
    Vault(vault_folder).unlock_remembered(DeviceKeyStore()).lock()


# a child that stops reading its request: alive, its stdin pipe full (64 KB)
_NEVER_READS = "import threading; threading.Event().wait()"
_READS_THEN_HANGS = "import sys, threading; sys.stdin.buffer.read(); threading.Event().wait()"
_REQUEST = b"x" * (4 << 20)          # her template can be ≈ 13 MB


def _asked(code: str, ask) -> list:
    """``ask(child)`` on a thread of the test's; the child ended afterwards in any case."""
    import threading

    child = child_process.start([sys.executable, "-c", code])
    got: list = []
    done = threading.Thread(target=lambda: got.append(ask(child)), daemon=True)
    done.start()
    done.join(60)           # a bound for the failure before the fix, not a timing guess
    try:
        assert not done.is_alive(), "the caller hangs in the write"
    finally:
        child_process.kill(child)
        child.wait()
    return got


@pytest.mark.parametrize("windows", [False, True], ids=["polled", "windows-thread"])
def test_a_child_that_stops_reading_is_ended_at_the_timeout_while_it_is_written_to(
        monkeypatch, windows):
    """Review finding 4: the request was written before the read's deadline began, so a
    child alive but not reading (her template against a 64 KB pipe) held the caller (the
    GUI) for ever (this test hung). Now the write runs under the answer's deadline and
    ends as the read timeout does: the same answer, the child ended with its group. POSIX
    writes without blocking on the caller's thread; Windows' pipes need a thread (its
    writer runs here on Linux too)."""
    if windows:
        monkeypatch.setattr(child_process, "send", child_process._send_from_thread)

    def last(child):
        return child_process.converse(child, _REQUEST, 100, 0.5)

    read_timeout = _asked(_READS_THEN_HANGS, last)
    got = _asked(_NEVER_READS, last)
    assert got == read_timeout and got[0] is not None and got[0][1] != 0, got
    # a child that stays for a next request (the letter child): no answer, it is ended
    got = _asked(_NEVER_READS,
                 lambda child: child_process.first_answer(child, _REQUEST, 1, 100, 0.5))
    assert got == [None]


@pytest.mark.parametrize("code, answer", [
    ("import os; os.write(1, b'ok')", (b"ok", 0)),
    ("import os, sys; os.write(1, b'ok'); os.close(1); sys.stdin.buffer.read(); sys.exit(3)",
     (b"ok", 3)),
], ids=["answers-and-ends", "answers-then-reads"])
def test_a_child_that_answers_before_it_has_read_its_request_gets_its_answer(code, answer):
    """What a child answers before it has read all of a large request is read as before
    the write had a deadline: its answer and its return code."""
    assert _asked(code, lambda child: child_process.converse(child, _REQUEST, 100, 30)) == [
        answer]
