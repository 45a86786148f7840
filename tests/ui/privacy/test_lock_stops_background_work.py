"""A lock stops the background work that holds a key: a backup running when she locks is
cancelled, leaves no half-written file, tells her in German what was cancelled, and
after the lock no worker holds a connection (nor the key copy that goes with it). The
deferred page check stopped by a lock is "not checked", never "damaged".

Real vault, real backup through the Sicherungen panel; the worker is held at a step by a
test hook that waits for the lock to begin (no sleeps)."""

from __future__ import annotations

import threading

import pytest

from ssa_desktop.storage import vault as vault_module
from ssa_desktop.storage.errors import CorruptDatabase, VaultLocked
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.privacy.backups_panel import BackupsPanel
from tests.conftest import PASSPHRASE


def _hold_inside_the_export(session, backups) -> threading.Event:
    """Hold the backup's worker inside ``sqlcipher_export`` (its partial file exists)
    until the lock begins; returns the event set when it got there."""
    reached = threading.Event()

    def step() -> None:
        if any(backups.glob(".*.partial")):
            reached.set()
            assert session.stopping.wait(60), "the lock never began"

    session._on_worker_step = step
    return reached


def test_a_backup_running_at_lock_is_cancelled_and_leaves_nothing(ctx, qtbot, monkeypatch):
    monkeypatch.setattr(vault_module, "STOP_CHECK_OPS", 50)  # the hook is asked often
    session = ctx.session
    backups = session.vault.folder / "backups"
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    reached = _hold_inside_the_export(session, backups)
    failed: list[str] = []
    panel.status.setText = failed.append          # the panel's line and its on_error
    progress = panel.backup_now()
    qtbot.waitUntil(reached.is_set, timeout=60000)   # certainly: the export writes
    assert session.open_workers == 1

    ctx.lock()

    assert session.open_workers == 0                 # the worker's connection is closed
    assert not session.is_open and session._key is None
    assert not list(backups.glob("*.partial")) and not list(backups.glob(".*.partial"))
    assert not list(backups.glob("*.ssabak"))        # no backup, no half of one
    assert progress is not None
    assert any("Sicherung wurde beim Sperren abgebrochen" in n for n in ctx.lock_notes)
    # the panel's on_error is queued: certainly delivered (the lock's clear() empties the
    # line first, then the note comes, not a "failed" message)
    qtbot.waitUntil(lambda: "Sicherung wurde beim Sperren abgebrochen" in failed[-1],
                    timeout=60000)
    assert failed[1:] == ["", failed[-1]]


def test_a_worker_that_asks_after_the_lock_began_is_refused(open_vault):
    open_vault.stop_workers()
    with pytest.raises(VaultLocked):
        open_vault.new_connection()
    open_vault.lock()


def test_the_page_check_stopped_by_a_lock_is_not_checked_not_damaged(open_vault, vault_dir):
    open_vault.lock()
    session = Vault(vault_dir).unlock(PASSPHRASE, defer_integrity=True)
    assert session.integrity_pending
    reached = threading.Event()

    def hold() -> None:
        reached.set()
        assert session.stopping.wait(60)

    session._on_page_check = hold
    outcome: list[BaseException] = []

    def check() -> None:
        try:
            session.verify_integrity()
        except BaseException as err:
            outcome.append(err)

    worker = threading.Thread(target=check)
    worker.start()
    assert reached.wait(60)
    session.lock()
    worker.join(60)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], VaultLocked)
    assert not isinstance(outcome[0], CorruptDatabase)
    assert not session._damaged
    # the file was never called damaged: it opens again and its check passes
    again = Vault(vault_dir).unlock(PASSPHRASE, defer_integrity=True)
    again.verify_integrity()
    again.lock()


def test_strg_l_during_a_backup_names_it_on_the_lock_screen(ctx, qtbot, tmp_path, monkeypatch):
    from keyring.backends import fail
    from PySide6.QtCore import Qt

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.settings_store import SettingsStore
    from ssa_desktop.ui.shell.main_window import MainWindow
    from tests.conftest import FAST_KDF

    monkeypatch.setattr(vault_module, "STOP_CHECK_OPS", 50)
    session = ctx.session
    backups = session.vault.folder / "backups"
    reached = _hold_inside_the_export(session, backups)
    window = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(window)
    # Strg+L is an application shortcut: Qt gives it only to an app with an active window,
    # and the worker may reach the export before the first event round activates it
    with qtbot.waitActive(window, timeout=60000):
        window.show()        # the unlock's upkeep starts today's backup
    qtbot.waitUntil(reached.is_set, timeout=60000)
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    assert not ctx.is_unlocked and session.open_workers == 0
    assert not list(backups.glob(".*.partial")) and not list(backups.glob("*.ssabak"))
    note = window.lock_screen.note
    assert not note.isHidden()
    assert "Sicherung wurde beim Sperren abgebrochen" in note.text()
    # a label is read by its text; the context goes in its description
    assert note.accessibleDescription() == "Beim Sperren abgebrochen"


def test_tresor_pruefen_stopped_by_a_lock_reports_no_damage(open_vault, monkeypatch):
    from ssa_desktop.storage.vault import check_connection

    monkeypatch.setattr(vault_module, "STOP_CHECK_OPS", 1)
    conn = open_vault.new_connection()
    try:
        open_vault.stopping.set()                    # as the lock's stop_workers does
        with pytest.raises(VaultLocked):             # not "Struktur: … beschädigt"
            check_connection(conn, pages=False)
    finally:
        conn.close()
    assert open_vault.open_workers == 0


def test_the_upkeep_stopped_after_todays_backup_names_no_backup(ctx, qtbot, monkeypatch):
    from ssa_desktop.ui.privacy.unlock_tasks import run_unlock_tasks

    said: list[str] = []
    ctx.status_message.connect(said.append)
    run_unlock_tasks(ctx)                              # today's backup is made
    qtbot.waitUntil(lambda: "Tägliche Sicherung erstellt." in said, timeout=60000)
    monkeypatch.setattr(vault_module, "STOP_CHECK_OPS", 50)
    session = ctx.session
    reached = threading.Event()

    def step() -> None:
        reached.set()
        assert session.stopping.wait(60)

    session._on_worker_step = step
    run_unlock_tasks(ctx)                              # a second unlock's upkeep, held
    qtbot.waitUntil(reached.is_set, timeout=60000)
    ctx.lock()
    assert session.open_workers == 0
    assert ctx.lock_notes == []                        # no backup was due: nothing to say
