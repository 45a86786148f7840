"""IT's machine policies read from HKLM (simulated registry): each value, and values
out of range or of the wrong kind count as not set."""

from __future__ import annotations

from ssa_desktop.storage.machine_policy import POLICY_KEY, MachinePolicy, machine_policy
from ssa_desktop.storage.sync_roots import DictRegistry

ENV = {"USERNAME": "anna", "HOMESHARE": r"\\fs01\home$\anna"}


def _policy(**values) -> MachinePolicy:
    return machine_policy(platform="win32", registry=DictRegistry({POLICY_KEY: values}),
                          env=ENV, drive_exists=lambda root: root.upper() in ("C:\\", "D:\\"))


def test_nothing_set_is_the_default():
    assert _policy() == MachinePolicy(allow_synced_vault_folder=False, export_folder="",
                                      idle_lock_max_minutes=None,
                                      lock_on_lid_and_display=None,
                                      allow_remember_on_device=True, accessibility_contact="")


def test_every_value_it_sets():
    policy = _policy(AllowSyncedVaultFolder=1, ExportFolder=r"D:\Export\%USERNAME%",
                     IdleLockMaxMinutes=10, LockOnLidAndDisplay=0, AllowRememberOnDevice=0,
                     AccessibilityContact="barrierefrei@traeger.example")
    assert policy == MachinePolicy(True, r"D:\Export\anna", 10, False, False,
                                   "barrierefrei@traeger.example")
    assert _policy(LockOnLidAndDisplay=1).lock_on_lid_and_display is True


def test_idle_minutes_at_their_bounds_and_beyond():
    assert [_policy(IdleLockMaxMinutes=m).idle_lock_max_minutes
            for m in (0, 1, 60, 61, "15", "x")] == [None, 1, 60, None, 15, None]


def test_the_remember_switch_forbids_only_with_zero():
    assert [_policy(AllowRememberOnDevice=v).allow_remember_on_device
            for v in (0, 1, 2, "")] == [False, True, True, True]
