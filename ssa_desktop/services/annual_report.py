"""Jahresbericht use cases: the worker's texts, the report's providers, writing the PDF.

``default_sources()`` fills the report's provider interface: the KVJS figures
(``kvjs_figures``), the time shares against the cooperation agreement
(``agreed_time_shares``), the agreement goals with their linked activities (``goals``)
and the stored texts (see docs/reports.md, "Jahresbericht").
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..domain import clock
from ..domain.catalogues import (
    ACCESS_ROUTES,
    CASE_OUTCOMES,
    GENDERS,
    NETWORK_KINDS,
    REFERRALS,
    SCHOOL_TYPES,
    TOPICS,
)
from ..domain.errors import UserError
from ..domain.file_names import safe_file_name
from ..domain.goals import OUTCOME_LABELS as GOAL_LABELS
from ..domain.schoolyear import SchoolYear
from ..reports import annual_report as doc
from ..storage import annual_report_repo as q
from ..storage import file_intents, timeshare_repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import names_in_text as names
from .agreements import goals_for_school_year
from .operations import DataKind, Progress, writes

SECTION_KEYS = tuple(k for k, _, _ in doc.SECTIONS)
MAX_TEXT = 20_000

# Seed 001, section 5.2: direct work 60–65 % of working time. The time-share issue
# makes this a configurable band; until it is wired, the model agreement's value.
MODEL_DIRECT_BAND = (60.0, 65.0)


class ReportError(UserError):
    """Input the report cannot use; str() is German."""


# -- schools ---------------------------------------------------------------------------------
def file_name(year: SchoolYear, school_name: str) -> str:
    """The suggested file name of the report (valid on Windows whatever the school's name
    holds): ``Jahresbericht_2025-26_Grundschule_Am_Bühl.pdf``."""
    return safe_file_name(f"Jahresbericht_{year.label.replace('/', '-')}_{school_name}.pdf"
                          .replace(" ", "_"))


def resolve_school(conn: Connection, code: str) -> tuple[str, str, str]:
    """(id, name, school type) of the school with this code, id or name (the one
    resolver of every command, ``services.schools``)."""
    from .schools import UnknownSchool, find_school

    try:
        school = find_school(conn, code)
    except UnknownSchool as err:
        raise ReportError(str(err)) from None
    return school.id, school.name, school.school_type


# -- texts -----------------------------------------------------------------------------------
def texts(conn: Connection, school_id: str, year: SchoolYear) -> dict[str, str]:
    return q.texts(conn, school_id, year.start_year)


@writes(DataKind.AGREEMENTS)
def save_texts(conn: Connection, school_id: str, year: SchoolYear, values: dict[str, str]) -> None:
    """Store the free-text sections (unknown keys refused, text length limited)."""
    for key, text in values.items():
        if key not in SECTION_KEYS:
            raise ReportError(f"Unbekannter Abschnitt „{key}“.")
        if len(text) > MAX_TEXT:
            raise ReportError("Ein Abschnitt darf höchstens 20.000 Zeichen lang sein.")
    stamp = clock.now().isoformat(timespec="seconds")
    with transaction(conn):
        for key, text in values.items():
            q.set_text(conn, school_id, year.start_year, key, text.strip(), stamp)
    return None


# Key figures that count things (contacts, offers, visits), printed as they are; every
# other figure counts people and shows 1 or 2 as "< 3" (docs/reports.md).
THINGS = frozenset({"Beratungskontakte", "Kurzkontakte", "Gruppen, Klassen, Projekte",
                    "Besuche offene Angebote"})


def goals(conn: Connection, school_id: str, year: SchoolYear) -> list[doc.GoalReport]:
    """The agreement's goals valid in the year with the activities linked to them."""
    result = []
    for goal in goals_for_school_year(conn, school_id, year.start_year):
        activities = []
        for kind, title, count, sessions in q.goal_activities(conn, goal.id, year.start,
                                                              year.end):
            if kind == "group":
                label = "Gruppe/Projekt" if count == 1 else f"{count} Gruppen/Projekte"
                activities.append((title, label, sessions))
            elif kind == "open":
                activities.append((title, "Offenes Angebot", sessions))
            else:
                activities.append((NETWORK_KINDS.label(title), "Vernetzung", sessions))
        result.append(doc.GoalReport(goal.goal, goal.offer, tuple(activities)))
    return result


# -- the engines of this version --------------------------------------------------------
def kvjs_figures(conn: Connection, school_id: str, year: SchoolYear) -> doc.Figures | None:
    """The school year's figures from the KVJS engine (``services.statistics``): the same
    counting rules as the KVJS export (docs/statistics.md), so the Jahresbericht and the
    Erhebungsbogen never disagree. The report shows cells of fewer than 3 as "< 3"."""
    from . import statistics

    agg = statistics.compute(conn, year.start_year, statistics.Scope("school", school_id))
    counted = ("efh_contacts", "efh_short_contacts", "grp_sessions", "off_sessions",
               "vnz_activities", "cp_8a_procedures")
    if not any(agg.get(name) for name in counted):
        return None

    def rows(name: str, label) -> tuple:
        return tuple((label(code), (n,)) for code, n in agg[name].items() if n)

    def labelled(label, unknown: str = "unknown"):
        """A code's label; the code of nothing given as "ohne Angabe"."""
        return lambda code: "ohne Angabe" if code == unknown else label(code)

    key = (("Beratene Schüler:innen", agg["efh_pupils"]),
           ("Beratungskontakte", agg["efh_contacts"]),
           ("Kurzkontakte", agg["efh_short_contacts"]),
           ("Gruppen, Klassen, Projekte", agg["grp_activities"]),
           ("Teilnehmende Gruppen/Projekte", agg["grp_participants"]),
           ("Besuche offene Angebote", agg["off_visitors"]),
           ("Verfahren nach § 8a SGB VIII", agg["cp_8a_procedures"]),
           ("Abgeschlossene Fälle", agg["efh_cases_closed"]))
    tables = (
        doc.FigureTable("Beratene Schüler:innen nach Geschlecht", ("Geschlecht", "Personen"),
                        rows("efh_pupils_by_gender", labelled(GENDERS.label, "u"))),
        doc.FigureTable("Beratene Schüler:innen nach Klassenstufe",
                        ("Klassenstufe", "Personen"),
                        rows("efh_pupils_by_grade", labelled(lambda c: f"Klassenstufe {c}"))),
        doc.FigureTable("Anlässe und Themen (Einzelfallhilfe)", ("Thema", "Personen"),
                        rows("efh_topics", TOPICS.label),
                        "Eine Person kann mehrere Themen haben."),
        doc.FigureTable("Zugang zur Beratung", ("Zugang", "Personen"),
                        rows("efh_access_routes", labelled(ACCESS_ROUTES.label))),
        doc.FigureTable("Weitervermittlung", ("an", "Kontakte"),
                        rows("efh_referrals", REFERRALS.label),
                        "Zahlen unter 3 als „< 3“: eine Weitervermittlung weist auf eine Person."),
        doc.FigureTable("Abgeschlossene Fälle nach Ergebnis", ("Ergebnis", "Fälle"),
                        rows("efh_cases_by_outcome", labelled(CASE_OUTCOMES.label)),
                        f"Im Schuljahr abgeschlossen: {agg['efh_cases_closed']} Fälle."),
        doc.FigureTable("Weitervermittelte Fälle", ("an", "Fälle"),
                        rows("efh_referrals_by_target", REFERRALS.label)),
        goal_outcomes(conn, school_id, year),
    )
    return doc.Figures(key=key, tables=tables, exact=THINGS,
                       source="Quelle: anonyme Statistik des Schuljahres, gezählt nach den "
                              "Regeln des KVJS-Erhebungsbogens (Statistik → „Wie wird "
                              "gezählt?“).")


GOAL_NOTE = ("Ziele mit Skala, je Ziel die Veränderung vom Ausgangswert bis zur letzten "
             "Einschätzung beim Fallabschluss oder am Schuljahresende (anonym, ohne Zieltext). "
             "Zahlen unter 3 als „< 3“.")


def goal_outcomes(conn: Connection, school_id: str, year: SchoolYear) -> doc.FigureTable:
    """Goals set, rated at least twice, improved by at least one level, reached – for the
    school's Schulart (docs/statistics.md "Zielerreichung"); no row without a goal."""
    from . import goals as goal_service

    header = ("Schulart", *(label for _, label in GOAL_LABELS))
    rows = tuple((row.label, (row.figures.goals, row.figures.rated_twice, row.figures.improved,
                              row.figures.reached))
                 for row in goal_service.outcome_rows(conn, year.start_year, [school_id])[:-1])
    return doc.FigureTable("Zielerreichung", header, rows, GOAL_NOTE)


def agreed_time_shares(conn: Connection, school_id: str, year: SchoolYear) -> doc.TimeShares | None:
    """Minutes per category and the direct-work band of the school's cooperation
    agreement, from the time-share computation (``services.timeshare``)."""
    from . import timeshare

    report = timeshare.compute(conn, year, school_id)
    figures = report.scope
    if not figures.ist_min:
        return None
    rows = tuple((report.labels.get(code, code), m) for code, m in figures.minutes.items() if m)
    band, label = MODEL_DIRECT_BAND, "Muster-Kooperationsvereinbarung"
    direct = next((e.target for e in figures.evaluations
                   if e.target.numerator == "direct" and e.target.denominator == "total"), None)
    if direct is not None:
        band = (direct.low, direct.high)
        # the school's agreement (its own band or the model's values it starts with);
        # without one the band is the model agreement's, and the report says so
        if timeshare_repo.agreement_for(conn, school_id, year.start, year.end):
            label = "Kooperationsvereinbarung"
    return doc.TimeShares(rows, figures.direct_min, band, label,
                          "Quelle: Arbeitszeit des Schuljahres (Dokumentation, Wochenraster, "
                          "Stoppuhr), Zielwerte der Kooperationsvereinbarung.")


def default_sources() -> doc.Sources:
    return doc.Sources(figures=kvjs_figures, time_shares=agreed_time_shares, goals=goals,
                       texts=texts)


# -- the document ---------------------------------------------------------------------------
def build(conn: Connection, school_id: str, year: SchoolYear,
          sources: doc.Sources | None = None) -> doc.AnnualReport:
    row = q.school(conn, school_id)
    if row is None:
        raise ReportError("Die Schule gibt es nicht (mehr).")
    return doc.collect(conn, school_id, year, sources or default_sources(), school=row[1],
                       school_type=SCHOOL_TYPES.label(row[3]), created=clock.today(),
                       pupils=q.pupils(conn, school_id, year.start_year))


# -- names in the free texts ------------------------------------------------------------
DOCUMENT = "Der Jahresbericht"
GOALS = "Ziele und Angebote"


def free_texts(report: doc.AnnualReport) -> list[names.Place]:
    """Every free text the report prints: her sections, then the goals' texts."""
    places = [names.Place(key, heading, report.texts.get(key, ""))
              for key, heading, _ in doc.SECTIONS]
    for i, goal in enumerate(report.goals or [], 1):
        label = f"{GOALS}, Ziel {i}"
        places += [names.Place(f"goal {i}", label, goal.goal),
                   names.Place(f"offer {i}", label, goal.offer)]
        places += [names.Place(f"activity {i} {j}", label, title)
                   for j, (title, _, _) in enumerate(goal.activities)]
    return places


def names_found(conn: Connection, school_id: str, year: SchoolYear,
                sources: doc.Sources | None = None) -> list[names.Found]:
    """The free texts of the report that hold names of the vault's persons (only the
    texts and goals are collected, the figures are not needed for it)."""
    texts_only = doc.Sources(goals=goals, texts=texts) if sources is None else sources
    return names.find(conn, free_texts(build(conn, school_id, year, texts_only)))


def _goal_replaced(i: int, goal: doc.GoalReport, texts: dict[str, str]) -> doc.GoalReport:
    activities = tuple((texts.get(f"activity {i} {j}", title), kind, sessions)
                       for j, (title, kind, sessions) in enumerate(goal.activities))
    return doc.GoalReport(texts.get(f"goal {i}", goal.goal), texts.get(f"offer {i}", goal.offer),
                          activities)


def _names_replaced(report: doc.AnnualReport, found: list[names.Found]) -> doc.AnnualReport:
    texts = names.replaced(found)
    sections = {k: texts.get(k, t) for k, t in report.texts.items()}
    goals = [_goal_replaced(i, g, texts) for i, g in enumerate(report.goals or [], 1)]
    return replace(report, texts=sections, goals=goals if report.goals is not None else None)


def _checked(conn: Connection, report: doc.AnnualReport, policy: str) -> doc.AnnualReport:
    """The report as printed under ``policy`` (names.REFUSE raises when names stand in it)."""
    if policy == names.PRINT:
        return report
    found = names.find(conn, free_texts(report))
    if not found:
        return report
    if policy == names.REPLACE:
        return _names_replaced(report, found)
    raise names.NamesInText(DOCUMENT, found, "Bitte die Texte ändern.")


def write_report(conn: Connection, school_id: str, year: SchoolYear, path: Path | str,
                 progress: Progress | None = None,
                 sources: doc.Sources | None = None, *, names_policy: str = names.REFUSE) -> Path:
    """Collect and write the Jahresbericht as PDF (atomically); nothing of hers is changed
    (the overwrite journal's row only, ``file_intents.written``: settled once the PDF is
    whole in place, a kill before it undone at the next unlock).

    Names of the vault's persons in a free text refuse the report (``NamesInText``, nothing
    written), are replaced by „[Name]“ in the printed copy or printed, by ``names_policy``.
    """
    if progress:
        progress(10, "Zahlen werden zusammengestellt …")
    report = _checked(conn, build(conn, school_id, year, sources), names_policy)
    if progress:
        progress(60, "PDF wird geschrieben …")
    # cancelled while it rendered, or killed before it finished (at the next unlock): undone
    with file_intents.written(conn, Path(path)):
        written = doc.render(path, report)
        if progress:
            progress(100, "Fertig.")
    return written
