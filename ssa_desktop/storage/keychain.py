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

The child's side (``keyring`` asked, ``answer``, ``serve``) and ``InProcessKeychain`` (a
``keyring`` backend object behind the same interface: the tests' in-memory keychain, a
fail backend) are ``keychain_backend``: the GUI never runs them (21 kB of code).
"""

from __future__ import annotations

import json
import re
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
