"""The details of a lived-in vault that the features above leave at their defaults: where
a contact took place, the deputy's entries of a Vertretung, case goals, short notes on
persons and partners, a fixed-term contract, a consent for the deputy, an acute § 8a
procedure, diverse visitors of an open offer, a school-specific day off, a Kooperations-
vereinbarung with an end date, the counts of the Schuljahreswechsel.

Its own random source (seeded from the demo's seed), so the rows the other features
draw stay as they were; only fields that no rule of the statistics reads are set here,
and the statistics record of an open-offer session is kept in step with it."""

from __future__ import annotations

import random
import unicodedata
from datetime import timedelta

from ..domain.handover import written_by
from ..domain.school_year_change import Summary
from ..domain.schoolyear import SchoolYear
from ..domain.worktime import Absence
from ..storage import repositories as repo
from .base import GeneratorBase

# Where a contact of each kind takes place (CONTACT_PLACES codes, weights).
PLACES_BY_KIND: dict[str, dict[str, int]] = {
    "HB": {"home_visit": 1},
    "TEL": {"phone": 1},
    "EG": {"school": 7, "phone": 2, "online": 1},
    "HK": {"school": 5, "elsewhere": 4, "online": 1},
    "VM": {"school": 6, "elsewhere": 4},
    "BL": {"school": 9, "online": 1},
}
PLACES_OTHERWISE = {"school": 46, "elsewhere": 2, "online": 1, "phone": 1}

CASE_GOALS = (
    "Regelmäßiger Schulbesuch; Fehlzeiten halbieren bis zu den Ferien.",
    "Konflikte in der Klasse ohne Handgreiflichkeiten lösen; Streitschlichtung nutzen.",
    "Eine Ansprechperson in der Schule haben; wöchentliches kurzes Gespräch.",
    "Anbindung an die Beratungsstelle; erster Termin mit den Eltern.",
    "Wieder Anschluss in der Klasse finden; Teilnahme an einer AG.",
    "Lernplan mit der Klassenleitung; Hausaufgaben in der Hausaufgabenbetreuung.",
    "Umgang mit Prüfungsangst üben; Entspannungsübungen vor Klassenarbeiten.",
)
CASE_NOTES = (
    "Eltern sind einverstanden, dass die Klassenleitung über Termine informiert wird.",
    "Gespräche möglichst in der 5. Stunde (Freistunde laut Stundenplan).",
    "Kontakt zur Mutter nur telefonisch, nachmittags.",
)
PERSON_NOTES = (
    "Nachteilsausgleich in Mathematik (Zeitzugabe).",
    "Fährt mit dem Schulbus, ab 7:20 Uhr in der Schule.",
    "Besucht die Hausaufgabenbetreuung montags und mittwochs.",
    "Spricht zu Hause überwiegend Türkisch; Eltern verstehen Deutsch gut.",
    "Sprechstunde der Klassenleitung donnerstags 3. Stunde.",
)
PARTNER_NOTES = (
    "Terminvereinbarung über das Sekretariat.",
    "Offene Sprechstunde dienstags 14–16 Uhr.",
    "Kooperationstreffen zweimal im Schuljahr.",
)
DEPUTY_DAYS = 10  # school days of the Vertretung last school year


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore")
    return "".join(ch for ch in folded.decode().lower() if ch.isalnum())[:16] or "kontakt"


class Details(GeneratorBase):
    def details(self, seed: int) -> None:
        rng = random.Random(f"details-{seed}")
        self._contact_details(rng)
        self._people_details(rng)
        self._network_details(rng)
        self._time_details(rng)
        self._open_offer_details(rng)

    def _contact_details(self, rng: random.Random) -> None:
        contacts = self.out[repo.CONTACTS.name]
        for contact in contacts:
            weights = PLACES_BY_KIND.get(contact.kind, PLACES_OTHERWISE)
            contact.place = rng.choices(list(weights), weights=list(weights.values()))[0]
        # A Vertretung of two weeks last school year: her deputy's entries, merged
        # from the return package, say who wrote them.
        t = self.t
        deputy = written_by(f"{rng.choice(t['first_names_w'])} {rng.choice(t['last_names'])}")
        days = self.days_of(self.current - 1) if self.current > self.first_year else []
        if days:
            start = rng.randrange(max(1, len(days) - DEPUTY_DAYS))
            window = set(days[start:start + DEPUTY_DAYS])
            theirs = set()
            for contact in contacts:
                if contact.day in window:
                    contact.written_by = deputy
                    theirs.add(contact.id)
            # the deputy's working time is hers: her contacts count in the statistics of
            # the school and post, never in the worker's time shares (docs/statistics.md)
            entries = self.out[repo.TIME_ENTRIES.name]
            entries[:] = [e for e in entries if e.source_id not in theirs]
            for appointment in self.out[repo.APPOINTMENTS.name]:
                if appointment.day in window:
                    appointment.written_by = deputy
            for rating in self.out.get(repo.goals_repo.GOAL_RATINGS.name, []):
                if rating.contact_id in theirs:   # she rated the goal with her contact
                    rating.written_by = deputy
        pending = [a for a in self.out[repo.APPOINTMENTS.name] if a.status == "planned"]
        if pending:  # one appointment she had the deputy enter for her
            rng.choice(pending).written_by = deputy

    def _people_details(self, rng: random.Random) -> None:
        for case in self.out[repo.CASES.name]:
            if rng.random() < 0.7:
                case.goals = rng.choice(CASE_GOALS)
            if rng.random() < 0.25:
                case.note = rng.choice(CASE_NOTES)
        for person in self.out[repo.PERSONS.name]:
            if person.kind == "pupil" and rng.random() < 0.12:
                person.note = rng.choice(PERSON_NOTES)
        for consent in self.out[repo.CONSENTS.name]:
            consent.deputy = rng.random() < 0.4
        closed = [p for p in self.out[repo.CP_PROCEDURES.name] if p.status == "closed"]
        for procedure in closed:  # the earlier procedure began with an acute danger
            procedure.acute = True

    def _network_details(self, rng: random.Random) -> None:
        for partner in self.out[repo.PARTNERS.name]:
            partner.email = f"{rng.choice(('info', 'kontakt', 'beratung'))}@{_slug(partner.name)}.example"
            if rng.random() < 0.4:
                partner.note = rng.choice(PARTNER_NOTES)
        agreements = self.out[repo.AGREEMENTS.name]
        if agreements:  # one agreement runs for a fixed term
            agreements[-1].valid_to = SchoolYear(self.current + 2).end
        for school in self.schools:
            if school.school_type == "GMS":
                school.last_grade = 10   # no Oberstufe
        for staff in self.out[repo.POST_STAFF.name]:
            staff.fixed_term = True
            staff.employed_to = SchoolYear(self.current + 1).end

    def _time_details(self, rng: random.Random) -> None:
        """A day the second school is closed (pädagogischer Tag): no target time there."""
        from ..storage import timeshare_repo as tq

        school = self.schools[-1]
        for year in range(self.first_year, self.current + 1):
            days = [d for d in self.days_of(year) if d.weekday() < 5]
            if len(days) > 60:
                day = days[rng.randrange(20, 60)]
                self.add(tq.ABSENCES, Absence("other", day, day, school_id=school.id,
                                              note="Pädagogischer Tag der Schule", id=self.id()))

    def _open_offer_details(self, rng: random.Random) -> None:
        """Now and then a diverse visitor, counted in the session and its record."""
        stats = {s.source_id: s for s in self.out[repo.STATISTICS.name]
                 if getattr(s, "source_id", None)}
        for session in self.out[repo.OPEN_OFFERS.name]:
            if session.visitors_m and session.visitors_d == 0 and rng.random() < 0.08:
                session.visitors_m -= 1
                session.visitors_d = 1
                stat = stats.get(session.id)
                if stat is not None:
                    stat.visitors_m, stat.visitors_d = session.visitors_m, 1

    def school_year_summary(self, school_id: str) -> dict[str, int]:
        """The counts of the Schuljahreswechsel into the current school year."""
        pupils = [x for x in self.pupils if x.school_id == school_id and x.year0 < self.current]
        last_end = SchoolYear(self.current - 1).end
        left = [x for x in pupils if x.person.leaving_date and
                last_end - timedelta(days=14) <= x.person.leaving_date <= last_end + timedelta(days=1)]
        changed = [x for x in pupils if x.person.school_change_date
                   and x.person.school_change_date < SchoolYear(self.current).start]
        return Summary(advanced=max(0, len(pupils) - len(left) - len(changed)),
                       left=len(left), changed=len(changed)).as_dict()
