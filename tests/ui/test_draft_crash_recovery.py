"""A crash (SIGKILL) while typing in the quick entry loses at most the last seconds:
the draft is in the encrypted vault and offered back at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from ssa_desktop.services import notes
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

CHILD = textwrap.dedent("""
    import sys, time
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    app = QApplication([])
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.services import notes
    from ssa_desktop.ui.context import AppContext
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog
    folder, passphrase, typed = sys.argv[1], sys.argv[2], sys.argv[3]
    session = Vault(folder).unlock(passphrase)
    ctx = AppContext()
    ctx.set_session(session)
    dialog = QuickEntryDialog(ctx)
    dialog.show()
    QTest.keyClicks(dialog.note.observation, typed)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        drafts = notes.pending_drafts(session.conn)
        if drafts and typed in drafts[0].payload:
            print("READY", flush=True)
            break
        time.sleep(0.05)
    time.sleep(60)  # the parent kills us here, mid-session
""")


def test_killed_while_typing_offers_the_draft_back(vault_dir, qtbot, tmp_path):
    session, _ = Vault.create(vault_dir, PASSPHRASE, params=FAST_KDF)
    session.lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_dir), PASSPHRASE, "Kim kommt aufgeloest"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
        cwd=Path(__file__).resolve().parents[2])
    try:
        line = child.stdout.readline()
        assert line.strip() == "READY"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    # nothing personal was written outside the vault folder
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file() and vault_dir not in p.parents]
    for path in leftovers:
        assert b"aufgeloest" not in path.read_bytes()

    from ssa_desktop.ui.context import AppContext
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

    session = Vault(vault_dir).unlock(PASSPHRASE)
    try:
        [draft] = notes.pending_drafts(session.conn)
        assert notes.draft_data(draft)["observation"] == "Kim kommt aufgeloest"
        ctx = AppContext()
        ctx.set_session(session)
        dialog = QuickEntryDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.offered_draft is not None and not dialog.draft_bar.isHidden()
        assert "wiederherstellen?" in dialog.draft_label.text()
        dialog.restore_button.click()
        assert dialog.note.values()[0] == "Kim kommt aufgeloest"
        dialog.note.clear()
        dialog.autosaver.enabled = False
    finally:
        session.lock()
