"""What every handing over shares (docs/handover.md): package keys, writing and opening
a package file, the registry of the packages this vault issued or received, their
expiry and the removal of their keys. The use cases are beside it:
``handover_deputy`` (writing a Vertretungspaket), ``handover_deputy_work`` (the deputy's
work in it and her return), ``handover_return`` (reading the return),
``handover_school`` (handing on one school), ``handover_receipt`` (the successor's
receipt) and ``handover_confirm`` (deleting what was handed over). GUI and CLI call
these functions; SQL is in ``storage/handover_repo.py`` (package files, registries),
``storage/handover_deputy_repo.py`` (a Vertretungspaket and its return) and
``storage/handover_school_repo.py`` (a school package and its manifest), the rules in
``domain/handover.py``.

A package is one SQLCipher 4 file under its own random key, shown once as 64 hex digits
(like the emergency key) and printed on a sheet. The issuing vault remembers each
package it wrote (id, kind, key, content hash) in its ``meta`` table, so a return or a
receipt is checked against it without typing the key again. Every transfer is entered
in the disclosure log (recipient, categories, legal basis; no content).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain import clock
from ..domain import handover as rules
from ..domain.os_reasons import os_reason
from ..domain.writing import Writing
from ..formatting import fmt_date
from ..storage import claims
from ..storage import handover_deputy_repo as qd
from ..storage import handover_repo as q
from ..storage import handover_school_repo as qs
from ..storage.connection import Connection
from ..storage.emergency import format_key, parse_key
from ..storage.errors import FileInUse, InvalidEmergencyKey, VaultError
from ..storage.mapper import Table
from ..storage.transactions import transaction
from . import retention
from .operations import DataKind, writes

PackageError = q.PackageError
SUFFIX = q.SUFFIX
RECEIPT_SUFFIX = q.RECEIPT_SUFFIX


class PackageExpired(PackageError):  # noqa: N818 - the package is expired: what the user reads
    """The package was past its end and has been deleted; str() says so in German."""


# -- keys ------------------------------------------------------------------------------------
def parse_package_key(text: str) -> bytearray:
    try:
        return parse_key(text)
    except InvalidEmergencyKey:
        raise PackageError("Der Paketschlüssel besteht aus 64 Zeichen (0–9 und A–F), wie auf "
                           "dem Paketblatt gedruckt; Leerzeichen sind egal.") from None


def _zero(buf: bytearray) -> None:
    for i in range(len(buf)):
        buf[i] = 0


@dataclass(frozen=True)
class DuePerson:
    """A person of a package who is already due for deletion under the retention rules
    („Löschung fällig"): by default she is left out of the package."""

    person_id: str
    pseudonym: str
    reason: str     # the rule's German sentence (``Assessment.reason``)


def due_persons(conn: Connection, person_ids: Iterable[str],
                today: date | None = None) -> list[DuePerson]:
    """The persons of ``person_ids`` the retention rules hold due for deletion on
    ``today`` (the list „Löschung fällig"), by pseudonym."""
    wanted = set(person_ids)
    if not wanted:
        return []
    due = {a.record_id: a.reason for a in retention.due_persons(conn, today)
           if a.record_id in wanted}
    return sorted((DuePerson(pid, pseudonym, due[pid])
                   for pid, pseudonym in qd.pseudonyms(conn, due)), key=lambda d: (d.pseudonym, d.person_id))


def split_due(conn: Connection, person_ids: list[str], send_due: Iterable[str],
              today: date | None = None) -> tuple[list[str], list[DuePerson], list[DuePerson]]:
    """(the persons that go, the due ones left out, the due ones sent anyway): a due
    person goes only when ``send_due`` names her („trotzdem mitgeben")."""
    sent = set(send_due)
    due = due_persons(conn, person_ids, today)
    left_out = [d for d in due if d.person_id not in sent]
    gone = {d.person_id for d in left_out}
    return ([pid for pid in person_ids if pid not in gone], left_out,
            [d for d in due if d.person_id in sent])


@dataclass
class PackageResult:
    path: Path
    package_id: str
    key_text: str          # shown once; printed on the sheet; never in a file name or log
    kind: str
    counts: dict[str, int]
    recipient: str
    expires: date | None = None
    period: rules.Period | None = None
    content_hash: str = ""
    persons: list[str] = field(default_factory=list)
    left_out: list[DuePerson] = field(default_factory=list)   # due, not sent (the default)
    sent_due: list[DuePerson] = field(default_factory=list)   # due, sent anyway


def default_name(kind: str, today: date, package_id: str) -> str:
    stem = {rules.KIND_DEPUTY: "vertretung", rules.KIND_SCHOOL: "schuluebergabe",
            rules.KIND_RETURN: "rueckgabe"}[kind]
    return f"{stem}-{today.isoformat()}-{package_id[:8]}{SUFFIX}"


def _target(path: Path | str, kind: str, today: date, package_id: str) -> Path:
    try:
        return _free_target(Path(path), kind, today, package_id)
    except OSError as err:   # a name too long, a folder she may not read
        raise PackageError(_not_written(err)) from None


def _not_written(err: OSError) -> str:
    return (f"Das Paket konnte nicht geschrieben werden ({os_reason(err)}). "
            "Es wurde nichts weitergegeben.")


def _free_target(path: Path, kind: str, today: date, package_id: str) -> Path:
    if path.is_dir():
        path = path / default_name(kind, today, package_id)
    if path.exists():
        raise PackageError(f"Die Datei {path.name} gibt es schon; sie wird nicht überschrieben.")
    if not path.parent.is_dir():
        raise PackageError(f"Den Ordner {path.parent} gibt es nicht.")
    return path


# the named steps of writing a package (its progress); the last is each kind's log entry
WRITING_PACKAGE = "Das Paket wird geschrieben …"
PERSONS_PACKED = "Die Personen sind eingepackt …"
CLOSING_PACKAGE = "Das Paket wird abgeschlossen …"


def _write_package(conn: Connection, target: Path, key: bytearray, meta: dict[str, str], copy) -> dict:
    """Write a package through its partial file beside ``target`` (``.….ssapaket.partial``,
    renamed into place when complete). Leftovers of killed writes in that folder are
    removed first; the issuing vault (``conn`` of a deputy or school package) notes the
    folder, so that its unlock cleans it even if no package is written there again."""
    with claims.claimed(target, what=Writing.PACKAGE):   # one writer per file
        q.clean_partials(target.parent)
        if meta.get("package_kind") in (rules.KIND_DEPUTY, rules.KIND_SCHOOL):
            with transaction(conn):
                q.remember_folder(conn, target.parent)
        try:
            tmp = q.temp_beside(target)
        except FileExistsError:
            raise PackageError("In diesem Ordner wird gerade ein Paket mit diesem Namen "
                               "geschrieben. Bitte warten und es dann erneut versuchen.") from None
        except OSError as err:
            raise PackageError(_not_written(err)) from None
        try:
            pkg = q.create(tmp, key, meta)
            try:
                with transaction(pkg):
                    counts = copy(pkg)
                    extra = meta_after_copy(pkg, meta.get("package_kind", ""))
                    for k, v in extra.items():
                        q.set_meta(pkg, k, v)
            except BaseException:
                pkg.close()
                raise
            q.finish(pkg, tmp, target)
        except VaultError:
            q.discard_partial(tmp)
            raise
        except OSError as err:
            q.discard_partial(tmp)
            raise PackageError(_not_written(err)) from None
        except BaseException:
            q.discard_partial(tmp)
            raise
    return counts


def clean_package_leftovers(conn: Connection) -> list[str]:
    """At unlock: remove what killed package writes left in the folders this vault last
    wrote packages to (those that are there now, e.g. the USB stick plugged in); one German
    sentence per folder cleaned."""
    said = []
    for folder in q.remembered_folders(conn):
        path = Path(folder)
        if not path.is_dir():
            continue
        removed = q.clean_partials(path)
        if removed:
            said.append(f"Reste eines abgebrochenen Paket-Schreibens in {path} entfernt: "
                        + ", ".join(removed) + ".")
    return said


# -- the baseline of a Vertretungspaket (the tables a return carries) -------------------------
def meta_after_copy(pkg, kind: str) -> dict[str, str]:
    """The baseline of a Vertretungspaket: per row a deputy may add to or change, a hash
    of each field as it went into the package, so that her return carries only what she
    touched and the import sees which fields she changed."""
    if kind != rules.KIND_DEPUTY:
        return {}
    return {"baseline": json.dumps(_field_baseline(pkg), sort_keys=True)}


_TABLES: dict[str, Table[Any]] = {name: qs.MANIFEST_BY_NAME[name] for name in rules.RETURN_TABLES}


def _row_json(table, obj) -> dict:
    from . import interchange

    return {s.name: interchange._to_json(s.kind, getattr(obj, s.name))
            for s in interchange.field_specs(table.name)}


def _field_baseline(pkg) -> dict[str, dict[str, dict[str, str]]]:
    """Per return table, per row, per field: the hash of the value in the package."""
    return {name: {obj.id: {f: rules.field_hash(v) for f, v in _row_json(_TABLES[name],
                                                                         obj).items()}
                   for obj in _TABLES[name].all(pkg)}
            for name in rules.RETURN_TABLES}


# -- opening a package (deputy, successor) --------------------------------------------------------
@dataclass
class PackageInfo:
    kind: str
    package_id: str
    label: str              # "Vertretung für … bis …" / "Übergabe der Schule …"
    meta: dict[str, str]
    counts: dict[str, int]
    expires: date | None


def _label(meta: dict[str, str]) -> str:
    kind = meta.get("package_kind", "")
    if kind in (rules.KIND_DEPUTY, rules.KIND_RETURN):
        who = meta.get("for_name") or "die Kollegin / den Kollegen"
        last = date.fromisoformat(meta["period_last"])
        prefix = "Rückgabe: " if kind == rules.KIND_RETURN else ""
        return f"{prefix}Vertretung für {who} bis {fmt_date(last)}"
    if kind == rules.KIND_SCHOOL:
        return f"Übergabe der Schule {meta.get('school_name', '')} an {meta.get('recipient', '')}"
    return rules.KIND_LABELS.get(kind, kind)


def _info(pkg) -> PackageInfo:
    meta = q.meta(pkg)
    kind = meta.get("package_kind", "")
    counts = {name: n for name, n in qd.package_counts(pkg).items() if n}
    expires = date.fromisoformat(meta["expires"]) if meta.get("expires") else None
    return PackageInfo(kind, meta.get("package_id", ""), _label(meta), meta, counts, expires)


def open_package(path: Path | str, key_text: str, *, today: date | None = None,
                 writable: bool = False, expected_kind: str | None = None):
    """(connection, info) of a package. An expired Vertretungspaket is deleted (overwritten,
    removed) with what killed writes of its returns left beside it, and ``PackageExpired``
    says so; a wrong key, a cut or foreign file is refused with a German sentence and the
    file is left as it was. Opening removes older leftovers of killed writes beside it."""
    today = today or clock.today()
    key = parse_package_key(key_text)
    try:
        pkg = q.open_package(Path(path), key, writable=writable)
    finally:
        _zero(key)
    try:
        with q.damaged_as_package_error():
            info = _info(pkg)
    except Exception:
        pkg.close()
        raise
    if expected_kind and info.kind != expected_kind:
        pkg.close()
        raise PackageError(f"Die Datei ist kein {rules.KIND_LABELS[expected_kind]}, sondern: "
                           f"{rules.KIND_LABELS.get(info.kind, 'ein anderes Paket')}.")
    if info.kind in (rules.KIND_DEPUTY, rules.KIND_RETURN) and info.expires \
            and rules.is_expired(info.expires, today):
        pkg.close()
        size, problem = shred(Path(path))
        q.shred_partials_of(Path(path).parent, info.package_id)
        if problem:
            raise PackageExpired(f"Das Vertretungspaket ({info.label}) ist seit "
                                 f"{fmt_date(info.expires)} abgelaufen und wird nicht mehr "
                                 f"geöffnet. {problem}")
        raise PackageExpired(
            f"Das Vertretungspaket ({info.label}) ist seit {fmt_date(info.expires)} abgelaufen "
            f"und wurde deshalb gelöscht: die Datei ({size} Byte) wurde überschrieben und "
            "entfernt. Es ist nicht wiederherstellbar.")
    q.clean_partials(Path(path).parent)
    return pkg, info


def package_info(path: Path | str, key_text: str, today: date | None = None) -> PackageInfo:
    pkg, info = open_package(path, key_text, today=today)
    pkg.close()
    return info


# -- the packages this vault issued: their keys and files ---------------------------------------
def _issued(conn: Connection, package_id: str) -> dict | None:
    return q.registry(conn, q.REGISTRY_PREFIX).get(package_id)


def _expires(entry: dict) -> date | None:
    if entry.get("kind") != rules.KIND_DEPUTY or not entry.get("last"):
        return None
    return rules.Period(date.fromisoformat(entry["first"]),
                        date.fromisoformat(entry["last"])).expires


def _shown_day(value) -> str:
    try:
        return fmt_date(date.fromisoformat(str(value)))
    except ValueError:
        return "(ohne gültiges Datum)"


@writes(DataKind.PACKAGES)
def remove_issued_key(conn: Connection, package_id: str, today: date, rule: str, *,
                      return_hash: str = "") -> str:
    """Remove the key of a package this vault issued; shred the package file where it
    still lies as written (same hash), else say where it was written. One deletion-log
    entry. Returns the German sentence for her."""
    entry = dict(_issued(conn, package_id) or {})
    path = Path(entry.get("path", "")) if entry.get("path") else None
    size, note = 0, ""
    if path is not None and path.is_file() and q.file_hash(path) == entry.get("hash"):
        size, note = shred(path)
        said = note or f"Die Paketdatei {path.name} wurde überschrieben und entfernt."
    elif path is not None and path.is_file():
        note = (f"Die Paketdatei liegt noch unter {path}; sie wurde seit dem Schreiben "
                "verändert und deshalb nicht gelöscht. Bitte löschen Sie sie dort.")
        said = note
    elif path is not None:
        note = (f"Die Paketdatei wurde unter {path} geschrieben und liegt dort nicht mehr; "
                "falls sie kopiert wurde, bitte die Kopie löschen.")
        said = note
    else:
        said = ""
    with transaction(conn):
        entry.pop("key", None)
        entry.pop("baseline", None)
        entry["key_removed"] = today.isoformat()
        if note:
            entry["file_note"] = note
        if return_hash:
            entry["returns_read"] = sorted({*entry.get("returns_read", ()), return_hash})
        q.register(conn, q.REGISTRY_PREFIX, package_id, entry)
        retention.log_package_deleted(
            conn, package_id, size, today,
            "Schlüssel nicht mehr im Tresor; " + (said or "keine Datei bekannt"),
            category=f"{rules.KIND_LABELS.get(entry.get('kind', ''), 'Paket')} (Schlüssel und Datei)",
            rule=rule, key_removed=True, backup_expiry=retention.backup_expiry(conn, today))
    return ("Der Paketschlüssel wurde gelöscht. " + said).strip()


# What ``erase_file`` may raise: the medium's refusal, or (Windows) another program that
# still holds the file after its content was overwritten.
ERASE_ERRORS = (OSError, FileInUse)


def not_removed(path: Path | str, err: Exception, subject: str = "Die Datei") -> str:
    """Why a package or return file could not be removed, in her words."""
    if isinstance(err, FileInUse):
        return (f"{subject} {path} ist in einem anderen Programm geöffnet und konnte nicht "
                "gelöscht werden; ihr Inhalt ist bereits überschrieben. Bitte das Programm "
                "schließen und die Datei dann selbst löschen.")
    reason = os_reason(err) if isinstance(err, OSError) else str(err)
    return (f"{subject} {path} konnte nicht gelöscht werden ({reason}); bitte dort selbst "
            "löschen (z. B. den Schreibschutz des USB-Sticks aufheben).")


def shred(path: Path) -> tuple[int, str]:
    """Overwrite and remove a package or return file: (bytes overwritten, "") or, when
    the medium refuses (a write-protected stick) or another program holds it, (0, a German
    sentence saying where the file lies and that it could not be removed)."""
    try:
        return q.erase_file(Path(path)), ""
    except ERASE_ERRORS as err:
        return 0, not_removed(path, err)


def write_sheet(path: Path | str, result: PackageResult) -> Path:
    """The printed key sheet of a package just written (no names of persons)."""
    from ..reports.package_sheet import write_package_sheet

    if result.kind == rules.KIND_DEPUTY and result.period:
        label = (f"Vertretung vom {fmt_date(result.period.first)} "
                 f"bis {fmt_date(result.period.last)}")
    else:
        label = f"Übergabe an {result.recipient}"
    return write_package_sheet(path, result.key_text, kind_label=rules.KIND_LABELS[result.kind],
                               label=label, package_id=result.package_id,
                               recipient=result.recipient, file_name=Path(result.path).name,
                               expires=result.expires)


# -- the deputy's own vault remembers the packages she opened (for the expiry) --------------
@writes(DataKind.PACKAGES)
def register_received(conn: Connection, path: Path | str, info: PackageInfo,
                      key_text: str = "") -> None:
    """Remember a Vertretungspaket opened in the deputy's app, so that it is deleted at
    its expiry even if it is never opened again. With ``key_text`` (her window) the key is
    kept too, in her encrypted vault only, and the window marked open
    (``window_open``): after a lock and the unlock it comes back without the key typed
    again (``windows_to_reopen``); the key goes at the expiry."""
    if info.kind != rules.KIND_DEPUTY or info.expires is None:
        return
    entry: dict[str, Any] = {"path": str(Path(path).resolve()),
                             "expires": info.expires.isoformat(), "label": info.label}
    if key_text:
        key = parse_package_key(key_text)
        try:
            entry |= {"key": bytes(key).hex(), "window_open": True}
        finally:
            _zero(key)
    with transaction(conn):
        q.register(conn, q.RECEIVED_PREFIX, info.package_id, entry)


@writes(DataKind.PACKAGES)
def close_received_window(conn: Connection, package_id: str) -> None:
    """She closed the deputy's window herself: it does not come back at the next unlock
    (the key stays until the expiry)."""
    entry = q.registry(conn, q.RECEIVED_PREFIX + package_id).get("")
    if entry is None or not entry.get("window_open"):
        return
    with transaction(conn):
        q.register(conn, q.RECEIVED_PREFIX, package_id, {**entry, "window_open": False})


@writes(DataKind.PACKAGES)
def windows_to_reopen(conn: Connection, today: date | None = None) -> list[tuple[Path, str]]:
    """(path, key) of each Vertretungspaket whose window was open when her vault locked
    and that has not expired. The key of an expired one is removed from the vault here,
    at once (its file goes with ``sweep_received``)."""
    today = today or clock.today()
    found = []
    for package_id, entry in q.registry(conn, q.RECEIVED_PREFIX).items():
        if not entry.get("key"):
            continue
        if rules.is_expired(date.fromisoformat(entry["expires"]), today):
            with transaction(conn):
                q.register(conn, q.RECEIVED_PREFIX, package_id,
                           {k: v for k, v in entry.items() if k not in ("key", "window_open")})
        elif entry.get("window_open"):
            found.append((Path(entry["path"]), format_key(bytes.fromhex(entry["key"]))))
    return found


@dataclass(frozen=True)
class RememberedPackage:
    """A Vertretungspaket her vault keeps the key of: opened in her window, not expired,
    its file still where she opened it."""
    package_id: str
    label: str
    path: Path
    expires: date


def remembered_packages(conn: Connection, today: date | None = None) -> list[RememberedPackage]:
    """The packages she opens again without the path and the key (``remembered_key``);
    the key is kept in her encrypted vault only (``register_received``), never in the
    settings or the keyring, and goes at the expiry."""
    today = today or clock.today()
    found = []
    for package_id, entry in q.registry(conn, q.RECEIVED_PREFIX).items():
        expires = date.fromisoformat(entry["expires"])
        if entry.get("key") and not rules.is_expired(expires, today) \
                and Path(entry["path"]).is_file():
            found.append(RememberedPackage(package_id, entry.get("label", ""),
                                           Path(entry["path"]), expires))
    return sorted(found, key=lambda r: (r.expires, r.label))


def remembered_key(conn: Connection, package_id: str, today: date | None = None) -> str:
    """The key of a remembered package (as printed), for her window only."""
    for remembered in remembered_packages(conn, today):
        if remembered.package_id == package_id:
            entry = q.registry(conn, q.RECEIVED_PREFIX + package_id)[""]
            return format_key(bytes.fromhex(entry["key"]))
    raise PackageError("Dieses Vertretungspaket ist nicht mehr gemerkt (abgelaufen oder die "
                       "Datei liegt nicht mehr dort); bitte Datei und Schlüssel angeben.")


@writes(DataKind.PACKAGES)
def register_return(conn: Connection, result: PackageResult) -> None:
    """Remember a return the deputy wrote in her own vault, so that it is deleted at the
    package's expiry (``sweep_received``) even if it is never read."""
    if result.kind != rules.KIND_RETURN or result.expires is None:
        return
    path = Path(result.path).resolve()
    with transaction(conn):
        q.register(conn, q.RECEIVED_PREFIX, f"{result.package_id}.{rules.field_hash(str(path))}",
                   {"path": str(path), "expires": result.expires.isoformat(),
                    "label": f"Rückgabe {path.name}", "package_id": result.package_id})


@writes(DataKind.PACKAGES)
def sweep_received(conn: Connection, today: date | None = None) -> list[str]:
    """Delete every remembered Vertretungspaket past its expiry (overwrite, remove, entry
    in the deletion log) and the keys of the packages this vault issued that expired
    (``sweep_issued``); one German sentence per package."""
    today = today or clock.today()
    said = []
    for package_id, entry in q.registry(conn, q.RECEIVED_PREFIX).items():
        expires = date.fromisoformat(entry["expires"])
        if not rules.is_expired(expires, today):
            continue
        path = Path(entry["path"])
        size, problem = shred(path) if path.is_file() else (0, "")
        if problem:
            said.append(problem)
            continue
        leftovers = q.shred_partials_of(path.parent, entry.get("package_id", package_id)) \
            if path.parent.is_dir() else []
        retention.log_package_deleted(conn, entry.get("package_id", package_id), size, today,
                                      f"abgelaufen seit {fmt_date(expires)}")
        with transaction(conn):
            q.unregister(conn, q.RECEIVED_PREFIX, package_id)
        what = (f"Die {entry['label']}" if "package_id" in entry else
                f"Das Vertretungspaket ({entry.get('label', '')})")
        said.append(f"{what} ist seit "
                    f"{fmt_date(expires)} abgelaufen und wurde gelöscht"
                    + (f": {path.name} überschrieben und entfernt." if size else
                       " (die Datei war nicht mehr vorhanden).")
                    + (" Reste eines abgebrochenen Schreibens daneben ebenso: "
                       + ", ".join(leftovers) + "." if leftovers else ""))
    return said + sweep_issued(conn, today)


@writes(DataKind.PACKAGES)
def sweep_issued(conn: Connection, today: date | None = None) -> list[str]:
    """Remove the key of every Vertretungspaket this vault wrote that is past its expiry
    (and shred its file where it still lies as written); one sentence each."""
    today = today or clock.today()
    said = []
    for package_id, entry in q.registry(conn, q.REGISTRY_PREFIX).items():
        expires = _expires(entry)
        if not entry.get("key") or expires is None or not rules.is_expired(expires, today):
            continue
        text = remove_issued_key(conn, package_id, today, "Ablauf der Vertretung")
        said.append(f"Die Vertretung an {entry.get('recipient', '')} ist seit "
                    f"{fmt_date(expires)} abgelaufen. {text}")
    return said


def issued_packages(conn: Connection) -> dict[str, dict]:
    """Packages this vault wrote, without their keys and baselines."""
    return {pid: {k: v for k, v in q.public_entry(entry).items() if k != "baseline"}
            for pid, entry in q.registry(conn, q.REGISTRY_PREFIX).items()}


def default_folder() -> Path:
    """Where packages go unless she chooses: a local folder, never a synced one."""
    from .sync_folders import local_export_folder

    return local_export_folder(create=True)


def written_on(today: date) -> str:
    """A package's writing time: on ``today`` (the day of the disclosure, from which the
    deputy may record), at the clock's time of day."""
    return datetime.combine(today, clock.now().time()).isoformat(timespec="seconds")
