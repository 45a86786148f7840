"""The scanner folder she chose (docs/documents.md): new files in it are offered once.

No thread watches the folder: it is looked at on unlock and when she opens a person's
„Dokumente“ tab or presses „Neue Scans (n)“. A file is new when its content (SHA-256) was
never offered and is no document yet, and it is of an accepted format (``domain.documents``).
The digests offered are kept in the vault (its encrypted settings table), never in the
device settings; a file offered and declined is not offered again.
"""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass
from pathlib import Path

from ..domain import documents as d
from ..domain import strict_json
from ..domain.digests import sha256
from ..domain.errors import UserError
from ..storage import documents_repo as q
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import settings, sync_folders
from .operations import DataKind, writes

OFFERED_KEY = "documents.scanner_offered"   # JSON list of SHA-256 hex digests


@dataclass(frozen=True)
class Scan:
    path: Path
    sha256: str


def folder(conn: Connection) -> Path | None:
    chosen = settings.get(conn, d.SCANNER_FOLDER)
    return Path(chosen) if chosen else None


def folder_warning(path: Path | str) -> str:
    """What she reads before a synced folder becomes the scanner folder (German), "" when
    it is not synced: every scan in it is copied to the cloud before it reaches the vault."""
    root = sync_folders.synced_root(path)
    if root is None:
        return ""
    return (f"Der Ordner „{path}“ wird mit {root.service} synchronisiert (über „{root.root}“): "
            "jeder Scan darin würde in die Cloud kopiert, bevor er in den Tresor kommt. Bitte "
            "einen Ordner auf diesem Gerät wählen, der nicht synchronisiert wird.")


@writes(DataKind.SETTINGS)
def set_folder(conn: Connection, path: Path | str) -> str:
    """Make ``path`` the scanner folder ("" for none); refused when it is no folder."""
    text = str(path) if str(path) else ""
    if text and not Path(text).is_dir():
        raise UserError(f"„{text}“ ist kein Ordner.")
    return settings.set_value(conn, d.SCANNER_FOLDER, text)


def offered(conn: Connection) -> set[str]:
    return set(strict_json.loads(repo.get_setting(conn, OFFERED_KEY, "[]") or "[]"))


def new_scans(conn: Connection) -> list[Scan]:
    """The files in the scanner folder not yet offered, of an accepted format, oldest
    first by name; [] without a folder or when it is gone."""
    where = folder(conn)
    if where is None or not where.is_dir():
        return []
    seen = offered(conn) | {doc.sha256 for doc in q.every(conn)}
    found = []
    for path in sorted(where.iterdir()):
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode) or info.st_size > d.MAX_BYTES:
                continue
            data = path.read_bytes()
        except OSError:
            continue
        digest = sha256(data).hexdigest()
        if digest in seen:
            continue
        try:
            d.detect(data, path.name)
        except UserError:
            continue
        seen.add(digest)
        found.append(Scan(path, digest))
    return found


@writes(DataKind.SETTINGS)
def mark_offered(conn: Connection, scan: Scan) -> None:
    """Remember that ``scan`` was offered: it is not offered again, whatever she answers."""
    with transaction(conn):
        repo.set_setting(conn, OFFERED_KEY, json.dumps(sorted(offered(conn) | {scan.sha256})))
