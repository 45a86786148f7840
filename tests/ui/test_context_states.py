"""Stateful property: whatever order of critical operations, lock requests and unlocks,
the AppContext locks exactly when no critical operation runs, never cuts one off, and
keeps the GUI thread off the connection while an exclusive one runs."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from hypothesis.strategies import booleans
from PySide6.QtWidgets import QApplication

from ssa_desktop.storage.errors import VaultLocked
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.context import AppContext
from tests.support.examples import examples
from tests.support.vaults import PASSPHRASE, new_vault


class LockMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        QApplication.instance() or QApplication([])
        self.tmp = tempfile.TemporaryDirectory(prefix="ssa-states-")
        self.vault = Vault(Path(self.tmp.name) / "tresor")
        session = new_vault(self.vault.folder)
        self.ctx = AppContext(self.vault.folder)
        self.locks = 0
        self.ctx.locked.connect(self._locked)
        self.ctx.set_session(session)
        self.sessions = [session]
        # the model
        self.unlocked, self.critical, self.exclusive, self.pending = True, 0, 0, False

    def _locked(self):
        self.locks += 1

    def _model_lock(self):
        self.unlocked, self.critical, self.exclusive, self.pending = False, 0, 0, False
        self.expected_locks = getattr(self, "expected_locks", 0) + 1

    @rule(exclusive=booleans())
    def begin(self, exclusive):
        self.ctx.begin_critical(exclusive=exclusive)
        self.critical += 1
        self.exclusive += int(exclusive)

    @precondition(lambda self: self.critical > 0)
    @rule(exclusive=booleans())
    def end(self, exclusive):
        exclusive = exclusive and self.exclusive > 0
        self.ctx.end_critical(exclusive=exclusive)
        self.exclusive -= int(exclusive)
        self.critical -= 1
        if self.critical == 0 and self.pending:
            self._model_lock()

    @rule()
    def lock(self):
        self.ctx.lock()
        if not self.unlocked:
            return
        if self.critical:
            self.pending = True
        else:
            self._model_lock()

    @precondition(lambda self: not self.unlocked)
    @rule()
    def unlock(self):
        session = self.vault.unlock(PASSPHRASE)
        self.sessions.append(session)
        self.ctx.set_session(session)
        self.unlocked = True

    @invariant()
    def agrees_with_the_model(self):
        assert self.ctx.is_unlocked == self.unlocked
        assert self.ctx.lock_pending == self.pending
        assert self.ctx.is_critical == (self.critical > 0)
        assert self.locks == getattr(self, "expected_locks", 0)
        # only the current session holds a key; every earlier one is locked
        assert all(not s.is_open for s in self.sessions[:-1])
        assert self.sessions[-1].is_open == self.unlocked

    @invariant()
    def gui_thread_kept_off_the_connection_when_it_must_be(self):
        refused = False
        try:
            self.ctx.conn  # noqa: B018
        except VaultLocked:
            refused = True
        assert refused == (not self.unlocked or self.exclusive > 0)

    def teardown(self):
        self.ctx.lock(force=True)
        for session in self.sessions:
            if session.is_open:
                session.lock()
        self.tmp.cleanup()


LockMachine.TestCase.settings = settings(LockMachine.TestCase.settings,
                                         max_examples=examples(20), stateful_step_count=30,
                                         deadline=None)
TestLockStates = LockMachine.TestCase
