"""Synced folders: where the vault may not lie and where a save must be warned about.

One place for the questions the wizard, the CLI and every save dialog ask
(docs/architecture.md "Synced folders"): is this path inside a folder a sync client copies
to a cloud (``synced_root``), what she is told (``save_warning``), whether a folder may
hold the vault (``vault_folder_refusal``, IT's machine policy decides), and where a file
dialog starts (``local_export_folder``: never in a sync root).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.translate import Translate, german
from ..storage.files import ensure_folder
from ..storage.folder_rights import (
    current_user_sid,
    owner_only_acl_command,
    windows_writers,
    writable_by_others,
)
from ..storage.location import (
    DELETED_AT_LOGOFF,
    NETWORK,
    PROFILE_MAY_VANISH,
    RED,
    REFUSED,
    SCHOOL,
    SYNCED,
    TOO_LONG,
    location_findings,
)
from ..storage.sync_roots import (
    ROAMING,
    RegistryReader,
    SyncRoot,
    expand_variables,
    in_profile,
    roaming_profile,
    sync_root_of,
    vanishing_profile,
)

if TYPE_CHECKING:
    from ..storage.machine_policy import MachinePolicy

__all__ = ["REFUSED", "SyncRoot", "local_export_folder",
           "save_warning", "synced_root", "vault_folder_refusal", "vault_location_notice",
           "VaultLocationNotice", "EXPORT_FOLDER_NAME", "vault_place", "VaultPlace",
           "roaming_profile", "ROAMING"]

EXPORT_FOLDER_NAME = "SSA-Export"


def synced_root(path: Path | str, **kwargs) -> SyncRoot | None:
    """The sync root holding ``path`` (keywords: see ``sync_roots.sync_root_of``)."""
    return sync_root_of(path, **kwargs)


def save_warning(path: Path | str, root: SyncRoot) -> str:
    """What she reads before a file is written into a synced folder (German)."""
    path = Path(path)
    if root.source == ROAMING:
        return (f"Der Ordner „{path.parent}“ gehört zu Ihrem servergespeicherten "
                f"Windows-Profil (Roaming-Profil, „{root.root}“): „{path.name}“ würde bei "
                "jeder Abmeldung auf den Profilserver kopiert und auf jedes Gerät, an dem Sie "
                "sich anmelden. Was SSA Desktop speichert, kann Daten über Kinder und Familien "
                "oder Schlüssel enthalten. Bitte einen Ordner wählen, der auf diesem Gerät "
                "bleibt, am besten den vorgeschlagenen Export-Ordner.")
    return (f"Der Ordner „{path.parent}“ wird mit {root.service} synchronisiert (über "
            f"„{root.root}“): „{path.name}“ würde in die Cloud von {root.service} kopiert. "
            "Was SSA Desktop speichert, kann Daten über Kinder und Familien oder Schlüssel "
            "enthalten und gehört nicht in eine Cloud. Bitte einen Ordner auf diesem Gerät "
            "wählen, der nicht synchronisiert wird.")


def vault_folder_refusal(folder: Path | str, **kwargs) -> str | None:
    """Why ``folder`` may not hold a vault (a synced folder and IT's policy does not
    allow it), or None. Keywords as ``location.location_findings``."""
    for finding in location_findings(folder, **kwargs):
        if finding.level == REFUSED:
            return finding.text
    return None


@dataclass(frozen=True)
class VaultLocationNotice:
    """What she is told after every unlock of a vault that lies where it must not:
    ``short`` for the vault's line in the status bar, ``text`` the whole of it, ``said``
    the sentence the status bar shows and a screen reader announces."""

    short: str
    text: str
    said: str = ""


_SHORT = {NETWORK: "Tresor: auf einem Netzlaufwerk", SCHOOL: "Tresor: im Schulnetz",
          ROAMING: "Tresor: im Roaming-Profil",
          DELETED_AT_LOGOFF: "Tresor: wird bei der Abmeldung gelöscht",
          PROFILE_MAY_VANISH: "Tresor: im Profil, das Windows löschen kann",
          TOO_LONG: "Tresor: Ordnerpfad zu lang"}
_SAID = {NETWORK: "Der Tresor liegt auf einem Netzlaufwerk: bitte verschieben, siehe Hinweis.",
         ROAMING: "Der Tresor liegt im Roaming-Profil: bitte verschieben, siehe Hinweis.",
         DELETED_AT_LOGOFF: "Der Tresor wird bei der Abmeldung gelöscht: bitte mit der IT "
                            "verschieben, siehe Hinweis.",
         PROFILE_MAY_VANISH: "Der Tresor liegt in einem Windows-Profil, das gelöscht werden "
                             "kann: bitte mit der IT verschieben, siehe Hinweis.",
         SCHOOL: "Der Tresor liegt im Schulnetz: bitte verschieben, siehe Hinweis.",
         TOO_LONG: "Der Pfad des Tresorordners ist zu lang: bitte verschieben, siehe Hinweis."}


def _open_folder_notice(folder: Path | str, platform: str | None = None,
                        read_dacl=None, user_sid=None) -> VaultLocationNotice | None:
    """A vault folder others can write (POSIX rights, or on Windows an ACL that lets a
    broad group write): named, with the command that fixes it."""
    if (platform or sys.platform).startswith("win"):
        return _open_windows_folder_notice(folder, read_dacl, user_sid)
    mode = writable_by_others(folder)
    if not mode:
        return None
    quoted = "'" + str(folder).replace("'", "'\\''") + "'"
    return _open_notice(folder, f"Rechte {mode}", f": chmod 700 {quoted}")


def _open_windows_folder_notice(folder: Path | str, read_dacl, user_sid
                                ) -> VaultLocationNotice | None:
    groups = windows_writers(folder, read_dacl)
    if not groups:
        return None
    sid = (user_sid or current_user_sid)()
    # her SID from her process token, never a name from the environment
    fix = (" (in der Eingabeaufforderung): "
           + subprocess.list2cmdline(owner_only_acl_command(folder, sid, {})) if sid else "")
    return _open_notice(folder, ", ".join(groups), fix)


def _open_notice(folder: Path | str, who: str, fix: str) -> VaultLocationNotice:
    """``who`` may write (rights or groups); ``fix``: how she sets them, with its colon."""
    return VaultLocationNotice(
        "Tresor: Ordner für andere beschreibbar",
        f"Den Tresorordner „{folder}“ können andere Benutzer dieses Rechners beschreiben "
        f"({who}): sie könnten Dateien des Tresors löschen, ersetzen oder umlenken. "
        f"Bitte die Rechte auf Sie allein setzen{fix} (oder Ihre IT fragen).",
        "Den Tresorordner können andere Benutzer beschreiben: bitte Rechte ändern, siehe "
        "Hinweis.")


def vault_location_notice(folder: Path | str, **kwargs) -> VaultLocationNotice | None:
    """The notice for an existing vault in a synced folder IT does not allow (made before
    the check, or a folder synced later: OneDrive's known-folder move), on a network drive
    or in the school network; None where it may lie. Keywords as
    ``location.location_findings``. A folder others can write is named too (after a
    place that is wrong, which is the bigger problem)."""
    read_dacl, user_sid = kwargs.pop("read_dacl", None), kwargs.pop("user_sid", None)
    findings = [f for f in location_findings(folder, **kwargs) if f.level in (RED, REFUSED)]
    if not findings:
        return _open_folder_notice(folder, kwargs.get("platform"), read_dacl, user_sid)
    synced = next((f.root for f in findings if f.kind == SYNCED and f.root), None)
    if synced is not None and synced.source != ROAMING:
        short = f"Tresor: in einem synchronisierten Ordner ({synced.service})"
        text = (f"Der Tresor liegt in „{folder}“, einem Ordner, den {synced.service} "
                f"synchronisiert (über „{synced.root}“): verschlüsselte Kopien des Tresors "
                "und seiner Sicherungen gehen in die Cloud, Gelöschtes bleibt dort in älteren "
                "Versionen erhalten, und der Abgleich kann die Datenbank beschädigen. Bitte "
                "SSA Desktop beenden und den ganzen Tresor-Ordner mit Ihrer IT an einen Ort "
                "auf diesem Gerät verschieben, der nicht synchronisiert wird (Handbuch, "
                "„Synchronisierte Ordner“).")
        said = (f"Der Tresor liegt in einem synchronisierten Ordner ({synced.service}): "
                "bitte verschieben, siehe Hinweis.")
        return VaultLocationNotice(short, text, said)
    kind = ROAMING if synced is not None else findings[0].kind
    return VaultLocationNotice(_SHORT[kind], f"Der Tresor liegt in „{folder}“. "
                               + " ".join(f.text for f in findings), _SAID[kind])


def local_export_folder(*, create: bool = False, platform: str | None = None,
                        env: Mapping[str, str] | None = None,
                        registry: RegistryReader | None = None,
                        home: Path | None = None,
                        policy: MachinePolicy | None = None) -> Path:
    """Where a save or folder dialog starts: the folder IT's policy names
    (``ExportFolder``), else on Windows ``%LOCALAPPDATA%\\SSA Desktop\\Export`` (the
    local part of the profile: no roaming profile and no sync client copies it), elsewhere
    ``~/SSA-Export`` or, when that is synced, the per-user data folder's ``Export``. Never
    "Dokumente" or "Desktop" (OneDrive's known-folder redirection syncs them).
    ``create`` makes the folder (on demand, when a dialog opens)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if home is None:
        profile = env.get("USERPROFILE") if platform.startswith("win") else None
        home = Path(profile) if profile else Path.home()
    if policy is None:  # IT's policy (17 kB of code) loads only when a dialog asks
        from ..storage.machine_policy import machine_policy

        policy = machine_policy(platform=platform, registry=registry)
    if policy.export_folder:
        folder = Path(expand_variables(policy.export_folder, env))
    elif platform.startswith("win") and env.get("LOCALAPPDATA"):
        folder = Path(env["LOCALAPPDATA"]) / "SSA Desktop" / "Export"
    else:
        folder = Path(home) / EXPORT_FOLDER_NAME
        if platform.startswith("win") or sync_root_of(folder, platform=platform, env=env,
                                                      registry=registry, home=home):
            folder = _data_export_folder()
    if create:
        try:
            ensure_folder(folder)
        except Exception:  # a dialog still opens, in the home folder
            return Path(home)
    return folder


def _data_export_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("SSA Desktop", appauthor=False)) / "Export"


@dataclass(frozen=True)
class VaultPlace:
    """Where the vault lives and whether that is safe, in her words (the wizard's folder
    page and Einstellungen → Über)."""

    safe: bool
    text: str


# what the wizard's folder page and Einstellungen → Über say (through the caller's ``tr``)
PLACE_UNSAFE = "Der Tresor liegt in „{0}“."
PLACE_SAFE_ROAMING = ("Der Tresor liegt in „{0}“ auf diesem Gerät. Ihr Windows-Profil ist "
                      "servergespeichert (Roaming-Profil); dieser Ordner gehört zu seinem "
                      "lokalen Teil, der nicht auf den Profilserver kopiert wird, und er wird "
                      "nicht synchronisiert. Das ist sicher.")
PLACE_SAFE = ("Der Tresor liegt in „{0}“ auf diesem Gerät. Der Ordner wird nicht "
              "synchronisiert und nicht auf einen Server kopiert. Das ist sicher.")


def vault_place(folder: Path | str, tr: Translate = german, **kwargs) -> VaultPlace:
    """Is ``folder`` a safe place for the vault: on this device, not synced, not copied to
    a profile server and not deleted at logoff? Keywords as ``location.location_findings``;
    the sentence through ``tr`` (the findings' own texts stay German)."""
    findings = location_findings(folder, **kwargs)
    if findings:
        return VaultPlace(False, tr(PLACE_UNSAFE).format(folder) + " "
                          + " ".join(f.text for f in findings))
    roaming = roaming_profile(platform=kwargs.get("platform"), env=kwargs.get("env"),
                              registry=kwargs.get("registry"))
    if roaming is not None and in_profile(folder, roaming):
        return VaultPlace(True, tr(PLACE_SAFE_ROAMING).format(folder))
    return VaultPlace(True, tr(PLACE_SAFE).format(folder))


def in_real_profile(folder: Path | str, *, platform: str | None = None,
                    env: Mapping[str, str] | None = None,
                    registry: RegistryReader | None = None,
                    user_sid: str | None = None) -> Path | None:
    """Where ``folder`` lies in her real profile when Windows gave her a temporary one
    (``vanishing_profile``): the same place under the profile folder her profile-list
    entry names (else ``C:\\Users\\<USERNAME>``). The start opens a vault found there
    instead of offering the wizard, whose new vault Windows would delete at logoff.
    None when she is in her own profile or ``folder`` is outside the temporary one."""
    env = os.environ if env is None else env
    found = vanishing_profile(platform=platform, env=env, registry=registry,
                              user_sid=user_sid)
    if found is None or not found.temporary or not in_profile(folder, found):
        return None
    import ntpath

    real = found.real_profile
    if not real and env.get("USERNAME"):
        real = ntpath.join(ntpath.dirname(found.profile.rstrip("\\")), env["USERNAME"])
    if not real:
        return None
    inside = ntpath.relpath(ntpath.normpath(str(folder)), ntpath.normpath(found.profile))
    return Path(ntpath.join(real, inside))
