"""KVJS year-end statistics: the named aggregates and their counting rules
(docs/statistics.md). Pure Python over the anonymous statistics layer only.

Each aggregate is declared **once** (``AGGREGATES``): its name, label, written rule and
its *units* — a function that splits the records of a scope into counted units (a
record, a person, a group, a time entry), each with its key, its weight and the records
behind it. The figure is the sum of the weights (per key); the drill-down of a figure
is the records of its units. So a figure and its drill-down cannot be counted
differently: the drill-down's records, counted again, give the figure
(tests/kvjs/test_one_definition.py).

``compute`` takes the v2 statistics records and time entries of one school year and one
scope (a school, or a post = all schools it serves that year) plus the pupil count and
post share, and returns every named aggregate. The names are a stable contract: form
templates, exports, merging and tests use them. Dict-valued aggregates list every
catalogue code, zeros included. ``counted_items`` answers "which records does this
figure count" for the drill-down.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

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


@dataclass(frozen=True)
class Unit:
    """One counted thing: ``weight`` added to the figure (under ``key`` for a
    dict-valued figure), and the records (or time entries) it stands for."""

    key: str
    weight: int
    items: tuple[Item, ...]


def _order(r: Item):
    return (r.day, r.id)


class Pool:
    """The records and time entries of one scope and year, sorted by day then id, with
    the groupings several rules share (computed once)."""

    def __init__(self, records: Iterable[StatisticsRecord],
                 time_entries: Iterable[TimeEntry] = ()):
        self.records = sorted(records, key=_order)
        self.time_entries = list(time_entries)
        self._cache: dict[str, object] = {}

    def _cached(self, name: str, make: Callable[[], object]):
        if name not in self._cache:
            self._cache[name] = make()
        return self._cache[name]

    def of_type(self, record_type: str) -> list[StatisticsRecord]:
        return self._cached(f"type:{record_type}", lambda: [
            r for r in self.records if r.record_type == record_type])

    def persons(self) -> dict[str, list[StatisticsRecord]]:
        """Person token -> the contact records of that person (in order)."""
        return self._cached("persons", lambda: _grouped(
            (r for r in self.of_type("contact") if r.person_token), lambda r: r.person_token))

    def pupils(self) -> dict[str, list[StatisticsRecord]]:
        """The persons whose records are pupil records (pupil records only)."""
        return self._cached("pupils", lambda: _grouped(
            (r for r in self.of_type("contact") if r.person_token and r.person_kind == "pupil"),
            lambda r: r.person_token))

    def groups(self) -> dict[str, list[StatisticsRecord]]:
        """Group token (a session without one stands alone) -> its session records."""
        return self._cached("groups", lambda: _grouped(
            self.of_type("group_session"), lambda r: r.group_token or r.id))


def _grouped(records: Iterable[StatisticsRecord], key: Callable) -> dict[str, list]:
    out: dict[str, list] = {}
    for r in records:
        out.setdefault(key(r), []).append(r)
    return out


Units = Callable[[Pool], Iterable[Unit]]


@dataclass(frozen=True)
class Aggregate:
    """One named figure, declared once: label, written rule, keys (dict-valued figures)
    and ``units`` — the counting rule that also gives the drill-down. ``units`` is None
    for master-data figures (pupils, post share), which count no records."""

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

    def count(self, pool: Pool):
        """The figure over ``pool`` (records-based aggregates only)."""
        if self.units is None:
            raise ValueError(f"{self.name} is a master-data figure: nothing to count")
        if self.is_dict:
            out = dict.fromkeys(self.keys, 0)
            for unit in self.units(pool):
                if unit.key in out:
                    out[unit.key] += unit.weight
            return out
        return sum(unit.weight for unit in self.units(pool))


def _a(name, label, rule, keys=(), decimal=False, additive=True, partition=True,
       units=None) -> Aggregate:
    return Aggregate(name, label, rule, tuple(keys), decimal, additive, partition, units)


# -- the counting rules as units ------------------------------------------------------------
def _each(record_type: str, test: Callable[[StatisticsRecord], bool] = lambda r: True,
          weight: Callable[[StatisticsRecord], int] = lambda r: 1,
          key: Callable[[StatisticsRecord], str] = lambda r: "") -> Units:
    """Every record of ``record_type`` passing ``test`` is a unit."""
    def units(pool: Pool) -> Iterator[Unit]:
        for r in pool.of_type(record_type):
            if test(r):
                yield Unit(key(r), weight(r), (r,))
    return units


def _distinct(tokens: Callable[[Pool], dict[str, list]],
              key: Callable[[list[StatisticsRecord]], str] = lambda recs: "") -> Units:
    """Every token (person, group) is one unit, keyed by ``key`` of its records."""
    def units(pool: Pool) -> Iterator[Unit]:
        for recs in tokens(pool).values():
            yield Unit(key(recs), 1, tuple(recs))
    return units


def _latest_gender(recs: list[StatisticsRecord]) -> str:
    """The gender at the person's last contact of the year."""
    gender = recs[-1].gender
    return gender if gender in GENDER_KEYS else "u"


def _latest_grade(recs: list[StatisticsRecord]) -> str:
    """The grade at the person's last contact of the year."""
    grade = recs[-1].grade
    text = str(grade) if grade is not None else "unknown"
    return text if text in GRADE_KEYS else "unknown"


def _first_route(recs: list[StatisticsRecord]) -> str:
    """The access route of the person's first contact that names one."""
    for r in recs:
        if r.access_route in ACCESS_ROUTES:
            return r.access_route
    return "unknown"


def _topic_units(pool: Pool) -> Iterator[Unit]:
    """Per person and topic one unit: the person's contacts with that topic."""
    for recs in pool.persons().values():
        seen: dict[str, list[StatisticsRecord]] = {}
        for r in recs:
            for topic in r.topics:
                if topic in TOPICS:
                    seen.setdefault(topic, []).append(r)
        for topic, with_topic in seen.items():
            yield Unit(topic, 1, tuple(with_topic))


def _group_units(weight: Callable[[StatisticsRecord], int] = lambda r: 1,
                 key: Callable[[StatisticsRecord], str] = lambda r: "") -> Units:
    """Per group one unit, its kind and participants from its latest session record."""
    def units(pool: Pool) -> Iterator[Unit]:
        for recs in pool.groups().values():
            yield Unit(key(recs[-1]), weight(recs[-1]), tuple(recs))
    return units


def _group_gender_units(pool: Pool) -> Iterator[Unit]:
    for recs in pool.groups().values():
        last = recs[-1]
        for key, n in (("m", last.participants_m), ("w", last.participants_w),
                       ("d", last.participants_d)):
            yield Unit(key, n, tuple(recs))


def _group_purpose_units(weight: Callable[[StatisticsRecord], int]) -> Units:
    """Per group and purpose of its latest session record one unit (an offer with two
    purposes counts under both)."""
    def units(pool: Pool) -> Iterator[Unit]:
        for recs in pool.groups().values():
            last = recs[-1]
            for purpose in dict.fromkeys(last.purposes):
                if purpose in GROUP_PURPOSES:
                    yield Unit(purpose, weight(last), tuple(recs))
    return units


def _participants(r: StatisticsRecord) -> int:
    return r.participants_m + r.participants_w + r.participants_d


def _case_outcome(r: StatisticsRecord) -> str:
    return r.case_outcome if r.case_outcome in CASE_OUTCOMES else "unknown"


def _time_units(pool: Pool) -> Iterator[Unit]:
    """Minutes of the time entries of the school year and scope per category (kept totals
    of deleted months included); worker-added categories under ``EXTRA``."""
    for t in pool.time_entries:
        key = t.category if t.category in TIME_CATEGORIES else EXTRA_TIME_KEY
        yield Unit(key, t.minutes, (t,))


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
       TIME_KEYS, units=_time_units),
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


def compute(records: Iterable[StatisticsRecord], time_entries: Iterable[TimeEntry], *,
            pupils: int, post_percent: float) -> Aggregates:
    """Every named aggregate of one school year and scope (see ``AGGREGATES``)."""
    pool = Pool(records, time_entries)
    fte = round(post_percent / 100, 4)
    master = {
        "pupils": pupils,
        "post_percent": round(float(post_percent), 2),
        "fte": fte,
        "posts_per_1000_pupils": round(fte / pupils * 1000, 2) if pupils else 0.0,
    }
    return {a.name: master[a.name] if a.units is None else a.count(pool) for a in AGGREGATES}


# -- drill-down ------------------------------------------------------------------------------
def counted_items(records: Iterable[StatisticsRecord], name: str, key: str = "",
                  time_entries: Iterable[TimeEntry] = ()) -> list[Item]:
    """The records (or time entries) the figure ``name`` (its ``key``) is counted from:
    the items of its units with a weight; empty for master-data figures."""
    spec = BY_NAME.get(name)
    if spec is None or spec.units is None:
        return []
    seen: dict[str, Item] = {}
    for unit in spec.units(Pool(records, time_entries)):
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
