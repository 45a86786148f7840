"""The KVJS count as it was before it was streamed (domain.kvjs up to 25.11.2026), kept
here as the reference the streamed count must equal: every record of the scope held,
sorted by day then id, grouped per person, pupil and group in several passes. The rules
are copied unchanged; only the declarations' labels and texts are left out (they live in
``kvjs.AGGREGATES``, whose names and keys this reference reads)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ssa_desktop.domain import kvjs
from ssa_desktop.domain.catalogues import (
    ACCESS_ROUTES,
    CASE_OUTCOMES,
    CP_OUTCOMES,
    GROUP_PURPOSES,
    TIME_CATEGORIES,
    TOPICS,
)
from ssa_desktop.domain.entities import StatisticsRecord, TimeEntry

GENDER_KEYS = kvjs.GENDER_KEYS
GRADE_KEYS = kvjs.GRADE_KEYS
REFERRAL_KEYS = kvjs.REFERRAL_KEYS


def _order(r):
    return (r.day, r.id)


class Pool:
    def __init__(self, records, time_entries=()):
        self.records = sorted(records, key=_order)
        self.time_entries = list(time_entries)
        self._cache: dict = {}

    def _cached(self, name, make):
        if name not in self._cache:
            self._cache[name] = make()
        return self._cache[name]

    def of_type(self, record_type):
        return self._cached(f"type:{record_type}", lambda: [
            r for r in self.records if r.record_type == record_type])

    def persons(self):
        return self._cached("persons", lambda: _grouped(
            (r for r in self.of_type("contact") if r.person_token), lambda r: r.person_token))

    def pupils(self):
        return self._cached("pupils", lambda: _grouped(
            (r for r in self.of_type("contact") if r.person_token and r.person_kind == "pupil"),
            lambda r: r.person_token))

    def groups(self):
        return self._cached("groups", lambda: _grouped(
            self.of_type("group_session"), lambda r: r.group_token or r.id))


def _grouped(records, key):
    out: dict = {}
    for r in records:
        out.setdefault(key(r), []).append(r)
    return out


Unit = tuple  # (key, weight, items)


def _each(record_type, test=lambda r: True, weight=lambda r: 1, key=lambda r: ""):
    def units(pool):
        for r in pool.of_type(record_type):
            if test(r):
                yield (key(r), weight(r), (r,))
    return units


def _distinct(tokens, key=lambda recs: ""):
    def units(pool):
        for recs in tokens(pool).values():
            yield (key(recs), 1, tuple(recs))
    return units


def _latest_gender(recs):
    gender = recs[-1].gender
    return gender if gender in GENDER_KEYS else "u"


def _latest_grade(recs):
    grade = recs[-1].grade
    text = str(grade) if grade is not None else "unknown"
    return text if text in GRADE_KEYS else "unknown"


def _first_route(recs):
    for r in recs:
        if r.access_route in ACCESS_ROUTES:
            return r.access_route
    return "unknown"


def _topic_units(pool):
    for recs in pool.persons().values():
        seen: dict = {}
        for r in recs:
            for topic in r.topics:
                if topic in TOPICS:
                    seen.setdefault(topic, []).append(r)
        for topic, with_topic in seen.items():
            yield (topic, 1, tuple(with_topic))


def _group_units(weight=lambda r: 1, key=lambda r: ""):
    def units(pool):
        for recs in pool.groups().values():
            yield (key(recs[-1]), weight(recs[-1]), tuple(recs))
    return units


def _group_gender_units(pool):
    for recs in pool.groups().values():
        last = recs[-1]
        for key, n in (("m", last.participants_m), ("w", last.participants_w),
                       ("d", last.participants_d)):
            yield (key, n, tuple(recs))


def _group_purpose_units(weight):
    def units(pool):
        for recs in pool.groups().values():
            last = recs[-1]
            for purpose in dict.fromkeys(last.purposes):
                if purpose in GROUP_PURPOSES:
                    yield (purpose, weight(last), tuple(recs))
    return units


def _participants(r):
    return r.participants_m + r.participants_w + r.participants_d


def _case_outcome(r):
    return r.case_outcome if r.case_outcome in CASE_OUTCOMES else "unknown"


def _time_units(pool):
    for t in pool.time_entries:
        key = t.category if t.category in TIME_CATEGORIES else kvjs.EXTRA_TIME_KEY
        yield (key, t.minutes, (t,))


def _with(r, role, person_kind):
    return role in r.participants or r.person_kind == person_kind


def _minutes(r):
    return r.duration_min


UNITS: dict[str, Callable[[Pool], Iterable[Unit]]] = {
    "efh_contacts": _each("contact"),
    "efh_minutes": _each("contact", weight=_minutes),
    "efh_persons": _distinct(Pool.persons),
    "efh_pupils": _distinct(Pool.pupils),
    "efh_pupils_by_gender": _distinct(Pool.pupils, _latest_gender),
    "efh_pupils_by_grade": _distinct(Pool.pupils, _latest_grade),
    "efh_contacts_with_parents": _each("contact", lambda r: _with(r, "parent", "guardian")),
    "efh_contacts_with_teachers": _each("contact", lambda r: _with(r, "teacher", "teacher")),
    "efh_short_contacts": _each("short_contact", weight=lambda r: r.count),
    "efh_topics": _topic_units,
    "efh_access_routes": _distinct(Pool.persons, _first_route),
    "efh_referrals": _each("contact", lambda r: r.referral in REFERRAL_KEYS,
                           key=lambda r: r.referral),
    "cp_8a_procedures": _each("cp_8a"),
    "cp_8a_by_outcome": _each("cp_8a", key=lambda r: r.cp_outcome if r.cp_outcome in CP_OUTCOMES
                              else "open"),
    "cp_8a_jugendamt_informed": _each("cp_8a", lambda r: r.youth_office),
    "efh_cases_closed": _each("case_closed"),
    "efh_cases_by_outcome": _each("case_closed", key=_case_outcome),
    "efh_referrals_by_target": _each("case_closed", lambda r: r.case_outcome == "referred"
                                     and r.referral_target in REFERRAL_KEYS,
                                     key=lambda r: r.referral_target),
    "grp_activities": _group_units(),
    "grp_by_kind": _group_units(key=lambda r: r.group_kind),
    "grp_sessions": _each("group_session"),
    "grp_minutes": _each("group_session", weight=_minutes),
    "grp_participants": _group_units(weight=_participants),
    "grp_participants_by_gender": _group_gender_units,
    "grp_by_purpose": _group_purpose_units(lambda r: 1),
    "grp_participants_by_purpose": _group_purpose_units(_participants),
    "off_sessions": _each("open_offer"),
    "off_visitors": _each("open_offer", weight=lambda r: r.visitors),
    "off_minutes": _each("open_offer", weight=_minutes),
    "vnz_activities": _each("network"),
    "vnz_by_kind": _each("network", key=lambda r: r.network_kind),
    "vnz_minutes": _each("network", weight=_minutes),
    "time_minutes_by_category": _time_units,
}


def _count(spec: kvjs.Aggregate, pool: Pool):
    units = UNITS[spec.name](pool)
    if spec.is_dict:
        out = dict.fromkeys(spec.keys, 0)
        for key, weight, _items in units:
            if key in out:
                out[key] += weight
        return out
    return sum(weight for _key, weight, _items in units)


def compute(records: Iterable[StatisticsRecord], time_entries: Iterable[TimeEntry], *,
            pupils: int, post_percent: float) -> dict:
    pool = Pool(records, time_entries)
    fte = round(post_percent / 100, 4)
    master = {
        "pupils": pupils,
        "post_percent": round(float(post_percent), 2),
        "fte": fte,
        "posts_per_1000_pupils": round(fte / pupils * 1000, 2) if pupils else 0.0,
    }
    return {a.name: master[a.name] if a.name in master else _count(a, pool)
            for a in kvjs.AGGREGATES}


def counted_items(records, name: str, key: str = "", time_entries=()) -> list:
    if name not in UNITS:
        return []
    seen: dict = {}
    for unit_key, weight, items in UNITS[name](Pool(records, time_entries)):
        if weight and (not key or unit_key == key):
            for item in items:
                seen.setdefault(item.id, item)
    return sorted(seen.values(), key=_order)

