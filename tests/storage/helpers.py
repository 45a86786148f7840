"""Helpers for the storage tests: file snapshots and plaintext scans."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def snapshot(folder: Path) -> dict[str, str]:
    """File name -> sha256 of every file in ``folder`` (not recursive). ``vault.lock``
    counts by its presence only: it names the program holding the vault, not the
    vault's content (and is gone after a clean end)."""
    return {p.name: "present" if p.name == "vault.lock" else hashlib.sha256(
                p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).iterdir()) if p.is_file()}


def all_files(root: Path) -> set[Path]:
    found: set[Path] = set()
    for dirpath, _dirs, names in os.walk(root, onerror=lambda err: None):
        for name in names:
            found.add(Path(dirpath) / name)
    return found


def encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_containing(paths, markers: list[str]) -> list[tuple[Path, str]]:
    """(path, marker) for every readable file that holds a marker in any encoding."""
    hits = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError:
            continue  # vanished or unreadable (another process's temp file)
        for marker in markers:
            if any(needle in data for needle in encodings(marker)):
                hits.append((Path(path), marker))
    return hits


def flip_bytes(path: Path, offset: int, count: int = 64) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, min(offset + count, len(data))):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
