"""Issue 7 items 1, 11 and 14: a restore swaps nothing until the file has proved to be a
backup of this vault; each refusal says what the file really is."""

from __future__ import annotations

import os

import pytest

from ssa_desktop.cli import main
from ssa_desktop.domain.entities import Person
from ssa_desktop.services.vault_admin import backup_vault, restore_vault
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.errors import VaultError
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.helpers import snapshot


@pytest.fixture
def vault_with_backup(vault_dir, tmp_path):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    repo.PERSONS.insert(session.conn, Person("K-1", first_name="Alma"))
    backup = backup_vault(session, tmp_path / "gut.ssabak")
    session.lock()
    return vault_dir, backup


def _refused(vault_dir, backup, message, key_text=None, *, not_in=()):
    """Restore ``backup`` (with a safety backup) and check nothing at all was written."""
    before = snapshot(vault_dir)
    session = Vault(vault_dir).unlock(PASSPHRASE)
    try:
        with pytest.raises(VaultError) as err:
            restore_vault(session, backup, key_text, safety_backup_dir=vault_dir)
        assert [p.first_name for p in repo.PERSONS.all(session.conn)] == ["Alma"]
    finally:
        session.lock()
    assert snapshot(vault_dir) == before  # no safety backup, no staged file, same database
    assert message in str(err.value) and "nicht verändert" in str(err.value)
    for wrong in not_in:
        assert wrong not in str(err.value)
    return str(err.value)


def test_an_empty_file_is_refused_before_anything_is_swapped(vault_with_backup, tmp_path):
    vault_dir, _ = vault_with_backup
    empty = tmp_path / "leer.ssabak"
    empty.write_bytes(b"")
    _refused(vault_dir, empty, "ist leer (0 Byte)")


def test_a_truncated_backup_is_called_truncated(vault_with_backup, tmp_path):
    vault_dir, backup = vault_with_backup
    cut = tmp_path / "halb.ssabak"
    cut.write_bytes(backup.read_bytes()[:4096 * 3 + 1000])
    _refused(vault_dir, cut, "unvollständig (abgeschnitten)", not_in=("Wechsel",))


def test_a_random_file_is_not_called_an_old_backup(vault_with_backup, tmp_path):
    vault_dir, _ = vault_with_backup
    noise = tmp_path / "zufall.ssabak"
    noise.write_bytes(os.urandom(4096 * 4))
    _refused(vault_dir, noise, "keine Sicherung dieses Tresors",
             not_in=("wurde vor dem letzten Wechsel",))


def test_a_cut_page_aligned_backup_is_refused_by_its_content(vault_with_backup, tmp_path):
    vault_dir, backup = vault_with_backup
    cut = tmp_path / "seiten.ssabak"
    cut.write_bytes(backup.read_bytes()[:4096 * 3])
    _refused(vault_dir, cut, "beschädigt")


def test_another_vaults_backup_is_refused_and_named_so(vault_with_backup, tmp_path):
    vault_dir, _ = vault_with_backup
    other, other_key = Vault.create(tmp_path / "anderer", PASSPHRASE, params=FAST_KDF)
    foreign = backup_vault(other, tmp_path / "fremd.ssabak")
    other_uuid = other.uuid
    other.lock()
    _refused(vault_dir, foreign, "keine Sicherung dieses Tresors")
    text = _refused(vault_dir, foreign, "Sicherung eines anderen Tresors", other_key)
    assert other_uuid in text
    # and ``check`` stays clean: nothing of the other vault came in
    with Vault(vault_dir).unlock(PASSPHRASE) as session:
        assert session.check() == []


def test_cli_restore_of_an_empty_file_exits_1_with_the_reason(vault_with_backup, tmp_path,
                                                             monkeypatch, capsys):
    vault_dir, _ = vault_with_backup
    empty = tmp_path / "leer.ssabak"
    empty.write_bytes(b"")
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    before = snapshot(vault_dir)
    assert main(["restore", "--vault", str(vault_dir), str(empty)]) == 1
    captured = capsys.readouterr()
    assert "leer (0 Byte)" in captured.err and "Wiederhergestellt" not in captured.out
    assert snapshot(vault_dir) == before


def test_a_real_backup_still_restores(vault_with_backup):
    vault_dir, backup = vault_with_backup
    with Vault(vault_dir).unlock(PASSPHRASE) as session:
        repo.PERSONS.insert(session.conn, Person("K-2", first_name="Bert"))
        restore_vault(session, backup)
        assert [p.first_name for p in repo.PERSONS.all(session.conn)] == ["Alma"]


def test_an_old_key_given_for_a_current_backup_still_restores(vault_with_backup, tmp_path):
    vault_dir, backup = vault_with_backup
    other, other_key = Vault.create(tmp_path / "anderer", PASSPHRASE, params=FAST_KDF)
    other.lock()
    with Vault(vault_dir).unlock(PASSPHRASE) as session:
        restore_vault(session, backup, other_key)  # the key does not matter: ours opens it
        assert [p.first_name for p in repo.PERSONS.all(session.conn)] == ["Alma"]
