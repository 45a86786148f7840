"""Issue 22 item 2: every backup the app writes is in the rotation (R12) and in the
deletion log's reasoning, and every command that opens the vault rotates – not only the
GUI's unlock. Real vaults, the CLI in-process, the clock set 83 and 98 days later."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.backup_rotation import backup_folder, list_backups
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli_runs import run_cli

DAY = date(2026, 11, 23)


@pytest.fixture
def folder(open_vault, monkeypatch):
    repo.PERSONS.insert(open_vault.conn, Person("K-1", first_name="Zitronenfalter",
                                                last_name="Sommer", school_id="school-1",
                                                id="p-1"))
    path = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    return path


_run = run_cli


def _stray(folder):
    """Backup files anywhere in the vault folder outside backups/."""
    return [p for p in folder.rglob("*.ssabak") if backup_folder(folder) not in p.parents]


def test_the_pre_restore_backup_lands_in_backups_and_rotates_away(folder, tmp_path, capsys):
    with clock.frozen(datetime(2026, 11, 23, 9, 0)):
        assert _run(capsys, "backup", "--vault", folder, "--out", tmp_path / "b.ssabak")[0] == 0
        code, out, _ = _run(capsys, "restore", "--vault", folder, tmp_path / "b.ssabak")
    assert code == 0
    assert _stray(folder) == []
    safety, = [b for b in list_backups(folder) if b.path.name.startswith("vor-wiederherstellung-")]
    assert safety.day == DAY and str(safety.path) in out
    # 29 days later it is still kept; 98 days later any command that writes removes it.
    with clock.frozen(DAY + timedelta(days=29)):
        assert _run(capsys, "retention", "--dry-run", "--vault", folder)[0] == 0
    assert safety.path.exists()
    with clock.frozen(DAY + timedelta(days=98)):
        assert _run(capsys, "retention", "--dry-run", "--vault", folder)[0] == 0
    assert not safety.path.exists()


@pytest.mark.parametrize("argv", [
    ("retention", "--apply"), ("retention", "--dry-run"),
    ("backup", "--out", "{tmp}/neu/"), ("export-json", "--out", "{tmp}/x.json"),
    ("loeschfristen", "--out", "{tmp}/l.pdf"),
])
def test_every_vault_opening_command_rotates(folder, tmp_path, capsys, argv):
    old = backup_folder(folder) / f"ssa-sicherung-{DAY.isoformat()}.ssabak"
    old.parent.mkdir(exist_ok=True)
    old.write_bytes(b"x" * 100)
    kept = backup_folder(folder) / f"ssa-sicherung-{(DAY + timedelta(days=60)).isoformat()}.ssabak"
    kept.write_bytes(b"y" * 100)
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    with clock.frozen(DAY + timedelta(days=83)):
        code, _, err = _run(capsys, args[0], "--vault", folder, *args[1:])
    assert code in (0, 3), err
    assert not old.exists() and kept.exists()
    assert "älter als 30 Tage" in err


def test_a_pre_restore_backup_left_by_an_older_version_is_adopted(folder, capsys):
    legacy = folder / "vor-wiederherstellung-20260801-101500.ssabak"
    legacy.write_bytes(b"z" * 100)
    with clock.frozen(date(2026, 8, 20)):
        assert _run(capsys, "retention", "--dry-run", "--vault", folder)[0] == 0
    assert not legacy.exists()
    assert [b.path.name for b in list_backups(folder)] == [legacy.name]
    with clock.frozen(date(2026, 9, 20)):
        assert _run(capsys, "retention", "--dry-run", "--vault", folder)[0] == 0
    assert list_backups(folder) == [] and _stray(folder) == []


@pytest.mark.parametrize("command", ["info", "check"])
def test_the_read_only_commands_leave_the_backups_alone(folder, capsys, command):
    """``info`` and ``check`` only read (issue 58): an expired backup waits for the next
    command that writes."""
    old = backup_folder(folder) / f"ssa-sicherung-{DAY.isoformat()}.ssabak"
    old.parent.mkdir(exist_ok=True)
    old.write_bytes(b"x" * 100)
    with clock.frozen(DAY + timedelta(days=83)):
        assert _run(capsys, command, "--vault", folder)[0] == 0
    assert old.exists()


def test_the_deletion_log_counts_the_pre_restore_backup(folder, tmp_path, capsys):
    """A deletion right after a restore: the backup of the state before the restore
    holds the record, so the log names its expiry instead of "in keiner Sicherung"."""
    with clock.frozen(datetime(2026, 11, 23, 9, 0)):
        _run(capsys, "backup", "--vault", folder, "--out", tmp_path / "b.ssabak")
        _run(capsys, "restore", "--vault", folder, tmp_path / "b.ssabak")
        session = Vault(folder).unlock(PASSPHRASE)
        try:
            assert svc.backup_expiry(session.conn, DAY) == DAY + timedelta(days=30)
        finally:
            session.lock()
