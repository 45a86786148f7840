"""One window per vault (issue 29.1): a second start of the GUI on the same vault brings
the running window to the front, or says in German that the vault is open elsewhere.

Two real processes: this test process is the running GUI (its watcher on the vault
folder answers the second start's request file while ``qtbot.waitUntil`` spins the event
loop); the second start is the real
``run_gui`` in a child process. The child's unlock window is replaced by a stub that
says so and returns, so that a broken guard ends the child instead of hanging it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ssa_desktop.storage import vault_lock
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui import single_instance
from tests.support.vaults import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]

SECOND_START = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QDialog

    def stub_exec(self):
        print("UNLOCK WINDOW SHOWN", flush=True)
        return QDialog.Rejected

    QDialog.exec = stub_exec
    from ssa_desktop.app import run_gui
    sys.exit(run_gui(Path(sys.argv[1])))
""")


@pytest.fixture
def vault_folder(tmp_path) -> Path:
    Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)[0].lock()
    return tmp_path / "tresor"


def _second_start(folder: Path, home: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"))
    return subprocess.Popen([sys.executable, "-c", SECOND_START, str(folder)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_start_brings_the_running_window_to_the_front(qtbot, vault_folder, tmp_path):
    guard = single_instance.claim_window(vault_folder)
    guard.listen()  # as run_gui does once its first window is painted
    try:
        asked: list[bool] = []
        guard.bring_forward.connect(lambda: asked.append(True))
        child = _second_start(vault_folder, tmp_path)
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=60_000)
        out, err = child.communicate()
        assert child.returncode == 0, err
        assert "UNLOCK WINDOW SHOWN" not in out
        assert asked == [True]
    finally:
        guard.release()


ASKING_START = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from ssa_desktop.ui import single_instance

    app = QCoreApplication([])
    answer = single_instance.ask_running_window(
        Path(sys.argv[1]), wait_ms=120_000, on_attempt=lambda: print("tried", flush=True))
    print("answer", answer, flush=True)
""")


def test_a_second_start_before_the_first_window_listens_still_brings_it_forward(
        qtbot, vault_folder, tmp_path):
    """Two starts at the same moment: the first holds the vault but listens only once its
    window is painted; the second's request waits meanwhile instead of giving up, and is
    answered when the first one listens. (A second process, as in the product.)"""
    guard = single_instance.claim_window(vault_folder)  # holds the vault, not listening yet
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path))
    child = subprocess.Popen([sys.executable, "-c", ASKING_START, str(vault_folder)], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        asked: list[bool] = []
        guard.bring_forward.connect(lambda: asked.append(True))
        assert child.stdout.readline().strip() == "tried"   # nobody listened yet
        guard.listen()
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=120_000)
        out, err = child.communicate()
        assert out.strip().splitlines()[-1] == "answer True", err
        assert asked == [True]
    finally:
        child.kill()
        child.wait()
        guard.release()


def test_the_running_window_is_raised_and_activated(qtbot, vault_folder):
    from PySide6.QtWidgets import QWidget

    guard = single_instance.claim_window(vault_folder)
    window = QWidget()
    window.setWindowTitle("SSA Desktop")
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    try:
        guard.bring_forward.connect(lambda: single_instance.raise_window(window))
        guard.bring_forward.emit()
        assert not window.isMinimized() and window.isVisible()
    finally:
        guard.release()


def test_a_second_start_while_a_command_holds_the_vault_says_so_in_german(qtbot, vault_folder):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys
            from ssa_desktop.storage import vault_lock
            vault_lock.set_program("ssa-desktop restore")
            held = vault_lock.acquire(sys.argv[1])
            print("held", flush=True)
            sys.stdin.readline()
        """), str(vault_folder)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True)
    assert holder.stdout.readline().strip() == "held"
    try:
        with pytest.raises(single_instance.OpenElsewhere) as refused:
            single_instance.claim_window(vault_folder)
        assert not refused.value.brought_forward
        text = str(refused.value)
        assert "ssa-desktop restore" in text and "geöffnet" in text
        assert "Traceback" not in text
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait()


def test_run_gui_refuses_with_the_message_and_exit_1(qtbot, vault_folder, monkeypatch):
    from ssa_desktop import app as app_module
    from ssa_desktop.ui.common import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, **_kw: shown.append(text))
    held = vault_lock.acquire(vault_folder, shared_in_process=False)  # another holder
    try:
        assert app_module.run_gui(vault_folder) == 1
    finally:
        held.release()
    assert len(shown) == 1 and "geöffnet" in shown[0]


def test_the_request_shows_nothing_of_the_user(qtbot, vault_folder):
    """The second start's request is a fixed file name with a fixed word in it."""
    from ssa_desktop.storage import window_request

    path = window_request.request_path(vault_folder)
    seen: list[bytes] = []
    guard = single_instance.claim_window(vault_folder)  # holds, does not listen
    try:
        assert not single_instance.ask_running_window(
            vault_folder, wait_ms=0, on_attempt=lambda: seen.append(path.read_bytes()))
    finally:
        guard.release()
    assert seen == [b"nach-vorne\n"]
    assert "tresor" not in window_request.REQUEST_NAME
    # nobody took it: the second start removed its own request again
    assert not os.path.lexists(path)


LISTENING_WINDOW = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from ssa_desktop.ui import single_instance

    app = QApplication([])
    guard = single_instance.claim_window(Path(sys.argv[1]))
    guard.listen()
    app.processEvents()
    print(sorted(m for m in ("PySide6.QtNetwork", "socket") if m in sys.modules), flush=True)
    guard.release()
""")


def test_the_listening_window_loads_no_network_code(vault_folder, tmp_path):
    """The product holds no network code: the listener needs neither QtNetwork nor
    Python's socket module (a fresh process: pytest itself loads ``socket``)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", LISTENING_WINDOW, str(vault_folder)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _request(folder: Path) -> Path:
    from ssa_desktop.storage import window_request

    return window_request.request_path(folder)


def test_a_stale_request_at_start_does_not_raise_the_window(qtbot, vault_folder):
    """A start killed while it waited left its request: the next window removes it at
    ``listen`` and does not come forward by surprise."""
    path = _request(vault_folder)
    path.write_bytes(b"nach-vorne\n")
    os.utime(path, (1_000_000_000, 1_000_000_000))  # written long ago
    guard = single_instance.claim_window(vault_folder)
    asked: list[bool] = []
    guard.bring_forward.connect(lambda: asked.append(True))
    try:
        guard.listen()
        assert asked == [] and not os.path.lexists(path)
    finally:
        guard.release()


def test_a_request_while_the_window_comes_up_is_answered_when_it_listens(qtbot, vault_folder):
    guard = single_instance.claim_window(vault_folder)  # holds the vault, not listening yet
    asked: list[bool] = []
    guard.bring_forward.connect(lambda: asked.append(True))
    try:
        _request(vault_folder).write_bytes(b"nach-vorne\n")  # a second start's, just now
        guard.listen()
        assert asked == [True] and not os.path.lexists(_request(vault_folder))
    finally:
        guard.release()


def _watcher(guard):
    from PySide6.QtCore import QFileSystemWatcher

    return guard.findChild(QFileSystemWatcher)


def test_hostile_requests_do_not_crash_the_running_window(qtbot, vault_folder, tmp_path):
    """Whatever lies under the request's name, the running window neither crashes nor
    follows it: a folder is left alone, a link removed (its target untouched), a huge
    file removed unread."""
    guard = single_instance.claim_window(vault_folder)
    asked: list[bool] = []
    guard.bring_forward.connect(lambda: asked.append(True))
    path = _request(vault_folder)
    try:
        path.mkdir()  # before listen ...
        guard.listen()
        assert asked == [] and path.is_dir()
        path.rmdir()
        with qtbot.waitSignal(_watcher(guard).directoryChanged, timeout=60_000):
            path.mkdir()  # ... and while listening
        assert asked == [] and path.is_dir()
        path.rmdir()

        target = tmp_path / "elsewhere.txt"
        target.write_text("fremd")
        os.symlink(target, path)
        qtbot.waitUntil(lambda: not os.path.lexists(path), timeout=60_000)
        assert asked == [] and target.read_text() == "fremd"

        huge = tmp_path / "gross"
        with open(huge, "wb") as out:  # 64 MB, sparse, moved into place whole
            out.truncate(64 << 20)
        os.replace(huge, path)
        qtbot.waitUntil(lambda: not os.path.lexists(path), timeout=60_000)
        assert asked == [True]  # a plain file under the name is a request; nothing read
    finally:
        guard.release()


def test_a_first_run_window_answers_once_its_new_vault_folder_exists(qtbot, tmp_path):
    """First run: the folder is made by the wizard after the window listens; the window
    watches its parent until then, and answers a request in the new folder."""
    folder = tmp_path / "neu"
    guard = single_instance.claim_window(folder)  # nothing to hold yet
    asked: list[bool] = []
    guard.bring_forward.connect(lambda: asked.append(True))
    try:
        guard.listen()
        with qtbot.waitSignal(_watcher(guard).directoryChanged, timeout=60_000):
            folder.mkdir()
        assert str(folder) in _watcher(guard).directories()
        _request(folder).write_bytes(b"nach-vorne\n")
        qtbot.waitUntil(lambda: asked == [True], timeout=60_000)
        assert not os.path.lexists(_request(folder))
    finally:
        guard.release()


def test_a_start_whose_fellow_start_withdraws_is_not_told_the_window_came_forward(
        qtbot, vault_folder):
    """Two second starts at once on a window that does not answer yet: the first made the
    request, the second found it pending. When the first gives up and withdraws it, the
    second must not take that for the window's answer: it asks for itself, and is answered
    only by the window."""
    guard = single_instance.claim_window(vault_folder)  # holds the vault, not listening yet
    asked: list[bool] = []
    guard.bring_forward.connect(lambda: asked.append(True))
    _request(vault_folder).write_bytes(b"nach-vorne\n")  # the fellow start's request
    attempts: list[bool] = []

    def attempt():
        attempts.append(os.path.lexists(_request(vault_folder)))
        if len(attempts) == 1:
            _request(vault_folder).unlink()  # the fellow start withdraws after its wait
        elif len(attempts) == 2:
            guard.listen()  # the window answers what is pending now
    try:
        answer = single_instance.ask_running_window(vault_folder, wait_ms=120_000,
                                                    on_attempt=attempt)
        assert (answer, asked) == (True, [True])
    finally:
        guard.release()


def test_a_killed_starts_stale_request_does_not_swallow_the_next_start(qtbot, vault_folder):
    """A request left by a start killed while it waited is removed unanswered by the
    window; a start that found it pending asks again and gets its answer."""
    guard = single_instance.claim_window(vault_folder)
    asked: list[bool] = []
    guard.bring_forward.connect(lambda: asked.append(True))
    path = _request(vault_folder)
    path.write_bytes(b"nach-vorne\n")
    os.utime(path, (1_000_000_000, 1_000_000_000))  # written long ago
    attempts: list[int] = []

    def attempt():
        attempts.append(1)
        if len(attempts) <= 2:
            guard.listen()  # first: removes the stale one; then answers a fresh one
            guard._answer()
    try:
        answer = single_instance.ask_running_window(vault_folder, wait_ms=120_000,
                                                    on_attempt=attempt)
        assert (answer, asked) == (True, [True])
    finally:
        guard.release()


HOLD_PROBE = textwrap.dedent("""
    import sys
    from ssa_desktop.storage import vault_lock
    from ssa_desktop.storage.errors import VaultInUse
    try:
        vault_lock.acquire(sys.argv[1]).release()
        print("free")
    except VaultInUse:
        print("held")
""")


def test_after_the_first_run_the_window_holds_and_answers_for_the_vault_she_chose(
        qtbot, tmp_path):
    """First run: the window started on the proposed folder (nothing to hold yet); she
    makes the vault in another folder. From then on the window holds that vault even while
    its session is locked (a second start must not open a second window on it), and
    answers second starts there."""
    guard = single_instance.claim_window(tmp_path / "vorgeschlagen")
    asked: list[bool] = []
    guard.bring_forward.connect(lambda: asked.append(True))
    chosen = tmp_path / "gewaehlt"
    try:
        guard.listen()
        session, _key = Vault.create(chosen, PASSPHRASE, params=FAST_KDF)
        guard.adopt(chosen)  # as run_gui does when the wizard is done
        session.lock()  # auto-lock: the session lets go of its own hold
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        probe = subprocess.run([sys.executable, "-c", HOLD_PROBE, str(chosen)], cwd=ROOT,
                               env=env, capture_output=True, text=True, timeout=120)
        assert probe.stdout.strip() == "held", probe.stderr
        _request(chosen).write_bytes(b"nach-vorne\n")
        qtbot.waitUntil(lambda: asked == [True], timeout=60_000)
    finally:
        guard.release()


def test_a_scanner_holding_the_fresh_request_for_a_moment_does_not_lose_the_answer(
        qtbot, vault_folder, windows_sharing):
    """Windows: an antivirus scanner opens the second start's fresh request file; the
    window's removal is retried (the waits recorded, not slept) and it still answers."""
    guard = single_instance.claim_window(vault_folder)
    asked: list[bool] = []
    guard.bring_forward.connect(lambda: asked.append(True))
    try:
        _request(vault_folder).write_bytes(b"nach-vorne\n")
        windows_sharing.scan(_request(vault_folder), times=2)
        guard.listen()
        assert asked == [True] and not os.path.lexists(_request(vault_folder))
        assert len(windows_sharing.waits) == 2
    finally:
        guard.release()


def test_a_request_a_program_keeps_open_is_not_answered_and_nothing_breaks(
        qtbot, vault_folder, windows_sharing):
    """Windows: a program holds the request open past the retries: the window does not
    come forward (its asker then says where the vault is open) and keeps running."""
    guard = single_instance.claim_window(vault_folder)
    asked: list[bool] = []
    guard.bring_forward.connect(lambda: asked.append(True))
    try:
        _request(vault_folder).write_bytes(b"nach-vorne\n")
        windows_sharing.hold(_request(vault_folder))
        guard.listen()
        assert asked == []
        windows_sharing.close(_request(vault_folder))
        guard._answer()
        assert asked == [True]
    finally:
        guard.release()


def test_the_window_still_answers_after_the_vaults_files_were_swapped(qtbot, vault_folder):
    """A restore or re-key swaps the database and key files with ``os.replace``: the
    watcher is on the folder, not on those files, and answers the next second start."""
    guard = single_instance.claim_window(vault_folder)
    asked: list[bool] = []
    guard.bring_forward.connect(lambda: asked.append(True))
    try:
        guard.listen()
        for name in ("vault.ssadb", "vault.key"):
            staged = vault_folder / f"{name}.staged"
            staged.write_bytes((vault_folder / name).read_bytes())
            with qtbot.waitSignal(_watcher(guard).directoryChanged, timeout=60_000):
                os.replace(staged, vault_folder / name)
        assert asked == [] and str(vault_folder) in _watcher(guard).directories()
        _request(vault_folder).write_bytes(b"nach-vorne\n")
        qtbot.waitUntil(lambda: asked == [True], timeout=60_000)
    finally:
        guard.release()


# -- Windows: the running window may take the foreground ------------------------------------
class _Allow:
    """``AllowSetForegroundWindow`` as ctypes offers it: typed by ``argtypes`` (a DWORD, so
    a process number up to 2**32 - 1 and ASFW_ANY as 0xFFFFFFFF fit), recorded."""

    def __init__(self, pending):
        self.calls, self._pending, self.argtypes = [], pending, None

    def __call__(self, pid):
        import ctypes

        if self.argtypes is not None:
            pid = self.argtypes[0](pid).value  # what ctypes hands Windows
            assert self.argtypes[0] is ctypes.c_ulong or ctypes.sizeof(self.argtypes[0]) == 4
        self.calls.append((pid, self._pending()))
        return 1


class _User32:
    """What the second start asks of Windows' user32 (recorded; this is Linux)."""

    def __init__(self, pending):
        self.AllowSetForegroundWindow = _Allow(pending)

    @property
    def calls(self):
        return self.AllowSetForegroundWindow.calls


def test_on_windows_the_second_start_lets_the_running_window_take_the_foreground(
        qtbot, vault_folder, monkeypatch):
    """Windows lets only the process she just started take the foreground; the running
    window's ``activateWindow`` would only flash its task-bar button. So the second start
    hands that right on (``AllowSetForegroundWindow(ASFW_ANY)``) before it asks. The
    second start runs on a thread here (the user32 it calls is recorded)."""
    import threading

    from ssa_desktop.services import one_writer

    guard = single_instance.claim_window(vault_folder)
    guard.listen()
    user32 = _User32(lambda: one_writer.window_request_pending(vault_folder))
    monkeypatch.setattr(single_instance, "_user32", lambda: user32)
    monkeypatch.setattr(single_instance, "PLATFORM", "win32")
    answered: list[bool] = []
    second = threading.Thread(target=lambda: answered.append(
        single_instance.ask_running_window(vault_folder, wait_ms=120_000)))
    try:
        second.start()
        qtbot.waitUntil(lambda: not second.is_alive(), timeout=120_000)
        assert answered == [True]
        assert user32.calls == [(single_instance.ASFW_ANY_DWORD, False)]   # before the request
    finally:
        guard.release()


def test_the_right_goes_to_the_running_windows_process_only(vault_folder, monkeypatch):
    """The vault's lock file names the holder's process: the right to take the foreground
    is handed to that process, not to any (``ASFW_ANY`` only when it is not known)."""
    from ssa_desktop.services import one_writer
    from ssa_desktop.storage.errors import VaultInUse

    user32 = _User32(lambda: False)
    monkeypatch.setattr(single_instance, "_user32", lambda: user32)
    monkeypatch.setattr(single_instance, "PLATFORM", "win32")
    asked: list[int | None] = []

    def refused(_folder):
        raise VaultInUse(one_writer.WINDOW_PROGRAM, pid=4321)

    monkeypatch.setattr(one_writer, "claim_vault", refused)
    monkeypatch.setattr(one_writer, "window_request_pending", lambda _folder: False)
    monkeypatch.setattr(one_writer, "post_window_request", lambda _folder: asked.append(1) or True)
    with pytest.raises(single_instance.OpenElsewhere) as raised:
        single_instance.claim_window(vault_folder)
    assert raised.value.brought_forward
    assert user32.calls == [(4321, False)]
    single_instance.grant_foreground(None)
    assert user32.calls[-1] == (single_instance.ASFW_ANY_DWORD, False)


def test_elsewhere_than_windows_nothing_is_asked_of_user32(vault_folder, monkeypatch):
    asked = []
    monkeypatch.setattr(single_instance, "_user32", lambda: asked.append(True))
    monkeypatch.setattr(single_instance, "PLATFORM", "linux")
    single_instance.grant_foreground()
    assert asked == []
