"""The vault folder is gone (temporary profile deleted at logoff, FSLogix container lost):
``restore --from <copy> --into <new folder>`` brings the vault back from the second backup
location's copy with the emergency key (a real SQLCipher vault, run in-process)."""

from __future__ import annotations

import shutil

import pytest

import ssa_desktop.storage.vault as vault_module
from ssa_desktop.cli_commands import common
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.test_interchange import populate_sample
from tests.support.cli_runs import run_cli


@pytest.fixture
def gone(open_vault, tmp_path, capsys, monkeypatch):
    """A filled vault backed up to a second folder, then its folder deleted: (copy, key, counts)."""
    populate_sample(open_vault.conn)
    folder = open_vault.vault.folder
    key = open_vault.emergency_key()
    counts = repo.table_counts(open_vault.conn)
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    code, _, err = run_cli(capsys, "backup", "--vault", folder, "--out", f"{tmp_path / 'zweiter'}/")
    assert code == 0, err
    shutil.rmtree(folder)
    monkeypatch.setattr(vault_module, "calibrate", lambda: FAST_KDF)
    monkeypatch.setattr(common, "interactive", lambda: True)
    return next((tmp_path / "zweiter").glob("ssa-sicherung-*.ssabak")), key, counts


def _answer(monkeypatch, key):
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: key)


def test_a_vault_whose_folder_is_gone_comes_back_from_the_copy(gone, tmp_path, capsys,
                                                               monkeypatch):
    copy, key, counts = gone
    _answer(monkeypatch, key)
    target = tmp_path / "neu" / "Tresor"
    code, out, err = run_cli(capsys, "restore", "--from", copy, "--into", target)
    assert code == 0, err
    assert f"in {target}" in out
    session = Vault(target).unlock(PASSPHRASE)   # her passphrase opens it again
    try:
        assert repo.table_counts(session.conn) == counts and counts["person"] > 0
    finally:
        session.lock()
    code, out, err = run_cli(capsys, "check", "--vault", target)
    assert code == 0, err
    assert not list(target.glob("*.partial"))


def test_a_wrong_emergency_key_creates_no_vault(gone, tmp_path, capsys, monkeypatch):
    copy, key, _ = gone
    groups = key.split()
    groups[0] = "00000000" if groups[0] != "00000000" else "11111111"
    _answer(monkeypatch, " ".join(groups))
    target = tmp_path / "neu"
    code, _, err = run_cli(capsys, "restore", "--from", copy, "--into", target)
    assert code != 0 and "Notfallschlüssel passt nicht" in err and "Traceback" not in err
    assert not Vault(target).exists() and not (target / "vault.key").exists()


def test_a_corrupt_copy_creates_no_vault(gone, tmp_path, capsys, monkeypatch):
    copy, key, _ = gone
    _answer(monkeypatch, key)
    data = bytearray(copy.read_bytes())
    data[5000:5100] = bytes(100)   # a damaged page after the first
    copy.write_bytes(bytes(data))
    target = tmp_path / "neu"
    code, _, err = run_cli(capsys, "restore", "--from", copy, "--into", target)
    assert code != 0 and "beschädigt" in err and "Traceback" not in err
    assert not Vault(target).exists() and not (target / "vault.key").exists()


def test_an_existing_vault_is_never_overwritten(gone, tmp_path, capsys, monkeypatch):
    copy, key, _ = gone
    _answer(monkeypatch, key)
    target = tmp_path / "da"
    Vault.create(target, PASSPHRASE, params=FAST_KDF)[0].lock()
    before = (target / "vault.ssadb").read_bytes()
    code, _, err = run_cli(capsys, "restore", "--from", copy, "--into", target)
    assert code != 0 and "bereits ein Tresor" in err
    assert (target / "vault.ssadb").read_bytes() == before
