"""Jahresbericht for the Auswertungsgespräch: anonymous figures, time shares against
targets, the agreement's goals with their activities, the previous year for comparison
and the worker's own texts (docs/reports.md).

Each section comes from a *provider* in ``Sources``; a section whose provider is
missing (``None``) or returns nothing is left out or says "no data" — so the report
can be printed today and grows when the KVJS engine and the time-share computation
are wired in (``services.annual_report.default_sources``).

Anonymity: providers return counts only; every count of 1 or 2 *people* is printed as
"< 3" (``blocks.suppress``). Counts of things (contacts, Kurzkontakte, group offers,
visits) are printed as they are: a provider names them in ``Figures.exact`` and
``FigureTable.exact_columns``. No provider receives or returns a person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from ..domain.schoolyear import SchoolYear
from ..formatting import fmt_hours, fmt_number, fmt_percent
from .blocks import bar_chart, data_table, exact, key_figures, no_data, suppress
from .style import build_pdf, german_date, h1, h2, para

TITLE = "Jahresbericht Schulsozialarbeit"

# The worker's free-text sections, in print order: (key, heading, hint for the editor).
SECTIONS = (
    ("intro", "Vorbemerkung", "Rahmen: Stelle, Zeiten, Räume, Besonderheiten des Jahres."),
    ("focus", "Schwerpunkte und Entwicklungen",
     "Was hat das Jahr geprägt? Themen, Bedarfe, neue Angebote – ohne Einzelfälle."),
    ("cooperation", "Zusammenarbeit mit Schule und Partnern",
     "Wie lief die Kooperation? Gremien, Absprachen, Netzwerk."),
    ("outlook", "Ausblick und Vorschläge",
     "Was soll sich ändern? Vorschläge für Ziele und Angebote der Vereinbarung."),
)


@dataclass(frozen=True)
class FigureTable:
    """A table of counts: ``rows`` are (label, counts per column)."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int | None, ...]], ...]  # None: not counted ("–")
    note: str = ""
    exact_columns: tuple[int, ...] = ()  # value columns that count things, not people

    def shown(self, column: int, value: int | None) -> str:
        return exact(value) if column in self.exact_columns else suppress(value)


@dataclass(frozen=True)
class Figures:
    """The school year's anonymous figures: key figures and tables (counts only)."""

    key: tuple[tuple[str, int], ...]
    tables: tuple[FigureTable, ...] = ()
    source: str = ""
    exact: frozenset[str] = frozenset()  # key figures that count things, not people

    def shown(self, label: str, value: int | None) -> str:
        """As printed: people below 3 as "< 3", things as they are."""
        return exact(value) if label in self.exact else suppress(value)

    @property
    def empty(self) -> bool:
        return not any(v for _, v in self.key) and not any(t.rows for t in self.tables)


@dataclass(frozen=True)
class TimeShares:
    """Working time per task area; ``direct_target`` is the agreed band (percent) for
    direct work with young people, parents and teachers."""

    minutes: tuple[tuple[str, int], ...]
    direct_minutes: int
    direct_target: tuple[float, float] | None = None
    target_label: str = ""  # where the band comes from: "Kooperationsvereinbarung", …
    source: str = ""

    @property
    def total(self) -> int:
        return sum(m for _, m in self.minutes)


@dataclass(frozen=True)
class GoalReport:
    """A goal, its offer and the linked activities as (title, kind, sessions)."""

    goal: str
    offer: str
    activities: tuple[tuple[str, str, int], ...] = ()


Provider = Callable[[Any, str, SchoolYear], Any]


@dataclass(frozen=True)
class Sources:
    """Where each section's data come from: ``fn(conn, school_id, year)``, or None."""

    figures: Callable[[Any, str, SchoolYear], Figures | None] | None = None
    time_shares: Callable[[Any, str, SchoolYear], TimeShares | None] | None = None
    goals: Callable[[Any, str, SchoolYear], list[GoalReport]] | None = None
    texts: Callable[[Any, str, SchoolYear], dict[str, str]] | None = None


@dataclass
class AnnualReport:
    school: str
    school_type: str
    year: SchoolYear
    created: date
    pupils: int | None = None
    figures: Figures | None = None
    previous: Figures | None = None
    time_shares: TimeShares | None = None
    goals: list[GoalReport] | None = None
    texts: dict[str, str] = field(default_factory=dict)


def collect(conn, school_id: str, year: SchoolYear, sources: Sources, *, school: str,
            school_type: str = "", created: date, pupils: int | None = None) -> AnnualReport:
    """Ask every provider that exists for its section."""
    def ask(provider, y=year):
        return provider(conn, school_id, y) if provider else None

    return AnnualReport(school=school, school_type=school_type, year=year, created=created,
                        pupils=pupils, figures=ask(sources.figures),
                        previous=ask(sources.figures, year.previous()),
                        time_shares=ask(sources.time_shares), goals=ask(sources.goals),
                        texts=ask(sources.texts) or {})


# -- rendering -------------------------------------------------------------------------------
def _cover(report: AnnualReport) -> list:
    lines = [Spacer(1, 55 * mm), para(TITLE, "title"),
             para(report.school, "subtitle"),
             para(f"Schuljahr {report.year.label} · Auswertungsgespräch", "subtitle"),
             Spacer(1, 90 * mm),
             para(f"Erstellt am {german_date(report.created)}", "body"),
             para("Anonyme Auswertung: Es erscheinen keine Namen und keine Einzelfälle. Zahlen "
                  "von weniger als 3 Personen sind als „< 3“ ausgewiesen.", "small")]
    if report.school_type:
        lines.insert(3, para(report.school_type, "subtitle"))
    return lines


def _text_section(report: AnnualReport, key: str) -> list:
    heading = next(h for k, h, _ in SECTIONS if k == key)
    text = report.texts.get(key, "").strip()
    if not text:
        return []
    return [h1(heading)] + [para(block) for block in text.split("\n\n") if block.strip()]


def _figures_section(report: AnnualReport) -> list:
    figures = report.figures
    story: list = [h1(f"Zahlen des Schuljahres {report.year.label}")]
    if figures is None or figures.empty:
        return story + [no_data("Für dieses Schuljahr liegen keine anonymen Statistikdaten "
                                "vor.")]
    pairs = [(label, figures.shown(label, value)) for label, value in figures.key]
    if report.pupils:
        pairs.insert(0, ("Schüler:innen der Schule", fmt_number(report.pupils, 0)))
    story += [key_figures(pairs), Spacer(1, 2 * mm)]
    for table in figures.tables:
        rows = [[label, *(table.shown(i, v) for i, v in enumerate(values))]
                for label, values in table.rows if any(values)]
        if not rows:
            continue
        block = [h2(table.title), data_table(table.header, rows)]
        if table.note:
            block.append(para(table.note, "small"))
        story.append(KeepTogether(block))
    if figures.source:
        story.append(para(figures.source, "small"))
    return story


def _comparison_section(report: AnnualReport) -> list:
    now, before = report.figures, report.previous
    if now is None or now.empty:
        return []
    story: list = [h1("Vergleich mit dem Vorjahr")]
    if before is None or before.empty:
        return story + [no_data(f"Für das Schuljahr {report.year.previous().label} liegen "
                                "keine Daten vor.")]
    old = dict(before.key)
    labels = [label for label, _ in now.key]
    rows = []
    def comparable(label: str, value: int, prev: int) -> bool:
        return prev > 0 if label in now.exact else value >= 3 and prev >= 3

    for label, value in now.key:
        prev = old.get(label, 0)
        change = "–"
        if comparable(label, value, prev):
            change = fmt_percent((value - prev) * 100 / prev)
            change = change if change.startswith("-") else "+" + change
        rows.append([label, now.shown(label, prev), now.shown(label, value),
                     change.replace("-", "−")])
    story.append(data_table(["Kennzahl", report.year.previous().label, report.year.label,
                             "Veränderung"], rows))
    shown = [i for i, (label, v) in enumerate(now.key) if v >= 3 and old.get(label, 0) >= 3]
    if shown:
        story += [Spacer(1, 4 * mm), bar_chart(
            [labels[i] for i in shown],
            [(report.year.previous().label, [old[labels[i]] for i in shown]),
             (report.year.label, [now.key[i][1] for i in shown])])]
    return story


def _band_number(value: float) -> str:
    """60 -> "60", 62.5 -> "62,5": a band's edge as the agreement writes it."""
    return fmt_number(value, 0 if value == int(value) else 1)


def direct_share_sentences(shares: TimeShares) -> list[str]:
    """The direct-work share and, with a target band, where it lies: whole sentences.

    The verdict is taken on the share as printed (one decimal), so "59,9 %" is below a
    band from 60 % and never reads as inside it; the agreement's own wording is not
    quoted (its numbers may differ from a band the school changed)."""
    share = round(shares.direct_minutes * 100 / shares.total, 1)
    sentences = [f"Direkte Arbeit mit jungen Menschen, Eltern und Lehrkräften: "
                 f"{fmt_percent(share, 1)} der erfassten Arbeitszeit."]
    if shares.direct_target:
        low, high = shares.direct_target
        verdict = ("im Zielbereich" if low <= share <= high else
                   "unter dem Zielbereich" if share < low else "über dem Zielbereich")
        band = f"{_band_number(low)} bis {_band_number(high)} %"
        source = shares.target_label or "Kooperationsvereinbarung"
        sentences.append(f"Das liegt {verdict} von {band}, den die {source} vorsieht.")
    return sentences


def _time_section(report: AnnualReport) -> list:
    shares = report.time_shares
    story: list = [h1("Zeitanteile")]
    if shares is None or not shares.total:
        return story + [no_data("Für dieses Schuljahr ist keine Arbeitszeit erfasst.")]
    total = shares.total
    rows = [[label, fmt_hours(m), fmt_percent(m * 100 / total)] for label, m in shares.minutes]
    rows.append(["Gesamt", fmt_hours(total), fmt_percent(100)])
    story.append(data_table(["Aufgabenbereich", "Stunden", "Anteil"], rows, total=True))
    direct = shares.direct_minutes * 100 / total
    story += [Spacer(1, 2 * mm), para(" ".join(direct_share_sentences(shares)))]
    chart_rows = [(label, m * 100 / total) for label, m in shares.minutes]
    chart_rows.append(("Direkte Arbeit zusammen", direct))
    story += [Spacer(1, 3 * mm), bar_chart(
        [label for label, _ in chart_rows], [("Anteil", [v for _, v in chart_rows])],
        value_text=lambda v: fmt_percent(v), maximum=100, band=shares.direct_target,
        band_label="Zielbereich direkte Arbeit")]
    if shares.source:
        story.append(para(shares.source, "small"))
    return story


def _goals_section(report: AnnualReport) -> list:
    heading = h1("Ziele der Kooperationsvereinbarung")
    if not report.goals:
        return [heading, no_data("Für dieses Schuljahr sind keine Ziele vereinbart.")]
    story: list = []
    for number, goal in enumerate(report.goals, 1):
        head = [heading] if number == 1 else []
        head.append(h2(f"{number}. {goal.goal}"))
        if goal.offer:
            head.append(para(f"Angebot: {goal.offer}"))
        if not goal.activities:
            story.append(KeepTogether(head + [para("Keine verknüpften Aktivitäten erfasst.",
                                                   "small")]))
            continue
        rows = [[title, kind, fmt_number(sessions, 0)] for title, kind, sessions
                in goal.activities]
        table = data_table(["Verknüpfte Aktivität", "Art", "Termine"], rows,
                           col_widths=[95 * mm, 50 * mm, 25 * mm], numeric_from=2)
        story.append(KeepTogether(head + [table]))
    return story


def render(path: Path | str, report: AnnualReport) -> Path:
    """Write the report as PDF at ``path`` (atomically)."""
    story = _text_section(report, "intro")
    story += _figures_section(report)
    story += _comparison_section(report)
    story += _time_section(report)
    story += _goals_section(report)
    for key in ("focus", "cooperation", "outlook"):
        story += _text_section(report, key)
    sections = sum(1 for f in story if getattr(f, "toc_level", None) == 0)
    return build_pdf(path, story, title=f"{TITLE} {report.year.label} – {report.school}",
                     footer_note=f"{report.school} · Schuljahr {report.year.label}",
                     subject="Jahresbericht", cover=_cover(report), toc=sections >= 4)
