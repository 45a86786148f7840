"""The vault's rule packs (migration ``rule_packs``): their texts by digest, the one in
force and the pack each school year's figures were computed under."""

from __future__ import annotations

from .connection import Connection


def store(conn: Connection, digest: str, text: str, imported_at: str) -> None:
    """Keep a pack's text (once per digest)."""
    conn.execute("INSERT OR IGNORE INTO rule_pack(digest, text, imported_at) VALUES (?, ?, ?)",
                 (digest, text, imported_at))


def text(conn: Connection, digest: str) -> str | None:
    row = conn.execute("SELECT text FROM rule_pack WHERE digest = ?", (digest,)).fetchone()
    return row[0] if row else None


def put_in_force(conn: Connection, digest: str) -> None:
    conn.execute("UPDATE rule_pack SET in_force = (digest = ?)", (digest,))


def in_force(conn: Connection) -> str | None:
    """The text of the pack in force, None: none imported (the shipped pack applies)."""
    row = conn.execute("SELECT text FROM rule_pack WHERE in_force = 1").fetchone()
    return row[0] if row else None


def listing(conn: Connection) -> list[tuple[str, str, str, bool]]:
    """(digest, text, imported_at, in force) of every kept pack, oldest first."""
    return [(d, t, at, bool(f)) for d, t, at, f in conn.execute(
        "SELECT digest, text, imported_at, in_force FROM rule_pack ORDER BY imported_at, rowid")]


def year_digest(conn: Connection, school_year: int) -> str | None:
    row = conn.execute("SELECT digest FROM rule_pack_year WHERE school_year = ?",
                       (school_year,)).fetchone()
    return row[0] if row else None


def record_year(conn: Connection, school_year: int, digest: str) -> None:
    """The pack of ``school_year``: the first record stays."""
    conn.execute("INSERT OR IGNORE INTO rule_pack_year(school_year, digest) VALUES (?, ?)",
                 (school_year, digest))


def years_with_figures(conn: Connection) -> list[int]:
    """School years in which a post has a share (their figures can be computed)."""
    return [y for (y,) in conn.execute(
        "SELECT DISTINCT school_year FROM post_share ORDER BY school_year")]


def recorded_years(conn: Connection) -> list[tuple[int, str]]:
    """(school year, digest) of every recorded year, in order."""
    return list(conn.execute("SELECT school_year, digest FROM rule_pack_year ORDER BY school_year"))
