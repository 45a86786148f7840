"""The one-writer lock is the operating system's, not a file name (issue 46, item 1).

A real first process holds the vault; ``vault.lock`` is deleted, renamed or replaced
under it; a real second process that wants the vault is still refused. The lock file
only names the holder and is gone after a clean end. No file of the vault folder is
opened through a symbolic link (a real one, dangling too): refused with a German
sentence, nothing written or created at the target.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ssa_desktop import cli
from ssa_desktop.storage import vault_lock
from ssa_desktop.storage.errors import LinkInVault
from ssa_desktop.storage.vault import Vault
from tests.support.vaults import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent("""
    import sys
    from ssa_desktop.storage import vault_lock
    vault_lock.set_program("ssa-desktop import-json")
    held = vault_lock.acquire(sys.argv[1])
    print("held", flush=True)
    sys.stdin.readline()
    held.release()
""")

SECOND = textwrap.dedent("""
    import sys
    from ssa_desktop.storage import vault_lock
    from ssa_desktop.storage.errors import VaultInUse
    try:
        vault_lock.acquire(sys.argv[1]).release()
    except VaultInUse as refused:
        print("refused:", refused)
        sys.exit(3)
    print("got it")
""")


class Holder:
    def __init__(self, folder: Path):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "held", self.proc.stderr.read()

    def let_go(self) -> int:
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        return self.proc.wait()


def second_process(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SECOND, str(folder)], cwd=ROOT,
                          capture_output=True, text=True)


def _delete(lock: Path) -> None:
    lock.unlink()


def _rename(lock: Path) -> None:
    lock.rename(lock.with_name("vault.lock.alt"))


def _replace(lock: Path) -> None:
    other = lock.with_name("fremd")
    other.write_text("{}", encoding="utf-8")
    os.replace(other, lock)


@pytest.mark.parametrize("take_away", [_delete, _rename, _replace])
def test_a_second_writer_is_refused_whatever_happened_to_the_lock_file(tmp_path, take_away):
    holder = Holder(tmp_path)
    try:
        take_away(tmp_path / vault_lock.LOCK_NAME)
        second = second_process(tmp_path)
        assert second.returncode == 3, second.stdout + second.stderr
        assert "in einem anderen Programm geöffnet" in second.stdout
    finally:
        assert holder.let_go() == 0
    assert second_process(tmp_path).returncode == 0  # free once the first let go


def test_a_second_unlock_is_refused_after_the_lock_file_was_deleted(tmp_path):
    """The attack as it was: the lock file deleted while a command runs, then a second
    command on the vault (here ``settings set``) is refused and the vault untouched."""
    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    holder = Holder(folder)
    try:
        (folder / vault_lock.LOCK_NAME).unlink()
        before = (folder / "vault.ssadb").read_bytes()
        proc = subprocess.run(
            [sys.executable, "-m", "ssa_desktop", "settings", "set", "kvjs.deadline_kvjs", "30.09.",
             "--vault", str(folder)], cwd=ROOT, capture_output=True, text=True,
            env={**os.environ, "SSA_PASSPHRASE": PASSPHRASE})
        assert proc.returncode == cli.EXIT_FAILED, proc.stdout + proc.stderr
        assert "in einem anderen Programm geöffnet" in proc.stderr
        assert "Traceback" not in proc.stderr
        assert (folder / "vault.ssadb").read_bytes() == before
    finally:
        assert holder.let_go() == 0


def test_the_lock_file_is_gone_after_a_clean_end(tmp_path):
    held = vault_lock.acquire(tmp_path)
    assert vault_lock.holder_of(tmp_path)[1] == os.getpid()
    held.release()
    assert not (tmp_path / vault_lock.LOCK_NAME).exists()


def test_no_dead_process_is_left_named_after_a_command(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["info", "--vault", str(folder)]) == cli.EXIT_OK
    assert not (folder / vault_lock.LOCK_NAME).exists()


# -- no file of the vault folder through a symbolic link -------------------------------------
def test_a_linked_lock_file_is_refused_and_its_target_untouched(tmp_path):
    target = tmp_path / "woanders.txt"
    target.write_text("ihr Text", encoding="utf-8")
    folder = tmp_path / "tresor"
    folder.mkdir()
    (folder / vault_lock.LOCK_NAME).symlink_to(target)
    with pytest.raises(LinkInVault) as refused:
        vault_lock.acquire(folder)
    assert "vault.lock" in str(refused.value) and "Verknüpfung" in str(refused.value)
    assert target.read_text(encoding="utf-8") == "ihr Text"


def test_a_dangling_linked_lock_file_creates_nothing(tmp_path):
    target = tmp_path / "nirgends" / "ziel"
    (tmp_path / "nirgends").mkdir()
    folder = tmp_path / "tresor"
    folder.mkdir()
    (folder / vault_lock.LOCK_NAME).symlink_to(target)
    with pytest.raises(LinkInVault):
        vault_lock.acquire(folder)
    assert not target.exists() and not os.listdir(tmp_path / "nirgends")


@pytest.fixture
def vault_folder(tmp_path):
    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    return folder


def test_info_on_a_vault_with_a_linked_lock_file_leaves_the_target_as_it_was(
        vault_folder, tmp_path, monkeypatch, capsys):
    target = tmp_path / "brief.txt"
    target.write_text("Liebe Frau Weber", encoding="utf-8")
    (vault_folder / vault_lock.LOCK_NAME).symlink_to(target)
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["info", "--vault", str(vault_folder)]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert "„vault.lock“ eine Verknüpfung" in err and "Traceback" not in err
    assert target.read_text(encoding="utf-8") == "Liebe Frau Weber"


@pytest.mark.parametrize("name", ["vault.ssadb", "vault.key"])
def test_a_linked_database_or_key_file_is_refused_untouched(vault_folder, tmp_path, name):
    """The real file moved elsewhere, a link in its place: never opened through it."""
    elsewhere = tmp_path / f"woanders-{name}"
    os.replace(vault_folder / name, elsewhere)
    before = elsewhere.read_bytes()
    (vault_folder / name).symlink_to(elsewhere)
    with pytest.raises(LinkInVault) as refused:
        Vault(vault_folder).unlock(PASSPHRASE)
    assert f"„{name}“" in str(refused.value)
    assert elsewhere.read_bytes() == before
    assert not (vault_folder / vault_lock.LOCK_NAME).exists()  # nothing held or left


@pytest.mark.parametrize("name", ["vault.ssadb-wal", "vault.ssadb-shm", "vault.key.pending",
                                  "backups", "geraete"])
def test_a_dangling_link_beside_the_database_creates_nothing(vault_folder, tmp_path, name):
    (tmp_path / "ziel").mkdir()
    (vault_folder / name).symlink_to(tmp_path / "ziel" / name)
    with pytest.raises(LinkInVault):
        Vault(vault_folder).unlock(PASSPHRASE)
    assert os.listdir(tmp_path / "ziel") == []


def test_a_backup_that_is_a_link_is_refused(vault_folder, tmp_path):
    (vault_folder / "backups").mkdir(exist_ok=True)
    (vault_folder / "backups" / "ssa-sicherung-2026-11-20.ssabak").symlink_to(
        tmp_path / "nirgends.ssabak")
    with pytest.raises(LinkInVault) as refused:
        Vault(vault_folder).unlock(PASSPHRASE)
    assert "ssa-sicherung-2026-11-20.ssabak" in str(refused.value)
    assert not (tmp_path / "nirgends.ssabak").exists()


# -- a vault folder others can write ---------------------------------------------------------
def test_a_vault_folder_others_can_write_is_named_with_the_fix(vault_folder, monkeypatch,
                                                               capsys):
    vault_folder.chmod(0o777)
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    assert cli.main(["info", "--vault", str(vault_folder)]) == cli.EXIT_OK
    err = capsys.readouterr().err
    assert f"„{vault_folder}“" in err and "andere Benutzer" in err
    assert f"chmod 700 '{vault_folder}'" in err
    vault_folder.chmod(0o700)
    assert cli.main(["info", "--vault", str(vault_folder)]) == cli.EXIT_OK
    assert "andere Benutzer" not in capsys.readouterr().err


def test_a_folder_only_her_own_group_can_write_is_not_named(vault_folder):
    """Her private group (the group of her account, no other member): nobody else."""
    import grp

    from ssa_desktop.storage.folder_rights import writable_by_others

    vault_folder.chmod(0o770)
    group = grp.getgrgid(os.stat(vault_folder).st_gid)
    assert writable_by_others(vault_folder) == ("" if os.stat(vault_folder).st_gid == os.getgid()
                                                and not group.gr_mem else "770")
    vault_folder.chmod(0o702)
    assert writable_by_others(vault_folder) == "702"
    vault_folder.chmod(0o700)
    assert writable_by_others(vault_folder) == ""
