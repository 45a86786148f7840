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

__all__ = ["WINDOW_PROGRAM", "VaultInUse", "VaultLockHold", "claim_vault", "name_this_program",
           "post_window_request", "take_window_request", "window_request_pending",
           "withdraw_window_request"]

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


# -- a second start's request to the window that holds the vault (storage.window_request);
# loaded when a window listens or a start is refused, not before the first frame
def post_window_request(folder: Path | str) -> bool:
    """Ask the window holding ``folder`` to come forward; True when this call made the
    request, False when one is pending already. ``OSError`` when it cannot be made."""
    from ..storage import window_request

    return window_request.post(folder)


def window_request_pending(folder: Path | str) -> bool:
    from ..storage import window_request

    return window_request.pending(folder)


def withdraw_window_request(folder: Path | str) -> None:
    from ..storage import window_request

    window_request.withdraw(folder)


def take_window_request(folder: Path | str) -> bool:
    """Remove a pending request; True when the window should come forward (a fresh
    request, not a crashed start's stale one or something else under its name)."""
    from ..storage import window_request

    return window_request.take(folder)
