"""One writer per vault: claim a vault for this process before it is opened.

``decide_start`` is the start's whole decision about its vault folder, in one call: claim
it, hand over to the window of this program that holds it, or refuse with the German
reason; the GUI only acts on the answer (``ui.single_instance``). Light on purpose (only the
lock; the error classes with a refusal): the GUI decides before its unlock window shows,
where the storage layer is not loaded yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..storage import vault_lock
from ..storage.vault_lock import VaultLockHold

if TYPE_CHECKING:
    from ..storage.errors import VaultInUse

__all__ = ["CLAIM", "HAND_OVER", "REFUSE", "WINDOW_PROGRAM", "StartDecision", "VaultInUse",
           "VaultLockHold", "claim_vault", "decide_start", "name_this_program",
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


CLAIM, HAND_OVER, REFUSE = "claim", "hand_over", "refuse"


class StartDecision(NamedTuple):
    """What a window's start does with its vault folder. ``CLAIM``: ``hold`` is this
    process's lock (None for a folder still to be made: the new vault takes it).
    ``HAND_OVER``: a window of this program holds it; ask it to come forward (``pid``, its
    process, may take the foreground), and say ``reason`` when it does not answer.
    ``REFUSE``: ``reason`` is the German sentence. Not a dataclass: it is decided before
    the unlock window's first frame, where ``dataclasses`` and the class it generates
    cost 2-4 ms of CPU (tests/ui/shell/test_start_path.py)."""

    action: str
    hold: VaultLockHold | None = None
    reason: str = ""
    pid: int | None = None


def decide_start(folder: Path | str, *,
                 in_another_session: Callable[[int | None], bool] | None = None,
                 ) -> StartDecision:
    """Claim ``folder`` for this program's window, or say why not. ``in_another_session(pid)``
    tells whether the holding window runs in another (Windows) session, where it cannot
    come forward."""
    folder = Path(folder)
    name_this_program(WINDOW_PROGRAM)
    if not folder.is_dir():   # first run: the folder is made with the vault
        return StartDecision(CLAIM)
    try:
        return StartDecision(CLAIM, claim_vault(folder))
    except Exception as err:  # the error classes load only with a refusal
        from ..domain.errors import UserError
        from ..storage.errors import VaultInUse

        if isinstance(err, VaultInUse):
            if (err.program in ("", WINDOW_PROGRAM) and in_another_session is not None
                    and in_another_session(err.pid)):
                return StartDecision(REFUSE, reason=OTHER_SESSION)
            return _in_use(err.program, err.pid)
        if isinstance(err, UserError):   # a vault file that is a link (``LinkInVault``)
            return StartDecision(REFUSE, reason=str(err))
        raise


OTHER_SESSION = ("SSA Desktop ist mit diesem Tresor bereits in einer anderen Sitzung auf "
                 "diesem Computer geöffnet (einer anderen Anmeldung oder Remotedesktop-"
                 "Sitzung). Bitte dort weiterarbeiten oder SSA Desktop dort beenden; ein "
                 "zweites Fenster wird nicht geöffnet, es wurde nichts verändert.")


def _in_use(program: str, pid: int | None) -> StartDecision:
    if not program or program == WINDOW_PROGRAM:
        return StartDecision(HAND_OVER, pid=pid, reason=(
            "Dieser Tresor ist bereits in einem anderen Fenster von SSA Desktop geöffnet. "
            "Bitte wechseln Sie zu diesem Fenster (Taskleiste); ein zweites Fenster auf "
            "denselben Tresor wird nicht geöffnet."))
    return StartDecision(REFUSE, reason=(
        f"Der Tresor ist gerade in einem anderen Programm geöffnet ({program}). Bitte "
        "warten Sie, bis es beendet ist, und starten Sie SSA Desktop dann erneut. Es "
        "wurde nichts verändert."))


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
