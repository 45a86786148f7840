"""Vault location warnings: network shares, sync folders, school servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssa_desktop.storage.location import (
    AMBER,
    RED,
    REFUSED,
    default_vault_folder,
    holds_vault,
    location_findings,
    mount_type_of,
    parse_bsd_mount_output,
    parse_proc_mounts,
)
from ssa_desktop.storage.machine_policy import POLICY_KEY, MachinePolicy
from ssa_desktop.storage.sync_roots import DictRegistry
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

LOCAL_MOUNTS = [("/", "ext4"), ("/boot", "vfat")]
PROC_MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
//fs01/share /mnt/team cifs rw,vers=3.0 0 0
srv:/export/home /mnt/nfs\\040home nfs4 rw 0 0
user@host:/data /home/kim/sshfs fuse.sshfs rw 0 0
https://dav.example/remote.php /home/kim/dav davfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def levels(path, **kw):
    return [f.level for f in location_findings(path, **kw)]


def test_default_folder_is_the_user_data_folder(_isolated_home):
    folder = default_vault_folder()
    assert folder.name == "tresor"
    assert folder.parent.name == "SSA Desktop"
    assert str(folder).startswith(str(_isolated_home))


def _warnings(path, **kwargs) -> list[str]:
    return [f.text for f in location_findings(path, **kwargs)]


def test_plain_local_folder_has_no_warning():
    assert _warnings("/home/kim/.local/share/SSA Desktop/tresor", platform="linux",
                             mounts=LOCAL_MOUNTS) == []


def test_parse_proc_mounts_unescapes_spaces():
    mounts = parse_proc_mounts(PROC_MOUNTS)
    assert ("/mnt/nfs home", "nfs4") in mounts
    assert ("/mnt/team", "cifs") in mounts
    assert len(mounts) == 6


@pytest.mark.parametrize("path", ["/mnt/team/ssa", "/mnt/nfs home/kim/tresor",
                                  "/home/kim/sshfs/tresor", "/home/kim/dav"])
def test_network_mounts_are_red(path):
    found = location_findings(path, platform="linux", mounts=parse_proc_mounts(PROC_MOUNTS))
    assert [f.level for f in found] == [RED]
    assert "Netzlaufwerk" in found[0].text


def test_longest_mount_point_wins_and_prefix_is_not_a_parent():
    mounts = parse_proc_mounts(PROC_MOUNTS)
    assert mount_type_of(Path("/tmp/x"), mounts) == "tmpfs"
    assert mount_type_of(Path("/mnt/teamwork/x"), mounts) == "ext4"  # not under /mnt/team
    assert levels("/mnt/teamwork/x", platform="linux", mounts=mounts) == []


def test_macos_mount_output_is_parsed():
    out = ("/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
           "//kim@nas/ssa on /Volumes/ssa (smbfs, nodev, nosuid, mounted by kim)\n")
    mounts = parse_bsd_mount_output(out)
    assert ("/Volumes/ssa", "smbfs") in mounts
    assert levels("/Volumes/ssa/tresor", platform="darwin", mounts=mounts) == [RED]


@pytest.mark.parametrize("path", [r"\\schulserver\home\kim", r"\\nas01\daten\tresor"])
def test_unc_paths_are_network(path):
    texts = _warnings(path, platform="win32", drive_type=lambda root: 3)
    assert any("Netzlaufwerk" in t for t in texts)


def test_windows_network_drive_by_drive_type():
    seen = []

    def drive_type(root):
        seen.append(root)
        return 4 if root == "H:\\" else 3

    assert levels(r"H:\SSA\tresor", platform="win32", drive_type=drive_type) == [RED]
    assert levels(r"C:\Users\kim\AppData\Local\SSA Desktop\tresor", platform="win32",
                  drive_type=drive_type) == []
    assert seen == ["H:\\", "C:\\"]


@pytest.mark.parametrize("path,service", [
    (r"C:\Users\kim\OneDrive - Jugendhilfe e.V.\SSA", "OneDrive"),
    ("/home/kim/Dropbox/ssa", "Dropbox"),
    ("/home/kim/Nextcloud/tresor", "Nextcloud"),
    ("/home/kim/ownCloud/tresor", "ownCloud"),
    ("/Users/kim/Library/Mobile Documents/com~apple~CloudDocs/ssa", "iCloud"),
    ("/Users/kim/iCloud Drive/ssa", "iCloud"),
    (r"G:\My Drive\ssa", "Google Drive"),
    ("/Users/kim/GoogleDrive/ssa", "Google Drive"),
    ("/home/kim/Seafile/Meine Bibliothek/ssa", "Seafile"),
    ("/Users/kim/Box/ssa", "Box"),
])
def test_sync_folders_are_refused(path, service):
    platform = "win32" if ":" in path else "linux"
    found = location_findings(path, platform=platform, mounts=LOCAL_MOUNTS,
                              drive_type=lambda root: 3, env={}, registry=DictRegistry())
    assert [f.level for f in found] == [REFUSED]
    assert service in found[0].text


def test_a_sharepoint_library_is_refused_naming_service_and_path():
    library = r"C:\Users\anna\Jugendhilfe Nord e.V\Schulsozialarbeit - Dokumente"
    registry = DictRegistry({
        r"HKCU\Software\Microsoft\OneDrive\Accounts\Business1\Tenants\Jugendhilfe Nord e.V":
            {library: 1}})
    found = location_findings(library + r"\Tresor", platform="win32", env={},
                              registry=registry, drive_type=lambda root: 3)
    assert [f.level for f in found] == [REFUSED]
    assert "SharePoint" in found[0].text and library in found[0].text


def test_it_policy_turns_the_refusal_into_a_warning():
    registry = DictRegistry({POLICY_KEY: {"AllowSyncedVaultFolder": 1}})
    found = location_findings(r"C:\Users\anna\OneDrive\SSA", platform="win32", env={},
                              registry=registry, drive_type=lambda root: 3)
    assert [f.level for f in found] == [AMBER]
    assert "IT erlaubt" in found[0].text
    found = location_findings("/home/kim/Dropbox/ssa", platform="linux", env={},
                              mounts=LOCAL_MOUNTS,
                              policy=MachinePolicy(allow_synced_vault_folder=True))
    assert [f.level for f in found] == [AMBER]


def test_box_only_as_a_whole_folder_name():
    assert levels("/home/kim/Mailbox/ssa", platform="linux", mounts=LOCAL_MOUNTS) == []
    assert levels("/home/kim/Toolbox/ssa", platform="linux", mounts=LOCAL_MOUNTS) == []


@pytest.mark.parametrize("path", [
    "/home/kim/paedML/home/ssa", "/srv/IServ/kim", "/mnt/Schulserver/ssa",
    r"C:\Schulnetz\Lehrer\ssa", "/home/kim/logodidact/ssa", "/home/kim/schulcloud/x",
    "/home/kim/moodle-daten/ssa",
])
def test_school_server_paths_are_red(path):
    platform = "win32" if ":" in path else "linux"
    found = location_findings(path, platform=platform, mounts=LOCAL_MOUNTS,
                              drive_type=lambda root: 3)
    assert RED in [f.level for f in found]
    assert any("Schuldaten" in f.text for f in found)


def test_several_findings_add_up():
    found = location_findings(r"\\iserv\home\OneDrive\ssa", platform="win32",
                              drive_type=lambda root: 3, env={}, registry=DictRegistry())
    assert [f.level for f in found] == [RED, RED, REFUSED]


def test_holds_vault(tmp_path):
    folder = tmp_path / "tresor"
    assert not holds_vault(folder)
    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    session.lock()
    assert holds_vault(folder)
    (folder / "vault.ssadb").unlink()
    assert holds_vault(folder)  # the key file alone still marks it
