"""The wizard's folder page says where the vault lives and whether that is safe, also on
a roaming Windows profile (simulated: Windows' environment and registry are given)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.sync_roots import DictRegistry
from ssa_desktop.ui.vault.wizard import PAGE_LOCATION, FirstRunWizard
from tests.conftest import FAST_KDF

PROFILES = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"
DELETE_CACHE = r"HKLM\SOFTWARE\Policies\Microsoft\Windows\System"


@pytest.fixture
def store():
    from keyring.backends import fail

    return DeviceKeyStore(fail.Keyring())


def _wizard(qtbot, tmp_path, store, *, delete_cache: bool) -> tuple[FirstRunWizard, dict]:
    profile = tmp_path / "anna"
    local = profile / "AppData" / "Local"
    local.mkdir(parents=True)
    keys = {rf"{PROFILES}\S-1-5-21-7-1001": {"ProfileImagePath": str(profile),
                                             "CentralProfile": r"\\profile01\anna.V6"}}
    if delete_cache:
        keys[DELETE_CACHE] = {"DeleteRoamingCache": 1}
    kwargs = {"platform": "win32", "drive_type": lambda root: 3, "registry": DictRegistry(keys),
              "env": {"USERPROFILE": str(profile), "LOCALAPPDATA": str(local)}}
    wizard = FirstRunWizard(local / "SSA Desktop" / "tresor", store=store, kdf_params=FAST_KDF,
                            location_kwargs=kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    QTest.keyClick(wizard, Qt.Key_Return)  # Weiter, from the welcome page
    assert wizard.currentId() == PAGE_LOCATION
    return wizard, {"profile": profile, "local": local}


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(edit, text)


def test_the_proposed_folder_is_named_safe_and_the_roaming_part_is_refused(qtbot, tmp_path,
                                                                           store):
    wizard, where = _wizard(qtbot, tmp_path, store, delete_cache=False)
    page = wizard.location
    proposed = where["local"] / "SSA Desktop" / "tresor"
    assert page.ok_label.text() == (
        f"✓ Der Tresor liegt in „{proposed}“ auf diesem Gerät. Ihr Windows-Profil ist "
        "servergespeichert (Roaming-Profil); dieser Ordner gehört zu seinem lokalen Teil, "
        "der nicht auf den Profilserver kopiert wird, und er wird nicht synchronisiert. "
        "Das ist sicher.")
    assert page.isComplete()
    _type(qtbot, page.folder_edit, str(where["profile"] / "Tresor"))
    assert page.ok_label.text() == ""
    assert not page.isComplete() and page.override.isHidden()
    assert "Roaming-Profil" in page.warning_texts()[0]


def test_a_profile_deleted_at_logoff_is_named_before_the_vault_is_made(qtbot, tmp_path, store):
    wizard, where = _wizard(qtbot, tmp_path, store, delete_cache=True)
    page = wizard.location
    assert page.ok_label.text() == ""
    assert [label.property("level") for label in page.warning_labels] == ["red"]
    assert "bei jeder Abmeldung löschen" in page.warning_texts()[0]
    assert page.warning_labels[0].accessibleName() == page.warning_texts()[0]
    assert not page.isComplete()
    outside = tmp_path / "SSA-Daten" / "anna"
    _type(qtbot, page.folder_edit, str(outside))
    assert page.warning_texts() == [] and page.isComplete()
    assert "Das ist sicher." in page.ok_label.text()
