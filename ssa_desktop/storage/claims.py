"""One writer per file in the process: every write into a file claims it for its block.

``files.atomic_target`` (so ``atomic_write_bytes`` and every export, report, PDF and print
that ends in it) claims its target; a backup, a handover package and a receipt, which
write through temp files of their own, claim theirs here too; ``file_intents.journaled``
claims its files for the whole export. A block to a file another block writes now is
refused at its start (``FileBeingWritten``, nothing written): the later replace would
win, or the first one's undo put her older file back over the second's. Each claim says
what writes the file (``domain.writing.Writing``), and the refusal tells her so. Re-entrant: a
block inside one of this context (thread) that claims the same file passes (a journaled
export writes its file through ``atomic_target``); the claim ends with the outer block.

The unlock's upkeep (``file_intents.resolve_left``) runs on its own lane: it touches no
file claimed now (nor a folder holding one), and marks a file it is putting back in
``UNDOING``; a block to such a file waits until it is done (``_waits_for_upkeep``).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from ..domain.writing import Writing
from .errors import FileBeingWritten

# The files claimed now, in any thread of this process (absolute paths), each with what
# writes it, and those the upkeep is undoing now (a folder with a trailing separator).
# Both under ``LOCK``.
WRITING: dict[str, Writing] = {}
UNDOING: set[str] = set()
LOCK = threading.Condition()
# The files the blocks of this context hold (as the platform compares paths), each with
# its thread: a context copied into another thread holds none of them.
_MINE: contextvars.ContextVar[frozenset[tuple[str, int]]] = contextvars.ContextVar(
    "ssa_claimed_files", default=frozenset())


def _own(path: str | Path) -> tuple[str, int]:
    return os.path.normcase(os.path.abspath(path)), threading.get_ident()


def _waits_for_upkeep() -> None:
    """Called (under the lock) each time a block starts waiting for the upkeep: a seam
    for the tests, which learn so that the block waits, without timing."""


def folder_text(folder: Path) -> str:
    """A folder's row names it with a trailing separator (a file's path never ends so)."""
    return os.path.join(os.path.abspath(folder), "")


def is_folder(text: str) -> bool:
    return text.endswith(("/", os.sep))


def overlap(a: str, b: str) -> bool:
    """Whether two paths touch: the same file, or a folder and a path inside it."""
    a, b = os.path.normcase(a), os.path.normcase(b)
    return a == b or (is_folder(a) and b.startswith(a)) or (is_folder(b) and a.startswith(b))


def holds(target: Path) -> bool:
    """Whether a block of this context has claimed ``target``."""
    return _own(target) in _MINE.get()


@contextlib.contextmanager
def claimed(*targets: Path, what: Writing) -> Iterator[None]:
    """The block's files claimed for it alone (each once, as the platform compares paths)
    by ``what`` writes them: after the upkeep has put an old file back there, not under it;
    ``FileBeingWritten`` (naming what writes it) when another block writes one of them now.
    Those an enclosing block of this context holds already are its own."""
    mine = _MINE.get()
    paths = [p for p in {os.path.normcase(p): p for p in map(os.path.abspath, targets)}
             .values() if _own(p) not in mine]
    if not paths:
        yield
        return
    with LOCK:
        while any(overlap(p, u) for p in paths for u in UNDOING):
            _waits_for_upkeep()
            LOCK.wait()
        for p in paths:
            for w, other in WRITING.items():
                if overlap(p, w):
                    raise FileBeingWritten(Path(p), other.value)
        WRITING.update(dict.fromkeys(paths, what))
    token = _MINE.set(mine | {_own(p) for p in paths})
    try:
        yield
    finally:
        _MINE.reset(token)
        with LOCK:
            for p in paths:
                del WRITING[p]
