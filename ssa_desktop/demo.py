"""Realistic, deterministic demo data for an empty vault (CLI ``demo``, ``--demo``,
screenshots, tests and the benchmark data set).

A generator, not a use case: it lives beside the layers (not in ``services/``) and
writes in bulk through storage.

Everything is invented. Persons carry German pseudonym codes ("K-17"); about half also
have a (generated) name. Notes are composed from many sentence fragments of
``resources/demo/texts.json`` and only ever mention pseudonyms and roles, never names.

Activities are written through the same domain rules as
``services.activities.record_contact`` & co. (``domain.activities.for_*``), but in bulk:
every object is collected first and inserted with ``executemany`` in one transaction,
so three school years take well under a second. The statistics records and time
entries are exactly what the single-record services would have written at the time of
the activity (the pupil's grade then, not now).

Determinism: every id, token and timestamp comes from one ``random.Random(seed)``;
the same ``seed`` and ``today`` give the same vault content.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from .domain import activities as rules
from .domain import clock
from .domain import entities as e
from .domain.errors import UserError
from .domain.schoolyear import SchoolYear
from .paths import resource
from .storage import repositories as repo
from .storage.transactions import transaction

Progress = Callable[[int, str], None]

# The benchmark person: a pupil with exactly ``Profile.heavy_contacts`` contacts.
HEAVY_PSEUDONYM = "V-200"
GENERATOR_VERSION = 2


@dataclass(frozen=True)
class Profile:
    """Amounts per full school year at ``scale`` 1.0 (the current year pro rata)."""

    pupils: int            # pupils who come to counselling for the first time
    cases: int             # cases opened (new pupils + returning ones)
    contacts: int          # counselling contacts (Einzelfallhilfe, with notes)
    short_contacts: int    # Kurzkontakt records (each counts 1–3)
    groups: int            # group activities, class projects, project days
    open_sessions: int     # open-offer sessions
    network: int           # network activities
    indirect: int          # manual time entries (documentation, supervision, training)
    guardians: int         # parents/guardians as persons of their own
    teachers: int          # teachers as persons (Beratung Lehrkraft)
    note_chars: int        # average length of observation + assessment + note
    heavy_contacts: int = 0  # contacts of the benchmark person (0: none)


PROFILES = {
    "demo": Profile(pupils=60, cases=72, contacts=560, short_contacts=110, groups=14,
                    open_sessions=100, network=55, indirect=170, guardians=10, teachers=6,
                    note_chars=330),
    "benchmark": Profile(pupils=150, cases=215, contacts=3750, short_contacts=180, groups=157,
                         open_sessions=120, network=100, indirect=1000, guardians=20,
                         teachers=8, note_chars=500, heavy_contacts=200),
}

SCHOOLS = (
    # name, code, type, address, pupils in the first year, grades
    ("Gemeinschaftsschule Am Lindenpark", "GMS-LP", "GMS", "Lindenallee 12, 79312 Emmendingen", 540),
    ("Realschule Schlossberg", "RS-SB", "RS", "Schlossbergstraße 3, 79312 Emmendingen", 610),
)

AGREEMENT_GOALS = (
    ("Schüler:innen kennen gewaltfreie und konstruktive Konfliktlösungsmöglichkeiten und "
     "können diese umsetzen",
     "Projekttage zur gewaltfreien und konstruktiven Konfliktlösung in allen Klassen 5/6, "
     "mit Angeboten zur Nachhaltigkeit"),
    ("Konflikte in Klassen und Gruppen werden früh und gemeinsam bearbeitet",
     "Schulsozialarbeit erarbeitet in Konfliktsituationen mit Klassen, Gruppen oder Einzelnen "
     "Lösungen und unterstützt bei der Umsetzung (Klassenrat, Konfliktlotsen)"),
    ("Schüler:innen beteiligen sich aktiv am Schulleben (z. B. in den Pausen, an Schulfesten)",
     "Ältere Schüler:innen bieten mit Anleitung der Schulsozialarbeit ein Pausenangebot für "
     "Jüngere an (Tischtennis-Turnier); Pausen-Café gemeinsam mit Lehrkräften"),
    ("Schüler:innen besuchen die Schule regelmäßig; auf Schulvermeidung wird frühzeitig "
     "reagiert",
     "Klassenleitungen sprechen die Schulsozialarbeit frühzeitig an; Beteiligung an "
     "Schüler- und Elterngesprächen; Unterstützergruppe mit der Klassenleitung"),
)

# kind, title pattern, sessions (min, max), minutes (min, max), goal index, grades
GROUP_TEMPLATES = (
    ("group", "Sozialkompetenztraining Klasse {g}", (8, 12), (60, 90), 0, (5, 6)),
    ("class", "Klassenrat {c}", (6, 10), (45, 45), 1, (5, 6, 7)),
    ("group", "Konfliktlotsen-Ausbildung", (10, 14), (90, 90), 1, (7, 8)),
    ("project", "Projekttag Gewaltfreie Konfliktlösung {c}", (1, 1), (300, 330), 0, (5, 6)),
    ("class", "Klassengemeinschaft stärken {c}", (3, 5), (90, 90), 0, (5, 6, 7)),
    ("class", "Medienkompetenz und Cybermobbing {c}", (2, 4), (90, 90), 1, (6, 7)),
    ("group", "Mädchengruppe", (8, 12), (75, 90), 2, (6, 7, 8)),
    ("group", "Jungengruppe", (8, 12), (75, 90), 2, (6, 7, 8)),
    ("class", "Bewerbungstraining {c}", (2, 3), (90, 90), 3, (8, 9)),
    ("project", "Teamtag {c}", (1, 1), (270, 300), 0, (5,)),
    ("class", "Suchtprävention {c}", (2, 3), (90, 90), 1, (7, 8)),
    ("group", "Lerngruppe Übergang Klasse 10", (6, 10), (60, 60), 3, (9, 10)),
)

OPEN_OFFERS = (
    # title, weekday (0 = Monday), minutes, visitors (min, max), goal index
    ("Pausenangebot Tischtennis", 1, 20, (6, 24), 2),
    ("Offener Raum", 2, 60, (4, 16), 2),
    ("Pausen-Café", 4, 25, (10, 35), 2),
)

PARTNERS = (
    ("Landratsamt – Jugendamt / ASD Nord", "JA", "Frau Keller (Bezirkssozialarbeit)"),
    ("Psychologische Beratungsstelle für Eltern, Kinder und Jugendliche", "BST", "Herr Vogt"),
    ("Schulpsychologische Beratungsstelle", "SPS", "Frau Dr. Rieger"),
    ("Polizeipräsidium – Referat Prävention", "POL", "KHK Baumann"),
    ("TSV Emmendingen – Jugendabteilung", "VER", "Jugendleitung"),
    ("DRK Jugendrotkreuz Kreisverband", "HIL", "Frau Ott"),
    ("Suchtberatungsstelle der AGJ", "BST", "Frau Hahn"),
    ("Agentur für Arbeit – Berufsberatung", "WIR", "Herr Maier"),
    ("Jugendhaus Kastelberg", "KJH", "Team Jugendhaus"),
    ("Theaterwerkstatt Zündfunke", "KUL", "Frau Lutz"),
    ("Kinder- und Jugendpsychiatrie – Institutsambulanz", "THE", "Sekretariat"),
    ("Migrationsdienst der Caritas", "BST", "Frau Sahin"),
)

NETWORK_KINDS = (
    # kind, minutes (min, max), partner index or None, text, weight
    ("GLK", (60, 120), None, "Gesamtlehrerkonferenz: Bericht der Schulsozialarbeit", 2),
    ("SL", (30, 45), None, "Jour fixe mit der Schulleitung", 4),
    ("GRE", (90, 150), None, "Arbeitskreis Schulsozialarbeit im Landkreis", 2),
    ("RT", (60, 90), 0, "Runder Tisch mit ASD und Schule (pseudonymisiert)", 1),
    ("KFB", (60, 90), None, "Kollegiale Fallberatung im Team des Trägers (pseudonymisiert)", 2),
    ("KOG", (30, 60), 1, "Kooperationsgespräch mit der Beratungsstelle", 1),
    ("KOG", (30, 60), 3, "Planung Präventionsveranstaltung mit der Polizei", 1),
    ("KOG", (30, 60), 4, "Absprache Schnuppertraining mit dem Sportverein", 1),
    ("GWA", (90, 180), 8, "Stadtteilarbeit: Vorbereitung Stadtteilfest mit dem Jugendhaus", 1),
    ("KOG", (30, 60), 7, "Abstimmung Berufsorientierung mit der Berufsberatung", 1),
)

INDIRECT = (
    # category, minutes (min, max), note, weight
    ("DOK", (20, 60), "Dokumentation", 10),
    ("IND", (30, 90), "Vor- und Nachbereitung Gruppenangebot", 4),
    ("ABS", (30, 60), "Organisation und Terminabsprachen", 3),
    ("SUP", (90, 120), "Supervision", 1),
    ("FOB", (240, 420), "Fortbildung", 1),
)

FORTBILDUNGEN = ("Kinderschutz nach § 8a SGB VIII", "Systemische Gesprächsführung",
                 "No-Blame-Approach", "Cybermobbing", "Datenschutz in der Jugendhilfe")

ROOMS = ("Beratungsraum", "Raum 012", "Raum B 1.14", "Büro Schulsozialarbeit")

CONTACT_KINDS = (
    # kind, weight, minutes (min, max), participants
    ("EB", 58, (20, 45), ("pupil",)),
    ("EG", 9, (40, 60), ("pupil", "parent")),
    ("TEL", 8, (10, 20), ("parent",)),
    ("GB", 5, (30, 45), ("pupil",)),
    ("KI", 4, (45, 90), ("pupil",)),
    ("HK", 4, (60, 90), ("pupil", "parent", "teacher", "other")),
    ("VM", 3, (30, 45), ("pupil",)),
    ("HB", 1, (60, 90), ("pupil", "parent")),
)

TOPIC_WEIGHTS = {"KON": 18, "FAM": 14, "SCH": 9, "VER": 9, "EMO": 12, "GEW": 8, "SUC": 4,
                 "SEX": 2, "BER": 6, "MIG": 3, "KWG": 1, "LEI": 6, "FRE": 8, "GES": 3, "SON": 2}
ACCESS_WEIGHTS = {"self": 38, "teacher": 30, "parents": 12, "management": 5, "peers": 8,
                  "youth_office": 2, "other": 5}
REFERRAL_FOR_TOPIC = {"FAM": "EB", "EMO": "KJP", "SUC": "SUC", "BER": "BER", "MIG": "MIG",
                      "KWG": "ASD", "SCH": "SPS", "GES": "ARZ", "GEW": "POL"}


def _texts() -> dict:
    return json.loads(resource("demo", "texts.json").read_text("utf-8"))


# -- calendar ------------------------------------------------------------------------------
def _holiday(day: date) -> bool:
    """Rough Baden-Württemberg school holidays (enough for plausible demo dates)."""
    m, d = day.month, day.day
    return ((m == 8) or (m == 9 and d < 12) or (m == 10 and d >= 28) or (m == 11 and d <= 1)
            or (m == 12 and d >= 23) or (m == 1 and d <= 6) or (m == 2 and 24 <= d <= 28)
            or (m == 4 and 1 <= d <= 12) or (m == 6 and 3 <= d <= 13)
            or (m == 7 and d >= 26))


def school_days(first: date, last: date) -> list[date]:
    days, day = [], first
    while day <= last:
        if day.weekday() < 5 and not _holiday(day):
            days.append(day)
        day += timedelta(days=1)
    return days


# -- the generator -------------------------------------------------------------------------
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


class _Generator:
    def __init__(self, *, years: int, today: date, seed: int, scale: float, profile: Profile,
                 progress: Progress | None):
        self.rng = random.Random(seed)
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
        self.stat_count = 0
        self.used_days: dict[int, list[date]] = {}

    # small helpers ------------------------------------------------------------------
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

    # text ----------------------------------------------------------------------------
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
        slots = {
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

    # persons ---------------------------------------------------------------------------
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

    # structure -------------------------------------------------------------------------
    def structure(self) -> None:
        rng = self.rng
        self.schools = []
        for name, code, kind, address, _ in SCHOOLS:
            school = e.School(name, code=code, school_type=kind, address=address, id=self.id())
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

    # Einzelfallhilfe ---------------------------------------------------------------------
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
        as_then = pupil.as_of(year)
        index, contact_days = start, []
        for _ in range(count):
            if index >= len(days):
                break
            contact_days.append(days[index])
            index += rng.choice((1, 2, 3, 5, 5, 7, 10, 14))
        for position, day in enumerate(contact_days):
            kind, _, minutes, participants = rng.choices(
                CONTACT_KINDS, weights=[k[1] for k in CONTACT_KINDS])[0]
            if position == 0:
                kind, minutes, participants = "EB", (30, 45), ("pupil",)
            who = as_then
            if kind in ("TEL", "EG") and pupil.guardian is not None and rng.random() < 0.7:
                who = pupil.guardian
            sub_topics = tuple(rng.sample(topics, rng.randint(1, len(topics))))
            last = position == len(contact_days) - 1
            obs, assessment, note = self.compose(kind, sub_topics, pupil.person.pseudonym,
                                                 pupil.person.gender, self.p.note_chars)
            self.contact(who, case, day, kind, rng.randint(*minutes), participants, sub_topics,
                         access, referral if last and referral != "none" else "", note, obs,
                         assessment, as_then if who is as_then else who)
        last_day = contact_days[-1] if contact_days else case.opened
        if last_day < self.today - timedelta(days=42) and rng.random() < 0.85:
            case.status = "closed"
            case.closed = min(self.today, last_day + timedelta(days=rng.randint(0, 14)))
        elif rng.random() < 0.12:
            case.status = "paused"

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

    # Kurzkontakte, groups, open offers, network, indirect time -----------------------------
    def short_contacts(self, year: int, days: list[date], fraction: float) -> None:
        rng = self.rng
        for _ in range(self.n(self.p.short_contacts, fraction) if days else 0):
            sc = e.ShortContact(day=rng.choice(days), school_id=rng.choice(self.schools).id,
                                gender=rng.choices("wmdu", weights=(45, 45, 2, 8))[0],
                                grade=rng.randint(5, 10), topics=(self.pick(TOPIC_WEIGHTS),),
                                count=rng.choices((1, 2, 3), weights=(7, 2, 1))[0],
                                duration_min=rng.choice((5, 5, 10)), id=self.id())
            self.activity(sc, *rules.for_short_contact(sc), repo.SHORT_CONTACTS)

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
            names = ""
            if kind == "group" and rng.random() < 0.5:
                known = [x.person.pseudonym for x in self.pupils if x.school_id == school.id
                         and x.grade_in(year) in grades]
                names = ", ".join(sorted(rng.sample(known, min(size, len(known)))))
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

    def indirect(self, year: int, days: list[date], fraction: float) -> None:
        rng = self.rng
        for _ in range(self.n(self.p.indirect, fraction) if days else 0):
            category, (m_min, m_max), note, _ = rng.choices(INDIRECT,
                                                            weights=[k[3] for k in INDIRECT])[0]
            if note == "Fortbildung":
                note = f"Fortbildung: {rng.choice(FORTBILDUNGEN)}"
            self.add(repo.TIME_ENTRIES, e.TimeEntry(
                rng.choice(days), category, rng.randrange(m_min, m_max + 1, 5),
                school_id=rng.choice(self.schools).id, note=note, id=self.id()))

    # appointments, consents, § 8a, drafts ------------------------------------------------
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

    def consents(self) -> None:
        rng, today = self.rng, self.today
        candidates = [x for x in self.pupils if x.person.pseudonym != HEAVY_PSEUDONYM]
        chosen = rng.sample(candidates, min(len(candidates), max(6, self.n(4) * self.years)))
        recipients = ("Klassenleitung {c}", "Landratsamt – Jugendamt / ASD",
                      "Psychologische Beratungsstelle", "Schulleitung",
                      "Kinder- und Jugendpsychiatrie – Institutsambulanz")
        states = ["expiring", "expired", "withdrawn"] + ["valid"] * (len(chosen) - 3)
        for pupil, state in zip(chosen, states, strict=False):
            person = pupil.person
            recipient = rng.choice(recipients).format(c=person.class_label or "")
            start = today - timedelta(days=rng.randint(60, 400))
            end: date | None = start + timedelta(days=365)
            withdrawn = None
            if state == "expiring":
                start, end = today - timedelta(days=200), today + timedelta(days=9)
            elif state == "expired":
                end = today - timedelta(days=rng.randint(5, 60))
                start = end - timedelta(days=365)
            elif state == "withdrawn":
                withdrawn = today - timedelta(days=rng.randint(3, 40))
            elif end <= today:
                end = SchoolYear.of(today).end
            grade = person.grade or 7
            party = "young_person" if grade >= 8 else rng.choice(("guardians", "both"))
            consent = e.Consent(
                person.id, recipient, start, party=party,
                entrusted_by="Mutter" if rng.random() < 0.2 else "",
                scope="Terminabsprachen und Teilnahme an Gesprächen; keine Gesprächsinhalte",
                purpose="Abstimmung der Unterstützung in der Schule", valid_to=end,
                withdrawn_on=withdrawn, id=self.id())
            self.add(repo.CONSENTS, consent)
            if state != "expired" or rng.random() < 0.5:
                self.add(repo.DISCLOSURES, e.Disclosure(
                    person.id, min(today, start + timedelta(days=rng.randint(1, 30))), recipient,
                    ("master", "attendance"), "consent", consent_id=consent.id, id=self.id()))

    def child_protection(self) -> None:
        rng, today = self.rng, self.today
        cases = self.out[repo.CASES.name]
        by_person = {x.person.id: x for x in self.pupils}
        active = [c for c in cases if c.person_id in by_person
                  and not by_person[c.person_id].person.leaving_date
                  and by_person[c.person_id].person.pseudonym != HEAVY_PSEUDONYM]
        if not active:
            return
        open_case = max(active, key=lambda c: (c.opened, c.id))
        opened = today - timedelta(days=16)
        proc = e.ChildProtectionProcedure(open_case.person_id, opened, case_id=open_case.id,
                                          id=self.id())
        self.add(repo.CP_PROCEDURES, proc)
        self.procedure_record(proc, by_person[proc.person_id].person)
        steps = (
            ("1", opened, "Schulsozialarbeit",
             "Beobachtung: Hämatom am Oberarm, Schüler:in möchte nachmittags nicht nach Hause. "
             "Quelle: eigenes Gespräch und Hinweis der Klassenleitung.", None),
            ("0", opened, "Schulsozialarbeit",
             "Über den Schutzauftrag und die Grenzen der Vertraulichkeit informiert.", None),
            ("2", opened + timedelta(days=1), "Teamleitung des Trägers",
             "Kollegiale Ersteinschätzung: keine akute Gefährdung, zeitnahe ISEF-Beratung.",
             today + timedelta(days=3)),
        )
        for code, day, actor, text, due in steps:
            self.add(repo.CP_STEPS, e.ChildProtectionStep(proc.id, code, day, actor, text, due,
                                                          id=self.id()))
        older = [c for c in cases if c.status == "closed" and c.person_id != open_case.person_id
                 and c.person_id in by_person]
        if not older:
            return
        closed_case = rng.choice(older)
        start = closed_case.opened
        proc2 = e.ChildProtectionProcedure(closed_case.person_id, start, case_id=closed_case.id,
                                           status="closed",
                                           closed=min(today, start + timedelta(days=70)),
                                           youth_office_involved=True, outcome="found",
                                           id=self.id())
        self.add(repo.CP_PROCEDURES, proc2)
        self.procedure_record(proc2, by_person[proc2.person_id].person)
        texts = {
            "0": "Information über den Schutzauftrag erfolgt.",
            "1": "Gewichtige Anhaltspunkte: wiederholt unversorgt, Hinweise auf Gewalt zu Hause.",
            "2": "Leitung informiert; Ersteinschätzung: Gefährdung nicht auszuschließen.",
            "3": "ISEF-Beratung (pseudonymisiert): Gefährdung wahrscheinlich, Hilfe nötig.",
            "4": "Gespräch mit Mutter und Kind; Hilfebedarf anerkannt.",
            "5": "Schutzplan vereinbart, Termin bei der Beratungsstelle vermittelt.",
            "6": "Hilfe nur teilweise angenommen.",
            "7": "Mitteilung an das Jugendamt nach § 8a Abs. 4 SGB VIII; Familie vorab informiert.",
            "8": "Rückmeldung ASD: Hilfe zur Erziehung eingeleitet.",
            "9": "Verfahren abgeschlossen; Aufbewahrungsentscheidung steht aus.",
        }
        for offset, (code, text) in enumerate(texts.items()):
            self.add(repo.CP_STEPS, e.ChildProtectionStep(
                proc2.id, code, min(today, start + timedelta(days=offset * 7)),
                "Schulsozialarbeit" if code not in ("3", "8") else
                ("ISEF des Trägers" if code == "3" else "ASD"), text, id=self.id()))
        self.add(repo.DISCLOSURES, e.Disclosure(
            closed_case.person_id, min(today, start + timedelta(days=49)),
            "Landratsamt – Jugendamt / ASD", ("master", "8a"), "8a", id=self.id()))

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

    def working_time(self, year: int) -> None:
        """School holidays, vacation and a sick week (they shape the target hours), one
        agreement's own target band, and a few stopwatch sessions (docs/timeshare.md)."""
        from .domain.timeshare import AgreementTarget
        from .domain.worktime import Absence, SchoolHoliday, TimeSession
        from .storage import timeshare_repo as tq

        sy = SchoolYear(year)
        y0, y1 = year, year + 1
        for label, first, last in (("Herbstferien", date(y0, 10, 27), date(y0, 10, 31)),
                                   ("Weihnachtsferien", date(y0, 12, 22), date(y1, 1, 5)),
                                   ("Osterferien", date(y1, 3, 30), date(y1, 4, 11)),
                                   ("Pfingstferien", date(y1, 5, 26), date(y1, 6, 6)),
                                   ("Sommerferien", sy.start, date(y0, 9, 12))):
            self.add(tq.SCHOOL_HOLIDAYS, SchoolHoliday(label, first, last, id=self.id()))
        self.add(tq.ABSENCES, Absence("vacation", sy.start, sy.start + timedelta(days=24),
                                      note="Sommerurlaub", id=self.id()))
        self.add(tq.ABSENCES, Absence("vacation", date(y0, 12, 22), date(y1, 1, 2),
                                      id=self.id()))
        sick = date(y1, 2, 2) + timedelta(days=self.rng.randrange(0, 30))
        if sick <= self.today:
            self.add(tq.ABSENCES, Absence("sick", sick, sick + timedelta(days=2), id=self.id()))
        if year == self.first_year:
            agreement = next(a for a in self.out[repo.AGREEMENTS.name])
            self.add(tq.AGREEMENT_TARGETS, AgreementTarget(agreement.id, "OFF", 25.0, 15.0,
                                                           35.0, 5.0, True))
        for day in self.days_of(year)[5::40]:
            entry = e.TimeEntry(day, "DOK", 25, school_id=self.schools[0].id,
                                source_kind="stopwatch", note="Stoppuhr", id=self.id())
            self.add(repo.TIME_ENTRIES, entry)
            start = datetime(day.year, day.month, day.day, 13, 5, tzinfo=UTC)
            self.add(tq.TIME_SESSIONS, TimeSession(
                entry.id, start.isoformat(), (start + timedelta(minutes=25)).isoformat(),
                id=self.id()))

    # run ---------------------------------------------------------------------------------
    def run(self) -> None:
        self.structure()
        self.progress(5, "Schulen und Vereinbarungen angelegt …")
        self.heavy_person()
        span = range(self.first_year, self.current + 1)
        for step, year in enumerate(span):
            sy = SchoolYear(year)
            days = self.days_of(year)
            full = len(school_days(sy.start, sy.end)) or 1
            fraction = len(days) / full
            self.casework(year, days, fraction)
            self.short_contacts(year, days, fraction)
            self.groups(year, days, fraction)
            self.open_offers(year, days, fraction)
            self.network(year, days, fraction)
            self.indirect(year, days, fraction)
            self.working_time(year)
            self.progress(5 + 60 * (step + 1) // len(span), f"Schuljahr {sy.label} erzeugt …")
        self.finish_pupils()
        self.appointments()
        self.consents()
        self.child_protection()
        self.extras()
        self.kvjs_extras()

    def kvjs_extras(self) -> None:
        """Issue 19: the post's staff block per school year and the outcome of every closed
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
            stat.id = self.id()
            self.add(repo.STATISTICS, stat)


# the purpose(s) of a demo group from its title (KVJS counts class offers by purpose)
PURPOSE_WORDS = (("Bewerbung", "UEB"), ("Übergang", "UEB"), ("Konflikt", "KON"),
                 ("mobbing", "KON"), ("Gewalt", "PRV"), ("Sucht", "PRV"), ("Medien", "PRV"),
                 ("Sozialkompetenz", "SOZ"), ("Klassengemeinschaft", "SOZ"),
                 ("Klassenrat", "SOZ"), ("Teamtag", "SOZ"), ("gruppe", "SOZ"),
                 ("Lerngruppe", "UEB"))
CASE_OUTCOME_WEIGHTS = (("achieved", 5), ("partly", 4), ("not_achieved", 1), ("aborted", 1),
                        ("referred", 2))


def _purposes(title: str) -> tuple[str, ...]:
    found = tuple(dict.fromkeys(code for word, code in PURPOSE_WORDS if word in title))
    return found or ("OTH",)


def _plus(start: str, minutes: int) -> str:
    total = int(start[:2]) * 60 + int(start[3:]) + minutes
    return f"{total // 60:02d}:{total % 60:02d}"


def _topic_title(code: str) -> str:
    from .domain.catalogues import TOPICS

    return TOPICS.label(code).split(" / ")[0]


def is_empty_for_demo(conn) -> bool:
    """Demo data go only into a vault without schools and persons."""
    return not (repo.SCHOOLS.count(conn) or repo.PERSONS.count(conn))


def fill_demo(conn, *, years: int = 3, today: date | None = None, seed: int = 2026,
              scale: float = 1.0, progress: Progress | None = None,
              profile: str | Profile = "demo") -> dict[str, int]:
    """Fill an empty, unlocked vault with generated data; return rows written per table.

    ``profile`` "demo" is one worker's realistic year at a 75 % post; "benchmark" is the
    heavier data set of ``benchmarks/generate.py`` (notes of ~500 characters, a person
    with exactly 200 contacts). ``scale`` multiplies every amount.
    """
    if years < 1:
        raise ValueError("years must be at least 1")
    if not is_empty_for_demo(conn):
        raise UserError("Der Tresor ist nicht leer; Demodaten nur in einen leeren Tresor.")
    chosen = PROFILES[profile] if isinstance(profile, str) else profile
    gen = _Generator(years=years, today=today or clock.today(), seed=seed, scale=scale,
                     profile=chosen, progress=progress)
    gen.run()
    report = gen.progress
    with transaction(conn):
        total = len(repo.ALL_TABLES)
        for index, table in enumerate(repo.ALL_TABLES):
            table.insert_many(conn, gen.out[table.name])
            report(65 + 35 * (index + 1) // total, "Daten werden gespeichert …")
        delivered = _deliver_last_kvjs_year(conn, gen.today, years)
        _school_year_change_done(conn, gen.today)
    counts = {table.name: len(gen.out[table.name]) for table in repo.ALL_TABLES}
    counts[repo.KVJS_DELIVERIES.name] = delivered
    return counts


def _school_year_change_done(conn, today: date) -> None:
    """The generated grades are the current ones: the Schuljahreswechsel into the
    current school year counts as done for every school (issue 17), so a fresh demo
    vault does not open the assistant."""
    from .storage import school_year_repo

    year = SchoolYear.of(today)
    for school in repo.SCHOOLS.all(conn):
        school_year_repo.set_applied(conn, school.id, year.start_year, year.start, {})


def _deliver_last_kvjs_year(conn, today: date, years: int) -> int:
    """The last school year whose KVJS figures were due (31 October) is marked as
    delivered for every school, on 20 October, as a worker would have done."""
    from .domain.schoolyear import SchoolYear
    from .services import statistics
    from .storage import statistics_repo

    current = SchoolYear.of(today).start_year
    due = current - 1 if today >= date(current, 10, 20) else current - 2
    if due < current - years + 1:
        return 0
    template = statistics.load_template()
    scopes = [s.scope for s in statistics.scopes(conn, due) if s.scope.kind == "school"]
    for scope in scopes:
        statistics_repo.save_delivery(conn, statistics_repo.Delivery(
            due, scope.key, template.id, template.version, date(due + 1, 10, 20),
            statistics.compute(conn, due, scope)))
    return len(scopes)


def create_demo_vault(folder: Path | str, passphrase: str, *, years: int = 3, params=None,
                      **fill_options):
    """Create a vault in ``folder`` and fill it with demo data; return the OpenVault."""
    from .storage.vault import Vault

    session, _ = Vault.create(folder, passphrase, params=params)
    try:
        fill_demo(session.conn, years=years, **fill_options)
    except BaseException:
        session.lock()
        raise
    return session


def table_counts(conn) -> dict[str, int]:
    """Rows per table: what ``ssa-desktop demo`` reports when it is done."""
    return repo.table_counts(conn)
