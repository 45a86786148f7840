"""Repositories: one Table per entity, and the hand-written queries the services need."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain import entities as e
from . import timeshare_repo
from .mapper import Table

SCHOOLS = Table("school", e.School)
SCHOOL_PUPILS = Table("school_pupils", e.SchoolPupils, key=("school_id", "school_year"))
POSTS = Table("post", e.Post)
POST_SHARES = Table("post_share", e.PostShare, key=("post_id", "school_id", "school_year"))
PERSONS = Table("person", e.Person)
CASES = Table("case_file", e.Case)
CONTACTS = Table("contact", e.Contact)
ANNOTATIONS = Table("annotation", e.Annotation)
WORKING_NOTES = Table("working_note", e.WorkingNote)
SHORT_CONTACTS = Table("short_contact", e.ShortContact)
AGREEMENTS = Table("cooperation_agreement", e.CooperationAgreement)
AGREEMENT_GOALS = Table("agreement_goal", e.AgreementGoal)
GROUPS = Table("group_activity", e.GroupActivity)
GROUP_SESSIONS = Table("group_session", e.GroupSession)
OPEN_OFFERS = Table("open_offer_session", e.OpenOfferSession)
PARTNERS = Table("partner", e.Partner)
NETWORK_ACTIVITIES = Table("network_activity", e.NetworkActivity)
TIME_ENTRIES = Table("time_entry", e.TimeEntry)
APPOINTMENTS = Table("appointment", e.Appointment)
CONSENTS = Table("consent", e.Consent)
DISCLOSURES = Table("disclosure", e.Disclosure)
CP_PROCEDURES = Table("cp_procedure", e.ChildProtectionProcedure)
CP_STEPS = Table("cp_step", e.ChildProtectionStep)
STATISTICS = Table("statistics_record", e.StatisticsRecord)
POST_STAFF = Table("post_staff", e.PostStaff, key=("post_id", "school_year"))
KVJS_DELIVERIES = Table("kvjs_delivery", e.KvjsDelivery, key=("school_year", "scope"))
DRAFTS = Table("draft", e.Draft)

# Every table in dependency order (parents first): used by interchange, counts and demo.
ALL_TABLES: list[Table] = [
    SCHOOLS, SCHOOL_PUPILS, POSTS, POST_SHARES, POST_STAFF, PERSONS, CASES, CONTACTS, ANNOTATIONS,
    WORKING_NOTES, SHORT_CONTACTS, AGREEMENTS, AGREEMENT_GOALS, GROUPS, GROUP_SESSIONS,
    OPEN_OFFERS, PARTNERS, NETWORK_ACTIVITIES, TIME_ENTRIES, APPOINTMENTS, CONSENTS,
    DISCLOSURES, CP_PROCEDURES, CP_STEPS, STATISTICS, KVJS_DELIVERIES, DRAFTS,
]
ALL_TABLES += timeshare_repo.TABLES  # absences, school holidays, targets, stopwatch sessions


# -- schools and posts (one query per fact) ---------------------------------------------
def list_schools(conn) -> list[e.School]:
    """Every school by name (case-insensitive, then id): the one school list."""
    return SCHOOLS.all(conn, order="name COLLATE NOCASE, id")


def school_name(conn, school_id: str | None) -> str:
    school = SCHOOLS.get(conn, school_id) if school_id else None
    return school.name if school else ""


def list_posts(conn) -> list[e.Post]:
    return POSTS.all(conn, order="label COLLATE NOCASE, id")


def post_shares(conn, post_id: str, school_year: int | None = None) -> list[e.PostShare]:
    """A post's shares (all years, or one school year), by year and school."""
    if school_year is None:
        return POST_SHARES.select(conn, "post_id = ?", (post_id,), order="school_year, school_id")
    return POST_SHARES.select(conn, "post_id = ? AND school_year = ?", (post_id, school_year),
                              order="school_id")


def cipher_version(conn) -> str:
    return conn.execute("PRAGMA cipher_version").fetchone()[0]


# -- settings and meta -------------------------------------------------------------------
def get_meta(conn, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def get_setting(conn, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_setting(conn, key: str, value: str) -> None:
    conn.execute("INSERT INTO setting(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def delete_setting(conn, key: str) -> None:
    conn.execute("DELETE FROM setting WHERE key = ?", (key,))


def all_settings(conn) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall())


def contacts_for_person(conn, person_id: str) -> list[e.Contact]:
    return CONTACTS.select(conn, "person_id = ?", (person_id,), order="day DESC, time DESC")


def last_contact(conn) -> e.Contact | None:
    rows = CONTACTS.select(conn, order="created DESC, rowid DESC LIMIT 1")
    return rows[0] if rows else None


# -- search ------------------------------------------------------------------------------
SEARCH_PAGE = 20  # hits of each kind on the first page
# The prefix lengths every full-text index serves (migration i21_search_prefixes): a word
# of 2 to 20 characters is one doclist read from its newest entry, not a merge of the
# doclists of every term it begins.
FTS_PREFIX_LENGTHS = " ".join(str(n) for n in range(2, 21))
SEARCH_KINDS = ("person", "contact", "group", "partner")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # person | contact | group | partner
    id: str
    title: str
    snippet: str  # with [[ and ]] around matches
    person_id: str | None = None
    rowid: int = 0  # the record's place in the order of recording (last recorded highest)


@dataclass(frozen=True)
class SearchPage:
    """One page of hits, the last recorded first within each kind; ``more``: the kinds with more
    hits than the page shows (the next page starts below the last hit's ``rowid``)."""

    hits: list[SearchHit]
    more: frozenset[str]


def fts_query(text: str) -> str:
    """Turn what the user typed into a safe FTS5 query: every word as a prefix term,
    except a single character before the last word, which is a whole word ("K-1" finds
    K-17: "k" and "1"*; a one-letter prefix would match most of the vault)."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"' if len(w) == 1 and i < len(words) - 1 else f'"{w}"*'
                    for i, w in enumerate(words))


# Each kind the last recorded first (the order of recording, not the contact's day): FTS5
# walks its index backwards and stops after the page, so a common word costs about the same
# on 10 and 20 years; ranking every hit by relevance (or sorting by day) costs time in
# proportion to the hits: 17 ms for "Pause" on ten years, 48 ms on twenty.
_SEARCH_SQL = {
    "person": (
        "SELECT p.id, p.pseudonym, highlight(fts_person, 1, '[[', ']]') || ' ' ||"
        " highlight(fts_person, 2, '[[', ']]'), highlight(fts_person, 0, '[[', ']]'),"
        " fts_person.rowid"
        " FROM fts_person JOIN person p ON p.rowid = fts_person.rowid"
        " WHERE fts_person MATCH ? AND fts_person.rowid < ? AND p.id NOT IN"
        " (SELECT record_id FROM retention_restriction)"
        " ORDER BY fts_person.rowid DESC LIMIT ?"),
    "contact": (
        "SELECT c.id, c.day, snippet(fts_contact, -1, '[[', ']]', ' … ', 16), c.person_id,"
        " coalesce(p.pseudonym, ''), fts_contact.rowid"
        " FROM fts_contact JOIN contact c ON c.rowid = fts_contact.rowid"
        " LEFT JOIN person p ON p.id = c.person_id"
        " LEFT JOIN case_file f ON f.id = c.case_id"
        " WHERE fts_contact MATCH ? AND fts_contact.rowid < ?"
        " AND coalesce(c.person_id, '') NOT IN (SELECT record_id FROM retention_restriction)"
        " AND coalesce(f.person_id, '') NOT IN (SELECT record_id FROM retention_restriction)"
        " ORDER BY fts_contact.rowid DESC LIMIT ?"),
    "group": (
        "SELECT g.id, g.title, snippet(fts_group, -1, '[[', ']]', ' … ', 12), fts_group.rowid"
        " FROM fts_group JOIN group_activity g ON g.rowid = fts_group.rowid"
        " WHERE fts_group MATCH ? AND fts_group.rowid < ?"
        " ORDER BY fts_group.rowid DESC LIMIT ?"),
    "partner": (
        "SELECT x.id, x.name, snippet(fts_partner, -1, '[[', ']]', ' … ', 12),"
        " fts_partner.rowid"
        " FROM fts_partner JOIN partner x ON x.rowid = fts_partner.rowid"
        " WHERE fts_partner MATCH ? AND fts_partner.rowid < ?"
        " ORDER BY fts_partner.rowid DESC LIMIT ?"),
}


def _hit(kind: str, row) -> SearchHit:
    if kind == "person":
        return SearchHit("person", row[0], row[1], (row[3] + " " + row[2]).strip(), row[0],
                         row[4])
    if kind == "contact":
        return SearchHit("contact", row[0], f"{row[4]} · {row[1]}", row[2], row[3], row[5])
    return SearchHit(kind, row[0], row[1], row[2], None, row[3])


def search_page(conn, text: str, limit: int = SEARCH_PAGE, *,
                kinds: tuple[str, ...] = SEARCH_KINDS, before: int | None = None) -> SearchPage:
    """Up to ``limit`` hits of each kind in ``kinds``, the last recorded first; with ``before`` the
    next page of one kind (hits recorded before the one with that ``rowid``). Restricted
    records are never found."""
    query = fts_query(text)
    if not query:
        return SearchPage([], frozenset())
    hits: list[SearchHit] = []
    more = set()
    below = before if before is not None else 2**63 - 1
    for kind in kinds:
        rows = conn.execute(_SEARCH_SQL[kind], (query, below, limit + 1)).fetchall()
        if len(rows) > limit:
            more.add(kind)
        hits += [_hit(kind, row) for row in rows[:limit]]
    return SearchPage(hits, frozenset(more))


def search(conn, text: str, limit: int = SEARCH_PAGE) -> list[SearchHit]:
    """The first page's hits (``search_page``)."""
    return search_page(conn, text, limit).hits


def table_counts(conn) -> dict[str, int]:
    return {t.name: t.count(conn) for t in ALL_TABLES}
