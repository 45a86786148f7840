"""A restore and a new emergency key report what they changed through the one runner:
every view showing a changed kind refreshes without the view broadcasting by hand, and
the restore is critical and exclusive like every other swap of the session's file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import backups
from ssa_desktop.services.operations import DataKind
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.persons.area import PersonsArea
from ssa_desktop.ui.privacy import backups_panel as panel_module
from ssa_desktop.ui.privacy.backups_panel import BackupsPanel
from ssa_desktop.ui.settings.area import SettingsArea
from ssa_desktop.ui.settings_store import SettingsStore
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _pseudonyms(area) -> list[str]:
    model = area.list.model
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def test_restore_by_keyboard_refreshes_every_view_of_what_it_replaced(
        ctx, qtbot, open_vault, pupil, monkeypatch):
    made = backups.auto_backup(ctx.conn, open_vault.data_key, open_vault.vault.folder,
                               clock.today()).created
    repo.PERSONS.insert(ctx.conn, Person("K-18", school_id="school-1", grade=5))
    persons = _shown(qtbot, PersonsArea(ctx))
    persons.refresh()
    assert _pseudonyms(persons) == ["K-17", "K-18"]
    panel = _shown(qtbot, BackupsPanel(ctx))
    assert panel.model.rowCount() == 1
    monkeypatch.setattr(panel_module, "choose_open_file", lambda *a, **k: str(made))
    monkeypatch.setattr(panel_module, "ask_yes_no", lambda *a, **k: True)
    heard = []
    ctx.changes.connect(heard.append)
    panel.activateWindow()
    panel.restore_button.setFocus()
    QTest.keyClick(panel.restore_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: panel._job is None, timeout=20000)
    assert "Wiederhergestellt aus" in panel.status.text()
    assert len(heard) == 1 and heard[0].touches(DataKind.PERSONS, DataKind.VAULT)
    # nobody called refresh: the runner told both views
    assert _pseudonyms(persons) == ["K-17"]
    assert panel.model.rowCount() == 2  # the state before the restore, kept as a backup


def test_a_lock_requested_during_the_restore_waits_for_the_swap(ctx, qtbot, open_vault, pupil):
    made = backups.auto_backup(ctx.conn, open_vault.data_key, open_vault.vault.folder,
                               clock.today()).created
    panel = _shown(qtbot, BackupsPanel(ctx))
    heard = []
    ctx.changes.connect(heard.append)
    panel.restore(made)
    assert ctx.is_critical
    ctx.lock()  # Strg+L while the worker swaps the file
    assert ctx.is_unlocked and ctx.lock_pending  # deferred, not refused
    # wait for the restore's end, not for "locked": the session's connection is closed for
    # a moment during the swap, so is_unlocked reads False before the lock has happened
    qtbot.waitUntil(lambda: panel._job is None, timeout=20000)
    assert not ctx.is_unlocked and ctx.session is None and not ctx.is_critical
    assert heard == []  # locked before the result: no view reloads a closed vault
    assert "Wiederhergestellt" not in panel.status.text()


def test_a_new_emergency_key_refreshes_the_backups_list(ctx, qtbot, tmp_path):
    panel = _shown(qtbot, BackupsPanel(ctx))
    before = panel.model.rowCount()
    settings = SettingsArea(ctx, settings=SettingsStore(tmp_path / "settings.ini"),
                            keystore=DeviceKeyStore(MemoryKeyring()))
    settings.page("security").kdf_params = FAST_KDF
    _shown(qtbot, settings)
    security = settings.page("security")
    security.start_new_emergency_key(PASSPHRASE)
    qtbot.waitUntil(lambda: not security.busy, timeout=20000)
    assert security.key_dialog is not None
    # the re-key made a backup first; the list shows it without anyone calling refresh
    assert panel.model.rowCount() == before + 1
    security.key_dialog.done(0)


def test_a_restore_onto_a_held_vault_file_leaves_her_working(ctx, qtbot, open_vault, pupil,
                                                             windows_sharing):
    """Windows: a backup or sync tool holds the vault file past the retries. The panel says
    so in words about the vault, the session stays unlocked on the unchanged database and
    the Personen list still reads it."""
    made = backups.auto_backup(ctx.conn, open_vault.data_key, open_vault.vault.folder,
                               clock.today()).created
    repo.PERSONS.insert(ctx.conn, Person("K-18", school_id="school-1", grade=5))
    persons = _shown(qtbot, PersonsArea(ctx))
    panel = _shown(qtbot, BackupsPanel(ctx))
    windows_sharing.hold(open_vault.vault.db_path)
    panel.restore(made)
    qtbot.waitUntil(lambda: panel._job is None, timeout=20000)
    assert "Die Tresordatei wird gerade von einem anderen Programm verwendet" in \
        panel.status.text()
    assert ctx.is_unlocked and ctx.session is open_vault
    persons.refresh()
    assert _pseudonyms(persons) == ["K-17", "K-18"]
