"""Owner-only rights on the vault folder: the Windows ACL built and applied (simulated)."""

from __future__ import annotations

import stat

import pytest

from ssa_desktop.storage import folder_rights
from ssa_desktop.storage.folder_rights import owner_only_acl_command, restrict_to_owner
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_the_icacls_command_removes_inheritance_and_grants_her_alone():
    assert owner_only_acl_command(r"C:\SSA\tresor", "anna", "TRAEGER") == [
        "icacls", r"C:\SSA\tresor", "/inheritance:r", "/grant:r", r"TRAEGER\anna:(OI)(CI)F"]
    assert owner_only_acl_command(r"C:\Mein Ordner", "anna")[-1] == "anna:(OI)(CI)F"
    with pytest.raises(ValueError):
        owner_only_acl_command(r"C:\SSA", "")


def test_applied_on_windows_only():
    calls = []
    env = {"USERNAME": "anna", "USERDOMAIN": "TRAEGER"}
    assert restrict_to_owner(r"C:\SSA", platform="win32", env=env,
                             run=lambda c: calls.append(c) or 0)
    assert calls == [owner_only_acl_command(r"C:\SSA", "anna", "TRAEGER")]
    assert not restrict_to_owner("/home/anna/ssa", platform="linux", env=env,
                                 run=lambda c: calls.append(c) or 0)
    assert len(calls) == 1
    # a failing icacls leaves the folder as it was, without an error
    assert not restrict_to_owner(r"C:\SSA", platform="win32", env=env, run=lambda c: 5)


def test_vault_creation_restricts_the_folder(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(folder_rights.sys, "platform", "win32")
    monkeypatch.setattr(folder_rights, "_run_hidden", lambda c: seen.append(c) or 0)
    monkeypatch.setenv("USERNAME", "anna")
    monkeypatch.delenv("USERDOMAIN", raising=False)
    folder = tmp_path / "SSA"
    session, _key = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    session.lock()
    assert seen == [["icacls", str(folder), "/inheritance:r", "/grant:r", "anna:(OI)(CI)F"]]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # POSIX rights as before
    # a folder that already holds other files keeps its rights (e.g. her profile folder)
    busy = tmp_path / "Eigene"
    busy.mkdir()
    (busy / "brief.odt").write_text("x")
    session, _key = Vault.create(busy, PASSPHRASE, params=FAST_KDF)
    session.lock()
    assert len(seen) == 1
