"""KVJS year-end statistics: use cases over the anonymous statistics layer
(docs/statistics.md). No Qt, no SQL.

``compute(conn, year, scope) -> Aggregates`` is the one entry point for every figure
(the Statistik area, the exports, the CLI and reports such as the Jahresbericht use it).
``report`` adds what the screen and the exports need around it: the template's layout,
the previous years, plausibility findings and the difference to delivered figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from ..domain import catalogues as cat
from ..domain import clock, kvjs, options
from ..domain import kvjs_template as tpl
from ..domain.catalogues import RECORD_TYPES
from ..domain.errors import UserError
from ..domain.schoolyear import SchoolYear
from ..exports import kvjs_csv, kvjs_document, kvjs_merge, kvjs_pdf, kvjs_xlsx
from ..formatting import fmt_date
from ..storage import statistics_repo as srepo
from ..storage.transactions import transaction
from . import settings
from .operations import DataKind, Outcome, Progress, outcome

Aggregates = kvjs.Aggregates
format_value = kvjs_document.number  # a figure as every export shows it (decimal comma)
DEFAULT_TEMPLATE = ("kvjs", "kvjs-default.toml")
WEEKS_PER_YEAR = 39          # school weeks a post's time is expected to cover
COVERAGE_MINIMUM = 0.5       # below half of the expected time: a finding


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


class StatisticsError(UserError):
    """A German message for the user (unknown scope, broken template, …)."""


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]+", "-", text).strip("-") or "Bereich"


def describe(conn, year: int, scope: Scope) -> ScopeInfo:
    md = srepo.master_data(conn, year)
    if scope.kind == "school":
        if scope.id not in md.schools:
            raise StatisticsError("Diese Schule gibt es nicht.")
        name, code = md.schools[scope.id]
        shares = [(p, pct) for p, s, pct in md.shares if s == scope.id]
        percent = sum(pct for _, pct in shares)
        expected = sum(pct / 100 * md.posts[p][1] * 60 * WEEKS_PER_YEAR for p, pct in shares)
        return ScopeInfo(scope, f"{name} ({code})" if code else name, _safe(code or name),
                         (scope.id,), ((code, name),), md.pupils.get(scope.id, 0), percent,
                         round(expected))
    if scope.kind == "post":
        if scope.id not in md.posts:
            raise StatisticsError("Diese Stelle gibt es nicht.")
        label, hours = md.posts[scope.id]
        shares = [(s, pct) for p, s, pct in md.shares if p == scope.id and s in md.schools]
        ids = tuple(s for s, _ in shares)
        percent = sum(pct for _, pct in shares)
        return ScopeInfo(scope, f"Stelle: {label}", _safe(label), ids,
                         tuple((md.schools[s][1], md.schools[s][0]) for s in ids),
                         sum(md.pupils.get(s, 0) for s in ids), percent,
                         round(percent / 100 * hours * 60 * WEEKS_PER_YEAR))
    raise StatisticsError("Bitte eine Schule oder eine Stelle wählen.")


def scopes(conn, year: int) -> list[ScopeInfo]:
    """Every school, and every post with shares in ``year``."""
    md = srepo.master_data(conn, year)
    found = [describe(conn, year, Scope("school", sid)) for sid in md.schools]
    posts = {p for p, _, _ in md.shares}
    found += [describe(conn, year, Scope("post", pid)) for pid in md.posts if pid in posts]
    return found


def years(conn) -> list[int]:
    """School years with records, plus the one just ended and the current one, newest first."""
    current = SchoolYear.of(clock.today()).start_year
    return sorted(set(srepo.record_years(conn)) | {current, current - 1}, reverse=True)


def compute(conn, year: int, scope: Scope) -> Aggregates:
    """Every named aggregate of ``year`` (start year) and ``scope``."""
    info = describe(conn, year, scope)
    return kvjs.compute(srepo.records(conn, year, list(info.school_ids)),
                        srepo.time_entries(conn, year, list(info.school_ids)),
                        pupils=info.pupils, post_percent=info.percent)


# -- templates ------------------------------------------------------------------------------
# The template in use is a vault option: empty = the shipped template; otherwise the text
# of a template the user loaded (validated before it is stored), so it moves with the vault.
TEMPLATE = options.declare(options.Option(
    "kvjs.template", str, "", "KVJS-Formularvorlage (leer: mitgelieferte Vorlage)",
    help="Text einer geladenen Vorlage; Schema in docs/statistics.md."))


def active_template(conn) -> tpl.Template:
    """The vault's template: a loaded one, or the shipped default."""
    text = settings.get(conn, TEMPLATE)
    if not text:
        return load_template()
    try:
        return tpl.parse(text, "gespeicherte Vorlage")
    except tpl.TemplateError as err:
        raise StatisticsError(str(err)) from None


def use_template(conn, path: Path | str) -> Outcome[tpl.Template]:
    """Validate a template file whole and make it the vault's template."""
    template = load_template(path)
    settings.set_value(conn, TEMPLATE, Path(path).read_text("utf-8"))
    return outcome(template, DataKind.SETTINGS, DataKind.STATISTICS)


def use_default_template(conn) -> Outcome[tpl.Template]:
    settings.reset(conn, TEMPLATE)
    return outcome(load_template(), DataKind.SETTINGS, DataKind.STATISTICS)


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


# -- plausibility ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    area: str          # navigation key of the place to fix it
    button: str        # German button text


def plausibility(conn, year: int, scope: Scope) -> list[Finding]:
    info = describe(conn, year, scope)
    records = srepo.records(conn, year, list(info.school_ids))
    found: list[Finding] = []
    latest: dict[str, object] = {}
    for r in records:
        if r.record_type == "contact" and r.person_kind == "pupil" and r.person_token:
            latest[r.person_token] = r
    missing = sum(1 for r in latest.values() if r.gender == "u" or r.grade is None)
    if missing:
        found.append(Finding("person_details", _count(missing, "beratene Schülerin/beratener "
                             "Schüler", "beratene Schüler:innen") + " ohne Geschlecht oder "
                             "Klassenstufe.", "persons", "Personen öffnen"))
    school_year = SchoolYear(year)
    outside = sum(1 for r in records if r.day not in school_year)
    if outside:
        found.append(Finding("outside_year", _count(outside, "Eintrag", "Einträge") + " mit Datum außerhalb des "
                             f"Schuljahres {school_year.label}.", "persons", "Einträge prüfen"))
    future = sum(1 for r in records if r.day > clock.today())
    if future:
        found.append(Finding("future", _count(future, "Eintrag", "Einträge") + " mit Datum in der Zukunft.",
                             "persons", "Einträge prüfen"))
    md = srepo.master_data(conn, year)
    for sid in info.school_ids:
        if sid not in md.pupils:
            found.append(Finding("pupils", f"Für „{md.schools[sid][0]}“ fehlt die Schülerzahl "
                                 f"{school_year.label}.", "settings", "Schulen bearbeiten"))
    if info.percent <= 0:
        found.append(Finding("post_share", f"Für {info.label} ist kein Stellenumfang "
                             f"{school_year.label} eingetragen.", "settings", "Stelle bearbeiten"))
    minutes = sum(t.minutes for t in srepo.time_entries(conn, year, list(info.school_ids)))
    if info.expected_minutes and minutes < COVERAGE_MINIMUM * info.expected_minutes:
        found.append(Finding("time_coverage", f"Die Zeiteinträge ({minutes // 60} Std.) decken "
                             f"weniger als die Hälfte der Stelle ({info.expected_minutes // 60} "
                             "Std. im Schuljahr).", "time", "Arbeitszeit öffnen"))
    empty_groups = {r.group_token for r in records
                    if r.record_type == "group_session" and r.group_participants == 0}
    if empty_groups:
        found.append(Finding("group_participants", _count(len(empty_groups), "Gruppenangebot",
                                                          "Gruppenangebote") + " mit Terminen, "
                             "aber ohne Teilnehmende.", "groups", "Gruppen öffnen"))
    drafts = srepo.draft_count(conn)
    if drafts:
        found.append(Finding("drafts", _count(drafts, "unfertiger Entwurf", "unfertige Entwürfe")
                             + " (noch nicht gespeichert).", "overview",
                             "Entwürfe öffnen"))
    return found


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# -- drill-down -----------------------------------------------------------------------------
@dataclass(frozen=True)
class DrillRow:
    """An anonymous record as the drill-down shows it: no names, no tokens, no ids."""

    day: str
    area: str
    kind: str
    minutes: int


def drill_down(conn, year: int, scope: Scope, aggregate: str, key: str = "") -> list[DrillRow]:
    info = describe(conn, year, scope)
    records = kvjs.counted_records(srepo.records(conn, year, list(info.school_ids)), aggregate, key)
    rows = []
    for r in records:
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

    @property
    def year_label(self) -> str:
        return SchoolYear(self.year).label


def report(conn, year: int, scope: Scope, template: tpl.Template | None = None,
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
    result = Report(year, info, template, aggregates, tpl.layout(template, aggregates, scope.kind),
                    previous, plausibility(conn, year, scope), delivered,
                    kvjs.difference(aggregates, delivered.aggregates) if delivered else {},
                    bool(settings.get(conn, TEMPLATE)))
    progress(100, "")
    return result


# -- delivered ("abgegeben") ---------------------------------------------------------------
def mark_delivered(conn, year: int, scope: Scope, template: tpl.Template | None = None
                   ) -> Outcome[srepo.Delivery]:
    template = template or active_template(conn)
    delivery = srepo.Delivery(year, scope.key, template.id, template.version, clock.today(),
                              compute(conn, year, scope))
    with transaction(conn):
        srepo.save_delivery(conn, delivery)
    return outcome(delivery, DataKind.STATISTICS)


def unmark_delivered(conn, year: int, scope: Scope) -> Outcome[None]:
    with transaction(conn):
        srepo.delete_delivery(conn, year, scope.key)
    return outcome(None, DataKind.STATISTICS)


# -- export files ---------------------------------------------------------------------------
WRITERS = {"json": kvjs_document.write_json, "csv": kvjs_csv.write, "xlsx": kvjs_xlsx.write,
           "pdf": kvjs_pdf.write}


def export_document(rep: Report) -> dict:
    info = rep.info
    if info.scope.kind == "school":
        code, name = info.schools[0]
        scope = {"kind": "school", "code": code, "name": name}
    else:
        scope = {"kind": "post", "code": info.code, "name": info.label.removeprefix("Stelle: "),
                 "schools": [{"code": c, "name": n} for c, n in info.schools]}
    return kvjs_document.build(
        template=rep.template, year_label=rep.year_label, scope=scope,
        aggregates=rep.aggregates, rows=rep.rows, differences=rep.changes,
        delivered_on=rep.delivered.delivered_on.isoformat() if rep.delivered else "")


def file_name(rep: Report, fmt: str) -> str:
    return kvjs_document.file_name(rep.info.code, rep.year_label, fmt)


def write_export(rep: Report, fmt: str, path: Path | str) -> Path:
    if fmt not in WRITERS:
        raise StatisticsError(f"Unbekanntes Format „{fmt}“ (xlsx, pdf, csv oder json).")
    return WRITERS[fmt](export_document(rep), Path(path))


def export_all(conn, year: int, scope: Scope, folder: Path | str,
               template: tpl.Template | None = None,
               progress: Progress | None = None) -> Outcome[list[Path]]:
    """All four files into ``folder`` with their standard names."""
    progress = progress or Progress()
    rep = report(conn, year, scope, template, previous_years=0)
    written = []
    for index, fmt in enumerate(kvjs_document.EXTENSIONS):
        progress(10 + index * 22, f"{fmt.upper()} wird geschrieben …")
        written.append(write_export(rep, fmt, Path(folder) / file_name(rep, fmt)))
    progress(100, "")
    return outcome(written)


def merge(paths: list[Path | str], out: Path | str) -> Outcome[dict]:
    try:
        return outcome(kvjs_merge.merge_files(paths, out))
    except kvjs_merge.MergeError as err:
        raise StatisticsError(str(err)) from None
