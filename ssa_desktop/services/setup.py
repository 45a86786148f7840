"""Setting up schools and the post (Schulen & Stelle): used by the first-run wizard,
the settings area and the CLI. No Qt here.

Rules (docs/domain.md § 1, § 4):
- a school has a name and a Schulart from ``SCHOOL_TYPES``; pupil numbers are per
  school year (start year of the Schuljahr) and never negative;
- a post's share (Stellenumfang) at a school in a school year is 0–100 % of full
  time, and the shares of one post in one year add up to at most 100 %;
- weekly hours = percent / 100 × the post's full-time hours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain import worktime
from ..domain.catalogues import EMPLOYER_TYPES, SCHOOL_TYPES
from ..domain.entities import Post, PostShare, PostStaff, School, SchoolPupils
from ..domain.errors import UserError
from ..domain.text_safety import clean_name
from ..formatting import fmt_count, fmt_number
from ..storage import repositories as repo
from ..storage import setup_repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import settings
from .operations import DataKind, writes

_EPS = 1e-6

FULL_TIME_HOURS = worktime.FULL_TIME_HOURS  # declared beside the Sollzeit rule


class SetupError(UserError):
    """A setup rule was violated; ``str()`` is a German message for the user."""


# -- schools -----------------------------------------------------------------------------
@writes(DataKind.SCHOOLS)
def save_school(conn: Connection, school: School, pupils_by_year: dict[int, int] | None = None) -> School:
    """Insert or update ``school``; set the pupil numbers of the given school years
    (years not given keep their numbers)."""
    school.name = clean_name(school.name)
    school.code = clean_name(school.code)
    if not school.name:
        raise SetupError("Bitte einen Namen für die Schule eingeben.")
    if school.school_type not in SCHOOL_TYPES:
        raise SetupError("Bitte eine Schulart auswählen.")
    from ..domain import school_code  # its rules (6 kB) load only when she saves a school

    school.school_number = school_code.clean_school_number(school.school_number)
    if message := school_code.school_number_error(school.school_number):
        raise SetupError(message)
    pupils_by_year = dict(pupils_by_year or {})
    for year, pupils in pupils_by_year.items():
        if not isinstance(pupils, int) or pupils < 0:
            raise SetupError("Die Schülerzahl muss eine ganze Zahl ab 0 sein.")
        if not 1990 <= int(year) <= 2100:
            raise SetupError(f"{year} ist kein gültiges Schuljahr.")
    with transaction(conn):
        repo.SCHOOLS.save(conn, school)
        for year, pupils in sorted(pupils_by_year.items()):
            row = SchoolPupils(school.id, int(year), pupils)
            repo.SCHOOL_PUPILS.save(conn, row)
    return school


def list_schools(conn: Connection) -> list[School]:
    return repo.list_schools(conn)


def school_pupils(conn: Connection, school_id: str) -> dict[int, int]:
    """Pupil numbers of a school by school year (start year)."""
    return setup_repo.pupils_of_school(conn, school_id)


# Singular and plural of what references a school, for "noch Einträge (1 Person, 3 Fälle)".
_RECORD_NOUNS = {
    "person": ("Person", "Personen"), "case_file": ("Fall", "Fälle"),
    "contact": ("Kontakt", "Kontakte"), "short_contact": ("Kurzkontakt", "Kurzkontakte"),
    "cooperation_agreement": ("Kooperationsvereinbarung", "Kooperationsvereinbarungen"),
    "group_activity": ("Gruppe oder Projekt", "Gruppen und Projekte"),
    "open_offer_session": ("offenes Angebot", "offene Angebote"),
    "network_activity": ("Vernetzungstermin", "Vernetzungstermine"),
    "time_entry": ("Arbeitszeiteintrag", "Arbeitszeiteinträge"),
    "appointment": ("Termin", "Termine"),
    "statistics_record": ("Statistikeintrag", "Statistikeinträge"),
}


@writes(DataKind.SCHOOLS)
def delete_school(conn: Connection, school_id: str) -> None:
    """Delete a school with its pupil numbers and post shares; refuse while any record
    (person, contact, group, statistics …) still references it."""
    refs = setup_repo.school_references(conn, school_id)
    if refs:
        what = ", ".join(fmt_count(n, *_RECORD_NOUNS[table]) for table, n in refs)
        raise SetupError("Die Schule kann nicht gelöscht werden, weil noch Einträge zu ihr "
                         f"gehören ({what}).")
    with transaction(conn):
        repo.SCHOOLS.delete(conn, school_id)


# -- posts -------------------------------------------------------------------------------
@writes(DataKind.SCHOOLS)
def save_post(conn: Connection, post: Post) -> Post:
    post.label = post.label.strip()
    if not post.label:
        raise SetupError("Bitte eine Bezeichnung für die Stelle eingeben.")
    if not 1 <= post.full_time_hours <= 60:
        raise SetupError("Die Wochenstunden einer Vollzeitstelle müssen zwischen 1 und 60 "
                         "liegen.")
    with transaction(conn):
        repo.POSTS.save(conn, post)
    return post


def list_posts(conn: Connection) -> list[Post]:
    return repo.list_posts(conn)


@writes(DataKind.SCHOOLS)
def set_post_share(conn: Connection, post_id: str, school_id: str, school_year: int,
                   percent: float) -> PostShare | None:
    """Set the Stellenumfang of a post at a school in a school year; 0 removes it."""
    try:
        percent = float(percent)
    except (TypeError, ValueError):
        raise SetupError("Der Stellenumfang muss eine Zahl sein.") from None
    if not 0 <= percent <= 100:
        raise SetupError("Der Stellenumfang muss zwischen 0 und 100 % liegen.")
    repo.POSTS.existing(conn, post_id, missing=SetupError("Die Stelle gibt es nicht (mehr)."))
    repo.SCHOOLS.existing(conn, school_id, missing=SetupError("Die Schule gibt es nicht (mehr)."))
    with transaction(conn):
        others = setup_repo.share_sum(conn, post_id, school_year, except_school=school_id)
        if others + percent > 100 + _EPS:
            raise SetupError(
                f"Eine Stelle kann in einem Schuljahr höchstens 100 % umfassen. An den anderen "
                f"Schulen sind schon {fmt_number(others, 1)} % eingetragen; hier sind "
                f"höchstens {fmt_number(100 - others, 1)} % möglich.")
        repo.POST_SHARES.delete(conn, post_id, school_id, school_year)
        if percent <= 0:
            return None
        share = PostShare(post_id, school_id, school_year, percent)
        repo.POST_SHARES.insert(conn, share)
    return share


def post_shares(conn: Connection, post_id: str, school_year: int | None = None) -> list[PostShare]:
    return repo.post_shares(conn, post_id, school_year)


@dataclass(frozen=True)
class ShareLine:
    school_id: str
    school_name: str
    percent: float
    weekly_hours: float


@dataclass(frozen=True)
class PostOverview:
    post: Post
    school_year: int
    shares: list[ShareLine] = field(default_factory=list)

    @property
    def total_percent(self) -> float:
        return sum(s.percent for s in self.shares)

    @property
    def weekly_hours(self) -> float:
        return sum(s.weekly_hours for s in self.shares)

    def percent_at(self, school_id: str) -> float:
        return sum(s.percent for s in self.shares if s.school_id == school_id)


def weekly_hours(percent: float, full_time_hours: float) -> float:
    return percent / 100.0 * full_time_hours


def post_overview(conn: Connection, school_year: int) -> list[PostOverview]:
    """Every post with its share per school in ``school_year`` and the weekly hours."""
    names = {s.id: s.name for s in list_schools(conn)}
    result = []
    for post in list_posts(conn):
        lines = [ShareLine(s.school_id, names.get(s.school_id, ""), s.percent,
                           weekly_hours(s.percent, post.full_time_hours))
                 for s in post_shares(conn, post.id, school_year)]
        lines.sort(key=lambda line: line.school_name.lower())
        result.append(PostOverview(post, school_year, lines))
    return result


def known_school_years(conn: Connection) -> list[int]:
    """School years (start years) that have pupil numbers or post shares."""
    return setup_repo.share_years(conn)


@writes(DataKind.SCHOOLS)
def save_post_with_shares(conn: Connection, post: Post, school_year: int,
                          shares: dict[str, float]) -> Post:
    """Save a post and its Stellenumfang per school in one school year, atomically.

    Shares that shrink are applied before shares that grow, so moving 60/40 to 40/60
    never trips the 100 % rule half-way; the rule holds for the final state."""
    total = sum(float(p) for p in shares.values())
    if total > 100 + _EPS:
        raise SetupError(f"Eine Stelle kann in einem Schuljahr höchstens 100 % umfassen "
                         f"(eingetragen: {fmt_number(total, 1)} %).")
    with transaction(conn):
        save_post(conn, post)
        current = {s.school_id: s.percent for s in post_shares(conn, post.id, school_year)}
        for school_id, percent in sorted(shares.items(),
                                         key=lambda kv: kv[1] - current.get(kv[0], 0.0)):
            if abs(current.get(school_id, 0.0) - percent) > _EPS or school_id not in current:
                set_post_share(conn, post.id, school_id, school_year, percent)
    return post


def new_post(conn: Connection, label: str) -> Post:
    """An unsaved post with the vault's full-time hours."""
    return Post(label, full_time_hours=settings.get(conn, FULL_TIME_HOURS))


@writes(DataKind.SCHOOLS, DataKind.SETTINGS)
def save_initial_setup(conn: Connection, schools: list[tuple[str, str, int, float]], post_label: str,
                       full_time_hours: float, school_year: int, *,
                       employed_from: date | None = None, employer_type: str = "") -> Post:
    """The first-run wizard's schools (name, Schulart, pupils, share %), the post and its
    shares in one transaction; re-running it updates what it saved before. The
    full-time hours also become the default for later posts. The employment start and
    the Träger, when given, are the post's Fachkräfte-Angaben of ``school_year`` (carried
    over to later years)."""
    if employer_type and employer_type not in EMPLOYER_TYPES:
        raise UserError("Bitte öffentlichen oder freien Träger wählen.")
    with transaction(conn):
        existing = {s.name: s for s in list_schools(conn)}
        saved = []
        for name, school_type, pupils, percent in schools:
            school = existing.get(name) or School(name, school_type=school_type)
            school.school_type = school_type
            save_school(conn, school, {school_year: int(pupils)} if pupils else None)
            saved.append((school, percent))
        posts = list_posts(conn)
        post = posts[0] if posts else Post(post_label)
        post.label = post_label
        post.full_time_hours = float(full_time_hours)
        settings.set_value(conn, FULL_TIME_HOURS, float(full_time_hours))
        save_post_with_shares(conn, post, school_year,
                              {school.id: float(percent) for school, percent in saved})
        if employed_from is not None or employer_type:
            staff = repo.POST_STAFF.get(conn, post.id, school_year) or PostStaff(
                post.id, school_year, qualification=post.qualification)
            staff.percent = float(sum(percent for _school, percent in saved))
            staff.employed_from = employed_from
            staff.employer_type = employer_type
            repo.POST_STAFF.save(conn, staff)
    return post
