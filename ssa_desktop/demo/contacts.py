"""Contacts: one contact with its statistics record and time entry, short contacts,
appointments, and the annotations, working note and draft of a lived-in vault."""

from __future__ import annotations

import json
from datetime import date, timedelta

from ..domain import activities as rules
from ..domain import entities as e
from ..storage import repositories as repo
from .base import GeneratorBase
from .catalogue import (
    HEAVY_PSEUDONYM,
    ROOMS,
    TOPIC_WEIGHTS,
    _plus,
)


class Contacts(GeneratorBase):
    def contact(self, who: e.Person, case: e.Case | None, day: date, kind: str, minutes: int,
                participants: tuple[str, ...], topics: tuple[str, ...], access: str,
                referral: str, note: str, observation: str, assessment: str,
                stat_person: e.Person) -> e.Contact:
        contact = e.Contact(day=day, kind=kind, duration_min=minutes,
                            school_id=who.school_id, person_id=who.id,
                            case_id=case.id if case else None, time=self.time_of_day(),
                            participants=participants, topics=topics, access_route=access,
                            referral=referral, note=note, observation=observation,
                            assessment=assessment,
                            created=self.created(day, self.rng.randrange(240)), id=self.id())
        stat, entry = rules.for_contact(contact, stat_person)
        self.activity(contact, stat, entry, repo.CONTACTS)
        return contact

    def short_contacts(self, year: int, days: list[date], fraction: float) -> None:
        rng = self.rng
        for _ in range(self.n(self.p.short_contacts, fraction) if days else 0):
            sc = e.ShortContact(day=rng.choice(days), school_id=rng.choice(self.schools).id,
                                gender=rng.choices("wmdu", weights=(45, 45, 2, 8))[0],
                                grade=rng.randint(5, 10), topics=(self.pick(TOPIC_WEIGHTS),),
                                count=rng.choices((1, 2, 3), weights=(7, 2, 1))[0],
                                duration_min=rng.choice((5, 5, 10)), id=self.id())
            self.activity(sc, *rules.for_short_contact(sc), repo.SHORT_CONTACTS)

    def appointments(self) -> None:
        rng = self.rng
        contacts = [c for c in self.out[repo.CONTACTS.name] if c.kind == "EB" and c.case_id]
        for contact in rng.sample(contacts, len(contacts) // 7):
            start = contact.time
            self.add(repo.APPOINTMENTS, e.Appointment(
                contact.day, start, _plus(start, contact.duration_min), person_id=contact.person_id,
                school_id=contact.school_id, room=rng.choice(ROOMS), status="attended",
                contact_id=contact.id, id=self.id()))
        active = [x for x in self.pupils
                  if not x.person.leaving_date and not x.person.school_change_date
                  and x.person.pseudonym != HEAVY_PSEUDONYM]
        for _ in range(max(2, len(contacts) // 60)):
            day = self.past_day(self.current if self.days_of(self.current) else self.current - 1, 1)
            start = self.time_of_day()
            pupil = rng.choice(active)
            self.add(repo.APPOINTMENTS, e.Appointment(
                day, start, _plus(start, 30), person_id=pupil.person.id, school_id=pupil.school_id,
                room=rng.choice(ROOMS), status=rng.choice(("missed", "cancelled")),
                note="Neuer Termin wird vereinbart.", id=self.id()))
        # upcoming: today 2–4 at plausible times, tomorrow and the following school days
        plan: list[tuple[date, list[str]]] = []
        starts = ["08:00", "08:50", "09:40", "10:25", "11:15", "12:05", "13:30", "14:15"]
        plan.append((self.today, sorted(rng.sample(starts, rng.randint(2, 4)))))
        day, added = self.today, 0
        while added < 5:
            day += timedelta(days=1)
            if day.weekday() >= 5:
                continue
            plan.append((day, sorted(rng.sample(starts, rng.randint(1, 3)))))
            added += 1
        for index, (day, times) in enumerate(plan):
            for start in times:
                pupil = rng.choice(active)
                self.add(repo.APPOINTMENTS, e.Appointment(
                    day, start, _plus(start, rng.choice((30, 30, 45))), person_id=pupil.person.id,
                    school_id=pupil.school_id, room=rng.choice(ROOMS), status="planned",
                    note="Folgetermin" if index else "Beratungszettel ist ausgegeben.",
                    id=self.id()))

    def extras(self) -> None:
        rng, today = self.rng, self.today
        contacts = self.out[repo.CONTACTS.name]
        if contacts:
            target = max(contacts, key=lambda c: (c.day, c.id))
            target.disputed = True
            self.add(repo.ANNOTATIONS, e.Annotation(
                "contact", target.id, "observation", target.observation,
                "Die Mutter widerspricht der Darstellung: Der Streit sei nicht vom Kind "
                "ausgegangen. Vermerk auf Wunsch der Mutter (bestritten).",
                created=self.created(target.day, 200), id=self.id()))
            second = contacts[len(contacts) // 2]
            self.add(repo.ANNOTATIONS, e.Annotation(
                "contact", second.id, "note", second.note,
                "Korrektur: Der Folgetermin wurde auf die nächste Woche verschoben.",
                created=self.created(second.day, 220), id=self.id()))
        open_cases = [c for c in self.out[repo.CASES.name] if c.status == "open"]
        case = rng.choice(open_cases) if open_cases else None
        self.add(repo.WORKING_NOTES, e.WorkingNote(
            "Für das nächste Gespräch: nach dem Stand mit der Tischgruppe fragen; "
            "Infoblatt Beratungsstelle ausdrucken.", expires=today + timedelta(days=20),
            person_id=case.person_id if case else None, case_id=case.id if case else None,
            created=self.created(today, 10), id=self.id()))
        self.add(repo.DRAFTS, e.Draft(
            "contact", json.dumps({"kind": "EB", "duration_min": 30, "topics": ["KON"],
                                   "note": "Gespräch nach der großen Pause, es ging wieder um"},
                                  ensure_ascii=False),
            ref="quick_entry", updated=self.created(today, 30), id=self.id()))
