"""What the retention engine evaluates (docs/retention.md): the states and actions, the
rule table, the facts storage reads, the assessment and the record kinds. The rules
themselves – from the records and their dates, the rule table and the configured periods,
every record's state and due date, explained in one German sentence – are
``Engine`` in ``domain/retention_engine.py``.

The rule table is data (``resources/retention/rules.toml``); every period in it is a
vault option ``retention.<rule>.<key>`` declared here (never below the rule's minimum).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from .. import paths
from . import options as opts
from .dates import days_in_month
from .schoolyear import SchoolYear
from .translate import Translate, german

PERSON = "person"   # the record kind of a person's file (``KINDS``)

# -- states -----------------------------------------------------------------------------
ACTIVE = "Aktiv"
REVIEW = "Abgeschlossen – Prüfung fällig"
RESTRICTED = "Eingeschränkt"
HOLD = "Aufbewahrungspflicht (Sperre)"
DUE = "Löschung fällig"
DELETED = "Gelöscht"
STATES = (ACTIVE, REVIEW, RESTRICTED, HOLD, DUE, DELETED)

# What a due item asks for.
DELETE = "delete"        # delete the record with everything that belongs to it
CLEAR = "clear"          # erase one field (guardians' contact data, name lists)
RESTRICT = "restrict"    # restrict instead of delete (§ 9b, when the Träger chose it)
DECIDE = "decide"        # § 8a with Jugendamt: a documented decision is required

# Hold reasons (category only, never free text).
HOLD_REASONS = {
    "legal_claim": "Geltendmachung von Rechtsansprüchen",
    "auskunft": "Auskunftsersuchen offen",
    "objection": "Widerspruch offen",
    "cp_youth_office": "§ 8a mit Beteiligung des Jugendamts",
    "youth_office_agreement": "Absprache mit dem Jugendamt",
    "still_needed": "weiter benötigt",    # R14 review: "weiter benötigt bis …"
}
# Decisions on § 8a procedures with Jugendamt involvement (R5).
DECISIONS = {
    "delete": "löschen",
    "restrict": "einschränken",
    "keep": "nach Absprache aufbewahren",
}
# The review at case closure (R2) found the documentation no longer needed.
NOT_NEEDED = "not_needed"
MARK_9B = "sgb8_9b"
CP_DECISION = "cp_decision"   # restriction reason of an R5 decision "einschränken"
OBJECTION = "objection"       # restriction reason while a Widerspruch is pending
# Restriction reasons (category only), in the words the GUI shows.
RESTRICTION_REASONS = {
    "request": "auf Antrag (Art. 18 DSGVO)",
    OBJECTION: "Widerspruch offen",
    MARK_9B: "§ 9b SGB VIII",
    CP_DECISION: "Entscheidung zu § 8a",
}
# What stays of every deleted person (R7): the preview says so.
STATS_KEPT = "Anonyme Statistik (Zahlen gezählter Jahre ändern sich nicht)"
# Log categories that are not a rule's category.
EVENT_WORDS = {"restriction": "Einschränkung", "hold": "Sperre", "decision": "Entscheidung"}


# -- the rule table ---------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    key: str
    label: str
    words: str
    unit: str        # days | months | years
    default: int
    minimum: int
    maximum: int
    option: opts.Option


@dataclass(frozen=True)
class Rule:
    code: str
    title: str
    category: str
    trigger: str
    action: str
    text: str
    legal_basis: str
    optional: bool = False
    periods: tuple[Period, ...] = ()

    def period(self, key: str) -> Period:
        return next(p for p in self.periods if p.key == key)


@dataclass(frozen=True)
class RuleTable:
    version: int
    rules: tuple[Rule, ...]

    def __getitem__(self, code: str) -> Rule:
        return next(r for r in self.rules if r.code == code)


def option_name(code: str, key: str) -> str:
    return f"retention.{code}.{key}"


ENABLE_9B = opts.declare(opts.Option(
    "retention.R9b.enabled", bool, False,
    "§ 9b SGB VIII: eingeordnete Akten einschränken statt löschen",
    legal_basis="§ 9b SGB VIII", help="Nur wenn der Träger es so entschieden hat."))


def parse_rules(text: str) -> RuleTable:
    """The rule table from its TOML text (periods declared as vault options)."""
    data = tomllib.loads(text)
    rules = []
    for raw in data["rule"]:
        periods = []
        for p in raw.get("period", []):
            option = opts.declare(opts.Option(
                option_name(raw["code"], p["key"]), int, int(p["default"]), p["label"],
                legal_basis=raw["legal_basis"], minimum=int(p["minimum"]),
                maximum=int(p["maximum"])))
            periods.append(Period(p["key"], p["label"], p["words"], p["unit"],
                                  int(p["default"]), int(p["minimum"]), int(p["maximum"]),
                                  option))
        rules.append(Rule(raw["code"], raw["title"], raw["category"], raw["trigger"],
                          raw["action"], raw["text"], raw["legal_basis"],
                          bool(raw.get("optional", False)), tuple(periods)))
    return RuleTable(int(data["version"]), tuple(rules))


@cache
def rule_table() -> RuleTable:
    return parse_rules(paths.resource("retention", "rules.toml").read_text("utf-8"))


# -- words for the screen: the rule's title, never its code ---------------------------------
_CODE = re.compile(r"\bR\d+b?\b")


def rule_words(code: str) -> str:
    """The rule's title for the GUI; the codes R1 … stay in the CLI, the log and docs."""
    rule = next((r for r in rule_table().rules if r.code == code), None)
    return rule.title if rule else code


def category_words(category: str, tr: Translate = german) -> str:
    """A log or rule category in words (an event's word through ``tr``; a rule's title
    is the rule table's, declared German)."""
    if category in EVENT_WORDS:
        return tr(EVENT_WORDS[category])
    rule = next((r for r in rule_table().rules if r.category == category), None)
    return rule.title if rule else category


_DAY = r"(?P<day>\d\d\.\d\d\.\d{4})"
# the engine's sentence frames (``retention_engine``), each with its German template: the
# GUI says them through ``tr``; what fills them (a rule's title and period words) is the
# rule table's, declared German (docs/barrierefreiheit.md)
REASON_FRAMES = (
    (re.compile(f"fällig seit {_DAY} nach (?P<rest>.+)", re.S), "fällig seit {day} nach {rest}"),
    (re.compile(f"fällig am {_DAY} nach (?P<rest>.+)", re.S), "fällig am {day} nach {rest}"),
    (re.compile(f"eingeschränkt seit {_DAY}; (?P<rest>.+)", re.S), "eingeschränkt seit {day}; {rest}"),
    (re.compile(f"Fall abgeschlossen am {_DAY}; Prüfung nach (?P<rest>.+)", re.S),
     "Fall abgeschlossen am {day}; Prüfung nach {rest}"),
    (re.compile("keine Löschfrist erreicht"), "keine Löschfrist erreicht"),
    (re.compile(r"(?P<rest>.+) \(Ablaufdatum der Notiz\)", re.S), "{rest} (Ablaufdatum der Notiz)"),
)


def in_words(text: str, tr: Translate = german) -> str:
    """An explanation with every rule code replaced by the rule's title in quotes:
    "fällig seit 03.08.2026 nach „Falldokumentation (Einzelfallhilfe)“: Abgang + 0 Monate",
    its frame said through ``tr`` (English: "due since 03.08.2026 under …")."""
    return _framed(_CODE.sub(lambda m: f"„{rule_words(m.group(0))}“", text), tr)


def _framed(text: str, tr: Translate) -> str:
    for pattern, template in REASON_FRAMES:
        found = pattern.fullmatch(text)
        if found:
            parts = found.groupdict()
            if "rest" in parts:
                parts["rest"] = _framed(parts["rest"], tr)
            return tr(template).format(**parts)
    return text


_LEFT = re.compile(r"(\d+) Zeilen verblieben")
_WAL = re.compile(r"WAL (nicht )?geleert(?: \((\d+) Seiten\))?; freie Seiten (\d+)")


def verification_words(text: str) -> str:
    """The technical check of a deletion ("0 Zeilen verblieben; WAL geleert; freie Seiten
    0") in the worker's words; the stored text (and the printed log) keep the details."""
    def left(m: re.Match) -> str:
        n = int(m.group(1))
        return ("geprüft: nichts verblieben" if n == 0 else
                f"geprüft: {n} {'Zeile' if n == 1 else 'Zeilen'} verblieben – bitte melden")

    def wal(m: re.Match) -> str:
        return ("noch Reste in der Tresordatei – werden beim Sperren entfernt" if m.group(1)
                else "keine Reste in der Tresordatei")

    return in_words(_WAL.sub(wal, _LEFT.sub(left, text)))


def period_options() -> list[opts.Option]:
    return [p.option for r in rule_table().rules for p in r.periods]


def default_periods() -> dict[str, int]:
    return {p.option.name: p.default for r in rule_table().rules for p in r.periods}


# -- date arithmetic --------------------------------------------------------------------
def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def add_period(day: date, period: Period, value: int) -> date:
    if period.unit == "days":
        return day + timedelta(days=value)
    if period.unit == "years":
        return add_months(day, 12 * value)
    return add_months(day, value)


def school_year_end(start_year: int) -> date:
    return SchoolYear(start_year).end


# -- facts (what storage reads; no names, no text) ---------------------------------------
@dataclass(frozen=True, slots=True)
class PersonFacts:
    id: str
    kind: str                               # pupil | guardian | teacher | other
    created: date
    leaving_date: date | None = None
    school_change_date: date | None = None
    birth_year: int | None = None
    case_closures: tuple[date | None, ...] = ()   # one per case; None = still open
    last_contact: date | None = None
    cp_youth_office: bool = False            # a § 8a procedure with Jugendamt involvement
    cp_open: bool = False                    # a § 8a procedure not yet closed
    has_guardian_contact: bool = False
    last_appointment: date | None = None    # latest appointment not cancelled (planned too)


@dataclass(frozen=True, slots=True)
class NoteFacts:
    id: str
    created: date
    expires: date
    person_id: str | None = None


@dataclass(frozen=True, slots=True)
class GroupFacts:
    id: str
    school_year: int
    reported: bool = False
    has_name_list: bool = False


@dataclass(frozen=True, slots=True)
class TimeMonthFacts:
    month: date        # first day of the month
    count: int


@dataclass(frozen=True, slots=True)
class DisclosureFacts:
    id: str
    person_deleted: date


@dataclass(frozen=True, slots=True)
class FreeTextFacts:
    """A free text outside any person's file (R13): its kind (one of ``KINDS`` with source
    ``free_texts``), the record and the day its period starts from."""
    kind: str
    id: str
    trigger: date




@dataclass(frozen=True)
class Hold:
    id: str
    record_id: str
    reason: str
    since: date
    review: date
    record_kind: str = PERSON


def hold_among(holds: Iterable[Hold], ids: Iterable[str | None]) -> Hold | None:
    """The hold (Sperre) that blocks deleting a record: one naming the record or any it
    belongs to (``ids``: its own, its person's, case's, group's …), None when none does.
    One rule for every deletion she does not choose from the due list – a document deleted
    by hand (``services.documents``) and a deletion a merged file brings
    (``services.interchange_merge``)."""
    wanted = set(ids) - {None}
    return next((h for h in holds if h.record_id in wanted), None)


@dataclass(frozen=True)
class Restriction:
    record_id: str
    reason: str
    since: date
    record_kind: str = PERSON


@dataclass(frozen=True)
class Decision:
    record_id: str
    decision: str
    decided: date
    review: date


@dataclass
class VaultFacts:
    persons: list[PersonFacts] = field(default_factory=list)
    notes: list[NoteFacts] = field(default_factory=list)
    groups: list[GroupFacts] = field(default_factory=list)
    time_months: list[TimeMonthFacts] = field(default_factory=list)
    disclosures: list[DisclosureFacts] = field(default_factory=list)
    holds: list[Hold] = field(default_factory=list)
    restrictions: list[Restriction] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)   # latest per record
    marks_9b: frozenset[str] = frozenset()
    free_texts: list[FreeTextFacts] = field(default_factory=list)


# -- the result -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Assessment:
    record_kind: str    # person | guardian_contact | working_note | group | name_list |
                        # time_month | disclosure
    record_id: str
    rule: str           # R2 …
    category: str       # the rule's category
    state: str
    due: date | None
    trigger_day: date | None
    action: str | None
    reason: str         # one German sentence
    owner_id: str | None = None   # the person a note belongs to

    @property
    def is_due(self) -> bool:
        return self.state == DUE


# Records deleted by hand elsewhere leave tombstones of these kinds too ("Gelöscht"); no
# engine assesses them. With ``KINDS`` they are every kind a tombstone may carry
# (``TOMBSTONE_KINDS``): ``services.tombstones`` refuses any other.
TOMBSTONE_ONLY_LABELS = {
    "partner": "Kooperationspartner",
    "appointment": "Termin",
    "absence": "Abwesenheit",
    "draft": "Entwurf",
    "group_session": "Termin eines Gruppenangebots",   # removed by hand (entered by mistake)
    "open_offer": "Termin eines offenen Angebots",     # removed by hand (entered by mistake)
    "network": "Vernetzungsaktivität",                 # removed by hand (entered by mistake)
    "handed_over_row": "An die Nachfolge übergebener Eintrag",   # a school handover
    "deletion_log": "Einträge des Löschprotokolls vor dem Tag",  # R11: the day, not an id
    "agreement_goal": "Ziel einer Kooperationsvereinbarung",     # removed by hand
    "case_goal": "Ziel eines Falls",                   # removed by hand (entered by mistake)
    "goal_rating": "Einschätzung eines Ziels",         # removed by hand, or with its goal
    "document": "Dokument",     # with its record, by hand or by rule (a trigger writes it)
    "group_member": "Teilnahme an einer Gruppe",   # with person or group, or by hand (trigger)
}


@dataclass(frozen=True)
class Circumstances:
    """What bears on every record's assessment besides its own facts."""
    today: date
    holds: Mapping[str, list[Hold]]          # record id -> active holds
    restricted: Mapping[str, Restriction]    # record id -> its restriction
    decisions: Mapping[str, Decision]        # record id -> latest decision
    marks_9b: frozenset[str]


# -- the record kinds: one declaration each ------------------------------------------
# Record kinds of the retention engine. Each declares its pure parts here: label, the
# rules that reach it, the ``VaultFacts`` list its facts come in (filled by the kind's
# facts query in ``storage/retention_repo.KIND_STORES``), its evaluator (or the kind whose
# evaluator also assesses it), what a due item asks for, the preview text of what goes
# and the form of its tombstone. Storage declares the kind's queries and its delete or
# clear under the same name; services look both up. Adding a kind: one entry here, one
# there, its rule in ``resources/retention/rules.toml``
# (``tests/retention/test_kind_registry.py`` checks that every kind has every part).
RECORD = "record"   # tombstone form: the record's id (the record and what belongs to it)
FIELD = "field"     # tombstone form: "<id>#<column>" per erased column
# Whose name the Datenschutz list shows for a kind's item (``RecordKind.names``).
BY_PERSON = "by_person"     # the record is a person (or a field of one)
BY_GROUP = "by_group"       # the record is a group (or its name list): the group's title
BY_OWNER = "by_owner"       # the person the record belongs to, if any
BY_ID = "by_id"             # the record's id says it (a month "2024-03")


@dataclass(frozen=True)
class RecordKind:
    name: str
    label: str                 # the GUI's "Art"
    rules: tuple[str, ...]     # the rule table's codes that reach the kind
    action: str                # DELETE or CLEAR: what its due item asks for (persons also
                               # DECIDE, RESTRICT)
    preview: str               # what goes, in words (the label of its count)
    evaluate: Callable[[Any, VaultFacts, Circumstances], Iterable[Assessment]] | None = None
                               # (engine, facts, circumstances) -> assessments (a method of
                               # ``retention_engine.Engine``, which imports this module:
                               # typed Any here); None: assessed by
    derived_from: str = ""     # this kind's evaluator (a field of that record)
    source: str = ""           # the ``VaultFacts`` list its facts come in
    columns: tuple[str, ...] = ()   # CLEAR: the columns emptied (their field tombstones)
    names: str = ""            # whose name the Datenschutz list shows: BY_PERSON …
    listed_when_due_only: bool = False   # "Alle Fristen" lists it only when due (months)
    restrictable: bool = False           # Art. 18 DSGVO restriction of the record itself

    @property
    def tombstone(self) -> str:
        return FIELD if self.action == CLEAR else RECORD


def _declare(*kinds: RecordKind) -> dict[str, RecordKind]:
    return {k.name: k for k in kinds}


KINDS: dict[str, RecordKind] = _declare(
    RecordKind(PERSON, "Person mit Falldokumentation", ("R2", "R5", "R9", "R9b"), DELETE,
               "Personendatensatz", lambda e, f, c: e._persons(f, c), source="persons",
               names=BY_PERSON, restrictable=True),
    RecordKind("guardian_contact", "Kontaktdaten der Eltern", ("R9",), CLEAR,
               "Kontaktdaten der Eltern (Feld)", derived_from=PERSON,
               columns=("guardian_contact", "guardian_address"), names=BY_PERSON),
    RecordKind("working_note", "Arbeitsnotiz", ("R3",), DELETE, "Arbeitsnotiz",
               lambda e, f, c: e._notes(f, c), source="notes", names=BY_OWNER),
    RecordKind("group", "Gruppenangebot", ("R4",), DELETE, "Gruppenangebot",
               lambda e, f, c: e._groups(f, c), source="groups", names=BY_GROUP),
    RecordKind("name_list", "Teilnehmerliste", ("R4",), CLEAR, "Teilnehmerliste (Feld)",
               derived_from="group", columns=("name_list",), names=BY_GROUP),
    RecordKind("time_month", "Arbeitszeit eines Monats", ("R8",), DELETE,
               "Arbeitszeiteinträge", lambda e, f, c: e._time_months(f, c),
               source="time_months", names=BY_ID, listed_when_due_only=True),
    RecordKind("disclosure", "Eintrag im Übermittlungsprotokoll", ("R10",), DELETE,
               "Eintrag im Übermittlungsprotokoll", lambda e, f, c: e._disclosures(f, c),
               source="disclosures", names=BY_OWNER),
    RecordKind("activity_note", "Notiz zu Termin, Angebot oder Vernetzung", ("R13",), CLEAR,
               "Notiz (Feld)",
               lambda e, f, c: e._free_texts(f, c, "activity_note", "notes_months"),
               source="free_texts", columns=("note",), names=BY_OWNER),
    RecordKind("partner_contact", "Kontaktdaten eines Kooperationspartners", ("R13",), CLEAR,
               "Ansprechperson, Telefon, E-Mail, Notiz (Felder)",
               lambda e, f, c: e._free_texts(f, c, "partner_contact", "partner_months"),
               source="free_texts", columns=("contact_person", "phone", "email", "note"),
               names=BY_OWNER),
    RecordKind("report_text", "Text des Jahresberichts", ("R13",), DELETE,
               "Text des Jahresberichts",
               lambda e, f, c: e._free_texts(f, c, "report_text", "report_months"),
               source="free_texts", names=BY_OWNER),
    RecordKind("agreement_notes", "Notizen einer Kooperationsvereinbarung", ("R13",), CLEAR,
               "Notizen der Vereinbarung (Feld)",
               lambda e, f, c: e._free_texts(f, c, "agreement_notes", "agreement_months"),
               source="free_texts", columns=("notes",), names=BY_OWNER),
)

KIND_LABELS = {**{k.name: k.label for k in KINDS.values()}, **TOMBSTONE_ONLY_LABELS}
TOMBSTONE_KINDS = frozenset(KIND_LABELS)   # every kind a tombstone may carry


def kind_label(name: str) -> str:
    """The kind's label for the GUI ("Art"); the name itself when unknown."""
    return KIND_LABELS.get(name, name)
