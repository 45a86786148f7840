"""Is a path inside a folder that a sync client copies to a cloud? Which service, which root?

A vault, an export or the emergency-key sheet in OneDrive, a SharePoint library, Nextcloud,
Dropbox, iCloud or Google Drive leaves the device: the client uploads every file it sees,
and on a Windows laptop with known-folder redirection "Dokumente" and "Desktop" are such
folders. ``sync_root_of`` finds the sync root that holds a path, from (most reliable first)

1. the sync clients' own records: the ``OneDrive*`` environment variables; on Windows the
   registry (OneDrive's accounts with their ``UserFolder``, SharePoint libraries under
   ``Tenants`` and ``ScopeIdToMountPointPathCache``, ``SyncEngines\\Providers\\OneDrive``
   mount points, the cloud-files sync roots of every provider under ``SyncRootManager``);
   the Nextcloud/ownCloud configuration (``localPath`` of every folder), Dropbox's
   ``info.json``; the fixed places of iCloud Drive and of macOS's ``CloudStorage``;
2. marker files a client keeps in its root (``.sync_*.db``, ``.owncloudsync.log``,
   ``.dropbox``), in the folder or one of its parents;
3. folder names ("OneDrive - Träger", "Dropbox", "My Drive" …) as a last hint.

Pure apart from reading those files: the platform, environment, home folder and a
registry reader are parameters, so every rule runs on any system (tests pass a
``DictRegistry`` and a Windows platform).
"""

from __future__ import annotations

import contextlib
import ntpath
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Protocol

from ..domain import strict_json

ONEDRIVE = "OneDrive"
ONEDRIVE_BUSINESS = "OneDrive for Business"
SHAREPOINT = "SharePoint"
NEXTCLOUD = "Nextcloud"
OWNCLOUD = "ownCloud"
DROPBOX = "Dropbox"
ICLOUD = "iCloud Drive"
GOOGLE_DRIVE = "Google Drive"
ROAMING_PROFILE = "Roaming-Profil"
ROAMING = "roaming profile"   # the source of a roaming profile's root

HKCU_ONEDRIVE_ACCOUNTS = r"HKCU\Software\Microsoft\OneDrive\Accounts"
HKCU_SYNC_ENGINES = r"HKCU\Software\SyncEngines\Providers\OneDrive"
HKLM_SYNC_ROOTS = r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\SyncRootManager"
HKLM_PROFILE_LIST = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"
HKLM_SYSTEM_POLICIES = r"HKLM\SOFTWARE\Policies\Microsoft\Windows\System"
HKLM_FSLOGIX_PROFILES = r"HKLM\SOFTWARE\FSLogix\Profiles"


@dataclass(frozen=True)
class SyncRoot:
    service: str   # the name she knows, e.g. "OneDrive for Business"
    root: str      # the synced folder that holds the path
    source: str = ""   # how it was found (environment, registry, config, marker, name)


# -- the registry -----------------------------------------------------------------------
class RegistryReader(Protocol):
    def subkeys(self, key: str) -> list[str]: ...
    def values(self, key: str) -> dict[str, object]: ...


class DictRegistry:
    """A registry given as ``{r"HKCU\\Software\\…\\Key": {"Value": data}}`` (tests; the
    empty registry of other systems). Subkeys follow from the keys' paths."""

    def __init__(self, keys: Mapping[str, Mapping[str, object]] | None = None):
        self.keys = {k.lower(): dict(v) for k, v in (keys or {}).items()}
        self.names = {k.lower(): k for k in (keys or {})}

    def subkeys(self, key: str) -> list[str]:
        prefix = key.lower().rstrip("\\") + "\\"
        found: list[str] = []
        for lower, original in self.names.items():
            if lower.startswith(prefix):
                name = original[len(prefix):].split("\\", 1)[0]
                if name not in found:
                    found.append(name)
        return found

    def values(self, key: str) -> dict[str, object]:
        return dict(self.keys.get(key.lower().rstrip("\\"), {}))


class WindowsRegistry:
    """The registry of this Windows machine, read only (``winreg``)."""

    def _open(self, key: str):
        if sys.platform != "win32":  # made by system_registry() on Windows only
            raise OSError("no Windows registry on this platform")
        import winreg

        hive_name, _, sub = key.partition("\\")
        hive = {"HKCU": winreg.HKEY_CURRENT_USER, "HKLM": winreg.HKEY_LOCAL_MACHINE}[hive_name]
        return winreg.OpenKey(hive, sub)

    def subkeys(self, key: str) -> list[str]:
        if sys.platform != "win32":  # made by system_registry() on Windows only
            raise OSError("no Windows registry on this platform")
        import winreg

        names: list[str] = []
        with contextlib.suppress(OSError), self._open(key) as handle:
            for index in range(winreg.QueryInfoKey(handle)[0]):
                names.append(winreg.EnumKey(handle, index))
        return names

    def values(self, key: str) -> dict[str, object]:
        if sys.platform != "win32":  # made by system_registry() on Windows only
            raise OSError("no Windows registry on this platform")
        import winreg

        found: dict[str, object] = {}
        with contextlib.suppress(OSError), self._open(key) as handle:
            for index in range(winreg.QueryInfoKey(handle)[1]):
                name, data, _kind = winreg.EnumValue(handle, index)
                found[name] = data
        return found


def system_registry(platform: str | None = None) -> RegistryReader:
    """This machine's registry on Windows, an empty one elsewhere."""
    platform = platform or sys.platform
    if platform.startswith("win") and sys.platform.startswith("win"):
        return WindowsRegistry()
    return DictRegistry()


# -- paths ------------------------------------------------------------------------------
# A path is resolved before it is compared with a root, and so is every root: the same
# folder has many spellings (a link to it, a relative path, ``..``; on Windows also
# ``\\?\C:\…``, the admin share ``\\localhost\C$\…``, the 8.3 short name ``TRAEGE~1``).
LongPath = Callable[[str], str]
_LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]", "0:0:0:0:0:0:0:1")


def _windows_long_path(path: str) -> str:
    """``path`` with every 8.3 short name of its existing part replaced by the long name
    (GetLongPathNameW; only the part that exists can be looked up). Elsewhere there are
    no short names: ``path`` as it is."""
    if sys.platform != "win32":
        return path
    import ctypes

    get_long = ctypes.windll.kernel32.GetLongPathNameW
    head, tail = path, ""
    while head:
        buffer = ctypes.create_unicode_buffer(32768)
        if get_long(head, buffer, len(buffer)):
            return ntpath.join(buffer.value, tail) if tail else buffer.value
        parent, name = ntpath.split(head)
        if parent == head or not name:
            break
        head, tail = parent, ntpath.join(name, tail) if tail else name
    return path


def _resolve_windows(text: str, long_path: LongPath | None) -> str:
    """The plain ``X:\\…`` form of a Windows path, where it is one (``local_windows_form``),
    with long names. On Windows itself also absolute and with links resolved."""
    text = text.replace("/", "\\")
    if sys.platform.startswith("win"):
        with contextlib.suppress(OSError, ValueError):
            text = os.path.realpath(os.path.abspath(text))
    text = local_windows_form(text)
    if long_path is not None:
        with contextlib.suppress(OSError, ValueError):
            text = ntpath.normpath(long_path(text))
    return text


def local_windows_form(text: str) -> str:
    """A Windows path as text in its plain form, without asking the file system: ``..``
    and ``.`` removed, no ``\\\\?\\`` prefix (``\\\\?\\UNC\\srv\\s`` is ``\\\\srv\\s``),
    this machine's admin share ``\\\\localhost\\C$\\x`` as its drive ``C:\\x``."""
    text = text.replace("/", "\\")
    for prefix, replacement in (("\\\\?\\unc\\", "\\\\"), ("\\\\.\\unc\\", "\\\\"),
                                ("\\\\?\\", ""), ("\\\\.\\", "")):
        if text.lower().startswith(prefix):
            text = replacement + text[len(prefix):]
            break
    if text.startswith("\\\\"):
        host, _, rest = text[2:].partition("\\")
        share, _, rest = rest.partition("\\")
        if (host.lower() in _LOCAL_HOSTS and len(share) == 2 and share[1] == "$"
                and share[0].isalpha()):
            text = f"{share[0].upper()}:\\{rest}"
    return ntpath.normpath(text)


def _resolve(path: str | os.PathLike, windows: bool, long_path: LongPath | None = None) -> str:
    """``path`` absolute, normalised and with links resolved, as far as this system can
    tell (a Windows path is resolved as text where this is not Windows)."""
    text = os.fspath(path)
    if windows:
        return _resolve_windows(text, long_path)
    text = os.path.abspath(os.path.expanduser(text))
    with contextlib.suppress(OSError, ValueError):
        text = os.path.realpath(text)
    return text


def _pure(path: str | os.PathLike, windows: bool) -> PurePath:
    text = os.fspath(path)
    if windows:
        return PureWindowsPath(text.replace("/", "\\"))
    return PurePosixPath(os.path.normpath(text))


def _parts(path: PurePath, windows: bool) -> tuple[str, ...]:
    parts = tuple(p for p in path.parts)
    return tuple(p.lower().rstrip("\\") for p in parts) if windows else parts


def _inside(path: PurePath, root: PurePath, windows: bool) -> bool:
    outer, inner = _parts(root, windows), _parts(path, windows)
    return len(outer) > 0 and inner[:len(outer)] == outer


# -- what the clients record ------------------------------------------------------------
def _registry_roots(registry: RegistryReader) -> list[SyncRoot]:
    """The sync folders the clients record in the registry: OneDrive's accounts, the
    sync engines' mount points, and the shell's cloud sync roots."""
    roots: list[SyncRoot] = []
    for account in registry.subkeys(HKCU_ONEDRIVE_ACCOUNTS):
        roots += _onedrive_account_roots(registry, account)
    for provider in registry.subkeys(HKCU_SYNC_ENGINES):
        mount = registry.values(f"{HKCU_SYNC_ENGINES}\\{provider}").get("MountPoint")
        if isinstance(mount, str) and mount:
            roots.append(SyncRoot(ONEDRIVE, mount, "registry"))
    for entry in registry.subkeys(HKLM_SYNC_ROOTS):
        service = _provider_name(entry)
        for data in registry.values(f"{HKLM_SYNC_ROOTS}\\{entry}\\UserSyncRoots").values():
            if isinstance(data, str) and data:
                roots.append(SyncRoot(service, data, "registry"))
    return roots


def _onedrive_account_roots(registry: RegistryReader, account: str) -> list[SyncRoot]:
    """One OneDrive account: its own folder (business or personal), the folders of its
    tenants' SharePoint libraries, and the mount points of the libraries it caches."""
    key = f"{HKCU_ONEDRIVE_ACCOUNTS}\\{account}"
    values = registry.values(key)
    business = account.lower().startswith("business") or bool(values.get("Business"))
    roots: list[SyncRoot] = []
    folder = values.get("UserFolder")
    if isinstance(folder, str) and folder:
        roots.append(SyncRoot(ONEDRIVE_BUSINESS if business else ONEDRIVE, folder, "registry"))
    for tenant in registry.subkeys(f"{key}\\Tenants"):
        # value names are the folders of the tenant's SharePoint libraries
        roots += [SyncRoot(SHAREPOINT, name, "registry")
                  for name in registry.values(f"{key}\\Tenants\\{tenant}") if name]
    for data in registry.values(f"{key}\\ScopeIdToMountPointPathCache").values():
        if isinstance(data, str) and data:
            roots.append(SyncRoot(SHAREPOINT if business else ONEDRIVE, data, "registry"))
    return roots


_PROVIDERS = (("onedrive", ONEDRIVE), ("sharepoint", SHAREPOINT), ("dropbox", DROPBOX),
              ("nextcloud", NEXTCLOUD), ("owncloud", OWNCLOUD), ("icloud", ICLOUD),
              ("google", GOOGLE_DRIVE), ("drivefs", GOOGLE_DRIVE))


def _provider_name(entry: str) -> str:
    """``OneDrive!S-1-5-21-…!Business1`` → "OneDrive" (the provider before the first !)."""
    provider = entry.split("!", 1)[0]
    lower = provider.lower()
    if lower.startswith("onedrive") and "business" in entry.lower():
        return ONEDRIVE_BUSINESS
    return next((name for key, name in _PROVIDERS if lower.startswith(key)), provider)


def _env_roots(env: Mapping[str, str]) -> list[SyncRoot]:
    roots = []
    for name, service in (("OneDriveCommercial", ONEDRIVE_BUSINESS),
                          ("OneDriveConsumer", ONEDRIVE), ("OneDrive", ONEDRIVE)):
        value = env.get(name)
        if value:
            roots.append(SyncRoot(service, value, "environment"))
    return roots


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except (OSError, ValueError):
        return ""


def _config_dirs(env: Mapping[str, str], home: Path, windows: bool, platform: str) -> list[Path]:
    if windows:
        return [Path(env[v]) for v in ("APPDATA", "LOCALAPPDATA") if env.get(v)]
    if platform == "darwin":
        return [home / "Library" / "Preferences", home / "Library" / "Application Support"]
    xdg = env.get("XDG_CONFIG_HOME")
    return [Path(xdg) if xdg else home / ".config"]


def _nextcloud_roots(env, home: Path, windows: bool, platform: str) -> list[SyncRoot]:
    roots = []
    for base in _config_dirs(env, home, windows, platform):
        for folder, file, service in (("Nextcloud", "nextcloud.cfg", NEXTCLOUD),
                                      ("ownCloud", "owncloud.cfg", OWNCLOUD)):
            for line in _read_text(base / folder / file).splitlines():
                key, sep, value = line.partition("=")
                if sep and key.strip().lower().endswith("localpath") and value.strip():
                    roots.append(SyncRoot(service, value.strip(), "config"))
    return roots


def _dropbox_roots(env, home: Path, windows: bool) -> list[SyncRoot]:
    places = [home / ".dropbox" / "info.json"]
    if windows:
        places[:0] = [Path(env[v]) / "Dropbox" / "info.json"
                      for v in ("APPDATA", "LOCALAPPDATA") if env.get(v)]
    roots = []
    for place in places:
        with contextlib.suppress(ValueError):
            # Dropbox's file: an account named twice is two folders, neither hidden
            doc = strict_json.all_pairs(_read_text(place) or "{}")
            roots += [SyncRoot(DROPBOX, path, "config") for path in _dropbox_paths(doc)]
    return roots


def _dropbox_paths(doc) -> list[str]:
    """Every account's ``path`` of Dropbox's info.json (objects as lists of pairs)."""
    accounts = [value for _name, value in doc] if _is_pairs(doc) else []
    return [path for account in accounts if _is_pairs(account)
            for key, path in account if key == "path" and isinstance(path, str) and path]


def _is_pairs(value) -> bool:
    return isinstance(value, list) and all(isinstance(p, tuple) and len(p) == 2 for p in value)


def _fixed_roots(env, home: Path, windows: bool, platform: str) -> list[SyncRoot]:
    if windows:
        profile = env.get("USERPROFILE") or str(home)
        return [SyncRoot(ICLOUD, f"{profile}\\{name}", "place")
                for name in ("iCloudDrive", "iCloud Drive")]
    roots = [SyncRoot(ICLOUD, str(home / "Library" / "Mobile Documents"), "place")]
    if platform == "darwin":
        cloud = home / "Library" / "CloudStorage"
        with contextlib.suppress(OSError):
            for entry in sorted(os.listdir(cloud)):
                roots.append(SyncRoot(_provider_name(entry.split("-", 1)[0]),
                                      str(cloud / entry), "place"))
    return roots


def known_sync_roots(*, platform: str | None = None, env: Mapping[str, str] | None = None,
                     registry: RegistryReader | None = None,
                     home: Path | None = None) -> list[SyncRoot]:
    """Every sync root the clients of this user record (step 1 of the module's list)."""
    platform = platform or sys.platform
    windows = platform.startswith("win")
    env = os.environ if env is None else env
    home = Path(home) if home is not None else Path.home()
    registry = system_registry(platform) if registry is None else registry
    roots = _env_roots(env)
    if windows:
        roots += _registry_roots(registry)
    roots += _nextcloud_roots(env, home, windows, platform)
    roots += _dropbox_roots(env, home, windows)
    roots += _fixed_roots(env, home, windows, platform)
    return roots


# -- markers and names ------------------------------------------------------------------
_MARKER_FILES = ((".owncloudsync.log", NEXTCLOUD), (".nextcloudsync.log", NEXTCLOUD),
                 (".dropbox", DROPBOX), (".dropbox.cache", DROPBOX))


def _marker_root(path: Path) -> SyncRoot | None:
    """The nearest existing folder at or above ``path`` holding a sync client's marker."""
    for folder in (path, *path.parents):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for marker, service in _MARKER_FILES:
            # ~/.dropbox is Dropbox's configuration folder on Linux and macOS; the
            # marker in a Dropbox root is a file of that name
            if marker in names and (marker != ".dropbox" or (folder / marker).is_file()):
                return SyncRoot(service, str(folder), "marker")
        if any(n.endswith(".db") and n.startswith((".sync_", "._sync_")) for n in names):
            return SyncRoot(NEXTCLOUD, str(folder), "marker")
    return None


# (lowercase start of a folder name, service); a last hint where no record was found
_NAME_PREFIXES: tuple[tuple[str, str], ...] = (
    ("onedrive", ONEDRIVE), ("dropbox", DROPBOX), ("nextcloud", NEXTCLOUD),
    ("owncloud", OWNCLOUD), ("icloud", ICLOUD), ("mobile documents", ICLOUD),
    ("google drive", GOOGLE_DRIVE), ("googledrive", GOOGLE_DRIVE), ("my drive", GOOGLE_DRIVE),
    ("meine ablage", GOOGLE_DRIVE), ("shared drives", GOOGLE_DRIVE),
    ("geteilte ablagen", GOOGLE_DRIVE), ("seafile", "Seafile"), ("box sync", "Box"),
    ("magentacloud", "MagentaCLOUD"), ("tresorit", "Tresorit"),
)
_NAME_EXACT: dict[str, str] = {"box": "Box", "seadrive": "Seafile"}
# A SharePoint library synced by OneDrive is a folder "<Site> - <Library>" (under the
# tenant's folder): "Firma - Dokumente", "Team - Freigegebene Dokumente", "… - Documents";
# or a folder named after the service.
_SHAREPOINT_ENDINGS = (" - dokumente", " - freigegebene dokumente", " - documents",
                       " - shared documents")


def _name_service(lower: str) -> str | None:
    if lower.startswith("sharepoint") or lower.endswith(_SHAREPOINT_ENDINGS):
        return SHAREPOINT
    return _NAME_EXACT.get(lower) or next(
        (name for prefix, name in _NAME_PREFIXES if lower.startswith(prefix)), None)


def _name_root(path: PurePath) -> SyncRoot | None:
    parts = path.parts
    for index, part in enumerate(parts):
        service = _name_service(part.lower())
        if service:
            return SyncRoot(service, str(type(path)(*parts[:index + 1])), "name")
    return None


def _best(path: PurePath, roots: Iterable[SyncRoot], windows: bool,
          long_path: LongPath | None = None) -> SyncRoot | None:
    """The innermost recorded root that holds ``path`` (a SharePoint library inside the
    OneDrive folder wins over the OneDrive folder); every root resolved like the path."""
    best, depth = None, -1
    for root in roots:
        pure_root = _pure(_resolve(root.root, windows, long_path), windows)
        if _inside(path, pure_root, windows) and len(pure_root.parts) > depth:
            best, depth = SyncRoot(root.service, str(pure_root), root.source), len(pure_root.parts)
    return best


# -- roaming profiles -------------------------------------------------------------------
@dataclass(frozen=True)
class RoamingProfile:
    """Her Windows profile is kept on a profile server: what lies in ``profile`` outside
    ``local`` (``%LOCALAPPDATA%``, ``AppData\\LocalLow``) is copied there at logoff and to
    every computer she logs on to. ``delete_cached_copy``: IT's policy "Delete cached
    copies of roaming profiles" deletes the whole profile on this computer at logoff,
    ``%LOCALAPPDATA%`` included."""

    profile: str
    local: str
    central: str
    delete_cached_copy: bool = False


def _windows_profile(platform: str | None, env: Mapping[str, str] | None,
                     registry: RegistryReader | None
                     ) -> tuple[Mapping[str, str], str, RegistryReader] | None:
    """(env, ``%USERPROFILE%``, registry) of a Windows profile, None elsewhere."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    profile = env.get("USERPROFILE", "")
    if not platform.startswith("win") or not profile:
        return None
    return env, profile, system_registry(platform) if registry is None else registry


def roaming_profile(*, platform: str | None = None, env: Mapping[str, str] | None = None,
                    registry: RegistryReader | None = None) -> RoamingProfile | None:
    """Her profile, when Windows keeps it on a server (the profile list names a
    ``CentralProfile`` for the profile folder ``%USERPROFILE%``), else None."""
    if (looked_at := _windows_profile(platform, env, registry)) is None:
        return None
    env, profile, registry = looked_at
    own = _resolve_windows(profile, None).lower()
    for sid in registry.subkeys(HKLM_PROFILE_LIST):
        values = registry.values(f"{HKLM_PROFILE_LIST}\\{sid}")
        image = expand_variables(str(values.get("ProfileImagePath") or ""), env)
        central = values.get("CentralProfile")
        if image and _resolve_windows(image, None).lower() == own and central:
            local = env.get("LOCALAPPDATA") or f"{profile}\\AppData\\Local"
            policy = registry.values(HKLM_SYSTEM_POLICIES).get("DeleteRoamingCache")
            return RoamingProfile(profile, local, str(central), policy in (1, "1"))
    return None


@dataclass(frozen=True)
class VanishingProfile:
    """Her Windows profile folder (``profile``) may vanish with everything in it:
    ``temporary`` (Windows could not load her profile and gave her a temporary one, which
    it deletes at logoff; ``real_profile`` her own profile folder when the profile list
    names it), ``fslogix`` (the whole profile lives in an FSLogix container, a VHDX on a
    share), ``cleanup_days`` (IT's policy "Delete user profiles older than N days",
    ``CleanupProfiles``)."""

    profile: str
    temporary: bool = False
    real_profile: str = ""
    fslogix: bool = False
    cleanup_days: int | None = None


_TEMP_PROFILE_NAME = re.compile(r"^TEMP(\..*)?$", re.IGNORECASE)


def vanishing_profile(*, platform: str | None = None, env: Mapping[str, str] | None = None,
                      registry: RegistryReader | None = None, user_sid: str | None = None
                      ) -> VanishingProfile | None:
    """What speaks for her profile folder vanishing (None: nothing, or not Windows).
    A temporary profile: ``%USERPROFILE%`` is not the folder her SID's profile-list
    entry (``ProfileList\\<SID>`` or the ``<SID>.bak`` Windows leaves when it falls back)
    names, or it is called ``TEMP`` / ``TEMP.<…>``. ``user_sid`` defaults to this
    process's (tests pass one)."""
    if (looked_at := _windows_profile(platform, env, registry)) is None:
        return None
    env, profile, registry = looked_at
    if user_sid is None and sys.platform.startswith("win"):
        from .folder_rights import current_user_sid

        user_sid = current_user_sid()
    real = _real_profile(profile, env, registry, user_sid)
    temporary = bool(real) or bool(_TEMP_PROFILE_NAME.match(PureWindowsPath(profile).name))
    fslogix = registry.values(HKLM_FSLOGIX_PROFILES).get("Enabled") in (1, "1")
    cleanup = _cleanup_days(registry.values(HKLM_SYSTEM_POLICIES).get("CleanupProfiles"))
    if not (temporary or fslogix or cleanup):
        return None
    return VanishingProfile(profile, temporary, real, fslogix, cleanup)


def _real_profile(profile: str, env: Mapping[str, str], registry: RegistryReader,
                  user_sid: str | None) -> str:
    """A folder her SID's profile-list entries name that is not ``profile`` (with a
    temporary profile Windows may list the TEMP folder under ``<SID>`` and hers under
    ``<SID>.bak``), else ""."""
    own = _resolve_windows(profile, None).lower()
    for key in ((user_sid, f"{user_sid}.bak") if user_sid else ()):
        image = expand_variables(str(registry.values(f"{HKLM_PROFILE_LIST}\\{key}").get(
            "ProfileImagePath") or ""), env)
        if image and _resolve_windows(image, None).lower() != own:
            return image
    return ""


def _cleanup_days(value: object) -> int | None:
    """``CleanupProfiles``: days a profile may stay unused (a DWORD above 0), else None."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return None


def expand_variables(text: str, env: Mapping[str, str]) -> str:
    """``%SystemDrive%\\Users\\anna`` with the environment's values (as REG_EXPAND_SZ)."""
    values = {name.lower(): value for name, value in env.items()}
    return re.sub(r"%([^%]+)%", lambda m: values.get(m.group(1).lower(), m.group(0)), text)


def roaming_root(path: PurePath, roaming: RoamingProfile | None) -> SyncRoot | None:
    """The roaming profile as the root that copies ``path`` (a resolved Windows path) to
    the profile server, or None (no roaming profile, or a local part of it)."""
    if roaming is None:
        return None
    profile = _pure(_resolve_windows(roaming.profile, None), True)
    local = (_pure(_resolve_windows(roaming.local, None), True),
             profile / "AppData" / "LocalLow")
    if not _inside(path, profile, True) or any(_inside(path, p, True) for p in local):
        return None
    return SyncRoot(ROAMING_PROFILE, str(profile), ROAMING)


def in_profile(path: str | os.PathLike, roaming: RoamingProfile | VanishingProfile) -> bool:
    """True when ``path`` lies in her profile folder (the local part included)."""
    return _inside(_pure(_resolve_windows(os.fspath(path), None), True),
                   _pure(_resolve_windows(roaming.profile, None), True), True)


def sync_root_of(path: str | os.PathLike, *, platform: str | None = None,
                 env: Mapping[str, str] | None = None,
                 registry: RegistryReader | None = None,
                 home: Path | None = None,
                 long_path: LongPath | None = None) -> SyncRoot | None:
    """The sync root that holds ``path`` (which need not exist yet), or None.

    The path and every root are resolved before they are compared (``_resolve``): a link
    into a synced folder, a relative path or another spelling of it is found too.
    ``platform`` defaults to ``sys.platform``, ``env`` to ``os.environ``, ``registry`` to
    this machine's (Windows) or none, ``home`` to the user's home folder, ``long_path``
    (8.3 short names → long names) to GetLongPathNameW on Windows."""
    platform = platform or sys.platform
    windows = platform.startswith("win")
    env = os.environ if env is None else env
    if long_path is None and windows and sys.platform.startswith("win"):
        long_path = _windows_long_path
    typed = os.fspath(path)
    text = _resolve(typed, windows, long_path)
    pure = _pure(text, windows)
    found = _best(pure, known_sync_roots(platform=platform, env=env, registry=registry,
                                         home=home), windows, long_path)
    if found:
        return found
    if windows:
        found = roaming_root(pure, roaming_profile(platform=platform, env=env,
                                                   registry=registry))
        if found:
            return found
    if windows == sys.platform.startswith("win"):  # the path is one of this file system
        found = _marker_root(Path(text))
        if found:
            return found
    return _name_root(pure) or _name_root(_pure(typed, windows))
