"""The generator's common state and helpers: one random source, the rows collected per
table, ids and timestamps, pupils and persons, and the notes composed from text fragments.
The features (``cases``, ``contacts`` …) are mixins of ``GeneratorBase``."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..domain import activities as rules
from ..domain import entities as e
from ..domain.schoolyear import SchoolYear
from ..storage import repositories as repo
from .catalogue import (
    HEAVY_PSEUDONYM,
    Profile,
    Progress,
    _texts,
    school_days,
)


@dataclass
class _Pupil:
    person: e.Person
    school_id: str
    grade0: int            # grade in school year ``year0``
    year0: int
    letter: str
    guardian: e.Person | None = None

    def grade_in(self, year: int) -> int:
        return self.grade0 + (year - self.year0)

    def as_of(self, year: int) -> e.Person:
        """The person as record_contact would have read it in ``year``."""
        grade = self.grade_in(year)
        return dataclasses.replace(self.person, grade=grade, class_label=f"{grade}{self.letter}")


class GeneratorBase:
    # what ``Network.structure`` makes first and the other parts use
    schools: list[e.School]
    teachers: list[e.Person]
    goals: dict[str, list[e.AgreementGoal]]

    if TYPE_CHECKING:  # ``Contacts.contact``, used by the case work
        def contact(self, who: e.Person, case: e.Case | None, day: date, kind: str,
                    minutes: int, participants: tuple[str, ...], topics: tuple[str, ...],
                    access: str, referral: str, note: str, observation: str,
                    assessment: str, stat_person: e.Person) -> e.Contact: ...

    def __init__(self, *, years: int, today: date, seed: int, scale: float, profile: Profile,
                 progress: Progress | None):
        self.rng = random.Random(seed)
        self.seed = seed
        self.years = years
        self.today = today
        self.scale = scale
        self.p = profile
        self.progress = progress or (lambda percent, text: None)
        self.t = _texts()
        self.out: dict[str, list] = {t.name: [] for t in repo.ALL_TABLES}
        self.codes = self._code_pool()
        self.current = SchoolYear.of(today).start_year
        self.first_year = self.current - years + 1
        self.pupils: list[_Pupil] = []
        self.members: list[e.GroupMember] = []   # group_member (outside ALL_TABLES)
        self.stat_count = 0
        self.used_days: dict[int, list[date]] = {}

    def id(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def created(self, day: date, minute: int = 0) -> str:
        return f"{day.isoformat()} {15 + minute // 60 % 4:02d}:{minute % 60:02d}:00"

    def pick(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def n(self, amount: int, fraction: float = 1.0) -> int:
        return max(0, round(amount * self.scale * fraction))

    def _code_pool(self) -> list[str]:
        letters = "ABCDEFGHJKLMNPRSTUVWZ"
        pool = [f"{c}-{i:02d}" for c in letters for i in range(1, 100)]
        self.rng.shuffle(pool)
        extra = [f"{c}-{i}" for c in letters for i in range(100, 1000)]
        self.rng.shuffle(extra)
        # pop() takes from the end: the two-digit codes are handed out first
        return [code for code in extra[::-1] + pool if code != HEAVY_PSEUDONYM]

    def add(self, table, obj) -> None:
        self.out[table.name].append(obj)

    def activity(self, obj, stat: e.StatisticsRecord, entry: e.TimeEntry, table) -> None:
        stat.id = self.id()
        entry.id = self.id()
        self.add(table, obj)
        self.add(repo.STATISTICS, stat)
        self.add(repo.TIME_ENTRIES, entry)

    def procedure_record(self, proc: e.ChildProtectionProcedure, person: e.Person) -> None:
        stat = rules.for_child_protection(proc, person)
        stat.id = self.id()
        self.add(repo.STATISTICS, stat)

    def time_of_day(self) -> str:
        minute = self.rng.randrange(7 * 60 + 45, 15 * 60 + 30, 5)
        return f"{minute // 60:02d}:{minute % 60:02d}"

    def fill(self, text: str, ref: str, gender: str, *, sentence: bool = True,
             code: str = "") -> str:
        t, rng = self.t, self.rng
        pron = {"w": "sie", "m": "er"}.get(gender)
        if pron:
            text = text.replace("sie oder er", pron).replace("sie oder ihn",
                                                              "sie" if pron == "sie" else "ihn")
        # a role ("die Schülerin") only as the subject at the start; elsewhere the code
        if text.startswith("{P}"):
            text = ref + text[3:]
        slots: dict[str, str | Callable[[], str]] = {
            "{P}": code or ref, "{wie}": lambda: self.fill(rng.choice(t["how"]), code or ref, gender,
                                       sentence=False),
            "{tag}": lambda: rng.choice(t["weekdays"]), "{fach}": lambda: rng.choice(t["subjects"]),
            "{ort}": lambda: rng.choice(t["places"]), "{mit}": lambda: rng.choice(t["others"]),
            "{lehrer}": lambda: rng.choice(t["teachers"]),
            "{verwandt}": lambda: rng.choice(t["relatives"]),
            "{gefuehl}": lambda: rng.choice(t["feelings"]),
            "{n}": lambda: str(rng.randint(2, 6)), "{skala}": lambda: str(rng.randint(2, 8)),
        }
        for slot, value in slots.items():
            while slot in text:
                text = text.replace(slot, value() if callable(value) else value, 1)
        return text[0].upper() + text[1:] if text and sentence else text

    def compose(self, kind: str, topics: tuple[str, ...], pseudonym: str, gender: str,
                target: int) -> tuple[str, str, str]:
        """(observation, assessment, note) of a contact, about ``target`` characters."""
        t, rng = self.t, self.rng
        ref_choices = [pseudonym, pseudonym]
        ref_choices.append({"w": "die Schülerin", "m": "der Schüler"}.get(gender, pseudonym))
        def ref() -> str:
            return rng.choice(ref_choices)
        target = max(80, int(rng.gauss(target, target * 0.25)))
        obs: list[str] = []
        if kind in ("TEL", "EG", "HB"):
            obs.append(self.fill(rng.choice(t["parent_notes"]), pseudonym, gender))
        else:
            obs.append(self.fill(rng.choice(t["openers"]), ref(), gender, code=pseudonym))
        pool = [s for topic in topics for s in t["observations"].get(topic, [])]
        pool = pool or t["observations"]["SON"]
        rng.shuffle(pool)
        for sentence in pool:
            if sum(len(s) + 1 for s in obs) > target * 0.55:
                break
            obs.append(self.fill(sentence, ref(), gender, code=pseudonym))
        assessment: list[str] = []
        if rng.random() < 0.8:
            apool = [s for topic in topics for s in t["assessments"].get(topic, [])]
            rng.shuffle(apool)
            for sentence in apool[:2]:
                assessment.append(self.fill(sentence, pseudonym, gender))
                if sum(len(s) for s in assessment) > target * 0.25:
                    break
        note: list[str] = []
        agreements = list(t["agreements"])
        rng.shuffle(agreements)
        used = sum(len(s) + 1 for s in obs + assessment)
        for sentence in agreements[:3]:
            note.append(self.fill(sentence, pseudonym, gender))
            used += len(note[-1]) + 1
            if used >= target:
                break
        return " ".join(obs), " ".join(assessment), " ".join(note)

    def name(self, gender: str) -> tuple[str, str]:
        t, rng = self.t, self.rng
        if rng.random() >= 0.5:
            return "", ""
        key = {"w": "first_names_w", "m": "first_names_m"}.get(gender, "first_names_d")
        return rng.choice(t[key]), rng.choice(t["last_names"])

    def person(self, kind: str, *, gender: str, day: date, school_id: str | None,
               pseudonym: str | None = None, **fields) -> e.Person:
        first, last = self.name(gender) if kind != "teacher" else ("", "")
        person = e.Person(pseudonym=pseudonym or self.codes.pop(), kind=kind, first_name=first,
                          last_name=last, gender=gender, school_id=school_id,
                          stat_token=self.id(), created=self.created(day, self.rng.randrange(240)),
                          id=self.id(), **fields)
        self.add(repo.PERSONS, person)
        return person

    def new_pupil(self, year: int, day: date, *, pseudonym: str | None = None) -> _Pupil:
        rng = self.rng
        school = rng.choice(self.schools)
        gender = rng.choices("wmdu", weights=(47, 47, 2, 4))[0]
        grade = rng.choices(range(5, 11), weights=(18, 20, 19, 17, 14, 12))[0]
        letter = rng.choice("abcd")
        person = self.person("pupil", gender=gender, day=day, school_id=school.id,
                             pseudonym=pseudonym, birth_year=year - grade - 5 + rng.choice((0, 0, 1)))
        pupil = _Pupil(person, school.id, grade, year, letter)
        self.pupils.append(pupil)
        if person.first_name and rng.random() < 0.4:
            person.guardian_contact = (f"{rng.choice(('Mutter', 'Vater', 'Eltern'))}: "
                                       f"07641 {rng.randint(10, 99)} {rng.randint(100, 999)}")
            if person.last_name:   # their postal address for a letter (no draw: the stream stays)
                person.guardian_address = (f"Familie {person.last_name}\n"
                                           f"Lindenallee {len(self.pupils)}\n79312 Emmendingen")
        return pupil

    def finish_pupils(self) -> None:
        """Current grade and class; leaving after grade 10, some moved away or changed school."""
        rng = self.rng
        for pupil in self.pupils:
            person = pupil.person
            grade = pupil.grade_in(self.current)
            if grade > 10:
                left_year = pupil.year0 + (10 - pupil.grade0)
                person.grade, person.class_label = 10, f"10{pupil.letter}"
                person.leaving_date = date(left_year + 1, 7, 24)
                continue
            person.grade, person.class_label = grade, f"{grade}{pupil.letter}"
            if person.pseudonym == HEAVY_PSEUDONYM:
                continue
            roll = rng.random()
            if roll < 0.04 and pupil.year0 < self.current:
                person.school_change_date = self.past_day(pupil.year0 + 1, 20)
            elif roll < 0.08 and pupil.year0 < self.current:
                person.leaving_date = self.past_day(pupil.year0 + 1, 20)

    def past_day(self, year: int, min_age: int) -> date:
        """A school day of ``year`` at least ``min_age`` days before today."""
        days = [d for d in self.days_of(year) if d <= self.today - timedelta(days=min_age)]
        return self.rng.choice(days) if days else self.today - timedelta(days=min_age)

    def days_of(self, year: int) -> list[date]:
        if year not in self.used_days:
            sy = SchoolYear(year)
            self.used_days[year] = school_days(sy.start, min(sy.end, self.today))
        return self.used_days[year]
