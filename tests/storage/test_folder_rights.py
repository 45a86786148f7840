"""Owner-only rights on the vault folder: the Windows ACL built and applied (simulated)."""

from __future__ import annotations

import stat

import pytest

from ssa_desktop.storage import folder_rights
from ssa_desktop.storage.folder_rights import (
    icacls_program,
    owner_only_acl_command,
    restrict_to_owner,
)
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ANNA_SID = "S-1-5-21-1004336348-1177238915-682003330-1001"
ICACLS = r"C:\Windows\System32\icacls.exe"


def test_the_icacls_command_removes_inheritance_and_grants_her_and_system():
    assert owner_only_acl_command(r"C:\SSA\tresor", ANNA_SID) == [
        ICACLS, r"C:\SSA\tresor", "/inheritance:r", "/grant:r",
        f"*{ANNA_SID}:(OI)(CI)F", "*S-1-5-18:(OI)(CI)F"]
    with pytest.raises(ValueError):
        owner_only_acl_command(r"C:\SSA", "")


@pytest.mark.parametrize("sid", ["anna", "TRAEGER\\anna", 'a"b & calc', "S-1-5-21-1 x",
                                 "*S-1-5-21-1", "S-1-", "Jeder"])
def test_only_a_sid_is_granted_never_a_name(sid):
    with pytest.raises(ValueError):
        owner_only_acl_command(r"C:\SSA", sid)


@pytest.mark.parametrize("env, program", [
    ({"SystemRoot": r"D:\WINNT"}, r"D:\WINNT\System32\icacls.exe"),
    ({"SYSTEMROOT": r"C:\Windows"}, ICACLS),
    ({}, ICACLS),
    ({"SystemRoot": "Windows"}, ICACLS),              # relative: never
    ({"SystemRoot": r"\\server\share"}, ICACLS),     # not a local drive: never
    ({"SystemRoot": r".\evil"}, ICACLS),
])
def test_icacls_is_called_by_its_absolute_path(env, program):
    assert icacls_program(env) == program
    assert owner_only_acl_command(r"C:\SSA", ANNA_SID, env=env)[0] == program


def test_applied_on_windows_only_and_granted_to_her_sid_not_the_environment():
    calls = []
    env = {"USERNAME": "Jeder", "USERDOMAIN": "", "SystemRoot": r"C:\Windows"}
    assert restrict_to_owner(r"C:\SSA", platform="win32", env=env, user_sid=lambda: ANNA_SID,
                             run=lambda c: calls.append(c) or 0)
    assert calls == [owner_only_acl_command(r"C:\SSA", ANNA_SID)]
    assert not any("Jeder" in part for part in calls[0])
    assert not restrict_to_owner("/home/anna/ssa", platform="linux", env=env,
                                 user_sid=lambda: ANNA_SID, run=lambda c: calls.append(c) or 0)
    assert len(calls) == 1
    # no SID to be had: nothing is run, the folder keeps its rights
    assert not restrict_to_owner(r"C:\SSA", platform="win32", env=env, user_sid=lambda: None,
                                 run=lambda c: calls.append(c) or 0)
    assert len(calls) == 1
    # a failing icacls leaves the folder as it was, without an error
    assert not restrict_to_owner(r"C:\SSA", platform="win32", env=env,
                                 user_sid=lambda: ANNA_SID, run=lambda c: 5)


def test_vault_creation_restricts_the_folder(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(folder_rights.sys, "platform", "win32")
    monkeypatch.setattr(folder_rights, "_run_hidden", lambda c: seen.append(c) or 0)
    monkeypatch.setattr(folder_rights, "current_user_sid", lambda: ANNA_SID)
    monkeypatch.delenv("SystemRoot", raising=False)
    monkeypatch.delenv("SYSTEMROOT", raising=False)
    folder = tmp_path / "SSA"
    session, _key = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    session.lock()
    assert seen == [[ICACLS, str(folder), "/inheritance:r", "/grant:r",
                     f"*{ANNA_SID}:(OI)(CI)F", "*S-1-5-18:(OI)(CI)F"]]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # POSIX rights as before
    # a folder that already holds other files keeps its rights (e.g. her profile folder)
    busy = tmp_path / "Eigene"
    busy.mkdir()
    (busy / "brief.odt").write_text("x")
    session, _key = Vault.create(busy, PASSPHRASE, params=FAST_KDF)
    session.lock()
    assert len(seen) == 1
