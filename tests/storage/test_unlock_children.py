"""How many child processes an unlock starts (issue 29): every start of the program's own
executable is a process AppLocker/WDAC must allow and an antivirus scanner may inspect.
At most one per unlock: the remembered unlock asks the keychain and unwraps the device's
key file in ONE child (``unwrap_child``'s "remembered" request), which also tells
whether a keychain is there, so nothing after the unlock asks again. Real children
(``python -m ssa_desktop``), counted through a wrapper around ``subprocess.Popen``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ssa_desktop.services import session as service
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

CHILD_FLAGS = ("--unwrap-child", "--keychain-child")


@pytest.fixture
def started(monkeypatch) -> list[list[str]]:
    """The command line of every child process started from here on (subprocess.run
    goes through Popen too)."""
    seen: list[list[str]] = []
    real = subprocess.Popen

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, args, *more, **kwargs):
            seen.append([str(a) for a in args])
            super().__init__(args, *more, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", Counting)
    return seen


def _children(started: list[list[str]]) -> list[str]:
    return [next(a for a in args if a in CHILD_FLAGS) for args in started
            if any(a in CHILD_FLAGS for a in args)]


@pytest.fixture
def remembered(tmp_path, file_keyring) -> tuple[Path, str]:
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    assert session.remember_on_device(DeviceKeyStore())
    folder, uuid = session.vault.folder, session.uuid
    session.lock()
    return folder, uuid


def test_a_remembered_unlock_starts_one_child(remembered, started):
    folder, uuid = remembered
    store = DeviceKeyStore()
    session = service.unlock_remembered(Vault(folder), store, defer_integrity=True,
                                        in_child=True)
    try:
        assert session is not None and session.uuid == uuid
        # what the unlock window and the tasks after the unlock ask next: already answered
        assert store.available() and store.is_remembered(uuid)
        assert store.backend_name() == "tests.support.file_keyring.FileKeyring"
    finally:
        session.lock()
    assert _children(started) == ["--unwrap-child"]


def test_a_passphrase_unlock_starts_one_child(remembered, started):
    folder, _uuid = remembered
    session = service.unlock(Vault(folder), PASSPHRASE, defer_integrity=True, in_child=True)
    session.lock()
    assert _children(started) == ["--unwrap-child"]


def test_the_keychain_question_before_a_passphrase_unlock_is_that_one_child(tmp_path,
                                                                          file_keyring,
                                                                          started):
    # nothing remembered: the same single request says so and that a keychain is there
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    folder, uuid = session.vault.folder, session.uuid
    session.lock()
    store = DeviceKeyStore()
    assert service.unlock_remembered(Vault(folder), store, in_child=True) is None
    assert store.available() and not store.is_remembered(uuid)
    assert _children(started) == ["--unwrap-child"]


def test_a_revoked_device_key_opens_nothing_in_one_child(remembered, started):
    folder, uuid = remembered
    for key_file in (folder / "geraete").glob("*.key"):
        key_file.unlink()                       # revoked from another device
    store = DeviceKeyStore()
    assert service.unlock_remembered(Vault(folder), store, in_child=True) is None
    assert _children(started) == ["--unwrap-child"]


def test_without_a_keychain_one_child_says_so(tmp_path, file_keyring, monkeypatch, started):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    folder = session.vault.folder
    session.lock()
    store = DeviceKeyStore()
    assert service.unlock_remembered(Vault(folder), store, in_child=True) is None
    assert not store.available()
    assert store.backend_name() == "keyring.backends.fail.Keyring"
    assert _children(started) == ["--unwrap-child"]


# -- the unlock window, as she uses it ---------------------------------------------------------
def test_the_unlock_window_opens_a_remembered_vault_with_one_child(remembered, started, qtbot):
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    folder, uuid = remembered
    dialog = UnlockDialog(folder, try_remembered=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=60_000)
    try:
        assert dialog.store.is_remembered(uuid)     # the tasks after the unlock: no child
    finally:
        dialog.session.lock()
    assert _children(started) == ["--unwrap-child"]


def test_the_unlock_window_with_the_passphrase(tmp_path, file_keyring, started, qtbot):
    """Nothing remembered: the keychain question while she types (one child, which
    shows "Auf diesem Gerät merken") stays and unwraps her passphrase: one child."""
    from PySide6.QtCore import Qt

    from ssa_desktop.ui.vault.unlock import UnlockDialog

    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    folder, uuid = session.vault.folder, session.uuid
    session.lock()
    dialog = UnlockDialog(folder, try_remembered=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog._keychain_pending, timeout=60_000)
    assert not dialog.remember.isHidden()             # a keychain is there
    assert _children(started) == ["--unwrap-child"]
    dialog.passphrase.setText(PASSPHRASE)             # (not ASCII: no key events)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=60_000)
    try:
        assert not dialog.store.is_remembered(uuid)   # known from the first child
    finally:
        dialog.session.lock()
    assert _children(started) == ["--unwrap-child"]


# -- the window's one child: asked for the remembered key, it stays for the passphrase ------
@pytest.fixture
def forgotten(tmp_path, file_keyring) -> Path:
    """A vault this device does not remember (a keychain is there)."""
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    session.lock()
    return tmp_path / "tresor"


def test_the_child_that_found_nothing_unwraps_her_passphrase(forgotten, started):
    child = service.UnlockChild()
    store = DeviceKeyStore()
    assert service.unlock_remembered(Vault(forgotten), store, unlock_child=child) is None
    assert store.available()                           # its answer, as before
    waiting = child._child
    assert waiting is not None and waiting.poll() is None
    session = service.unlock(Vault(forgotten), PASSPHRASE, unlock_child=child)
    session.lock()
    assert waiting.poll() == 0                          # answered and ended
    assert child._child is None
    assert _children(started) == ["--unwrap-child"]


def test_a_wrong_passphrase_to_the_waiting_child_then_the_right_one(forgotten, started):
    child = service.UnlockChild()
    service.unlock_remembered(Vault(forgotten), DeviceKeyStore(), unlock_child=child)
    with pytest.raises(service.WrongPassphrase):
        service.unlock(Vault(forgotten), "falsch falsch falsch", unlock_child=child)
    session = service.unlock(Vault(forgotten), PASSPHRASE, unlock_child=child)
    session.lock()
    # the second attempt is a new unlock: a new child, as without the waiting one
    assert _children(started) == ["--unwrap-child", "--unwrap-child"]


def test_a_remembered_key_ends_the_child_at_once(remembered, started):
    folder, uuid = remembered
    child = service.UnlockChild()
    session = service.unlock_remembered(Vault(folder), DeviceKeyStore(), unlock_child=child)
    try:
        assert session is not None and session.uuid == uuid
    finally:
        session.lock()
    assert child._child is None
    assert _children(started) == ["--unwrap-child"]


def test_the_window_closed_ends_the_waiting_child(forgotten, started):
    child = service.UnlockChild()
    service.unlock_remembered(Vault(forgotten), DeviceKeyStore(), unlock_child=child)
    waiting = child._child
    child.close()
    assert waiting.poll() is not None and child._child is None
    child.close()                                        # again: nothing
    # closed before it was asked: nothing stays
    late = service.UnlockChild()
    late.close()
    service.unlock_remembered(Vault(forgotten), DeviceKeyStore(), unlock_child=late)
    assert late._child is None


def _waiting_child(folder: Path):
    """A real child asked "remembered" with ``stay`` for a vault it does not remember:
    (the process, its first answer, the vault's id)."""
    import json

    from ssa_desktop.storage import child_process, unwrap_child

    opened = service.Vault(folder).unlock(PASSPHRASE)
    uuid = opened.uuid
    opened.lock()
    proc = child_process.start(unwrap_child.child_command())
    line = json.dumps({"op": "remembered", "vault_uuid": uuid, "folder": str(folder),
                       "stay": True}).encode() + b"\n"
    return proc, child_process.first_answer(proc, line, 2, 4096, unwrap_child.TIMEOUT_S), uuid


def test_the_child_ends_by_itself_when_its_stdin_closes(forgotten, file_keyring):
    """A window killed while the child waits: the pipe closes, the child ends (no answer)."""
    from ssa_desktop.storage import unwrap_child

    proc, first, _uuid = _waiting_child(forgotten)
    assert first is not None and first.startswith(b'{"error": "not remembered"}\n')
    proc.stdin.close()
    assert proc.wait(timeout=unwrap_child.TIMEOUT_S) == 0
    assert proc.stdout.read() == b""


def test_the_waiting_child_takes_only_a_passphrase(forgotten, file_keyring):
    import json

    from ssa_desktop.storage import child_process, unwrap_child

    proc, first, uuid = _waiting_child(forgotten)
    assert first
    second = json.dumps({"op": "remembered", "vault_uuid": uuid, "folder": str(forgotten)})
    answer, code = child_process.converse(proc, second.encode(), 4096, unwrap_child.TIMEOUT_S)
    assert (bytes(answer), code) == (b'{"error": "unknown request"}', 0)


@pytest.mark.parametrize("command", [
    ["sh", "-c", "exit 3"],                                                 # no answer
    ["sh", "-c", "read l; echo kaputt; echo kaputt"],                       # nonsense
    ["sh", "-c", "read l; printf '{\"key\": \"00\"}\\n{\"available\": true}\\n'"],
    ["sh", "-c", "read l; printf 'a\\nb\\nc\\n'; sleep 30"],                # a line too many
    ["sh", "-c", "read l; printf '{\"error\": \"not remembered\"}\\n'"],   # one line, ends
])
def test_a_hostile_first_answer_keeps_no_child_and_the_passphrase_still_opens(
        forgotten, monkeypatch, command):
    from ssa_desktop.storage import unwrap_child

    real = unwrap_child.child_command
    monkeypatch.setattr(unwrap_child, "child_command", lambda: command)
    child = service.UnlockChild()
    assert service.unlock_remembered(Vault(forgotten), DeviceKeyStore(),
                                     unlock_child=child) is None
    assert child._child is None
    monkeypatch.setattr(unwrap_child, "child_command", real)   # her passphrase: a real child
    session = service.unlock(Vault(forgotten), PASSPHRASE, unlock_child=child)
    session.lock()


def test_a_revoked_device_file_then_the_passphrase_opens(remembered, started):
    """The keychain still has the entry, the device file is gone (revoked elsewhere): the
    child opens nothing and stays; her passphrase opens through it, every morning one."""
    folder, _uuid = remembered
    for key_file in (folder / "geraete").glob("*"):
        key_file.unlink()
    child = service.UnlockChild()
    assert service.unlock_remembered(Vault(folder), DeviceKeyStore(), unlock_child=child) is None
    assert child._child is not None                     # it waits
    session = service.unlock(Vault(folder), PASSPHRASE, unlock_child=child)
    session.lock()
    assert _children(started) == ["--unwrap-child"]


def _held_first_child(monkeypatch, tmp_path, answer: str):
    """The first child started from here on reads its request and waits until the test
    writes the FIFO ``go``, then says ``answer`` (and waits for its stdin to close); every
    later child is a real one. Returns the FIFO and the list of started children."""
    import os

    from ssa_desktop.storage import child_process, unwrap_child

    go = tmp_path / "go"
    os.mkfifo(go)
    fake = ["sh", "-c", f"read l; read x < '{go}'; printf '{answer}'; cat >/dev/null"]
    real = unwrap_child.child_command
    commands = iter([fake])
    monkeypatch.setattr(unwrap_child, "child_command", lambda: next(commands, None) or real())
    procs: list = []
    start = child_process.start
    monkeypatch.setattr(child_process, "start", lambda args: procs.append(start(args))
                        or procs[-1])
    return go, procs


def _asking(monkeypatch, tmp_path, folder: Path):
    """The keychain question of an ``UnlockChild`` on a thread, its child started and held
    (it answers "not remembered" once the test writes ``go``): (go, started, child,
    thread)."""
    import threading

    go, procs = _held_first_child(
        monkeypatch, tmp_path, '{"error": "not remembered"}\\n{"available": true}\\n')
    child = service.UnlockChild()
    asking = threading.Thread(target=lambda: service.unlock_remembered(
        Vault(folder), DeviceKeyStore(), unlock_child=child))
    asking.start()
    while not procs:                # the first child is started (no sleeping: a bounded
        asking.join(0.01)           # wait for the thread's own step)
    return go, procs, child, asking


def test_her_passphrase_does_not_wait_for_the_keychain_question(forgotten, monkeypatch,
                                                                tmp_path):
    """Enter while the keychain is still being asked (a keychain prompt, a slow start):
    her passphrase opens at once through a child of its own; the asked one then ends."""
    go, procs, child, asking = _asking(monkeypatch, tmp_path, forgotten)
    try:
        session = service.unlock(Vault(forgotten), PASSPHRASE, unlock_child=child)
        session.lock()
        assert asking.is_alive()        # the question is still open: nothing waited for it
    finally:
        go.write_text("\n")
        asking.join()
    assert child._child is None and procs[0].poll() is not None


def test_closed_while_the_keychain_is_asked_ends_the_child_once_it_answers(
        forgotten, monkeypatch, tmp_path):
    go, procs, child, asking = _asking(monkeypatch, tmp_path, forgotten)
    child.close()                        # the window goes: never waits for the question
    go.write_text("\n")
    asking.join()
    assert child._child is None and procs[0].poll() is not None


def test_the_window_deleted_without_closing_ends_its_waiting_child(forgotten, qtbot):
    """The window gone without ``finished`` (deleted by its owner): the waiting child
    ends with it rather than with the program."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from ssa_desktop.ui.vault.unlock import UnlockDialog

    dialog = UnlockDialog(forgotten, try_remembered=True)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog._keychain_pending, timeout=60_000)
    waiting = dialog._unlock_child._child
    assert waiting is not None and waiting.poll() is None
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert waiting.poll() is not None


def test_an_older_versions_entry_opens_and_keeps_no_child_waiting(forgotten, started):
    """The keychain holds the data key itself (an older version's entry): the vault opens
    the old way and the window's child does not stay."""
    import keyring

    from ssa_desktop.storage.keystore import SERVICE

    opened = Vault(forgotten).unlock(PASSPHRASE)
    uuid, key_hex = opened.uuid, bytes(opened.data_key).hex()
    opened.lock()
    keyring.set_password(SERVICE, uuid, key_hex)
    child = service.UnlockChild()
    session = service.unlock_remembered(Vault(forgotten), DeviceKeyStore(), unlock_child=child)
    try:
        assert session is not None and session.uuid == uuid
    finally:
        session.lock()
    assert child._child is None


# -- "Auf diesem Gerät merken" ----------------------------------------------------------------
def test_remembering_starts_one_child_also_when_nobody_asked_the_keychain_yet(
        tmp_path, file_keyring, started):
    """A store that does not know yet whether there is a keychain (the wizard's first vault,
    a command): the replace request itself says so; no status question first."""
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    try:
        store = DeviceKeyStore()
        assert session.remember_on_device(store)
        assert _children(started) == ["--keychain-child"]
        assert store.available()  # learnt from that answer: no further child
        assert _children(started) == ["--keychain-child"]
    finally:
        session.lock()


def test_remembering_without_a_keychain_leaves_no_device_file(tmp_path, monkeypatch, started):
    """No usable keychain: False, and the wrapped key file written for it is removed; a
    second try asks no child again (the answer is known)."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    try:
        store = DeviceKeyStore()
        def device_files():
            return sorted(p.name for p in tmp_path.rglob("*.key") if p.parent.name != "tresor")

        assert not session.remember_on_device(store)
        assert device_files() == []
        assert not session.remember_on_device(store)
        assert _children(started) == ["--keychain-child"]
    finally:
        session.lock()


# -- the child ends with its window (real child processes) -------------------------------------
@pytest.fixture
def child_processes(monkeypatch) -> list[subprocess.Popen]:
    """Every unwrap/keychain child process started from here on."""
    seen: list[subprocess.Popen] = []
    real = subprocess.Popen

    class Recording(real):  # type: ignore[misc, valid-type]
        def __init__(self, args, *more, **kwargs):
            super().__init__(args, *more, **kwargs)
            if any(str(a) in CHILD_FLAGS for a in args):
                seen.append(self)

    monkeypatch.setattr(subprocess, "Popen", Recording)
    return seen


def _waiting_window(folder: Path, qtbot, processes: list[subprocess.Popen], *,
                    owned: bool = True):
    """The first-start unlock window whose child, asked for a remembered key that is not
    there, waits for her passphrase: (the window, the waiting child process)."""
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    dialog = UnlockDialog(folder, try_remembered=True)
    if owned:      # closed by qtbot at the end (not when the test deletes it)
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog._keychain_pending, timeout=60_000)
    assert len(processes) == 1 and processes[0].poll() is None      # it waits
    return dialog, processes[0]


def test_escape_on_the_unlock_window_ends_its_waiting_child(forgotten, child_processes, qtbot):
    from PySide6.QtCore import Qt

    dialog, child = _waiting_window(forgotten, qtbot, child_processes)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Escape)
    assert not dialog.isVisible()
    assert child.poll() is not None                  # ended (and reaped) with the window


def test_the_unlock_window_deleted_without_closing_ends_its_child(forgotten, child_processes,
                                                                  qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    dialog, child = _waiting_window(forgotten, qtbot, child_processes, owned=False)
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert gone == [True]
    assert child.poll() is not None


def test_an_auto_locked_window_keeps_no_child_and_quitting_leaves_none(
        tmp_path, file_keyring, child_processes, qtbot):
    """The main window locked by the idle timer: its unlock window starts a
    child only while it unlocks; the app quitting with it open leaves no child behind."""
    from PySide6.QtCore import Qt

    from ssa_desktop.ui.context import AppContext
    from ssa_desktop.ui.settings_store import SettingsStore
    from ssa_desktop.ui.shell.main_window import MainWindow

    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    ctx = AppContext(session.vault.folder)
    ctx.set_session(session)
    window = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"), kdf_params=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    window.lock()                                      # what the idle timer calls
    assert not ctx.is_unlocked
    qtbot.waitUntil(lambda: window.unlock_dialog is not None
                    and window.unlock_dialog.isVisible(), timeout=60_000)
    dialog = window.unlock_dialog
    qtbot.keyClicks(dialog.passphrase.edit, "falsch-falsch")
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=60_000)
    unwrap = [c for c in child_processes if "--unwrap-child" in map(str, c.args)]
    assert len(unwrap) == 1                            # the attempt's child ...
    assert unwrap[0].poll() is not None                # ... answered and ended
    window.close()
    assert window.unlock_dialog is None or not window.unlock_dialog.isVisible()
    assert [c for c in child_processes if "--unwrap-child" in map(str, c.args)] == unwrap
