"""Where the vault lives, and what is wrong with a chosen folder.

School social work data must not end up on a school server, a network share or a
cloud-synchronised folder (docs/domain.md § 2: Trennung von Schuldaten; a sync client can
also copy a half-written database). ``location_findings`` inspects a path without
touching the network: path names, the Windows drive type and the mount table.

Everything here is a pure function of its inputs; the platform facts (mount table,
drive type, platform name) can be passed in so the rules are testable everywhere.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

APP_NAME = "SSA Desktop"
VAULT_SUBFOLDER = "tresor"

# Severity: "red" = do not use (school data separation, network), "amber" = think twice.
RED = "red"
AMBER = "amber"

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "davfs",
    "fuse.davfs", "fuse.davfs2", "webdav", "afpfs", "9p", "fuse.rclone", "fuse.gvfsd-fuse",
})

# (lowercase marker, name shown to the user); a marker matches the start of a path part.
_SYNC_PREFIXES: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("icloud", "iCloud"),
    ("mobile documents", "iCloud"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("meine ablage", "Google Drive"),
    ("seafile", "Seafile"),
    ("box sync", "Box"),
    ("magentacloud", "MagentaCLOUD"),
    ("tresorit", "Tresorit"),
)
# Exact (whole part) matches: too short to match as a prefix.
_SYNC_EXACT: dict[str, str] = {"box": "Box", "seadrive": "Seafile"}

_SCHOOL_MARKERS: tuple[str, ...] = (
    "paedml", "iserv", "schulserver", "schulnetz", "logodidact", "schulcloud", "moodle",
    "schulportal", "lernsax", "itslearning", "mebis",
)

DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass(frozen=True)
class LocationFinding:
    level: str   # RED or AMBER
    text: str    # German, one or two sentences


def default_vault_folder() -> Path:
    """The per-user data folder, e.g. ~/.local/share/SSA Desktop/tresor."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / VAULT_SUBFOLDER


def holds_vault(folder: Path | str) -> bool:
    """True when the folder already holds a vault (database or key file)."""
    from .vault import DB_NAME, KEY_NAME

    folder = Path(folder)
    return (folder / DB_NAME).exists() or (folder / KEY_NAME).exists()


# -- mount tables ----------------------------------------------------------------------
def _unescape_mount(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """``/proc/mounts`` text -> [(mount point, fs type)]."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((_unescape_mount(parts[1]), parts[2]))
    return mounts


def parse_bsd_mount_output(text: str) -> list[tuple[str, str]]:
    """Output of macOS ``mount``: '//u@srv/share on /Volumes/share (smbfs, nodev)'."""
    mounts = []
    for line in text.splitlines():
        if " on " not in line or "(" not in line:
            continue
        rest = line.split(" on ", 1)[1]
        point, _, opts = rest.rpartition(" (")
        fstype = opts.split(",", 1)[0].strip(" )")
        if point:
            mounts.append((point, fstype))
    return mounts


def system_mounts(platform: str | None = None) -> list[tuple[str, str]]:
    """The mount table of this machine (empty where it cannot be read)."""
    platform = platform or sys.platform
    if platform.startswith("linux"):
        with contextlib.suppress(OSError):
            return parse_proc_mounts(Path("/proc/mounts").read_text(encoding="utf-8",
                                                                     errors="replace"))
        return []
    if platform == "darwin":
        import subprocess

        with contextlib.suppress(Exception):
            out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=2,
                                 check=False).stdout
            return parse_bsd_mount_output(out)
    return []


def mount_type_of(path: PurePath, mounts: Iterable[tuple[str, str]]) -> str | None:
    """The fs type of the longest mount point containing ``path``."""
    best, best_len = None, -1
    text = str(path)
    for point, fstype in mounts:
        point_norm = point.rstrip("/") or "/"
        inside = (text == point_norm or point_norm == "/"
                  or text.startswith(point_norm + "/"))
        if inside and len(point_norm) > best_len:
            best, best_len = fstype, len(point_norm)
    return best


def _windows_drive_type(root: str) -> int | None:
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]
    except Exception:
        return None


# -- the rules -------------------------------------------------------------------------
def location_findings(path: Path | str, *, platform: str | None = None,
                      mounts: Iterable[tuple[str, str]] | None = None,
                      drive_type: Callable[[str], int | None] | None = None
                      ) -> list[LocationFinding]:
    """Everything that speaks against storing the vault at ``path`` (German texts).

    ``platform`` defaults to ``sys.platform``; ``mounts`` to the system mount table
    (Linux/macOS); ``drive_type`` to Windows' GetDriveTypeW.
    """
    platform = platform or sys.platform
    windows = platform.startswith("win")
    raw = str(path)
    pure: PurePath = PureWindowsPath(raw) if windows else PurePosixPath(
        os.path.abspath(os.path.expanduser(raw)) if not raw.startswith("//") else raw)
    findings: list[LocationFinding] = []

    network = False
    if raw.startswith("\\\\") or raw.startswith("//"):
        network = True
    elif windows:
        drive = pure.drive
        if drive and len(drive) == 2 and drive[1] == ":":
            kind = (drive_type or _windows_drive_type)(drive + "\\")
            network = kind == DRIVE_REMOTE
    else:
        table = system_mounts(platform) if mounts is None else mounts
        fstype = mount_type_of(pure, table)
        network = fstype is not None and (fstype.lower() in NETWORK_FS_TYPES
                                          or fstype.lower().startswith(("nfs", "cifs", "smb")))
    if network:
        findings.append(LocationFinding(RED, (
            "Dieser Ordner liegt auf einem Netzlaufwerk. Der Tresor gehört auf die Festplatte "
            "dieses Geräts: Netzlaufwerke können die Datenbank beschädigen, und andere "
            "könnten auf die Datei zugreifen.")))

    parts = [p.lower() for p in pure.parts]
    school = next((m for m in _SCHOOL_MARKERS if any(m in p for p in parts)), None)
    if school:
        findings.append(LocationFinding(RED, (
            "Dieser Ordner gehört anscheinend zum Schulnetz oder einer Schulplattform. "
            "Daten der Schulsozialarbeit müssen von Schuldaten getrennt bleiben: bitte einen "
            "Ordner auf diesem Gerät wählen.")))

    sync = None
    for part in parts:
        sync = _SYNC_EXACT.get(part) or next(
            (name for marker, name in _SYNC_PREFIXES if part.startswith(marker)), None)
        if sync:
            break
    if sync:
        findings.append(LocationFinding(AMBER, (
            f"Dieser Ordner wird anscheinend mit {sync} synchronisiert. Die verschlüsselte "
            "Datei würde in eine Cloud kopiert, und der Abgleich kann die Datenbank "
            "beschädigen. Besser einen Ordner ohne Synchronisation wählen.")))
    return findings


def location_warnings(path: Path | str, **kwargs) -> list[str]:
    """German warnings for a vault folder (see ``location_findings`` for the keywords)."""
    return [f.text for f in location_findings(path, **kwargs)]
