"""Owner-only rights on the vault folder.

POSIX: the folder is made 0700 (``files.make_private_dir``). Windows: a folder she picks
(``C:\\SSA``) inherits the drive's ACL, which lets every local user read it; the vault
folder gets an ACL of its own instead, with inheritance removed and full control for
her alone (``(OI)(CI)``: files and folders created inside inherit it):

    icacls <folder> /inheritance:r /grant:r "<DOMAIN>\\<user>:(OI)(CI)F"

``owner_only_acl_command`` builds the command (pure, tested everywhere);
``restrict_to_owner`` runs it on Windows and does nothing elsewhere. ``Vault.create``
applies it to a new or empty vault folder only: a folder that already holds other files
(her profile folder, a shared data folder) keeps its rights.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path


def owner_only_acl_command(folder: Path | str, user: str, domain: str = "") -> list[str]:
    """The ``icacls`` call that leaves ``folder`` to ``user`` alone (no inherited rights)."""
    if not user:
        raise ValueError("no user name")
    account = f"{domain}\\{user}" if domain else user
    return ["icacls", os.fspath(folder), "/inheritance:r", "/grant:r", f"{account}:(OI)(CI)F"]


def restrict_to_owner(folder: Path | str, *, platform: str | None = None,
                      env: Mapping[str, str] | None = None,
                      run: Callable[[list[str]], int] | None = None) -> bool:
    """On Windows give ``folder`` an owner-only ACL (``icacls``, no console window);
    True when it was applied. Elsewhere nothing to do (0700 is set where the folder is
    made). A failure is not fatal: the folder keeps the rights it had."""
    platform = platform or sys.platform
    if not platform.startswith("win"):
        return False
    env = os.environ if env is None else env
    user = env.get("USERNAME", "")
    if not user:
        return False
    command = owner_only_acl_command(folder, user, env.get("USERDOMAIN", ""))
    try:
        return (run or _run_hidden)(command) == 0
    except OSError:
        return False


def _run_hidden(command: list[str]) -> int:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    return subprocess.run(command, capture_output=True, timeout=60, check=False,
                          creationflags=flags).returncode
