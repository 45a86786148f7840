"""The OS keychain, asked in a short-lived child process.

``keyring`` with its backends (Secret Service over D-Bus, KWallet, macOS, Windows) and what
they pull in (jeepney, secretstorage, an HTTP client through ``jaraco``) cost the GUI
process 13–15 MB of memory that it never gives back, for the two or three questions a
session asks: is there a keychain, what does it hold for this vault, store or delete an
entry. So the GUI never imports ``keyring``: each question starts this module as a child
(``ssa-desktop --keychain-child``, the same executable in the frozen build), which answers
one request and ends.

Protocol: one JSON request on the child's stdin, one JSON answer on its stdout. The
entry (a device key, never the data key or the passphrase: ``keystore``) crosses a pipe
between two processes of the same user, as it crosses the D-Bus socket to the Secret
Service anyway; it is never on a command line or in the environment. Every answer also
says whether a keychain is available and which backend it is. After the unlock the GUI
asks only ``has`` (a yes/no), ``forget`` (deleted in the child; the answer names only
the entry's device id) and ``replace`` (a new device key stored; the answer names only
the previous entry's device id), so a stored device key stays in the child. Started and read through
``child_process`` (nothing from the working directory runs in it).

``InProcessKeychain`` puts a ``keyring`` backend object behind the same interface (the
tests' in-memory keychain, a fail backend).
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from ..domain import strict_json
from . import child_process

CHILD_FLAG = "--keychain-child"
TIMEOUT_S = 60       # a locked keychain may ask its owner for her login password first
_ANSWER_LIMIT = 65536
# Windows Credential Manager: keyring's default persistence is "enterprise", which roams
# with a roaming profile to every machine she logs on to; the device key stays here.
CRED_PERSIST_LOCAL_MACHINE = 2


# The form of a device's keychain entry (``keystore`` writes it): "geraeteschluessel-v1:"
# + the device id (the wrapped key file's name) + ":" + the device key.
ENTRY_PREFIX = "geraeteschluessel-v1:"
_ENTRY = re.compile(rf"^{ENTRY_PREFIX}([0-9a-f]{{16}}):([0-9a-f]{{64}})$")


def device_id_of(entry: str | None) -> str | None:
    """The device id a keychain entry names (the name of its wrapped key file), or None."""
    match = _ENTRY.match(entry or "")
    return match.group(1) if match else None


class KeychainError(Exception):
    """The keychain refused, is locked or missing, or the child did not answer."""


def child_command() -> list[str]:
    """The frozen build's own executable, else Python with a safe path (``child_process``)."""
    return child_process.command(CHILD_FLAG)


class ChildKeychain:
    """What ``DeviceKeyStore`` needs of a keychain, each question answered by a child."""

    def __init__(self) -> None:
        self._available: bool | None = None
        self._name = ""

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        got = child_process.exchange(child_command(), json.dumps(request).encode(),
                                     _ANSWER_LIMIT, TIMEOUT_S)
        try:
            answer = strict_json.loads(bytes(got[0]).decode("utf-8") or "null") if got else None
        except Exception:  # garbled or hostile (nesting: RecursionError)
            answer = None
        finally:
            if got:
                child_process.zero(got[0])
        if not isinstance(answer, dict):
            raise KeychainError("no answer from the keychain")
        self._available = bool(answer.get("available"))
        self._name = str(answer.get("backend", ""))
        if answer.get("error"):
            raise KeychainError(str(answer["error"]))
        return answer

    def note_status(self, available: bool, backend: str) -> None:
        """What another child (``unwrap_child``'s "remembered" request) found out."""
        self._available, self._name = bool(available), backend

    def known_unavailable(self) -> bool:
        """True only when a child already said there is no keychain (nobody is asked)."""
        return self._available is False

    def available(self) -> bool:
        if self._available is None:
            try:
                self._ask({"op": "status"})
            except KeychainError:
                self._available = False
        return bool(self._available)

    def backend_name(self) -> str:
        self.available()
        return self._name

    def get_password(self, service: str, username: str) -> str | None:
        value = self._ask({"op": "get", "service": service, "username": username}).get("value")
        return value if isinstance(value, str) else None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._ask({"op": "set", "service": service, "username": username,
                   "password": password})

    def delete_password(self, service: str, username: str) -> None:
        self._ask({"op": "delete", "service": service, "username": username})

    def replace(self, service: str, username: str, password: str) -> str | None:
        """Store ``password`` in place of the entry; the device id the previous entry
        named (read in the child, for the caller to revoke its wrapped key file)."""
        found = self._ask({"op": "replace", "service": service, "username": username,
                           "password": password}).get("previous")
        return found if isinstance(found, str) else None

    def has(self, service: str, username: str) -> bool:
        """Whether there is an entry; the entry itself stays in the child."""
        return self._ask({"op": "has", "service": service, "username": username}
                         ).get("remembered") is True

    def forget(self, service: str, username: str) -> str | None:
        """Delete the entry in the child; the device id it named (not secret: a file
        name in the vault folder), for the caller to remove the wrapped key file."""
        found = self._ask({"op": "forget", "service": service, "username": username}
                          ).get("device_id")
        return found if isinstance(found, str) else None

    def forget_all(self, service: str) -> int:
        return int(self._ask({"op": "forget_all", "service": service}).get("removed", 0))


def _usable(backend: Any) -> bool:
    from keyring.backends import fail

    if isinstance(backend, fail.Keyring):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # a backend whose priority check itself fails is not usable
        return False


def _name(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


class InProcessKeychain:
    """A ``keyring`` backend object behind the interface of ``ChildKeychain``."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend

    def available(self) -> bool:
        return _usable(self.backend)

    def known_unavailable(self) -> bool:
        return not self.available()

    def backend_name(self) -> str:
        return _name(self.backend)

    def _call(self, method: str, *args: str) -> Any:
        import keyring.errors

        try:
            return getattr(self.backend, method)(*args)
        except keyring.errors.KeyringError as err:
            raise KeychainError(type(err).__name__) from None

    def get_password(self, service: str, username: str) -> str | None:
        return self._call("get_password", service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._call("set_password", service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._call("delete_password", service, username)

    def replace(self, service: str, username: str, password: str) -> str | None:
        previous = self.get_password(service, username)
        self.set_password(service, username, password)
        return device_id_of(previous)

    def has(self, service: str, username: str) -> bool:
        return bool(self.get_password(service, username))

    def forget(self, service: str, username: str) -> str | None:
        value = self.get_password(service, username)
        if value is None:
            return None
        try:
            self.delete_password(service, username)
        except KeychainError:  # as before: the wrapped key file is removed all the same
            pass
        return device_id_of(value)

    def forget_all(self, service: str) -> int:
        import keyring.errors

        try:
            return forget_all(self.backend, service)
        except keyring.errors.KeyringError as err:
            raise KeychainError(type(err).__name__) from None


def _has_persistence(backend: Any) -> bool:
    """The Credential Manager backend: its class declares ``persist`` (looked up in the
    classes, as reading it without pywin32 fails)."""
    return any("persist" in vars(cls) for cls in type(backend).__mro__)


def configure_backend(backend: Any, platform: str | None = None) -> Any:
    """Set up the active backend before it is asked: on Windows the Credential Manager
    backend (``WinVaultKeyring``, alone or in a chain) stores with local-machine
    persistence, so the entry does not roam with the profile."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        for candidate in getattr(backend, "backends", None) or [backend]:
            if _has_persistence(candidate):
                candidate.persist = CRED_PERSIST_LOCAL_MACHINE
    return backend


def _windows_targets(pattern: str) -> list[str]:
    """Target names of the Credential Manager's generic credentials matching ``pattern``."""
    try:
        from win32ctypes.pywin32 import win32cred
    except ImportError:  # pywin32 instead of pywin32-ctypes
        import win32cred
    try:
        found = win32cred.CredEnumerate(Filter=pattern, Flags=0)
    except Exception:  # ERROR_NOT_FOUND: nothing stored
        return []
    return [str(c["TargetName"]) for c in found or ()]


def _kwallet_entries(backend: Any, service: str) -> list[str] | None:
    """The entry names of KWallet's folder ``service`` (keyring's KWallet backend keeps
    one folder per service, one entry per user name); None for another backend."""
    try:
        from keyring.backends.kwallet import DBusKeyring
    except ImportError:
        return None
    if not isinstance(backend, DBusKeyring):
        return None
    if not backend.connected(service):
        raise KeychainError("wallet not open")
    return [str(name) for name in backend.iface.entryList(backend.handle, service,
                                                          backend.appid)]


def _forget_in(candidate: Any, service: str, windows_targets: Any) -> int | None:
    """Delete every entry of ``service`` in one backend; None where it cannot list them."""
    if _has_persistence(candidate) and hasattr(candidate, "_delete_password"):
        targets = (windows_targets or _windows_targets)(f"*{service}")
        mine = [t for t in targets if t == service or t.endswith(f"@{service}")]
        for target in mine:
            candidate._delete_password(target)
        return len(mine)
    if hasattr(candidate, "get_preferred_collection"):
        collection = candidate.get_preferred_collection()
        items = list(collection.search_items({"service": service}))
        for item in items:
            item.delete()
        return len(items)
    names = _kwallet_entries(candidate, service)
    if names is not None:
        for name in names:
            candidate.iface.removeEntry(candidate.handle, service, name, candidate.appid)
        return len(names)
    return None


def forget_all(backend: Any, service: str, *,
               windows_targets: Any = None) -> int:
    """Delete every entry of ``service`` this device's keychain holds (the uninstaller,
    ``forget-device --all``): on Windows every Credential Manager target ``service`` or
    ``…@service`` (keyring's names), in the Secret Service every item with that
    ``service`` attribute, in KWallet every entry of the folder ``service``. A chain of
    backends (KDE: KWallet, then the Secret Service) is emptied in every one of them.
    How many were deleted; KeychainError where a backend cannot list its entries
    (macOS: the keychain's own tool), after deleting in the others, so that the
    caller never reports a success while entries may remain."""
    candidates = getattr(backend, "backends", None) or [backend]
    removed, unlisted = 0, False
    for candidate in candidates:
        count = _forget_in(candidate, service, windows_targets)
        if count is None:
            unlisted = True
        else:
            removed += count
    if unlisted:
        raise KeychainError("cannot list entries")
    return removed


def answer(request: dict[str, Any]) -> dict[str, Any]:
    """The child's work: one request against the active ``keyring`` backend."""
    import keyring

    backend = configure_backend(keyring.get_keyring())
    reply: dict[str, Any] = {"available": _usable(backend), "backend": _name(backend)}
    op = request.get("op")
    if op == "status":
        return reply
    if not reply["available"]:
        reply["error"] = "no keychain"
        return reply
    keychain = InProcessKeychain(backend)
    service, username = str(request.get("service", "")), str(request.get("username", ""))
    try:
        if op == "get":
            reply["value"] = keychain.get_password(service, username)
        elif op == "has":  # a yes/no only: the GUI's questions after the unlock
            reply["remembered"] = keychain.has(service, username)
        elif op == "forget":  # the entry deleted here; only its (public) device id goes back
            reply["device_id"] = keychain.forget(service, username)
        elif op == "replace":  # the old entry read here; only its device id goes back
            reply["previous"] = keychain.replace(service, username,
                                                 str(request.get("password", "")))
        elif op == "set":
            keychain.set_password(service, username, str(request.get("password", "")))
        elif op == "delete":
            keychain.delete_password(service, username)
        elif op == "forget_all":
            reply["removed"] = forget_all(backend, service)
        else:
            reply["error"] = "unknown request"
    except KeychainError as err:
        reply["error"] = str(err)
    return reply


def serve() -> int:
    """Entry of the child process: read one request, write one answer, end."""
    from ..hardening import harden_process

    harden_process()  # no core dump of a process that held a device key
    try:
        request = strict_json.loads(sys.stdin.buffer.read().decode("utf-8"))
        reply = answer(request if isinstance(request, dict) else {})
    except Exception as err:  # any failure is an answer, never a traceback on stdout
        reply = {"available": False, "error": type(err).__name__}
    sys.stdout.write(json.dumps(reply))
    sys.stdout.flush()
    return 0
