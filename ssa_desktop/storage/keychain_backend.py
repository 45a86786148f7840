"""The keychain child's side (``storage.keychain``): ``keyring`` asked, one request
answered (``answer``, ``serve``), and ``InProcessKeychain``, a ``keyring`` backend object
behind ``ChildKeychain``'s interface (the tests' in-memory keychain, a fail backend). The
GUI never imports this module: it asks a child.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from ..domain import strict_json
from .keychain import CRED_PERSIST_LOCAL_MACHINE, KeychainError, device_id_of


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
