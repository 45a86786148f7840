"""Time shares: target hours, actual hours, shares per task area and category, and the
cooperation agreement's target bands with their lights (docs/timeshare.md).

``compute(conn, year, school_id, period) -> TimeShareReport`` is the one function the
Arbeitszeit area, the report (PDF/CSV/JSON), the CLI and the Jahresbericht read. The
time comes from ``time_entry``: the documentation writes it by itself
(services/activities.py), the weekly grid and the stopwatch (services/worktime.py) add
indirect work.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

from ..domain import clock
from ..domain import timeshare as timeshare_rules
from ..domain import worktime as worktime_rules
from ..domain.catalogues import TIME_CATEGORIES, Entry
from ..domain.schoolyear import SchoolYear
from ..domain.timeshare import (  # category_rules: re-exported for the services' callers
    AgreementTarget,
    CategoryRule,
    Evaluation,
    Tally,
    Target,
    TimeShareError,
    by_area,
    category_rules,
    check_agreement,
    direct_minutes,
    evaluate,
    rounded_shares,
)
from ..domain.timeshare_report import Figures, TimeShareReport, TrendPoint  # re-exported
from ..domain.worktime import (
    PERIOD_KINDS,
    Period,
    ShareLine,
    WorkCalendar,
    months_of,
    year_period,
)
from ..formatting import fmt_hours
from ..paths import resource
from ..storage import repositories as repo
from ..storage import timeshare_repo as q
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import settings, setup
from .operations import DataKind, Progress, writes

# One full-time-hours option: the post's, declared in services/setup; it
# stands in for a post without hours of its own (migration i20_one_full_time_hours).
FULL_TIME_HOURS = setup.FULL_TIME_HOURS
HOLIDAYS_FREE = worktime_rules.HOLIDAYS_FREE       # declared beside the Sollzeit rule
EXTRA_CATEGORIES = timeshare_rules.EXTRA_CATEGORIES  # declared beside the categories


# -- data tables ----------------------------------------------------------------------------
@cache
def model_targets() -> tuple[Target, ...]:
    """The model agreement's targets (the defaults of every school)."""
    data = tomllib.loads(resource("timeshare", "model_agreement.toml").read_text("utf-8"))
    return tuple(Target(**row).check() for row in data["target"])


def rules_for(conn: Connection) -> dict[str, CategoryRule]:
    rules = dict(category_rules())
    for code, _label in extra_categories(conn):
        rules.setdefault(code, CategoryRule(code, "IND", False, "weitere Kategorie"))
    return rules


def extra_categories(conn: Connection) -> list[tuple[str, str]]:
    result = []
    for item in settings.get(conn, EXTRA_CATEGORIES):
        if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
            result.append((item[0], item[1]))
    return result


def indirect_categories(conn: Connection) -> list[Entry]:
    """The rows of the weekly grid: indirect categories of the catalogue, then the extras."""
    rules = category_rules()
    entries = [e for e in TIME_CATEGORIES if e.code in rules and rules[e.code].area == "IND"]
    known = {e.code for e in TIME_CATEGORIES}
    return entries + [Entry(c, label, "IND") for c, label in extra_categories(conn)
                      if c not in known]


@writes(DataKind.TIME, DataKind.SETTINGS)
def add_extra_category(conn: Connection, label: str) -> str:
    """Extend the catalogue of indirect categories (codes X1, X2, …)."""
    label = label.strip()
    if not label:
        raise TimeShareError("Bitte eine Bezeichnung für die Kategorie eingeben.")
    extras = extra_categories(conn)
    labels = {e.label.lower() for e in TIME_CATEGORIES} | {x[1].lower() for x in extras}
    if label.lower() in labels:
        raise TimeShareError(f"Die Kategorie „{label}“ gibt es schon.")
    code = f"X{len(extras) + 1}"
    settings.set_value(conn, EXTRA_CATEGORIES, [list(x) for x in extras] + [[code, label]])
    return code


# -- targets of an agreement ------------------------------------------------------------------
def targets_for(conn: Connection, school_id: str | None, first: date, last: date) -> list[Target]:
    """The targets valid for a school in [first, last]: the model agreement's values,
    replaced by the school's agreement where it sets its own."""
    targets = list(model_targets())
    agreement_id = q.agreement_for(conn, school_id, first, last) if school_id else None
    if agreement_id is None:
        return targets
    own = {t.code: t for t in q.targets_of(conn, agreement_id)}
    return [t.with_band(own[t.code].soll, own[t.code].low, own[t.code].high,
                        own[t.code].margin, own[t.code].enabled) if t.code in own else t
            for t in targets]


def agreement_targets(conn: Connection, agreement_id: str) -> list[Target]:
    own = {t.code: t for t in q.targets_of(conn, agreement_id)}
    return [t.with_band(own[t.code].soll, own[t.code].low, own[t.code].high,
                        own[t.code].margin, own[t.code].enabled) if t.code in own else t
            for t in model_targets()]


@writes(DataKind.AGREEMENTS, DataKind.TIME)
def save_agreement_targets(conn: Connection, agreement_id: str,
                           bands: dict[str, tuple[float, float, float, float, bool]]
                           ) -> list[Target]:
    """Store an agreement's own bands {code: (soll, low, high, margin, enabled)}; every band
    is checked first, so a bad one saves nothing."""
    repo.AGREEMENTS.existing(conn, agreement_id,
                             missing=TimeShareError("Die Kooperationsvereinbarung gibt es nicht (mehr)."))
    defaults = {t.code: t for t in model_targets()}
    checked = []
    for code, (soll, low, high, margin, enabled) in bands.items():
        if code not in defaults:
            raise TimeShareError(f"Unbekannter Zielwert „{code}“.")
        checked.append(defaults[code].with_band(float(soll), float(low), float(high),
                                                float(margin), bool(enabled)))
    given = {t.code for t in checked}
    check_agreement(checked + [t for code, t in defaults.items() if code not in given])
    with transaction(conn):
        q.delete_targets(conn, agreement_id)
        for t in checked:
            q.AGREEMENT_TARGETS.insert(conn, AgreementTarget(agreement_id, t.code, t.soll, t.low,
                                                             t.high, t.margin, t.enabled))
    return agreement_targets(conn, agreement_id)


# -- the report -----------------------------------------------------------------------------
def _resolve_year(year: SchoolYear | int | str) -> SchoolYear:
    if isinstance(year, SchoolYear):
        return year
    if isinstance(year, int):
        return SchoolYear(year)
    try:
        return SchoolYear.parse(year)
    except ValueError:
        raise TimeShareError(f"„{year}“ ist kein Schuljahr (Beispiel: 2025/26).") from None


def calendar(conn: Connection, first: date, last: date, post_id: str | None = None) -> WorkCalendar:
    """The working-time calendar for [first, last] from the vault (of one post's shares
    with ``post_id``): each share owes time only from „Beschäftigt seit“ to „Beschäftigt
    bis“ of its post's staff block (docs/timeshare.md, „Ab ihrem Beginn“)."""
    fallback = settings.get(conn, FULL_TIME_HOURS)
    shares = []
    for sy in range(SchoolYear.of(first).start_year, SchoolYear.of(last).start_year + 1):
        for school_id, percent, hours, since, until in q.employed_shares_of_year(conn, sy,
                                                                                post_id):
            shares.append(ShareLine(school_id, sy, percent / 100 * (hours or fallback),
                                    since, until))
    return WorkCalendar(shares, q.absences_between(conn, first, last),
                        q.school_holidays_between(conn, first, last),
                        settings.get(conn, HOLIDAYS_FREE))


def soll_of_year(conn: Connection, year: int, *, school_id: str | None = None,
                 post_id: str | None = None, until: date | None = None) -> tuple[float, float]:
    """THE working time owed in a school year (Soll, minutes), and its Soll up to
    ``until``, from one calendar: every working day of the school year (weekends, public
    holidays, absences and – when so set – school holidays are free) times a fifth of the
    weekly hours of the share. Arbeitszeit shows it as the Soll of the year; the
    statistics check compares the recorded time with it. A school: all posts' shares
    there; a post: its shares at all its schools. The second figure is the whole year's
    once ``until`` is its last day or later, 0 before it begins (the statistics check of
    a running year counts up to today)."""
    sy = SchoolYear(year)
    period = year_period(sy)
    cal = calendar(conn, sy.start, sy.end, post_id)
    whole = float(cal.soll(period, school_id))
    if until is None or until >= sy.end:
        return whole, whole
    if until < sy.start:
        return whole, 0.0
    return whole, float(cal.soll(replace(period, last=until), school_id))


def _figures(school_id, name, minutes, contacts, soll, targets, rules,
             soll_full=None) -> Figures:
    # catalogue order, then worker-added codes: the same figures whether a month's minutes
    # are live entries or its kept totals
    order = {code: i for i, code in enumerate(TIME_CATEGORIES.codes())}
    minutes = {c: minutes[c] for c in sorted(minutes, key=lambda c: (order.get(c, len(order)), c))}
    areas = by_area(minutes, rules)
    tally = Tally(minutes, contacts)
    evaluations = [evaluate(t, tally, rules) for t in targets if t.enabled]
    return Figures(school_id, name, dict(minutes), areas, rounded_shares(areas),
                   rounded_shares(minutes) if minutes else {}, soll, contacts, evaluations,
                   soll_full)


def _until(period: Period, today: date) -> Period | None:
    """The part of ``period`` up to ``today`` (Soll and balance never count the future)."""
    if period.first > today:
        return None
    return Period(period.kind, period.first, min(period.last, today), period.label)


def _soll(cal: WorkCalendar, period: Period | None, school_id: str | None) -> float:
    return 0.0 if period is None else float(cal.soll(period, school_id))


def compute(conn: Connection, year: SchoolYear | int | str, school_id: str | None = None,
            period: Period | None = None, progress: Progress | None = None,
            today: date | None = None) -> TimeShareReport:
    """Time shares of a school (or of all schools with ``None``) in ``period`` (default:
    the whole school year) with target lights, Soll/Ist, per-school figures and the
    monthly trend of the school year. Soll and balance count up to ``today`` (default:
    the clock's today); ``soll_full_min`` holds the Soll of the whole period."""
    sy = _resolve_year(year)
    period = period or year_period(sy)
    today = today or clock.today()
    progress = progress or Progress()
    so_far = _until(period, today)
    schools = _checked_scope(conn, period, school_id)
    first, last = min(period.first, sy.start), max(period.last, sy.end)
    rules = rules_for(conn)
    cal = calendar(conn, first, last)
    rows = q.minutes_by_day(conn, first, last)
    contact_rows = q.contacts_by_day(conn, first, last)
    progress(40, "Zeiten gelesen")

    def in_scope(sid: str | None) -> bool:
        return school_id is None or sid == school_id

    by_school, contacts = _in_period(rows, contact_rows, period, in_scope)
    problems = _problems(cal, sy, school_id, schools, rows, period)
    has_post = bool(cal.schools(sy.start_year))
    school_ids = ([school_id] if school_id else
                  _by_name({*cal.schools(sy.start_year), *by_school}, schools))
    per_school = [_school_figures(conn, cal, so_far, period, sid, schools, by_school, contacts,
                                  rules, has_post) for sid in school_ids]
    scope = (per_school[0] if school_id is not None else
             _all_schools_figures(conn, cal, so_far, period, sy, by_school, contacts, rules,
                                  has_post))
    progress(70, "Anteile berechnet")
    trend = _trend(sy, rows, cal, rules, scope, in_scope, has_post, today)
    labels = _category_labels(conn)
    progress(100, "fertig")
    return TimeShareReport(sy, period, scope, per_school, trend, labels, problems,
                           so_far.last if so_far else None)


def _checked_scope(conn: Connection, period: Period, school_id: str | None) -> dict:
    """The schools by id, once the period runs forwards and ``school_id`` (if any) is
    one of them; a German sentence otherwise."""
    if period.last < period.first:
        raise TimeShareError("Der Zeitraum endet vor seinem Beginn.")
    schools = {s.id: s for s in repo.SCHOOLS.all(conn)}
    if school_id is not None and school_id not in schools:
        raise TimeShareError("Die Schule gibt es nicht (mehr).")
    return schools


def _school_figures(conn: Connection, cal: WorkCalendar, so_far: Period | None,
                    period: Period, sid: str | None, schools: dict,
                    by_school: dict[str | None, dict[str, int]], contacts: dict,
                    rules: dict[str, CategoryRule], has_post: bool) -> Figures:
    """One school's figures (``None``: the minutes without a school, which count no Soll)
    against its own agreement's targets."""
    name = schools[sid].name if sid in schools else "ohne Schule"
    soll, full = _solls(cal, so_far, period, sid, sid is not None and has_post)
    targets = targets_for(conn, sid, period.first, period.last)
    return _figures(sid, name, by_school.get(sid, {}), contacts.get(sid, 0), soll, targets,
                    rules, full)


def _all_schools_figures(conn: Connection, cal: WorkCalendar, so_far: Period | None,
                         period: Period, sy: SchoolYear,
                         by_school: dict[str | None, dict[str, int]], contacts: dict,
                         rules: dict[str, CategoryRule], has_post: bool) -> Figures:
    """The figures of all schools together against the targets they share."""
    soll, full = _solls(cal, so_far, period, None, has_post)
    return _figures(None, "alle Schulen", _total(by_school), sum(contacts.values()), soll,
                    _common_targets(conn, cal.schools(sy.start_year), period), rules, full)


def _category_labels(conn: Connection) -> dict[str, str]:
    """Category code → label, the fixed categories and her own."""
    labels = {e.code: e.label for e in TIME_CATEGORIES}
    labels.update(dict(extra_categories(conn)))
    return labels


def _solls(cal: WorkCalendar, so_far: Period | None, period: Period, school_id: str | None,
           counted: bool) -> tuple[float | None, float | None]:
    """The Soll up to today and of the whole period; (None, None) where no Soll is
    counted (minutes without a school, or no post in the school year)."""
    if not counted:
        return None, None
    return _soll(cal, so_far, school_id), _soll(cal, period, school_id)


def _by_name(school_ids: set[str | None], schools: dict) -> list[str | None]:
    """The schools by name, the minutes without a school last."""
    return sorted(school_ids, key=lambda s: (s is None,
                                             schools[s].name.lower() if s in schools else ""))


def _in_period(rows, contact_rows, period: Period, in_scope
               ) -> tuple[dict[str | None, dict[str, int]], dict[str | None, int]]:
    """Minutes by school and category, and contacts by school, in ``period`` and scope
    (the month trend reads the rows itself)."""
    by_school: dict[str | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    contacts: dict[str | None, int] = defaultdict(int)
    for day, category, sid, minutes in rows:
        if day in period and in_scope(sid):
            by_school[sid][category] += minutes
    for day, sid, n in contact_rows:
        if day in period and in_scope(sid):
            contacts[sid] += n
    return by_school, contacts


def _total(by_school: dict[str | None, dict[str, int]]) -> dict[str, int]:
    """Minutes by category over all schools."""
    total: dict[str, int] = defaultdict(int)
    for minutes in by_school.values():
        for category, value in minutes.items():
            total[category] += value
    return total


def _common_targets(conn: Connection, school_ids: list[str], period: Period) -> list[Target]:
    """Targets for all schools together: the schools' own when they all agree, else the
    model agreement's."""
    sets = {tuple(targets_for(conn, s, period.first, period.last)) for s in school_ids}
    return list(sets.pop()) if len(sets) == 1 else list(model_targets())


def _trend(sy, rows, cal, rules, scope, in_scope, has_post, today) -> list[TrendPoint]:
    direct_target = next((e.target for e in scope.evaluations if e.target.code == "direct"),
                         None)
    monthly: dict[tuple[int, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, category, sid, minutes in rows:
        if day in sy and in_scope(sid):
            monthly[(day.year, day.month)][category] += minutes
    points, running = [], 0.0
    for month in months_of(sy):
        minutes = monthly.get((month.first.year, month.first.month), {})
        ist = sum(minutes.values())
        soll = _soll(cal, _until(month, today), scope.school_id) if has_post else 0.0
        running += ist - soll
        share = None
        light = "none"
        if ist and direct_target is not None:
            ev = evaluate(direct_target, Tally(minutes), rules)
            share, light = ev.value, ev.light
        elif ist:
            share = direct_minutes(minutes, rules) * 100 / ist
        points.append(TrendPoint(month, share, light, ist, soll, running))
    return points


def _problems(cal, sy, school_id, schools, rows, period) -> list[str]:
    problems = []
    if not cal.schools(sy.start_year):
        problems.append(f"Für das Schuljahr {sy.label} ist kein Stellenumfang eingetragen "
                        "(Einstellungen → Schulen & Stelle); eine Sollzeit gibt es daher nicht.")
    elif school_id is not None and cal.weekly_hours(school_id, sy.start_year) <= 0:
        problems.append(f"Für {schools[school_id].name} ist im Schuljahr {sy.label} kein "
                        "Stellenumfang eingetragen; eine Sollzeit gibt es dort daher nicht.")
    outside: dict[tuple[str, int], int] = defaultdict(int)
    for day, _category, sid, minutes in rows:
        if sid is None or day not in period or (school_id is not None and sid != school_id):
            continue
        year = SchoolYear.of(day).start_year
        if cal.weekly_hours(sid, year) <= 0:
            outside[(sid, year)] += minutes
    for (sid, year), minutes in sorted(outside.items()):
        name = schools[sid].name if sid in schools else "einer gelöschten Schule"
        problems.append(f"{fmt_hours(minutes)} an {name} liegen außerhalb des "
                        f"Stellenumfangs (kein Stellenanteil im Schuljahr {SchoolYear(year).label}).")
    return problems


def period_choices(sy: SchoolYear, kind: str) -> list[Period]:
    """The periods of ``kind`` (year, quarter, month, week) in a school year."""
    from ..domain import worktime

    if kind not in PERIOD_KINDS:
        raise TimeShareError("Unbekannter Zeitraum.")
    if kind == "year":
        return [year_period(sy)]
    if kind == "quarter":
        return [worktime.quarter_period(sy, n) for n in (1, 2, 3, 4)]
    if kind == "month":
        return months_of(sy)
    return worktime.weeks_of(sy)


def parse_year(text: str) -> SchoolYear:
    """"2025/26" -> SchoolYear; German TimeShareError otherwise."""
    return _resolve_year(text)


def quarter(year: SchoolYear, number: int) -> Period:
    from ..domain.worktime import quarter_period

    return quarter_period(year, number)


def find_school(conn: Connection, text: str) -> str:
    """The id of the school with code, name or id ``text`` (``services.schools``)."""
    from .schools import UnknownSchool
    from .schools import find_school as find

    try:
        return find(conn, text).id
    except UnknownSchool as err:
        raise TimeShareError(str(err)) from None


def school_years(conn: Connection, today: date) -> list[SchoolYear]:
    """School years to choose from: those with post shares, and the current one; newest
    first."""
    from . import setup

    years = {*setup.known_school_years(conn), SchoolYear.of(today).start_year}
    return [SchoolYear(y) for y in sorted(years, reverse=True)]


@dataclass(frozen=True)
class Summary:
    """What the Übersicht tile shows: the school year's direct share and the thirds."""

    school_year: SchoolYear
    lines: list[tuple[str, Evaluation]]      # (short label, evaluation)


def summary(conn: Connection, today: date) -> Summary:
    """Direct share and EFH/GRP/OFF thirds of the current school year, all schools: the
    evaluations of ``compute``'s scope, from sums per category the database adds up (the
    lights need no day, school, month or Soll; the Übersicht computes them often)."""
    sy = SchoolYear.of(today)
    period = year_period(sy)
    minutes = q.minutes_by_category(conn, period.first, period.last)
    contacts = q.contacts_between(conn, period.first, period.last)
    schools = calendar(conn, period.first, period.last).schools(sy.start_year)
    scope = _figures(None, "alle Schulen", minutes, contacts, None,
                     _common_targets(conn, schools, period), rules_for(conn))
    short = {"direct": "direkt", "EFH": "Einzelfall", "GRP": "Gruppen", "OFF": "offen",
             "indirect": "indirekt"}
    lines = [(short[e.target.code], e) for e in scope.evaluations if e.target.code in short]
    return Summary(sy, lines)


def export_report(report: TimeShareReport, fmt: str, path: Path | str) -> Path:
    """Write ``report`` as "pdf", "csv" or "json" to ``path`` (atomically): the one way
    the GUI and the CLI write a time-share report."""
    if fmt == "pdf":
        # reportlab only when a PDF is written: the GUI's Zeit area must not load it
        from ..reports import timeshare as timeshare_pdf

        return timeshare_pdf.write_pdf(report, path)
    if fmt not in ("csv", "json"):
        raise ValueError(f"unknown format {fmt!r}")
    # the file exports likewise: when she writes one, not when the Zeit area shows
    from ..exports import timeshare as timeshare_files

    if fmt == "csv":
        return timeshare_files.write_csv(report, path)
    return timeshare_files.write_json(report, path)
