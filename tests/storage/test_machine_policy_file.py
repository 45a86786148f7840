"""IT's policy file (Linux, macOS) that cannot be taken is said, never silently dropped:
a file not read at all (not JSON, not an object, too large, not a regular file) counts as
absent, a value of the wrong kind as not set, and ``refused`` says so in one German
sentence naming the file (shown in Einstellungen and by the command line)."""

from __future__ import annotations

import os

import pytest

from ssa_desktop.storage.machine_policy import POLICY_KEY, MachinePolicy, machine_policy
from ssa_desktop.storage.sync_roots import DictRegistry


def _read(path) -> MachinePolicy:
    return machine_policy(platform="linux", file=path)


@pytest.mark.parametrize(("text", "reason"), [
    ('{"IdleLockMaxMinutes": 10,', "kein gültiges JSON"),
    ('{"IdleLockMaxMinutes": 10, "IdleLockMaxMinutes": 5}', "kein gültiges JSON"),
    ('[{"IdleLockMaxMinutes": 10}]', "kein JSON-Objekt mit Einstellungen"),
    ('"IdleLockMaxMinutes"', "kein JSON-Objekt mit Einstellungen"),
])
def test_a_file_that_is_no_policy_is_named_and_the_defaults_apply(tmp_path, text, reason):
    path = tmp_path / "policy.json"
    path.write_text(text, "utf-8")
    policy = _read(path)
    assert policy == MachinePolicy()
    assert policy.refused == (f"Die Richtlinien-Datei Ihrer IT „{path}“ wurde nicht gelesen "
                              f"({reason}); es gelten die Voreinstellungen.")


def test_a_file_not_in_utf8_is_named(tmp_path):
    path = tmp_path / "policy.json"
    path.write_bytes(b'{"AccessibilityContact": "B\xfcro"}')   # Latin-1
    assert "(kein Text in UTF-8)" in _read(path).refused


def test_a_file_above_64_kib_is_not_read(tmp_path):
    path = tmp_path / "policy.json"
    path.write_text('{"IdleLockMaxMinutes": 10}' + " " * (64 * 1024 - 26), "utf-8")
    assert _read(path).idle_lock_max_minutes == 10 and _read(path).refused == ""  # 64 KiB
    path.write_text('{"IdleLockMaxMinutes": 10}' + " " * (64 * 1024 - 25), "utf-8")
    policy = _read(path)
    assert policy.idle_lock_max_minutes is None
    assert "(größer als 64 KB)" in policy.refused


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="links and pipes: Linux, macOS")
def test_a_link_to_a_device_or_a_pipe_is_not_read(tmp_path):
    """Opened without waiting: a pipe nobody writes to blocks no start."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for target in (pipe, "/dev/zero", tmp_path):
        path = tmp_path / "policy.json"
        path.unlink(missing_ok=True)
        path.symlink_to(target)
        policy = _read(path)
        assert policy == MachinePolicy()
        assert "(keine gewöhnliche Datei)" in policy.refused, target


def test_a_link_to_a_regular_file_is_read(tmp_path):
    """Configuration management often links /etc's files: a link to a policy is one."""
    real = tmp_path / "verwaltet.json"
    real.write_text('{"IdleLockMaxMinutes": 10}', "utf-8")
    path = tmp_path / "policy.json"
    path.symlink_to(real)
    assert _read(path).idle_lock_max_minutes == 10 and _read(path).refused == ""


def test_values_of_the_wrong_kind_are_named_and_the_others_apply(tmp_path):
    path = tmp_path / "policy.json"
    path.write_text('{"IdleLockMaxMinutes": 10, "LockOnLidAndDisplay": "vielleicht",'
                    ' "AllowRememberOnDevice": [0], "ExportFolder": 7}', "utf-8")
    policy = _read(path)
    assert (policy.idle_lock_max_minutes, policy.lock_on_lid_and_display,
            policy.allow_remember_on_device, policy.export_folder) == (10, None, True, "")
    assert policy.refused == (f"Aus der Richtlinie Ihrer IT („{path}“) nicht übernommen, da "
                              "ungültig: „ExportFolder“, „LockOnLidAndDisplay“, "
                              "„AllowRememberOnDevice“; dafür gelten die Voreinstellungen.")


def test_idle_minutes_beyond_their_bounds_are_named(tmp_path):
    path = tmp_path / "policy.json"
    path.write_text('{"IdleLockMaxMinutes": 61}', "utf-8")
    assert "„IdleLockMaxMinutes“" in _read(path).refused


def test_no_file_and_a_good_file_say_nothing(tmp_path):
    assert _read(tmp_path / "fehlt.json").refused == ""
    path = tmp_path / "policy.json"
    path.write_text('{"AllowSyncedVaultFolder": true, "IdleLockMaxMinutes": "15",'
                    ' "LockOnLidAndDisplay": 0, "AccessibilityContact": ""}', "utf-8")
    assert _read(path).refused == ""


def test_a_registry_value_of_the_wrong_kind_is_named_with_its_key():
    policy = machine_policy(platform="win32", registry=DictRegistry(
        {POLICY_KEY: {"IdleLockMaxMinutes": "zehn", "AllowRememberOnDevice": 0}}))
    assert policy.allow_remember_on_device is False
    assert policy.refused == ("Aus der Richtlinie Ihrer IT (HKLM\\SOFTWARE\\Policies\\SSA "
                              "Desktop) nicht übernommen, da ungültig: „IdleLockMaxMinutes“; "
                              "dafür gelten die Voreinstellungen.")
