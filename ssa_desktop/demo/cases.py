"""Persons and cases: the Einzelfallhilfe of each school year, the benchmark's heavy
person, and the outcome of every closed case (KVJS)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..domain import activities as rules
from ..domain import entities as e
from ..domain import goals as g
from ..domain import tokens
from ..domain.schoolyear import SchoolYear
from ..storage import repositories as repo
from .base import GeneratorBase, _Pupil
from .catalogue import (
    ACCESS_WEIGHTS,
    CASE_OUTCOME_WEIGHTS,
    CONTACT_KINDS,
    DEMO_GOAL_TABLE,
    HEAVY_PSEUDONYM,
    REFERRAL_FOR_TOPIC,
    TOPIC_WEIGHTS,
    _topic_title,
)


class CaseWork(GeneratorBase):
    def casework(self, year: int, days: list[date], fraction: float) -> None:
        rng, p = self.rng, self.p
        if not days:
            return
        pupils = [self.new_pupil(year, rng.choice(days)) for _ in range(self.n(p.pupils, fraction))]
        returning = [x for x in self.pupils if x.year0 < year and x.grade_in(year) <= 10
                     and x.person.pseudonym != HEAVY_PSEUDONYM]
        extra = max(0, self.n(p.cases, fraction) - len(pupils))
        pupils += rng.sample(returning, min(extra, len(returning)))
        if not pupils:
            return
        for pupil in rng.sample(pupils, min(len(pupils), self.n(p.guardians, fraction))):
            if pupil.guardian is None:
                pupil.guardian = self.person("guardian", gender=rng.choice("wwm"),
                                             day=days[0], school_id=pupil.school_id)
        weights = [min(rng.paretovariate(1.3), 12.0) for _ in pupils]
        quota = self.n(p.contacts, fraction)
        total = sum(weights)
        for pupil, weight in zip(pupils, weights, strict=True):
            count = max(1, round(weight * quota / total))
            self.case(pupil, year, days, count)
        teacher_contacts = max(1, quota // 25)
        for _ in range(teacher_contacts):
            teacher = rng.choice(self.teachers)
            day = rng.choice(days)
            topics = (self.pick(TOPIC_WEIGHTS),)
            note = self.fill(rng.choice(self.t["teacher_notes"]), teacher.pseudonym, teacher.gender)
            self.contact(teacher, None, day, "BL", rng.randint(15, 30), ("teacher",), topics,
                         "teacher", "", note, "", "", teacher)

    def case(self, pupil: _Pupil, year: int, days: list[date], count: int) -> None:
        rng = self.rng
        start = rng.randrange(max(1, len(days) - 5))
        topics = tuple(dict.fromkeys(self.pick(TOPIC_WEIGHTS) for _ in range(rng.randint(1, 3))))
        access = self.pick(ACCESS_WEIGHTS)
        referral = "none"
        if rng.random() < 0.22:
            referral = next((REFERRAL_FOR_TOPIC[t] for t in topics if t in REFERRAL_FOR_TOPIC),
                            "OTH")
        case = e.Case(pupil.person.id, opened=days[start], school_id=pupil.school_id,
                      title=" / ".join(_topic_title(t) for t in topics), access_route=access,
                      topics=topics, referral=referral, id=self.id())
        self.add(repo.CASES, case)
        contact_days = self._contact_days(days, start, count)
        self._case_contacts(pupil, year, case, contact_days)
        last_day = contact_days[-1] if contact_days else case.opened
        if last_day < self.today - timedelta(days=42) and rng.random() < 0.85:
            case.status = "closed"
            case.closed = min(self.today, last_day + timedelta(days=rng.randint(0, 14)))
        elif rng.random() < 0.12:
            case.status = "paused"

    def _contact_days(self, days: list[date], start: int, count: int) -> list[date]:
        """Up to ``count`` school days from ``start``, a few days to two weeks apart."""
        index, contact_days = start, []
        for _ in range(count):
            if index >= len(days):
                break
            contact_days.append(days[index])
            index += self.rng.choice((1, 2, 3, 5, 5, 7, 10, 14))
        return contact_days

    def _case_contacts(self, pupil: _Pupil, year: int, case: e.Case, contact_days: list[date]) -> None:
        """One contact per day: the first an Einzelberatung, a call or parents' talk mostly
        with the guardian; the last names the case's referral."""
        rng = self.rng
        as_then = pupil.as_of(year)
        for position, day in enumerate(contact_days):
            kind, _, minutes, participants = rng.choices(
                CONTACT_KINDS, weights=[k[1] for k in CONTACT_KINDS])[0]
            if position == 0:
                kind, minutes, participants = "EB", (30, 45), ("pupil",)
            who = as_then
            if kind in ("TEL", "EG") and pupil.guardian is not None and rng.random() < 0.7:
                who = pupil.guardian
            sub_topics = tuple(rng.sample(case.topics, rng.randint(1, len(case.topics))))
            last = position == len(contact_days) - 1
            obs, assessment, note = self.compose(kind, sub_topics, pupil.person.pseudonym,
                                                 pupil.person.gender, self.p.note_chars)
            self.contact(who, case, day, kind, rng.randint(*minutes), participants, sub_topics,
                         case.access_route, case.referral if last and case.referral != "none" else "",
                         note, obs, assessment, as_then if who is as_then else who)

    def heavy_person(self) -> None:
        """The benchmark person: one pupil with exactly ``heavy_contacts`` contacts."""
        rng = self.rng
        all_days = [d for y in range(self.first_year, self.current + 1) for d in self.days_of(y)]
        if not self.p.heavy_contacts or not all_days:
            return
        pupil = self.new_pupil(self.first_year, all_days[0], pseudonym=HEAVY_PSEUDONYM)
        pupil.grade0 = max(5, min(pupil.grade0, 10 - (self.current - self.first_year)))
        days = sorted(rng.choices(all_days, k=self.p.heavy_contacts))
        case = None
        for day in days:
            year = SchoolYear.of(day).start_year
            if case is None or case.opened.year < day.year - 1:
                case = e.Case(pupil.person.id, opened=day, school_id=pupil.school_id,
                              title="Begleitung über mehrere Schuljahre", access_route="teacher",
                              topics=("FAM", "EMO", "SCH"), referral="EB", id=self.id())
                self.add(repo.CASES, case)
            topics = (rng.choice(case.topics),)
            obs, assessment, note = self.compose("EB", topics, pupil.person.pseudonym,
                                                 pupil.person.gender, self.p.note_chars)
            self.contact(pupil.as_of(year), case, day, "EB", rng.randint(20, 45), ("pupil",),
                         topics, "teacher", "", note, obs, assessment, pupil.as_of(year))
        cases = self.out[repo.CASES.name]
        for item in cases:
            if item.person_id == pupil.person.id and item is not case:
                item.status, item.closed = "closed", item.opened + timedelta(days=300)

    def kvjs_extras(self) -> None:
        """The post's staff block per school year and the outcome of every closed
        case with its anonymous record. Its own random source, so the rest of the demo
        stays as it was."""
        rng = random.Random(19)
        for post in self.out[repo.POSTS.name]:
            for year in range(self.first_year, self.current + 1):
                percent = sum(s.percent for s in self.out[repo.POST_SHARES.name]
                              if s.post_id == post.id and s.school_year == year)
                self.add(repo.POST_STAFF, e.PostStaff(
                    post.id, year, post.qualification, percent,
                    SchoolYear(self.first_year).start + timedelta(days=45), None, False, "free"))
        persons = {p.id: p for p in self.out[repo.PERSONS.name]}
        codes = [code for code, weight in CASE_OUTCOME_WEIGHTS for _ in range(weight)]
        for case in self.out[repo.CASES.name]:
            if case.status != "closed" or case.closed is None:
                continue
            case.outcome = rng.choice(codes)
            if case.outcome == "referred":
                case.outcome_referral = case.referral if case.referral not in ("", "none") \
                    else rng.choice(("EB", "SPS", "ASD", "KJP"))
            stat = rules.for_case_closing(case, persons.get(case.person_id))
            assert stat is not None  # a closed case (the open ones were skipped)
            stat.id = self.id()
            self.add(repo.STATISTICS, stat)

    def goal_work(self) -> None:
        """Goals with a scale on every third case: rated at some of its contacts (a few at a
        review), and their anonymous outcomes at closing or at the end of a past school
        year. Its own random source, so the rest of the demo stays as it was."""
        rng = random.Random(63)
        contacts: dict[str, list[e.Contact]] = {}
        for contact in self.out[repo.CONTACTS.name]:
            if contact.case_id:
                contacts.setdefault(contact.case_id, []).append(contact)
        for number, case in enumerate(self.out[repo.CASES.name]):
            if number % 3 or case.id not in contacts:
                continue
            gas = number % 2 == 0
            chosen = rng.choice(DEMO_GOAL_TABLE)
            goal = g.CaseGoal(
                case.id, chosen.goal, scale=g.GAS if gas else g.GENERIC,
                baseline=-2 if gas else rng.choice((1, 2)),
                pupil_words=rng.choice(chosen.own_words),
                target_date=case.opened + timedelta(days=rng.choice((90, 120, 180))),
                created=self.created(case.opened), id=self.id())
            if gas:
                (goal.anchor_1, goal.anchor_2, goal.anchor_3, goal.anchor_4,
                 goal.anchor_5) = chosen.anchors
            self.add(repo.goals_repo.CASE_GOALS, goal)
            level, ratings = goal.baseline, []
            for contact in contacts[case.id][1:]:
                if rng.random() < 0.6:
                    level = max(goal.levels[0], min(goal.levels[-1], level + rng.choice((-1, 0, 1, 1))))
                    ratings.append(g.GoalRating(goal.id, contact.day, level,
                                                None if rng.random() < 0.1 else contact.id,
                                                created=self.created(contact.day, 1), id=self.id()))
            for rating in ratings:
                self.add(repo.goals_repo.GOAL_RATINGS, rating)
            day, moment = (case.closed, g.AT_CLOSING) if case.status == "closed" and case.closed \
                else (SchoolYear.of(case.opened).end, g.AT_YEAR_END)
            if day >= self.today:
                continue
            year = SchoolYear.of(day).start_year
            self.add(repo.goals_repo.GOAL_OUTCOMES, g.outcome(
                goal, ratings, token=tokens.goal_token(goal.id, year), school_year=year,
                school_id=case.school_id, moment=moment, day=day))
