"""KVJS year-end statistics: the named aggregates and their counting rules
(docs/statistics.md). Pure Python over the anonymous statistics layer only.

``compute`` takes the v2 statistics records and time entries of one school year and one
scope (a school, or a post = all schools it serves that year) plus the pupil count and
post share, and returns every named aggregate. The names are a stable contract: form
templates, exports, merging and tests use them. Dict-valued aggregates list every
catalogue code, zeros included. ``counted_records`` answers "which records does this
figure count" for the drill-down.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .catalogues import (
    ACCESS_ROUTES,
    GROUP_KINDS,
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


@dataclass(frozen=True)
class Aggregate:
    """One named figure: its value type, its keys (dicts), label and counting rule."""

    name: str
    label: str
    rule: str
    keys: tuple[str, ...] = ()
    decimal: bool = False
    additive: bool = True  # the post's figure is the sum of its schools' figures
    partition: bool = True  # a dict's keys split its total (not so for topics)

    @property
    def is_dict(self) -> bool:
        return bool(self.keys)


def _a(name, label, rule, keys=(), decimal=False, additive=True, partition=True) -> Aggregate:
    return Aggregate(name, label, rule, tuple(keys), decimal, additive, partition)


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
       "mit drei Beteiligten ist ein Kontakt."),
    _a("efh_minutes", "Minuten Beratung", "Summe der Dauer dieser Beratungskontakte."),
    _a("efh_persons", "Beratene Personen",
       "Verschiedene Personen mit mindestens einem Beratungskontakt im "
       "Schuljahr, gleich welcher Personenart.", additive=False),
    _a("efh_pupils", "Beratene Schüler:innen",
       "Verschiedene Schüler:innen darunter: wer n-mal beraten wurde, zählt einmal als Person "
       "und n-mal als Kontakt; ein Fall über zwei Schuljahre zählt in beiden.", additive=False),
    _a("efh_pupils_by_gender", "Beratene Schüler:innen nach Geschlecht",
       "Verschiedene Schüler:innen nach dem Geschlecht bei ihrem letzten Kontakt im Schuljahr.",
       GENDER_KEYS, additive=False),
    _a("efh_pupils_by_grade", "Beratene Schüler:innen nach Klassenstufe",
       "Verschiedene Schüler:innen nach der Klassenstufe bei ihrem letzten Kontakt im Schuljahr.",
       GRADE_KEYS, additive=False),
    _a("efh_contacts_with_parents", "Kontakte mit Eltern",
       "Beratungskontakte, an denen Eltern beteiligt waren oder in denen ein Elternteil "
       "beraten wurde."),
    _a("efh_contacts_with_teachers", "Kontakte mit Lehrkräften",
       "Beratungskontakte, an denen eine Lehrkraft beteiligt war oder in denen eine Lehrkraft "
       "beraten wurde."),
    _a("efh_short_contacts", "Kurzkontakte",
       "Summe der Anzahlen der anonymen Kurzkontakte (ohne Fall, ohne Person)."),
    _a("efh_topics", "Beratene Personen nach Thema",
       "Je Thema die verschiedenen Personen, bei denen das Thema in mindestens einem Kontakt "
       "des Schuljahres vorkam (eine Person kann bei mehreren Themen zählen).",
       TOPICS.codes(), additive=False, partition=False),
    _a("efh_access_routes", "Beratene Personen nach Zugang",
       "Je Zugang die verschiedenen Personen, nach dem Zugang ihres ersten Kontakts im "
       "Schuljahr, der einen Zugang nennt; ohne Angabe: „unbekannt“.", ROUTE_KEYS,
       additive=False),
    _a("efh_referrals", "Vermittlungen",
       "Je Stelle die Beratungskontakte mit dieser Vermittlung; „keine“ und leere Angaben "
       "zählen nicht.", REFERRAL_KEYS),
    _a("cp_8a_procedures", "Verfahren nach § 8a SGB VIII",
       "Im Schuljahr eröffnete Verfahren nach § 8a SGB VIII (zählen nie als Kontakt)."),
    _a("grp_activities", "Gruppenangebote",
       "Verschiedene Gruppen, Klassenprojekte und Projekte mit mindestens einem Termin im "
       "Schuljahr."),
    _a("grp_by_kind", "Gruppenangebote nach Art", "Dieselben Angebote nach ihrer Art.",
       GROUP_KINDS.codes()),
    _a("grp_sessions", "Gruppentermine", "Termine dieser Angebote im Schuljahr."),
    _a("grp_minutes", "Minuten Gruppenarbeit", "Summe der Dauer dieser Termine."),
    _a("grp_participants", "Teilnehmende an Gruppenangeboten",
       "Teilnehmende je Angebot, jedes Angebot einmal gezählt (nicht je Termin)."),
    _a("grp_participants_by_gender", "Teilnehmende nach Geschlecht",
       "Dieselben Teilnehmenden nach Geschlecht.", GROUP_GENDER_KEYS),
    _a("off_sessions", "Termine offener Angebote", "Termine offener Angebote im Schuljahr."),
    _a("off_visitors", "Besuche offener Angebote",
       "Summe der Besucher:innen je Termin (Besuche, nicht verschiedene Personen)."),
    _a("off_minutes", "Minuten offene Angebote", "Summe der Dauer dieser Termine."),
    _a("vnz_activities", "Vernetzungsaktivitäten", "Vernetzungsaktivitäten im Schuljahr."),
    _a("vnz_by_kind", "Vernetzungsaktivitäten nach Art", "Dieselben Aktivitäten nach Art.",
       NETWORK_KINDS.codes()),
    _a("vnz_minutes", "Minuten Vernetzung", "Summe der Dauer dieser Aktivitäten."),
    _a("time_minutes_by_category", "Arbeitszeit nach Aufgabenbereich (Minuten)",
       "Minuten der Zeiteinträge des Schuljahres und Bereichs je Kategorie.",
       TIME_CATEGORIES.codes()),
)

BY_NAME: dict[str, Aggregate] = {a.name: a for a in AGGREGATES}
NAMES: tuple[str, ...] = tuple(BY_NAME)

Value = int | float | dict[str, int]
Aggregates = dict[str, Value]


def _distinct_latest(records: Iterable[StatisticsRecord]) -> dict[str, StatisticsRecord]:
    """token -> the token's latest record (by day, then id: deterministic)."""
    latest: dict[str, StatisticsRecord] = {}
    for r in sorted(records, key=lambda r: (r.day, r.id)):
        latest[r.person_token] = r
    return latest


def _zeros(keys: Iterable[str]) -> dict[str, int]:
    return dict.fromkeys(keys, 0)


def compute(records: Iterable[StatisticsRecord], time_entries: Iterable[TimeEntry], *,
            pupils: int, post_percent: float) -> Aggregates:
    """Every named aggregate of one school year and scope (see ``AGGREGATES``)."""
    records = sorted(records, key=lambda r: (r.day, r.id))
    contacts = [r for r in records if r.record_type == "contact"]
    counselled = [r for r in contacts if r.person_token]
    persons = _distinct_latest(counselled)
    pupil_latest = _distinct_latest(r for r in counselled if r.person_kind == "pupil")

    by_gender = _zeros(GENDER_KEYS)
    by_grade = _zeros(GRADE_KEYS)
    for r in pupil_latest.values():
        by_gender[r.gender if r.gender in by_gender else "u"] += 1
        grade = str(r.grade) if r.grade is not None else "unknown"
        by_grade[grade if grade in by_grade else "unknown"] += 1

    topics = {code: set() for code in TOPICS.codes()}
    routes: dict[str, str] = {}
    for r in counselled:
        for topic in r.topics:
            if topic in topics:
                topics[topic].add(r.person_token)
        if r.access_route in ACCESS_ROUTES and r.person_token not in routes:
            routes[r.person_token] = r.access_route
    route_counts = _zeros(ROUTE_KEYS)
    for token in persons:
        route_counts[routes.get(token, "unknown")] += 1

    referrals = _zeros(REFERRAL_KEYS)
    for r in contacts:
        if r.referral in referrals:
            referrals[r.referral] += 1

    groups: dict[str, StatisticsRecord] = {}
    sessions = [r for r in records if r.record_type == "group_session"]
    for r in sessions:
        groups[r.group_token or r.id] = r  # latest record of each group
    grp_by_kind = _zeros(GROUP_KINDS.codes())
    grp_gender = _zeros(GROUP_GENDER_KEYS)
    for r in groups.values():
        if r.group_kind in grp_by_kind:
            grp_by_kind[r.group_kind] += 1
        grp_gender["m"] += r.participants_m
        grp_gender["w"] += r.participants_w
        grp_gender["d"] += r.participants_d

    offers = [r for r in records if r.record_type == "open_offer"]
    network = [r for r in records if r.record_type == "network"]
    vnz_by_kind = _zeros(NETWORK_KINDS.codes())
    for r in network:
        if r.network_kind in vnz_by_kind:
            vnz_by_kind[r.network_kind] += 1
    time_by_category = _zeros(TIME_CATEGORIES.codes())
    for t in time_entries:
        if t.category in time_by_category:
            time_by_category[t.category] += t.minutes

    fte = round(post_percent / 100, 4)
    return {
        "pupils": pupils,
        "post_percent": round(float(post_percent), 2),
        "fte": fte,
        "posts_per_1000_pupils": round(fte / pupils * 1000, 2) if pupils else 0.0,
        "efh_contacts": len(contacts),
        "efh_minutes": sum(r.duration_min for r in contacts),
        "efh_persons": len(persons),
        "efh_pupils": len(pupil_latest),
        "efh_pupils_by_gender": by_gender,
        "efh_pupils_by_grade": by_grade,
        "efh_contacts_with_parents": sum(1 for r in contacts if _with(r, "parent", "guardian")),
        "efh_contacts_with_teachers": sum(1 for r in contacts if _with(r, "teacher", "teacher")),
        "efh_short_contacts": sum(r.count for r in records if r.record_type == "short_contact"),
        "efh_topics": {code: len(tokens) for code, tokens in topics.items()},
        "efh_access_routes": route_counts,
        "efh_referrals": referrals,
        "cp_8a_procedures": sum(1 for r in records if r.record_type == "cp_8a"),
        "grp_activities": len(groups),
        "grp_by_kind": grp_by_kind,
        "grp_sessions": len(sessions),
        "grp_minutes": sum(r.duration_min for r in sessions),
        "grp_participants": sum(grp_gender.values()),
        "grp_participants_by_gender": grp_gender,
        "off_sessions": len(offers),
        "off_visitors": sum(r.visitors for r in offers),
        "off_minutes": sum(r.duration_min for r in offers),
        "vnz_activities": len(network),
        "vnz_by_kind": vnz_by_kind,
        "vnz_minutes": sum(r.duration_min for r in network),
        "time_minutes_by_category": time_by_category,
    }


def _with(r: StatisticsRecord, role: str, person_kind: str) -> bool:
    return role in r.participants or r.person_kind == person_kind


# -- drill-down ------------------------------------------------------------------------------
def _type(*types: str) -> Callable[[StatisticsRecord, str], bool]:
    return lambda r, key: r.record_type in types


_COUNTED: dict[str, Callable[[StatisticsRecord, str], bool]] = {
    "efh_contacts": _type("contact"), "efh_minutes": _type("contact"),
    "efh_persons": lambda r, k: r.record_type == "contact" and bool(r.person_token),
    "efh_pupils": lambda r, k: r.record_type == "contact" and r.person_kind == "pupil"
    and bool(r.person_token),
    "efh_pupils_by_gender": lambda r, k: r.record_type == "contact"
    and r.person_kind == "pupil" and (not k or r.gender == k),
    "efh_pupils_by_grade": lambda r, k: r.record_type == "contact" and r.person_kind == "pupil"
    and (not k or str(r.grade if r.grade is not None else "unknown") == k),
    "efh_contacts_with_parents": lambda r, k: r.record_type == "contact"
    and _with(r, "parent", "guardian"),
    "efh_contacts_with_teachers": lambda r, k: r.record_type == "contact"
    and _with(r, "teacher", "teacher"),
    "efh_short_contacts": _type("short_contact"),
    "efh_topics": lambda r, k: r.record_type == "contact" and (k in r.topics if k else
                                                               bool(r.topics)),
    "efh_access_routes": lambda r, k: r.record_type == "contact"
    and (not k or r.access_route == k or (k == "unknown" and not r.access_route)),
    "efh_referrals": lambda r, k: r.record_type == "contact" and r.referral not in ("", "none")
    and (not k or r.referral == k),
    "cp_8a_procedures": _type("cp_8a"),
    "grp_by_kind": lambda r, k: r.record_type == "group_session" and (not k or r.group_kind == k),
    "vnz_by_kind": lambda r, k: r.record_type == "network" and (not k or r.network_kind == k),
}
for _name in ("grp_activities", "grp_sessions", "grp_minutes", "grp_participants",
              "grp_participants_by_gender"):
    _COUNTED[_name] = _type("group_session")
for _name in ("off_sessions", "off_visitors", "off_minutes"):
    _COUNTED[_name] = _type("open_offer")
for _name in ("vnz_activities", "vnz_minutes"):
    _COUNTED[_name] = _type("network")


def counted_records(records: Iterable[StatisticsRecord], name: str,
                    key: str = "") -> list[StatisticsRecord]:
    """The anonymous records a figure is counted from (empty for master-data figures)."""
    test = _COUNTED.get(name)
    if test is None:
        return []
    return [r for r in sorted(records, key=lambda r: (r.day, r.id)) if test(r, key)]


# -- combining -------------------------------------------------------------------------------
def add(parts: Iterable[Aggregates]) -> Aggregates:
    """Sum aggregates of several scopes (merge of exports): every figure adds up; the key
    figure posts per 1,000 pupils is recomputed from the sums."""
    total: Aggregates = {}
    for part in parts:
        for spec in AGGREGATES:
            value = part[spec.name]
            if spec.is_dict:
                bucket = total.setdefault(spec.name, _zeros(spec.keys))
                for key in spec.keys:
                    bucket[key] += value.get(key, 0)
            else:
                total[spec.name] = total.get(spec.name, 0) + value
    if not total:
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
