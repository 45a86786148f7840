"""Settings IT sets for every user of a machine (policy), read in one place.

A policy is not hers to change: on Windows it is a value under
``HKLM\\SOFTWARE\\Policies\\SSA Desktop`` (Group Policy, Intune or a deployment script
writes it; a standard user cannot); on Linux the file ``/etc/ssa-desktop/policy.json``,
on macOS ``/Library/Application Support/SSA Desktop/policy.json`` (root-owned), e.g.
``{"AllowSyncedVaultFolder": true}``. Unknown or unreadable values count as not set.

Settings (docs/handbuch.md, IT part; ADMX/ADML templates in ``packaging/windows/admx``):

- ``AllowSyncedVaultFolder`` (DWORD 1 / true): the vault may lie in a folder a sync
  client copies to a cloud (OneDrive, SharePoint, Nextcloud …). Off by default: the
  wizard and ``ssa-desktop init`` refuse such a folder.
- ``ExportFolder`` (text, environment variables such as ``%USERNAME%`` allowed): where
  every save and folder dialog starts instead of ``%LOCALAPPDATA%\\SSA Desktop\\Export``.
- ``IdleLockMaxMinutes`` (DWORD 1–60): the longest idle time before the lock; she may
  choose a shorter one.
- ``LockOnLidAndDisplay`` (DWORD 1 / 0): lock when the lid closes or the display goes
  off, always (1) or never (0); her setting is greyed out.
- ``AllowRememberOnDevice`` (DWORD 0 forbids): „Auf diesem Gerät merken“ is offered and
  a remembered key used only while this is not 0.
- ``AccessibilityContact`` (text): the Träger's contact in the accessibility statement.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ..domain import strict_json
from .sync_roots import RegistryReader, system_registry

POLICY_KEY = r"HKLM\SOFTWARE\Policies\SSA Desktop"
ALLOW_SYNCED_VAULT_FOLDER = "AllowSyncedVaultFolder"
EXPORT_FOLDER = "ExportFolder"
IDLE_LOCK_MAX_MINUTES = "IdleLockMaxMinutes"
LOCK_ON_LID_AND_DISPLAY = "LockOnLidAndDisplay"
ALLOW_REMEMBER_ON_DEVICE = "AllowRememberOnDevice"
ACCESSIBILITY_CONTACT = "AccessibilityContact"
# Every value this module reads (tests/test_admx.py: the ADMX template declares exactly these)
POLICY_VALUES = (ALLOW_SYNCED_VAULT_FOLDER, EXPORT_FOLDER, IDLE_LOCK_MAX_MINUTES,
                 LOCK_ON_LID_AND_DISPLAY, ALLOW_REMEMBER_ON_DEVICE, ACCESSIBILITY_CONTACT)
MAX_IDLE_LOCK_MINUTES = 60
LINUX_POLICY_FILE = Path("/etc/ssa-desktop/policy.json")
MACOS_POLICY_FILE = Path("/Library/Application Support/SSA Desktop/policy.json")


@dataclass(frozen=True)
class MachinePolicy:
    allow_synced_vault_folder: bool = False
    export_folder: str = ""
    idle_lock_max_minutes: int | None = None   # None: not set
    lock_on_lid_and_display: bool | None = None   # None: her setting
    allow_remember_on_device: bool = True
    accessibility_contact: str = ""


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value == 1
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "ja", "yes")
    return False


def _switch(value: object) -> bool | None:
    """1/true → True, 0/false → False; anything else (not set, unreadable) → None."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower() if isinstance(value, (int, str)) else ""
    if text in ("1", "true", "ja", "yes"):
        return True
    if text in ("0", "false", "nein", "no"):
        return False
    return None


def _minutes(value: object) -> int | None:
    """A whole number of minutes from 1 to 60; anything else counts as not set."""
    if isinstance(value, bool):
        return None
    try:
        minutes = int(str(value).strip()) if isinstance(value, (int, str)) else 0
    except ValueError:
        return None
    return minutes if 1 <= minutes <= MAX_IDLE_LOCK_MINUTES else None


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def policy_file(platform: str) -> Path | None:
    if platform.startswith("linux"):
        return LINUX_POLICY_FILE
    if platform == "darwin":
        return MACOS_POLICY_FILE
    return None


def machine_policy(*, platform: str | None = None, registry: RegistryReader | None = None,
                   file: Path | None = None) -> MachinePolicy:
    """The policy IT set for this machine (defaults where nothing is set).

    ``registry`` (Windows) and ``file`` (elsewhere) replace the machine's for tests."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        values = (system_registry(platform) if registry is None else registry).values(POLICY_KEY)
    else:
        path = file if file is not None else policy_file(platform)
        try:
            values = strict_json.loads(path.read_text(encoding="utf-8")) if path else {}
        except (OSError, ValueError):
            values = {}
        if not isinstance(values, dict):
            values = {}
    return policy_from(values)


def policy_from(values: dict) -> MachinePolicy:
    """The policy of the values IT set (registry values or the policy file's keys)."""
    return MachinePolicy(
        allow_synced_vault_folder=_flag(values.get(ALLOW_SYNCED_VAULT_FOLDER)),
        export_folder=_text(values.get(EXPORT_FOLDER)),
        idle_lock_max_minutes=_minutes(values.get(IDLE_LOCK_MAX_MINUTES)),
        lock_on_lid_and_display=_switch(values.get(LOCK_ON_LID_AND_DISPLAY)),
        allow_remember_on_device=_switch(values.get(ALLOW_REMEMBER_ON_DEVICE)) is not False,
        accessibility_contact=_text(values.get(ACCESSIBILITY_CONTACT)))
