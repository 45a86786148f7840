"""Settings IT sets for every user of a machine (policy), read in one place.

A policy is not hers to change: on Windows it is a value under
``HKLM\\SOFTWARE\\Policies\\SSA Desktop`` (Group Policy, Intune or a deployment script
writes it; a standard user cannot); on Linux the file ``/etc/ssa-desktop/policy.json``,
on macOS ``/Library/Application Support/SSA Desktop/policy.json`` (root-owned), e.g.
``{"AllowSyncedVaultFolder": true}``. Unknown or unreadable values count as not set; a
file that cannot be read (not JSON, not an object, larger than 64 KiB, not a regular
file: a link to a device or a pipe) counts as absent. Either is said in ``refused`` (one
German sentence: the Einstellungen and the command line show it).

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
- ``SecondBackupFolder`` (text, environment variables allowed): a second folder every
  backup is copied to (a Träger share, a USB stick), so that a backup does not share the
  vault's fate; it replaces her own setting of it.

Every path policy (``PATH_POLICIES``) is expanded (``%VAR%``), must then be a complete
path (``H:\\…``, ``\\\\server\\share\\…``; elsewhere ``/…``) whose drive exists (a UNC
share is not probed here: it is tried when used); otherwise it counts as not set and is
named in ``refused`` with the reason (an unset variable such as ``%HOMESHARE%``, a
relative path, a missing drive).
"""

from __future__ import annotations

import ntpath
import os
import re
import stat
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

from ..domain import strict_json
from ..domain.os_reasons import os_reason
from .sync_roots import RegistryReader, expand_variables, system_registry

POLICY_KEY = r"HKLM\SOFTWARE\Policies\SSA Desktop"
ALLOW_SYNCED_VAULT_FOLDER = "AllowSyncedVaultFolder"
EXPORT_FOLDER = "ExportFolder"
IDLE_LOCK_MAX_MINUTES = "IdleLockMaxMinutes"
LOCK_ON_LID_AND_DISPLAY = "LockOnLidAndDisplay"
ALLOW_REMEMBER_ON_DEVICE = "AllowRememberOnDevice"
ACCESSIBILITY_CONTACT = "AccessibilityContact"
SECOND_BACKUP_FOLDER = "SecondBackupFolder"
# Every value this module reads (tests/test_admx.py: the ADMX template declares exactly these)
POLICY_VALUES = (ALLOW_SYNCED_VAULT_FOLDER, EXPORT_FOLDER, IDLE_LOCK_MAX_MINUTES,
                 LOCK_ON_LID_AND_DISPLAY, ALLOW_REMEMBER_ON_DEVICE, ACCESSIBILITY_CONTACT,
                 SECOND_BACKUP_FOLDER)
# The values that name a folder: expanded and checked (``checked_folder``)
PATH_POLICIES = (EXPORT_FOLDER, SECOND_BACKUP_FOLDER)
MAX_IDLE_LOCK_MINUTES = 60
LINUX_POLICY_FILE = Path("/etc/ssa-desktop/policy.json")
MACOS_POLICY_FILE = Path("/Library/Application Support/SSA Desktop/policy.json")
# A policy file is a few lines; a larger one (a link to a log, a device) is not read.
MAX_POLICY_BYTES = 64 * 1024


@dataclass(frozen=True)
class MachinePolicy:
    allow_synced_vault_folder: bool = False
    export_folder: str = ""
    idle_lock_max_minutes: int | None = None   # None: not set
    lock_on_lid_and_display: bool | None = None   # None: her setting
    allow_remember_on_device: bool = True
    accessibility_contact: str = ""
    second_backup_folder: str = ""
    # what of IT's policy was not taken, one German sentence ("" when all was)
    refused: str = field(default="", compare=False)


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
                   file: Path | None = None, env: Mapping[str, str] | None = None,
                   drive_exists: Callable[[str], bool] | None = None) -> MachinePolicy:
    """The policy IT set for this machine (defaults where nothing is set).

    ``registry`` (Windows) and ``file`` (elsewhere) replace the machine's for tests, as do
    ``env`` (the variables a path policy names) and ``drive_exists`` (``"H:\\"`` → bool)."""
    platform = platform or sys.platform
    paths = _PathCheck(platform.startswith("win"), os.environ if env is None else env,
                       drive_exists or os.path.isdir)
    if platform.startswith("win"):
        values = (system_registry(platform) if registry is None else registry).values(POLICY_KEY)
        return policy_from(values, where=POLICY_KEY, paths=paths)
    path = file if file is not None else policy_file(platform)
    if path is None:
        return MachinePolicy()
    values, reason = _read_policy_file(path)
    if reason:
        return MachinePolicy(refused=(
            f"Die Richtlinien-Datei Ihrer IT „{path}“ wurde nicht gelesen ({reason}); "
            "es gelten die Voreinstellungen."))
    return policy_from(values, where=f"„{path}“", paths=paths)


@dataclass(frozen=True)
class _PathCheck:
    windows: bool
    env: Mapping[str, str]
    drive_exists: Callable[[str], bool]


def checked_folder(value: str, check: _PathCheck) -> tuple[str, str]:
    """(the folder, expanded and complete, "") or ("", why it is not taken, German)."""
    if check.windows:
        expanded = expand_variables(value, check.env)
        unset = re.findall(r"%([^%\\/]+)%", expanded)
        if unset:
            return "", f"%{unset[0]}% ist nicht gesetzt"
        pure = PureWindowsPath(expanded)
        if not (pure.drive and pure.root):
            return "", "kein vollständiger Pfad"
        if not pure.drive.startswith("\\\\") and not check.drive_exists(pure.drive + "\\"):
            return "", f"Laufwerk {pure.drive} nicht vorhanden"
        return ntpath.normpath(expanded), ""
    expanded = os.path.expanduser(os.path.expandvars(value))
    unset = re.findall(r"\$\{?(\w+)", expanded)
    if unset:
        return "", f"${unset[0]} ist nicht gesetzt"
    if not os.path.isabs(expanded):
        return "", "kein vollständiger Pfad"
    return os.path.normpath(expanded), ""


def _read_policy_file(path: Path) -> tuple[dict, str]:
    """The file's settings, or why it was not read ("" and {} when it is not there).
    Opened without waiting (a pipe blocks no one) and read only up to its bound."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return {}, ""
    except OSError as err:
        return {}, f"nicht lesbar: {os_reason(err)}"
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return {}, "keine gewöhnliche Datei"
        data = os.read(fd, MAX_POLICY_BYTES + 1)
    except OSError as err:
        return {}, f"nicht lesbar: {os_reason(err)}"
    finally:
        os.close(fd)
    if len(data) > MAX_POLICY_BYTES:
        return {}, "größer als 64 KB"
    try:
        values = strict_json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return {}, "kein Text in UTF-8"
    except ValueError:
        return {}, "kein gültiges JSON"
    if not isinstance(values, dict):
        return {}, "kein JSON-Objekt mit Einstellungen"
    return values, ""


def _not_understood(values: dict) -> list[str]:
    """The settings IT gave a value this module cannot take (they count as not set)."""
    checks = {ALLOW_SYNCED_VAULT_FOLDER: _switch, LOCK_ON_LID_AND_DISPLAY: _switch,
              ALLOW_REMEMBER_ON_DEVICE: _switch, IDLE_LOCK_MAX_MINUTES: _minutes,
              EXPORT_FOLDER: lambda v: v if isinstance(v, str) else None,
              SECOND_BACKUP_FOLDER: lambda v: v if isinstance(v, str) else None,
              ACCESSIBILITY_CONTACT: lambda v: v if isinstance(v, str) else None}
    return [name for name in POLICY_VALUES
            if values.get(name) not in (None, "") and checks[name](values[name]) is None]


def policy_from(values: dict, *, where: str = "", paths: _PathCheck | None = None
                ) -> MachinePolicy:
    """The policy of the values IT set (registry values or the policy file's keys);
    ``where`` names them in ``refused`` when a value cannot be taken."""
    paths = paths or _PathCheck(sys.platform.startswith("win"), os.environ, os.path.isdir)
    wrong = [f"„{name}“" for name in _not_understood(values)]
    folders: dict[str, str] = {}
    for name in PATH_POLICIES:
        text = _text(values.get(name))
        if text:
            folders[name], why = checked_folder(text, paths)
            if why:
                wrong.append(f"„{name}“ ({why})")
    refused = (f"Aus der Richtlinie Ihrer IT ({where}) nicht übernommen, da ungültig: "
               + ", ".join(wrong) + "; dafür gelten die Voreinstellungen.") if wrong else ""
    return MachinePolicy(
        allow_synced_vault_folder=_flag(values.get(ALLOW_SYNCED_VAULT_FOLDER)),
        export_folder=folders.get(EXPORT_FOLDER, ""),
        idle_lock_max_minutes=_minutes(values.get(IDLE_LOCK_MAX_MINUTES)),
        lock_on_lid_and_display=_switch(values.get(LOCK_ON_LID_AND_DISPLAY)),
        allow_remember_on_device=_switch(values.get(ALLOW_REMEMBER_ON_DEVICE)) is not False,
        accessibility_contact=_text(values.get(ACCESSIBILITY_CONTACT)),
        second_backup_folder=folders.get(SECOND_BACKUP_FOLDER, ""),
        refused=refused)
