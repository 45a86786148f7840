"""Groups, class projects and open offers with their sessions."""

from __future__ import annotations

from datetime import date
from hashlib import sha256

from ..domain import activities as rules
from ..domain import entities as e
from ..storage import repositories as repo
from .base import GeneratorBase
from .catalogue import (
    GROUP_TEMPLATES,
    OPEN_OFFERS,
    _purposes,
)


class GroupsAndOffers(GeneratorBase):
    def groups(self, year: int, days: list[date], fraction: float) -> None:
        rng = self.rng
        if not days:
            return
        for _ in range(self.n(self.p.groups, fraction)):
            kind, title, (s_min, s_max), (m_min, m_max), goal, grades = rng.choice(GROUP_TEMPLATES)
            school = rng.choice(self.schools)
            grade = rng.choice(grades)
            label = f"{grade}{rng.choice('abcd')}"
            size = rng.randint(18, 28) if kind != "group" else rng.randint(6, 12)
            girls = rng.randint(size // 3, size - size // 3)
            if title == "Mädchengruppe":
                girls = size
            elif title == "Jungengruppe":
                girls = 0
            diverse = 1 if size > 20 and rng.random() < 0.15 else 0
            names, members = "", []
            if kind == "group" and rng.random() < 0.5:
                known = [x.person for x in self.pupils if x.school_id == school.id
                         and x.grade_in(year) in grades]
                members = rng.sample(known, min(size, len(known)))
                names = ", ".join(sorted(p.pseudonym for p in members))
            group = e.GroupActivity(
                title.format(g=grade, c=label), year, kind=kind, school_id=school.id,
                classes=label if "{c}" in title else f"Klassenstufe {grade}",
                goal_id=self.goals[school.id][goal].id, participants_m=size - girls - diverse,
                participants_w=girls, participants_d=diverse,
                co_leaders=rng.choice(("", "Klassenleitung", "Vertrauenslehrerin", "Jugendhaus")),
                name_list=names, reported=year < self.current, purposes=_purposes(title),
                note=rng.choice(("Ablauf und Methoden im Ordner Gruppenarbeit.",
                                 "Räume über das Sekretariat reserviert.",
                                 "Rückmeldebogen am Ende ausgewertet.", "")),
                id=self.id())
            self.add(repo.GROUPS, group)
            # the listed pupils are its members, from the year's first school day (the
            # serial letter writes to them); ids from the pair, so the random stream and
            # with it every other demo row stay as they were
            left = days[-1] if year < self.current else None   # a past year's ended
            self.members += [e.GroupMember(group.id, p.id, days[0], left,
                                           id=sha256(f"{group.id}/{p.id}".encode()).hexdigest()[:32])
                             for p in sorted(members, key=lambda p: p.pseudonym)]
            start = rng.randrange(len(days))
            for i in range(rng.randint(s_min, s_max)):
                index = start + i * 5
                if index >= len(days):
                    break
                session = e.GroupSession(group.id, days[index], rng.randint(m_min, m_max),
                                         note=f"Einheit {i + 1}", id=self.id())
                self.activity(session, *rules.for_group_session(session, group),
                              repo.GROUP_SESSIONS)

    def open_offers(self, year: int, days: list[date], fraction: float) -> None:
        rng = self.rng
        amount = self.n(self.p.open_sessions, fraction)
        for _ in range(amount if days else 0):
            title, weekday, minutes, (v_min, v_max), goal = rng.choice(OPEN_OFFERS)
            candidates = [d for d in days if d.weekday() == weekday] or days
            school = rng.choice(self.schools)
            visitors = rng.randint(v_min, v_max)
            girls = rng.randint(0, visitors)
            session = e.OpenOfferSession(
                title, rng.choice(candidates), minutes, visitors=visitors, school_id=school.id,
                visitors_m=visitors - girls if rng.random() < 0.6 else None,
                visitors_w=girls, visitors_d=0, goal_id=self.goals[school.id][goal].id,
                note=rng.choice(("", "", "Regen, viele im Raum.", "Turnier Runde "
                                 f"{rng.randint(1, 5)}", "Neue Fünftklässler:innen dabei.")),
                id=self.id())
            if session.visitors_m is None:
                session.visitors_w = session.visitors_d = None
            self.activity(session, *rules.for_open_offer(session), repo.OPEN_OFFERS)
