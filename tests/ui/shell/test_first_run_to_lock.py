"""The whole journey on real files: wizard → main window → Ctrl+L → unlock → main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from ssa_desktop.domain.entities import Appointment, Person
from ssa_desktop.services import setup
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import WINDOW_TITLE, MainWindow
from ssa_desktop.ui.vault.wizard import (
    PAGE_CREATE,
    PAGE_EMERGENCY,
    PAGE_LOCATION,
    PAGE_PASSPHRASE,
    PAGE_SCHOOLS,
    FirstRunWizard,
)
from tests.conftest import FAST_KDF, TODAY
from tests.ui.shell.helpers import contains, widget_texts

pytestmark = pytest.mark.usefixtures("frozen_clock")

PASS = "Kastanie Regenschirm fliegt 47 mal"
MARKER = "ZQ-MARKER-77"
REAL_NAME = "Wendelinus"
SCHOOL = "Gemeinschaftsschule Am Lindenpark"


@pytest.fixture
def store():
    return DeviceKeyStore(fail.Keyring())


def run_wizard(qtbot, folder, store, tmp_path) -> FirstRunWizard:
    wizard = FirstRunWizard(folder, store=store, kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.NextButton)
    next_button.click()
    assert wizard.currentId() == PAGE_LOCATION
    assert wizard.location.folder() == folder
    assert wizard.location.warning_texts() == []
    assert next_button.isEnabled()
    next_button.click()

    assert wizard.currentId() == PAGE_PASSPHRASE
    page = wizard.passphrase_page
    assert page.remember.isHidden()  # no keyring backend
    qtbot.keyClicks(page.first.edit, "passwort")
    qtbot.keyClicks(page.second.edit, "passwort")
    assert not page.isComplete() and not wizard.button(QWizard.CommitButton).isEnabled()
    assert page.meter.hint.text()  # a German hint is shown
    page.first.edit.clear()
    page.second.edit.clear()
    qtbot.keyClicks(page.first.edit, PASS)
    qtbot.keyClicks(page.second.edit, PASS + "!")
    assert not page.isComplete()
    assert "stimmen nicht" in page.match_label.text()
    qtbot.keyClick(page.second.edit, Qt.Key_Backspace)
    create = wizard.button(QWizard.CommitButton)
    assert page.isComplete() and create.isEnabled()
    assert create.text() == "Tresor anlegen"
    create.click()

    assert wizard.currentId() == PAGE_CREATE
    qtbot.waitUntil(lambda: wizard.create_page.isComplete(), timeout=10_000)
    assert (folder / "vault.ssadb").exists()
    assert page.first.text() == "" and page.second.text() == ""  # wiped
    commit = wizard.button(QWizard.CommitButton)
    assert commit.isEnabled()
    assert "Tresor ist angelegt" in wizard.create_page.status.text()
    back = wizard.button(QWizard.BackButton)
    assert not (back.isVisible() and back.isEnabled())  # issue 16.2: no way back to B
    commit.click()
    assert not (back.isVisible() and back.isEnabled())

    assert wizard.currentId() == PAGE_EMERGENCY
    key = wizard.emergency_key
    emergency = wizard.emergency
    assert emergency.key_label is not None
    assert emergency.key_label.text().replace("\n", " ") == key
    assert emergency.key_label.textInteractionFlags() == Qt.NoTextInteraction
    assert not next_button.isEnabled()  # must confirm first
    sheet = emergency.save_sheet(tmp_path / "notfallblatt")
    assert sheet is not None and sheet.suffix == ".pdf"
    pdf_text = "".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert key.split()[0] in pdf_text
    emergency.confirm.setChecked(True)
    assert next_button.isEnabled()
    next_button.click()

    assert wizard.currentId() == PAGE_SCHOOLS
    schools = wizard.schools
    finish = wizard.button(QWizard.FinishButton)
    row = schools.rows[0]
    assert not schools.isComplete()  # no school yet
    qtbot.keyClicks(row.name, SCHOOL)
    row.school_type.set_code("GMS")
    row.pupils.setValue(612)
    row.percent.setValue(50)
    second = schools.add_row()
    qtbot.keyClicks(second.name, "Realschule Nord")
    second.school_type.set_code("RS")
    second.percent.setValue(60)
    assert not schools.isComplete()  # 110 %
    assert "100 %" in schools.summary.text()
    second.percent.setValue(25)
    assert schools.isComplete() and finish.isEnabled()
    assert "75,0 %" in schools.summary.text() and "29,25 Std." in schools.summary.text()
    finish.click()
    assert wizard.result() == QWizard.Accepted
    return wizard


def test_wizard_main_window_lock_unlock(qtbot, tmp_path, store, _isolated_home):
    folder = tmp_path / "tresor"
    wizard = run_wizard(qtbot, folder, store, tmp_path)
    session = wizard.session
    assert wizard.emergency_key == ""  # dropped after the wizard

    conn = session.conn
    schools = setup.list_schools(conn)
    assert sorted(s.name for s in schools) == ["Gemeinschaftsschule Am Lindenpark",
                                               "Realschule Nord"]
    gms = next(s for s in schools if s.school_type == "GMS")
    (post,) = setup.list_posts(conn)
    assert post.full_time_hours == 39.0
    shares = {s.school_id: s.percent for s in setup.post_shares(conn, post.id)}
    assert shares[gms.id] == 50 and sorted(shares.values()) == [25, 50]
    assert setup.school_pupils(conn, gms.id) and 612 in setup.school_pupils(conn, gms.id).values()

    person = repo.PERSONS.insert(conn, Person(MARKER, first_name=REAL_NAME, last_name="Q",
                                              class_label="7b", school_id=gms.id))
    repo.APPOINTMENTS.insert(conn, Appointment(TODAY, "09:40", "10:10",
                                               person_id=person.id, school_id=gms.id, room="12"))

    ctx = AppContext(folder)
    ctx.set_session(session)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(_isolated_home / ".config"))
    settings = SettingsStore()
    assert str(settings.file_path).startswith(str(_isolated_home))
    window = MainWindow(ctx, settings, store=store, kdf_params=FAST_KDF)
    qtbot.addWidget(window)
    with qtbot.waitActive(window, timeout=60000):  # its shortcuts reach an active window
        window.show()
    assert window.windowTitle() == WINDOW_TITLE
    assert window.current_area_key() == "overview"
    status = widget_texts(window.statusBar(), visible_only=True)
    assert contains(status, "Strg+N Kontakt erfassen · Strg+K Suchen · Strg+L Sperren")
    qtbot.waitUntil(lambda: window.vault_label.text() == "Tresor: geprüft", timeout=60000)
    # the overview loads in the background: certainly shows today's appointment
    qtbot.waitUntil(lambda: contains(widget_texts(window, visible_only=True), MARKER),
                    timeout=60000)
    visible = widget_texts(window, visible_only=True)
    assert not contains(visible, REAL_NAME)  # pseudonyms by default
    assert not contains([window.windowTitle()], MARKER)

    # visit every area once so that all real area widgets exist (those taken apart when
    # she left them hold no text any more: their widgets are gone)
    for index in range(1, 10):
        qtbot.keyClick(window, Qt.Key_0 + index, Qt.ControlModifier)
    assert window.current_area_key() == "privacy"
    window.show_area("settings")
    assert set(window.areas) == {"settings"}

    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    assert not ctx.is_unlocked
    assert window.outer.currentWidget() is window.lock_screen
    assert not contains(widget_texts(window, visible_only=True), MARKER)
    hidden_too = widget_texts(window, visible_only=False)
    assert not contains(hidden_too, MARKER), "an area kept confidential text after lock"
    assert not contains(hidden_too, REAL_NAME)

    qtbot.waitUntil(lambda: window.unlock_dialog is not None
                    and window.unlock_dialog.isVisible(), timeout=60000)
    dialog = window.unlock_dialog
    assert dialog.remember.isHidden()
    qtbot.keyClicks(dialog.passphrase.edit, "falsch-falsch")
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=60000)
    assert "Passphrase ist falsch" in dialog.error_label.text()
    assert not ctx.is_unlocked and window.outer.currentWidget() is window.lock_screen
    dialog.passphrase.edit.insert(PASS)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=60000)
    assert window.outer.currentWidget() is window.content
    assert window.current_area_key() == "settings"  # back where she was before locking
    assert window.unlock_dialog is None
    window.show_area("overview")
    qtbot.waitUntil(lambda: contains(widget_texts(window, visible_only=True), MARKER),
                    timeout=60000)

    window.close()
    assert not ctx.is_unlocked
    settings_text = settings.file_path.read_text(encoding="utf-8", errors="replace")
    for secret in (MARKER, REAL_NAME, SCHOOL, "Lindenpark", PASS, "Kastanie"):
        assert secret not in settings_text
    assert "window_geometry" in settings_text  # the file was written by the session


def test_wizard_refuses_a_folder_with_a_vault(qtbot, tmp_path, store):
    folder = tmp_path / "tresor"
    session, _ = Vault.create(folder, "Lindenblüte-Kastanie-47", params=FAST_KDF)
    session.lock()
    wizard = FirstRunWizard(folder, store=store, kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == PAGE_LOCATION
    assert not wizard.location.isComplete()
    assert any("bereits ein Tresor" in t for t in wizard.location.warning_texts())
    wizard.location.folder_edit.setText(str(tmp_path / "neu"))
    assert wizard.location.isComplete()


def test_wizard_location_warnings_live(qtbot, tmp_path, store):
    mounts = [("/", "ext4"), ("/mnt/schule", "cifs")]
    wizard = FirstRunWizard(tmp_path / "tresor", store=store, kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": mounts})
    qtbot.addWidget(wizard)
    page = wizard.location
    page.folder_edit.setText("/home/kim/Nextcloud/ssa")
    assert [lbl.property("level") for lbl in page.warning_labels] == ["red"]
    assert not page.isComplete()  # a synced folder is refused, with no override
    assert page.override.isHidden()
    assert "Nextcloud" in page.warning_texts()[0]
    page.folder_edit.setText("/mnt/schule/iserv/ssa")
    assert [lbl.property("level") for lbl in page.warning_labels] == ["red", "red"]
    assert not page.isComplete()
    page.override.setChecked(True)
    assert page.isComplete()
    page.folder_edit.setText(str(tmp_path / "ok"))
    assert page.warning_texts() == [] and not page.override.isChecked()


def test_wizard_refuses_a_synced_folder_unless_it_allows_it(qtbot, tmp_path, store):
    from ssa_desktop.storage.machine_policy import MachinePolicy

    cloud = tmp_path / "Cloud der Jugendhilfe"  # no telling name: OneDrive's variable says it
    kwargs = {"platform": "linux", "mounts": [("/", "ext4")],
              "env": {"OneDriveCommercial": str(cloud)}}
    wizard = FirstRunWizard(tmp_path / "tresor", store=store, kdf_params=FAST_KDF,
                            location_kwargs=kwargs)
    qtbot.addWidget(wizard)
    page = wizard.location
    page.folder_edit.setText(str(cloud / "Tresor"))
    assert not page.isComplete() and page.override.isHidden()
    text = page.warning_texts()[0]
    assert "OneDrive for Business" in text and str(cloud) in text
    page.location_kwargs["policy"] = MachinePolicy(allow_synced_vault_folder=True)
    page.folder_edit.setText(str(cloud / "Tresor2"))
    assert [lbl.property("level") for lbl in page.warning_labels] == ["amber"]
    assert page.isComplete()


def test_remember_offered_in_wizard_with_keyring(qtbot, tmp_path):
    from tests.support.memory_keyring import MemoryKeyring

    wizard = FirstRunWizard(tmp_path / "t", store=DeviceKeyStore(MemoryKeyring()),
                            kdf_params=FAST_KDF)
    qtbot.addWidget(wizard)
    assert not wizard.passphrase_page.remember.isHidden()


def test_wizard_refuses_folders_that_cannot_be_created(qtbot, tmp_path, store):
    afile = tmp_path / "notiz.txt"
    afile.write_text("x")
    wizard = FirstRunWizard(tmp_path / "tresor", store=store, kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    qtbot.addWidget(wizard)
    page = wizard.location
    for folder, words in ((afile, "ist eine Datei"), (afile / "tresor", "nicht angelegt"),
                          (Path("/proc/nope"), "keinen Ordner anlegen")):
        page.folder_edit.setText(str(folder))
        assert not page.isComplete(), folder
        assert any(words in t for t in page.warning_texts()), (folder, page.warning_texts())
        assert page.ok_label.text() == ""
    page.folder_edit.setText(str(tmp_path / "neu"))
    assert page.isComplete() and not (tmp_path / "neu").exists()  # the probe left nothing


def test_wizard_says_why_fertig_is_disabled(qtbot, tmp_path, store):
    wizard = FirstRunWizard(tmp_path / "tresor", store=store, kdf_params=FAST_KDF)
    qtbot.addWidget(wizard)
    schools = wizard.schools
    schools.rows[0].name.setText("Grundschule Süd")
    second = schools.add_row()
    second.name.setText("Realschule Nord")  # 0 %
    assert not schools.isComplete()
    assert "„Fertig“ ist noch gesperrt" in schools.summary.text()
    assert "Realschule Nord" in schools.summary.text() and "0 %" in schools.summary.text()
    second.percent.setValue(20)
    schools.rows[0].percent.setValue(80)
    assert schools.isComplete() and "gesperrt" not in schools.summary.text()


def test_wizard_refuses_its_own_example_passphrase(qtbot, tmp_path, store):
    from ssa_desktop.domain.passphrase import EXAMPLE

    wizard = FirstRunWizard(tmp_path / "tresor", store=store, kdf_params=FAST_KDF)
    qtbot.addWidget(wizard)
    page = wizard.passphrase_page
    assert EXAMPLE in page.meter.hint.text()  # the hint shows it ...
    page.first.edit.setText(EXAMPLE)
    page.second.edit.setText(EXAMPLE)
    assert not page.isComplete()  # ... and it is refused
    assert "Beispiel" in page.meter.hint.text()
