"""The deputy's work in a Vertretungspaket (docs/handover.md): the overview she sees,
the contacts and appointments she enters, and the return she writes of what she added
or changed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain import appointment_times, clock, strict_json
from ..domain import handover as rules
from ..domain.columns import Column, chosen_columns, form_columns
from ..domain.entities import Appointment, Contact, Document
from ..domain.errors import UserError
from ..domain.goals import CaseGoal, GoalRating, baseline_day, rating_day_problem
from ..domain.recorded import recorded_codes
from ..domain.tables import TABLES
from ..domain.text_safety import TEXT_LIMIT
from ..formatting import fmt_date
from ..storage import goals_repo
from ..storage import handover_deputy_repo as qd
from ..storage import handover_repo as q
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import package_documents
from .handover import (
    _TABLES,
    SUFFIX,
    PackageError,
    PackageInfo,
    PackageResult,
    _row_json,
    _target,
    _write_package,
    _zero,
    default_name,
    open_package,
    parse_package_key,
)
from .operations import DataKind, writes


@dataclass(frozen=True)
class DeputyPersonRow:
    id: str
    pseudonym: str
    name: str               # "" when the package carries no name
    class_label: str
    school: str
    guardian_contact: str   # how the guardians are reached ("" when not handed over)
    # the entry of each ``deputy_person_columns`` field (a code as its label), in order
    declared: tuple[str, ...] = ()


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
    # (label, entry) of each coded field recorded (domain.recorded: Ort, Sprachmittlung …)
    coded: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class DeputyGoalRow:
    """A goal handed over with the package (its trend: ``goal_trend``)."""

    id: str
    person_id: str
    person: str             # pseudonym
    case: str               # the open case's title
    text: str


@dataclass
class DeputyOverview:
    persons: list[DeputyPersonRow]
    cases: list[DeputyCaseRow]
    appointments: list[DeputyAppointmentRow]
    deadlines: list[DeputyDeadlineRow]
    contacts: list[DeputyContactRow]
    goals: list[DeputyGoalRow] = field(default_factory=list)

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
    """The overview's parts in order: persons (their pseudonyms name every other row),
    open cases (their titles name the contacts), appointments, § 8a deadlines, contacts."""
    people = qd.package_persons(pkg)
    pseudonyms = {p.id: p.pseudonym for p in people}
    open_cases = [c for c in qd.package_cases(pkg) if c.status == "open"]
    titles = {c.id: case_title(c.title, c.opened) for c in open_cases}
    return DeputyOverview(_person_rows(people, qd.package_school_names(pkg)),
                          _case_rows(open_cases, pseudonyms, titles),
                          _appointment_rows(qd.package_appointments(pkg), pseudonyms),
                          _deadline_rows(pkg),
                          _contact_rows(qd.package_contacts(pkg), pseudonyms, titles),
                          _goal_rows(pkg, open_cases, pseudonyms, titles))


def deputy_person_columns() -> tuple[Column, ...]:
    """The fields a person declares with ``captured(…, deputy=True)`` that the
    Vertretungspaket carries: a column each in the deputy's window (a field not declared
    to travel stays home and is never shown)."""
    person = TABLES["person"]
    return tuple(c for c in form_columns(person.entity) if c.name in person.deputy) \
        if person.entity is not None else ()


def _shown(column: Column, value: str) -> str:
    return column.catalogue.label(value) if column.catalogue is not None and value else value


# The row builders below look ids up with ``dict.get(id, "")``: an id of None (no school,
# person or case) is no key and gets the "" as any id the package does not carry.
def _person_rows(people, schools: dict[str, str]) -> list[DeputyPersonRow]:
    """Each packaged person with the name of her school ("" for none or one not packaged)."""
    shown = deputy_person_columns()
    return [DeputyPersonRow(p.id, p.pseudonym, p.display_name, p.class_label,
                            schools.get(p.school_id, ""), p.guardian_contact,
                            tuple(_shown(c, getattr(p, c.name)) for c in shown))
            for p in people]


def _case_rows(open_cases, pseudonyms: dict[str, str],
               titles: dict[str, str]) -> list[DeputyCaseRow]:
    """The open cases in the persons' order (by pseudonym), each person's oldest first."""
    return sorted((DeputyCaseRow(c.id, c.person_id, pseudonyms.get(c.person_id, ""),
                                 titles[c.id], c.opened) for c in open_cases),
                  key=lambda c: (c.person, c.opened))


def _appointment_rows(appointments, pseudonyms: dict[str, str]) -> list[DeputyAppointmentRow]:
    """The packaged appointments in the package's order, with the person's pseudonym."""
    return [DeputyAppointmentRow(a.id, a.person_id or "", pseudonyms.get(a.person_id, ""),
                                 a.day, a.start, a.end, a.room, a.status, a.note)
            for a in appointments]


def _deadline_rows(pkg) -> list[DeputyDeadlineRow]:
    """The next step of each open § 8a procedure, the earliest deadline first, those
    without a deadline last (ties by pseudonym)."""
    from ..storage import child_protection_repo
    from .child_protection_open import next_step_after

    return sorted((DeputyDeadlineRow(r.procedure_id, r.person_id, r.pseudonym,
                                     next_step_after(r.last_step), r.next_due)
                   for r in child_protection_repo.open_procedure_rows(pkg)),
                  key=lambda d: (d.due is None, d.due or date.max, d.person))


def _contact_rows(contacts, pseudonyms: dict[str, str],
                  titles: dict[str, str]) -> list[DeputyContactRow]:
    """The contacts in the package, each named by person and open case ("" for none)."""
    return [DeputyContactRow(k.id, pseudonyms.get(k.person_id, ""),
                             titles.get(k.case_id, ""), k.day, k.time, k.kind,
                             k.duration_min, tuple(k.topics), k.note, recorded_codes(k))
            for k in contacts]


def _goal_rows(pkg, open_cases, pseudonyms: dict[str, str],
               titles: dict[str, str]) -> list[DeputyGoalRow]:
    """The goals the package carries (of persons with „Ziele der Fälle“ ticked), in the
    cases' order (by pseudonym, oldest case first), each case's goals as set up."""
    rows = []
    for case in sorted(open_cases, key=lambda c: (pseudonyms.get(c.person_id, ""), c.opened)):
        rows += [DeputyGoalRow(goal.id, case.person_id, pseudonyms.get(case.person_id, ""),
                               titles[case.id], goal.text)
                 for goal in goals_repo.goals_of_case(pkg, case.id)]
    return rows


def goal_trend(pkg, goal_id: str):
    """A handed goal's trend (``services.goals.Trend``): the post holder's ratings and
    hers, each with who rated it, as the post holder's own window shows it."""
    from . import goals

    with q.damaged_as_package_error():
        return goals.trend(pkg, goal_id)


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
    place: str = ""              # CONTACT_PLACES code or "" (not recorded)
    # the contact's captured coded fields (columns.chosen_columns: Sprachmittlung …):
    # column → code, a column not given or "" not recorded
    coded: dict[str, str] = field(default_factory=dict)
    # goal id → level: her ratings of goals of the contact's case
    ratings: dict[str, int] = field(default_factory=dict)


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


def _set_coded(contact: Contact, given: dict[str, str]) -> None:
    """Set the captured coded fields of ``contact`` as given, each checked against its
    catalogue ("" when not given)."""
    columns = {c.name: c for c in chosen_columns(Contact)}
    for name, code in given.items():
        column = columns.get(name)
        if column is None:
            raise PackageError(f"Ein Feld „{name}“ gibt es bei einem Kontakt nicht.")
        if code and column.catalogue is not None and code not in column.catalogue:
            raise PackageError(f"„{code}“ gibt es bei {column.label or name} nicht; bitte "
                               "aus der Liste wählen.")
    for name in columns:
        setattr(contact, name, given.get(name, ""))


def deputy_add_contact(pkg, entry: DeputyContactEntry, *, today: date | None = None) -> Contact:
    """A contact the deputy had with a person of the package, in an open case of that
    person or without a case, by the quick entry's rules (the date as typed, the future
    refused, 1–600 minutes). It is marked as written by the deputy. It counts for the
    school and its post in the worker's vault when she reads the return (never in the
    deputy's own); her working time she records in her own vault."""
    from ..domain import plausibility

    today = today or clock.today()
    person = _package_person(pkg, entry.person_id)
    case = None
    if entry.case_id:
        case = repo.CASES.get(pkg, entry.case_id)
        if case is None or case.person_id != person.id or case.status != "open":
            raise PackageError("Der Fall ist kein offener Fall dieser Person im "
                               "Vertretungspaket; bitte einen Fall der Person wählen oder "
                               "„ohne Fall“.")
    _check_choices(entry)
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
                      place=entry.place, written_by=_deputy_mark(pkg))
    _set_coded(contact, entry.coded)
    ratings = _ratings(pkg, entry, contact)
    with q.damaged_as_package_error(), transaction(pkg):
        repo.CONTACTS.insert(pkg, contact)
        for rating in ratings:
            goals_repo.GOAL_RATINGS.insert(pkg, rating)
    return contact


def _check_choices(entry: DeputyContactEntry) -> None:
    """Kind, topics, place and participants from their catalogues, one participant at least."""
    from ..domain.catalogues import CONTACT_KINDS, CONTACT_PLACES, PARTICIPANT_ROLES, TOPICS

    if entry.kind not in CONTACT_KINDS:
        raise PackageError("Bitte eine Kontaktart aus der Liste wählen.")
    _unknown(entry.topics, TOPICS, "Das Thema")
    _unknown((entry.place,) if entry.place else (), CONTACT_PLACES, "Der Ort")
    if not entry.participants:
        raise PackageError("Bitte mindestens eine beteiligte Person wählen (Beteiligte).")
    _unknown(entry.participants, PARTICIPANT_ROLES, "Beteiligte")


def _ratings(pkg, entry: DeputyContactEntry, contact: Contact) -> list[GoalRating]:
    """Her ratings with the contact: each of a goal of the contact's case handed out with
    the package, at a level of its scale (the quick entry's rule)."""
    found = []
    for goal_id, level in entry.ratings.items():
        goal = goals_repo.CASE_GOALS.get(pkg, goal_id)
        if goal is None or not entry.case_id or goal.case_id != entry.case_id:
            raise PackageError("Dieses Ziel gehört nicht zum Fall des Kontakts im "
                               "Vertretungspaket.")
        if level not in goal.levels:
            raise PackageError(f"Die Stufe {level} gibt es auf der Skala dieses Ziels nicht.")
        too_early = rating_day_problem(contact.day, contact.day, baseline_day(goal))
        if too_early:   # the post holder's rule: never before the baseline's day
            raise PackageError(too_early)
        found.append(GoalRating(goal_id, contact.day, level, contact_id=contact.id,
                                written_by=contact.written_by))
    return found


def deputy_documents(pkg) -> list[Document]:
    """The documents she ticked for the deputy (docs/documents.md), to be viewed."""
    return package_documents.carried(pkg)


def deputy_document_content(pkg, doc_id: str) -> bytes:
    """A ticked document's bytes, in memory only, checked against its digest."""
    return package_documents.carried_content(pkg, doc_id)


def deputy_add_document(pkg, person_id: str, kind: str, title: str, day: date, data: bytes,
                        file_name: str = "") -> Document:
    """A document the deputy adds for a person of the package (a consent the parents
    signed with her, a letter handed to her): the kinds, formats and size limit of her
    colleague's own documents (``domain/documents``), refused with the same German
    sentence. Kept in the package, encrypted under its key, until her return carries it
    back; marked as hers. The file name stays with her (not kept)."""
    from ..domain import documents as d
    from ..domain.catalogues import DOCUMENT_KINDS
    from ..domain.digests import sha256

    person = _package_person(pkg, person_id)
    if kind not in DOCUMENT_KINDS:
        raise PackageError("Bitte die Art des Dokuments wählen.")
    try:
        title = d.check_title(title)
        mime = d.detect(data, file_name)
    except UserError as err:
        raise PackageError(str(err)) from None
    doc = Document(person_id=person.id, kind=kind, title=title, day=day, mime=mime,
                   size=len(data), sha256=sha256(data).hexdigest(),
                   written_by=_deputy_mark(pkg))
    with q.damaged_as_package_error(), transaction(pkg):
        package_documents.keep_in_package(pkg, doc, data)
    return doc


def case_goals(pkg, case_id: str) -> list[CaseGoal]:
    """The goals of a case of the package, to rate with a contact."""
    return goals_repo.goals_of_case(pkg, case_id)


def deputy_add_appointment(pkg, person_id: str, day: date, start: str, end: str, *,
                           room: str = "", note: str = "") -> Appointment:
    """An appointment the deputy made with a person of the package (marked as hers)."""
    person = _package_person(pkg, person_id)
    try:   # the Termine form's rule, stored as she stores them („9:00“ → 09:00)
        start, end = appointment_times.stored_times(start, end)
    except UserError as err:
        raise PackageError(str(err)) from None
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


@writes(DataKind.PACKAGES)   # the folder noted in her vault
def write_return(package_path: Path | str, key_text: str, target: Path | str, *,
                 today: date | None = None, vault: Connection | None = None,
                 last: bool = False) -> PackageResult:
    """The deputy's return: only the contacts, appointments, goal ratings and documents she
    added or changed, in a file under the same key and package id (with the package's expiry). A folder as
    ``target`` gets the next free name when the default one exists. ``last``: her last
    return (meta ``last_return``), whose reading ends the Vertretung. ``vault``: her own
    vault (unlocked), which notes the folder first, so that its unlock removes what a
    killed write leaves there (``clean_package_leftovers``)."""
    today = today or clock.today()
    if vault is not None:
        folder = Path(target)
        with transaction(vault):
            q.remember_folder(vault, folder if folder.is_dir() else folder.parent)
    pkg, info = open_package(package_path, key_text, today=today,
                             expected_kind=rules.KIND_DEPUTY)
    key = parse_package_key(key_text)
    try:
        with q.damaged_as_package_error():
            return _write_return(pkg, info, key, target, today, last)
    finally:
        pkg.close()
        _zero(key)


def _write_return(pkg, info: PackageInfo, key: bytearray, target: Path | str,
                  today: date, last: bool) -> PackageResult:
    """The return written from an open package (``write_return``)."""
    baseline = strict_json.loads(info.meta.get("baseline", "{}"))
    if not isinstance(baseline, dict):
        raise PackageError(q.DAMAGED)
    changed = {}
    for name in rules.RETURN_TABLES:
        base = baseline.get(name, {})
        changed[name] = [obj.id for obj in _TABLES[name].all(pkg)
                         if _changed(base.get(obj.id), _TABLES[name], obj)]
    path = _free_target(target, rules.KIND_RETURN, today, info.package_id)
    meta = {k: v for k, v in info.meta.items() if k != "baseline"}
    meta.update(package_kind=rules.KIND_RETURN, returned=today.isoformat(),
                last_return="1" if last else "")
    # each goal's scale as she has it: the reading tells a re-scaled goal by it
    meta[rules.GOAL_SCALES] = rules.goal_scales_text(goals_repo.CASE_GOALS.all(pkg))

    def copy(ret):
        return {"Kontakte": qd.copy_rows(pkg, ret, repo.CONTACTS, changed["contact"]),
                "Termine": qd.copy_rows(pkg, ret, repo.APPOINTMENTS, changed["appointment"]),
                "Einschätzungen der Ziele": qd.copy_rows(pkg, ret, goals_repo.GOAL_RATINGS,
                                                         changed["goal_rating"]),
                "Dokumente": package_documents.copy_added(pkg, ret)}

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
    row = _row_json(table, obj)
    # a field the package's baseline lacks came with a later version (its migration
    # filled it with the empty default when the deputy's app opened the package): unchanged
    row = {name: value for name, value in row.items() if name in base or value not in ("", None)}
    return bool(rules.changed_fields(base, row))
