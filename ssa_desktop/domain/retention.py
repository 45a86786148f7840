"""Retention engine (docs/retention.md): from the records and their dates, the rule
table and the configured periods, every record's state and due date, explained in one
German sentence. Pure Python and deterministic: the same facts, periods and day give
the same answer. Reads "today" from ``domain.clock`` unless given.

The rule table is data (``resources/retention/rules.toml``); every period in it is a
vault option ``retention.<rule>.<key>`` declared here (never below the rule's minimum).
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from operator import attrgetter

from .. import paths
from ..formatting import fmt_date
from . import clock
from . import options as opts
from .schoolyear import SchoolYear

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


def category_words(category: str) -> str:
    """A log or rule category in German words."""
    if category in EVENT_WORDS:
        return EVENT_WORDS[category]
    rule = next((r for r in rule_table().rules if r.category == category), None)
    return rule.title if rule else category


def in_words(text: str) -> str:
    """An explanation with every rule code replaced by the rule's title in quotes:
    "fällig seit 03.08.2026 nach „Falldokumentation (Einzelfallhilfe)“: Abgang + 0 Monate"."""
    return _CODE.sub(lambda m: f"„{rule_words(m.group(0))}“", text)


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
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


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


# Records deleted by hand elsewhere leave tombstones of these kinds too ("Gelöscht").
TOMBSTONE_ONLY_LABELS = {
    "partner": "Kooperationspartner",
    "appointment": "Termin",
    "handed_over_row": "An die Nachfolge übergebener Eintrag",   # a school handover
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
    evaluate: Callable[[Engine, VaultFacts, Circumstances], Iterable[Assessment]] | None = None
                               # (engine, facts, circumstances) -> assessments (the engine's
                               # method; the rules live in ``Engine``); None: assessed by
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
               columns=("guardian_contact",), names=BY_PERSON),
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


def kind_label(name: str) -> str:
    """The kind's label for the GUI ("Art"); the name itself when unknown."""
    return KIND_LABELS.get(name, name)


@dataclass(slots=True)
class PersonDraft:
    """One person's assessment while the steps of ``Engine.PERSON_STEPS`` make it: her
    facts and circumstances, then what the steps so far decided."""
    p: PersonFacts
    today: date
    holds: list[Hold]
    restriction: Restriction | None
    decision: Decision | None
    marked_9b: bool
    code: str = ""                      # R2 or R9: the rule of the file's due day
    rule: str = ""                      # the rule the assessment names (R5, R9b may take over)
    category: str = ""
    due: date | None = None
    trigger: date | None = None
    words: str = ""                     # the due day's period in words
    state: str = ACTIVE
    action: str | None = DELETE
    reason: str = ""
    assessment: Assessment | None = None   # from ``_settle`` on
    extra: list[Assessment] = field(default_factory=list)   # a field's own assessment

    @property
    def open_cases(self) -> bool:
        return any(c is None for c in self.p.case_closures)

    @property
    def closed(self) -> date:
        """The day her last case closed (all are closed)."""
        return max(c for c in self.p.case_closures if c is not None)

    @property
    def asked_yearly(self) -> bool:
        """R5: a decision on a closed § 8a procedure with the Jugendamt whose review day
        has come is asked again."""
        d, p = self.decision, self.p
        return (p.cp_youth_office and not p.cp_open and d is not None
                and d.decision in DECISIONS and d.review <= self.today)


# -- the engine -------------------------------------------------------------------------
class Engine:
    """Evaluates facts against the rule table with the configured periods."""

    def __init__(self, periods: Mapping[str, int] | None = None, *, enable_9b: bool = False,
                 table: RuleTable | None = None):
        self.table = table or rule_table()
        values = default_periods()
        values.update(periods or {})
        self.values = values
        self.enable_9b = enable_9b
        # equal reason sentences and days of one run are one object each (on ten
        # years 14,000 items shared 800 sentences; their own copies held 2 MB)
        self._shared: dict = {}

    def _share(self, value):
        return self._shared.setdefault(value, value)

    # helpers -----------------------------------------------------------------------------
    def value(self, code: str, key: str) -> int:
        return int(self.values[option_name(code, key)])

    def due_after(self, code: str, key: str, trigger: date) -> date:
        return add_period(trigger, self.table[code].period(key), self.value(code, key))

    def words(self, code: str, key: str) -> str:
        return f"{code}: " + self.table[code].period(key).words.format(n=self.value(code, key))

    @staticmethod
    def when(due: date, today: date) -> str:
        return f"fällig seit {fmt_date(due)}" if due <= today else f"fällig am {fmt_date(due)}"

    # the run -----------------------------------------------------------------------------
    def evaluate(self, facts: VaultFacts, today: date | None = None) -> list[Assessment]:
        """Every record kind's evaluator (``KINDS``) over the facts."""
        today = today or clock.today()
        holds: dict[str, list[Hold]] = {}
        for h in facts.holds:
            holds.setdefault(h.record_id, []).append(h)
        c = Circumstances(today, holds, {r.record_id: r for r in facts.restrictions},
                          {d.record_id: d for d in facts.decisions}, facts.marks_9b)
        out: list[Assessment] = []
        try:
            for kind in KINDS.values():
                if kind.evaluate is not None:
                    out.extend(kind.evaluate(self, facts, c))
        finally:
            self._shared = {}   # the items keep what they share; the index goes
        # by due day, kind and id; three stable sorts by one field each (a key tuple per
        # item held 0.9 MB at once on ten years)
        out.sort(key=attrgetter("record_id"))
        out.sort(key=attrgetter("record_kind"))
        out.sort(key=lambda a: a.due or date.max)
        return out

    def _held(self, base: Assessment, holds: list[Hold], today: date) -> Assessment:
        """A hold turns any state but Aktiv into the Sperre and blocks the action."""
        hold = max(holds, key=lambda h: (h.since, h.id))
        review = (f"Überprüfung fällig seit {fmt_date(hold.review)}" if hold.review <= today
                  else f"Überprüfung am {fmt_date(hold.review)}")
        sentence = (f"Sperre seit {fmt_date(hold.since)} ({HOLD_REASONS.get(hold.reason, hold.reason)}),"
                    f" {review}; ohne Sperre {base.reason}")
        return Assessment(base.record_kind, base.record_id, base.rule, base.category, HOLD,
                          base.due, base.trigger_day, None, self._share(sentence),
                          base.owner_id)

    # persons: R2 (pupils), R9 (parents and third parties), R5, § 9b -----------------------
    def _person(self, p: PersonFacts, today: date, holds: list[Hold],
                restriction: Restriction | None, decision: Decision | None,
                marked_9b: bool) -> list[Assessment]:
        """A person's file and her guardians' contact data: the steps of ``PERSON_STEPS``
        in their order, each reading and changing one draft."""
        d = PersonDraft(p, today, holds, restriction, decision, marked_9b)
        for step in self.PERSON_STEPS:
            step(self, d)
        assert d.assessment is not None   # ``_settle`` made it
        return [d.assessment, *d.extra]

    def _due_date(self, d: PersonDraft) -> None:
        """R2 (pupils: leaving or school change) or R9 (parents and third parties: the end
        of counselling): the file's due day, and whether it has come."""
        due_of = self._pupil_due if d.p.kind == "pupil" else self._third_party_due
        d.code, d.category, d.due, d.trigger, d.words = due_of(d.p)
        d.rule = d.code
        d.reason = (f"{self.when(d.due, d.today)} nach {d.words}" if d.due
                    else "keine Löschfrist erreicht")
        d.state = DUE if d.due is not None and d.due <= d.today else ACTIVE

    def _guardian_contact(self, d: PersonDraft) -> None:
        """R9 for one field: a pupil's guardians' contact data are cleared R9's months after
        her last case closed, if that comes before her file is due; an open § 8a procedure
        or one with the Jugendamt keeps them until it is closed and decided (R5)."""
        p = d.p
        if (p.kind != "pupil" or not p.has_guardian_contact or not p.case_closures
                or d.open_cases or p.cp_open or p.cp_youth_office):
            return
        closed = d.closed
        field_due = self.due_after("R9", "months", closed)
        if d.due is not None and field_due >= d.due:
            return
        item = self._simple("guardian_contact", p.id, "R9", "third_party", field_due, closed,
                            CLEAR, self.words("R9", "months"), d.today, owner=p.id)
        if d.holds and item.state == DUE:
            item = self._held(item, d.holds, d.today)
        d.extra.append(item)

    def _jugendamt(self, d: PersonDraft) -> None:
        """R5: a file with a § 8a procedure with the Jugendamt is not deleted when due; a
        documented decision is needed."""
        if d.due is not None and d.p.cp_youth_office:
            d.rule, d.category, d.action = "R5", "child_protection", DECIDE
            d.reason += "; § 8a mit Jugendamt: Entscheidung nötig (R5)"

    def _section_9b(self, d: PersonDraft) -> None:
        """§ 9b SGB VIII (R9b, only when the Träger chose it): a file placed under § 9b is
        restricted instead of deleted when due."""
        if not (self.enable_9b and d.marked_9b):
            return
        if d.due is not None:
            d.rule, d.category, d.action = "R9b", "case_9b", RESTRICT
            d.reason += "; § 9b: einschränken statt löschen"
        else:
            d.reason += "; nach § 9b eingeordnet: bei Fälligkeit einschränken statt löschen"

    def _review(self, d: PersonDraft) -> None:
        """R2 at case closure: a file whose cases are all closed and that has no due day is
        reviewed; a review that found it no longer needed makes it due from that day
        (not with a § 8a procedure open or with the Jugendamt)."""
        p, decision = d.p, d.decision
        if d.due is not None or not p.case_closures or d.open_cases:
            return
        closed = d.closed
        d.state = REVIEW
        d.reason = f"Fall abgeschlossen am {fmt_date(closed)}; Prüfung nach {d.code}"
        if (decision is not None and decision.decision == NOT_NEEDED
                and decision.decided >= closed and not p.cp_youth_office and not p.cp_open):
            d.state, d.action, d.due, d.trigger = DUE, DELETE, decision.decided, closed
            d.reason = (f"{self.when(d.due, d.today)} nach {d.code}: Fall abgeschlossen am "
                        f"{fmt_date(closed)}, bei der Prüfung am {fmt_date(d.due)} als "
                        "nicht mehr benötigt entschieden")

    def _open_8a(self, d: PersonDraft) -> None:
        """§ 8a: nothing is deleted while a child-protection procedure is open."""
        if d.p.cp_open and d.state == DUE:
            d.state, d.action = ACTIVE, None
            d.reason += "; Verfahren nach § 8a noch offen"

    def _settle(self, d: PersonDraft) -> None:
        """The draft so far becomes the file's assessment; it asks for an action only when
        due. The steps after it replace the whole assessment."""
        d.assessment = Assessment(PERSON, d.p.id, d.rule, d.category, d.state,
                                  self._share(d.due), self._share(d.trigger),
                                  d.action if d.state == DUE else None, self._share(d.reason))

    def _restriction(self, d: PersonDraft) -> None:
        """Art. 18 DSGVO: a restricted file is only stored, not processed (no field is
        cleared); R9b's restriction ends after its years; a restriction by an R5 decision
        ("einschränken") is asked again when its review comes."""
        r, decision, a = d.restriction, d.decision, d.assessment
        if r is None or a is None:
            return
        d.extra = []
        if (r.reason == CP_DECISION and decision is not None and decision.review <= d.today
                and (a.action == DECIDE or d.asked_yearly)):
            d.assessment = self._asked_again(a, decision)
        else:
            d.assessment = self._restricted(a, d.p, r, d.today)

    def _r5_decision(self, d: PersonDraft) -> None:
        """R5: the documented decision on a due file with a § 8a procedure with the
        Jugendamt (deleted, or kept until its review); asked again every year, before
        the file is due too. A restricted file was decided by ``_restriction``."""
        decision, a = d.decision, d.assessment
        if d.restriction is not None or decision is None or a is None:
            return
        if a.action == DECIDE:
            d.assessment = self._decided(a, decision, d.today)
        elif d.asked_yearly:
            d.assessment = self._asked_again(a, decision)

    def _hold(self, d: PersonDraft) -> None:
        """A hold (Sperre) turns any state but Aktiv into the Sperre and blocks the
        action."""
        if d.holds and d.assessment is not None and d.assessment.state != ACTIVE:
            d.assessment = self._held(d.assessment, d.holds, d.today)

    # The order of a person's rules, declared once (docs/retention.md "Reihenfolge der
    # Regeln einer Person"). R14 (dormant persons) follows after the engine, in
    # ``services.retention.assess``.
    PERSON_STEPS = (_due_date, _guardian_contact, _jugendamt, _section_9b, _review, _open_8a,
                    _settle, _restriction, _r5_decision, _hold)

    def _pupil_due(self, p: PersonFacts):
        candidates = []
        if p.leaving_date:
            candidates.append((self.due_after("R2", "leaving", p.leaving_date), p.leaving_date,
                               self.words("R2", "leaving")))
        if p.school_change_date:
            candidates.append((self.due_after("R2", "school_change", p.school_change_date),
                               p.school_change_date, self.words("R2", "school_change")))
        if not candidates:
            return "R2", "case", None, None, ""
        due, trigger, words = min(candidates)
        return "R2", "case", due, trigger, words

    def _third_party_due(self, p: PersonFacts):
        if any(c is None for c in p.case_closures):
            return "R9", "third_party", None, None, ""
        ends = [c for c in p.case_closures if c is not None]
        # counselling has not ended before the last contact or a planned appointment
        ends += [d for d in (p.last_contact, p.last_appointment) if d]
        trigger = max(ends) if ends else p.created
        return ("R9", "third_party", self.due_after("R9", "months", trigger), trigger,
                self.words("R9", "months"))

    def _restricted(self, a: Assessment, p: PersonFacts, r: Restriction,
                    today: date) -> Assessment:
        if r.reason == MARK_9B and p.birth_year is not None:
            until = add_period(date(p.birth_year + 30, 12, 31), self.table["R9b"].period("years"),
                               self.value("R9b", "years"))
            reason = (f"eingeschränkt seit {fmt_date(r.since)} nach R9b; "
                      f"{self.when(until, today)} nach {self.words('R9b', 'years')}")
            if until <= today:
                return Assessment(a.record_kind, a.record_id, "R9b", "case_9b", DUE, until,
                                  r.since, DELETE, reason)
            return Assessment(a.record_kind, a.record_id, "R9b", "case_9b", RESTRICTED, until,
                              r.since, None, reason)
        reason = f"eingeschränkt seit {fmt_date(r.since)}; {a.reason}"
        return Assessment(a.record_kind, a.record_id, a.rule, a.category, RESTRICTED, a.due,
                          a.trigger_day, None, reason)

    def _decided(self, a: Assessment, d: Decision, today: date) -> Assessment:
        label = DECISIONS.get(d.decision, d.decision)
        if d.decision == "delete":
            return Assessment(a.record_kind, a.record_id, a.rule, a.category, DUE, a.due,
                              a.trigger_day, DELETE,
                              f"{a.reason}; entschieden am {fmt_date(d.decided)}: {label}")
        if d.review <= today:
            return self._asked_again(a, d)
        return Assessment(a.record_kind, a.record_id, a.rule, a.category, HOLD, d.review,
                          a.trigger_day, None,
                          f"entschieden am {fmt_date(d.decided)}: {label}; erneut am "
                          f"{fmt_date(d.review)} nach {self.words('R5', 'review_months')}")

    def _asked_again(self, a: Assessment, d: Decision) -> Assessment:
        """R5's yearly review: the decision is due again (Datenschutz asks for it)."""
        label = DECISIONS.get(d.decision, d.decision)
        return Assessment(a.record_kind, a.record_id, "R5", "child_protection", DUE, d.review,
                          a.trigger_day, DECIDE,
                          f"erneute Entscheidung fällig seit {fmt_date(d.review)} nach "
                          f"{self.words('R5', 'review_months')} (zuletzt: {label})")

    # other kinds -------------------------------------------------------------------------
    def _simple(self, kind: str, record_id: str, code: str, category: str, due: date,
                trigger: date | None, action: str, words: str, today: date,
                owner: str | None = None) -> Assessment:
        state = DUE if due <= today else ACTIVE
        return Assessment(kind, record_id, code, category, state, self._share(due),
                          self._share(trigger), action if state == DUE else None,
                          self._share(f"{self.when(due, today)} nach {words}"), owner)

    def _note(self, n: NoteFacts, today: date, holds: list[Hold]) -> Assessment:
        latest = self.due_after("R3", "days", n.created)
        due = min(latest, n.expires)
        words = (self.words("R3", "days") if latest <= n.expires
                 else "R3: Eintrag abgeschlossen (Ablaufdatum der Notiz)")
        a = self._simple("working_note", n.id, "R3", "working_note", due, n.created, DELETE,
                         words, today, owner=n.person_id)
        return self._held(a, holds, today) if holds and a.state == DUE else a

    def _group(self, g: GroupFacts, today: date, holds: list[Hold]) -> list[Assessment]:
        end = school_year_end(g.school_year)
        group_due = self.due_after("R4", "months", end)
        out = [self._simple("group", g.id, "R4", "group", group_due,
                            end, DELETE, self.words("R4", "months"), today)]
        if g.has_name_list and g.reported:
            names_due = self.due_after("R4", "names", end)
            if names_due < group_due:
                out.append(self._simple("name_list", g.id, "R4", "group", names_due, end,
                                        CLEAR, self.words("R4", "names"), today))
        if holds:
            out = [self._held(a, holds, today) if a.state == DUE else a for a in out]
        return out

    def _time(self, m: TimeMonthFacts, today: date) -> Assessment:
        end = date(m.month.year, m.month.month,
                   calendar.monthrange(m.month.year, m.month.month)[1])
        return self._simple("time_month", m.month.strftime("%Y-%m"), "R8", "time",
                            self.due_after("R8", "months", end), end, DELETE,
                            self.words("R8", "months"), today)

    def _disclosure(self, d: DisclosureFacts, today: date) -> Assessment:
        return self._simple("disclosure", d.id, "R10", "disclosure",
                            self.due_after("R10", "months", d.person_deleted), d.person_deleted,
                            DELETE, self.words("R10", "months"), today)

    def _free_text(self, t: FreeTextFacts, today: date, key: str, action: str) -> Assessment:
        """R13: free text outside persons' files, cleared (or deleted) after its period
        (the R13 period ``key``)."""
        return self._simple(t.kind, t.id, "R13", "free_text", self.due_after("R13", key, t.trigger),
                            t.trigger, action, self.words("R13", key), today)

    def _restricted_note(self, a: Assessment, r: Restriction) -> Assessment:
        """A restricted person's working note is not proposed (Art. 18 DSGVO): the
        restriction decides, as for her file."""
        return Assessment(a.record_kind, a.record_id, a.rule, a.category, RESTRICTED, a.due,
                          a.trigger_day, None,
                          f"Einschränkung seit {fmt_date(r.since)}; ohne sie {a.reason}",
                          a.owner_id)

    # the kinds' evaluators (``KINDS``) -----------------------------------------------------
    def _persons(self, facts: VaultFacts, c: Circumstances) -> list[Assessment]:
        out: list[Assessment] = []
        for p in facts.persons:
            out.extend(self._person(p, c.today, c.holds.get(p.id, []), c.restricted.get(p.id),
                                    c.decisions.get(p.id), p.id in c.marks_9b))
        return out

    def _notes(self, facts: VaultFacts, c: Circumstances) -> list[Assessment]:
        out = []
        for n in facts.notes:
            a = self._note(n, c.today, c.holds.get(n.person_id or "", []))
            r = c.restricted.get(n.person_id or "")
            out.append(self._restricted_note(a, r) if r is not None and a.state == DUE else a)
        return out

    def _groups(self, facts: VaultFacts, c: Circumstances) -> list[Assessment]:
        return [a for g in facts.groups for a in self._group(g, c.today, c.holds.get(g.id, []))]

    def _time_months(self, facts: VaultFacts, c: Circumstances) -> list[Assessment]:
        return [self._time(m, c.today) for m in facts.time_months]

    def _disclosures(self, facts: VaultFacts, c: Circumstances) -> list[Assessment]:
        return [self._disclosure(d, c.today) for d in facts.disclosures]

    def _free_texts(self, facts: VaultFacts, c: Circumstances, kind: str,
                    key: str) -> list[Assessment]:
        """An R13 kind: its free texts after the R13 period ``key``, then its action."""
        action = KINDS[kind].action
        return [self._free_text(t, c.today, key, action) for t in facts.free_texts
                if t.kind == kind]
