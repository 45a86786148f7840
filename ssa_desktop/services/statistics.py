"""KVJS year-end statistics: use cases over the anonymous statistics layer
(docs/statistics.md). No Qt, no SQL.

``compute(conn, year, scope) -> Aggregates`` is the one entry point for every figure
(the Statistik area, the exports, the CLI and reports such as the Jahresbericht use it).
``report`` adds what the screen and the exports need around it: the template's layout,
the previous years, plausibility findings and the difference to delivered figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import paths
from ..domain import catalogues as cat
from ..domain import clock, deliveries, kvjs
from ..domain import kvjs_template as tpl
from ..domain import staff as staff_rules
from ..domain.catalogues import RECORD_TYPES
from ..domain.entities import StatisticsRecord, TimeEntry
from ..domain.errors import UserError
from ..domain.file_names import safe_file_name
from ..domain.month_day import MonthDay
from ..domain.schoolyear import SchoolYear
from ..domain.staff import StaffBlock
from ..domain.translate import Translate, german
from ..formatting import fmt_date, fmt_figure, fmt_hours
from ..storage import file_intents, timeshare_repo
from ..storage import repositories as repo
from ..storage import statistics_repo as srepo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import rule_packs, schools, settings, staff_data, timeshare
from .operations import DataKind, Progress, writes

Aggregates = kvjs.Aggregates
format_value = fmt_figure  # a figure as every export shows it (decimal comma)
DEFAULT_TEMPLATE = ("kvjs", "kvjs-default.toml")
COVERAGE_MINIMUM = 0.5       # below half of the year's Soll (timeshare.soll_of_year)


POST_LABEL = "Stelle: {0}"  # a post in the list of scopes (German; scope_label words it)


@dataclass(frozen=True)
class Scope:
    """One school (``kind == "school"``) or one post with all schools it serves that year."""

    kind: str
    id: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def parse(cls, key: str) -> Scope:
        kind, _, ident = key.partition(":")
        return cls(kind, ident)


@dataclass(frozen=True)
class ScopeInfo:
    scope: Scope
    label: str           # "Gemeinschaftsschule Am Park (GMS-1)" / "Stelle: Stelle 1"
    code: str            # for the file name
    school_ids: tuple[str, ...]
    schools: tuple[tuple[str, str], ...]  # (code, name)
    pupils: int
    percent: float
    expected_minutes: int
    school_types: tuple[str, ...] = ()   # Schulart of each school (as school_ids)
    # the post's own work (activities and time without a school) counts in the
    # post scope – of the post with the largest share that year when there are several
    own_work: bool = False
    school_numbers: tuple[str, ...] = ()  # official Schulnummer of each ("" for none)
    # the Soll up to today in a running year (the whole year's once it has ended)
    expected_to_date: int = 0


class StatisticsError(UserError):
    """A German message for the user (unknown scope, broken template, …)."""


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]+", "-", text).strip("-") or "Bereich"


def post_code(label: str, post_id: str) -> str:
    """A post's code in files and file names: its label and the first eight characters of
    its generated id, so two posts of one label („Schulsozialarbeit“, the wizard's) never
    share a file name or a scope (the full id goes into the export as ``post_id``)."""
    return f"{label_code(label)}-{_safe(post_id)[:8]}"


def label_code(label: str) -> str:
    """A label in the form of a code ("Stelle Nord" -> "Stelle-Nord")."""
    return _safe(label)


def describe(conn: Connection, year: int, scope: Scope, *, md: srepo.MasterData | None = None,
             soll: bool = True) -> ScopeInfo:
    """What ``scope`` covers in ``year``: a school (``_school_scope``) or a post with the
    schools it serves (``_post_scope``); a German sentence for an unknown one. ``md``:
    the year's master data when the caller has read it; ``soll=False`` leaves
    ``expected_minutes`` at 0 (a caller that only names the scope: the Soll walks every
    day of the year)."""
    md = md or srepo.master_data(conn, year)
    if scope.kind == "school":
        return _school_scope(conn, year, md, scope, soll)
    if scope.kind == "post":
        return _post_scope(conn, year, md, scope, soll)
    raise StatisticsError("Bitte eine Schule oder eine Stelle wählen.")


def _school_scope(conn: Connection, year: int, md: srepo.MasterData, scope: Scope,
                  soll: bool) -> ScopeInfo:
    """One school: named with its code, its pupils and Schulart, the posts' shares in it
    and their Soll (0 without shares)."""
    if scope.id not in md.schools:
        raise StatisticsError("Diese Schule gibt es nicht.")
    name, code = md.schools[scope.id]
    shares = [(p, pct) for p, s, pct in md.shares if s == scope.id]
    percent = sum(pct for _, pct in shares)
    expected, to_date = (timeshare.soll_of_year(conn, year, school_id=scope.id,
                                                until=clock.today())
                         if shares and soll else (0, 0))
    return ScopeInfo(scope, f"{name} ({code})" if code else name, _safe(code or name),
                     (scope.id,), ((code, name),), md.pupils.get(scope.id, 0), percent,
                     round(expected), (md.school_types.get(scope.id, ""),),
                     school_numbers=(md.school_numbers.get(scope.id, ""),),
                     expected_to_date=round(to_date))


def _post_scope(conn: Connection, year: int, md: srepo.MasterData, scope: Scope,
                soll: bool) -> ScopeInfo:
    """One post: the schools it has shares in that year with their pupils and Schularten,
    its share in all, its Soll (0 without shares), and whether its own work counts here
    (``_own_work_post``)."""
    if scope.id not in md.posts:
        raise StatisticsError("Diese Stelle gibt es nicht.")
    label = md.posts[scope.id][0]
    shares = [(s, pct) for p, s, pct in md.shares if p == scope.id and s in md.schools]
    ids = tuple(s for s, _ in shares)
    percent = sum(pct for _, pct in shares)
    expected, to_date = (timeshare.soll_of_year(conn, year, post_id=scope.id,
                                                until=clock.today())
                         if shares and soll else (0, 0))
    return ScopeInfo(scope, POST_LABEL.format(label), post_code(label, scope.id), ids,
                     tuple((md.schools[s][1], md.schools[s][0]) for s in ids),
                     sum(md.pupils.get(s, 0) for s in ids), percent, round(expected),
                     tuple(md.school_types.get(s, "") for s in ids),
                     own_work=scope.id == _own_work_post(md),
                     school_numbers=tuple(md.school_numbers.get(s, "") for s in ids),
                     expected_to_date=round(to_date))


def _own_work_post(md: srepo.MasterData) -> str | None:
    """The post that school-less activities and time count in: the one with the largest
    share in the year (ties: the first by label), None without shares."""
    totals: dict[str, float] = {}
    for post_id, school_id, pct in md.shares:
        if school_id in md.schools:
            totals[post_id] = totals.get(post_id, 0.0) + pct
    order = list(md.posts)          # by label
    return max(totals, key=lambda p: (totals[p], -order.index(p)), default=None)


def _records(conn: Connection, year: int, info: ScopeInfo) -> Iterator[StatisticsRecord]:
    """The scope's records of the year, one at a time (the count holds none of them)."""
    return srepo.iter_records(conn, year, list(info.school_ids), info.own_work)


def _time(conn: Connection, year: int, info: ScopeInfo) -> Iterator[TimeEntry]:
    """Live time entries plus the kept totals of deleted months (srepo.iter_time_entries),
    one at a time."""
    return srepo.iter_time_entries(conn, year, list(info.school_ids), info.own_work)


def scopes(conn: Connection, year: int, *, soll: bool = True) -> list[ScopeInfo]:
    """Every school, and every post with shares in ``year`` (``soll``: see ``describe``)."""
    md = srepo.master_data(conn, year)
    found = [describe(conn, year, Scope("school", sid), md=md, soll=soll) for sid in md.schools]
    posts = {p for p, _, _ in md.shares}
    found += [describe(conn, year, Scope("post", pid), md=md, soll=soll)
              for pid in md.posts if pid in posts]
    return found


def years(conn: Connection) -> list[int]:
    """School years with records, plus the one just ended and the current one, newest first."""
    current = SchoolYear.of(clock.today()).start_year
    return sorted(set(srepo.record_years(conn)) | {current, current - 1}, reverse=True)


def default_year(conn: Connection, today: date | None = None) -> int:
    """The school year Statistik opens on: the one just ended (due by 31 October) when
    she worked in it (records or a post share), else the current one – a vault made in
    September has nothing in the ended year to show or warn about."""
    current = SchoolYear.of(today or clock.today()).start_year
    ended = current - 1
    worked = (ended in srepo.record_years(conn)
              or any(percent > 0 for _s, percent, _h in timeshare_repo.shares_of_year(conn, ended)))
    return ended if worked else current


def compute(conn: Connection, year: int, scope: Scope) -> Aggregates:
    """Every named aggregate of ``year`` (start year) and ``scope``."""
    info = describe(conn, year, scope)
    return kvjs.compute(_records(conn, year, info), _time(conn, year, info),
                        pupils=info.pupils, post_percent=info.percent)


def compute_by_school_type(conn: Connection, year: int, scope: Scope) -> dict[str, Aggregates]:
    """The aggregates of ``scope`` read per Schulart: Schulart -> every aggregate over the
    scope's schools of that type (their records, time, pupils and post shares). One
    entry for a school; a post serving a GMS and a GS gets two."""
    info = describe(conn, year, scope)
    md = srepo.master_data(conn, year)
    ids = list(info.school_ids)
    percent = {s: sum(pct for p, sid, pct in md.shares if sid == s
                      and (scope.kind == "school" or p == scope.id)) for s in ids}
    types: dict[str, list[str]] = {}
    for sid in ids:
        types.setdefault(md.school_types.get(sid) or "", []).append(sid)
    out = {}
    for school_type, members in types.items():  # each Schulart's schools read by themselves
        out[school_type] = kvjs.compute(
            srepo.iter_records(conn, year, members), srepo.iter_time_entries(conn, year, members),
            pupils=sum(md.pupils.get(s, 0) for s in members),
            post_percent=sum(percent[s] for s in members))
    return out


# -- templates ------------------------------------------------------------------------------
# The template in use is a vault option (domain.deliveries, with the deadlines and rate).
TEMPLATE = deliveries.TEMPLATE


def active_template(conn: Connection) -> tpl.Template:
    """The vault's template: a loaded one, or the shipped default."""
    text = settings.get(conn, TEMPLATE)
    if not text:
        return load_template()
    try:
        return tpl.parse(text, "gespeicherte Vorlage")
    except tpl.TemplateError as err:
        raise StatisticsError(str(err)) from None


@writes(DataKind.SETTINGS, DataKind.STATISTICS)
def use_template(conn: Connection, path: Path | str) -> tpl.Template:
    """Validate a template file whole and make it the vault's template."""
    template = load_template(path)
    settings.set_value(conn, TEMPLATE, Path(path).read_text("utf-8"))
    return template


@writes(DataKind.SETTINGS, DataKind.STATISTICS)
def use_default_template(conn: Connection) -> tpl.Template:
    settings.reset(conn, TEMPLATE)
    return load_template()


def load_template(path: Path | str | None = None) -> tpl.Template:
    """The default template, or a user's template file (validated whole)."""
    target = Path(path) if path else paths.resource(*DEFAULT_TEMPLATE)
    try:
        text = target.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        raise StatisticsError(f"Die Vorlage „{target.name}“ kann nicht gelesen werden.") from None
    try:
        return tpl.parse(text, target.name)
    except tpl.TemplateError as err:
        raise StatisticsError(str(err)) from None


# -- deadlines -----------------------------------------------------------------------------
# The two deliveries of the school year that ended and the grant rate: options declared
# in domain.deliveries beside their rule, applied here.
LANDKREIS_DEADLINE = deliveries.LANDKREIS_DEADLINE
KVJS_DEADLINE = deliveries.KVJS_DEADLINE
DEADLINES_FROM = deliveries.DEADLINES_FROM
GRANT_RATE = deliveries.GRANT_RATE


@dataclass(frozen=True)
class Deadline:
    """An open delivery of the school year that ended: shown from 1 July until marked
    delivered ("abgegeben"), with the plausibility findings still open."""

    recipient: str       # "Landkreis" / "KVJS"
    scope: ScopeInfo
    year: int
    due: date
    findings: int | None  # None: not counted (the Übersicht counts them off the GUI thread)

    def state(self, today: date) -> str:
        if today > self.due:
            return "overdue"
        return "due" if (self.due - today).days <= 14 else "normal"

    @property
    def text(self) -> str:
        return "".join(template.format(*values) for template, values in self.pieces)

    @property
    def pieces(self) -> tuple[tuple[str, tuple], ...]:
        """The line as (German template, values) pieces for a translator."""
        if self.findings is None:
            open_: tuple[str, tuple] = (" – Hinweise werden gezählt …", ())
        elif self.findings == 1:
            open_ = (" – {0} offener Hinweis", (1,))
        else:
            open_ = ((" – {0} offene Hinweise", (self.findings,)) if self.findings
                     else (" – keine offenen Hinweise", ()))
        return (("{0}: Statistik {1} {2} bis {3}", (self.recipient, SchoolYear(self.year).label,
                                                    self.scope.label, fmt_date(self.due))),
                open_)



def deadlines(conn: Connection, today: date | None = None, *, count_findings: bool = True
              ) -> list[Deadline]:
    """From 1 July to 31 December: the deliveries of the school year that ended this
    summer not yet marked delivered — each school for the Landkreis (each post, when her
    Landkreis profile says „je Stelle“), each post for the KVJS — with their open
    plausibility findings (``count_findings=False``: not counted,
    ``findings`` is None; counting reads every record of the year, about 0.1 s per scope
    on the 10-year vault, too long for the GUI thread)."""
    today = today or clock.today()
    if MonthDay(today.month, today.day) < DEADLINES_FROM:
        return []
    year = today.year - 1
    per = rule_packs.landkreis_per(conn, year)
    out = []
    for info in scopes(conn, year, soll=False):   # named and counted, no Soll needed
        if srepo.get_delivery(conn, year, info.scope.key) is not None:
            continue
        if info.scope.kind == "school" and not info.percent:
            continue  # a school no post served that year delivers nothing
        recipients = _recipients(conn, year, info.scope.kind, per)
        findings = (len(plausibility(conn, year, info.scope))
                    if count_findings and recipients else None)
        out += [Deadline(recipient, info, year, due, findings) for recipient, due in recipients]
    return sorted(out, key=lambda d: (d.due, d.recipient, d.scope.label))


def _recipients(conn: Connection, year: int, kind: str, per: str) -> list[tuple[str, date]]:
    """Who receives a scope's figures and by when: the Landkreis each school (or each
    post, ``per`` = "post"), the KVJS each post."""
    out = [("Landkreis", rule_packs.landkreis_due(conn, year))] if kind == per else []
    if kind == "post":
        out.append(("KVJS", rule_packs.kvjs_due(conn, year)))
    return out


# -- plausibility ---------------------------------------------------------------------------
# a finding's sentence by its code: (one, many) by its first value where it counts; the
# UI reads them through its translator (runtime_sources.json, context "Statistics")
FINDING_TEXTS: dict[str, tuple[str, str]] = {
    "person_details": ("{0} beratene Schülerin/beratener Schüler ohne Geschlecht oder "
                       "Klassenstufe.",
                       "{0} beratene Schüler:innen ohne Geschlecht oder Klassenstufe."),
    "outside_year": ("{0} Eintrag mit Datum außerhalb des Schuljahres {1}.",
                     "{0} Einträge mit Datum außerhalb des Schuljahres {1}."),
    "future": ("{0} Eintrag mit Datum in der Zukunft.", "{0} Einträge mit Datum in der Zukunft."),
    "pupils": ("Für „{0}“ fehlt die Schülerzahl {1}.",) * 2,
    "post_share": ("Für {0} ist kein Stellenumfang {1} eingetragen.",) * 2,
    "staff": ("{0}",) * 2,
    "time_coverage": ("Die Zeiteinträge ({0} Std.) decken weniger als die Hälfte der Stelle "
                      "({1} Std. im Schuljahr).",) * 2,
    "time_coverage_so_far": ("Die Zeiteinträge ({0} Std.) decken weniger als die Hälfte "
                             "der Stelle ({1} Std. bis heute).",) * 2,
    "group_participants": ("{0} Gruppenangebot mit Terminen, aber ohne Teilnehmende.",
                           "{0} Gruppenangebote mit Terminen, aber ohne Teilnehmende."),
    "drafts": ("{0} unfertiger Entwurf (noch nicht gespeichert).",
               "{0} unfertige Entwürfe (noch nicht gespeichert)."),
}


# each finding's button (German; the UI's tr), to the place where she fixes it; its Alt
# letter is one Statistik gives nothing else (tests/ui/statistics/test_statistics_alt_letters)
FINDING_BUTTONS = {
    "person_details": "&Personen öffnen", "outside_year": "&Einträge prüfen",
    "future": "&Einträge prüfen", "pupils": "Schu&len bearbeiten",
    "post_share": "Stelle be&arbeiten", "time_coverage": "Arbeitsze&it öffnen",
    "time_coverage_so_far": "Arbeitsze&it öffnen", "group_participants": "Gr&uppen öffnen",
    "drafts": "Entwürfe &öffnen", "staff": "Fach&kräfte-Angaben",
}


@dataclass(frozen=True)
class Finding:
    """A finding as a code and the values its sentence names (``finding_text``)."""

    code: str
    values: tuple
    area: str          # navigation key of the place to fix it
    button: str        # German button text

    @property
    def message(self) -> str:
        """The sentence in German (the CLI, the tests)."""
        return finding_text(self)


def finding_text(finding: Finding, tr: Translate = german) -> str:
    """The finding's sentence through ``tr`` (German without one)."""
    one, many = FINDING_TEXTS[finding.code]
    first = finding.values[0] if finding.values else None
    return tr(one if first == 1 else many).format(*finding.values)


def plausibility(conn: Connection, year: int, scope: Scope) -> list[Finding]:
    """The open findings of a year's delivery. One pass over the year's records, one
    record at a time (the Übersicht counts them for every open delivery: holding a
    year's records at once cost the GUI 5–15 MB)."""
    info = describe(conn, year, scope)
    school_year = SchoolYear(year)
    missing, outside, future, empty_groups = _record_counts(conn, year, info, school_year)
    found: list[Finding] = []
    if missing:
        found.append(Finding("person_details", (missing,), "persons", FINDING_BUTTONS["person_details"]))
    if outside:
        found.append(Finding("outside_year", (outside, school_year.label), "persons",
                             FINDING_BUTTONS["outside_year"]))
    if future:
        found.append(Finding("future", (future,), "persons", FINDING_BUTTONS["future"]))
    md = srepo.master_data(conn, year)
    for sid in info.school_ids:
        if sid not in md.pupils:
            found.append(Finding("pupils", (md.schools[sid][0], school_year.label),
                                 "settings", FINDING_BUTTONS["pupils"]))
    if info.percent <= 0:
        found.append(Finding("post_share", (info.label, school_year.label), "settings",
                             FINDING_BUTTONS["post_share"]))
    found += _staff_findings(conn, year, scope, info, md)
    minutes = srepo.time_minutes(conn, year, list(info.school_ids), info.own_work)
    # in a running year the Soll up to today: a vault begun in September is not warned
    # about the few weeks she has just entered
    running = clock.today() < school_year.end
    code = "time_coverage_so_far" if running else "time_coverage"
    expected = info.expected_to_date if running else info.expected_minutes
    if expected and minutes < COVERAGE_MINIMUM * expected:
        found.append(Finding(code, (fmt_hours(minutes, unit=False),
                                    fmt_hours(expected, unit=False)),
                             "time", FINDING_BUTTONS[code]))
    if empty_groups:
        found.append(Finding("group_participants", (empty_groups,), "groups",
                             FINDING_BUTTONS["group_participants"]))
    drafts = srepo.draft_count(conn)
    if drafts:
        found.append(Finding("drafts", (drafts,), "overview", FINDING_BUTTONS["drafts"]))
    return found


def _record_counts(conn: Connection, year: int, info: ScopeInfo,
                   school_year: SchoolYear) -> tuple[int, int, int, int]:
    """One pass over the year's records (in any order): pupils counselled whose latest
    contact (by day, then id) lacks gender or grade, records dated outside the school
    year, records dated after today, and groups with sessions but no participants."""
    today = clock.today()
    # pupil -> day, id, gender and grade of the latest contact
    latest: dict[str, tuple[date, str, str, int | None]] = {}
    outside = future = 0
    empty_groups: set[str] = set()
    for r in srepo.iter_records(conn, year, list(info.school_ids), info.own_work):
        if r.record_type == "contact" and r.person_kind == "pupil" and r.person_token:
            seen = latest.get(r.person_token)
            if seen is None or (r.day, r.id) >= seen[:2]:
                latest[r.person_token] = (r.day, r.id, r.gender, r.grade)
        outside += r.day not in school_year
        future += r.day > today
        if r.record_type == "group_session" and r.group_participants == 0:
            empty_groups.add(r.group_token or r.id)  # without a token: its own offer
    missing = sum(1 for _, _, gender, grade in latest.values() if gender == "u" or grade is None)
    return missing, outside, future, len(empty_groups)


def _staff_findings(conn: Connection, year: int, scope: Scope, info: ScopeInfo, md) -> list[Finding]:
    """A post of the scope whose staff block (stored or carried over) lacks the employment
    start or the Träger type: named, with what it does to the export. Every post here
    exists: ``describe`` refused an unknown post scope, and a post share names a stored
    post (the vault's foreign key)."""
    if scope.kind == "post":
        post_ids = [scope.id]
    else:
        post_ids = sorted({p for p, s, pct in md.shares if s in info.school_ids and pct > 0})
    found = []
    for post_id in post_ids:
        block = staff_data.block_from(conn, post_id, year, {})
        missing = staff_rules.missing_fields(block.staff)
        if missing:
            found.append(Finding("staff", (staff_rules.missing_hint(
                block.post_label, SchoolYear(year).label, missing),), "settings",
                FINDING_BUTTONS["staff"]))
    return found


# -- drill-down -----------------------------------------------------------------------------
@dataclass(frozen=True)
class DrillRow:
    """An anonymous record as the drill-down shows it: no names, no tokens, no ids."""

    day: str
    area: str
    kind: str
    minutes: int


def drill_down(conn: Connection, year: int, scope: Scope, aggregate: str, key: str = "") -> list[DrillRow]:
    """The records (or time entries) a figure counts, from the aggregate's one
    declaration (``kvjs.counted_items``)."""
    info = describe(conn, year, scope)
    entries = (_time(conn, year, info)
               if aggregate == "time_minutes_by_category" else [])
    rows = []
    for r in kvjs.counted_items(_records(conn, year, info), aggregate, key, entries):
        if isinstance(r, kvjs.TimeEntry):
            rows.append(DrillRow(fmt_date(r.day), "Zeiteintrag",
                                 cat.TIME_CATEGORIES.label(r.category), r.minutes))
            continue
        kind = (cat.CONTACT_KINDS.label(r.contact_kind) or cat.GROUP_KINDS.label(r.group_kind)
                or cat.NETWORK_KINDS.label(r.network_kind) or RECORD_TYPES.label(r.record_type))
        rows.append(DrillRow(fmt_date(r.day), RECORD_TYPES.label(r.record_type), kind,
                             r.duration_min))
    return rows


# -- the report the screen and the exports show --------------------------------------------
@dataclass
class Report:
    year: int
    info: ScopeInfo
    template: tpl.Template
    aggregates: Aggregates
    rows: list[tpl.Row]
    previous: dict[int, Aggregates] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    delivered: srepo.Delivery | None = None
    changes: dict = field(default_factory=dict)   # differences to the delivered figures
    own_template: bool = False                    # a loaded template is in use
    by_school_type: dict[str, Aggregates] = field(default_factory=dict)  # Schulart -> figures
    staff: StaffBlock | None = None               # the post's staff block (post scope)
    rule_pack: tuple[str, str] = ("", "")          # (digest, title) of the year's rule pack
    landkreis: str = ""                            # her Landkreis profile ("" for none)
    # school id -> (first, last day) her figures cover, for a school that changed hands
    # in the year (``schools.handover_periods``); every other school: the whole year
    periods: dict[str, tuple[date, date]] = field(default_factory=dict)
    revision: int = 0     # the number of this export of the scope and year (``count_export``)

    @property
    def year_label(self) -> str:
        return SchoolYear(self.year).label


def report(conn: Connection, year: int, scope: Scope, template: tpl.Template | None = None,
           previous_years: int = 2, progress: Progress | None = None) -> Report:
    progress = progress or Progress()
    template = template or active_template(conn)
    progress(5, "Kennzahlen werden gezählt …")
    info = describe(conn, year, scope)
    aggregates = compute(conn, year, scope)
    previous = {}
    recorded = set(srepo.record_years(conn))
    for back in range(1, previous_years + 1):  # earlier years with records, beside
        if year - back in recorded:
            progress(20 + back * 20, "Vorjahre …")
            previous[year - back] = compute(conn, year - back, scope)
    progress(80, "Plausibilität wird geprüft …")
    delivered = srepo.get_delivery(conn, year, scope.key)
    by_type = compute_by_school_type(conn, year, scope) if len(info.school_ids) > 1 else {}
    block = staff_data.block_from(conn, scope.id, year, aggregates["time_minutes_by_category"]) \
        if scope.kind == "post" else None
    result = Report(year, info, template, aggregates,
                    tpl.layout(template, aggregates, scope.kind, by_type,
                               staff_rules.form_values(block) if block else None),
                    previous, plausibility(conn, year, scope), delivered,
                    kvjs.difference(aggregates, delivered.aggregates) if delivered else {},
                    bool(settings.get(conn, TEMPLATE)), by_type, block)
    pack = rule_packs.for_year(conn, year)
    result.rule_pack = (pack.digest, pack.title)
    result.landkreis = rule_packs.landkreis(conn)
    result.periods = schools.handover_periods(conn, year)
    progress(100, "")
    return result


# -- delivered ("abgegeben") ---------------------------------------------------------------
@writes(DataKind.STATISTICS)
def mark_delivered(conn: Connection, year: int, scope: Scope, template: tpl.Template | None = None
                   ) -> srepo.Delivery:
    template = template or active_template(conn)
    delivery = srepo.Delivery(year, scope.key, template.id, template.version, clock.today(),
                              compute(conn, year, scope))
    with transaction(conn):
        srepo.save_delivery(conn, delivery)
        rule_packs.record_year(conn, year)  # a delivered year keeps its rules
    return delivery


@writes(DataKind.STATISTICS)
def unmark_delivered(conn: Connection, year: int, scope: Scope) -> None:
    with transaction(conn):
        repo.KVJS_DELIVERIES.delete(conn, year, scope.key)
    return None


# -- export files ---------------------------------------------------------------------------
@writes(DataKind.SETTINGS)
def count_export(conn: Connection, rep: Report) -> int:
    """Give the export about to be written its revision: one more than the last export of
    its scope and year in this vault. A corrected re-export outranks the original in the
    Träger kit whatever its file name or creation time (docs/statistics.md, "Revision")."""
    with transaction(conn):
        rep.revision = srepo.next_revision(conn, rep.year, rep.info.scope.key)
    return rep.revision


def _write_xlsx(document: dict, path: Path):
    from ..exports import kvjs_xlsx  # openpyxl: imported when a file is written, not
    return kvjs_xlsx.write(document, path)  # when the Statistik area first shows


def _write_pdf(document: dict, path: Path):
    from ..exports import kvjs_pdf  # reportlab, likewise
    return kvjs_pdf.write(document, path)


def _write_json(document: dict, path: Path):
    from ..exports import kvjs_document  # the export files: when one is written
    return kvjs_document.write_sealed(document, path)


def _write_csv(document: dict, path: Path):
    from ..exports import kvjs_csv
    return kvjs_csv.write(document, path)


WRITERS = {"json": _write_json, "csv": _write_csv, "xlsx": _write_xlsx, "pdf": _write_pdf}


def export_document(rep: Report) -> dict:
    info = rep.info
    scope: dict[str, object]
    year = SchoolYear(rep.year)

    def period(school_id: str) -> dict[str, str]:   # format 5: each school's period
        first, last = rep.periods.get(school_id, (year.start, year.end))
        return {"from": first.isoformat(), "to": last.isoformat()}

    def number(i: int) -> str:   # format 6: the official Schulnummer, "" for none
        return info.school_numbers[i] if i < len(info.school_numbers) else ""

    if info.scope.kind == "school":
        code, name = info.schools[0]
        scope = {"kind": "school", "code": code, "name": name,
                 "school_type": info.school_types[0] if info.school_types else "",
                 "school_number": number(0), "period": period(info.school_ids[0])}
    else:
        scope = {"kind": "post", "code": info.code, "post_id": info.scope.id,
                 "name": info.label.removeprefix("Stelle: "),
                 "schools": [{"code": c, "name": n, "school_type": t,
                              "school_number": number(i), "period": period(sid)}
                             for i, ((c, n), t, sid) in enumerate(zip(
                                 info.schools, info.school_types, info.school_ids,
                                 strict=True))]}
    if rep.landkreis:  # the Träger kit files the post into it without a list of its own
        scope["landkreis"] = rep.landkreis
    from ..exports import kvjs_document

    return kvjs_document.build(
        template=rep.template, year_label=rep.year_label, scope=scope,
        aggregates=rep.aggregates, rows=rep.rows, differences=rep.changes,
        delivered_on=rep.delivered.delivered_on.isoformat() if rep.delivered else "",
        by_school_type=rep.by_school_type if len(rep.by_school_type) > 1 else None,
        staff=[staff_rules.export_record(rep.staff)] if rep.staff else None,
        rule_pack=rep.rule_pack, revision=rep.revision)


def file_name(rep: Report, fmt: str) -> str:
    from ..exports import kvjs_document

    return kvjs_document.file_name(rep.info.code, rep.year_label, fmt)


def write_export(rep: Report, fmt: str, path: Path | str) -> Path:
    if fmt not in WRITERS:
        raise StatisticsError(f"Unbekanntes Format „{fmt}“ (xlsx, pdf, csv oder json).")
    return WRITERS[fmt](export_document(rep), Path(path))


@dataclass(frozen=True)
class EntryLine:
    """One line of the Eingabehilfe: a section heading or a figure to type in."""

    label: str
    text: str          # the value as the web form takes it (decimal comma); "" for none
    heading: bool = False
    sub: bool = False


def entry_lines(rep: Report) -> list[EntryLine]:
    """The year's figures in the online form's order (the template's order)."""
    out: list[EntryLine] = []
    section = None
    for r in rep.rows:
        if r.section != section:
            section = r.section
            out.append(EntryLine(section, "", heading=True))
        out.append(EntryLine(r.label, format_value(r.value), sub=r.sub))
    return out


def entry_aid_file_name(rep: Report) -> str:
    return safe_file_name(f"Eingabehilfe_{rep.info.code}_{rep.year_label.replace('/', '-')}.pdf")


def write_entry_aid(rep: Report, path: Path | str) -> Path:
    """The Eingabehilfe as a one-page PDF."""
    from ..exports import kvjs_entry_aid  # reportlab: only when a PDF is written

    return kvjs_entry_aid.write(export_document(rep), Path(path))


def export_all(conn: Connection, year: int, scope: Scope, folder: Path | str,
               template: tpl.Template | None = None,
               progress: Progress | None = None) -> list[Path]:
    """All four files into ``folder`` with their standard names. Each is written whole
    (temp file, os.replace); a cancel between them undoes those this export wrote (older
    ones she overwrote are back), so no partial set stays; a kill between them is undone at
the next unlock (``storage.file_intents.written``)."""
    progress = progress or Progress()
    rep = report(conn, year, scope, template, previous_years=0)
    count_export(conn, rep)   # the four files of one export share its revision
    written: list[Path] = []
    from ..exports import kvjs_document

    targets = [Path(folder) / file_name(rep, fmt) for fmt in kvjs_document.EXTENSIONS]
    # a cancel, or a kill (at the next unlock), before all four are in place: all undone
    with file_intents.written(conn, *targets):
        for index, (fmt, target) in enumerate(zip(kvjs_document.EXTENSIONS, targets,
                                                  strict=True)):
            progress(10 + index * 22, f"{fmt.upper()} wird geschrieben …")
            written.append(write_export(rep, fmt, target))
        progress(100, "")
    return written


def merge_notes(doc: dict) -> list[str]:
    """Per file, the figures an older export lacks and the sum leaves out (German)."""
    from ..exports import kvjs_merge  # only when files are merged

    return kvjs_merge.note_lines(doc)


def merge(paths: list[Path | str], out: Path | str) -> dict:
    from ..exports import kvjs_merge

    try:
        return kvjs_merge.merge_files(paths, out)
    except kvjs_merge.MergeError as err:
        raise StatisticsError(str(err)) from None


def scope_label(info: ScopeInfo, tr: Translate = german) -> str:
    """How the list of scopes names ``info``: a school by name and code, a post as
    „Stelle: …“ through ``tr`` („Post: …“ in English)."""
    if info.scope.kind != "post":
        return info.label
    return tr(POST_LABEL).format(info.label.removeprefix(POST_LABEL.format("")))
