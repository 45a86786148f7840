"""Appointments (Termine) and the data of a consultation slip (Beratungszettel).

Public API (used by the overview and by the slip printing):

- ``appointments_on(conn, day)`` / ``appointments_between(conn, first, last)`` ->
  ``list[AppointmentView]`` sorted by day and time.
- ``save_appointment``, ``delete_appointment``, ``set_status``, ``mark_attended``.
- ``quick_entry_prefill(view, person_kind)`` / ``prefill_for(conn, view)`` -> the prefill dict
  for ``QuickEntryDialog`` (from the appointment and its person only).
- ``slip_data(conn, appointment_id)`` -> ``SlipData``, the ONLY data a Beratungszettel
  may carry; ``slips_for_day``, ``blank_slips``; the slip logo (``set_slip_logo``).

The note of an appointment is internal: it never reaches a slip (docs/domain.md § 6).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from ..domain import clock, plausibility, slips
from ..domain.appointment_times import (  # noqa: F401 - the form's rule, here as before
    check_time,
    clock_minutes,
    minutes_between,
    stored_times,
    times_problem,
)
from ..domain.catalogues import APPOINTMENT_STATUS
from ..domain.entities import Appointment
from ..domain.errors import UserError
from ..domain.slips import SLIP_FIELDS, SlipData
from ..storage import appointments_repo as arepo
from ..storage import persons_repo as prepo
from ..storage import repositories as repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import holds, settings, tombstones
from .operations import DataKind, writes

DAY_START = "07:30"
DAY_END = "17:00"

# Fields of a slip, in print order. Nothing else may ever be added (docs/reports.md).
SLIP_KEYS = SLIP_FIELDS


@dataclass(frozen=True)
class AppointmentView(arepo.AppointmentRow):
    """An appointment as the calendar shows it."""

    @property
    def name(self) -> str:
        """The real name; shown only when she asked for names."""
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def who(self, show_names: bool = False) -> str:
        """Pseudonym (or name when asked), with the class: "K-17 (7b)"."""
        if not self.person_id:
            return "ohne Person"
        label = self.name if show_names and self.name else self.pseudonym
        return f"{label} ({self.class_label})" if self.class_label else label

    @property
    def duration_min(self) -> int:
        return minutes_between(self.start, self.end)

    @property
    def status_label(self) -> str:
        return APPOINTMENT_STATUS.label(self.status)


def _view(r: arepo.AppointmentRow) -> AppointmentView:
    return AppointmentView(**asdict(r))


# -- time helpers (the rule of every way in: ``domain/appointment_times``) ---------------
def add_minutes(time: str, minutes: int) -> str:
    hours, minute = divmod((clock_minutes(time) + minutes) % (24 * 60), 60)
    return f"{hours:02d}:{minute:02d}"


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def time_slots(step_min: int = 30, first: str = DAY_START, last: str = DAY_END) -> list[str]:
    """Start times of the calendar rows: 07:30, 08:00, … up to (not including) 17:00."""
    slots, current = [], first
    while minutes_between(current, last) > 0:
        slots.append(current)
        current = add_minutes(current, step_min)
    return slots


# -- queries -----------------------------------------------------------------------------
def appointments_between(conn: Connection, first: date, last: date) -> list[AppointmentView]:
    return [_view(r) for r in arepo.rows_between(conn, first, last)]


def appointments_of_person(conn: Connection, person_id: str,
                           first: date = date.min) -> list[AppointmentView]:
    """The person's appointments from ``first`` on, by day and time (none of a restricted
    person): as ``appointments_between`` over all days, for her alone."""
    return [_view(r) for r in arepo.visible_rows_of_person(conn, person_id, first)]


def appointments_on(conn: Connection, day: date) -> list[AppointmentView]:
    """The appointments of one day, by time (used by the overview "Termine heute")."""
    return appointments_between(conn, day, day)


def appointment(conn: Connection, appointment_id: str) -> AppointmentView | None:
    r = arepo.row(conn, appointment_id)
    return _view(r) if r else None


def get_appointment(conn: Connection, appointment_id: str) -> Appointment | None:
    return repo.APPOINTMENTS.get(conn, appointment_id)


def rooms(conn: Connection) -> list[str]:
    return arepo.rooms(conn)


# -- changes -----------------------------------------------------------------------------
def check_overlap(conn: Connection, appt: Appointment, *, confirmed: bool = False) -> None:
    """Ask before a second appointment at the same time (plausibility.NeedsConfirmation)."""
    others = [(v.start, v.end, v.pseudonym or "einem Termin ohne Person")
              for v in appointments_on(conn, appt.day)
              if v.id != appt.id and v.status != "cancelled"]
    plausibility.enforce(plausibility.overlap(check_time(appt.start), check_time(appt.end),
                                              others), confirmed)


@writes(DataKind.APPOINTMENTS)
def save_appointment(conn: Connection, appt: Appointment) -> Appointment:
    """Insert or update; raises ValueError with a German message on invalid input."""
    appt.start, appt.end = stored_times(appt.start, appt.end)   # „9:00“ → 09:00
    if appt.status not in APPOINTMENT_STATUS:
        raise UserError("Unbekannter Status.")
    appt.room = appt.room.strip()
    if appt.person_id:
        person = repo.PERSONS.existing(conn, appt.person_id,
                                       missing=UserError("Die Person gibt es nicht mehr."))
        appt.school_id = person.school_id or appt.school_id
    if appt.school_id is None:
        appt.school_id = arepo.first_school_id(conn)
    with transaction(conn):
        repo.APPOINTMENTS.save(conn, appt)
    return appt


@writes(DataKind.APPOINTMENTS)
def delete_appointment(conn: Connection, appointment_id: str) -> None:
    """Delete an appointment by hand (tombstone); refused while a hold lies on its person
    (``holds``)."""
    with transaction(conn):
        if (why := hold_keeps_appointment(conn, appointment_id)) is not None:
            raise holds.HeldRecord(why)
        tombstones.erase(conn, repo.APPOINTMENTS, "appointment", appointment_id)


def hold_keeps_appointment(conn: Connection, appointment_id: str) -> str | None:
    """Why the appointment may not be deleted (a hold on its person: ``holds``), else
    None – the form says it before it asks."""
    appointment = repo.APPOINTMENTS.get(conn, appointment_id)
    if appointment is None:
        return None
    return holds.refusal_for(conn, (appointment.id, appointment.person_id), "der Termin")


def appointment_status(conn: Connection, appointment_id: str) -> str | None:
    appointment = repo.APPOINTMENTS.get(conn, appointment_id)
    return appointment.status if appointment else None


@writes(DataKind.APPOINTMENTS)
def set_status(conn: Connection, appointment_id: str, status: str) -> None:
    """"planned", "missed" or "cancelled"; "attended" only through mark_attended."""
    if status not in APPOINTMENT_STATUS or status == "attended":
        raise UserError("Dieser Status wird über „Als wahrgenommen markieren“ gesetzt.")
    current = repo.APPOINTMENTS.existing(conn, appointment_id,
                                         missing=UserError("Den Termin gibt es nicht mehr."))
    arepo.set_status(conn, appointment_id, status, current.contact_id)


def check_started(appointment) -> None:
    """An appointment can be attended only once it has begun (by the clock): raises
    ValueError with a German sentence before its start time."""
    start = datetime.combine(appointment.day, datetime.min.time()) + timedelta(
        minutes=clock_minutes(appointment.start))
    if clock.now() < start:
        raise UserError(f"Der Termin beginnt erst am {appointment.day.strftime('%d.%m.%Y')} "
                         f"um {appointment.start} Uhr. Als wahrgenommen markieren können Sie "
                         "ihn ab seinem Beginn.")


def has_started(appointment) -> bool:
    try:
        check_started(appointment)
    except ValueError:
        return False
    return True


@writes(DataKind.APPOINTMENTS)
def mark_attended(conn: Connection, appointment_id: str, contact_id: str) -> None:
    """The appointment took place and was documented as ``contact_id``."""
    appointment = repo.APPOINTMENTS.existing(conn, appointment_id,
                                             missing=UserError("Den Termin gibt es nicht mehr."))
    check_started(appointment)
    repo.CONTACTS.existing(conn, contact_id, missing=UserError("Der Kontakt wurde nicht gefunden."))
    arepo.set_status(conn, appointment_id, "attended", contact_id)


@writes(DataKind.APPOINTMENTS, DataKind.CONTACTS, DataKind.STATISTICS, DataKind.TIME)
def document_appointment(conn: Connection, appointment_id: str, contact) -> None:
    """Record ``contact`` for the appointment and mark it attended, in ONE transaction:
    either both happen or neither (no orphan contact, no second contact on a retry)."""
    from .activities import record_contact, transaction

    with transaction(conn):
        appointment = repo.APPOINTMENTS.existing(conn, appointment_id,
                                                 missing=UserError("Den Termin gibt es nicht mehr."))
        if appointment.status == "attended" and appointment.contact_id:
            raise UserError("Dieser Termin ist bereits als Kontakt erfasst.")
        check_started(appointment)
        record_contact(conn, contact)
        arepo.set_status(conn, appointment_id, "attended", contact.id)


# The contact an appointment usually is, by the kind of person it is with, and who takes
# part in it: the quick entry starts from these, never from an unrelated earlier contact.
APPOINTMENT_CONTACT = {"pupil": ("EB", ("pupil",)), "guardian": ("EG", ("parent",)),
                       "teacher": ("BL", ("teacher",)), "other": ("EB", ("other",))}


def quick_entry_prefill(view: AppointmentView, person_kind: str = "pupil") -> dict:
    """What QuickEntryDialog starts with when an appointment is documented: the
    appointment's day, time and length, the contact kind and participants that fit the
    person, and no access route (she chooses it, it is counted)."""
    kind, participants = APPOINTMENT_CONTACT.get(person_kind, APPOINTMENT_CONTACT["pupil"])
    return {
        "person_id": view.person_id,
        "day": view.day,
        "time": view.start,
        "duration_min": view.duration_min,
        "kind": kind,
        "participants": participants,
        "appointment_id": view.id,
    }


def open_today(conn: Connection, person_id: str, day: date) -> AppointmentView | None:
    """The person's first appointment on ``day`` not yet documented (planned): quick
    entry takes its time and length as defaults."""
    return next((v for v in appointments_on(conn, day)
                 if v.person_id == person_id and v.status == "planned"), None)


def prefill_for(conn: Connection, view: AppointmentView) -> dict:
    """``quick_entry_prefill`` with the kind of the appointment's person."""
    person = repo.PERSONS.get(conn, view.person_id) if view.person_id else None
    return quick_entry_prefill(view, person.kind if person is not None else "pupil")


# -- consultation slip -------------------------------------------------------------------
def slip_name(first_name: str, last_name: str, pseudonym: str,
              name_format: str = "first_initial") -> str:
    """The pupil as the teacher knows her: "Kim S."; the pseudonym when no name is known."""
    return slips.slip_name(first_name, last_name, pseudonym, name_format)


def slip_logo(conn: Connection) -> bytes | None:
    """The school logo for slips (Einstellungen), or None."""
    return settings.logo(conn, slips.LOGO)


@writes(DataKind.SETTINGS)
def set_slip_logo(conn: Connection, image: bytes | None) -> None:
    """Store (or with None remove) the logo printed on every slip: PNG or JPEG, small."""
    settings.set_value(conn, slips.LOGO, settings.logo_text(image))


def _school_slip(conn: Connection, school_id: str | None, logo: bytes | None) -> SlipData:
    return SlipData(school=arepo.school_name(conn, school_id)[:120], logo=logo)


def slip_data(conn: Connection, appointment_id: str) -> SlipData:
    """Everything a Beratungszettel carries, and nothing more (docs/reports.md).

    Built field by field from the appointment's day, times and room and the person's
    name (as the option ``slips.name_format`` says), class and school. The appointment's
    note, the person's cases, topics and contacts are never read here, and ``SlipData``
    has no field that could hold them.
    """
    r = arepo.row(conn, appointment_id)
    if r is None:
        raise UserError("Den Termin gibt es nicht mehr.")
    name_format = settings.get(conn, slips.NAME_FORMAT)
    name = slip_name(r.first_name, r.last_name, r.pseudonym, name_format) if r.person_id else ""
    return SlipData(school=arepo.school_name(conn, r.school_id)[:120], name=name[:60],
                    class_label=r.class_label[:12], day=r.day, start=r.start, end=r.end,
                    room=r.room[:40], logo=slip_logo(conn))


def slips_for_day(conn: Connection, day: date) -> list[SlipData]:
    """Slips of a day's batch: every appointment with a person that is not cancelled."""
    return [slip_data(conn, v.id) for v in appointments_on(conn, day)
            if v.person_id and v.status != "cancelled"]


def slips_for_person(conn: Connection, person_id: str, first: date) -> list[SlipData]:
    """The person page's slips: her planned appointments from ``first`` on; without one,
    a single slip with her name, class and school and blank date and times."""
    planned = [r for r in arepo.rows_for_person(conn, person_id, first) if r.status == "planned"]
    if planned:
        return [slip_data(conn, r.id) for r in planned]
    person = repo.PERSONS.existing(conn, person_id,
                                   missing=UserError("Die Person gibt es nicht mehr."))
    name = slip_name(person.first_name, person.last_name, person.pseudonym,
                     settings.get(conn, slips.NAME_FORMAT))
    return [SlipData(school=arepo.school_name(conn, person.school_id)[:120], name=name[:60],
                     class_label=person.class_label[:12], logo=slip_logo(conn))]


def blank_slips(conn: Connection, count: int, school_id: str | None = None) -> list[SlipData]:
    """``count`` slips to fill in by hand, with the school's name (first school if none)."""
    if not 1 <= count <= 500:
        raise UserError("Bitte zwischen 1 und 500 leere Beratungszettel wählen.")
    slip = _school_slip(conn, school_id or arepo.first_school_id(conn), slip_logo(conn))
    return [slip] * count


# -- person selector ---------------------------------------------------------------------
@dataclass(frozen=True)
class PersonChoice:
    id: str
    pseudonym: str
    name: str
    class_label: str

    def label(self, show_names: bool = False) -> str:
        parts = [self.pseudonym]
        if self.class_label:
            parts.append(self.class_label)
        if show_names and self.name:
            parts.append(self.name)
        return " · ".join(parts)


def person_choices(conn: Connection, today: date | None = None) -> list[PersonChoice]:
    """Persons an appointment can be made with (not left school), pupils first."""
    rows = prepo.list_rows(conn, prepo.PersonFilter(status="active"), limit=-1, today=today)
    return [PersonChoice(r.id, r.pseudonym, r.name, r.class_label) for r in rows]
