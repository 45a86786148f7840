"""Settings IT sets for every user of a machine (policy), read in one place.

A policy is not hers to change: on Windows it is a value under
``HKLM\\SOFTWARE\\Policies\\SSA Desktop`` (Group Policy, Intune or a deployment script
writes it; a standard user cannot); on Linux the file ``/etc/ssa-desktop/policy.json``,
on macOS ``/Library/Application Support/SSA Desktop/policy.json`` (root-owned), e.g.
``{"AllowSyncedVaultFolder": true}``. Unknown or unreadable values count as not set.

Settings (docs/handbuch.md, IT part):

- ``AllowSyncedVaultFolder`` (DWORD 1 / true): the vault may lie in a folder a sync
  client copies to a cloud (OneDrive, SharePoint, Nextcloud …). Off by default: the
  wizard and ``ssa-desktop init`` refuse such a folder.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ..domain import strict_json
from .sync_roots import RegistryReader, system_registry

POLICY_KEY = r"HKLM\SOFTWARE\Policies\SSA Desktop"
ALLOW_SYNCED_VAULT_FOLDER = "AllowSyncedVaultFolder"
LINUX_POLICY_FILE = Path("/etc/ssa-desktop/policy.json")
MACOS_POLICY_FILE = Path("/Library/Application Support/SSA Desktop/policy.json")


@dataclass(frozen=True)
class MachinePolicy:
    allow_synced_vault_folder: bool = False


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value == 1
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "ja", "yes")
    return False


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
    return MachinePolicy(allow_synced_vault_folder=_flag(values.get(ALLOW_SYNCED_VAULT_FOLDER)))
