"""One writer per vault (issue 29.1): no save reported as successful is ever lost.

Seen before: a process holding the vault open (as a running GUI does) saved every 0.2 s
while ``ssa-desktop restore`` ran; saves it had been told succeeded were in no file
afterwards. Here the writer is a real second process, synchronised by pipes (it says
"saved N" after each save it was told succeeded; it saves the next only when told), so
the interleaving is fixed and nothing depends on timing.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from ssa_desktop import cli
from ssa_desktop.domain.entities import School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.support.vaults import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent("""
    import sys
    from ssa_desktop.domain.entities import School
    from ssa_desktop.storage import repositories as repo
    from ssa_desktop.storage import vault_lock
    from ssa_desktop.storage.vault import Vault
    vault_lock.set_program("SSA Desktop (Programmfenster)")
    session = Vault(sys.argv[1]).unlock(sys.argv[2])
    print("open", flush=True)
    for line in sys.stdin:
        if line.strip() == "end":
            break
        n = int(line)
        repo.SCHOOLS.insert(session.conn, School(f"Schule {n}", code=f"S{n}",
                                                 school_type="GS", id=f"writer-{n}"))
        print(f"saved {n}", flush=True)
    session.lock()
""")


class Writer:
    def __init__(self, folder: Path):
        self.proc = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), PASSPHRASE],
                                     cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "open", self.proc.stderr.read()
        self.saved: list[int] = []

    def save(self, n: int) -> None:
        self.proc.stdin.write(f"{n}\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == f"saved {n}"
        self.saved.append(n)

    def end(self) -> None:
        self.proc.stdin.write("end\n")
        self.proc.stdin.flush()
        assert self.proc.wait() == 0, self.proc.stderr.read()


@pytest.fixture
def vault_with_backup(tmp_path):
    session, _ = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    backup = tmp_path / "sicherung.ssabak"
    try:
        from ssa_desktop.services.vault_admin import backup_vault

        backup_vault(session, backup)
    finally:
        session.lock()
    return tmp_path / "tresor", backup


def test_restore_while_another_process_writes_is_refused_and_no_save_is_lost(
        vault_with_backup, capsys, monkeypatch):
    folder, backup = vault_with_backup
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    writer = Writer(folder)
    try:
        for n in range(3):
            writer.save(n)
        code = cli.main(["restore", "--vault", str(folder), str(backup)])
        _out, err = capsys.readouterr()
        assert code == 1
        assert "in einem anderen Programm geöffnet (SSA Desktop (Programmfenster))" in err
        assert "Traceback" not in err
        for n in range(3, 6):  # the writer goes on after the refused restore
            writer.save(n)
    finally:
        writer.end()
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        ids = {s.id for s in repo.list_schools(session.conn)}
    finally:
        session.lock()
    assert {f"writer-{n}" for n in writer.saved} <= ids and len(writer.saved) == 6


def test_a_writer_started_during_a_restore_is_refused_and_loses_nothing(vault_with_backup):
    """The restore holds the vault (this process); a second process that wants to write
    meanwhile is refused at the door, so none of its saves is ever reported."""
    folder, backup = vault_with_backup
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        proc = subprocess.run([sys.executable, "-c", WRITER, str(folder), PASSPHRASE],
                              cwd=ROOT, input="1\nend\n", capture_output=True, text=True)
        assert proc.returncode != 0 and "saved" not in proc.stdout
        assert "VaultInUse" in proc.stderr
        from ssa_desktop.services.vault_admin import restore_vault

        restore_vault(session, backup)
    finally:
        session.lock()


def test_a_worker_connection_is_closed_before_the_restore_swaps_the_file(vault_with_backup):
    """In one process (the GUI): a worker connection open when the restore starts (an
    upkeep lane, the operation runner) is waited for; a worker connection asked for
    during the swap waits and then writes to the restored file. Every save reported as
    successful is in the file afterwards."""
    from ssa_desktop.services.vault_admin import restore_vault

    folder, backup = vault_with_backup
    session = Vault(folder).unlock(PASSPHRASE)
    worker = session.new_connection(for_writing=True)
    waiting = threading.Event()
    session._on_exclusive_wait = waiting.set  # the swap waits for ``worker`` (test hook)
    errors: list[BaseException] = []

    finished = threading.Event()

    def restore():
        try:
            restore_vault(session, backup)
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)
        finally:
            finished.set()
            waiting.set()

    restorer = threading.Thread(target=restore)
    restorer.start()
    waiting.wait()  # the swap waits for the worker, or (the defect) it did not wait
    assert not finished.is_set(), "the restore swapped the file under an open connection"
    worker.close()  # the upkeep task ends: its connection closes
    restorer.join()
    assert errors == []
    late = session.new_connection(for_writing=True)
    try:
        repo.SCHOOLS.insert(late, School("Nach der Wiederherstellung", code="N1",
                                         school_type="GS", id="after-restore"))
    finally:
        late.close()
    session.lock()
    reopened = Vault(folder).unlock(PASSPHRASE)
    try:
        assert "after-restore" in {s.id for s in repo.list_schools(reopened.conn)}
    finally:
        reopened.lock()


def test_a_cli_command_names_itself_in_the_lock(vault_with_backup, capsys, monkeypatch):
    """What a refused second program reads: the command, no user or host name."""
    import json

    from ssa_desktop.storage import vault_lock

    folder, _backup = vault_with_backup
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    seen: list[str] = []
    let_go = vault_lock._let_go

    def read_then_let_go(held_folder, fd):  # the file as it is while the command holds it
        seen.append((folder / "vault.lock").read_text(encoding="utf-8"))
        let_go(held_folder, fd)

    monkeypatch.setattr(vault_lock, "_let_go", read_then_let_go)
    assert cli.main(["info", "--vault", str(folder)]) == 0
    held = json.loads(seen[0])
    assert held["program"] == "ssa-desktop info"
    assert set(held) == {"program", "pid"}


def _run_exclusive_step(session, step) -> tuple[threading.Thread, list, threading.Event]:
    """Start ``step`` on a thread; return once it waits for the open worker connection
    (or, the defect, has already ended)."""
    waiting, finished, errors = threading.Event(), threading.Event(), []
    session._on_exclusive_wait = waiting.set

    def run():
        try:
            step()
        except BaseException as err:  # noqa: BLE001 - reported by the caller
            errors.append(err)
        finally:
            finished.set()
            waiting.set()

    thread = threading.Thread(target=run)
    thread.start()
    waiting.wait()
    assert not finished.is_set(), "the files were swapped under an open worker connection"
    return thread, errors, finished


@pytest.mark.parametrize("step", ["rekey", "passphrase"])
def test_rekey_and_passphrase_change_wait_for_worker_connections(vault_with_backup, step):
    """A new emergency key (also inside the successor handover) and a passphrase change
    wait for every worker connection; a worker connection asked for afterwards opens the
    file under the key in force and its save is kept."""
    folder, _backup = vault_with_backup
    session = Vault(folder).unlock(PASSPHRASE)
    worker = session.new_connection(for_writing=True)
    new_pass = "Kastanienallee-Birke-93"
    if step == "rekey":
        def work():
            session.rekey(PASSPHRASE, params=FAST_KDF)
    else:
        def work():
            session.set_passphrase(new_pass, FAST_KDF)
    thread, errors, _finished = _run_exclusive_step(session, work)
    worker.close()
    thread.join()
    assert errors == []
    late = session.new_connection(for_writing=True)
    try:
        repo.SCHOOLS.insert(late, School("Danach", code="D1", school_type="GS", id="after"))
    finally:
        late.close()
    session.lock()
    reopened = Vault(folder).unlock(new_pass if step == "passphrase" else PASSPHRASE)
    try:
        assert "after" in {s.id for s in repo.list_schools(reopened.conn)}
    finally:
        reopened.lock()


def test_a_thread_holding_a_worker_connection_is_refused_instead_of_waiting_for_itself(
        vault_with_backup):
    from ssa_desktop.storage.errors import VaultLocked

    folder, backup = vault_with_backup
    session = Vault(folder).unlock(PASSPHRASE)
    worker = session.new_connection(for_writing=True)
    try:
        from ssa_desktop.services.vault_admin import restore_vault

        with pytest.raises(VaultLocked, match="umgestellt"):
            restore_vault(session, backup)
    finally:
        worker.close()
        session.lock()
