"""The backup the unlock writes before it converts an old vault (``vor-umstellung-…``)
is listed among her backups with a German label that says what it is, and the ordinary
restore of the Datenschutz area brings its data back (converted again on the way in).
The vault of schema 2 in tests/data/vaults/v2, unlocked by today's code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.storage.vault import DB_NAME, KEY_NAME, Vault
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.privacy import backups_panel as panel_module
from ssa_desktop.ui.privacy.backups_panel import BackupsPanel

V2 = Path(__file__).resolve().parents[2] / "data" / "vaults" / "v2"


def test_the_pre_migration_backup_is_listed_and_restored(qapp, qtbot, tmp_path, frozen_clock,
                                                        monkeypatch):
    info = json.loads((V2 / "fixture.json").read_text("utf-8"))
    folder = tmp_path / "tresor"
    folder.mkdir()
    for name in (DB_NAME, KEY_NAME):
        shutil.copyfile(V2 / name, folder / name)
    session = Vault(folder).unlock(info["passphrase"])
    session.conn.execute("DELETE FROM draft")          # her work after the update
    ctx = AppContext(folder)
    ctx.set_session(session)
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    rows = {panel.model.index(r, 1).data(): panel.model.index(r, 3).data()
            for r in range(panel.model.rowCount())}
    assert rows == {"vor-umstellung-2026-11-25-schema2.ssabak":
                    "vor der Umstellung auf diese Version (Stand Schema 2)"}
    made = folder / "backups" / "vor-umstellung-2026-11-25-schema2.ssabak"
    monkeypatch.setattr(panel_module, "choose_open_file", lambda *a, **k: str(made))
    monkeypatch.setattr(panel_module, "ask_yes_no", lambda *a, **k: True)
    panel.activateWindow()
    panel.restore_button.setFocus()
    QTest.keyClick(panel.restore_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: panel._job is None, timeout=60_000)
    try:
        assert "Wiederhergestellt aus" in panel.status.text()
        conn = ctx.conn
        assert ctx.session.schema_version() == 23
        for table, count in info["counts"].items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
        kinds = {panel.model.index(r, 3).data() for r in range(panel.model.rowCount())
                 if panel.model.index(r, 1).data().startswith("vor-wiederherstellung-")}
        assert kinds == {"vor der Wiederherstellung"}
    finally:
        ctx.lock()
