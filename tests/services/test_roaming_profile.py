"""A roaming Windows profile: what roams is warned like a synced folder, the local part
is where exports start and the vault lives, and a profile IT deletes at logoff is named.
Windows is simulated: its environment and registry are given (``DictRegistry``)."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

from ssa_desktop.services.sync_folders import (
    local_export_folder,
    save_warning,
    synced_root,
    vault_location_notice,
    vault_place,
)
from ssa_desktop.storage.location import DELETED_AT_LOGOFF, RED, REFUSED, location_findings
from ssa_desktop.storage.machine_policy import MachinePolicy
from ssa_desktop.storage.sync_roots import DictRegistry, roaming_profile

ENV = {"USERPROFILE": r"C:\Users\anna", "APPDATA": r"C:\Users\anna\AppData\Roaming",
       "LOCALAPPDATA": r"C:\Users\anna\AppData\Local", "SystemDrive": "C:",
       "USERNAME": "anna"}
PROFILES = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"
ROAMING = {
    rf"{PROFILES}\S-1-5-18": {"ProfileImagePath": r"%systemroot%\system32\config\systemprofile"},
    rf"{PROFILES}\S-1-5-21-7-1001": {"ProfileImagePath": r"%SystemDrive%\Users\anna",
                                     "CentralProfile": r"\\profile01\profiles$\anna.V6"},
}
DELETE_CACHE = {r"HKLM\SOFTWARE\Policies\Microsoft\Windows\System": {"DeleteRoamingCache": 1}}
VAULT = r"C:\Users\anna\AppData\Local\SSA Desktop\tresor"


def where(**keys):
    return {"platform": "win32", "env": ENV, "registry": DictRegistry(keys),
            "home": Path(r"C:\Users\anna"), "drive_type": lambda root: 3}


def test_a_roaming_profile_is_recognised_by_its_central_profile():
    found = roaming_profile(platform="win32", env=ENV, registry=DictRegistry(ROAMING))
    assert found is not None
    assert found.central == r"\\profile01\profiles$\anna.V6"
    assert not found.delete_cached_copy
    assert roaming_profile(platform="win32", env=ENV, registry=DictRegistry(
        {**ROAMING, **DELETE_CACHE})).delete_cached_copy
    local_only = {rf"{PROFILES}\S-1-5-21-7-1001": {"ProfileImagePath": r"C:\Users\anna"}}
    assert roaming_profile(platform="win32", env=ENV, registry=DictRegistry(local_only)) is None
    assert roaming_profile(platform="linux", env=ENV, registry=DictRegistry(ROAMING)) is None


def test_what_roams_is_a_synced_place_and_the_local_part_is_not():
    kwargs = where(**ROAMING)
    kwargs.pop("drive_type")
    for roams in (r"C:\Users\anna\SSA-Export\auskunft.pdf",
                  r"C:\Users\anna\AppData\Roaming\x.json", r"C:\Users\anna\Desktop\blatt.pdf"):
        root = synced_root(roams, **kwargs)
        assert root is not None and root.service == "Roaming-Profil", roams
        assert root.root == r"C:\Users\anna"
    for stays in (r"C:\Users\anna\AppData\Local\SSA Desktop\Export\a.pdf",
                  r"C:\Users\anna\AppData\LocalLow\x", r"C:\SSA-Daten\anna\a.pdf"):
        assert synced_root(stays, **kwargs) is None, stays
    plain = where()
    plain.pop("drive_type")
    assert synced_root(r"C:\Users\anna\SSA-Export\auskunft.pdf", **plain) is None


def test_saving_into_the_roaming_part_is_warned_in_her_words():
    kwargs = where(**ROAMING)
    kwargs.pop("drive_type")
    path = r"C:\Users\anna\Desktop\Notfallblatt.pdf"
    text = save_warning(PureWindowsPath(path), synced_root(path, **kwargs))
    assert "Roaming-Profil" in text and "Profilserver" in text and "Notfallblatt.pdf" in text
    assert "Cloud" not in text


def test_exports_start_in_the_local_app_data_folder_or_where_it_says():
    export = local_export_folder(platform="win32", env=ENV, registry=DictRegistry(ROAMING),
                                 home=Path(r"C:\Users\anna"), policy=MachinePolicy())
    assert str(export).replace("/", "\\") == r"C:\Users\anna\AppData\Local\SSA Desktop\Export"
    it_says = local_export_folder(platform="win32", env=ENV, registry=DictRegistry(),
                                  policy=MachinePolicy(export_folder=r"D:\Export\%USERNAME%"))
    assert str(it_says).replace("/", "\\") == r"D:\Export\anna"


def test_a_vault_in_the_roaming_part_is_refused_and_one_deleted_at_logoff_is_named():
    roams = location_findings(r"C:\Users\anna\Tresor", **where(**ROAMING))
    assert [f.level for f in roams] == [REFUSED]
    assert "Roaming-Profil" in roams[0].text and "Profilserver" in roams[0].text
    assert location_findings(VAULT, **where(**ROAMING)) == []
    deleted = location_findings(VAULT, **where(**ROAMING, **DELETE_CACHE))
    assert [(f.level, f.kind) for f in deleted] == [(RED, DELETED_AT_LOGOFF)]
    assert "bei jeder Abmeldung löschen" in deleted[0].text
    assert location_findings(r"C:\SSA-Daten\anna", **where(**ROAMING, **DELETE_CACHE)) == []
    notice = vault_location_notice(VAULT, **where(**ROAMING, **DELETE_CACHE))
    assert notice is not None and notice.short == "Tresor: wird bei der Abmeldung gelöscht"


def test_where_the_vault_lives_and_whether_that_is_safe():
    assert vault_place(VAULT, **where()).text == (
        f"Der Tresor liegt in „{VAULT}“ auf diesem Gerät. Der Ordner wird nicht "
        "synchronisiert und nicht auf einen Server kopiert. Das ist sicher.")
    roaming = vault_place(VAULT, **where(**ROAMING))
    assert roaming.safe and "lokalen Teil" in roaming.text
    deleted = vault_place(VAULT, **where(**ROAMING, **DELETE_CACHE))
    assert not deleted.safe and "bei jeder Abmeldung löschen" in deleted.text
