"""One writer per vault: claim a vault for this process before it is opened.

Light on purpose (only the lock; the error classes with a refusal): the GUI claims the vault before
its unlock window shows, where the storage layer is not loaded yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..storage import vault_lock
from ..storage.vault_lock import VaultLockHold

if TYPE_CHECKING:
    from ..storage.errors import VaultInUse

__all__ = ["WINDOW_PROGRAM", "VaultInUse", "VaultLockHold", "claim_vault", "name_this_program"]

# How the GUI is named to a second program that finds the vault in use.
WINDOW_PROGRAM = "SSA Desktop (Programmfenster)"


def __getattr__(name: str):
    """``VaultInUse`` from the storage layer's error classes, loaded when a refusal is
    caught (``except one_writer.VaultInUse``), not with the claim before the first frame."""
    if name == "VaultInUse":
        from ..storage.errors import VaultInUse

        return VaultInUse
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def name_this_program(name: str) -> None:
    """How this process is named to a second one that finds the vault in use ("ssa-desktop
    restore", ``WINDOW_PROGRAM``); never a user or host name."""
    vault_lock.set_program(name)


def claim_vault(folder: Path | str) -> VaultLockHold:
    """Hold the vault's lock for this process (the GUI from its start to its end), or
    raise ``VaultInUse`` naming the program that holds it. ``release`` when done."""
    return vault_lock.acquire(folder)
