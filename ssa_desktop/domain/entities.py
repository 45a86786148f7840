"""Entities of school social work (docs/domain.md). Plain dataclasses, no persistence logic.

Conventions: ``id`` is a random 32-character hex string (never derived from personal
data); dates are ``datetime.date``; times "HH:MM" strings; code lists (topics,
participants) are tuples of catalogue codes; durations are whole minutes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from . import catalogues as cat
from . import clock
from .columns import captured


def new_id() -> str:
    return os.urandom(16).hex()  # as secrets.token_hex, without loading OpenSSL


def now_iso() -> str:
    return clock.now().replace(microsecond=0).isoformat(sep=" ")


@dataclass
class School:
    name: str
    code: str = ""
    school_type: str = "GMS"
    address: str = ""
    id: str = field(default_factory=new_id)
    last_grade: int | None = None    # None: the school type's default (school_year_change)
    school_number: str = ""          # the official Schulnummer, "" while she has none


@dataclass
class SchoolPupils:
    """Number of pupils of a school in a school year (start year)."""

    school_id: str
    school_year: int
    pupils: int


@dataclass
class Post:
    """A funded post (Stelle); its size per school and year is in PostShare."""

    label: str
    full_time_hours: float = 39.0
    qualification: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class PostStaff:
    """The staff block of a post for one school year ("Kennzahlen zu den Fachkräften"),
    entered once per post in Einstellungen (docs/statistics.md, "Fachkräfte")."""

    post_id: str
    school_year: int
    qualification: str = ""
    percent: float = 0.0
    employed_from: date | None = None
    employed_to: date | None = None
    fixed_term: bool = False
    employer_type: str = ""     # "public" (öffentlicher Träger) / "free" (freier Träger)


@dataclass
class PostShare:
    """Stellenumfang in percent of full time that a post spends at a school in a year."""

    post_id: str
    school_id: str
    school_year: int
    percent: float


@dataclass
class Person:
    pseudonym: str
    kind: str = "pupil"
    first_name: str = ""
    last_name: str = ""
    gender: str = "u"
    birth_year: int | None = None
    grade: int | None = None
    class_label: str = ""
    school_id: str | None = None
    leaving_date: date | None = None
    school_change_date: date | None = None
    guardian_contact: str = ""
    guardian_address: str = ""  # the guardians' postal address for a letter (lines)
    note: str = ""
    stat_token: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass
class Case:
    person_id: str
    opened: date
    school_id: str | None = None
    title: str = ""
    status: str = "open"
    closed: date | None = None
    access_route: str = ""
    topics: tuple[str, ...] = ()
    referral: str = ""
    note: str = ""
    goals: str = ""            # short text; stays in the vault and goes with the case
    outcome: str = ""          # CASE_OUTCOMES code, set at closing
    outcome_referral: str = ""  # REFERRALS code when the outcome is "referred"
    id: str = field(default_factory=new_id)


@dataclass
class Contact:
    day: date
    kind: str
    duration_min: int
    school_id: str | None = None
    person_id: str | None = None
    case_id: str | None = None
    time: str = ""
    participants: tuple[str, ...] = ("pupil",)
    topics: tuple[str, ...] = ()
    access_route: str = ""
    referral: str = ""
    note: str = ""
    observation: str = ""
    assessment: str = ""
    disputed: bool = False
    created: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)
    written_by: str = ""       # "" hers; "Jana Berger (Vertretung)" for a deputy's entry
    place: str = ""            # where it took place (CONTACT_PLACES), "" not recorded
    interpreting: str = captured("", catalogue=cat.INTERPRETING, label="Sprachmittlung",
                                 key="m")


@dataclass
class Annotation:
    """A correction: the earlier text stays visible (docs/domain.md § 7)."""

    target_kind: str
    target_id: str
    field_name: str
    previous: str
    text: str
    created: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)


@dataclass
class WorkingNote:
    """Arbeitsnotiz: destroyed when finalised, at the latest after 30 days (R3)."""

    text: str
    expires: date
    person_id: str | None = None
    case_id: str | None = None
    created: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)


@dataclass
class ShortContact:
    """Anonymous door-step contact without a case (Kurzkontakt, R1)."""

    day: date
    school_id: str | None = None
    gender: str = "u"
    grade: int | None = None
    topics: tuple[str, ...] = ()
    count: int = 1
    duration_min: int = 5
    id: str = field(default_factory=new_id)


@dataclass
class GroupActivity:
    title: str
    school_year: int
    kind: str = "group"
    school_id: str | None = None
    classes: str = ""
    goal_id: str | None = None
    participants_m: int = 0
    participants_w: int = 0
    participants_d: int = 0
    co_leaders: str = ""
    name_list: str = ""
    reported: bool = False
    note: str = ""
    purposes: tuple[str, ...] = ()  # GROUP_PURPOSES codes
    id: str = field(default_factory=new_id)

    @property
    def participants(self) -> int:
        return self.participants_m + self.participants_w + self.participants_d


@dataclass
class GroupMember:
    """A person taking part in a group (docs/datenschutz.md, „Gruppenmitgliedschaft“), from
    ``joined`` to ``left_on`` (None while she takes part). Goes with the person and with
    the group."""

    group_id: str
    person_id: str
    joined: date
    left_on: date | None = None
    id: str = field(default_factory=new_id)


@dataclass
class GroupSession:
    group_id: str
    day: date
    duration_min: int
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class OpenOfferSession:
    title: str
    day: date
    duration_min: int
    visitors: int = 0
    school_id: str | None = None
    visitors_m: int | None = None
    visitors_w: int | None = None
    visitors_d: int | None = None
    goal_id: str | None = None
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Partner:
    name: str
    partner_type: str = "OTH"
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class NetworkActivity:
    kind: str
    day: date
    duration_min: int
    school_id: str | None = None
    partner_id: str | None = None
    goal_id: str | None = None
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class TimeEntry:
    """Working time in minutes on a task-area category (Zeitanteile, docs/domain.md § 4)."""

    day: date
    category: str
    minutes: int
    school_id: str | None = None
    source_kind: str = ""
    source_id: str | None = None
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Appointment:
    day: date
    start: str
    end: str
    person_id: str | None = None
    school_id: str | None = None
    room: str = ""
    note: str = ""
    status: str = "planned"
    contact_id: str | None = None
    id: str = field(default_factory=new_id)
    written_by: str = ""       # "" hers; "Jana Berger (Vertretung)" for a deputy's entry


@dataclass
class CooperationAgreement:
    school_id: str
    valid_from: date
    valid_to: date | None = None
    evaluation_dates: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class AgreementGoal:
    agreement_id: str
    goal: str
    offer: str = ""
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass
class Consent:
    """Einwilligung / Schweigepflichtentbindung (docs/domain.md § 10)."""

    person_id: str
    recipient: str
    valid_from: date
    party: str = "young_person"
    entrusted_by: str = ""
    scope: str = ""
    purpose: str = ""
    valid_to: date | None = None
    withdrawn_on: date | None = None
    deputy: bool = False  # "Weitergabe an die Vertretung"; default no
    id: str = field(default_factory=new_id)

    def is_valid_on(self, day: date) -> bool:
        if day < self.valid_from:
            return False
        if self.valid_to is not None and day > self.valid_to:
            return False
        return self.withdrawn_on is None or day < self.withdrawn_on


@dataclass
class Disclosure:
    """Log of information passed on: recipient, categories, legal basis; no content.
    It outlives the person for its own period (R10): ``person_id`` is None afterwards."""

    person_id: str | None
    day: date
    recipient: str
    categories: tuple[str, ...]
    legal_basis: str
    consent_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class ChildProtectionProcedure:
    """A § 8a SGB VIII procedure; its steps are ChildProtectionStep rows."""

    person_id: str
    opened: date
    case_id: str | None = None
    acute: bool = False
    status: str = "open"
    closed: date | None = None
    youth_office_involved: bool = False
    outcome: str = "open"      # CP_OUTCOMES code
    id: str = field(default_factory=new_id)


@dataclass
class Document:
    """A document she keeps in the vault (docs/documents.md): its facts here, its bytes in
    ``dokumente/<id>.ssadoc`` under ``content_key`` (hex, 256 bits; never shown, never
    carried out of the vault). It belongs to a person and at most one of her case, consent
    or § 8a procedure, and goes with it."""

    person_id: str
    kind: str                  # DOCUMENT_KINDS code
    title: str
    day: date
    mime: str                  # detected from the content, never from the name
    size: int                  # bytes
    sha256: str                # hex digest of the content
    file_name: str = ""        # the name it came with (shown only)
    case_id: str | None = None
    consent_id: str | None = None
    procedure_id: str | None = None
    added: str = field(default_factory=now_iso)
    content_key: str = field(default="", repr=False)
    id: str = field(default_factory=new_id)
    # who added it: "" the post holder; "<name> (Vertretung)" a document the deputy added
    # in her Vertretungspaket, set from the package's registry when her return is read
    written_by: str = ""


@dataclass
class ChildProtectionStep:
    procedure_id: str
    step: str
    day: date
    actor: str = ""
    text: str = ""
    due: date | None = None
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class StatisticsRecord:
    """Anonymous activity record, version 2 (bke Vorblatt principle; docs/domain.md § 7,
    docs/statistics.md).

    Written together with every activity and never deleted with a case, person or group:
    it holds no name, no free text and no foreign key. ``record_type`` says what was
    done (contact, short_contact, cp_8a, group_session, open_offer, network); each
    catalogue has its own field. Tokens are per school year (``domain.tokens``): a pupil
    counselled n times in a year counts once as a person, and nothing links two years.
    ``source_id`` names the activity only while it exists, so that correcting or
    removing an activity entered by mistake corrects its record.
    """

    day: date
    school_year: int
    record_type: str
    task_area: str
    duration_min: int = 0
    school_id: str | None = None
    contact_kind: str = ""
    gender: str = "u"
    grade: int | None = None
    person_kind: str = ""
    topics: tuple[str, ...] = ()
    access_route: str = ""
    referral: str = ""
    participants: tuple[str, ...] = ()
    person_token: str = ""
    case_token: str = ""
    count: int = 1
    group_token: str = ""
    group_kind: str = ""
    participants_m: int = 0
    participants_w: int = 0
    participants_d: int = 0
    visitors: int = 0
    visitors_m: int = 0
    visitors_w: int = 0
    visitors_d: int = 0
    network_kind: str = ""
    partner_type: str = ""
    youth_office: bool = False
    source_id: str | None = None
    purposes: tuple[str, ...] = ()   # group offers: GROUP_PURPOSES codes
    cp_outcome: str = ""             # cp_8a: CP_OUTCOMES code
    case_outcome: str = ""           # case_closed: CASE_OUTCOMES code
    referral_target: str = ""        # case_closed, outcome "referred": REFERRALS code
    id: str = field(default_factory=new_id)

    @property
    def group_participants(self) -> int:
        return self.participants_m + self.participants_w + self.participants_d


@dataclass
class KvjsDelivery:
    """KVJS figures marked as delivered ("abgegeben") for a school year and scope
    ("school:<id>" or "post:<id>"); ``aggregates`` is the JSON of the named aggregates."""

    school_year: int
    scope: str
    template_id: str
    template_version: str
    delivered_on: date
    aggregates: str


@dataclass
class Draft:
    """Autosaved text of an unfinished entry (kept inside the encrypted vault)."""

    kind: str
    payload: str
    ref: str = ""
    updated: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)
