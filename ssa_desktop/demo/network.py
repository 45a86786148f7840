"""Schools, the post, cooperation agreements with their goals, partners and teachers;
network activities."""

from __future__ import annotations

from datetime import date

from ..domain import activities as rules
from ..domain import entities as e
from ..domain.schoolyear import SchoolYear
from ..storage import repositories as repo
from .base import GeneratorBase
from .catalogue import (
    AGREEMENT_GOALS,
    NETWORK_KINDS,
    PARTNERS,
    SCHOOLS,
)


class Network(GeneratorBase):
    def structure(self) -> None:
        rng = self.rng
        self.schools = []
        for name, code, kind, address, _ in SCHOOLS:
            school = e.School(name, code=code, school_type=kind, address=address, id=self.id(),
                              school_number=f"0415{len(self.schools) + 1:04d}")  # fictional
            self.schools.append(school)
            self.add(repo.SCHOOLS, school)
        post = e.Post("Stelle Schulsozialarbeit Emmendingen-Nord", full_time_hours=39.0,
                      qualification="Sozialarbeiterin (B. A.), staatlich anerkannt", id=self.id())
        self.add(repo.POSTS, post)
        for year in range(self.first_year, self.current + 1):
            first_share = rng.choice((35.0, 37.5, 40.0))
            for index, (school, spec) in enumerate(zip(self.schools, SCHOOLS, strict=True)):
                pupils = spec[4] + rng.randint(-25, 25) + (year - self.first_year) * rng.randint(-6, 8)
                self.add(repo.SCHOOL_PUPILS, e.SchoolPupils(school.id, year, pupils))
                share = first_share if index == 0 else 75.0 - first_share
                self.add(repo.POST_SHARES, e.PostShare(post.id, school.id, year, share))
        self.goals: dict[str, list[e.AgreementGoal]] = {}
        for school in self.schools:
            agreement = e.CooperationAgreement(
                school.id, valid_from=SchoolYear(self.first_year).start,
                evaluation_dates="Auswertungsgespräch jährlich im Oktober",
                notes="Kooperationsvereinbarung nach dem Muster des Landkreises; "
                      "Räume: eigener Beratungsraum im Erdgeschoss.", id=self.id())
            self.add(repo.AGREEMENTS, agreement)
            self.goals[school.id] = []
            for position, (goal, offer) in enumerate(AGREEMENT_GOALS):
                item = e.AgreementGoal(agreement.id, goal, offer, position, id=self.id())
                self.goals[school.id].append(item)
                self.add(repo.AGREEMENT_GOALS, item)
        self.partners = []
        for name, kind, person in PARTNERS:
            partner = e.Partner(name, partner_type=kind, contact_person=person,
                                phone=f"07641 {rng.randint(40, 99)}{rng.randint(100, 999)}-0",
                                note="", id=self.id())
            self.partners.append(partner)
            self.add(repo.PARTNERS, partner)
        base = SchoolYear(self.first_year).start
        self.teachers = [self.person("teacher", gender=rng.choice("wm"), day=base,
                                     school_id=rng.choice(self.schools).id)
                         for _ in range(max(1, self.n(self.p.teachers)))]

    def network(self, year: int, days: list[date], fraction: float) -> None:
        rng = self.rng
        for _ in range(self.n(self.p.network, fraction) if days else 0):
            kind, (m_min, m_max), partner, text, _ = rng.choices(
                NETWORK_KINDS, weights=[k[4] for k in NETWORK_KINDS])[0]
            school = rng.choice(self.schools)
            act = e.NetworkActivity(kind, rng.choice(days), rng.randrange(m_min, m_max + 1, 5),
                                    school_id=school.id,
                                    partner_id=self.partners[partner].id if partner is not None else None,
                                    goal_id=self.goals[school.id][1].id if kind == "GLK" else None,
                                    note=text, id=self.id())
            partner_type = self.partners[partner].partner_type if partner is not None else ""
            self.activity(act, *rules.for_network_activity(act, partner_type),
                          repo.NETWORK_ACTIVITIES)
