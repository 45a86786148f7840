"""What runs quietly after every unlock for data protection (docs/datenschutz.md):
today's automatic backup with rotation, the content-free counts for the
data-breach assistant, the end of a school handover a kill interrupted, an exported file a
kill left unfinished undone (a disclosure not logged, a set not whole), the leftovers of
killed package writes in the folders packages were last written to, and expired packages,
returns and package keys. Off the GUI thread; a failure is one status line,
never a dialog in the worker's way."""

from __future__ import annotations

from ...services import backups, breach_facts, handover_upkeep, overwrites, retention
from ..common.stopped_at_lock import daily_backup_stopped_note
from ..context import CANCELLED, AppContext
from ..i18n import translator

tr = translator("Privacy")


def run_unlock_tasks(ctx: AppContext, *, store=None, settings=None) -> None:
    """Start the tasks for the session just unlocked. ``store`` (DeviceKeyStore) tells
    whether the key is remembered on this device, ``settings`` (SettingsStore) the
    auto-lock minutes and the second backup location; either may be None (then recorded as unknown)."""
    session = ctx.session
    if session is None:
        return
    folder = session.vault.folder
    uuid = session.uuid
    idle = getattr(settings, "idle_minutes", None)
    base = getattr(settings, "second_backup_folder", None)
    second = backups.second_place(base, uuid) if base is not None else None
    key = bytearray()
    # a lock that stops these tasks names the daily backup only when one is still to make
    stop_note = None if backups.made_today(folder) else daily_backup_stopped_note()

    def work(conn, _progress):
        try:
            if not session.is_open:  # locked again before the worker started: nothing to do
                return None
            # its own copy, taken while it holds a worker connection: a lock first stops
            # and waits for this task, then overwrites the session's key; queued behind
            # the page check, the copy would otherwise outlive a lock made meanwhile
            key.extend(session.data_key)
            try:  # the keychain answers from a child process: not on the GUI thread
                remembered = bool(store.is_remembered(uuid)) if store is not None else None
            except Exception:
                remembered = None
            breach_facts.note_breach_counts(conn, folder, vault_uuid=uuid,
                                            remember_on_device=remembered, idle_minutes=idle)
            # a school handover a kill interrupted after its deletion is finished first
            said = handover_upkeep.finish_interrupted(conn)
            # a deletion beside a reader still owes its checkpoint (the deleted text)
            said += retention.finish_interrupted_deletion(conn)
            # a file a kill left unfinished (a disclosure not logged, a set not whole): undone
            said += overwrites.undo_interrupted(conn)
            said += handover_upkeep.clean_leftovers(conn)
            # expired Vertretungspakete and returns she received or wrote, the keys of
            # expired packages this vault issued (not only when the panel shows)
            said += handover_upkeep.sweep_expired(conn)
            return said, backups.auto_backup(conn, key, folder, second=second)
        finally:
            for i in range(len(key)):
                key[i] = 0

    def done(result) -> None:
        if result is None:
            return
        said, run = result
        for sentence in said:
            ctx.status_message.emit(sentence)
        if run.created is not None:
            ctx.status_message.emit(tr("Tägliche Sicherung erstellt."))
        if run.second_failed:
            ctx.status_message.emit(tr("Zweiter Sicherungsort nicht erreichbar, keine Kopie "
                                       "dort: {0}").format(run.second_failed))

    def failed(message: str) -> None:
        for i in range(len(key)):
            key[i] = 0
        if message in (stop_note, CANCELLED):
            return  # stopped by a lock: the lock screen says so when a backup was due
        ctx.status_message.emit(tr("Automatische Sicherung fehlgeschlagen: {0}").format(message))

    # through the one runner: what the tasks declared they wrote reaches the views
    ctx.perform(work, background=True, on_done=done, on_error=failed, maintenance=True,
                stop_note=stop_note)
