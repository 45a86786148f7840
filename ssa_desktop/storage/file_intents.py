"""The overwrite journal: ``files.undone_on_failure`` that survives a kill.

A file she chose goes out together with a vault step after it (the Übermittlungsprotokoll's
entry). Undone in the process when that step fails; a process killed between the replace
and the commit would leave the new file without its entry and the old one in a hidden
``.old`` file beside it. So, like SQLite's rollback journal: before the file is written,
its path and the hidden name its old file will be kept under (NULL: there is none) are
committed into ``file_intent``, inside the encrypted vault (a path can name a child: never
a plaintext file, never the settings). The step's own transaction marks the row done
(``settle``); a set of files with no such step (``written``) once all are in place;
afterwards the row goes. The next unlock (``resolve_left``) undoes every row
not done – the old file back, or the new file removed where there was none – and removes
the kept file of a row done. What cannot be undone now (the file held, the folder not
reachable) keeps its row for the next unlock.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..domain.writing import Writing
from . import claims, files
from .connection import Connection
from .errors import VaultError
from .transactions import transaction

TABLE = "file_intent"
# The open blocks of this thread, the innermost last (each: its rows' ids).
_OPEN: contextvars.ContextVar[tuple[tuple[int, ...], ...]] = contextvars.ContextVar(
    "ssa_file_intents", default=())
# The rows of the blocks running now, in any thread of this process: not left by a kill
# (under ``claims.LOCK``). Their files are claimed (``storage.claims``: one writer per
# file); the unlock's upkeep runs on its own lane beside an export she started at once: it
# touches no row of a file claimed now (nor a folder holding one), and a block to a file
# the upkeep is undoing now waits until it is done. Without this it undid the file being
# written under the export's feet.
_LIVE: set[int] = set()


@contextlib.contextmanager
def journaled(conn: Connection, *targets: Path,
              what: Writing = Writing.EXPORT) -> Iterator[None]:
    """``files.undone_on_failure`` for ``targets``, recorded in the vault first (its own
    commit) so that a kill before the step's ``settle`` is undone at the next unlock; the
    folders it makes for them are recorded too (removed again when left empty). Refused
    (``FileBeingWritten``, nothing written) while another block writes one of them."""
    if conn.in_transaction:   # its commit must come before the file, not with the step
        raise RuntimeError("journaled: outside the step's transaction only")
    with claims.claimed(*targets, what=what):
        made: list[Path] = []
        for t in targets:   # its folder is there when recorded: missing at unlock = not reachable
            try:
                made += files.ensure_folder(Path(t).parent)
            except OSError as err:
                raise files.write_failed(Path(t), err) from err
        names = {Path(t): files.kept_name(Path(t)) if Path(t).is_file() else None
                 for t in targets}
        rows = [(claims.folder_text(f), None) for f in made] + [
            (os.path.abspath(t), None if k is None else os.path.abspath(k))
            for t, k in names.items()]
        ids: tuple[int, ...] = ()
        try:
            with transaction(conn):
                ids = tuple(conn.execute(
                    f"INSERT INTO {TABLE} (target, kept) VALUES (?, ?) RETURNING id",  # noqa: S608
                    row).fetchone()[0] for row in rows)
                with claims.LOCK:   # before the commit: the upkeep never sees them as left
                    _LIVE.update(ids)
            yield from _undone_unless_done(conn, ids, names, made)
        finally:
            with claims.LOCK:
                _LIVE.difference_update(ids)


def _undone_unless_done(conn: Connection, ids: tuple[int, ...],
                        names: dict[Path, Path | None], made: list[Path]) -> Iterator[None]:
    folder_ids, file_ids = ids[:len(made)], ids[len(made):]
    token = _OPEN.set((*_OPEN.get(), ids))
    try:
        with files.undone_on_failure(names):
            yield
    except BaseException:
        # undone here: the rows go; an undo refused (held) keeps them for the next unlock,
        # and the folder it stays in
        for folder in reversed(made):
            _remove_unless_written_into(folder, names)
        _forget(conn, [i for i, (t, k) in zip(file_ids, names.items(), strict=True)
                       if (not t.exists() if k is None else not k.exists())]
                + [i for i, f in zip(folder_ids, made, strict=True) if not f.exists()])
        raise
    finally:
        _OPEN.reset(token)
    marks = ",".join("?" * len(ids))
    if _OPEN.get() and not conn.execute(   # inside another, its step committed: for good
            f"SELECT count(*) FROM {TABLE} WHERE done = 0 AND id IN ({marks})",  # noqa: S608
            ids).fetchone()[0]:
        files.keep_for_good(list(names))
    # done: the kept files are removed; one still there (held) goes at the next unlock
    _forget(conn, [*folder_ids, *(i for i, k in zip(file_ids, names.values(), strict=True)
                                  if k is None or not k.exists())])


def _remove_unless_written_into(folder: Path, names: dict[Path, Path | None]) -> None:
    """A folder the block made, removed when empty, unless another block writes a file
    into it now: the folder is that one's then (this row waits for an unlock, which
    removes it if left empty). Under the lock: a block claims its files first and then
    makes their folder, so it either is seen here or finds the folder gone and makes it
    itself (with a row of its own)."""
    own = {os.path.normcase(os.path.abspath(t)) for t in names}
    with claims.LOCK, contextlib.suppress(OSError):
        if not any(claims.overlap(claims.folder_text(folder), w) for w in claims.WRITING
                   if os.path.normcase(w) not in own):
            folder.rmdir()


@contextlib.contextmanager
def written(conn: Connection, *targets: Path) -> Iterator[None]:
    """``journaled`` for files that go out with no vault step after them (the Jahresbericht,
    the KVJS files, the Auskunft): settled when the block ends, every file whole, fsynced and
    in place; a kill before is undone at the next unlock, like a cancel."""
    with journaled(conn, *targets):
        yield
        with transaction(conn):
            settle(conn)


def settle(conn: Connection) -> None:
    """Inside the step's transaction (the disclosure's entry): the files of the innermost
    open ``journaled`` block (the step's own; an outer block settles by itself) belong to
    it; committed with it, no unlock undoes them, nor an older row a kill left for one of
    these files (what it would put back is what this file replaced)."""
    blocks = _OPEN.get()
    if not blocks:
        return
    own = blocks[-1]
    conn.executemany(f"UPDATE {TABLE} SET done = 1 WHERE id = ?", [(i,) for i in own])  # noqa: S608
    marks = ",".join("?" * len(own))
    mine = {os.path.normcase(t) for (t,) in conn.execute(
        f"SELECT target FROM {TABLE} WHERE id IN ({marks})", own).fetchall()}  # noqa: S608
    # the same file as the platform compares paths (Windows: any case), not the same text
    older = [(i,) for i, t in conn.execute(
        f"SELECT id, target FROM {TABLE} WHERE done = 0 AND id < ?",  # noqa: S608
        (min(own),)).fetchall() if os.path.normcase(t) in mine]
    with claims.LOCK:   # not the row of another block running now
        older = [r for r in older if r[0] not in _LIVE]
    conn.executemany(f"UPDATE {TABLE} SET done = 1 WHERE id = ?", older)  # noqa: S608


def _forget(conn: Connection, ids: list[int]) -> None:
    if not ids:
        return
    with contextlib.suppress(VaultError, OSError), transaction(conn):
        conn.executemany(f"DELETE FROM {TABLE} WHERE id = ?", [(i,) for i in ids])  # noqa: S608


@dataclass(frozen=True)
class Left:
    """A file a kill left without its step: ``outcome`` ``"back"`` (the old file is back),
    ``"removed"`` (there was none: the new file is gone) or ``"kept"`` (not possible now:
    held or the folder not reachable; tried again at the next unlock)."""

    target: Path
    outcome: str


def resolve_left(conn: Connection) -> list[Left]:
    """At unlock: undo every row not done, remove the kept file of every row done, and a
    folder a block made, left empty (the newest row first: the files before their folder).
    A row of a block running now, or of a file one writes now, is not one a kill left."""
    found: list[Left] = []
    gone: list[int] = []
    waiting: list[str] = []
    for (row_id,) in conn.execute(f"SELECT id FROM {TABLE} ORDER BY id DESC").fetchall():  # noqa: S608
        row = _claimed(conn, row_id)
        if row is None:
            continue
        target_text, kept_text, done = row
        try:
            if claims.is_folder(target_text):
                outcome = _resolve_folder(target_text, bool(done), waiting)
            else:
                outcome = _resolve(Path(target_text),
                                   None if kept_text is None else Path(kept_text), bool(done))
        finally:
            with claims.LOCK:
                claims.UNDOING.discard(target_text)
                claims.LOCK.notify_all()
        if outcome in ("kept", "later"):
            waiting.append(target_text)
        else:
            gone.append(row_id)
        if outcome not in ("", "later"):
            found.append(Left(Path(target_text), outcome))
    _forget(conn, gone)
    return found


def _claimed(conn: Connection, row_id: int) -> tuple[str, str | None, int] | None:
    """The row as it is now, its path marked as being undone (a block to it waits); None
    when a block running now writes it (or a file inside it) or the row is gone. Read
    under the lock: a block that ended has left its row as it stays (gone, or kept for
    this unlock), one not begun cannot begin before ``claims.UNDOING`` lets it."""
    with claims.LOCK:
        if row_id in _LIVE:
            return None
        row = conn.execute(f"SELECT target, kept, done FROM {TABLE} WHERE id = ?",  # noqa: S608
                           (row_id,)).fetchone()
        if row is None or any(claims.overlap(row[0], w) for w in claims.WRITING):
            return None
        claims.UNDOING.add(row[0])
        return row[0], row[1], row[2]


def _resolve_folder(text: str, done: bool, waiting: list[str]) -> str:
    """A folder a block made: removed when a kill left it empty; one holding anything
    (her file, a file kept for the next unlock) stays. "" (the row goes) or "later"."""
    folder = Path(text)
    if done or not folder.is_dir():
        return "" if done or folder.parent.is_dir() else "later"
    if any(claims.overlap(text, w) for w in waiting):   # a file in it waits: the folder with it
        return "later"
    try:
        folder.rmdir()
    except OSError:   # not empty: hers now; empty but held (Windows): the next unlock
        return "later" if _empty(folder) else ""
    return ""


def _empty(folder: Path) -> bool:
    try:
        return next(folder.iterdir(), None) is None
    except OSError:   # not readable now: tried again at the next unlock
        return True


def _resolve(target: Path, kept: Path | None, done: bool) -> str:
    """What became of one row: "" (nothing to tell, the row goes), "back", "removed",
    "kept" (not undone now, the row stays) or "later" (a kept file of a row done not
    removed now: the row stays, nothing to tell)."""
    if not target.parent.is_dir():   # a USB stick not plugged in, a share not reachable
        return "later" if done else "kept"
    try:
        if done:       # the step committed: only the kept file is left over
            if kept is not None:
                files.remove(kept)
            return ""
        if kept is not None:
            if not kept.exists():   # killed before it was kept: the old file is in place
                return ""
            files.replace(kept, target)
            files.fsync_dir(target.parent)
            return "back"
        if not target.exists():     # killed before the replace: nothing was written
            return ""
        files.remove(target)
        return "removed"
    except (OSError, VaultError):
        return "later" if done else "kept"


Rows = list[tuple[str, str | None, int]]


def rows(conn: Connection) -> Rows:
    """The journal as it is now (target, kept, done): for a restore (``carry_over``)."""
    return [tuple(r) for r in conn.execute(
        f"SELECT target, kept, done FROM {TABLE} ORDER BY id")]  # noqa: S608


def carry_over(staged: Connection, current: Rows) -> int:
    """A restore's staged copy gets the journal of the vault it replaces: the journal
    names files on this disk now, not when the backup was made (a row of then would undo
    a file she wrote since). The number of the copy's rows removed."""
    with transaction(staged):
        removed = staged.execute(f"DELETE FROM {TABLE}").rowcount  # noqa: S608
        staged.executemany(f"INSERT INTO {TABLE} (target, kept, done) VALUES (?, ?, ?)",  # noqa: S608
                           current)
    return max(removed, 0)
