"""The data key unwrapped in a short-lived child process.

Unwrapping the data key costs whoever does it for the rest of its life: Argon2id fills
64 MiB (the key file's ``memory_kib``) that stay in the process's peak, ``argon2`` maps
about 3 MB and ``cryptography``'s Rust library about 7 MB file-mapped and 2 MB anonymous,
none of which is given back. The GUI needs them for half a second at the unlock. So the
GUI never imports them: its unlock starts this module as a child (``ssa-desktop
--unwrap-child``, the same executable in the frozen build, like ``keychain``), which
derives, unwraps, answers and ends.

Protocol: one JSON request on the child's stdin, one answer on its stdout.

- ``{"op": "passphrase", "key_file": <the key file's JSON text>, "passphrase": ...}``:
  the key file as the parent parsed it (so the child unwraps exactly that file), the
  passphrase; answer ``{"key": "<64 hex>"}`` or ``{"error": "WrongPassphrase"}`` /
  ``"KeyFileDamaged"`` / another exception's class name.
- ``{"op": "device", "device_file": <its JSON text>, "device_key": "<hex>", "vault_uuid":
  ..., "device_id": ...}`` (remembered on this device, ``keystore``): answer as above,
  ``{"error": "refused"}`` when the device key does not open the file.

- ``{"op": "remembered", "vault_uuid": ..., "folder": ...}`` (the GUI's remembered
  unlock and its question whether there is a keychain, in ONE child): the child
  asks the keychain (``keychain.answer``) for the vault's entry and opens the device's
  wrapped key file itself; answer as above, then a newline and the keychain's status
  ``{"available": ..., "backend": ..., "remembered": ..., "legacy": ...}``;
  ``{"error": "not remembered"}`` when nothing (or an entry of an older version, opened
  the old way) is there.

- ``{"op": "remembered", ..., "stay": true}`` (the unlock window: ONE child per unlock):
  the request is one line, the answer as above ends with a newline; when nothing was
  opened (``"not remembered"``, ``"refused"``) the child stays and reads the rest of its
  stdin as one ``"passphrase"`` request (anything else is refused), answers it and ends; its stdin
  closed without a request (the window closed, the remembered key opened elsewhere), it
  ends without a word (``UnlockChild``).

The passphrase, the device key and the data key cross a pipe between two processes of
the same user; never a command line, the environment, a log or an exception text. The
parent reads the answer into a ``bytearray`` and matches the key byte by byte (no
immutable copy of it), overwrites the request and the answer, and the caller overwrites
the key when it opened nothing (``Vault.unlock``). The child is started and read through
``child_process`` (nothing from the working directory runs in it; its own process
group). A child that cannot be started, does not answer within ``TIMEOUT_S`` or answers
anything but the expected answer (garbled, nested, an answer to another request) is
``UnwrapFailed``: a German sentence, nothing written.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain import strict_json
from . import child_process
from .errors import KeyFileDamaged, VaultError, WrongPassphrase

CHILD_FLAG = "--unwrap-child"
TIMEOUT_S = 120      # Argon2 with the ceiling's parameters on a slow machine, not a hang
KEY_BYTES = 32
_PREFIX = b'{"key": "'
_SUFFIX = b'"}'
_ANSWER_LIMIT = 4096
_NOT_REMEMBERED = b'{"error": "not remembered"}'
_REFUSED = b'{"error": "refused"}'
# what a "remembered" request with ``stay`` answers before it waits for her passphrase:
# nothing opened (no entry, or a device file revoked, gone or damaged)
_OPENED_NOTHING = (_NOT_REMEMBERED + b"\n", _REFUSED + b"\n")
_ERRORS: dict[str, type[VaultError]] = {"WrongPassphrase": WrongPassphrase,
                                        "KeyFileDamaged": KeyFileDamaged}


class UnwrapFailed(VaultError):
    """The child process could not be started, did not answer or answered nonsense."""

    default_message = ("Der Schlüssel des Tresors konnte nicht entschlüsselt werden: der dafür "
                       "gestartete Hilfsprozess von SSA Desktop hat nicht geantwortet. Es wurde "
                       "nichts verändert. Bitte versuchen Sie es erneut; bleibt der Fehler, "
                       "starten Sie SSA Desktop neu oder installieren Sie es erneut.")


def child_command() -> list[str]:
    """The frozen build's own executable, else Python with a safe path (``child_process``)."""
    return child_process.command(CHILD_FLAG)


def _zero(buf: bytearray) -> None:
    for i in range(len(buf)):
        buf[i] = 0


def _hex_value(char: int) -> int:
    if 48 <= char <= 57:
        return char - 48
    if 97 <= char <= 102:
        return char - 87
    raise ValueError("not a hex digit")


def _key_from(answer: bytearray) -> bytearray | None:
    """The key in ``{"key": "<hex>"}``, decoded without an immutable copy; None if the
    answer is something else."""
    size = len(_PREFIX) + 2 * KEY_BYTES + len(_SUFFIX)
    if len(answer) != size or not answer.startswith(_PREFIX) or not answer.endswith(_SUFFIX):
        return None
    key = bytearray(KEY_BYTES)
    start = len(_PREFIX)
    try:
        for i in range(KEY_BYTES):
            key[i] = (_hex_value(answer[start + 2 * i]) << 4) | _hex_value(answer[start + 2 * i + 1])
    except ValueError:
        _zero(key)
        return None
    return key


def _ask(request: dict[str, Any], child: Any = None) -> bytearray:
    """One request to a new child (or to ``child``, waiting for it: ``UnlockChild``); its
    answer (the key or a typed error). Any other answer, a child that cannot be started
    or does not answer in ``TIMEOUT_S`` is ``UnwrapFailed``."""
    payload = bytearray(json.dumps(request).encode("utf-8"))
    answer = bytearray()
    try:
        got = (child_process.exchange(child_command(), payload, _ANSWER_LIMIT, TIMEOUT_S)
               if child is None
               else child_process.converse(child, payload, _ANSWER_LIMIT, TIMEOUT_S))
        if got is None:
            raise UnwrapFailed()
        answer, returncode = got
        if returncode != 0:
            raise UnwrapFailed()
        return _read_answer(answer, None)
    except (VaultError, _Refused):
        raise
    except Exception:  # garbled or hostile (nesting: RecursionError): never past here
        raise UnwrapFailed() from None
    finally:
        _zero(payload)
        _zero(answer)


def _read_answer(answer: bytearray, status: dict[str, Any] | None) -> bytearray:
    newline = answer.find(b"\n")
    if newline >= 0:
        if status is None:  # only "remembered" is answered with a status line
            raise UnwrapFailed()
        extra = strict_json.loads(bytes(answer[newline + 1:]).decode("utf-8"))
        if not isinstance(extra, dict):
            raise UnwrapFailed()
        status.update(extra)
        del answer[newline:]  # the status holds no secret; the head is matched in place
    key = _key_from(answer)
    if key is not None:
        return key
    reply = strict_json.loads(bytes(answer).decode("utf-8"))
    error = reply.get("error") if isinstance(reply, dict) else None
    if not isinstance(error, str):
        raise UnwrapFailed()
    if error in _ERRORS:
        raise _ERRORS[error]()
    if error in ("refused", "not remembered"):
        raise _Refused()
    raise UnwrapFailed()


class _Refused(Exception):
    """The device key does not open the device's wrapped key file."""


def unwrap(keyfile: Any, passphrase: str, child: Any = None) -> bytearray:
    """``KeyFile.unwrap`` in a child process (a new one, or ``child`` waiting for it):
    the data key, or ``WrongPassphrase``, ``KeyFileDamaged`` or ``UnwrapFailed``.
    ``keyfile`` is a ``keyfile.KeyFile``."""
    try:
        return _ask({"op": "passphrase", "key_file": keyfile.to_json().decode("utf-8"),
                     "passphrase": passphrase}, child)
    except _Refused:  # an answer that belongs to another request
        raise UnwrapFailed() from None


def open_device_file(raw: bytes, device_key: bytes | bytearray, vault_uuid: str,
                     device_id: str) -> bytearray | None:
    """``keystore.open_device_file`` in a child process; None also when the child failed
    (remembering is a convenience: she types the passphrase instead)."""
    try:
        return _ask({"op": "device", "device_file": bytes(raw).decode("utf-8"),
                     "device_key": bytes(device_key).hex(), "vault_uuid": vault_uuid,
                     "device_id": device_id})
    except (_Refused, VaultError, UnicodeDecodeError):
        return None


@dataclass
class Remembered:
    """The answer of the "remembered" request: the data key (None if nothing opened) and
    what the keychain said on the way."""

    key: bytearray | None
    available: bool
    backend: str
    remembered: bool
    legacy: bool


def recall_remembered(vault_uuid: str, folder: Path) -> Remembered | None:
    """The key this device remembers for the vault, asked of the keychain and unwrapped
    in one child process; None when the child failed (she types the passphrase)."""
    payload = bytearray(json.dumps({"op": "remembered", "vault_uuid": vault_uuid,
                                    "folder": str(folder)}).encode("utf-8"))
    got = child_process.exchange(child_command(), payload, _ANSWER_LIMIT, TIMEOUT_S)
    _zero(payload)
    if got is None:
        return None
    answer, returncode = got
    if returncode != 0:
        _zero(answer)
        return None
    return _remembered_answer(answer, {})


def _remembered_answer(answer: bytearray, status: dict[str, Any]) -> Remembered | None:
    """The parent's reading of a "remembered" answer (overwritten here)."""
    try:
        key: bytearray | None = _read_answer(answer, status)
    except _Refused:
        key = None
    except Exception:  # a typed error, garbled or hostile: never past here
        return None
    finally:
        _zero(answer)
    if "available" not in status:
        if key is not None:
            _zero(key)
        return None
    return Remembered(key, bool(status.get("available")), str(status.get("backend", "")),
                      bool(status.get("remembered")), bool(status.get("legacy")))


class UnlockChild:
    """The one child process of an unlock in the window. ``recall`` asks it for the key
    remembered on this device (the keychain and the device's key file); when nothing was
    remembered it stays, and ``unwrap`` hands it the passphrase she then types, so that a
    passphrase unlock starts one process, not two (AppLocker/WDAC, antivirus: every start
    counts). A second ``unwrap`` (her first passphrase was wrong), or one without a child
    waiting, starts a new child as ``unwrap`` does. ``close`` ends a waiting child; safe
    from any thread, and more than once."""

    def __init__(self) -> None:
        import threading

        self._lock = threading.Lock()
        self._child: Any = None
        self._closed = False

    def recall(self, vault_uuid: str, folder: Path) -> Remembered | None:
        """The "remembered" request with ``stay``; None when the child failed."""
        import subprocess

        payload = bytearray(json.dumps({"op": "remembered", "vault_uuid": vault_uuid,
                                        "folder": str(folder), "stay": True}).encode("utf-8")
                            + b"\n")
        with self._lock:
            if self._closed:
                return None
            try:
                child = child_process.start(child_command())
            except (OSError, ValueError, subprocess.SubprocessError):
                return None
            answer = child_process.first_answer(child, payload, 2, _ANSWER_LIMIT, TIMEOUT_S)
            _zero(payload)
            if answer is None:
                return None
            del answer[-1:]  # the answer's closing newline
            # it stays only when it opened nothing (a key, an older entry: it ends)
            stays = answer.startswith(_OPENED_NOTHING)
            status: dict[str, Any] = {}
            remembered = _remembered_answer(answer, status)
            if (stays and remembered is not None and not remembered.legacy
                    and not self._closed and child.poll() is None):
                self._child = child   # nothing opened: it waits for her passphrase
            else:
                child_process.end(child)
        if self._closed:   # closed while it was asked: ended here or by close itself
            self.close()
        return remembered

    def unwrap(self, keyfile: Any, passphrase: str) -> bytearray:
        """``unwrap`` through the waiting child, or a new one (also while the keychain is
        still being asked: her passphrase does not wait for it; that child then ends)."""
        if not self._lock.acquire(blocking=False):
            self._closed = True   # the running request ends its child
            return unwrap(keyfile, passphrase)
        try:
            child, self._child = self._child, None
        finally:
            self._lock.release()
        if child is None or child.poll() is not None:
            if child is not None:
                child_process.end(child)
            return unwrap(keyfile, passphrase)
        return unwrap(keyfile, passphrase, child)

    def close(self) -> None:
        """End a waiting child; never waits for a request in progress (``recall`` then
        ends its child itself, ``unwrap`` already took it)."""
        self._closed = True
        if not self._lock.acquire(blocking=False):
            return
        try:
            child, self._child = self._child, None
        finally:
            self._lock.release()
        if child is not None:
            child_process.end(child)


def recall_in_child(store: Any, vault_uuid: str, folder: Path,
                    unlock_child: UnlockChild | None = None) -> Any:
    """``DeviceKeyStore.recall`` for the GUI (a ``keystore.Recalled`` or None): the
    keychain asked and the device file opened in ONE child process, which also tells
    ``store`` whether there is a keychain and whether it remembers the vault; an older
    version's entry is then recalled the old way (and replaced by the caller). With
    ``unlock_child`` that child stays for her passphrase when nothing was remembered."""
    from .keystore import Recalled

    answer = (unlock_child.recall(vault_uuid, folder) if unlock_child is not None
              else recall_remembered(vault_uuid, folder))
    if answer is None:
        return None
    store.note_recalled(vault_uuid, available=answer.available, backend=answer.backend,
                        remembered=answer.remembered)
    if answer.legacy:  # a key sent along is not used: overwritten
        if answer.key is not None:
            _zero(answer.key)
        return store.recall(vault_uuid, folder, open_file=open_device_file)
    return None if answer.key is None else Recalled(answer.key, legacy=False)


def _remembered(request: dict[str, Any]) -> bytes:
    """The child's part of "remembered": the keychain's entry, then the device file."""
    from .keychain_backend import answer as ask_keychain
    from .keystore import SERVICE, open_entry

    vault_uuid = str(request["vault_uuid"])
    reply = ask_keychain({"op": "get", "service": SERVICE, "username": vault_uuid})
    value = reply.get("value") if not reply.get("error") else None
    status = {"available": bool(reply.get("available")), "backend": str(reply.get("backend", "")),
              "remembered": bool(value), "legacy": False}
    head = _NOT_REMEMBERED
    if isinstance(value, str) and value:
        recalled = open_entry(value, vault_uuid, Path(str(request["folder"])))
        if recalled is None:
            head = _REFUSED
        elif recalled.legacy:  # an older version's entry: the parent replaces it in process
            status["legacy"] = True
            _zero(recalled.data_key)
        else:
            head = _PREFIX + bytes(recalled.data_key).hex().encode("ascii") + _SUFFIX
            _zero(recalled.data_key)
    return head + b"\n" + json.dumps(status).encode()


# -- the child ------------------------------------------------------------------------------
def answer(request: dict[str, Any]) -> bytes:
    """The child's work: derive and unwrap, or open a device's wrapped key file."""
    from .keyfile import KeyFile
    from .keystore import open_device_file as open_in_process

    op = request.get("op")
    key: bytearray | None
    if op == "passphrase":
        key = KeyFile.from_json(str(request["key_file"]).encode("utf-8")).unwrap(
            str(request["passphrase"]))
    elif op == "device":
        key = open_in_process(str(request["device_file"]).encode("utf-8"),
                              bytes.fromhex(str(request["device_key"])),
                              str(request["vault_uuid"]), str(request["device_id"]))
        if key is None:
            return json.dumps({"error": "refused"}).encode()
    elif op == "remembered":
        return _remembered(request)
    else:
        return json.dumps({"error": "unknown request"}).encode()
    return _PREFIX + bytes(key).hex().encode("ascii") + _SUFFIX


def serve() -> int:
    """Entry of the child process: read one request, write one answer, end (a
    "remembered" request with ``stay`` that opened nothing: then one "passphrase")."""
    from ..hardening import harden_process

    harden_process()  # no core dump of a process that held the passphrase and the key
    if sys.platform == "win32":  # an installer waits while the unlock child runs too
        from ..app_mutex import hold_app_mutexes

        hold_app_mutexes()
    stdin = sys.stdin.buffer
    stay = False
    try:
        first = stdin.readline()   # a request is one line (JSON has no raw newline)
        request = strict_json.loads(first.decode("utf-8") if first.endswith(b"\n")
                             else (first + stdin.read()).decode("utf-8"))
        request = request if isinstance(request, dict) else {}
        stay = request.get("op") == "remembered" and request.get("stay") is True
        reply = answer(request)
    except Exception as err:  # any failure is an answer, never a traceback (nor its text)
        reply = json.dumps({"error": type(err).__name__}).encode()
    if not stay:
        sys.stdout.buffer.write(reply)
        sys.stdout.flush()
        return 0
    sys.stdout.buffer.write(reply + b"\n")
    sys.stdout.flush()
    if not reply.startswith(_OPENED_NOTHING):
        return 0   # a key or an older entry: nothing more to do
    try:
        rest = stdin.read()
        if not rest:
            return 0   # closed unused: the window went, or the key opened elsewhere
        second = strict_json.loads(rest.decode("utf-8"))
        if not isinstance(second, dict) or second.get("op") != "passphrase":
            reply = json.dumps({"error": "unknown request"}).encode()
        else:
            reply = answer(second)
    except Exception as err:
        reply = json.dumps({"error": type(err).__name__}).encode()
    sys.stdout.buffer.write(reply)
    sys.stdout.flush()
    return 0

