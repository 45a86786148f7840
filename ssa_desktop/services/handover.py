"""Use cases of handing over: Vertretungspaket, its return, handing on one school
(docs/handover.md). GUI and CLI call these functions; SQL is in
``storage/handover_repo.py``, the rules in ``domain/handover.py``.

A package is one SQLCipher 4 file under its own random key, shown once as 64 hex digits
(like the emergency key) and printed on a sheet. The issuing vault remembers each
package it wrote (id, kind, key, content hash) in its ``meta`` table, so a return or a
receipt is checked against it without typing the key again. Every transfer is entered
in the disclosure log (recipient, categories, legal basis; no content).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain import clock, tables
from ..domain import handover as rules
from ..domain.entities import Appointment, Contact, Disclosure, new_id
from ..domain.text_safety import TEXT_LIMIT
from ..formatting import fmt_date
from ..storage import handover_repo as q
from ..storage import repositories as repo
from ..storage.connection import Connection, checkpoint
from ..storage.emergency import format_key, parse_key
from ..storage.errors import InvalidEmergencyKey, VaultError
from ..storage.files import atomic_write_bytes
from ..storage.mapper import Table
from ..storage.transactions import transaction
from . import consents, retention, tombstones
from .operations import DataKind, Progress, writes

PackageError = q.PackageError
SUFFIX = q.SUFFIX
RECEIPT_SUFFIX = q.RECEIPT_SUFFIX
RECEIPT_FORMAT = "ssa-desktop-paketquittung"


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


# -- Vertretungspaket: the proposal ------------------------------------------------------------
def candidates(conn: Connection, period: rules.Period, today: date | None = None) -> list[rules.Candidate]:
    """Every person who would be needed in the period, with whether her deputy consent
    is valid on the day of writing (``today``, the day of the disclosure) and on every day
    of the period, and if not why."""
    today = today or clock.today()
    deputy_consents = q.persons_with_deputy_consent(conn)
    found = []
    for pid, pseudonym, school, open_case, appointment, open_8a in q.deputy_needs(
            conn, period.first, period.last):
        problem = consents.deputy_consent_problem(deputy_consents.get(pid, []), period.first,
                                                  period.last, today)
        found.append(rules.Candidate(pid, pseudonym, school, not problem, open_case,
                                     appointment, open_8a, problem))
    return found


def propose(conn: Connection, period: rules.Period, today: date | None = None) -> list[rules.Candidate]:
    """The persons proposed for the package (she may remove any, never add one)."""
    return rules.propose(candidates(conn, period, today))


def not_proposed(conn: Connection, period: rules.Period,
                 today: date | None = None) -> list[rules.Candidate]:
    """The persons needed in the period who are not proposed, each with the reason
    (``Candidate.not_proposed_reason``); restricted persons never appear."""
    return rules.not_proposed(candidates(conn, period, today))


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


def default_name(kind: str, today: date, package_id: str) -> str:
    stem = {rules.KIND_DEPUTY: "vertretung", rules.KIND_SCHOOL: "schuluebergabe",
            rules.KIND_RETURN: "rueckgabe"}[kind]
    return f"{stem}-{today.isoformat()}-{package_id[:8]}{SUFFIX}"


def _target(path: Path | str, kind: str, today: date, package_id: str) -> Path:
    path = Path(path)
    if path.is_dir():
        path = path / default_name(kind, today, package_id)
    if path.exists():
        raise PackageError(f"Die Datei {path.name} gibt es schon; sie wird nicht überschrieben.")
    if not path.parent.is_dir():
        raise PackageError(f"Den Ordner {path.parent} gibt es nicht.")
    return path


def _write_package(conn: Connection, target: Path, key: bytearray, meta: dict[str, str], copy) -> dict:
    """Write a package through its partial file beside ``target`` (``.….ssapaket.partial``,
    renamed into place when complete). Leftovers of killed writes in that folder are
    removed first; the issuing vault (``conn`` of a deputy or school package) notes the
    folder, so that its unlock cleans it even if no package is written there again."""
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
        raise PackageError(f"Das Paket konnte nicht geschrieben werden ({err.strerror or err}). "
                           "Es wurde nichts weitergegeben.") from None
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
        raise PackageError(f"Das Paket konnte nicht geschrieben werden ({err.strerror or err}). "
                           "Es wurde nichts weitergegeben.") from None
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


def meta_after_copy(pkg, kind: str) -> dict[str, str]:
    """The baseline of a Vertretungspaket: per row a deputy may add to or change, a hash
    of each field as it went into the package, so that her return carries only what she
    touched and the import sees which fields she changed."""
    if kind != rules.KIND_DEPUTY:
        return {}
    return {"baseline": json.dumps(_field_baseline(pkg), sort_keys=True)}


def _package_record(path: Path, key: bytearray) -> dict:
    """``path``, ``contents`` and ``baseline`` of a Vertretungspaket just written, read
    back from the file itself (what went in, not what would be selected now)."""
    pkg = q.open_package(path, key)
    try:
        return {"path": str(path.resolve()), "contents": q.package_contents(pkg),
                "baseline": json.loads(q.meta(pkg).get("baseline", "{}"))}
    finally:
        pkg.close()


_TABLES: dict[str, Table[Any]] = {name: q.MANIFEST_BY_NAME[name] for name in rules.RETURN_TABLES}


@writes(DataKind.CONSENTS, DataKind.SETTINGS)
def create_deputy_package(conn: Connection, period: rules.Period, deputy: rules.Deputy,
                          person_ids: list[str], target: Path | str, *, for_name: str = "",
                          extras: dict[str, set[str]] | None = None,
                          today: date | None = None) -> PackageResult:
    """Write the Vertretungspaket for ``person_ids`` (each proposed) to ``target`` (a file
    or a folder), log one disclosure per person, remember the package. ``extras`` maps a
    person id to the free texts ticked for her (``rules.EXTRAS``); without a tick none
    goes along. The key is in the result only."""
    today = today or clock.today()
    chosen = rules.check_selection(list(person_ids), candidates(conn, period, today))
    ticked = rules.check_extras(extras, chosen)
    package_id = new_id()
    path = _target(target, rules.KIND_DEPUTY, today, package_id)
    key = q.new_key()
    meta = {"package_kind": rules.KIND_DEPUTY, "package_id": package_id, "vault_uuid": package_id,
            "created": clock.now().isoformat(timespec="seconds"),
            "period_first": period.first.isoformat(), "period_last": period.last.isoformat(),
            "expires": period.expires.isoformat(), "deputy_name": deputy.name,
            "deputy_role": deputy.role, "for_name": " ".join(for_name.split())}
    try:
        counts = _write_package(conn, path, key, meta, lambda pkg: q.copy_deputy_package(
            conn, pkg, chosen, period.first, period.last, new_id, ticked))
        digest = q.file_hash(path)
        try:
            with transaction(conn):
                for pid in chosen:
                    consent = consents.deputy_consent(conn, pid, today)
                    has_8a = q.has_open_8a(conn, pid)
                    repo.DISCLOSURES.insert(conn, Disclosure(
                        pid, today, deputy.recipient,
                        rules.DEPUTY_CATEGORIES_8A if has_8a else rules.DEPUTY_CATEGORIES,
                        "consent", consent.id if consent else None))
                q.register(conn, q.REGISTRY_PREFIX, package_id, {
                    "kind": rules.KIND_DEPUTY, "key": bytes(key).hex(), "created": today.isoformat(),
                    "recipient": deputy.recipient, "first": period.first.isoformat(),
                    "last": period.last.isoformat(), "hash": digest, "persons": len(chosen),
                    "status": "issued", "expires": period.expires.isoformat(),
                    "deputy": deputy.name, **_package_record(path, key)})
        except BaseException:
            q.erase_file(path)
            raise
        result = PackageResult(path, package_id, format_key(key), rules.KIND_DEPUTY, counts,
                               deputy.recipient, period.expires, period, digest, chosen)
    finally:
        _zero(key)
    return result


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
    counts = {name: n for name, n in q.package_counts(pkg).items() if n}
    expires = date.fromisoformat(meta["expires"]) if meta.get("expires") else None
    return PackageInfo(kind, meta.get("package_id", ""), _label(meta), meta, counts, expires)


def open_package(path: Path | str, key_text: str, *, today: date | None = None,
                 writable: bool = False, expected_kind: str | None = None):
    """(connection, info) of a package. An expired Vertretungspaket is deleted (overwritten,
    removed) and ``PackageExpired`` says so; a wrong key, a cut or foreign file is refused
    with a German sentence and the file is left as it was."""
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
        if problem:
            raise PackageExpired(f"Das Vertretungspaket ({info.label}) ist seit "
                                 f"{fmt_date(info.expires)} abgelaufen und wird nicht mehr "
                                 f"geöffnet. {problem}")
        raise PackageExpired(
            f"Das Vertretungspaket ({info.label}) ist seit {fmt_date(info.expires)} abgelaufen "
            f"und wurde deshalb gelöscht: die Datei ({size} Byte) wurde überschrieben und "
            "entfernt. Es ist nicht wiederherstellbar.")
    return pkg, info


def package_info(path: Path | str, key_text: str, today: date | None = None) -> PackageInfo:
    pkg, info = open_package(path, key_text, today=today)
    pkg.close()
    return info


@dataclass(frozen=True)
class DeputyPersonRow:
    id: str
    pseudonym: str
    name: str               # "" when the package carries no name
    class_label: str
    school: str
    guardian_contact: str   # how the guardians are reached ("" when not handed over)


@dataclass(frozen=True)
class DeputyCaseRow:
    id: str
    person_id: str
    person: str             # pseudonym
    title: str
    opened: date


@dataclass(frozen=True)
class DeputyAppointmentRow:
    id: str
    person_id: str
    person: str
    day: date
    start: str
    end: str
    room: str
    status: str             # APPOINTMENT_STATUS code
    note: str


@dataclass(frozen=True)
class DeputyDeadlineRow:
    procedure_id: str
    person_id: str
    person: str
    next_step: str          # CP_STEPS code of the step that is due next
    due: date | None

    @property
    def next_step_label(self) -> str:
        from ..domain.catalogues import CP_STEPS

        return CP_STEPS.label(self.next_step)


@dataclass(frozen=True)
class DeputyContactRow:
    id: str
    person: str
    case: str               # the case's title, "" for a contact without a case
    day: date
    time: str
    kind: str               # CONTACT_KINDS code
    duration_min: int
    topics: tuple[str, ...]  # TOPICS codes
    note: str


@dataclass
class DeputyOverview:
    persons: list[DeputyPersonRow]
    cases: list[DeputyCaseRow]
    appointments: list[DeputyAppointmentRow]
    deadlines: list[DeputyDeadlineRow]
    contacts: list[DeputyContactRow]

    def cases_of(self, person_id: str) -> list[DeputyCaseRow]:
        """The open cases of one person (a contact goes into one of them or none)."""
        return [c for c in self.cases if c.person_id == person_id]


def case_title(title: str, opened: date) -> str:
    return title or f"Fall seit {fmt_date(opened)}"


def deputy_overview(pkg) -> DeputyOverview:
    """What the deputy sees, in rows ready to show: persons with name, class, school and
    guardian reachability; open cases; appointments with room and status; the next step
    of each open § 8a procedure with its deadline; the contacts she recorded."""
    with q.damaged_as_package_error():
        return _deputy_overview(pkg)


def _deputy_overview(pkg) -> DeputyOverview:
    from ..storage import child_protection_repo
    from .child_protection import next_step_after

    schools = q.package_school_names(pkg)
    people = q.package_persons(pkg)
    pseudonyms = {p.id: p.pseudonym for p in people}
    persons = [DeputyPersonRow(p.id, p.pseudonym, p.display_name, p.class_label,
                               schools.get(p.school_id or "", ""), p.guardian_contact)
               for p in people]
    open_cases = [c for c in q.package_cases(pkg) if c.status == "open"]
    titles = {c.id: case_title(c.title, c.opened) for c in open_cases}
    cases = sorted((DeputyCaseRow(c.id, c.person_id, pseudonyms.get(c.person_id, ""),
                                  titles[c.id], c.opened) for c in open_cases),
                   key=lambda c: (c.person, c.opened))  # the persons' order (by pseudonym)
    appointments = [DeputyAppointmentRow(a.id, a.person_id or "",
                                         pseudonyms.get(a.person_id or "", ""), a.day, a.start,
                                         a.end, a.room, a.status, a.note)
                    for a in q.package_appointments(pkg)]
    deadlines = sorted((DeputyDeadlineRow(r.procedure_id, r.person_id, r.pseudonym,
                                          next_step_after(r.last_step), r.next_due)
                        for r in child_protection_repo.open_procedure_rows(pkg)),
                       key=lambda d: (d.due is None, d.due or date.max, d.person))
    contacts = [DeputyContactRow(k.id, pseudonyms.get(k.person_id or "", ""),
                                 titles.get(k.case_id or "", ""), k.day, k.time, k.kind,
                                 k.duration_min, tuple(k.topics), k.note)
                for k in q.package_contacts(pkg)]
    return DeputyOverview(persons, cases, appointments, deadlines, contacts)


# -- the deputy's work in the package ---------------------------------------------------------------
@dataclass
class DeputyContactEntry:
    """A contact as the deputy enters it (the quick entry's fields)."""

    person_id: str
    case_id: str | None          # None: a contact without a case
    day: date
    kind: str                    # CONTACT_KINDS code
    duration_min: int
    time: str = ""               # "HH:MM" or ""
    participants: tuple[str, ...] = ("pupil",)
    topics: tuple[str, ...] = ()
    note: str = ""


def _deputy_mark(pkg) -> str:
    return rules.written_by(q.meta(pkg).get("deputy_name", ""))


def _package_period(pkg) -> tuple[rules.Period, date | None] | None:
    """The package's period and the day it was written (None: an older package)."""
    meta = q.meta(pkg)
    try:
        period = rules.Period(date.fromisoformat(meta["period_first"]),
                              date.fromisoformat(meta["period_last"]))
    except (KeyError, ValueError):
        return None
    try:
        return period, date.fromisoformat(meta.get("created", "")[:10])
    except ValueError:
        return period, None


def _package_person(pkg, person_id: str):
    person = repo.PERSONS.get(pkg, person_id) if person_id else None
    if person is None:
        raise PackageError("Die Person gibt es im Vertretungspaket nicht.")
    return person


def _unknown(codes, catalogue, what: str) -> None:
    bad = [c for c in codes if c not in catalogue]
    if bad:
        raise PackageError(f"{what} „{', '.join(bad)}“ gibt es nicht; bitte aus der Liste "
                           "wählen.")


def deputy_add_contact(pkg, entry: DeputyContactEntry, *, today: date | None = None) -> Contact:
    """A contact the deputy had with a person of the package, in an open case of that
    person or without a case, by the quick entry's rules (the date as typed, the future
    refused, 1–600 minutes). It is marked as written by the deputy. Her statistics and
    working time she records in her own vault."""
    from ..domain import plausibility
    from ..domain.catalogues import CONTACT_KINDS, PARTICIPANT_ROLES, TOPICS

    today = today or clock.today()
    person = _package_person(pkg, entry.person_id)
    case = None
    if entry.case_id:
        case = repo.CASES.get(pkg, entry.case_id)
        if case is None or case.person_id != person.id or case.status != "open":
            raise PackageError("Der Fall ist kein offener Fall dieser Person im "
                               "Vertretungspaket; bitte einen Fall der Person wählen oder "
                               "„ohne Fall“.")
    if entry.kind not in CONTACT_KINDS:
        raise PackageError("Bitte eine Kontaktart aus der Liste wählen.")
    _unknown(entry.topics, TOPICS, "Das Thema")
    if not entry.participants:
        raise PackageError("Bitte mindestens eine beteiligte Person wählen (Beteiligte).")
    _unknown(entry.participants, PARTICIPANT_ROLES, "Beteiligte")
    try:
        plausibility.enforce(plausibility.contact(entry.day, entry.duration_min, today),
                             confirmed=True)
        time = rules.check_time(entry.time)
    except (plausibility.Implausible, rules.HandoverRuleError) as err:
        raise PackageError(str(err)) from None
    known = _package_period(pkg)
    problem = rules.contact_day_problem(entry.day, *known[:1], today, known[1]) if known \
        else None
    if problem:
        raise PackageError(problem[0].upper() + problem[1:] + "; die Vertretung erfasst nur "
                           "Kontakte an Tagen der Vertretung.")
    note = entry.note.strip()
    if len(note) > TEXT_LIMIT:
        raise PackageError(f"Die Notiz ist {len(note)} Zeichen lang; höchstens "
                           f"{TEXT_LIMIT} Zeichen.")
    contact = Contact(entry.day, entry.kind, entry.duration_min,
                      school_id=case.school_id if case else person.school_id,
                      person_id=person.id, case_id=case.id if case else None, time=time,
                      participants=tuple(dict.fromkeys(entry.participants)),
                      topics=tuple(dict.fromkeys(entry.topics)), note=note,
                      written_by=_deputy_mark(pkg))
    with q.damaged_as_package_error(), transaction(pkg):
        repo.CONTACTS.insert(pkg, contact)
    return contact


def deputy_add_appointment(pkg, person_id: str, day: date, start: str, end: str, *,
                           room: str = "", note: str = "") -> Appointment:
    """An appointment the deputy made with a person of the package (marked as hers)."""
    person = _package_person(pkg, person_id)
    try:
        start, end = rules.check_time(start, "Der Beginn"), rules.check_time(end, "Das Ende")
    except rules.HandoverRuleError as err:
        raise PackageError(str(err)) from None
    if not (start and end and start < end):
        raise PackageError("Bitte Beginn und Ende als HH:MM angeben (Ende nach Beginn).")
    for label, text in (("Raum", room), ("Notiz", note)):   # the vault's one text limit
        if len(text) > TEXT_LIMIT:
            raise PackageError(f"{label}: {len(text)} Zeichen; höchstens {TEXT_LIMIT} "
                               "Zeichen.")
    appointment = Appointment(day, start, end, person_id=person.id, school_id=person.school_id,
                              room=" ".join(room.split()), note=note.strip(),
                              written_by=_deputy_mark(pkg))
    with q.damaged_as_package_error(), transaction(pkg):
        repo.APPOINTMENTS.insert(pkg, appointment)
    return appointment


def deputy_set_appointment_status(pkg, appointment_id: str, status: str) -> Appointment:
    """Mark an appointment of the package wahrgenommen, nicht erschienen, abgesagt (or
    geplant again); the mark says the deputy changed it."""
    from ..domain.catalogues import APPOINTMENT_STATUS

    if status not in APPOINTMENT_STATUS:
        raise PackageError("Unbekannter Status; möglich sind: " + ", ".join(
            e.label for e in APPOINTMENT_STATUS) + ".")
    from ..domain.errors import UserError
    from .appointments import check_started

    appointment = repo.APPOINTMENTS.get(pkg, appointment_id)
    if appointment is None:
        raise PackageError("Den Termin gibt es im Vertretungspaket nicht.")
    if status == "attended":
        try:
            check_started(appointment)    # the rule of her own app
        except UserError as err:
            raise PackageError(str(err)) from None
    appointment.status = status
    appointment.written_by = _deputy_mark(pkg)
    with q.damaged_as_package_error(), transaction(pkg):
        repo.APPOINTMENTS.update(pkg, appointment)
    return appointment


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


def _free_target(target: Path | str, kind: str, today: date, package_id: str) -> Path:
    """A folder gets the default name, or the next free one (…-2, …-3)."""
    target = Path(target)
    if not target.is_dir():
        return _target(target, kind, today, package_id)
    name = default_name(kind, today, package_id)
    stem = name.removesuffix(SUFFIX)
    path, n = target / name, 1
    while path.exists():
        n += 1
        path = target / f"{stem}-{n}{SUFFIX}"
    return path


def write_return(package_path: Path | str, key_text: str, target: Path | str, *,
                 today: date | None = None) -> PackageResult:
    """The deputy's return: only the contacts and appointments she added or changed, in a
    file under the same key and package id (with the package's expiry). A folder as
    ``target`` gets the next free name when the default one exists."""
    today = today or clock.today()
    pkg, info = open_package(package_path, key_text, today=today,
                             expected_kind=rules.KIND_DEPUTY)
    key = parse_package_key(key_text)
    try:
        with q.damaged_as_package_error():
            return _write_return(pkg, info, key, target, today)
    finally:
        pkg.close()
        _zero(key)


def _write_return(pkg, info: PackageInfo, key: bytearray, target: Path | str,
                  today: date) -> PackageResult:
    """The return written from an open package (``write_return``)."""
    baseline = json.loads(info.meta.get("baseline", "{}"))
    if not isinstance(baseline, dict):
        raise PackageError(q.DAMAGED)
    changed = {}
    for name in rules.RETURN_TABLES:
        base = baseline.get(name, {})
        changed[name] = [obj.id for obj in _TABLES[name].all(pkg)
                         if _changed(base.get(obj.id), _TABLES[name], obj)]
    path = _free_target(target, rules.KIND_RETURN, today, info.package_id)
    meta = {k: v for k, v in info.meta.items() if k != "baseline"}
    meta.update(package_kind=rules.KIND_RETURN, returned=today.isoformat())

    def copy(ret):
        return {"Kontakte": q.copy_rows(pkg, ret, repo.CONTACTS, changed["contact"]),
                "Termine": q.copy_rows(pkg, ret, repo.APPOINTMENTS, changed["appointment"])}

    counts = _write_package(pkg, path, key, meta, copy)
    return PackageResult(path, info.package_id, "", rules.KIND_RETURN, counts,
                         info.meta.get("for_name", ""), info.expires)


def _changed(base, table, obj) -> bool:
    """Whether the deputy added or changed ``obj`` (baseline: field hashes; a package of
    an earlier release holds one hash per row)."""
    if base is None:
        return True
    if isinstance(base, str):
        return base != rules.row_hash(dataclasses.asdict(obj))
    return bool(rules.changed_fields(base, _row_json(table, obj)))


def _issued(conn: Connection, package_id: str) -> dict | None:
    return q.registry(conn, q.REGISTRY_PREFIX).get(package_id)


def _open_issued(conn: Connection, path: Path, kind: str):
    """Open a return/own package with the key this vault remembers for it. A return
    read before, after which the key was deleted, is named as such."""
    issued = q.registry(conn, q.REGISTRY_PREFIX)
    for package_id, entry in issued.items():
        if entry.get("kind") != kind or not entry.get("key"):
            continue
        key = bytearray(bytes.fromhex(entry["key"]))
        try:
            if not q.key_fits(path, key):
                continue
            return q.open_package(path, key), package_id, entry
        finally:
            _zero(key)
    digest = q.file_hash(path)
    for entry in issued.values():
        if digest in entry.get("returns_read", ()):
            raise PackageError("Diese Rückgabe wurde schon eingelesen und der Schlüssel des "
                               f"Pakets danach gelöscht ({_shown_day(entry.get('key_removed'))}); "
                               "sie wird nicht noch einmal gelesen. Nichts wurde verändert; "
                               "die Datei können Sie löschen.")
    for package_id, entry in issued.items():
        if entry.get("kind") == kind and not entry.get("key") \
                and rules.package_of_return_name(path.name, package_id):
            raise PackageError(
                f"Zu diesem Vertretungspaket ({entry.get('recipient', '')}, bis "
                f"{_shown_day(entry.get('last'))}) wurde am {_shown_day(entry.get('returned'))} "
                "schon eine Rückgabe eingelesen; sein Schlüssel ist gelöscht "
                f"({_shown_day(entry.get('key_removed'))}), diese Rückgabe kann deshalb nicht "
                "mehr gelesen werden. Nichts wurde verändert; bitte die Einträge darin mit der "
                "Vertretung durchgehen und von Hand erfassen.")
    raise PackageError("Diese Datei gehört zu keinem Paket, das dieser Tresor geschrieben hat "
                       "und dessen Schlüssel er noch hat (oder sie ist beschädigt). Nichts "
                       "wurde verändert.")


def return_document(ret) -> dict:
    """The return as an interchange document of only its contacts and appointments."""
    from . import interchange

    try:
        doc = interchange.export_document(ret)
    except (ValueError, TypeError, AttributeError):
        raise PackageError("Die Rückgabe enthält Einträge mit ungültigen Werten (z. B. ein "
                           "Datum, das es nicht gibt) und wird nicht eingelesen; nichts wurde "
                           "verändert.") from None
    doc["tables"] = {name: doc["tables"].get(name, []) for name in rules.RETURN_TABLES}
    doc["settings"] = {}
    doc["meta"] = {}
    return doc


def _expires(entry: dict) -> date | None:
    if entry.get("kind") != rules.KIND_DEPUTY or not entry.get("last"):
        return None
    return rules.Period(date.fromisoformat(entry["first"]),
                        date.fromisoformat(entry["last"])).expires


def _contents(conn: Connection, entry: dict) -> rules.PackageContents:
    """What the package carried (registry ``contents``; for a package written by
    an earlier release the persons of its disclosures, their open cases and appointments)."""
    contents = entry.get("contents")
    if contents is None:
        disclosed = q.disclosed_persons(conn, entry.get("recipient", ""), entry.get("created", ""))
        contents = {"person": disclosed, "case_file": q.open_case_ids(conn, disclosed),
                    "appointment": q.person_appointment_ids(conn, disclosed)}
    persons = frozenset(contents.get("person", ()))
    facts = q.person_facts(conn, persons)
    returned = entry.get("returned_ids") or {}
    return rules.PackageContents(
        persons, q.case_persons(conn, contents.get("case_file", ())),
        frozenset(contents.get("appointment", ())),
        frozenset(contents.get("contact", ())),
        {pid: school for pid, (_pseudonym, school) in facts.items()},
        {name: frozenset(returned.get(name, ())) for name in rules.RETURN_TABLES},
        rules.Period(date.fromisoformat(entry["first"]), date.fromisoformat(entry["last"]))
        if entry.get("first") and entry.get("last") else None,
        date.fromisoformat(entry["created"][:10]) if entry.get("created") else None)


_ROW_LABELS = tables.returned_labels()


def check_return_rows(conn: Connection, ret, doc: dict, entry: dict, today: date | None = None) -> int:
    """Refuse the whole return (German, each row by name and why) when it holds anything
    but contacts and appointments of the package's own persons, cases and appointments
    (on days the rules allow). The rows of a package person deleted here meanwhile are
    taken out of ``doc``; returns how many."""
    from .vault_admin import TABLE_LABELS

    problems = []
    for name, n in q.filled_tables(ret).items():
        if name not in rules.RETURN_TABLES:
            problems.append(f"{n} × {TABLE_LABELS.get(name, name)}: eine Rückgabe enthält nur "
                            "Kontakte und Termine")
    contents = _contents(conn, entry)
    gone = {pid for pid in contents.persons if pid not in (contents.person_school or {})}
    left_out = 0
    for name in rules.RETURN_TABLES:
        rows = doc["tables"].get(name, [])
        kept = [r for r in rows if r.get("person_id") not in gone]
        left_out += len(rows) - len(kept)
        doc["tables"][name] = kept
    names = {pid: pseudonym for pid, (pseudonym, _s) in q.person_facts(
        conn, [r.get("person_id") for rows in doc["tables"].values() for r in rows
               if isinstance(r.get("person_id"), str)]).items()}
    baseline = entry.get("baseline") or {}
    for name in rules.RETURN_TABLES:
        rows = doc["tables"].get(name, [])
        here = q.existing_persons(conn, _TABLES[name], [r["id"] for r in rows])
        for row in rows:
            why = rules.refused_row(name, row, contents, exists_here=row["id"] in here,
                                    person_here=here.get(row["id"]),
                                    base=baseline.get(name, {}).get(row["id"]), today=today)
            if why:
                who = names.get(row.get("person_id"), "unbekannte Person")
                problems.append(f"{_ROW_LABELS[name]} vom {_shown_day(row.get('day'))} "
                                f"({who}): {why}")
    if problems:
        shown = problems[:8] + ([f"… und {len(problems) - 8} weitere"] if len(problems) > 8
                                else [])
        raise PackageError("Die Rückgabe wird nicht eingelesen; nichts wurde verändert. Sie "
                           "enthält Einträge außerhalb des Vertretungspakets:\n  "
                           + "\n  ".join(shown))
    return left_out


def _mark_rows(doc: dict, mark: str) -> None:
    """Every row of the return is the deputy's (a new entry, or an appointment she
    marked): it says so, whatever the file claims (an entry of the worker never comes
    from a return)."""
    for name in rules.RETURN_TABLES:
        for row in doc["tables"].get(name, []):
            row["written_by"] = mark


def _new_rows(conn: Connection, doc: dict) -> dict[str, dict[str, dict]]:
    """Per return table the rows of the return this vault does not have (yet)."""
    found = {}
    for name in rules.RETURN_TABLES:
        rows = doc["tables"].get(name, [])
        here = q.existing_persons(conn, _TABLES[name], [r["id"] for r in rows])
        found[name] = {r["id"]: r for r in rows if r["id"] not in here}
    return found


def _remember_returned(conn: Connection, entry: dict, new_rows: dict[str, dict[str, dict]]) -> dict:
    """The registry entry with the rows this reading inserted: their ids (a later reading
    of a return of this package may bring them again, changed) and their field hashes as
    the baseline (so that only what changed since is merged three-way)."""
    entry = dict(entry)
    returned = {name: set(ids) for name, ids in (entry.get("returned_ids") or {}).items()}
    baseline = entry.get("baseline")
    for name, rows in new_rows.items():
        inserted = set(q.existing_persons(conn, _TABLES[name], list(rows)))
        returned.setdefault(name, set()).update(inserted)
        if isinstance(baseline, dict):
            table = baseline.setdefault(name, {})
            for rid in inserted:
                table[rid] = {f: rules.field_hash(v) for f, v in rows[rid].items()}
    entry["returned_ids"] = {name: sorted(ids) for name, ids in returned.items()}
    return entry


def _shown_day(value) -> str:
    try:
        return fmt_date(date.fromisoformat(str(value)))
    except ValueError:
        return "(ohne gültiges Datum)"


@writes(DataKind.RETENTION, DataKind.SETTINGS)
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


@writes(*DataKind)
def import_return(conn: Connection, path: Path | str, resolutions=None, *, today: date | None = None):
    """Read the deputy's return into this vault through the one merge of interchange
    documents (``interchange_merge.merge_document``) with the package's baseline: a field
    only the deputy changed is taken, one both changed is a conflict, hers is never
    overwritten silently. Refused whole (nothing written) when the return carries rows
    outside the package, and refused and shredded on or after the package's expiry. Read
    completely (no conflict left), the package's key is removed (``remove_issued_key``)."""
    from . import interchange_merge

    today = today or clock.today()
    path = Path(path)
    if not path.is_file():
        raise PackageError(f"Die Datei {path.name} gibt es nicht.")
    digest = q.file_hash(path)
    ret, package_id, entry = _open_issued(conn, path, rules.KIND_DEPUTY)
    try:
        with q.damaged_as_package_error():
            doc, left_out = _read_return(conn, ret, path, package_id, entry, today)
    finally:
        ret.close()
    new_rows = _new_rows(conn, doc)
    with transaction(conn):  # the merge joins this transaction: all or nothing
        before = q.last_rowids(conn)
        result = interchange_merge.merge_document(conn, doc, resolutions,
                                                  baseline=entry.get("baseline"))
        # the deputy's contacts count for the school (statistics stay); her working time
        # is hers, not the worker's: the time entries the merge derived go again
        q.drop_derived(conn, before, statistics=False)
        entry = _remember_returned(conn, entry, new_rows)
        entry = dict(entry, status="returned", returned=today.isoformat(),
                     open_conflicts=len(result.conflicts))  # the list says "Entscheidung offen"
        q.register(conn, q.REGISTRY_PREFIX, package_id, entry)
    if left_out:
        result.after.append(f"{left_out} {'Eintrag' if left_out == 1 else 'Einträge'} einer "
                            "inzwischen gelöschten Person nicht übernommen.")
    if result.conflicts:
        return result
    result.after.append(_shred_return(conn, path, package_id, today))
    last = _last_day(entry)
    if last is not None and today <= last:
        with transaction(conn):
            q.register(conn, q.REGISTRY_PREFIX, package_id, dict(
                entry, returns_read=sorted({*entry.get("returns_read", ()), digest})))
        result.after.append(
            f"Der Paketschlüssel bleibt bis zum Ende der Vertretung ({fmt_date(last)}) im "
            "Tresor, damit eine spätere Rückgabe noch gelesen werden kann; er wird mit der "
            "ersten danach vollständig eingelesenen Rückgabe gelöscht, spätestens am "
            f"{fmt_date(_expires(entry))}.")
    else:
        result.after.append(remove_issued_key(conn, package_id, today, "Rückgabe eingelesen",
                                              return_hash=digest))
    return result


def _read_return(conn: Connection, ret, path: Path, package_id: str, entry: dict,
                 today: date) -> tuple[dict, int]:
    """The return's rows as a document, checked against the package and marked as the
    deputy's; on or after the expiry the return is shredded and the key removed."""
    if q.meta(ret).get("package_kind") != rules.KIND_RETURN:
        raise PackageError("Die Datei ist keine Rückgabe der Vertretung.")
    expires = _expires(entry)
    if expires and rules.is_expired(expires, today):
        ret.close()
        size, problem = shred(path)
        retention.log_package_deleted(conn, package_id, size, today,
                                      "Rückgabe nach dem Ablauf geöffnet",
                                      category="Rückgabe der Vertretung (Datei)")
        key = remove_issued_key(conn, package_id, today, "Ablauf der Vertretung")
        done = (f"gelöscht: die Datei ({size} Byte) wurde überschrieben und entfernt"
                if not problem else f"nicht gelöscht. {problem.rstrip('.')}")
        raise PackageExpired(
            f"Die Rückgabe der Vertretung ist seit {fmt_date(expires)} abgelaufen (wie "
            f"das Paket) und wurde deshalb nicht eingelesen, sondern {done}. {key}")
    doc = return_document(ret)
    left_out = check_return_rows(conn, ret, doc, entry, today)
    _mark_rows(doc, rules.written_by(
        entry.get("deputy") or q.meta(ret).get("deputy_name", "")))
    return doc, left_out


def _last_day(entry: dict) -> date | None:
    return date.fromisoformat(entry["last"]) if entry.get("last") else None


def shred(path: Path) -> tuple[int, str]:
    """Overwrite and remove a package or return file: (bytes overwritten, "") or, when
    the medium refuses (a write-protected stick), (0, a German sentence saying where the
    file lies and that it could not be removed)."""
    try:
        return q.erase_file(Path(path)), ""
    except OSError as err:
        return 0, (f"Die Datei {path} konnte nicht gelöscht werden ({err.strerror or err}); "
                   "bitte dort selbst löschen (z. B. den Schreibschutz des USB-Sticks "
                   "aufheben).")


def _shred_return(conn: Connection, path: Path, package_id: str, today: date) -> str:
    """After a complete reading the return file goes (a copy carried by hand): shredded,
    logged; the sentence for her."""
    size, problem = shred(path)
    if problem:
        return problem
    retention.log_package_deleted(conn, package_id, size, today, "Rückgabe eingelesen",
                                  category="Rückgabe der Vertretung (Datei)",
                                  rule="Rückgabe eingelesen")
    return f"Die Rückgabe {path.name} wurde eingelesen und danach überschrieben und entfernt."


# -- handing on one school ----------------------------------------------------------------------
@writes(DataKind.CONSENTS, DataKind.SETTINGS)
def create_school_package(conn: Connection, school_id: str, successor: rules.Deputy, target: Path | str, *,
                          today: date | None = None,
                          progress: Progress | None = None) -> PackageResult:
    """Everything of one school into one package for the successor; one disclosure per
    person of the school in the log (basis: handover to the successor at the same
    Träger). The package remembered with its content hash, its path, a random receipt
    secret (also inside the package: only who opens it can write a valid receipt) and
    its manifest (``handover_item``: per row the id and a hash of what went)."""
    progress = progress or Progress()
    today = today or clock.today()
    school = repo.SCHOOLS.get(conn, school_id)
    if school is None:
        raise PackageError("Die Schule gibt es in diesem Tresor nicht.")
    package_id = new_id()
    path = _target(target, rules.KIND_SCHOOL, today, package_id)
    key = q.new_key()
    secret = bytes(q.new_key()).hex()
    meta = {"package_kind": rules.KIND_SCHOOL, "package_id": package_id, "vault_uuid": package_id,
            "created": clock.now().isoformat(timespec="seconds"), "school_id": school_id,
            "school_name": school.name, "recipient": successor.name,
            "recipient_role": successor.role, "receipt_secret": secret}
    carried: dict[str, dict[str, str]] = {}

    def copy(pkg):
        counts = q.copy_school_package(conn, pkg, school_id, new_id)
        carried.update(_package_manifest(pkg))
        carried[q.STATE_ITEM] = q.retention_state_hashes(
            conn, [*carried["person"], *carried["group_activity"]])
        return counts

    progress(5, "Das Paket wird geschrieben …")
    try:
        counts = _write_package(conn, path, key, meta, copy)
        progress(80, "Die Übergabe wird protokolliert …")
        digest = q.file_hash(path)
        person_ids = sorted(carried.get("person", {}))
        try:
            with transaction(conn):
                for pid in person_ids:
                    repo.DISCLOSURES.insert(conn, Disclosure(
                        pid, today, f"{successor.name} – Nachfolge an {school.name}",
                        rules.SCHOOL_CATEGORIES, SCHOOL_LEGAL_BASIS))
                q.save_manifest(conn, package_id, ((tbl, rid, h) for tbl, rows in
                                                   carried.items() for rid, h in rows.items()))
                q.register(conn, q.REGISTRY_PREFIX, package_id, {
                    "kind": rules.KIND_SCHOOL, "key": bytes(key).hex(),
                    "created": today.isoformat(), "recipient": successor.name,
                    "school_id": school_id, "hash": digest, "persons": len(person_ids),
                    "status": "issued", "path": str(path.resolve()),
                    "receipt_secret": secret})
        except BaseException:
            q.erase_file(path)
            raise
        result = PackageResult(path, package_id, format_key(key), rules.KIND_SCHOOL, counts,
                               successor.name, content_hash=digest, persons=person_ids)
    finally:
        _zero(key)
    progress(100, "Fertig")
    return result


# The legal basis logged for a school handover: the successor takes over the post's
# tasks at the same Träger (§ 64 Abs. 1 SGB VIII; catalogue code "handover").
SCHOOL_LEGAL_BASIS = "handover"


def _package_manifest(pkg) -> dict[str, dict[str, str]]:
    """Table → {row id: row hash} of every row a school package carries."""
    return {t.name: q.row_hashes(pkg, t) for t in q.MANIFEST_TABLES}


def _rows_digest(manifest: dict[str, dict[str, str]]) -> str:
    """SHA-256 over the sorted row ids per table (what the receipt says was merged)."""
    ids = {tbl: sorted(rows) for tbl, rows in sorted(manifest.items()) if rows}
    return hashlib.sha256(json.dumps(ids, sort_keys=True, separators=(",", ":"))
                          .encode("utf-8")).hexdigest()


def package_document(pkg) -> dict:
    """A school package as an interchange document (tables only; no settings, no meta)."""
    from . import interchange

    doc = interchange.export_document(pkg)
    doc["tables"] = {name: rows for name, rows in doc["tables"].items() if rows}
    doc["settings"] = {}
    doc["meta"] = {}
    return doc


@writes(*DataKind)
def receive_school_package(conn: Connection, package_path: Path | str, key_text: str, receipt_target:
                           Path | str, resolutions=None, *, today: date | None = None):
    """The successor reads a school package into her vault (the one merge of interchange
    documents) and writes the receipt for the predecessor. The activities of the
    predecessor's years were counted by her: the merge's derived statistics records and
    time entries for them are removed again (nothing is counted twice across the two
    posts). Returns (merge result, receipt path). With open conflicts no receipt is
    written and the package file stays until they are decided; without, the receipt is
    written (signed with the secret inside the package) and the package file shredded
    (one entry in her deletion log)."""
    from . import interchange_merge

    today = today or clock.today()
    package_path = Path(package_path)
    digest = q.file_hash(package_path) if package_path.is_file() else ""
    pkg, info = open_package(package_path, key_text, today=today, expected_kind=rules.KIND_SCHOOL)
    try:
        secret = info.meta.get("receipt_secret", "")
        if not secret:
            raise PackageError("Das Übergabepaket stammt aus einer älteren Version von SSA "
                               "Desktop und kann keine Empfangsquittung erzeugen. Bitte die "
                               "Vorgängerin, das Paket neu zu schreiben; nichts wurde verändert.")
        rows = _rows_digest(_package_manifest(pkg))
        doc = package_document(pkg)
    finally:
        pkg.close()
    with transaction(conn):
        before = q.last_rowids(conn)
        result = interchange_merge.merge_document(conn, doc, resolutions)
        q.drop_derived(conn, before, statistics=True)
    if result.conflicts:
        return result, None
    path = _receipt(info, digest, rows, secret, receipt_target, today)
    try:
        size = q.erase_file(package_path)
    except OSError:  # read-only medium: the caller sees the file still there and says so
        return result, path
    with transaction(conn):
        retention.log_package_file_shredded(
            conn, info.package_id, size, today, category="Übergabepaket (empfangene Datei)",
            rule="Übergabe eingelesen", note="Datei nicht mehr vorhanden")
    return result, path


def received_file_sentence(package_path: Path | str) -> str:
    """What became of the successor's package file after a receive with a receipt."""
    package_path = Path(package_path)
    if package_path.exists():
        return (f"Die Paketdatei {package_path} konnte nicht entfernt werden (schreibgeschützt?)."
                " Bitte löschen Sie sie selbst; alles ist eingelesen.")
    return "Die Paketdatei wurde überschrieben und entfernt (alles ist eingelesen)."


def _receipt(info: PackageInfo, digest: str, rows: str, secret: str, target: Path | str,
             today: date) -> Path:
    receipt = Receipt(info.package_id, digest, today.isoformat(), dict(info.counts), rows)
    data = dict(receipt.canonical(), proof=receipt.proof_with(secret))
    target = Path(target)
    if target.is_dir():
        target = target / f"quittung-{info.package_id[:8]}{RECEIPT_SUFFIX}"
    atomic_write_bytes(target, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
    return target


RECEIPT_MAX_BYTES = 64 * 1024   # a real receipt is well under 2 KB
RECEIPT_MAX_DEPTH = 3           # the receipt object, its counts: nothing deeper


@dataclass(frozen=True)
class Receipt:
    package_id: str
    content_hash: str
    received: str
    counts: dict[str, int]
    rows: str = ""      # SHA-256 over the row ids merged (``_rows_digest``)
    proof: str = ""     # HMAC-SHA256 of ``canonical()`` under the package's receipt secret

    def canonical(self) -> dict:
        return {"format": RECEIPT_FORMAT, "package_id": self.package_id,
                "content_hash": self.content_hash, "received": self.received,
                "counts": dict(self.counts), "rows": self.rows}

    def proof_with(self, secret_hex: str) -> str:
        text = json.dumps(self.canonical(), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)
        return hmac.new(bytes.fromhex(secret_hex), text.encode("utf-8"),
                        hashlib.sha256).hexdigest()


def _depth(text: str) -> int:
    """The deepest nesting of ``[`` / ``{`` in a JSON text (strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


NOT_A_RECEIPT = "Die Datei ist keine Empfangsquittung von SSA Desktop; es wurde nichts gelöscht."


def read_receipt(path: Path | str) -> Receipt:
    """The receipt in ``path``; a German sentence for a missing, too large, too deeply
    nested, wrongly encoded or malformed file (never read whole when too large)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(RECEIPT_MAX_BYTES + 1)
    except FileNotFoundError:
        raise PackageError(f"Die Quittung {path.name} gibt es nicht.") from None
    except OSError:
        raise PackageError(NOT_A_RECEIPT) from None
    if len(raw) > RECEIPT_MAX_BYTES:
        raise PackageError(f"Die Datei ist zu groß für eine Empfangsquittung (eine Quittung hat "
                           f"höchstens {RECEIPT_MAX_BYTES // 1024} KB); es wurde nichts gelöscht.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PackageError(NOT_A_RECEIPT) from None
    if _depth(text) > RECEIPT_MAX_DEPTH:
        raise PackageError("Die Datei ist zu tief verschachtelt für eine Empfangsquittung; es "
                           "wurde nichts gelöscht.")
    try:
        data = json.loads(text, parse_constant=_no_constant)
        counts = data.get("counts", {})
        if not isinstance(counts, dict) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in counts.values()):
            raise TypeError
        return Receipt(str(data["package_id"]), str(data["content_hash"]), str(data["received"]),
                       {str(k): v for k, v in counts.items()}, str(data.get("rows", "")),
                       str(data.get("proof", "")))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise PackageError(NOT_A_RECEIPT) from None


def _no_constant(_name: str):
    """NaN and ±Infinity are no JSON of a receipt."""
    raise ValueError("not a receipt")


@dataclass
class SchoolHandoverReport:
    school: str
    deleted: dict[str, int]
    statistics_kept: int
    log_entries: int
    left: int                                  # entries at the school that stay with her
    school_id: str = ""
    kept: dict[str, int] = field(default_factory=dict)   # label -> entries that stay
    package_file: str = ""                     # German: what became of the package file
    held: int = 0                              # persons/groups held or restricted since
    school_code: str = ""                      # how she names the school (CLI --school)

    @property
    def kept_sentence(self) -> str:
        """„3 Einträge nach dem Paket – bleiben bei Ihnen“ (empty when none)."""
        if not self.left:
            return ""
        what = "1 Eintrag" if self.left == 1 else f"{self.left} Einträge"
        said = (f"{what} nach dem Paket – bleiben bei Ihnen (neu oder geändert, seit das "
                "Paket geschrieben wurde). Ein Folgepaket der Schule enthält genau diese.")
        if self.held:
            who = "1 Person oder Gruppe" if self.held == 1 else \
                f"{self.held} Personen oder Gruppen"
            said += (f" Darunter {who} mit allem, was dazugehört – bleiben bei Ihnen: "
                     "gesperrt/eingeschränkt seit dem Paket (Sperre, Einschränkung oder "
                     "offenes Auskunftsersuchen); das Paket trug diesen Stand nicht.")
        return said


# Labels of the manifest tables in the deletion log and the report.
ROW_LABELS = tables.package_labels()


def _checked_receipt(conn: Connection, receipt: Receipt) -> tuple[dict, dict[str, dict[str, str]]]:
    """The registry entry and manifest of the package the receipt names, when the receipt
    proves receipt; else a German refusal (nothing deleted)."""
    entry = _issued(conn, receipt.package_id)
    if entry is None or entry.get("kind") != rules.KIND_SCHOOL:
        raise PackageError("Die Quittung gehört zu keinem Übergabepaket dieses Tresors; es wurde "
                           "nichts gelöscht.")
    if entry.get("status") == "confirmed":
        raise PackageError("Diese Übergabe wurde schon bestätigt; die Daten der Schule sind "
                           "bereits gelöscht.")
    if entry.get("status") == "superseded":
        raise PackageError("Dieses Paket ist ersetzt: der Empfang eines späteren Pakets "
                           "derselben Schule wurde bestätigt, sein Schlüssel ist entfernt. Es "
                           "wurde nichts gelöscht; was noch bei Ihnen liegt, geht mit einem "
                           "Folgepaket.")
    if receipt.content_hash != entry.get("hash"):
        raise PackageError("Die Quittung passt nicht zum Paket (der Inhalt, den die Nachfolge "
                           "erhalten hat, ist ein anderer als der geschriebene). Es wurde nichts "
                           "gelöscht; bitte das Paket noch einmal übergeben.")
    secret = entry.get("receipt_secret", "")
    if not secret:
        raise PackageError("Das Paket wurde mit einer älteren Version geschrieben; seine "
                           "Quittung kann den Empfang nicht nachweisen. Es wurde nichts "
                           "gelöscht; bitte ein neues Übergabepaket schreiben.")
    if not receipt.proof:
        raise PackageError("Die Quittung trägt keinen Nachweis des Empfangs (er entsteht nur, "
                           "wenn die Nachfolge das Paket mit seinem Schlüssel einliest). Es "
                           "wurde nichts gelöscht.")
    if not hmac.compare_digest(receipt.proof.encode("utf-8"),
                               receipt.proof_with(secret).encode("utf-8")):
        raise PackageError("Die Quittung wurde verändert oder nicht beim Einlesen dieses Pakets "
                           "erzeugt; es wurde nichts gelöscht.")
    carried = q.manifest(conn, receipt.package_id)
    if receipt.rows != _rows_digest(carried):
        raise PackageError("Die Quittung nennt andere Einträge als das Paket; sie wurde "
                           "verändert. Es wurde nichts gelöscht.")
    return entry, carried


def _deletable(conn: Connection, package_id: str,
               carried: dict[str, dict[str, str]]) -> tuple[dict[str, set[str]], int]:
    """Table → ids of the packaged rows that go: their content is still what went into
    the package, their person or group is not held, restricted or asked about since
    (``held``: such a record stays whole, with every row that belongs to it), and no
    row that stays (added or changed since) needs them. Also the number of persons and
    groups held."""
    same: dict[str, set[str]] = {}
    there: set[str] = set()
    for tbl, rows in carried.items():
        current = q.row_hashes(conn, q.MANIFEST_BY_NAME[tbl], rows)
        same[tbl] = {rid for rid, digest in current.items() if digest == rows[rid]}
        if tbl in ("person", "group_activity"):
            there.update(current)
    held = q.retention_state_changed(conn, package_id, there)
    staying = {tbl: held & set(carried.get(tbl, {})) for tbl in ("person", "group_activity")}
    while any(staying.values()):   # what belongs to a held record stays with it
        below: dict[str, set[str]] = {}
        for tbl, ids in staying.items():
            same.get(tbl, set()).difference_update(ids)
        for child, column, parent in q.KEEPS:
            if staying.get(parent) and child not in ("person", "group_activity"):
                below.setdefault(child, set()).update(
                    cid for cid, _p in q.references(conn, child, column, staying[parent])
                    if cid in same.get(child, ()))
        staying = below
    changed = True
    while changed:
        changed = False
        for child, column, parent in q.KEEPS:
            candidates = same.get(parent)
            if not candidates:
                continue
            going = same.get(child, set())
            for child_id, parent_id in q.references(conn, child, column, candidates):
                if child_id not in going and parent_id in candidates:
                    candidates.discard(parent_id)
                    changed = True
    return same, len(held)


@writes(*retention.DELETION_CHANGES.kinds, DataKind.OPEN_OFFERS, DataKind.AGREEMENTS,
        DataKind.SETTINGS)
def confirm_school_handover(conn: Connection, receipt_path: Path | str, *, today: date | None = None,
                            progress: Progress | None = None) -> SchoolHandoverReport:
    """After the successor's receipt: check that it proves receipt (``_checked_receipt``),
    then delete exactly the packaged rows that are unchanged (``_deletable``) in one
    transaction with the status change and the removal of the package key: persons and
    groups wholly handed over by the normal provable deletion (deletion log, tombstones),
    single rows of persons who stay likewise with one log entry. Then the WAL is
    truncated (secure_delete zeroed the freed pages) and the package file shredded
    (``_finish``). What was added or changed since the package stays and is counted in
    the report."""
    progress = progress or Progress()
    today = today or clock.today()
    receipt = read_receipt(receipt_path)
    entry, carried = _checked_receipt(conn, receipt)
    school_id = entry["school_id"]
    school = repo.school_name(conn, school_id)
    stats_before = q.statistics_count(conn, school_id)
    progress(10, "Die Daten der Schule werden gelöscht …")
    going, held = _deletable(conn, receipt.package_id, carried)
    whole = [("person", pid) for pid in sorted(going.get("person", ()))]
    whole += [("group", gid) for gid in sorted(going.get("group_activity", ()))]
    rows: dict[str, int] = {}
    retired: list[str] = []
    report = _delete_in_one_transaction(conn, receipt.package_id, entry, going, whole, rows,
                                        today, progress, stats_before, retired)
    progress(80, "Die Paketdatei wird entfernt …")
    shredded: int  # package files shredded, counted with the log entries
    shredded, package_file = _finish(conn, receipt.package_id, today)
    for other in retired:
        done, said = _finish(conn, other, today)
        shredded += done
        package_file += (" Ein früheres Paket dieser Schule trug Gelöschtes; es ist damit "
                         "ersetzt, sein Schlüssel entfernt. " + said).rstrip()
    deleted: dict[str, int] = {}
    for e in report.entries:
        for label, n in e.counts.items():
            deleted[label] = deleted.get(label, 0) + n
    for label, n in rows.items():
        deleted[label] = deleted.get(label, 0) + n
    left = q.school_row_ids(conn, school_id)
    kept = {ROW_LABELS[tbl]: len(ids) for tbl, ids in left.items() if ids}
    result = SchoolHandoverReport(school, deleted, q.statistics_count(conn, school_id),
                                  len(report.entries) + bool(rows) + shredded, sum(kept.values()),
                                  school_id, kept, package_file, held,
                                  getattr(repo.SCHOOLS.get(conn, school_id), "code", ""))
    progress(100, "Fertig")
    return result


def _delete_in_one_transaction(conn: Connection, package_id: str, entry: dict, going: dict[str, set[str]],
                               whole: list[tuple[str, str]], rows: dict[str, int], today: date,
                               progress: Progress, stats_before: int, retired: list[str]):
    """The deletion of a confirmed receipt, its status and the removal of the key in one
    transaction: a kill inside leaves the vault as it was. ``rows`` gets the counts of
    the rows deleted alone; returns the report of the persons and groups deleted whole.
    The school's statistics records are counted before the commit (R7: the counted years
    never change); a different count rolls everything back. Every other issued package of
    the school that carries a row now gone is retired with it (``_retire_superseded``;
    its id into ``retired``)."""
    with transaction(conn):
        report = retention.delete_handed_over(conn, whole, today, category=HANDOVER_CATEGORY,
                                              progress=progress,
                                              method=retention.METHOD_HANDOVER).value
        for tbl in q.DELETE_ORDER:
            if tbl in ("person", "group_activity"):
                continue
            gone = q.delete_rows(conn, tbl, going.get(tbl, ()))
            for rid in gone:  # a restored backup must not bring them back
                tombstones.deleted(conn, HANDED_OVER_ROW, rid, today)
            if gone:
                rows[ROW_LABELS[tbl]] = len(gone)
        if rows:
            retention.log_handover_rest(conn, package_id, rows, today,
                                        HANDOVER_CATEGORY, retention.METHOD_HANDOVER)
        if q.statistics_count(conn, entry["school_id"]) != stats_before:
            raise PackageError("Die Löschung hätte anonyme Statistikeinträge der gezählten "
                               "Jahre verändert; sie wurde zurückgenommen, es wurde nichts "
                               "gelöscht. Bitte melden Sie den Fehler.")
        retired.extend(_retire_superseded(conn, package_id, entry["school_id"], today))
        q.drop_manifest(conn, package_id)
        confirmed = {k: v for k, v in entry.items() if k not in ("key", "receipt_secret")}
        confirmed.update(status="confirmed", confirmed=today.isoformat(),
                         key_removed=today.isoformat(), pending="pages file")
        q.register(conn, q.REGISTRY_PREFIX, package_id, confirmed)
    return report


def _retire_superseded(conn: Connection, package_id: str, school_id: str, today: date) -> list[str]:
    """Inside the receipt's transaction: every other issued package of the school that
    carries a row no longer in the vault (its file and key would still show it) loses
    its key, receipt secret and manifest and becomes ``superseded``; its file is
    shredded by ``_finish`` (``pending``). Returns their ids."""
    retired = []
    for other, entry in q.registry(conn, q.REGISTRY_PREFIX).items():
        if (other == package_id or entry.get("kind") != rules.KIND_SCHOOL
                or entry.get("school_id") != school_id or entry.get("status") != "issued"):
            continue
        carried = q.manifest(conn, other)
        if all(len(q.row_hashes(conn, q.MANIFEST_BY_NAME[tbl], rows)) == len(rows)
               for tbl, rows in carried.items()):
            continue
        q.drop_manifest(conn, other)
        gone = {k: v for k, v in entry.items() if k not in ("key", "receipt_secret")}
        gone.update(status="superseded", superseded_by=package_id,
                    key_removed=today.isoformat(), pending="file")
        q.register(conn, q.REGISTRY_PREFIX, other, gone)
        retired.append(other)
    return retired


def _finish(conn: Connection, package_id: str, today: date) -> tuple[bool, str]:
    """The steps after a confirmed receipt's transaction (``pending`` in the registry
    entry, so that the next unlock finishes them after a kill): the WAL truncated (the
    freed pages are zeroed already); the package file this vault wrote shredded where it
    still lies (if it is that file: same hash), with a deletion-log entry. Returns whether it
    was shredded and a German sentence about the package file."""
    entry = q.registry(conn, q.REGISTRY_PREFIX)[package_id]
    settled = "pages" not in entry.get("pending", "") or retention.settle_after(conn)
    path = Path(entry.get("path", ""))
    said, shredded = "", False
    copies = ("Falls Sie sie kopiert oder verschoben haben: bitte diese Kopie löschen (ohne "
              "den Schlüssel ist sie nicht lesbar; er ist aus dem Tresor entfernt).")
    if entry.get("path") and path.is_file() and q.file_hash(path) == entry.get("hash"):
        try:
            size = q.erase_file(path)
        except OSError as err:
            said = (f"Die Paketdatei {path} konnte nicht entfernt werden "
                    f"({err.strerror or err}). Bitte löschen Sie sie selbst. " + copies)
        else:
            with transaction(conn):
                retention.log_package_file_shredded(
                    conn, package_id, size, today, category="Übergabepaket (Paketdatei)",
                    rule="Übergabe quittiert", note="Datei nicht mehr vorhanden")
            said, shredded = f"Die Paketdatei {path} wurde überschrieben und entfernt.", True
    elif entry.get("path") and path.is_file():
        said = (f"Unter {path} liegt eine andere Datei als das geschriebene Paket; sie wurde "
                "nicht gelöscht. Haben Sie eine Kopie des Pakets angelegt, löschen Sie diese "
                "bitte (ohne den Schlüssel ist sie nicht lesbar; er ist aus dem Tresor entfernt).")
    elif entry.get("path"):  # the usual case: the successor's app removed it when reading
        said = (f"Die Paketdatei liegt nicht mehr dort, wo sie geschrieben wurde ({path}); "
                "die Nachfolge entfernt sie beim Einlesen. Haben Sie eine Kopie angelegt, "
                "löschen Sie diese bitte (ohne den Schlüssel ist sie nicht lesbar; er ist aus "
                "dem Tresor entfernt).")
    with transaction(conn):
        entry = dict(q.registry(conn, q.REGISTRY_PREFIX)[package_id])
        entry.pop("pending", None)
        if not settled:
            entry["pending"] = "pages"
        q.register(conn, q.REGISTRY_PREFIX, package_id, entry)
    if not settled:
        return shredded, (said + " " + PAGES_PENDING).strip()
    checkpoint(conn)  # the registry's last write leaves no WAL frame either
    return shredded, said


PAGES_PENDING = ("Die gelöschten Daten sind noch nicht ganz aus der Tresordatei entfernt: ein "
                 "anderer Zugriff las gerade im Tresor. Das geschieht beim nächsten Entsperren.")


@writes(DataKind.RETENTION, DataKind.SETTINGS)
def finish_interrupted_handovers(conn: Connection, today: date | None = None) -> list[str]:
    """At unlock: a confirmed school handover whose after-steps a kill interrupted
    (``pending``) is finished now; one German sentence each."""
    today = today or clock.today()
    said = []
    for package_id, entry in q.registry(conn, q.REGISTRY_PREFIX).items():
        if entry.get("kind") == rules.KIND_SCHOOL and entry.get("pending"):
            _shredded, text = _finish(conn, package_id, today)
            if q.registry(conn, q.REGISTRY_PREFIX)[package_id].get("pending"):
                said.append("Eine unterbrochene Schulübergabe ist noch nicht abgeschlossen. "
                            + text)
            else:
                said.append("Eine unterbrochene Schulübergabe wurde abgeschlossen: die "
                            "gelöschten Daten sind aus der Tresordatei entfernt. " + text)
    return said


HANDOVER_CATEGORY = "Übergabe an die Nachfolge (Schule)"
# The tombstone kind of a row a school handover deleted alone (its person or group
# stays): a restore deletes it again by its id, and nothing else – not the kinds of a
# session removed by hand, whose statistics record goes along (R7: these stay).
HANDED_OVER_ROW = "handed_over_row"


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
@writes(DataKind.SETTINGS)
def register_received(conn: Connection, path: Path | str, info: PackageInfo) -> None:
    """Remember a Vertretungspaket opened in the deputy's app, so that it is deleted at
    its expiry even if it is never opened again."""
    if info.kind != rules.KIND_DEPUTY or info.expires is None:
        return
    with transaction(conn):
        q.register(conn, q.RECEIVED_PREFIX, info.package_id, {
            "path": str(Path(path).resolve()), "expires": info.expires.isoformat(),
            "label": info.label})


@writes(DataKind.SETTINGS)
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


@writes(DataKind.RETENTION, DataKind.SETTINGS)
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
        retention.log_package_deleted(conn, entry.get("package_id", package_id), size, today,
                                      f"abgelaufen seit {fmt_date(expires)}")
        with transaction(conn):
            q.unregister(conn, q.RECEIVED_PREFIX, package_id)
        what = (f"Die {entry['label']}" if "package_id" in entry else
                f"Das Vertretungspaket ({entry.get('label', '')})")
        said.append(f"{what} ist seit "
                    f"{fmt_date(expires)} abgelaufen und wurde gelöscht"
                    + (f": {path.name} überschrieben und entfernt." if size else
                       " (die Datei war nicht mehr vorhanden)."))
    return said + sweep_issued(conn, today)


@writes(DataKind.RETENTION, DataKind.SETTINGS)
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
