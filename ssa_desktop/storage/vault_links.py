"""No file of the vault folder is opened through a symbolic link.

A link in place of the database, its ``-wal``/``-shm``/``-journal``, the key files, the
lock, the backups or the device keys would make SQLite and our own writes read from or
write to another place (a dangling link: create a file there). Before a vault is opened
or created, every name the vault owns is looked at with ``lstat`` (and each entry of its
``backups`` and ``geraete`` folders); a link, dangling or not, is refused with
``LinkInVault`` naming it, before anything is read or written. The lock file is also
opened with ``O_NOFOLLOW`` (``vault_lock``). Windows: junctions and other reparse points
count as links (``os.path.islink`` / ``Path.is_junction``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .backup_rotation import BACKUP_FOLDER
from .errors import LinkInVault
from .keystore import DEVICE_FOLDER
from .vault_lock import LOCK_NAME
from .window_request import REQUEST_NAME

# The folders of the vault whose entries are checked one by one as well.
_FOLDERS = (BACKUP_FOLDER, DEVICE_FOLDER)
# What SQLite keeps beside a database.
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def vault_names(db_name: str, key_names: Iterable[str]) -> list[str]:
    """Every name in the vault folder that the vault owns (database files, key files,
    staged copies, lock and request, backups and device keys)."""
    databases = [db_name, f"{db_name}.rekey", f"{db_name}.restore"]
    return ([f"{db}{side}" for db in databases for side in ("", *SQLITE_SIDE_FILES)]
            + [*key_names, LOCK_NAME, REQUEST_NAME, *_FOLDERS])


def _is_link(path: Path) -> bool:
    return os.path.islink(path) or bool(getattr(path, "is_junction", lambda: False)())


def refuse_links(folder: Path, names: Iterable[str]) -> None:
    """``LinkInVault`` for the first of ``names`` in ``folder`` (or entry of its backups
    and device folders) that is a symbolic link; nothing is followed or created."""
    for name in names:
        if _is_link(folder / name):
            raise LinkInVault(name)
    for sub in _FOLDERS:
        inner = folder / sub
        if not inner.is_dir():
            continue
        for entry in os.scandir(inner):
            if entry.is_symlink() or _is_link(Path(entry.path)):
                raise LinkInVault(f"{sub}/{entry.name}")
