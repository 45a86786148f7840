"""Autosave of typed text into the encrypted vault.

The first change after a save starts a single-shot timer of ``INTERVAL_MS``; further
changes do not restart it. So a draft is written at most every 3 s, and at most 3 s of
typing are lost when the laptop crashes or the power goes. Drafts are written only into
the vault (never a temp file), through ``services.notes.save_draft``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain import clock
from ...domain.entities import new_id
from ...services import notes
from ..context import AppContext


class DraftAutosaver(QObject):
    saved = Signal(str)  # "HH:MM:SS" of the last save

    INTERVAL_MS = 3000

    def __init__(self, ctx: AppContext, kind: str, collect: Callable[[], dict | None],
                 ref: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.ref = ref
        self.collect = collect
        self.draft_id = new_id()
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.flush)
        self._written = False
        # Held so that a last flush still works while ``ctx.locked`` is being emitted
        # (the session is closed right after that signal).
        self._session = ctx.session

    def _conn(self):
        if self.ctx.is_unlocked:
            return self.ctx.conn
        if self._session is not None and self._session.is_open:
            return self._session.conn
        return None

    def _write(self, use_case: Callable[..., object], *args: object, **kwargs: object) -> bool:
        """Run a draft write through the runner, so the views showing drafts (the
        Übersicht) follow at once. While the lock is being emitted the runner refuses and
        the views are clearing: the last write goes to the held session, unannounced.
        False when no session is open."""
        if self.ctx.is_unlocked:
            self.ctx.apply(use_case, *args, **kwargs)
            return True
        if self._session is not None and self._session.is_open:
            use_case(self._session.conn, *args, **kwargs)
            return True
        return False

    def adopt(self, draft_id: str) -> None:
        """Continue an existing draft (after it was restored)."""
        self.draft_id = draft_id
        self._written = True

    def changed(self) -> None:
        if self.enabled and not self._timer.isActive():
            self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self, *, saved: bool = False) -> bool:
        """Write the draft now (or delete it when nothing is typed; ``saved``: because
        the entry was just saved, so the draft leaves no tombstone); True if written."""
        self._timer.stop()
        if not self.enabled or self._conn() is None:
            return False
        data = self.collect()
        if not data:
            if self._written:
                self._write(notes.delete_draft, self.draft_id, saved=saved)
                self._written = False
                # typing again starts a new draft: its old id has a tombstone, which a
                # later restore would apply to the new draft too
                self.draft_id = new_id()
            return False
        self._write(notes.save_draft, self.draft_id, self.kind, data, self.ref)
        self._written = True
        self.saved.emit(clock.now().strftime("%H:%M:%S"))
        return True

    def discard(self, *, saved: bool = False) -> None:
        """The entry was saved (``saved``) or thrown away (a tombstone keeps it gone after
        a restore): the draft goes."""
        self._timer.stop()
        self.enabled = False
        self._write(notes.delete_draft, self.draft_id, saved=saved)
        self._written = False
        self.draft_id = new_id()
