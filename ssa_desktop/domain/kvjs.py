"""KVJS year-end statistics: the named aggregates and their counting rules
(docs/statistics.md). Pure Python over the anonymous statistics layer only.

Each aggregate is declared **once** (``AGGREGATES``): its name, label, written rule and
its *units* — a rule that splits the records of a scope into counted units (a record, a
person, a group, a time entry), each with its key, its weight and the records behind it:
``Each`` for a figure counted record by record, a function of the gathered ``Pool`` for
one over persons or groups. The figure is the sum of the weights (per key); the
drill-down of a figure is the records of its units. So a figure and its drill-down
cannot be counted differently: the drill-down's records, counted again, give the figure
(tests/kvjs/test_one_definition.py).

``compute`` takes the v2 statistics records and time entries of one school year and one
scope (a school, or a post = all schools it serves that year) plus the pupil count and
post share, and returns every named aggregate; it reads each once, in any order, and
holds one ``Member`` per person and group, not the records. The names are a stable
contract: form templates, exports, merging and tests use them. Dict-valued aggregates
list every catalogue code, zeros included. ``counted_items`` answers "which records does this
figure count" for the drill-down.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from .catalogues import (
    ACCESS_ROUTES,
    CASE_OUTCOMES,
    CP_OUTCOMES,
    GROUP_KINDS,
    GROUP_PURPOSES,
    NETWORK_KINDS,
    REFERRALS,
    TIME_CATEGORIES,
    TOPICS,
)
from .entities import StatisticsRecord, TimeEntry

GENDER_KEYS = ("m", "w", "d", "u")
GROUP_GENDER_KEYS = ("m", "w", "d")
GRADE_KEYS = tuple(str(g) for g in range(1, 14)) + ("unknown",)
ROUTE_KEYS = (*ACCESS_ROUTES.codes(), "unknown")
REFERRAL_KEYS = tuple(c for c in REFERRALS.codes() if c != "none")
# time categories the worker added (option timeshare.extra_categories, all
# indirect work) have no catalogue code; their minutes count under this key of their own,
# so the KVJS time figures and the time-share report agree to the minute.
EXTRA_TIME_KEY = "EXTRA"
TIME_KEYS = (*TIME_CATEGORIES.codes(), EXTRA_TIME_KEY)
# Keys a dict-valued aggregate gained after files were already written: a file without
# one counted nothing there (0 when files are merged), any other missing key is damage.
ADDED_KEYS: dict[str, frozenset[str]] = {"time_minutes_by_category": frozenset({EXTRA_TIME_KEY})}

CASE_OUTCOME_KEYS = (*CASE_OUTCOMES.codes(), "unknown")

Item = StatisticsRecord | TimeEntry
TIME = "time"  # the record type the time entries are counted under (``Each``)


class Unit(NamedTuple):
    """One counted thing: ``weight`` added to the figure (under ``key`` for a
    dict-valued figure), and the records (or time entries) it stands for."""

    key: str
    weight: int
    items: tuple[Item, ...]


def _order(r: Item) -> tuple[date, str]:
    return (r.day, r.id)


class Member:
    """One person or group of the year as the rules count it, gathered record by record
    in any order: its latest record (by day, then id), its first record that names an
    access route, the topics of its records, and — only for a drill-down (``records`` not
    None) — its records."""

    __slots__ = ("latest", "routed", "topics", "records")

    def __init__(self, first: StatisticsRecord, keep: bool):
        self.latest = first
        self.routed: StatisticsRecord | None = None
        self.topics: dict[str, None] = {}
        self.records: list[StatisticsRecord] | None = [] if keep else None
        self.add(first)

    def add(self, r: StatisticsRecord) -> None:
        if _order(r) >= _order(self.latest):  # a tie: the later one, as a stable sort
            self.latest = r
        if r.access_route in ACCESS_ROUTES and (
                self.routed is None or _order(r) < _order(self.routed)):
            self.routed = r
        for topic in r.topics:
            if topic in TOPICS:
                self.topics[topic] = None
        if self.records is not None:
            self.records.append(r)

    def items(self, topic: str = "") -> tuple[StatisticsRecord, ...]:
        """Its records (those with ``topic``); none when they were not kept."""
        return tuple(r for r in self.records or () if not topic or topic in r.topics)


class Pool:
    """The persons, pupils and groups of one scope and year, gathered in one pass over
    its records (``add``, in any order). The count holds one ``Member`` per person and
    group, not the year's records; a drill-down keeps the members' records (``keep``)."""

    def __init__(self, keep: bool = False):
        self.keep = keep
        self._persons: dict[str, Member] = {}
        self._pupils: dict[str, Member] = {}
        self._groups: dict[str, Member] = {}

    def add(self, r: StatisticsRecord) -> None:
        if r.record_type == "contact" and r.person_token:
            self._join(self._persons, r.person_token, r)
            if r.person_kind == "pupil":
                self._join(self._pupils, r.person_token, r)
        elif r.record_type == "group_session":
            self._join(self._groups, r.group_token or r.id, r)

    def _join(self, members: dict[str, Member], token: str, r: StatisticsRecord) -> None:
        member = members.get(token)
        if member is None:
            members[token] = Member(r, self.keep)
        else:
            member.add(r)

    def persons(self) -> dict[str, Member]:
        """Person token -> that person, gathered from its contact records."""
        return self._persons

    def pupils(self) -> dict[str, Member]:
        """The persons as pupils, gathered from their pupil records only."""
        return self._pupils

    def groups(self) -> dict[str, Member]:
        """Group token (a session without one stands alone) -> the group, gathered from
        its session records."""
        return self._groups


def _always(item: Any) -> bool:
    return True


def _one(item: Any) -> int:
    return 1


def _blank(item: Any) -> str:
    return ""


@dataclass(frozen=True)
class Each:
    """The rule of a per-record figure: every record of ``record_type`` (``TIME``: every
    time entry) that passes ``test`` is one unit, ``weight`` under ``key``."""

    record_type: str
    test: Callable[[Any], bool] = _always
    weight: Callable[[Any], int] = _one
    key: Callable[[Any], str] = _blank

    def unit(self, item: Item) -> Unit | None:
        """The unit ``item`` is, None when the rule does not count it."""
        return Unit(self.key(item), self.weight(item), (item,)) if self.test(item) else None


# The rule of a figure over persons or groups: the units of a gathered ``Pool``.
MemberUnits = Callable[[Pool], Iterable[Unit]]
Units = Each | MemberUnits


@dataclass(frozen=True)
class Aggregate:
    """One named figure, declared once: label, written rule, keys (dict-valued figures)
    and ``units`` — the counting rule that also gives the drill-down: ``Each`` for a
    figure counted record by record, a function of the ``Pool`` for one over persons or
    groups. ``units`` is None for master-data figures (pupils, post share), which count
    no records."""

    name: str
    label: str
    rule: str
    keys: tuple[str, ...] = ()
    decimal: bool = False
    additive: bool = True  # the post's figure is the sum of its schools' figures
    partition: bool = True  # a dict's keys split its total (not so for topics)
    units: Units | None = None

    @property
    def is_dict(self) -> bool:
        return bool(self.keys)

    def zero(self) -> int | dict[str, int]:
        return dict.fromkeys(self.keys, 0) if self.is_dict else 0


def _a(name, label, rule, keys=(), decimal=False, additive=True, partition=True,
       units=None) -> Aggregate:
    return Aggregate(name, label, rule, tuple(keys), decimal, additive, partition, units)


# -- the counting rules as units ------------------------------------------------------------
def _each(record_type: str, test: Callable[[Any], bool] = _always,
          weight: Callable[[Any], int] = _one, key: Callable[[Any], str] = _blank) -> Each:
    """Every record of ``record_type`` passing ``test`` is a unit."""
    return Each(record_type, test, weight, key)


def _distinct(tokens: Callable[[Pool], dict[str, Member]],
              key: Callable[[Member], str] = lambda member: "") -> MemberUnits:
    """Every token (person, group) is one unit, keyed by ``key`` of its records."""
    def units(pool: Pool) -> Iterator[Unit]:
        for member in tokens(pool).values():
            yield Unit(key(member), 1, member.items())
    return units


def _latest_gender(member: Member) -> str:
    """The gender at the person's last contact of the year."""
    gender = member.latest.gender
    return gender if gender in GENDER_KEYS else "u"


def _latest_grade(member: Member) -> str:
    """The grade at the person's last contact of the year."""
    grade = member.latest.grade
    text = str(grade) if grade is not None else "unknown"
    return text if text in GRADE_KEYS else "unknown"


def _first_route(member: Member) -> str:
    """The access route of the person's first contact that names one."""
    return member.routed.access_route if member.routed else "unknown"


def _topic_units(pool: Pool) -> Iterator[Unit]:
    """Per person and topic one unit: the person's contacts with that topic."""
    for member in pool.persons().values():
        for topic in member.topics:
            yield Unit(topic, 1, member.items(topic))


def _group_units(weight: Callable[[StatisticsRecord], int] = lambda r: 1,
                 key: Callable[[StatisticsRecord], str] = lambda r: "") -> MemberUnits:
    """Per group one unit, its kind and participants from its latest session record."""
    def units(pool: Pool) -> Iterator[Unit]:
        for member in pool.groups().values():
            yield Unit(key(member.latest), weight(member.latest), member.items())
    return units


def _group_gender_units(pool: Pool) -> Iterator[Unit]:
    for member in pool.groups().values():
        last = member.latest
        for key, n in (("m", last.participants_m), ("w", last.participants_w),
                       ("d", last.participants_d)):
            yield Unit(key, n, member.items())


def _group_purpose_units(weight: Callable[[StatisticsRecord], int]) -> MemberUnits:
    """Per group and purpose of its latest session record one unit (an offer with two
    purposes counts under both)."""
    def units(pool: Pool) -> Iterator[Unit]:
        for member in pool.groups().values():
            last = member.latest
            for purpose in dict.fromkeys(last.purposes):
                if purpose in GROUP_PURPOSES:
                    yield Unit(purpose, weight(last), member.items())
    return units


def _participants(r: StatisticsRecord) -> int:
    return r.participants_m + r.participants_w + r.participants_d


def _case_outcome(r: StatisticsRecord) -> str:
    return r.case_outcome if r.case_outcome in CASE_OUTCOMES else "unknown"


def _time_key(t: TimeEntry) -> str:
    """Minutes of the time entries of the school year and scope per category (kept totals
    of deleted months included); worker-added categories under ``EXTRA``."""
    return t.category if t.category in TIME_CATEGORIES else EXTRA_TIME_KEY


def _with(r: StatisticsRecord, role: str, person_kind: str) -> bool:
    return role in r.participants or r.person_kind == person_kind


def _minutes(r: StatisticsRecord) -> int:
    return r.duration_min


AGGREGATES: tuple[Aggregate, ...] = (
    _a("pupils", "Schüler:innen der Schule(n)",
       "Schülerzahl der Schule im Schuljahr (Stammdaten); bei einer Stelle die Summe ihrer Schulen."),
    _a("post_percent", "Stellenumfang in Prozent",
       "Anteil der Stelle an dieser Schule im Schuljahr; bei einer Stelle ihr gesamter Umfang.",
       decimal=True),
    _a("fte", "Vollzeitäquivalente", "Stellenumfang in Prozent geteilt durch 100.", decimal=True),
    _a("posts_per_1000_pupils", "Stellen je 1.000 Schüler:innen",
       "Vollzeitäquivalente / Schülerzahl × 1000, zwei Nachkommastellen (KVJS-Kennzahl).",
       decimal=True, additive=False),
    _a("efh_contacts", "Beratungskontakte",
       "Beratungskontakte des Schuljahres (ohne Kurzkontakte, ohne § 8a-Verfahren). Ein Kontakt "
       "mit drei Beteiligten ist ein Kontakt.", units=_each("contact")),
    _a("efh_minutes", "Minuten Beratung", "Summe der Dauer dieser Beratungskontakte.",
       units=_each("contact", weight=_minutes)),
    _a("efh_persons", "Beratene Personen",
       "Verschiedene Personen mit mindestens einem Beratungskontakt im Schuljahr, an dem "
       "sie selbst teilgenommen haben, gleich welcher Personenart. Ein Gespräch nur mit den "
       "Eltern über eine Schülerin oder einen Schüler zählt als Beratungskontakt und als "
       "Kontakt mit Eltern, aber nicht als beratene Person; ein Elternteil, der selbst als "
       "Person erfasst ist und mit dem das Gespräch geführt wurde, zählt als beratene "
       "Person.", additive=False,
       units=_distinct(Pool.persons)),
    _a("efh_pupils", "Beratene Schüler:innen",
       "Verschiedene Schüler:innen darunter: wer n-mal beraten wurde, zählt einmal als Person "
       "und n-mal als Kontakt; ein Fall über zwei Schuljahre zählt in beiden.", additive=False,
       units=_distinct(Pool.pupils)),
    _a("efh_pupils_by_gender", "Beratene Schüler:innen nach Geschlecht",
       "Verschiedene Schüler:innen nach dem Geschlecht bei ihrem letzten Kontakt im Schuljahr.",
       GENDER_KEYS, additive=False, units=_distinct(Pool.pupils, _latest_gender)),
    _a("efh_pupils_by_grade", "Beratene Schüler:innen nach Klassenstufe",
       "Verschiedene Schüler:innen nach der Klassenstufe bei ihrem letzten Kontakt im Schuljahr.",
       GRADE_KEYS, additive=False, units=_distinct(Pool.pupils, _latest_grade)),
    _a("efh_contacts_with_parents", "Kontakte mit Eltern",
       "Beratungskontakte, an denen Eltern beteiligt waren oder in denen ein Elternteil "
       "beraten wurde, auch ein Gespräch nur mit den Eltern über eine Schülerin oder einen "
       "Schüler.", units=_each("contact", lambda r: _with(r, "parent", "guardian"))),
    _a("efh_contacts_with_teachers", "Kontakte mit Lehrkräften",
       "Beratungskontakte, an denen eine Lehrkraft beteiligt war oder in denen eine Lehrkraft "
       "beraten wurde.", units=_each("contact", lambda r: _with(r, "teacher", "teacher"))),
    _a("efh_short_contacts", "Kurzkontakte",
       "Summe der Anzahlen der anonymen Kurzkontakte (ohne Fall, ohne Person).",
       units=_each("short_contact", weight=lambda r: r.count)),
    _a("efh_topics", "Beratene Personen nach Thema",
       "Je Thema die verschiedenen Personen, bei denen das Thema in mindestens einem Kontakt "
       "des Schuljahres vorkam (eine Person kann bei mehreren Themen zählen).",
       TOPICS.codes(), additive=False, partition=False, units=_topic_units),
    _a("efh_access_routes", "Beratene Personen nach Zugang",
       "Je Zugang die verschiedenen Personen, nach dem Zugang ihres ersten Kontakts im "
       "Schuljahr, der einen Zugang nennt; ohne Angabe: „unbekannt“.", ROUTE_KEYS,
       additive=False, units=_distinct(Pool.persons, _first_route)),
    _a("efh_referrals", "Vermittlungen",
       "Je Stelle die Beratungskontakte mit dieser Vermittlung; „keine“ und leere Angaben "
       "zählen nicht.", REFERRAL_KEYS,
       units=_each("contact", lambda r: r.referral in REFERRAL_KEYS, key=lambda r: r.referral)),
    _a("cp_8a_procedures", "Verfahren nach § 8a SGB VIII",
       "Im Schuljahr eröffnete Verfahren nach § 8a SGB VIII (zählen nie als Kontakt).",
       units=_each("cp_8a")),
    _a("cp_8a_by_outcome", "Verfahren nach § 8a nach Ergebnis",
       "Dieselben Verfahren nach dem Ergebnis der Einschätzung (Gefährdung festgestellt, "
       "Hilfebedarf ohne Gefährdung, keine Gefährdung, offen); ohne Ergebnis: „offen“.",
       CP_OUTCOMES.codes(),
       units=_each("cp_8a", key=lambda r: r.cp_outcome if r.cp_outcome in CP_OUTCOMES
                   else "open")),
    _a("cp_8a_jugendamt_informed", "Verfahren nach § 8a mit Information des Jugendamts",
       "Dieselben Verfahren, in denen das Jugendamt informiert wurde.",
       units=_each("cp_8a", lambda r: r.youth_office)),
    _a("efh_cases_closed", "Abgeschlossene Fälle",
       "Im Schuljahr abgeschlossene Fälle (nach dem Abschlussdatum; ein wieder geöffneter "
       "Fall zählt erst bei seinem nächsten Abschluss).", units=_each("case_closed")),
    _a("efh_cases_by_outcome", "Abgeschlossene Fälle nach Ergebnis",
       "Dieselben Fälle nach dem Ergebnis beim Abschluss; ohne Angabe: „unbekannt“.",
       CASE_OUTCOME_KEYS, units=_each("case_closed", key=_case_outcome)),
    _a("efh_referrals_by_target", "Weitervermittelte Fälle nach Stelle",
       "Je Stelle die abgeschlossenen Fälle mit dem Ergebnis „weitervermittelt an …“.",
       REFERRAL_KEYS,
       units=_each("case_closed", lambda r: r.case_outcome == "referred"
                   and r.referral_target in REFERRAL_KEYS, key=lambda r: r.referral_target)),
    _a("grp_activities", "Gruppenangebote",
       "Verschiedene Gruppen, Klassenprojekte und Projekte mit mindestens einem Termin im "
       "Schuljahr.", units=_group_units()),
    _a("grp_by_kind", "Gruppenangebote nach Art", "Dieselben Angebote nach ihrer Art.",
       GROUP_KINDS.codes(), units=_group_units(key=lambda r: r.group_kind)),
    _a("grp_sessions", "Gruppentermine", "Termine dieser Angebote im Schuljahr.",
       units=_each("group_session")),
    _a("grp_minutes", "Minuten Gruppenarbeit", "Summe der Dauer dieser Termine.",
       units=_each("group_session", weight=_minutes)),
    _a("grp_participants", "Teilnehmende an Gruppenangeboten",
       "Teilnehmende je Angebot, jedes Angebot einmal gezählt (nicht je Termin).",
       units=_group_units(weight=_participants)),
    _a("grp_participants_by_gender", "Teilnehmende nach Geschlecht",
       "Dieselben Teilnehmenden nach Geschlecht.", GROUP_GENDER_KEYS, units=_group_gender_units),
    _a("grp_by_purpose", "Gruppenangebote nach Zweck",
       "Dieselben Angebote nach ihrem Zweck; ein Angebot mit mehreren Zwecken zählt bei "
       "jedem (ohne Summe).", GROUP_PURPOSES.codes(), partition=False,
       units=_group_purpose_units(lambda r: 1)),
    _a("grp_participants_by_purpose", "Teilnehmende nach Zweck des Angebots",
       "Die Teilnehmenden je Angebot (einmal je Angebot) unter jedem seiner Zwecke "
       "(ohne Summe).", GROUP_PURPOSES.codes(), partition=False,
       units=_group_purpose_units(_participants)),
    _a("off_sessions", "Termine offener Angebote", "Termine offener Angebote im Schuljahr.",
       units=_each("open_offer")),
    _a("off_visitors", "Besuche offener Angebote",
       "Summe der Besucher:innen je Termin (Besuche, nicht verschiedene Personen).",
       units=_each("open_offer", weight=lambda r: r.visitors)),
    _a("off_minutes", "Minuten offene Angebote", "Summe der Dauer dieser Termine.",
       units=_each("open_offer", weight=_minutes)),
    _a("vnz_activities", "Vernetzungsaktivitäten", "Vernetzungsaktivitäten im Schuljahr.",
       units=_each("network")),
    _a("vnz_by_kind", "Vernetzungsaktivitäten nach Art", "Dieselben Aktivitäten nach Art.",
       NETWORK_KINDS.codes(), units=_each("network", key=lambda r: r.network_kind)),
    _a("vnz_minutes", "Minuten Vernetzung", "Summe der Dauer dieser Aktivitäten.",
       units=_each("network", weight=_minutes)),
    _a("time_minutes_by_category", "Arbeitszeit nach Aufgabenbereich (Minuten)",
       "Minuten der Zeiteinträge des Schuljahres für diese Schule bzw. Stelle je Kategorie "
       "(auch gelöschter Monate, aus ihren aufbewahrten Summen); selbst angelegte Kategorien "
       "in der Zeile „weitere, selbst angelegte Kategorien“.",
       TIME_KEYS, units=_each(TIME, weight=lambda t: t.minutes, key=_time_key)),
)

BY_NAME: dict[str, Aggregate] = {a.name: a for a in AGGREGATES}
NAMES: tuple[str, ...] = tuple(BY_NAME)
COUNTED: tuple[str, ...] = tuple(a.name for a in AGGREGATES if a.units is not None)

Value = int | float | dict[str, int]
# A figure's value is a number or, for a keyed figure (``Aggregate.is_dict``), key -> count:
# its Aggregate declares which, not the type, so the values of the whole mapping are Any.
Aggregates = dict[str, Any]


def _zeros(keys: Iterable[str]) -> dict[str, int]:
    return dict.fromkeys(keys, 0)


# The per-record figures by the record type they count (``TIME``: the time entries), and
# the figures over persons and groups, counted once the records have passed.
def _each_by_type() -> dict[str, tuple[tuple[Aggregate, Each], ...]]:
    out: dict[str, tuple[tuple[Aggregate, Each], ...]] = {}
    for spec in AGGREGATES:
        if isinstance(spec.units, Each):
            out[spec.units.record_type] = (*out.get(spec.units.record_type, ()),
                                           (spec, spec.units))
    return out


EACH = _each_by_type()
# the rules a statistics record may pass: a record whose type reads ``TIME`` is no time entry
EACH_RECORD = {record_type: rules for record_type, rules in EACH.items() if record_type != TIME}
MEMBERS: tuple[tuple[Aggregate, MemberUnits], ...] = tuple(
    (a, a.units) for a in AGGREGATES if a.units is not None and not isinstance(a.units, Each))


def _tally(figures: Aggregates, spec: Aggregate, unit: Unit) -> None:
    if spec.is_dict:
        bucket = figures[spec.name]
        if unit.key in bucket:
            bucket[unit.key] += unit.weight
    else:
        figures[spec.name] += unit.weight


def _tally_item(figures: Aggregates, rules: tuple[tuple[Aggregate, Each], ...], item: Item
                ) -> None:
    for spec, rule in rules:
        unit = rule.unit(item)
        if unit is not None:
            _tally(figures, spec, unit)


def compute(records: Iterable[StatisticsRecord], time_entries: Iterable[TimeEntry], *,
            pupils: int, post_percent: float) -> Aggregates:
    """Every named aggregate of one school year and scope (see ``AGGREGATES``), in one
    pass over ``records`` and then one over ``time_entries``, each in any order (the
    service hands over its cursors): the per-record figures count as the records pass,
    the persons and groups are gathered (``Pool``) and counted after."""
    figures: Aggregates = {a.name: a.zero() for a in AGGREGATES if a.units is not None}
    pool = Pool()
    for r in records:
        pool.add(r)
        _tally_item(figures, EACH_RECORD.get(r.record_type, ()), r)
    for t in time_entries:
        _tally_item(figures, EACH[TIME], t)
    for spec, rule in MEMBERS:
        for unit in rule(pool):
            _tally(figures, spec, unit)
    fte = round(post_percent / 100, 4)
    master = {
        "pupils": pupils,
        "post_percent": round(float(post_percent), 2),
        "fte": fte,
        "posts_per_1000_pupils": round(fte / pupils * 1000, 2) if pupils else 0.0,
    }
    return {a.name: master[a.name] if a.units is None else figures[a.name] for a in AGGREGATES}


# -- drill-down ------------------------------------------------------------------------------
def _units(rule: Units, records: Iterable[StatisticsRecord],
           time_entries: Iterable[TimeEntry]) -> Iterator[Unit]:
    """The units of one rule over the records (or time entries), read once."""
    if isinstance(rule, Each):
        items: Iterable[Item] = (time_entries if rule.record_type == TIME else
                                 (r for r in records if r.record_type == rule.record_type))
        for item in items:
            unit = rule.unit(item)
            if unit is not None:
                yield unit
        return
    pool = Pool(keep=True)
    for r in records:
        pool.add(r)
    yield from rule(pool)


def counted_items(records: Iterable[StatisticsRecord], name: str, key: str = "",
                  time_entries: Iterable[TimeEntry] = ()) -> list[Item]:
    """The records (or time entries) the figure ``name`` (its ``key``) is counted from:
    the items of its units with a weight; empty for master-data figures."""
    spec = BY_NAME.get(name)
    if spec is None or spec.units is None:
        return []
    seen: dict[str, Item] = {}
    for unit in _units(spec.units, records, time_entries):
        if unit.weight and (not key or unit.key == key):
            for item in unit.items:
                seen.setdefault(item.id, item)
    return sorted(seen.values(), key=_order)


# -- combining -------------------------------------------------------------------------------
def add(parts: Iterable[Aggregates], names: Iterable[str] | None = None) -> Aggregates:
    """Sum aggregates of several scopes (merge of exports): every figure (of ``names``,
    default all) adds up; the key figure posts per 1,000 pupils is recomputed from the
    sums."""
    total: Aggregates = {}
    specs = AGGREGATES if names is None else [BY_NAME[n] for n in names]
    for part in parts:
        for spec in specs:
            value = part[spec.name]
            if spec.is_dict:
                bucket = total.setdefault(spec.name, _zeros(spec.keys))
                for key in spec.keys:
                    bucket[key] += value.get(key, 0)
            else:
                total[spec.name] = total.get(spec.name, 0) + value
    if not {"post_percent", "fte", "pupils", "posts_per_1000_pupils"} <= set(total):
        return total
    total["post_percent"] = round(total["post_percent"], 2)
    total["fte"] = round(total["fte"], 4)
    pupils = total["pupils"]
    total["posts_per_1000_pupils"] = round(total["fte"] / pupils * 1000, 2) if pupils else 0.0
    return total


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def clean(stored: object) -> Aggregates:
    """The well-formed figures of a stored snapshot (it may come from an imported file);
    anything else is left out, so a damaged snapshot shows as differences, not a crash."""
    if not isinstance(stored, dict):
        return {}
    out: Aggregates = {}
    for spec in AGGREGATES:
        value = stored.get(spec.name)
        if spec.is_dict and isinstance(value, dict):
            out[spec.name] = {k: v for k, v in value.items() if k in spec.keys and _number(v)}
        elif not spec.is_dict and _number(value):
            out[spec.name] = value
    return out


def difference(now: Aggregates, before: Aggregates) -> dict[str, Value]:
    """Figures that changed since ``before`` (delivered): name -> now - before
    (per key for dicts, only the keys that differ)."""
    out: dict[str, Value] = {}
    for spec in AGGREGATES:
        a, b = now.get(spec.name), before.get(spec.name)
        if spec.is_dict:
            a, b = a or {}, b or {}
            delta = {k: a.get(k, 0) - b.get(k, 0) for k in spec.keys
                     if a.get(k, 0) != b.get(k, 0)}
            if delta:
                out[spec.name] = delta
        elif a != b:
            out[spec.name] = round((a or 0) - (b or 0), 4)
    return out
