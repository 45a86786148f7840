"""Windows paths (as text, on any system): the local drive in its other spellings is not
a network drive; a vault folder too long for its backups is refused; a SharePoint library
is recognised by its name where the registry says nothing."""

from __future__ import annotations

from pathlib import Path

from ssa_desktop.services.sync_folders import synced_root, vault_location_notice
from ssa_desktop.storage.location import (
    MAX_VAULT_FOLDER,
    NETWORK,
    REFUSED,
    TOO_LONG,
    location_findings,
)
from ssa_desktop.storage.sync_roots import DictRegistry

ENV = {"USERPROFILE": r"C:\Users\anna", "LOCALAPPDATA": r"C:\Users\anna\AppData\Local"}
LOCAL_DISK = 3


def _findings(path: str):
    return location_findings(path, platform="win32", env=ENV, registry=DictRegistry(),
                             home=Path(r"C:\Users\anna"), drive_type=lambda root: LOCAL_DISK)


def test_the_local_drive_in_its_long_and_admin_share_spellings_is_local():
    for local in (r"\\?\C:\SSA-Daten\tresor", r"\\localhost\C$\SSA-Daten\tresor",
                  r"\\127.0.0.1\c$\SSA-Daten\tresor", r"\\.\C:\SSA-Daten\tresor"):
        assert _findings(local) == [], local
    for remote in (r"\\server\freigabe\tresor", r"\\?\UNC\server\freigabe\tresor",
                   r"\\localhost\freigabe\tresor"):
        assert [f.kind for f in _findings(remote)] == [NETWORK], remote


def test_a_vault_folder_is_refused_one_character_beyond_what_backups_leave():
    assert MAX_VAULT_FOLDER == 179   # 260 - 1 - 80 (the longest name below the folder)
    base = "C:\\SSA\\"
    fits = base + "a" * (MAX_VAULT_FOLDER - len(base))
    assert len(fits) == 179 and _findings(fits) == []
    longer = fits + "b"
    [finding] = _findings(longer)
    assert (finding.level, finding.kind) == (REFUSED, TOO_LONG)
    assert "180 Zeichen" in finding.text and "höchstens 179 Zeichen" in finding.text
    # the long spelling counts as the plain one
    assert _findings("\\\\?\\" + fits) == []
    assert location_findings("/" + "a" * 300, platform="linux", mounts=[("/", "ext4")]) == []
    notice = vault_location_notice(longer, platform="win32", env=ENV, registry=DictRegistry(),
                                   home=Path(r"C:\Users\anna"), drive_type=lambda r: LOCAL_DISK)
    assert notice is not None and notice.short == "Tresor: Ordnerpfad zu lang"


def test_a_sharepoint_library_is_known_by_its_name_without_the_registry():
    kwargs = {"platform": "win32", "env": ENV, "registry": DictRegistry(),
              "home": Path(r"C:\Users\anna")}
    for library, root in (
            (r"C:\Users\anna\Firma\Firma - Dokumente\Export\x.pdf",
             r"C:\Users\anna\Firma\Firma - Dokumente"),
            (r"C:\Users\anna\Träger\Team - Freigegebene Dokumente\t",
             r"C:\Users\anna\Träger\Team - Freigegebene Dokumente"),
            (r"D:\Site - Shared Documents\a.json", r"D:\Site - Shared Documents"),
            (r"C:\Users\anna\SharePoint\Akten\a.pdf", r"C:\Users\anna\SharePoint")):
        found = synced_root(library, **kwargs)
        assert found is not None and (found.service, found.root) == ("SharePoint", root), library
    for plain in (r"C:\Users\anna\Dokumente Schule\a.pdf", r"C:\SSA-Daten\Dokumente\x"):
        assert synced_root(plain, **kwargs) is None, plain
    [refused] = _findings(r"C:\Users\anna\Firma\Firma - Dokumente\Tresor")
    assert refused.level == REFUSED and "SharePoint" in refused.text
