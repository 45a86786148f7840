"""Issue 7 item 4: an empty vault.ssadb is refused as damaged, never re-initialised."""

from __future__ import annotations

import pytest

from ssa_desktop.cli import main
from ssa_desktop.storage.errors import CorruptDatabase
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.helpers import snapshot


@pytest.fixture
def emptied(vault_dir):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    session.lock()
    (vault_dir / "vault.ssadb").write_bytes(b"")
    return vault_dir


def test_unlock_refuses_an_empty_database_file_untouched(emptied):
    before = snapshot(emptied)
    with pytest.raises(CorruptDatabase, match="leer"):
        Vault(emptied).unlock(PASSPHRASE)
    assert snapshot(emptied) == before


def test_cli_info_on_an_empty_database_fails_and_writes_nothing(emptied, monkeypatch, capsys):
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    before = snapshot(emptied)
    assert main(["info", "--vault", str(emptied)]) == 1
    assert "leer (0 Byte)" in capsys.readouterr().err
    assert snapshot(emptied) == before
