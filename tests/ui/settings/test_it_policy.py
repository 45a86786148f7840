"""IT's machine policy overrides her device settings and greys them out in
Einstellungen, saying that IT set them (the policy as the registry would give it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services.it_policy import MachinePolicy
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.settings.area import SettingsArea
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.vault.unlock import UnlockDialog
from ssa_desktop.ui.vault.wizard import FirstRunWizard
from tests.conftest import FAST_KDF
from tests.support.memory_keyring import MemoryKeyring

IT = MachinePolicy(idle_lock_max_minutes=10, lock_on_lid_and_display=True,
                   allow_remember_on_device=False,
                   accessibility_contact="barrierefrei@traeger.example")


def _security(ctx, qtbot, settings):
    area = SettingsArea(ctx, settings=settings, keystore=DeviceKeyStore(MemoryKeyring()))
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    area.tabs.setCurrentIndex(1)
    return area, area.page("security")


def test_her_settings_give_way_to_the_policy(tmp_path):
    mine = SettingsStore(tmp_path / "settings.ini")
    mine.idle_minutes, mine.lock_on_power_events = 30, False
    mine.accessibility_contact = "meine@adresse.example"
    ruled = SettingsStore(tmp_path / "settings.ini", policy=IT)
    assert (ruled.idle_minutes, ruled.lock_on_power_events, ruled.remember_allowed,
            ruled.accessibility_contact) == (10, True, False, "barrierefrei@traeger.example")
    ruled.idle_minutes = 7  # shorter than IT's maximum: hers
    assert ruled.idle_minutes == 7
    free = SettingsStore(tmp_path / "settings.ini", policy=MachinePolicy())
    assert (free.idle_minutes, free.lock_on_power_events, free.remember_allowed) == (7, False, True)


def test_einstellungen_grey_out_what_it_set_and_say_so(ctx, qtbot, tmp_path):
    _area, page = _security(ctx, qtbot, SettingsStore(tmp_path / "settings.ini", policy=IT))
    spin = page.idle
    assert spin.maximum() == 10
    assert spin.accessibleDescription().startswith(
        "Höchstens 10 Minuten: von Ihrer IT festgelegt.")
    assert spin.toolTip() == spin.accessibleDescription()
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin.lineEdit(), "9")
    QTest.keyClick(spin, Qt.Key_Up)
    QTest.keyClick(spin, Qt.Key_Up)
    assert spin.text() == "10 Minuten"  # no further than IT's maximum
    assert not page.power_lock.isEnabled() and page.power_lock.isChecked()
    assert page.power_lock.accessibleDescription().startswith("Von Ihrer IT festgelegt.")


def test_without_a_policy_nothing_is_greyed_out(ctx, qtbot, tmp_path):
    _area, page = _security(ctx, qtbot, SettingsStore(tmp_path / "settings.ini",
                                                      policy=MachinePolicy()))
    assert page.idle.maximum() == 60 and page.power_lock.isEnabled()
    assert "IT" not in page.idle.accessibleDescription()


def test_remember_on_this_device_is_greyed_out_where_it_forbids_it(qtbot, vault_dir):
    store = DeviceKeyStore(MemoryKeyring())
    dialog = UnlockDialog(vault_dir, store=store, remember_allowed=lambda: False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember.isVisible() and not dialog.remember.isEnabled()
    assert dialog.remember.accessibleDescription() == (
        "Von Ihrer IT abgeschaltet: die Passphrase ist bei jedem Öffnen nötig.")
    allowed = UnlockDialog(vault_dir, store=store, remember_allowed=lambda: True)
    qtbot.addWidget(allowed)
    assert allowed.remember.isEnabled()
    wizard = FirstRunWizard(vault_dir.parent / "neu", store=store, kdf_params=FAST_KDF,
                            remember_allowed=False)
    qtbot.addWidget(wizard)
    assert not wizard.passphrase_page.remember.isEnabled()
    assert "Von Ihrer IT abgeschaltet" in wizard.passphrase_page.remember.toolTip()


# -- what IT set, on a visible line as well -------------------------------------------------
def _visible_lines(root) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in root.findChildren(QLabel) if label.isVisible()]


def test_the_security_page_says_on_a_visible_line_what_it_set(ctx, qtbot, tmp_path):
    area, page = _security(ctx, qtbot, SettingsStore(tmp_path / "settings.ini", policy=IT))
    lines = _visible_lines(page)
    assert "Höchstens 10 Minuten: von Ihrer IT festgelegt." in lines
    assert "Von Ihrer IT festgelegt." in lines                       # lock on lid / display
    qtbot.waitUntil(lambda: page.device_box.isVisible(), timeout=60_000)
    button = page.remember_button
    assert not button.isEnabled()
    assert ("Von Ihrer IT abgeschaltet: die Passphrase ist bei jedem Öffnen nötig."
            in _visible_lines(page))
    button.setFocus()                       # refused: greyed out, the focus stays elsewhere
    assert not button.hasFocus()
    QTest.keyClick(button, Qt.Key_Space)    # Space on it does nothing
    assert not page.keystore.is_remembered(ctx.session.uuid)
    assert not button.isEnabled()


def test_without_a_policy_no_line_names_it(ctx, qtbot, tmp_path):
    _area, page = _security(ctx, qtbot, SettingsStore(tmp_path / "settings.ini",
                                                      policy=MachinePolicy()))
    qtbot.waitUntil(lambda: page.device_box.isVisible(), timeout=60_000)
    assert not [line for line in _visible_lines(page) if "von ihrer it" in line.lower()]


def test_the_unlock_window_says_on_a_visible_line_that_it_forbids_remembering(qtbot,
                                                                             vault_dir):
    store = DeviceKeyStore(MemoryKeyring())
    dialog = UnlockDialog(vault_dir, store=store, remember_allowed=lambda: False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.remember.isEnabled(), timeout=60_000)
    said = "Von Ihrer IT abgeschaltet: die Passphrase ist bei jedem Öffnen nötig."
    assert said in _visible_lines(dialog)
    dialog.passphrase.edit.setFocus()
    QTest.keyClick(dialog.passphrase.edit, Qt.Key_Tab)
    QTest.keyClick(dialog.passphrase.edit, Qt.Key_Tab)
    assert not dialog.remember.hasFocus()       # Tab passes the greyed box by
    QTest.keyClick(dialog.remember, Qt.Key_Space)
    assert not dialog.remember.isChecked()
    dialog.remember.hide()                      # no keychain: the line goes with the box
    assert said not in _visible_lines(dialog)


def test_a_policy_file_not_read_is_said_in_einstellungen(ctx, qtbot, tmp_path):
    """IT's file with a syntax error: Sicherheit says in a visible line (named by its
    text for a screen reader) that it was not read and the defaults apply."""
    from ssa_desktop.services.it_policy import machine_policy

    file = tmp_path / "policy.json"
    file.write_text('{"IdleLockMaxMinutes": 10', "utf-8")
    policy = machine_policy(platform="linux", file=file)
    _area, page = _security(ctx, qtbot, SettingsStore(tmp_path / "settings.ini", policy=policy))
    said = (f"Die Richtlinien-Datei Ihrer IT „{file}“ wurde nicht gelesen (kein gültiges "
            "JSON); es gelten die Voreinstellungen.")
    qtbot.waitUntil(page.policy_refused.isVisible)
    assert (page.policy_refused.text(), page.policy_refused.accessibleName()) == (said, said)
    assert page.idle.maximum() == 60   # the default


def test_a_good_policy_shows_no_such_line(ctx, qtbot, tmp_path):
    _area, page = _security(ctx, qtbot, SettingsStore(tmp_path / "settings.ini", policy=IT))
    assert not page.policy_refused.isVisible() and page.policy_refused.text() == ""


def test_the_second_backup_location_is_chosen_or_set_by_it(ctx, qtbot, tmp_path, monkeypatch):
    """Sicherheit → Tresor: „Zweiter Sicherungsort“ chosen with the folder picker (keyboard),
    removed with „Keiner“; IT's ``SecondBackupFolder`` greys both out and says so."""
    from PySide6.QtWidgets import QFileDialog

    stick = tmp_path / "USB-Stick"
    stick.mkdir()
    mine = SettingsStore(tmp_path / "settings.ini", policy=MachinePolicy())
    _area, page = _security(ctx, qtbot, mine)
    assert page.second_place.text() == "" and page.second_choose.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    page.second_choose.setFocus()
    QTest.keyClick(page.second_choose, Qt.Key_Space)
    assert SettingsStore(tmp_path / "settings.ini",
                         policy=MachinePolicy()).second_backup_folder == stick
    assert page.second_place.text() == str(stick)
    assert page.security_status.text() == "„Zweiter Sicherungsort“ gespeichert."
    page.second_none.setFocus()
    QTest.keyClick(page.second_none, Qt.Key_Space)
    assert mine.second_backup_folder is None and page.second_place.text() == ""

    ruled = SettingsStore(tmp_path / "settings.ini",
                          policy=MachinePolicy(second_backup_folder=r"\\fs01\sicherung$\anna"))
    _area, page = _security(ctx, qtbot, ruled)
    assert page.second_place.text() == r"\\fs01\sicherung$\anna"
    assert not page.second_choose.isEnabled() and not page.second_none.isEnabled()
    assert page.second_place.accessibleDescription().startswith("Von Ihrer IT festgelegt.")
