"""Repositories: one Table per entity, and the hand-written queries the services need."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain import entities as e
from . import goals_repo, search_pending, timeshare_repo
from .connection import Connection
from .mapper import Table
from .transactions import transaction

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
ALL_TABLES += goals_repo.TABLES  # case goals, their ratings, their anonymous outcomes
ALL_TABLES += timeshare_repo.TABLES  # absences, school holidays, targets, stopwatch sessions


# -- schools and posts (one query per fact) ---------------------------------------------
def list_schools(conn: Connection) -> list[e.School]:
    """Every school by name (case-insensitive, then id): the one school list."""
    return SCHOOLS.all(conn, order="name COLLATE NOCASE, id")


def school_name(conn: Connection, school_id: str | None) -> str:
    school = SCHOOLS.get(conn, school_id) if school_id else None
    return school.name if school else ""


def list_posts(conn: Connection) -> list[e.Post]:
    return POSTS.all(conn, order="label COLLATE NOCASE, id")


def post_shares(conn: Connection, post_id: str, school_year: int | None = None) -> list[e.PostShare]:
    """A post's shares (all years, or one school year), by year and school."""
    if school_year is None:
        return POST_SHARES.select(conn, "post_id = ?", (post_id,), order="school_year, school_id")
    return POST_SHARES.select(conn, "post_id = ? AND school_year = ?", (post_id, school_year),
                              order="school_id")


def cipher_version(conn: Connection) -> str:
    return conn.execute("PRAGMA cipher_version").fetchone()[0]


# -- settings and meta -------------------------------------------------------------------
def get_meta(conn: Connection, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def get_setting(conn: Connection, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_setting(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO setting(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def delete_setting(conn: Connection, key: str) -> None:
    conn.execute("DELETE FROM setting WHERE key = ?", (key,))


def all_settings(conn: Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall())


def contacts_for_person(conn: Connection, person_id: str) -> list[e.Contact]:
    return CONTACTS.select(conn, "person_id = ?", (person_id,), order="day DESC, time DESC")


def last_contact(conn: Connection, person_id: str) -> e.Contact | None:
    """The newest contact with this person."""
    rows = CONTACTS.select(conn, "person_id = ?", (person_id,),
                           order="created DESC, rowid DESC LIMIT 1")
    return rows[0] if rows else None


# -- search ------------------------------------------------------------------------------
SEARCH_PAGE = 20  # hits of each kind on the first page
# The prefix lengths every full-text index serves (migration i21_search_prefixes): a word
# of 2 to 20 characters is one doclist read from its newest entry, not a merge of the
# doclists of every term it begins.
PREFIX_SHORTEST, PREFIX_LONGEST = 2, 20
FTS_PREFIX_LENGTHS = " ".join(str(n) for n in range(PREFIX_SHORTEST, PREFIX_LONGEST + 1))
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


# Each kind the last recorded first (the order of recording, not the contact's day), a page
# at a time; ranking every hit by relevance (or sorting by day) costs time in proportion to
# the hits (17 ms for "Pause" on ten years, 48 ms on twenty). FTS5 walks a doclist
# backwards only after reading it forwards to its end, page by page (with secure-delete on
# it does not jump there by the doclist index): for a word of many contacts that walk grows
# with the years. So the contacts of such a word are read forwards from a window of rowids
# just below the newest record (FTS5 seeks there by the doclist index); a word that fills
# less than a page there is rare enough for the walk (docs/architecture.md, "Search").
SEARCH_WINDOW = 8  # the window below the newest contact, in pages of records

# kind: (index, FROM … JOIN …, what a hit shows, restriction filter)
_SEARCH = {
    "person": (
        "fts_person", "FROM fts_person JOIN person p ON p.rowid = fts_person.rowid",
        "p.id, p.pseudonym, highlight(fts_person, 1, '[[', ']]') || ' ' ||"
        " highlight(fts_person, 2, '[[', ']]'), highlight(fts_person, 0, '[[', ']]')",
        " AND p.id NOT IN (SELECT record_id FROM retention_restriction)"),
    "contact": (
        "fts_contact",
        "FROM fts_contact JOIN contact c ON c.rowid = fts_contact.rowid"
        " LEFT JOIN person p ON p.id = c.person_id"
        " LEFT JOIN case_file f ON f.id = c.case_id",
        "c.id, c.day, snippet(fts_contact, -1, '[[', ']]', ' … ', 16), c.person_id,"
        " coalesce(p.pseudonym, '')",
        " AND coalesce(c.person_id, '') NOT IN (SELECT record_id FROM retention_restriction)"
        " AND coalesce(f.person_id, '') NOT IN (SELECT record_id FROM retention_restriction)"),
    "group": (
        "fts_group",
        "FROM fts_group JOIN group_activity g ON g.rowid = fts_group.rowid",
        "g.id, g.title, snippet(fts_group, -1, '[[', ']]', ' … ', 12)", ""),
    "partner": (
        "fts_partner", "FROM fts_partner JOIN partner x ON x.rowid = fts_partner.rowid",
        "x.id, x.name, snippet(fts_partner, -1, '[[', ']]', ' … ', 12)", ""),
}
# the four full-text indexes, and the read-out texts of documents (services/search.py)
FTS_TABLES = (*(index for index, *_ in _SEARCH.values()), "fts_document")


def _sql(kind: str, what: str) -> str:
    """The hits of ``kind``: "newest": the last ? below ?, walking backwards; "window":
    the index's entries in [?, ?), oldest first (restricted records included); "range":
    what the hits in [?, ?) show, oldest first."""
    index, source, shown, restricted = _SEARCH[kind]
    if what == "window":
        return (f"SELECT rowid FROM {index} WHERE {index} MATCH ? AND rowid >= ?"  # noqa: S608
                f" AND rowid < ? ORDER BY rowid")
    if what == "newest":
        return (f"SELECT {shown}, {index}.rowid {source} WHERE {index} MATCH ?"
                f" AND {index}.rowid < ?{restricted} ORDER BY {index}.rowid DESC LIMIT ?")
    return (f"SELECT {shown}, {index}.rowid {source} WHERE {index} MATCH ?"
            f" AND {index}.rowid >= ? AND {index}.rowid < ?{restricted} ORDER BY {index}.rowid")


def _prefix_tokens(text: str) -> list[str]:
    """The tokens ``fts_query`` asks for as prefixes: the last token of every word but a
    single character before the last word (FTS5 splits a word at "_" as well)."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return [[t for t in w.split("_") if t][-1] for i, w in enumerate(words)
            if (len(w) > 1 or i == len(words) - 1) and w.strip("_")]


def _merged(text: str) -> bool:
    """Whether FTS5 merges the doclists of a word of ``text``: a prefix no index of
    ``FTS_PREFIX_LENGTHS`` serves (one character, or more than 20). Then the window
    would merge them as well, and the walk alone is cheaper."""
    return any(not PREFIX_SHORTEST <= len(token) <= PREFIX_LONGEST
               for token in _prefix_tokens(text))


def _hit(kind: str, row) -> SearchHit:
    if kind == "person":
        return SearchHit("person", row[0], row[1], (row[3] + " " + row[2]).strip(), row[0],
                         row[4])
    if kind == "contact":
        return SearchHit("contact", row[0], f"{row[4]} · {row[1]}", row[2], row[3], row[5])
    return SearchHit(kind, row[0], row[1], row[2], None, row[3])


def _kind_page(conn: Connection, kind: str, query: str, before: int | None, limit: int,
               merged: bool) -> list:
    """Up to ``limit`` + 1 rows of hits of ``kind`` below ``before`` (all when None), the
    newest first. The contacts of a word with a page of entries in the window below the
    newest are read forwards from the window; all else, and a page that restricted
    records thinned, walks backwards."""
    want = limit + 1
    if kind == "contact" and not merged:
        top = before
        if top is None:
            top = (conn.execute("SELECT max(rowid) FROM contact").fetchone()[0] or 0) + 1
        entries = conn.execute(_sql(kind, "window"),
                               (query, top - SEARCH_WINDOW * want, top)).fetchall()
        if len(entries) >= want:
            rows = conn.execute(_sql(kind, "range"),
                                (query, entries[-want][0], top)).fetchall()
            if len(rows) == want:
                return rows[::-1]
    below = before if before is not None else 2**63 - 1
    return conn.execute(_sql(kind, "newest"), (query, below, want)).fetchall()


def _index_noted(conn: Connection) -> None:
    """A contact saved in the transaction still open (or outside one) is found too: the
    noted contacts are indexed first (search_pending). A read-only connection searches
    what is indexed."""
    if search_pending.any_noted(conn):
        try:
            with transaction(conn):
                search_pending.index_noted(conn)
        except Exception as err:   # sqlcipher3's or apsw's error class
            if not search_pending.refused_as_read_only(err):
                raise


def search_page(conn: Connection, text: str, limit: int = SEARCH_PAGE, *,
                kinds: tuple[str, ...] = SEARCH_KINDS, before: int | None = None) -> SearchPage:
    """Up to ``limit`` hits of each kind in ``kinds``, the last recorded first; with ``before`` the
    next page of one kind (hits recorded before the one with that ``rowid``). Restricted
    records are never found."""
    query = fts_query(text)
    if not query:
        return SearchPage([], frozenset())
    _index_noted(conn)
    merged = _merged(text)
    hits: list[SearchHit] = []
    more = set()
    for kind in kinds:
        rows = _kind_page(conn, kind, query, before, limit, merged)
        if len(rows) > limit:
            more.add(kind)
        hits += [_hit(kind, row) for row in rows[:limit]]
    return SearchPage(hits, frozenset(more))


def search(conn: Connection, text: str, limit: int = SEARCH_PAGE) -> list[SearchHit]:
    """The first page's hits (``search_page``)."""
    return search_page(conn, text, limit).hits


def table_counts(conn: Connection) -> dict[str, int]:
    """Rows per table; a vault opened read-only at an older schema lacks the newer tables."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {t.name: t.count(conn) for t in ALL_TABLES if t.name in present}
