"""Where the vault lives, and what is wrong with a chosen folder.

School social work data must not end up on a school server, a network share or a
cloud-synchronised folder (docs/domain.md § 2: Trennung von Schuldaten; a sync client can
also copy a half-written database). ``location_findings`` inspects a path without
touching the network: path names, the Windows drive type, the mount table and the sync
clients' records (``sync_roots``). A synced folder is refused unless IT's machine policy
allows it (``machine_policy``).

Everything here is a pure function of its inputs; the platform facts (mount table,
drive type, platform name) can be passed in so the rules are testable everywhere.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from .sync_roots import (
    ROAMING,
    RegistryReader,
    SyncRoot,
    in_profile,
    local_windows_form,
    roaming_profile,
    sync_root_of,
    vanishing_profile,
)

if TYPE_CHECKING:
    from .machine_policy import MachinePolicy

APP_NAME = "SSA Desktop"
VAULT_SUBFOLDER = "tresor"

# Severity: "red" = do not use (school data separation, network), "amber" = think twice,
# "refused" = not possible at all (a synced folder, unless IT's machine policy allows it).
RED = "red"
AMBER = "amber"
REFUSED = "refused"

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "davfs",
    "fuse.davfs", "fuse.davfs2", "webdav", "afpfs", "9p", "fuse.rclone", "fuse.gvfsd-fuse",
})

_SCHOOL_MARKERS: tuple[str, ...] = (
    "paedml", "iserv", "schulserver", "schulnetz", "logodidact", "schulcloud", "moodle",
    "schulportal", "lernsax", "itslearning", "mebis",
)

DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass(frozen=True)
class LocationFinding:
    level: str   # RED, AMBER or REFUSED
    text: str    # German, one or two sentences
    kind: str = ""   # NETWORK, SCHOOL or SYNCED
    root: SyncRoot | None = None   # SYNCED: the sync root holding the path


NETWORK = "network"
SCHOOL = "school"
SYNCED = "synced"
DELETED_AT_LOGOFF = "deleted at logoff"
PROFILE_MAY_VANISH = "profile may vanish"   # FSLogix container, CleanupProfiles
TOO_LONG = "too long"

# Windows: a path of more than MAX_PATH (260) characters is out of reach of many programs
# (Explorer, backup and antivirus tools), whatever our manifest allows. The vault writes up
# to VAULT_RESERVE characters below its folder (``backups\vor-neuem-schluessel-….ssabak``
# and the temporary name it is written under first), so its folder may be this long:
WINDOWS_MAX_PATH = 260
VAULT_RESERVE = 80
MAX_VAULT_FOLDER = WINDOWS_MAX_PATH - 1 - VAULT_RESERVE


def default_vault_folder() -> Path:
    """The per-user data folder, e.g. ~/.local/share/SSA Desktop/tresor."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / VAULT_SUBFOLDER


def holds_vault(folder: Path | str) -> bool:
    """True when the folder already holds a vault (database or key file)."""
    from .vault import DB_NAME, KEY_NAME

    folder = Path(folder)
    return (folder / DB_NAME).exists() or (folder / KEY_NAME).exists()


def takes_new_folder(folder: Path | str) -> bool:
    """True when a folder can be made in ``folder`` (probed with one that is removed at
    once; a refusal answers at once, also on Windows: ``files.create_fresh``)."""
    from .files import create_fresh

    try:
        os.rmdir(create_fresh(Path(folder), ".ssa-probe-", directory=True))
    except OSError:
        return False
    return True


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
    if sys.platform != "win32":  # GetDriveTypeW is Windows' own
        return None
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(root))
    except Exception:
        return None


# -- the rules -------------------------------------------------------------------------
def synced_vault_finding(root: SyncRoot, allowed: bool) -> LocationFinding:
    """The finding for a vault folder inside ``root``: refused, or (IT's policy allows
    synced folders) a warning."""
    where = f"{root.service} ({root.root})"
    if root.source == ROAMING:
        return LocationFinding(AMBER if allowed else REFUSED, (
            f"Dieser Ordner gehört zu Ihrem servergespeicherten Windows-Profil "
            f"(Roaming-Profil, „{root.root}“): Windows kopiert ihn bei jeder Abmeldung auf "
            "den Profilserver und auf jedes Gerät, an dem Sie sich anmelden. Der Tresor "
            "gehört in den lokalen Teil des Profils, am besten in den Vorschlag."), SYNCED, root)
    if allowed:
        return LocationFinding(AMBER, (
            f"Dieser Ordner wird mit {where} synchronisiert. Ihre IT erlaubt das für den "
            "Tresor; die verschlüsselte Datei wird in die Cloud kopiert, und der Abgleich "
            "kann die Datenbank beschädigen."), SYNCED, root)
    return LocationFinding(REFUSED, (
        f"Dieser Ordner wird mit {where} synchronisiert. Der Tresor darf nicht in einem "
        "synchronisierten Ordner liegen: die Datei würde in eine Cloud kopiert, und der "
        "Abgleich kann die Datenbank beschädigen. Bitte einen Ordner auf diesem Gerät wählen, "
        "am besten den Vorschlag."), SYNCED, root)


def location_findings(path: Path | str, *, platform: str | None = None,
                      mounts: Iterable[tuple[str, str]] | None = None,
                      drive_type: Callable[[str], int | None] | None = None,
                      env: Mapping[str, str] | None = None,
                      registry: RegistryReader | None = None,
                      home: Path | None = None,
                      policy: MachinePolicy | None = None,
                      user_sid: str | None = None) -> list[LocationFinding]:
    """Everything that speaks against storing the vault at ``path`` (German texts).

    ``platform`` defaults to ``sys.platform``; ``mounts`` to the system mount table
    (Linux/macOS); ``drive_type`` to Windows' GetDriveTypeW; ``env``, ``registry`` and
    ``home`` are passed to ``sync_roots.sync_root_of``; ``policy`` defaults to the
    machine's (``machine_policy``); ``user_sid`` (her SID, to find her profile-list entry)
    to this process's.
    """
    platform = platform or sys.platform
    windows = platform.startswith("win")
    raw = str(path)
    pure: PurePath = PureWindowsPath(raw) if windows else PurePosixPath(
        os.path.abspath(os.path.expanduser(raw)) if not raw.startswith("//") else raw)
    findings: list[LocationFinding] = []

    if _on_network_drive(raw, pure, platform, mounts, drive_type):
        findings.append(LocationFinding(RED, (
            "Dieser Ordner liegt auf einem Netzlaufwerk. Der Tresor gehört auf die Festplatte "
            "dieses Geräts: Netzlaufwerke können die Datenbank beschädigen, und andere "
            "könnten auf die Datei zugreifen."), NETWORK))

    parts = [p.lower() for p in pure.parts]
    school = next((m for m in _SCHOOL_MARKERS if any(m in p for p in parts)), None)
    if school:
        findings.append(LocationFinding(RED, (
            "Dieser Ordner gehört anscheinend zum Schulnetz oder einer Schulplattform. "
            "Daten der Schulsozialarbeit müssen von Schuldaten getrennt bleiben: bitte einen "
            "Ordner auf diesem Gerät wählen."), SCHOOL))

    findings += _deleted_at_logoff(raw, platform, env, registry)
    findings += _profile_may_vanish(raw, platform, env, registry, user_sid)
    findings += _too_long(raw, windows)
    root = sync_root_of(raw, platform=platform, env=env, registry=registry, home=home)
    if root:
        if policy is None:  # IT's policy (17 kB of code) loads only for a synced folder
            from .machine_policy import machine_policy

            policy = machine_policy(platform=platform, registry=registry)
        findings.append(synced_vault_finding(root, policy.allow_synced_vault_folder))
    return findings


def _deleted_at_logoff(raw: str, platform: str, env: Mapping[str, str] | None,
                       registry: RegistryReader | None) -> list[LocationFinding]:
    """A folder in a roaming profile whose copy on this computer IT's policy deletes at
    every logoff ("Delete cached copies of roaming profiles")."""
    roaming = roaming_profile(platform=platform, env=env, registry=registry)
    if roaming is None or not roaming.delete_cached_copy or not in_profile(raw, roaming):
        return []
    return [LocationFinding(RED, (
        "Ihr Windows-Profil ist servergespeichert, und Ihre IT lässt seine Kopie auf diesem "
        "Gerät bei jeder Abmeldung löschen: ein Tresor in diesem Ordner würde mit seinen "
        "Sicherungen gelöscht. Bitte mit Ihrer IT einen festen Ordner auf diesem Gerät "
        "außerhalb des Profils vereinbaren (z. B. „C:\\SSA-Daten\\Ihr Name“)."),
        DELETED_AT_LOGOFF)]


OUTSIDE_THE_PROFILE = ("Bitte mit Ihrer IT einen festen Ordner auf diesem Gerät außerhalb "
                       "des Profils vereinbaren (z. B. „C:\\SSA-Daten\\Ihr Name“).")


def _profile_may_vanish(raw: str, platform: str, env: Mapping[str, str] | None,
                        registry: RegistryReader | None,
                        user_sid: str | None) -> list[LocationFinding]:
    """A folder in a profile Windows may delete with everything in it: a temporary
    profile, an FSLogix profile container, a profile IT deletes after N days unused."""
    found = vanishing_profile(platform=platform, env=env, registry=registry,
                              user_sid=user_sid)
    if found is None or not in_profile(raw, found):
        return []
    findings = []
    if found.temporary:
        real = (f" Ihr eigenes Profil ist „{found.real_profile}“." if found.real_profile
                else "")
        findings.append(LocationFinding(RED, (
            f"Sie sind mit einem temporären Windows-Profil angemeldet („{found.profile}“): "
            "Windows löscht es bei der Abmeldung mit allem darin, auch einem Tresor und seinen "
            f"Sicherungen.{real} Bitte hier keinen Tresor anlegen: abmelden, neu anmelden und, "
            "wenn es wieder geschieht, Ihre IT rufen."), DELETED_AT_LOGOFF))
    if found.fslogix:
        findings.append(LocationFinding(RED, (
            "Ihr Windows-Profil liegt in einem FSLogix-Profilcontainer, einer Datei auf einem "
            "Server: ein Tresor darin liegt in Wahrheit im Netz und geht mit dem Container "
            "verloren, wenn die IT ihn zurücksetzt. " + OUTSIDE_THE_PROFILE),
            PROFILE_MAY_VANISH))
    if found.cleanup_days:
        findings.append(LocationFinding(RED, (
            f"Ihre IT lässt Windows-Profile löschen, die {found.cleanup_days} Tage nicht "
            "benutzt wurden (Richtlinie „CleanupProfiles“): ein Gerät, das über die Ferien "
            "ruht, verliert das Profil mit dem Tresor und seinen Sicherungen. "
            + OUTSIDE_THE_PROFILE), PROFILE_MAY_VANISH))
    return findings


def _too_long(raw: str, windows: bool) -> list[LocationFinding]:
    """A Windows folder too long for the files the vault writes inside it."""
    length = len(local_windows_form(raw)) if windows else 0
    if length <= MAX_VAULT_FOLDER:
        return []
    return [LocationFinding(REFUSED, (
        f"Der Pfad dieses Ordners ist {length} Zeichen lang. Der Tresor legt darin "
        f"Sicherungen mit bis zu {VAULT_RESERVE} weiteren Zeichen an, und viele "
        f"Windows-Programme erreichen Dateien mit mehr als {WINDOWS_MAX_PATH} Zeichen im "
        f"Pfad nicht. Bitte einen Ordner mit höchstens {MAX_VAULT_FOLDER} Zeichen wählen, am "
        "besten den Vorschlag."), TOO_LONG)]


def _on_network_drive(raw: str, pure: PurePath, platform: str,
                      mounts: Iterable[tuple[str, str]] | None,
                      drive_type: Callable[[str], int | None] | None) -> bool:
    """A UNC path, a Windows drive of type DRIVE_REMOTE, or a network file system mount.
    ``\\\\?\\C:\\…`` and this machine's admin share ``\\\\localhost\\C$\\…`` are the
    local drive."""
    if platform.startswith("win"):
        raw = local_windows_form(raw)
        pure = PureWindowsPath(raw)
    if raw.startswith("\\\\") or raw.startswith("//"):
        return True
    if platform.startswith("win"):
        drive = pure.drive
        if drive and len(drive) == 2 and drive[1] == ":":
            kind = (drive_type or _windows_drive_type)(drive + "\\")
            return kind == DRIVE_REMOTE
        return False
    table = system_mounts(platform) if mounts is None else mounts
    fstype = mount_type_of(pure, table)
    return fstype is not None and (fstype.lower() in NETWORK_FS_TYPES
                                   or fstype.lower().startswith(("nfs", "cifs", "smb")))


