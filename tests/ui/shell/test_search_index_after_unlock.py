"""Issue 21 item 5: the unlock's upkeep merges a full-text index that has grown more than
``MERGE_ABOVE`` segments into one, on the quiet lane after the backup; a search finds the
same afterwards (the real main window on the test vault)."""

from __future__ import annotations

import threading
from datetime import date

from keyring.backends import fail

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import search as search_svc
from ssa_desktop.services.activities import record_contact
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import search_index_repo as sirepo
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.background import start_task, wait_for_all
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF
from tests.support.main_windows import shown_main_window


def test_the_upkeep_after_unlock_merges_a_fragmented_index(open_vault, pupil, qtbot, tmp_path):
    conn = open_vault.conn
    conn.execute("INSERT INTO fts_contact(fts_contact, rank) VALUES ('automerge', 0)")
    ids = [record_contact(conn, Contact(date(2026, 9, 1), "EB", 30, person_id=pupil.id,
                                        note=f"Nr. {i}: Fahrradhelm vergessen")).id
           for i in range(search_svc.MERGE_ABOVE + 3)]
    assert sirepo.segments(conn)["fts_contact"] == 11

    ctx = AppContext(open_vault.vault.folder)
    ctx.set_session(open_vault)
    window = shown_main_window(ctx, qtbot, tmp_path)
    assert wait_for_all(30000)
    qtbot.waitUntil(lambda: sirepo.segments(conn)["fts_contact"] == 1, timeout=60000)
    assert [h.id for h in repo.search(conn, "Fahrradh")] == ids[::-1]
    window.close()
    ctx.lock()


def test_the_upkeep_stops_for_a_re_key(open_vault, pupil, qtbot, tmp_path):
    """A re-key swaps the database file: the merge (a writer on a connection of its own)
    stops before its first step while one is under way."""
    conn = open_vault.conn
    conn.execute("INSERT INTO fts_contact(fts_contact, rank) VALUES ('automerge', 0)")
    for i in range(search_svc.MERGE_ABOVE + 1):
        record_contact(conn, Contact(date(2026, 9, 1), "EB", 30, person_id=pupil.id,
                                     note=f"Nr. {i}: Fahrradhelm vergessen"))
    ctx = AppContext(open_vault.vault.folder)
    ctx.set_session(open_vault)
    window = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(window)
    gate = threading.Event()
    start_task(lambda _conn, _progress: gate.wait(30), maintenance=True)  # the lane waits
    queued: list[bool] = []
    tidy = window._tidy_search_index

    def tidy_queued() -> None:  # the real upkeep step, and a note that it has queued
        tidy()
        queued.append(True)

    window._tidy_search_index = tidy_queued
    window.show()   # the upkeep queues behind the gate once the first frame is painted
    # the merge must be queued before the gate opens: the upkeep starts after the first
    # frame, which a quiet machine paints only after the gate's task could have ended
    qtbot.waitUntil(lambda: bool(queued))
    open_vault._rekeying = True  # as Vault.rekey sets it while it works
    try:
        gate.set()
        assert wait_for_all(30000)
    finally:
        open_vault._rekeying = False
    assert sirepo.segments(conn)["fts_contact"] == 9
    window.close()
    ctx.lock()
