"""The settings area on a real vault, driven through its widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from ssa_desktop.domain.entities import Post, School
from ssa_desktop.services import setup
from ssa_desktop.services.operations import DataKind
from ssa_desktop.storage import migrations
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.settings.area import SettingsArea
from ssa_desktop.ui.settings.dialogs import ChangePassphraseDialog, PostDialog, SchoolDialog
from ssa_desktop.ui.settings_store import SettingsStore
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring


class _Unavailable(MemoryKeyring):
    priority = 0


@pytest.fixture
def store(tmp_path):
    return SettingsStore(tmp_path / "settings.ini")


@pytest.fixture
def area(ctx, qtbot, store):
    widget = SettingsArea(ctx, settings=store, keystore=DeviceKeyStore(MemoryKeyring()))
    widget.page("security").kdf_params = FAST_KDF
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _fill_and_accept(fill):
    def run(dialog) -> bool:
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.Accepted
    return run


def _rows(model, col=0):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_every_control_has_an_accessible_name(area):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QTableView
    for index in range(area.tabs.count()):  # pages are built when their tab is shown
        area.tabs.setCurrentIndex(index)
    for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QTableView):
        for widget in area.findChildren(kind):
            if widget.objectName().startswith("qt_"):
                continue
            assert widget.accessibleName(), f"{kind.__name__} without accessible name"


def test_add_school_via_dialog_shows_it_with_pupils(area, monkeypatch, conn):
    year = area.page("schools").school_year()

    def fill(dialog: SchoolDialog):
        dialog.name.setText("Realschule Lindenweg")
        dialog.school_type.setCurrentIndex(dialog.school_type.findData("RS"))
        dialog.pupils[year].setValue(432)
        dialog.last_grade.setValue(9)      # issue 17: per-school last grade

    monkeypatch.setattr(area.page("schools"), "_exec", _fill_and_accept(fill))
    area.page("schools").add_school()
    assert "Realschule Lindenweg" in _rows(area.page("schools").schools_model)
    assert {s.name: s.last_grade for s in setup.list_schools(conn)}[
        "Realschule Lindenweg"] == 9
    row = _rows(area.page("schools").schools_model).index("Realschule Lindenweg")
    assert area.page("schools").schools_model.index(row, 2).data() == "Realschule"
    assert area.page("schools").schools_model.index(row, 3).data() == "432"
    assert area.page("schools").schools_status.text() == "Schule gespeichert."


def test_school_dialog_keeps_input_on_error(area, monkeypatch, conn):
    seen = []

    def fill(dialog: SchoolDialog):
        dialog.code.setText("RS-9")  # name empty: the service refuses
        seen.append(dialog)

    monkeypatch.setattr(area.page("schools"), "_exec", _fill_and_accept(fill))
    area.page("schools").add_school()
    dialog = seen[0]
    assert dialog.result() != QDialog.Accepted
    assert "Namen" in dialog.error.text()
    assert dialog.code.text() == "RS-9"
    assert [s.code for s in setup.list_schools(conn)] == ["GMS-1"]


def test_delete_school_with_records_is_refused_in_german(area, monkeypatch, pupil):
    area.page("schools").schools_view.selectRow(0)
    area.page("schools").schools_view.setCurrentIndex(area.page("schools").schools_model.index(0, 0))
    monkeypatch.setattr(area.page("schools"), "_ask", lambda _t: True)
    area.page("schools").delete_school()
    assert "kann nicht gelöscht werden" in area.page("schools").schools_status.text()
    assert _rows(area.page("schools").schools_model) == ["Gemeinschaftsschule Am Park"]


def test_post_with_shares_shows_weekly_hours(area, monkeypatch, conn):
    other = setup.save_school(conn, School("Grundschule Nord", school_type="GS"))
    area.refresh()

    def fill(dialog: PostDialog):
        dialog.label.setText("Stelle Nord")
        dialog.shares["school-1"].setValue(50)
        dialog.shares[other.id].setValue(25)
        assert dialog.sum.text() == "75,0 % · 29,25 Std./Woche"

    monkeypatch.setattr(area.page("schools"), "_exec", _fill_and_accept(fill))
    area.page("schools").add_post()
    assert _rows(area.page("schools").posts_model) == ["Stelle Nord"]
    assert area.page("schools").posts_model.index(0, 2).data() == "75,0 %"
    assert area.page("schools").posts_model.index(0, 3).data() == "29,25 Std."
    assert "Grundschule Nord 25,0 %" in area.page("schools").posts_model.index(0, 4).data()
    schools = _rows(area.page("schools").schools_model)
    assert area.page("schools").schools_model.index(schools.index("Grundschule Nord"), 4).data() == "25,0 %"


def test_post_over_100_percent_stays_open_with_message(area, monkeypatch, conn):
    other = setup.save_school(conn, School("Grundschule Nord", school_type="GS"))
    area.refresh()
    seen = []

    def fill(dialog: PostDialog):
        dialog.shares["school-1"].setValue(80)
        dialog.shares[other.id].setValue(30)
        seen.append(dialog)

    monkeypatch.setattr(area.page("schools"), "_exec", _fill_and_accept(fill))
    area.page("schools").add_post()
    dialog = seen[0]
    assert dialog.result() != QDialog.Accepted
    assert dialog.shares["school-1"].value() == 80  # nothing typed is lost
    assert "100 %" in dialog.error.text()
    assert setup.list_posts(conn) == []


def test_idle_minutes_say_minute_in_the_singular(area, qtbot):
    """Issue: "1 Minuten" in the auto-lock setting; typed with real key events."""
    spin = area.page("security").idle
    area.tabs.setCurrentWidget(area.page("security"))
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin.lineEdit(), "1")
    QTest.keyClick(spin.lineEdit(), Qt.Key_Return)   # taken on Enter, not per key
    assert spin.value() == 1 and spin.text() == "1 Minute"
    QTest.keyClick(spin, Qt.Key_Up)
    assert spin.value() == 2 and spin.text() == "2 Minuten"


def test_idle_minutes_are_persisted_and_applied(area, store):
    applied = []
    area.idle_minutes_changed.connect(applied.append)
    area.page("security").idle.setValue(12)
    assert SettingsStore(store.file_path).idle_minutes == 12
    assert applied == [12]


def test_language_choice_is_persisted_and_says_restart(area, store):
    area.page("language").language_buttons["en"].setChecked(True)
    assert SettingsStore(store.file_path).language == "en"
    assert "neu starten" in area.page("language").language_status.text()


def test_device_section_hidden_without_keychain(ctx, qtbot, store):
    widget = SettingsArea(ctx, settings=store, keystore=DeviceKeyStore(_Unavailable()))
    qtbot.addWidget(widget)
    widget.show()
    widget.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: widget.page("security").device_known)
    assert not widget.page("security").device_box.isVisible()


def test_remember_and_forget_device(area, open_vault, qtbot):
    area.tabs.setCurrentIndex(1)
    security = area.page("security")
    qtbot.waitUntil(lambda: security.device_box.isVisible())
    security.remember_button.click()
    assert not security.remember_button.isEnabled()      # the keychain is asked off the GUI thread
    qtbot.waitUntil(lambda: security.security_status.text() == "Dieses Gerät ist jetzt gemerkt.")
    assert security.keystore.is_remembered(open_vault.uuid)
    qtbot.waitUntil(lambda: security.forget_button.isEnabled())
    assert not security.remember_button.isEnabled()
    security.forget_button.click()
    qtbot.waitUntil(lambda: security.security_status.text().startswith("Dieses Gerät ist vergessen"))
    assert not security.keystore.is_remembered(open_vault.uuid)
    qtbot.waitUntil(lambda: security.remember_button.isEnabled())


def test_change_passphrase_dialog_validation(qtbot):
    dialog = ChangePassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText("kurz")
    assert "Zu kurz" in dialog.hint.text()
    dialog.new.setText("Wiesenweg-Kompass-Laterne-93")
    dialog.repeat.setText("Wiesenweg-Kompass-Laterne-94")
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    assert "stimmen nicht überein" in dialog.error.text()
    assert dialog.new.text()  # nothing typed is lost


def test_change_passphrase_runs_off_thread(area, qtbot, vault_dir):
    new = "Wiesenweg-Kompass-Laterne-93"
    area.page("security").start_change_passphrase("falsch-falsch-falsch", new)
    qtbot.waitUntil(lambda: not area.page("security").busy, timeout=10000)
    assert area.page("security").security_status.text() not in ("", "Die Passphrase ist geändert.")
    Vault(vault_dir).unlock(PASSPHRASE).lock()  # the key file is untouched
    area.page("security").start_change_passphrase(PASSPHRASE, new)
    qtbot.waitUntil(lambda: not area.page("security").busy, timeout=10000)
    assert area.page("security").security_status.text() == "Die Passphrase ist geändert."
    Vault(vault_dir).unlock(new).lock()


def test_check_vault_reports_no_problems(area, qtbot):
    area.page("security").check_button.click()
    qtbot.waitUntil(lambda: area.page("security").check_button.isEnabled(), timeout=10000)
    assert area.page("security").security_status.text() == "Tresor geprüft: keine Probleme"


def test_backup_is_written_off_thread(area, qtbot, tmp_path, open_vault):
    out = tmp_path / "sicherung.ssabak"
    area.page("security").start_backup(out)
    qtbot.waitUntil(lambda: area.page("security").backup_button.isEnabled(), timeout=10000)
    assert out.is_file() and out.stat().st_size > 0
    assert str(out) in area.page("security").security_status.text()
    assert open_vault.is_open


def test_new_emergency_key(area, qtbot, ctx, vault_dir, monkeypatch):
    old_key = ctx.session.emergency_key()
    changes = []
    ctx.changes.connect(changes.append)
    area.page("security").start_new_emergency_key(PASSPHRASE)
    assert area.page("security").progress_dialog is not None and area.page("security").progress_dialog.isModal()
    qtbot.waitUntil(lambda: not area.page("security").busy, timeout=20000)
    dialog = area.page("security").key_dialog
    assert dialog is not None
    new_key = dialog.key.text()
    assert new_key and new_key != old_key
    assert [c.kinds for c in changes] == [frozenset({DataKind.VAULT})]
    assert list((vault_dir / "backups").glob("*.ssabak"))
    # the session keeps working on the new file; the new key opens the vault
    assert ctx.conn.execute("SELECT count(*) FROM school").fetchone()[0] == 1
    dialog.done(0)
    assert dialog.key.text() == ""
    ctx.lock()
    Vault(vault_dir).unlock_with_emergency_key(new_key).lock()


def test_new_emergency_key_with_wrong_passphrase_changes_nothing(area, qtbot, ctx):
    old_key = ctx.session.emergency_key()
    area.page("security").start_new_emergency_key("nicht-die-passphrase")
    qtbot.waitUntil(lambda: not area.page("security").busy, timeout=10000)
    assert area.page("security").key_dialog is None
    assert "Passphrase" in area.page("security").security_status.text()
    assert ctx.session.emergency_key() == old_key


def test_about_shows_versions(area, vault_dir):
    area.tabs.setCurrentIndex(3)
    assert area.page("about").about["version"].text() == "0.3.0"
    assert area.page("about").about["folder"].text() == str(vault_dir)
    assert area.page("about").about["schema"].text().startswith(str(migrations.latest_version()))
    assert area.page("about").about["cipher"].text().startswith("4.")


def test_clear_on_lock_drops_everything(area, ctx, conn, vault_dir):
    setup.save_post(conn, Post("Stelle"))
    area.refresh()
    schools, about = area.page("schools"), area.page("about")  # about: built and loaded
    assert schools.schools_model.rowCount() == 1 and schools.posts_model.rowCount() == 1
    assert about.about["folder"].text() == str(vault_dir)
    ctx.lock()
    assert schools.schools_model.rowCount() == 0 and schools.posts_model.rowCount() == 0
    assert about.about["folder"].text() == ""
    assert schools.year.count() == 0


def test_save_sheet_writes_the_pdf(area, qtbot, tmp_path):
    dialog = area.page("security").show_emergency_key("ABCD")
    qtbot.addWidget(dialog)   # closed after the test
    area.page("security").save_emergency_sheet(dialog, str(tmp_path / "blatt.pdf"))
    assert dialog.status.text().startswith("Notfallblatt gespeichert")
    assert Path(tmp_path / "blatt.pdf").read_bytes().startswith(b"%PDF")


def _fully_shown(label) -> bool:
    need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    return label.height() >= need


@pytest.mark.parametrize("typed", ["kurz", "passwort1234", "Kastanie Regenschirm fliegt 47"])
def test_change_passphrase_hint_is_never_clipped(qtbot, typed):
    """Issue: the hint under "Passphrase ändern" was cut off (a two- or three-line hint in
    a dialog sized for one line)."""
    dialog = ChangePassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.new.edit, typed)
    assert "Am besten" in dialog.hint.text()
    qtbot.waitUntil(lambda: _fully_shown(dialog.hint))
    assert dialog.height() <= 728


def test_key_stays_whole_after_saving_the_sheet(area, qtbot, ctx, tmp_path):
    """Issue: after "Notfallblatt speichern …" the key's third line was cut in half (the
    status line took its height)."""
    folder = tmp_path / "Dokumente" / "Schulsozialarbeit" / "Notfallblätter für den Träger"
    folder.mkdir(parents=True)
    dialog = area.page("security").show_emergency_key(ctx.session.emergency_key())
    qtbot.addWidget(dialog)   # closed after the test
    qtbot.waitExposed(dialog)
    area.page("security").save_emergency_sheet(dialog, str(folder / "Notfallblatt.pdf"))
    qtbot.waitUntil(lambda: _fully_shown(dialog.status))
    assert dialog.key.text().split() == ctx.session.emergency_key().split()
    assert _fully_shown(dialog.key) and _fully_shown(dialog.status)
    assert dialog.width() <= 1366 and dialog.height() <= 728
    dialog.grab().save(str(tmp_path / "notfallschluessel.png"))


def test_save_sheet_where_no_folder_can_be_says_so_in_german(area, qtbot, tmp_path):
    (tmp_path / "datei").write_text("kein Ordner")
    dialog = area.page("security").show_emergency_key("ABCD")
    qtbot.addWidget(dialog)   # closed after the test
    area.page("security").save_emergency_sheet(dialog, str(tmp_path / "datei" / "blatt.pdf"))
    assert dialog.status.text().startswith("Das PDF „blatt.pdf“ konnte nicht gespeichert werden")
    assert (tmp_path / "datei").read_text() == "kein Ordner"


def test_lock_during_new_emergency_key_waits_and_shows_no_key(area, qtbot, ctx, vault_dir,
                                                              monkeypatch):
    import threading

    from ssa_desktop.storage.errors import VaultLocked
    from ssa_desktop.storage.vault import OpenVault

    session = ctx.session
    reached, release = threading.Event(), threading.Event()
    events: list[str] = []
    real_rekey = OpenVault.rekey

    def slow_rekey(self, passphrase, **kwargs):
        progress = kwargs.pop("progress")

        def held(percent, text):
            if percent == 35:  # backup written, re-encryption about to start
                reached.set()
                release.wait(10)
            progress(percent, text)

        result = real_rekey(self, passphrase, progress=held, **kwargs)
        events.append("rekey finished")
        return result

    monkeypatch.setattr(OpenVault, "rekey", slow_rekey)
    ctx.locked.connect(lambda: events.append("locked"))
    old_key_file = (vault_dir / "vault.key").read_bytes()

    area.page("security").start_new_emergency_key(PASSPHRASE)
    assert reached.wait(10)
    ctx.lock()  # Strg+L, auto-lock or screen lock while the database is re-encrypted
    assert ctx.is_unlocked and ctx.lock_pending and events == []
    with pytest.raises(VaultLocked):
        ctx.conn  # noqa: B018 - the GUI thread stays off the connection the worker uses
    release.set()
    qtbot.waitUntil(lambda: not area.page("security").busy, timeout=20000)

    assert events == ["rekey finished", "locked"]
    assert not ctx.is_unlocked and session._key is None  # locked, key overwritten
    assert area.page("security").key_dialog is None  # no emergency key shown on a locked app
    assert "Sperre" in area.page("security").security_status.text()
    # the re-key completed: new key file, and the passphrase opens the re-keyed vault
    assert (vault_dir / "vault.key").read_bytes() != old_key_file
    reopened = Vault(vault_dir).unlock(PASSPHRASE)
    assert reopened.conn.execute("SELECT count(*) FROM school").fetchone()[0] == 1
    reopened.lock()


def test_lock_during_passphrase_change_waits(area, qtbot, ctx, vault_dir, monkeypatch):
    import threading

    from ssa_desktop.services import vault_admin

    reached, release = threading.Event(), threading.Event()
    real_change = vault_admin.change_passphrase

    def slow_change(*args, **kwargs):
        reached.set()
        release.wait(10)
        return real_change(*args, **kwargs)

    monkeypatch.setattr(vault_admin, "change_passphrase", slow_change)
    area.page("security").start_change_passphrase(PASSPHRASE, "eine ganz neue lange Passphrase 42")
    assert reached.wait(10)
    ctx.lock()
    assert ctx.is_unlocked  # the key is still needed to wrap it under the new passphrase
    release.set()
    qtbot.waitUntil(lambda: not area.page("security").busy, timeout=20000)
    assert not ctx.is_unlocked
    Vault(vault_dir).unlock("eine ganz neue lange Passphrase 42").lock()


def test_worker_vault_copy_of_key_is_overwritten(ctx):
    from ssa_desktop.services.session import worker_view

    conn = ctx.session.new_connection()
    try:
        with worker_view(ctx.session, conn) as view:
            copy = view.data_key
            assert copy == ctx.session.data_key and copy is not ctx.session.data_key
            assert view.check() == []
        assert copy == bytearray(len(copy)) and any(ctx.session.data_key)
    finally:
        conn.close()


def test_show_current_emergency_key_only_after_the_passphrase(area, qtbot, ctx):
    area.page("security").start_show_emergency_key("nicht-die-passphrase")
    qtbot.waitUntil(lambda: not area.page("security").busy, timeout=10000)
    assert area.page("security").key_dialog is None
    assert "Passphrase" in area.page("security").security_status.text()
    area.page("security").start_show_emergency_key(PASSPHRASE)
    qtbot.waitUntil(lambda: not area.page("security").busy, timeout=10000)
    dialog = area.page("security").key_dialog
    assert dialog is not None and dialog.windowTitle() == "Notfallschlüssel"
    assert dialog.key.text().split() == ctx.session.emergency_key().split()  # two lines
    assert "Neuer" not in dialog.windowTitle()
    dialog.done(0)


def test_post_handover_with_key_events(area, qtbot, ctx, vault_dir, monkeypatch, tmp_path):
    """Einstellungen → Sicherheit → Übergabe an eine Nachfolge: typed passphrases, new
    emergency key shown, protocol saved; the old passphrase opens nothing any more."""
    from ssa_desktop.ui.settings.dialogs import PostHandoverDialog

    new = "Wiesenklee-Ofenbank-Segelboot-93"
    old_key = ctx.session.emergency_key()

    def fill(dialog) -> bool:
        assert isinstance(dialog, PostHandoverDialog)
        dialog.show()
        dialog.old.setText(PASSPHRASE)  # "ü": QTest types ASCII only
        QTest.keyClicks(dialog.new.edit, new)
        QTest.keyClicks(dialog.repeat.edit, new)
        QTest.keyClick(dialog.repeat.edit, Qt.Key_Return)
        return dialog.result() == QDialog.Accepted

    monkeypatch.setattr(area.page("security"), "_exec", fill)
    area.page("security").post_handover_button.click()
    qtbot.waitUntil(lambda: not area.page("security").busy, timeout=20000)
    dialog = area.page("security").key_dialog
    assert dialog is not None, area.page("security").security_status.text()
    assert dialog.key.text() not in ("", old_key)
    area.page("security").save_post_protocol(str(tmp_path / "protokoll.pdf"))
    assert (tmp_path / "protokoll.pdf").read_bytes().startswith(b"%PDF")
    assert "Übergabeprotokoll gespeichert" in area.page("security").security_status.text()
    dialog.done(0)
    ctx.lock()
    import pytest as _pytest

    from ssa_desktop.storage.errors import WrongPassphrase
    with _pytest.raises(WrongPassphrase):
        Vault(vault_dir).unlock(PASSPHRASE)
    Vault(vault_dir).unlock(new).lock()
