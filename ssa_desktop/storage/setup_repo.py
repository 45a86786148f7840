"""Queries behind the setup of schools and posts (Schulen & Stelle)."""

from __future__ import annotations

from .connection import Connection

# Tables whose rows belong to a school's documentation: a school that any of them
# references cannot be deleted (pupil numbers and post shares are setup, not records).
REFERENCING = ("person", "case_file", "contact", "short_contact", "cooperation_agreement",
               "group_activity", "open_offer_session", "network_activity", "time_entry",
               "appointment", "statistics_record")


def school_references(conn: Connection, school_id: str) -> list[tuple[str, int]]:
    """(table, count) for every kind of record that references the school, in the order
    of ``REFERENCING``."""
    found = []
    for table in REFERENCING:
        n = conn.execute(f"SELECT count(*) FROM {table} WHERE school_id = ?",  # noqa: S608
                         (school_id,)).fetchone()[0]
        if n:
            found.append((table, n))
    return found


def pupils_of_school(conn: Connection, school_id: str) -> dict[int, int]:
    return {row[0]: row[1] for row in conn.execute(
        "SELECT school_year, pupils FROM school_pupils WHERE school_id = ? ORDER BY school_year",
        (school_id,))}


def share_sum(conn: Connection, post_id: str, school_year: int, *, except_school: str | None = None) -> float:
    row = conn.execute(
        "SELECT coalesce(sum(percent), 0) FROM post_share"
        " WHERE post_id = ? AND school_year = ? AND school_id IS NOT ?",
        (post_id, school_year, except_school)).fetchone()
    return float(row[0])


def share_years(conn: Connection) -> list[int]:
    """Every school year that has pupil numbers or post shares, ascending."""
    return [r[0] for r in conn.execute(
        "SELECT school_year FROM post_share UNION SELECT school_year FROM school_pupils"
        " ORDER BY 1")]
