"""What the Übersicht shows for a day (no Qt): today's appointments, open § 8a
procedures, pending drafts and deadlines. Each item says where it leads
(area key, record id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..domain import clock
from ..domain.translate import Translate, german
from ..formatting import fmt_date
from ..storage import consents_repo
from ..storage import repositories as repo
from ..storage.connection import Connection
from . import (
    agreements,
    appointments,
    child_protection_open,
    consents,
    notes,
    privacy_deadlines,
    retention,
    statistics,
)
from .operations import DataKind

DEADLINE_DAYS = 14
FORM_DRAFT_PREFIX = "form-draft:"  # record id of a form draft: the area opens it


# What each tile shows depends on these kinds of data (``VAULT``: everything may differ).
# A restriction (``RETENTION``) hides a person's lines; a person's pseudonym, class and
# name (``PERSONS``) stand in them. The Übersicht loads a tile again only when one of its
# kinds changed: the daily backup (``BACKUPS``) and a package (``PACKAGES``) change none.
APPOINTMENT_KINDS = (DataKind.APPOINTMENTS, DataKind.PERSONS, DataKind.RETENTION,
                     DataKind.VAULT)
PROCEDURE_KINDS = (DataKind.CHILD_PROTECTION, DataKind.CASES, DataKind.PERSONS,
                   DataKind.RETENTION, DataKind.VAULT)
# a draft goes with its person, appointment, contact or group (deleted with them)
DRAFT_KINDS = (DataKind.DRAFTS, DataKind.PERSONS, DataKind.CASES, DataKind.CONTACTS,
               DataKind.APPOINTMENTS, DataKind.GROUPS, DataKind.RETENTION, DataKind.VAULT)
# the deadlines but the statistics deliveries: consents, working notes, Auskunft and
# Widerspruch, Auswertungsgespräche
DEADLINE_KINDS = (DataKind.CONSENTS, DataKind.NOTES, DataKind.RETENTION, DataKind.PERSONS,
                  DataKind.AGREEMENTS, DataKind.SCHOOLS, DataKind.VAULT)
# the deliveries and their findings (``statistics.plausibility``): the year's records,
# time entries, groups, drafts, schools and posts, staff data, the delivery settings;
# not RETENTION alone (states, holds, restrictions leave the anonymous records as they are;
# a deletion declares the kinds it deleted)
DELIVERY_KINDS = (DataKind.STATISTICS, DataKind.CONTACTS, DataKind.CASES, DataKind.PERSONS,
                  DataKind.GROUPS, DataKind.TIME, DataKind.DRAFTS, DataKind.SCHOOLS,
                  DataKind.SETTINGS, DataKind.VAULT)
SCHOOL_YEAR_KINDS = (DataKind.SCHOOLS, DataKind.PERSONS, DataKind.VAULT)


# a line in pieces: (German template, its values); the UI words each piece through its
# translator (runtime_sources.json, context "OverviewArea"), ``text`` is the German
Pieces = tuple[tuple[str, tuple], ...]


@dataclass(frozen=True)
class OverviewItem:
    text: str                 # what the line says (pseudonyms only), in German
    area: str                 # where activating it leads
    record_id: str = ""
    state: str = "normal"     # normal | due (amber) | overdue (red)
    name: str = ""            # real name, shown only when names are shown
    pieces: Pieces = ()       # the line to translate; empty: ``text`` as it is


def item_text(item: OverviewItem, tr: Translate = german) -> str:
    """The line through ``tr`` (German without one)."""
    if not item.pieces:
        return item.text
    return "".join(tr(template).format(*values) for template, values in item.pieces)


def _item(pieces: Pieces, area: str, record_id: str = "", state: str = "normal",
          name: str = "") -> OverviewItem:
    return OverviewItem(item_text(OverviewItem("", "", pieces=pieces)), area, record_id,
                        state, name, pieces)


@dataclass
class Overview:
    today: date
    appointments: list[OverviewItem] = field(default_factory=list)
    procedures: list[OverviewItem] = field(default_factory=list)
    drafts: list[OverviewItem] = field(default_factory=list)
    deadlines: list[OverviewItem] = field(default_factory=list)
    deletion_due: int | None = None   # "Löschung fällig (n)"; None until the check ran


def _room(room: str) -> Pieces:
    if not room:
        return ()
    return (("  {0}", (room,)),) if room.lower().startswith("raum") else (("  Raum {0}", (room,)),)


def appointment_lines(conn: Connection, today: date, hidden: set[str]) -> list[OverviewItem]:
    """The tile "Termine heute" (``APPOINTMENT_KINDS``)."""
    items = []
    for a in appointments.appointments_on(conn, today):
        if a.status == "cancelled":
            continue
        if a.person_id in hidden:
            continue
        person = repo.PERSONS.get(conn, a.person_id) if a.person_id else None
        if person is None:
            who: tuple[str, tuple] = ("{0}  ohne Person", (a.start,))
        else:
            label = f" ({person.class_label})" if person.class_label else ""
            who = ("{0}  {1}", (a.start, person.pseudonym + label))
        items.append(_item((who, *_room(a.room)), "appointments", a.id,
                           name=person.display_name if person else ""))
    return items


def _procedure_items(conn: Connection, today: date) -> list[OverviewItem]:
    items = []
    for p in child_protection_open.open_procedures(conn, today):
        who = p.pseudonym + (f" ({p.class_label})" if p.class_label else "")
        pieces: Pieces = (("{0}: Schritt {1} – {2}", (who, p.next_step, p.next_step_label)),)
        if p.due:
            pieces += ((" · bis {0}", (fmt_date(p.due),)),)
        if p.acute:
            pieces += ((" · akut", ()),)
        state = "overdue" if p.overdue else ("due" if p.due and p.due <= today else "normal")
        items.append(_item(pieces, "persons", p.person_id, state, p.name))
    return items


def _draft_person(conn: Connection, person_id: str) -> tuple[str, str]:
    """The person as the lists show her ("K-17 (7b)") and her name (shown only through
    "Namen anzeigen"); ("", "") without one."""
    person = repo.PERSONS.get(conn, person_id) if person_id else None
    if person is None:
        return "", ""
    who = person.pseudonym + (f" ({person.class_label})" if person.class_label else "")
    return who, person.display_name


def draft_lines(conn: Connection) -> list[OverviewItem]:
    """The tile "Entwürfe" (``DRAFT_KINDS``): one line a draft: its kind and the person it is about ("Entwurf: Kontakt mit K-17
    (7b) vom 24.11.2026 03:05"); a name never stands in the line itself."""
    items = []
    for d in notes.pending_drafts(conn):
        when = f"{fmt_date(d.updated[:10])} {d.updated[11:16]}" if d.updated else ""
        at: Pieces = ((" vom {0}", (when,)),) if when else ()
        if d.kind == "person":  # unsaved master data (ui/persons/person_form.py)
            who, name = _draft_person(conn, d.ref)
            what = ("Stammdaten von {0}", (who,)) if who else \
                ("Stammdaten einer neuen Person", ())
            items.append(_item((("Entwurf: ", ()), what, *at), "persons", d.ref or "new",
                               name=name))
            continue
        data = notes.draft_data(d)
        who, name = _draft_person(conn, data.get("person_id") or "")
        if d.kind == notes.FORM_DRAFT_KIND:  # a dialog or form kept at lock/quit
            label, area = notes.FORMS.get(data.get("form", ""), ("", ""))
            if area:
                joint = " mit {0}" if data.get("form") == "appointment" else " von {0}"
                whom: Pieces = ((joint, (who,)),) if who else ()
                items.append(_item((("Entwurf: ", ()), (label, ()), *whom, *at), area,
                                   FORM_DRAFT_PREFIX + d.id, name=name))
            continue
        if data.get("short"):
            what = ("Kurzkontakt", ())
        else:
            what = ("Kontakt mit {0}", (who,)) if who else ("Kontakt ohne Person", ())
        items.append(_item((("Entwurf: ", ()), what, *at), "drafts", d.id, name=name))
    return items


_PRIVACY_TEXTS = {  # (kind, restricted) -> the line
    ("auskunft", False): "Auskunft {0} fällig am {1}",
    ("auskunft", True): "Auskunft (eingeschränkt) fällig am {1}",
    ("widerspruch", False): "Widerspruch {0} fällig am {1}",
    ("widerspruch", True): "Widerspruch (eingeschränkt) fällig am {1}",
}


def _privacy_piece(kind: str, restricted: bool, pseudonym: str,
                   due: str) -> tuple[str, tuple]:
    """An Auskunft/Widerspruch deadline; a restricted person is not named."""
    key = "auskunft" if kind == "auskunft" else "widerspruch"
    return _PRIVACY_TEXTS[(key, restricted)], (pseudonym, due)


def _deadline_items(conn: Connection, today: date, hidden: set[str], *,
                    deliveries: bool = True) -> list[OverviewItem]:
    """Deadlines; those of restricted persons (``hidden``) are left out, except the
    Auskunft/Widerspruch deadline, which leads to Datenschutz and names no one (a
    pending objection restricts the person, and its one-month deadline still runs)."""
    items = []
    for c in consents.consents_to_renew(conn, today, DEADLINE_DAYS):
        lapsed = c.valid_to < today
        items.append(_item(
            (("Einwilligung {0} → {1} abgelaufen am {2}" if lapsed else
              "Einwilligung {0} → {1} läuft ab am {2}",
              (c.pseudonym, c.recipient, fmt_date(c.valid_to))),),
            "persons", c.person_id, "overdue" if lapsed else "due"))
    for n in consents_repo.working_notes_expiring_until(conn, today + timedelta(days=DEADLINE_DAYS)):
        whose = f" ({n.pseudonym})" if n.pseudonym else ""
        state = "overdue" if n.expires < today else "due"
        items.append(_item((("Arbeitsnotiz{0} wird vernichtet am {1}",
                             (whose, fmt_date(n.expires))),),
                           "persons", n.person_id or "", state))
    for r in privacy_deadlines.deadlines(conn, today):  # Auskunft/Widerspruch: one month (Art. 12 Abs. 3 DSGVO)
        items.append(_item((_privacy_piece(r.kind, r.person_id in hidden, r.pseudonym,
                                           fmt_date(r.due)),), "privacy", r.person_id, r.state))
    for e in agreements.upcoming_evaluations(conn, today, 30):
        items.append(_item((("Auswertungsgespräch {0} am {1}",
                             (e.school_name, fmt_date(e.day))),),
                           "network", "agreement:" + e.agreement_id))
    # from 1 July: Landkreis and KVJS; their findings are counted off the GUI thread
    if deliveries:
        items += delivery_items(conn, today, count_findings=False)
    return items


def delivery_items(conn: Connection, today: date, *, count_findings: bool = True) -> list[OverviewItem]:
    """The open deliveries of the statistics (``statistics.deadlines``) as tile lines;
    their area is "statistics" (``is_delivery``)."""
    return [_item(d.pieces, "statistics", d.scope.scope.key, d.state(today))
            for d in statistics.deadlines(conn, today, count_findings=count_findings)]


def is_delivery(item: OverviewItem) -> bool:
    return item.area == "statistics"


def hidden_persons(conn: Connection) -> set[str]:
    """Restricted persons (Art. 18 DSGVO): they appear only in Datenschutz."""
    return retention.restricted_ids(conn)


def procedure_lines(conn: Connection, today: date, hidden: set[str]) -> list[OverviewItem]:
    """The tile "Kinderschutz (§ 8a)" (``PROCEDURE_KINDS``)."""
    return [i for i in _procedure_items(conn, today) if i.record_id not in hidden]


def deadline_lines(conn: Connection, today: date, hidden: set[str], *,
                   deliveries: bool = True) -> list[OverviewItem]:
    """The tile "Fristen": its lines, the statistics deliveries last (not counted);
    ``deliveries=False`` leaves them out (``DEADLINE_KINDS`` without them,
    ``DELIVERY_KINDS`` theirs)."""
    items = _deadline_items(conn, today, hidden, deliveries=deliveries)
    return [i for i in items if i.record_id not in hidden or i.area == "privacy"]


def build_overview(conn: Connection, today: date | None = None, deletion_due: int | None = None) -> Overview:
    """The Übersicht. ``deletion_due`` is the figure of the retention check that runs at
    every unlock off the GUI thread (never computed here: the Übersicht stays fast)."""
    today = today or clock.today()
    hidden = hidden_persons(conn)
    return Overview(today=today, appointments=appointment_lines(conn, today, hidden),
                    procedures=procedure_lines(conn, today, hidden),
                    drafts=draft_lines(conn),
                    deadlines=deadline_lines(conn, today, hidden),
                    deletion_due=deletion_due)
