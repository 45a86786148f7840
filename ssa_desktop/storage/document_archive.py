"""The interchange's document archive (docs/interchange.md, "Dokumente"): a ZIP file
beside the JSON holding each carried document's bytes as it came, one entry per document.

Written as a whole or not at all (``files.atomic_target``: temp file, fsync,
``os.replace``), one document in memory at a time, entries stored uncompressed (scans and
PDFs are compressed already) with ZIP64 for an archive over 4 GB. Read entry by entry:
the archive itself must be a plain file (no link), every entry a plain file with a plain
name (no folder, no ``..``, no link, not encrypted, named once), and an entry is read only
up to the size limit the caller gives, whatever its header claims.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import VaultError
from .files import atomic_target

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)   # the same documents give the same archive


def write(target: Path, entries: Iterable[tuple[str, Callable[[], bytes]]]) -> int:
    """Write the archive ``target`` atomically: each (name, read) an entry whose bytes
    ``read()`` gives when it is its turn. The number of entries."""
    count = 0
    with atomic_target(Path(target), ".partial") as tmp, \
            zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        for name, read in entries:
            info = zipfile.ZipInfo(name, _FIXED_TIME)
            info.external_attr = (stat.S_IFREG | 0o600) << 16
            data = read()
            with archive.open(info, "w", force_zip64=len(data) > 0x7FFFFFFF) as out:
                out.write(data)
            del data
            count += 1
    return count


class ArchiveRefused(VaultError):
    """The archive cannot be read as a whole; the message says why (German)."""


def _unsafe(info: zipfile.ZipInfo) -> str | None:
    """Why an entry is not a plain file with a plain name, or None."""
    name = info.filename
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or ".." in parts or ":" in name or len(parts) > 1:
        return f"der Eintrag „{name[:80]}“ hat einen Pfad statt eines einfachen Namens"
    mode = info.external_attr >> 16
    if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        return f"der Eintrag „{name[:80]}“ ist keine gewöhnliche Datei (Ordner oder Verknüpfung)"
    if info.flag_bits & 0x1:
        return f"der Eintrag „{name[:80]}“ ist verschlüsselt"
    return None


class Archive:
    """An archive opened for reading (``open``); ``close`` it (or use ``with``)."""

    def __init__(self, path: Path):
        path = Path(path)
        if path.is_symlink() or (path.exists() and not path.is_file()):
            raise ArchiveRefused(f"„{path.name}“ ist keine gewöhnliche Datei (eine Verknüpfung "
                                 "oder ein Ordner)")
        if not path.exists():
            raise ArchiveRefused(f"„{path.name}“ fehlt neben der Austauschdatei")
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as err:
            raise ArchiveRefused(f"„{path.name}“ ist kein lesbares ZIP-Archiv ({err})") from None
        self._entries: dict[str, zipfile.ZipInfo] = {}
        try:
            for info in self._zip.infolist():
                why = _unsafe(info)
                if why is None and info.filename in self._entries:
                    why = f"der Eintrag „{info.filename[:80]}“ steht zweimal darin"
                if why:
                    raise ArchiveRefused(f"„{path.name}“: {why}")
                self._entries[info.filename] = info
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def names(self) -> set[str]:
        return set(self._entries)

    def size(self, name: str) -> int | None:
        """The size an entry's header gives (None: no such entry), read without its bytes."""
        info = self._entries.get(name)
        return None if info is None else info.file_size

    def read(self, name: str, limit: int) -> bytes | None:
        """An entry's bytes, at most ``limit`` + 1 of them (a header that lies about its
        size is caught by the caller's size check); None when they cannot be read."""
        try:
            with self._zip.open(self._entries[name]) as entry:
                return entry.read(limit + 1)
        except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
            return None
