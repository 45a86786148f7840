"""The package registries in a vault's ``meta`` table and the names of unfinished package
files, without the package machinery (``handover_repo``): what the unlock's upkeep reads
to tell whether a handover needs anything of it (``services.handover_upkeep``)."""

from __future__ import annotations

from pathlib import Path

from ..domain import strict_json
from .connection import Connection

SUFFIX = ".ssapaket"
RECEIPT_SUFFIX = ".ssaquittung"
REGISTRY_PREFIX = "package."       # meta keys of packages this vault issued
RECEIVED_PREFIX = "received."      # meta keys of packages this vault's user received
# A package or return being written: ".<name>.ssapaket.partial" beside its target (and,
# while a transaction is open, "<that>-journal"); a receipt being written:
# ".<name>.ssaquittung.partial". A killed write leaves them (handover_repo.clean_partials).
# "-wal"/"-shm" are never made (rollback journal from the first page) but are cleaned too.
PARTIAL_SUFFIX = SUFFIX + ".partial"
RECEIPT_PARTIAL_SUFFIX = RECEIPT_SUFFIX + ".partial"
PARTIALS = (PARTIAL_SUFFIX, RECEIPT_PARTIAL_SUFFIX)
SIDE_FILES = ("-journal", "-wal", "-shm")
FOLDERS_KEY = "package_folders"    # meta key: the folders packages, returns, receipts went to


def registry(conn: Connection, prefix: str) -> dict[str, dict]:
    rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE ? ORDER BY key",
                        (prefix + "%",)).fetchall()
    return {k[len(prefix):]: strict_json.loads(v) for k, v in rows}


def remembered_folders(conn: Connection) -> list[str]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (FOLDERS_KEY,)).fetchone()
    try:
        folders = strict_json.loads(row[0]) if row else []
    except ValueError:
        return []
    return [f for f in folders if isinstance(f, str)] if isinstance(folders, list) else []


def partials_in(folder: Path) -> tuple[list[Path], list[Path]]:
    """The partial files in ``folder`` and the side files (``-journal`` …) of any."""
    partials = sorted(p for suffix in PARTIALS for p in folder.glob(f".*{suffix}"))
    sides = sorted(p for suffix in PARTIALS for side in SIDE_FILES
                   for p in folder.glob(f".*{suffix}{side}"))
    return partials, sides
