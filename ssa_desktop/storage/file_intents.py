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
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import files
from .connection import Connection
from .errors import VaultError
from .transactions import transaction

TABLE = "file_intent"
_OPEN: contextvars.ContextVar[tuple[int, ...]] = contextvars.ContextVar("ssa_file_intents",
                                                                        default=())
# The rows of the blocks running now, in any thread of this process: not left by a kill.
# The unlock's upkeep runs on its own lane beside an export she started at once; without
# this it undid the file being written (and its kept old file) under the export's feet.
_LIVE: set[int] = set()
_LIVE_LOCK = threading.Lock()


@contextlib.contextmanager
def journaled(conn: Connection, *targets: Path) -> Iterator[None]:
    """``files.undone_on_failure`` for ``targets``, recorded in the vault first (its own
    commit) so that a kill before the step's ``settle`` is undone at the next unlock."""
    if conn.in_transaction:   # its commit must come before the file, not with the step
        raise RuntimeError("journaled: outside the step's transaction only")
    for t in targets:   # its folder is there when recorded: missing at unlock = not reachable
        try:
            files.ensure_folder(Path(t).parent)
        except OSError as err:
            raise files.write_failed(Path(t), err) from err
    names = {Path(t): files.kept_name(Path(t)) if Path(t).is_file() else None for t in targets}
    ids: tuple[int, ...] = ()
    try:
        with transaction(conn):
            ids = tuple(
                conn.execute(f"INSERT INTO {TABLE} (target, kept) VALUES (?, ?) RETURNING id",  # noqa: S608
                             (os.path.abspath(t), None if k is None else os.path.abspath(k))
                             ).fetchone()[0] for t, k in names.items())
            with _LIVE_LOCK:   # before the commit: the upkeep never sees them as left
                _LIVE.update(ids)
        yield from _undone_unless_done(conn, ids, names)
    finally:
        with _LIVE_LOCK:
            _LIVE.difference_update(ids)


def _undone_unless_done(conn: Connection, ids: tuple[int, ...],
                        names: dict[Path, Path | None]) -> Iterator[None]:
    token = _OPEN.set(_OPEN.get() + ids)
    try:
        with files.undone_on_failure(names):
            yield
    except BaseException:
        # undone here: the rows go; an undo refused (held) keeps them for the next unlock
        _forget(conn, [i for i, (t, k) in zip(ids, names.items(), strict=True)
                       if (not t.exists() if k is None else not k.exists())])
        raise
    finally:
        _OPEN.reset(token)
    # done: the kept files are removed; one still there (held) goes at the next unlock
    _forget(conn, [i for i, k in zip(ids, names.values(), strict=True)
                   if k is None or not k.exists()])


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
    """Inside the step's transaction (the disclosure's entry): the files of the open
    ``journaled`` blocks belong to it; committed with it, no unlock undoes them."""
    for i in _OPEN.get():
        conn.execute(f"UPDATE {TABLE} SET done = 1 WHERE id = ?", (i,))  # noqa: S608


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
    """At unlock: undo every row not done, remove the kept file of every row done."""
    with _LIVE_LOCK:   # an export running now (another thread) is not one a kill left;
        # read under the lock: a row not live then is one whose block has ended (its row
        # gone, or kept for this unlock), never one that ended after the read
        rows = [r for r in conn.execute(
            f"SELECT id, target, kept, done FROM {TABLE} ORDER BY id DESC").fetchall()  # noqa: S608
            if r[0] not in _LIVE]
    found: list[Left] = []
    gone: list[int] = []
    for row_id, target_text, kept_text, done in rows:
        target = Path(target_text)
        kept = None if kept_text is None else Path(kept_text)
        outcome = _resolve(target, kept, bool(done))
        if outcome not in ("kept", "later"):
            gone.append(row_id)
        if outcome not in ("", "later"):
            found.append(Left(target, outcome))
    _forget(conn, gone)
    return found


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
