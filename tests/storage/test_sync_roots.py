"""Sync roots: which cloud service copies a folder, found as each client records it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.storage.machine_policy import POLICY_KEY, MachinePolicy, machine_policy
from ssa_desktop.storage.sync_roots import (
    DROPBOX,
    GOOGLE_DRIVE,
    ICLOUD,
    NEXTCLOUD,
    ONEDRIVE,
    ONEDRIVE_BUSINESS,
    OWNCLOUD,
    SHAREPOINT,
    DictRegistry,
    sync_root_of,
)

WIN_ENV = {"USERPROFILE": r"C:\Users\anna", "APPDATA": r"C:\Users\anna\AppData\Roaming",
           "LOCALAPPDATA": r"C:\Users\anna\AppData\Local"}
ACCOUNTS = r"HKCU\Software\Microsoft\OneDrive\Accounts"
TENANT_LIBRARY = r"C:\Users\anna\Jugendhilfe Nord e.V\Schulsozialarbeit - Dokumente"
ANNA_REGISTRY = DictRegistry({
    rf"{ACCOUNTS}\Personal": {"UserFolder": r"C:\Users\anna\OneDrive"},
    rf"{ACCOUNTS}\Business1": {"UserFolder": r"C:\Users\anna\OneDrive - Jugendhilfe Nord e.V",
                               "Business": 1},
    rf"{ACCOUNTS}\Business1\Tenants\Jugendhilfe Nord e.V": {TENANT_LIBRARY: 1},
    r"HKCU\Software\SyncEngines\Providers\OneDrive\a1b2": {
        "MountPoint": r"D:\Team\Fallakten", "UrlNamespace": "https://x.sharepoint.com/"},
    (r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\SyncRootManager"
     r"\Dropbox!S-1-5-21-1!Personal\UserSyncRoots"): {"S-1-5-21-1": r"E:\Kiste"},
})


def win(path, registry=ANNA_REGISTRY, env=WIN_ENV, **kw):
    return sync_root_of(path, platform="win32", env=env, registry=registry, **kw)


def test_a_sharepoint_library_without_a_telling_name_is_found_by_the_registry():
    found = win(TENANT_LIBRARY + r"\Tresor")
    assert found.service == SHAREPOINT
    assert found.root == TENANT_LIBRARY
    assert found.source == "registry"


@pytest.mark.parametrize("path,service,root", [
    (r"C:\Users\anna\OneDrive\Dokumente\Export.xlsx", ONEDRIVE, r"C:\Users\anna\OneDrive"),
    (r"c:\users\ANNA\onedrive - jugendhilfe nord e.v\Desktop\x.pdf", ONEDRIVE_BUSINESS,
     r"C:\Users\anna\OneDrive - Jugendhilfe Nord e.V"),
    (r"D:\Team\Fallakten\2026", ONEDRIVE, r"D:\Team\Fallakten"),
    (r"E:\Kiste\ssa", DROPBOX, r"E:\Kiste"),
])
def test_windows_records(path, service, root):
    found = win(path)
    assert (found.service, found.root) == (service, root)


def test_what_a_onedrive_account_records_names_its_service():
    """An account is a business one by its name ("Business1") or by its "Business" value;
    the libraries it caches are SharePoint for a business account and OneDrive for a
    personal one; a tenant key's unnamed default value names no folder."""
    registry = DictRegistry({
        rf"{ACCOUNTS}\Konto": {"UserFolder": r"C:\Users\anna\OneDrive - Träger", "Business": 1},
        rf"{ACCOUNTS}\Konto\Tenants\Träger": {"": r"C:\Users\anna"},
        rf"{ACCOUNTS}\Personal": {"UserFolder": r"C:\Users\anna\OneDrive"},
        rf"{ACCOUNTS}\Personal\ScopeIdToMountPointPathCache": {"id1": r"D:\Geteilt"},
    })
    assert win(r"C:\Users\anna\OneDrive - Träger\x", registry=registry).service == ONEDRIVE_BUSINESS
    assert win(r"D:\Geteilt\x", registry=registry).service == ONEDRIVE
    assert win(r"C:\Users\anna\SSA-Export\x", registry=registry) is None


def test_local_windows_folders_are_not_synced():
    for path in (r"C:\Users\anna\AppData\Local\SSA Desktop\tresor", r"C:\SSA",
                 r"C:\Users\anna\SSA-Export", r"C:\Users\anna\Jugendhilfe Nord e.V"):
        assert win(path) is None


def test_a_prefix_of_a_name_is_no_parent():
    assert win(r"D:\Team\Fallakten-alt\x") is None


def test_environment_variables_of_onedrive():
    env = dict(WIN_ENV, OneDriveCommercial=r"C:\Users\anna\OneDrive - Träger",
               OneDriveConsumer=r"C:\Users\anna\OneDrive")
    found = win(r"C:\Users\anna\OneDrive - Träger\Dokumente", registry=DictRegistry(), env=env)
    assert (found.service, found.source) == (ONEDRIVE_BUSINESS, "environment")
    found = win(r"C:\Users\anna\OneDrive\Bilder", registry=DictRegistry(), env=env)
    assert found.service == ONEDRIVE
    # a folder renamed by IT (no telling name): found by the variable only
    env = dict(WIN_ENV, OneDrive=r"C:\Daten\Cloud")
    assert win(r"C:\Daten\Cloud\x", registry=DictRegistry(), env=env).root == r"C:\Daten\Cloud"


def test_the_innermost_root_wins():
    registry = DictRegistry({
        rf"{ACCOUNTS}\Business1": {"UserFolder": r"C:\Users\anna\Cloud"},
        rf"{ACCOUNTS}\Business1\ScopeIdToMountPointPathCache": {"x": r"C:\Users\anna\Cloud\Lib"},
    })
    assert win(r"C:\Users\anna\Cloud\Lib\a", registry=registry).service == SHAREPOINT


def test_nextcloud_and_owncloud_configuration(tmp_path):
    home = tmp_path / "home"
    config = home / ".config" / "Nextcloud"
    config.mkdir(parents=True)
    synced = tmp_path / "Arbeit"
    (config / "nextcloud.cfg").write_text(
        f"[Accounts]\n0\\Folders\\1\\localPath={synced}/\n0\\Folders\\1\\paused=false\n")
    oc = home / ".config" / "ownCloud"
    oc.mkdir()
    (oc / "owncloud.cfg").write_text(f"[Accounts]\n0\\Folders\\2\\localPath={tmp_path}/oc\n")
    found = sync_root_of(synced / "SSA" / "export.xlsx", platform="linux", env={}, home=home)
    assert (found.service, found.root, found.source) == (NEXTCLOUD, str(synced), "config")
    assert sync_root_of(tmp_path / "oc" / "x", platform="linux", env={},
                        home=home).service == OWNCLOUD
    assert sync_root_of(tmp_path / "lokal", platform="linux", env={}, home=home) is None


def test_nextcloud_on_windows_from_appdata(tmp_path):
    appdata = tmp_path / "Roaming"
    (appdata / "Nextcloud").mkdir(parents=True)
    (appdata / "Nextcloud" / "nextcloud.cfg").write_text(
        "[Accounts]\n0\\Folders\\1\\localPath=C:/Users/anna/Dienst/\n")
    env = dict(WIN_ENV, APPDATA=str(appdata))
    found = win(r"C:\Users\anna\Dienst\x.pdf", registry=DictRegistry(), env=env)
    assert (found.service, found.root) == (NEXTCLOUD, r"C:\Users\anna\Dienst")


@pytest.mark.parametrize("marker,service", [
    (".sync_3f2a9c.db", NEXTCLOUD), ("._sync_3f2a9c.db", NEXTCLOUD),
    (".owncloudsync.log", NEXTCLOUD), (".dropbox", DROPBOX),
])
def test_marker_files_in_a_parent(tmp_path, marker, service):
    root = tmp_path / "Ablage"
    (root / "a" / "b").mkdir(parents=True)
    (root / marker).write_text("")
    found = sync_root_of(root / "a" / "b" / "neu.pdf", platform="linux", env={},
                         home=tmp_path / "home")
    assert (found.service, found.root, found.source) == (service, str(root), "marker")


def test_dropbox_configuration_folder_in_home_is_no_marker(tmp_path):
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)  # Dropbox's settings on Linux, not a root
    (home / "SSA-Export").mkdir()
    assert sync_root_of(home / "SSA-Export" / "x.pdf", platform="linux", env={},
                        home=home) is None


def test_dropbox_info_json(tmp_path):
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)
    (home / ".dropbox" / "info.json").write_text(json.dumps(
        {"personal": {"path": str(tmp_path / "Privat")},
         "business": {"path": str(tmp_path / "Jugendhilfe (Team)")}}))
    assert sync_root_of(tmp_path / "Jugendhilfe (Team)" / "x", platform="linux", env={},
                        home=home).service == DROPBOX
    appdata = tmp_path / "Local"
    (appdata / "Dropbox").mkdir(parents=True)
    (appdata / "Dropbox" / "info.json").write_text(json.dumps(
        {"business": {"path": r"C:\Users\anna\Träger Dropbox"}}))
    found = win(r"C:\Users\anna\Träger Dropbox\a", registry=DictRegistry(),
                env=dict(WIN_ENV, LOCALAPPDATA=str(appdata)))
    assert found.service == DROPBOX and found.source == "config"


def test_icloud_and_macos_cloud_storage(tmp_path):
    home = tmp_path / "anna"
    cloud = home / "Library" / "CloudStorage"
    (cloud / "OneDrive-JugendhilfeNord").mkdir(parents=True)
    (cloud / "GoogleDrive-anna@example.org").mkdir()
    mac = {"platform": "darwin", "env": {}, "home": home}
    assert sync_root_of(home / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "x",
                        **mac).service == ICLOUD
    assert sync_root_of(cloud / "OneDrive-JugendhilfeNord" / "x", **mac).service == ONEDRIVE
    assert sync_root_of(cloud / "GoogleDrive-anna@example.org" / "My Drive",
                        **mac).service == GOOGLE_DRIVE
    assert win(r"C:\Users\anna\iCloudDrive\ssa", registry=DictRegistry()).service == ICLOUD


@pytest.mark.parametrize("path,service", [
    ("/home/kim/Dropbox/ssa", DROPBOX), ("/home/kim/Nextcloud/tresor", NEXTCLOUD),
    (r"G:\My Drive\ssa", GOOGLE_DRIVE), (r"G:\Meine Ablage\ssa", GOOGLE_DRIVE),
    ("/Users/kim/Box/ssa", "Box"),
])
def test_folder_names_as_the_last_hint(path, service):
    platform = "win32" if ":" in path else "linux"
    found = sync_root_of(path, platform=platform, env={}, registry=DictRegistry(),
                         home="/nonexistent")
    assert (found.service, found.source) == (service, "name")


def test_name_hint_root_is_the_named_folder():
    found = sync_root_of(r"C:\Users\kim\OneDrive - X\a\b", platform="win32", env={},
                         registry=DictRegistry())
    assert found.root == r"C:\Users\kim\OneDrive - X"


# -- the machine policy ----------------------------------------------------------------
def test_policy_off_by_default(tmp_path):
    assert machine_policy(platform="win32", registry=DictRegistry()) == MachinePolicy()
    assert machine_policy(platform="linux", file=tmp_path / "missing.json") == MachinePolicy()


@pytest.mark.parametrize("value,allowed", [(1, True), (0, False), ("1", True), ("nein", False)])
def test_policy_from_the_windows_registry(value, allowed):
    registry = DictRegistry({POLICY_KEY: {"AllowSyncedVaultFolder": value}})
    assert machine_policy(platform="win32",
                          registry=registry).allow_synced_vault_folder is allowed


def test_policy_file_elsewhere(tmp_path):
    file = tmp_path / "policy.json"
    file.write_text('{"AllowSyncedVaultFolder": true}')
    assert machine_policy(platform="linux", file=file).allow_synced_vault_folder
    file.write_text("kaputt")
    assert not machine_policy(platform="linux", file=file).allow_synced_vault_folder


# -- properties -------------------------------------------------------------------------
_PART = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd"),
                              whitelist_characters=" -_.äöüß"), min_size=1, max_size=12).map(str.strip).filter(lambda p: p not in ("", ".", ".."))


@given(below=st.lists(_PART, max_size=4), upper=st.booleans())
def test_every_path_below_a_recorded_root_is_found_whatever_its_case(below, upper):
    path = "\\".join([TENANT_LIBRARY, *below])
    found = win(path.upper() if upper else path)
    assert (found.service, found.root) == (SHAREPOINT, TENANT_LIBRARY)


@given(suffix=_PART)
def test_a_sibling_that_only_starts_like_a_root_is_not_inside(suffix):
    found = win(rf"D:\Team\Fallakten{suffix}\x")
    assert found is None or found.root != r"D:\Team\Fallakten"


# -- the path is resolved before it is compared (a link, a relative path, Windows forms) ---
def _nextcloud_home(tmp_path):
    home = tmp_path / "home"
    (home / ".config" / "Nextcloud").mkdir(parents=True)
    cloud = home / "Traeger-Cloud"
    cloud.mkdir()
    (home / ".config" / "Nextcloud" / "nextcloud.cfg").write_text(
        f"[Accounts]\n0\\Folders\\1\\localPath={cloud}/\n")
    return home, cloud


def test_a_link_into_a_synced_folder_is_found(tmp_path):
    home, cloud = _nextcloud_home(tmp_path)
    (home / "Berichte").symlink_to(cloud)
    found = sync_root_of(home / "Berichte" / "bericht.pdf", platform="linux", env={},
                         home=home)
    assert found is not None and (found.service, found.root) == (NEXTCLOUD, str(cloud))


def test_a_synced_root_reached_through_a_link_is_found(tmp_path):
    # the client records the link, the file is named by the real folder
    home = tmp_path / "home"
    (home / ".config" / "Nextcloud").mkdir(parents=True)
    real = tmp_path / "daten" / "cloud"
    real.mkdir(parents=True)
    (home / "Cloud").symlink_to(real)
    (home / ".config" / "Nextcloud" / "nextcloud.cfg").write_text(
        f"[Accounts]\n0\\Folders\\1\\localPath={home / 'Cloud'}\n")
    assert sync_root_of(real / "x.pdf", platform="linux", env={}, home=home).service == NEXTCLOUD


def test_a_relative_path_is_taken_from_the_current_folder(tmp_path, monkeypatch):
    home, cloud = _nextcloud_home(tmp_path)
    (home / "Berichte").symlink_to(cloud)
    monkeypatch.chdir(home)
    for typed in ("Berichte/bericht.pdf", "Traeger-Cloud/x.pdf", "./Berichte/../Berichte/x"):
        found = sync_root_of(typed, platform="linux", env={}, home=home)
        assert found is not None and found.service == NEXTCLOUD, typed


def test_a_vault_folder_behind_a_link_is_refused(tmp_path):
    from ssa_desktop.services.sync_folders import vault_folder_refusal

    home, cloud = _nextcloud_home(tmp_path)
    (home / "Berichte").symlink_to(cloud)
    assert vault_folder_refusal(home / "Berichte" / "Tresor", platform="linux", env={},
                                home=home, policy=MachinePolicy())


TRAEGER_REGISTRY = DictRegistry({
    rf"{ACCOUNTS}\Business1": {"UserFolder": r"C:\Users\anna\OneDrive - Traeger"},
    rf"{ACCOUNTS}\Business1\Tenants\Traeger": {r"C:\Users\anna\Traeger gGmbH": 1},
})


def _long(path: str) -> str:
    """The long names of this simulated Windows file system (GetLongPathNameW)."""
    return path.replace("TRAEGE~1", "Traeger gGmbH").replace("traege~1", "Traeger gGmbH")


@pytest.mark.parametrize("path", [
    r"C:\Users\anna\SSA-Export\..\Traeger gGmbH\x.json",
    r"C:\Users\anna\.\Traeger gGmbH\x.json",
    r"\\?\C:\Users\anna\Traeger gGmbH\x.json",
    r"\\localhost\C$\Users\anna\Traeger gGmbH\x.json",
    r"\\127.0.0.1\c$\Users\anna\Traeger gGmbH\x.json",
    r"\\?\UNC\localhost\C$\Users\anna\Traeger gGmbH\x.json",
    r"//localhost/C$/Users/anna/Traeger gGmbH/x.json",
    r"C:\Users\anna\TRAEGE~1\x.json",
    r"\\?\C:\Users\anna\TRAEGE~1\..\TRAEGE~1\x.json",
])
def test_every_windows_spelling_of_a_synced_folder_is_found(path):
    found = sync_root_of(path, platform="win32", env={"USERPROFILE": r"C:\Users\anna"},
                         registry=TRAEGER_REGISTRY, home=None, long_path=_long)
    assert found is not None and found.service == SHAREPOINT, path
    assert found.root.lower() == r"c:\users\anna\traeger ggmbh"


def test_a_root_recorded_with_a_short_name_or_prefix_holds_the_long_path():
    registry = DictRegistry({rf"{ACCOUNTS}\Business1\Tenants\T": {r"\\?\C:\Users\anna\TRAEGE~1": 1}})
    found = sync_root_of(r"C:\Users\anna\Traeger gGmbH\x.json", platform="win32", env={},
                         registry=registry, long_path=_long)
    assert found is not None and found.service == SHAREPOINT


def test_other_shares_and_other_folders_stay_what_they_are():
    env = {"USERPROFILE": r"C:\Users\anna"}
    assert sync_root_of(r"\\server\C$\Users\anna\Traeger gGmbH\x.json", platform="win32",
                        env=env, registry=TRAEGER_REGISTRY, long_path=_long) is None
    assert sync_root_of(r"C:\Users\anna\Traeger gGmbH\..\SSA-Export\x.json", platform="win32",
                        env=env, registry=TRAEGER_REGISTRY, long_path=_long) is None


_SPELLINGS = (lambda p: p, lambda p: "\\\\?\\" + p, lambda p: p.replace("/", "\\"),
              lambda p: "\\\\localhost\\C$" + p[2:], lambda p: "\\\\127.0.0.1\\c$" + p[2:],
              lambda p: "\\\\?\\UNC\\localhost\\C$" + p[2:], lambda p: p.replace("\\", "/"))


@given(below=st.lists(_PART, min_size=1, max_size=4), detour=_PART,
       spelling=st.sampled_from(_SPELLINGS), upper=st.booleans())
def test_every_spelling_of_a_path_below_a_root_is_found(below, detour, spelling, upper):
    # a detour out and back in (``x\..``) before the last part, any form of the drive
    parts = [*below[:-1], detour, "..", below[-1]]
    path = spelling("\\".join([TENANT_LIBRARY, *parts]))
    found = win(path.upper() if upper else path)
    assert found is not None and found.service == SHAREPOINT, path
    assert found.root.lower() == TENANT_LIBRARY.lower()
