"""The Datenschutz work of a lived-in vault, done through the use cases themselves
(``services.retention``, ``services.privacy``) after the
generated rows are stored: an open Auskunft with its hold, an answered one, an objection not upheld, a
restriction on request,
the Träger's § 9b classification of one file, a review decision "nicht mehr benötigt",
an earlier deletion run (the oldest monthly time entries and one person, with the
deletion log and tombstones), and (written
like the rows, through storage) the free texts of last year's Jahresbericht.

Its own random source, seeded from the demo's seed; the persons are taken in the
order of their codes, so the choice is the same for the same seed and day. The callers
(``ssa-desktop --demo``, ``demo``, screenshots, benchmarks) run it before anything else
reads the clock."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from ..domain import clock
from ..domain import retention as rt
from ..domain.schoolyear import SchoolYear
from ..storage import repositories as repo
from ..storage.transactions import transaction
from .catalogue import HEAVY_PSEUDONYM

REPORT_TEXTS = {
    "intro": "Die Stelle ist mit 75 % auf zwei Schulen verteilt; der Beratungsraum in der "
             "Gemeinschaftsschule wurde im Herbst renoviert.",
    "focus": "Schwerpunkte waren Konflikte in Klasse 6 und 7, Fehlzeiten nach den Ferien und "
             "die Vorbereitung auf den Übergang in Ausbildung.",
    "cooperation": "Regelmäßige Absprachen mit den Klassenleitungen; Teilnahme an der "
                   "Gesamtlehrerkonferenz und am Netzwerktreffen Jugendhilfe.",
    "outlook": "Ein Sozialtraining für Klasse 5 soll als festes Angebot in die Vereinbarung.",
}


def privacy_work(conn, today: date, seed: int) -> None:
    """Run the use cases on the stored demo rows (see the module docstring) with the
    clock standing at ``today`` 16:05, so their dates and stamps follow the demo's day.
    (The ids the use cases make are random; everything else is the same for a seed.)"""
    with clock.frozen(datetime.combine(today, time(16, 5))):
        _privacy_work(conn, today, seed)


def _privacy_work(conn, today: date, seed: int) -> None:
    from ..services import privacy, retention

    rng = random.Random(f"privacy-{seed}")
    day = today
    assessments = sorted(retention.assess(conn, today), key=lambda a: (a.due or today, a.record_id))
    pupils = sorted((p for p in repo.PERSONS.all(conn) if p.kind == "pupil"
                     and p.leaving_date is None and p.school_change_date is None
                     and p.pseudonym != HEAVY_PSEUDONYM),
                    key=lambda p: p.pseudonym)
    assessed = {a.record_id: a for a in assessments if a.record_kind == rt.PERSON}
    quiet = [p for p in pupils if assessed.get(p.id) is None or assessed[p.id].state == rt.ACTIVE]
    if len(quiet) >= 5:
        asked, answered, objected, restricted, classified = rng.sample(quiet, 5)
        privacy.open_request(conn, asked.id, day - timedelta(days=9))
        earlier = privacy.open_request(conn, answered.id, day - timedelta(days=70))
        privacy.complete_request(conn, earlier.id, day - timedelta(days=52))
        objection = privacy.record_objection(conn, objected.id, day - timedelta(days=45))
        privacy.decide_objection(conn, objection.id, upheld=False, day=day - timedelta(days=30))
        retention.restrict(conn, restricted.id, "request", today - timedelta(days=40))
        retention.set_period(conn, rt.ENABLE_9B, True)
        retention.classify_9b(conn, classified.id, True, today - timedelta(days=60))
    _earlier_deletion_run(conn, today, retention, [a for a in assessments if a.is_due])
    _review_decision(conn, today, retention, assessments)
    _annual_report_texts(conn, today)


def _review_decision(conn, today: date, retention, assessments: list[rt.Assessment]) -> None:
    """The review at case closure of one pupil, decided "nicht mehr benötigt"."""
    from ..domain.errors import UserError

    for a in assessments:
        if a.record_kind == rt.PERSON and a.state == rt.REVIEW:
            try:
                retention.not_needed_after_review(conn, a.record_id, today)
            except UserError:   # a § 8a procedure: decided after leaving, not here
                continue
            return


def _earlier_deletion_run(conn, today: date, retention, due: list[rt.Assessment]) -> None:
    """The oldest due monthly time entries and one due person (with a disclosure if
    one has one) deleted as she would in Datenschutz → Löschen."""
    months = [retention.key(a) for a in due if a.record_kind == "time_month"][:3]
    disclosed = {d.person_id for d in repo.DISCLOSURES.all(conn)}
    persons = [a for a in due if a.record_kind == rt.PERSON and a.action == rt.DELETE]
    person = next((a for a in persons if a.record_id in disclosed), persons[0] if persons else None)
    keys = months + ([retention.key(person)] if person else [])
    if keys:
        retention.apply(conn, keys, today=today, compact=False)


def _annual_report_texts(conn, today: date) -> None:
    """Last school year's Jahresbericht of the first school, its texts written in July."""
    from ..storage import annual_report_repo

    year = SchoolYear.of(today).start_year - 1
    school = min(repo.SCHOOLS.all(conn), key=lambda s: s.code)
    with transaction(conn):
        for section, text in REPORT_TEXTS.items():
            annual_report_repo.set_text(conn, school.id, year, section, text,
                                        f"{year + 1}-07-10T15:30:00")
