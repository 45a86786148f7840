"""Every path policy (``ExportFolder``, ``SecondBackupFolder``) is expanded, complete and
on a drive that exists, or it is not taken and named in „nicht übernommen“ with the
reason (simulated registry and environment; issue: ``%HOMESHARE%`` unset, a relative
path, a drive that is not there)."""

from __future__ import annotations

import pytest

from ssa_desktop.storage.machine_policy import (
    EXPORT_FOLDER,
    PATH_POLICIES,
    POLICY_KEY,
    SECOND_BACKUP_FOLDER,
    machine_policy,
)
from ssa_desktop.storage.sync_roots import DictRegistry

ENV = {"USERNAME": "anna", "HOMESHARE": r"\\fs01\home$\anna", "USERPROFILE": r"C:\Users\anna"}


def _policy(env=ENV, **values):
    return machine_policy(platform="win32", registry=DictRegistry({POLICY_KEY: values}),
                          env=env, drive_exists=lambda root: root.upper() == "C:\\")


@pytest.mark.parametrize("name", PATH_POLICIES)
def test_a_path_policy_is_expanded(name):
    field = {EXPORT_FOLDER: "export_folder", SECOND_BACKUP_FOLDER: "second_backup_folder"}
    policy = _policy(**{name: r"%HOMESHARE%\SSA-Export"})
    assert getattr(policy, field[name]) == r"\\fs01\home$\anna\SSA-Export"
    assert policy.refused == ""
    assert getattr(_policy(**{name: r"C:\SSA\%username%\.\x"}), field[name]) == r"C:\SSA\anna\x"


@pytest.mark.parametrize("name", PATH_POLICIES)
@pytest.mark.parametrize(("value", "why"), [
    (r"%HOMESHARE%\SSA-Export", "%HOMESHARE% ist nicht gesetzt"),
    ("SSA-Export", "kein vollständiger Pfad"),
    (r"C:SSA-Export", "kein vollständiger Pfad"),
    (r"\SSA-Export", "kein vollständiger Pfad"),
    (r"H:\SSA-Export", "Laufwerk H: nicht vorhanden"),
])
def test_a_path_policy_that_cannot_be_taken_is_named(name, value, why):
    env = {k: v for k, v in ENV.items() if k != "HOMESHARE"}
    policy = _policy(env=env, **{name: value})
    assert policy.export_folder == "" and policy.second_backup_folder == ""
    assert "nicht übernommen" in policy.refused
    assert f"„{name}“ ({why})" in policy.refused


def test_the_policy_file_elsewhere_expands_and_checks_too(tmp_path, monkeypatch):
    monkeypatch.setenv("SSA_TEST_SHARE", "/srv/traeger")
    file = tmp_path / "policy.json"
    file.write_text('{"ExportFolder": "$SSA_TEST_SHARE/export", '
                    '"SecondBackupFolder": "relativ/sicherung"}', "utf-8")
    policy = machine_policy(platform="linux", file=file)
    assert policy.export_folder == "/srv/traeger/export"
    assert policy.second_backup_folder == ""
    assert "„SecondBackupFolder“ (kein vollständiger Pfad)" in policy.refused
