"""What the unlock's upkeep does for handing over (``ui.privacy.unlock_tasks``): finish a
school handover a kill interrupted, clean what killed package writes left, delete expired
packages and keys. Each step reads the vault's package registries first and imports the
handover machinery (``handover``, ``handover_confirm`` and their repositories) only when
they hold something to do: on most days nothing, and the GUI keeps that code out of its
memory (docs/performance.md, „Arbeitsspeicher")."""

from __future__ import annotations

from pathlib import Path

from ..storage import package_registry as reg
from ..storage.connection import Connection


def finish_interrupted(conn: Connection) -> list[str]:
    """``handover_confirm.finish_interrupted_handovers`` when a handover is pending."""
    if not any(entry.get("pending") for entry in reg.registry(conn, reg.REGISTRY_PREFIX).values()):
        return []
    from .handover_confirm import finish_interrupted_handovers

    return finish_interrupted_handovers(conn)


def clean_leftovers(conn: Connection) -> list[str]:
    """``handover.clean_package_leftovers`` when a remembered folder holds a partial file."""
    if not any(_has_partials(Path(folder)) for folder in reg.remembered_folders(conn)):
        return []
    from .handover import clean_package_leftovers

    return clean_package_leftovers(conn)


def sweep_expired(conn: Connection) -> list[str]:
    """``handover.sweep_received`` when a package was received or a key is still held."""
    received = reg.registry(conn, reg.RECEIVED_PREFIX)
    issued = reg.registry(conn, reg.REGISTRY_PREFIX).values()
    if not received and not any(entry.get("key") for entry in issued):
        return []
    from .handover import sweep_received

    return sweep_received(conn)


def _has_partials(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(reg.partials_in(folder))
    except OSError:   # unreadable now: the cleaning could not read it either
        return False
