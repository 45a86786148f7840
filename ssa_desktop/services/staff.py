"""The staff block per post and school year (docs/statistics.md, "Fachkräfte"): entered
once per post in Einstellungen, versioned by school year; months filled/vacant and the
working time by task area are computed. No Qt, no SQL beyond the repositories."""

from __future__ import annotations

from pathlib import Path

from ..domain import staff as rules
from ..domain.catalogues import EMPLOYER_TYPES
from ..domain.entities import PostStaff
from ..domain.file_names import safe_file_name
from ..domain.schoolyear import SchoolYear
from ..storage import repositories as repo
from ..storage import statistics_repo as srepo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import rule_packs, statistics
from .operations import DataKind, Progress, writes
from .staff_data import StaffError, block_from, months_filled, staff_for  # noqa: F401 (the dialog)


def block(conn: Connection, post_id: str, year: int) -> rules.StaffBlock:
    """The staff block with its computed parts (months, working time by task area)."""
    staff_for(conn, post_id, year)  # an unknown post: StaffError
    try:
        by_category = statistics.compute(conn, year, statistics.Scope("post", post_id))[
            "time_minutes_by_category"]
    except statistics.StatisticsError:
        by_category = {}
    return block_from(conn, post_id, year, by_category)


@writes(DataKind.SCHOOLS, DataKind.STATISTICS)
def save_staff(conn: Connection, staff: PostStaff) -> PostStaff:
    """Validate and store the block of one post and school year."""
    staff.qualification = staff.qualification.strip()
    repo.POSTS.existing(conn, staff.post_id, missing=StaffError("Diese Stelle gibt es nicht."))
    if not 0 <= staff.percent <= 100:
        raise StaffError("Der Stellenumfang liegt zwischen 0 und 100 %.")
    if staff.employer_type and staff.employer_type not in EMPLOYER_TYPES:
        raise StaffError("Bitte öffentlichen oder freien Träger wählen.")
    if staff.employed_from and staff.employed_to and staff.employed_to < staff.employed_from:
        raise StaffError("Das Ende der Beschäftigung liegt vor ihrem Beginn.")
    if staff.fixed_term and staff.employed_to is None:
        raise StaffError("Bei einer befristeten Beschäftigung bitte das Ende angeben.")
    with transaction(conn):
        repo.POST_STAFF.save(conn, staff)
    return staff


def blocks(conn: Connection, year: int) -> list[rules.StaffBlock]:
    """The block of every post with shares in ``year`` (Verwendungsnachweis)."""
    posts = {p for p, _s, _pct in srepo.master_data(conn, year).shares}
    return [block(conn, p.id, year) for p in repo.POSTS.all(conn) if p.id in posts]


# -- the Verwendungsnachweis ------------------------------------------
def verwendungsnachweis_file_name(year: int) -> str:
    return safe_file_name(f"Verwendungsnachweis_{SchoolYear(year).label.replace('/', '-')}.pdf")


def write_verwendungsnachweis(conn: Connection, year: int, path: Path | str,
                              progress: Progress | None = None) -> Path:
    """One PDF for the Träger: per post months filled, FTE, the pro-rata grant (rate:
    the school year's rule pack, ``services.rule_packs``), staff block, then each post's statistics pages."""
    from ..exports import kvjs_verwendungsnachweis  # reportlab: only when a PDF is written

    progress = progress or Progress()
    lines = []
    found = blocks(conn, year)
    if not found:
        raise statistics.StatisticsError(
            f"Im Schuljahr {SchoolYear(year).label} hat keine Stelle einen Stellenumfang "
            "(Einstellungen → Schulen & Stelle).")
    for index, block in enumerate(found):
        progress(10 + 80 * index // len(found), f"{block.post_label} …")
        rep = statistics.report(conn, year, statistics.Scope("post", block.staff.post_id),
                                previous_years=0)
        lines.append(kvjs_verwendungsnachweis.PostLine(
            block, tuple(name for _code, name in rep.info.schools), statistics.export_document(rep)))
    pack = rule_packs.for_year(conn, year)
    written = kvjs_verwendungsnachweis.write(
        lines, year_label=SchoolYear(year).label, rate=rule_packs.grant_rate(conn, year),
        formula=rule_packs.formula(conn, year).text, path=Path(path),
        rule_pack=". ".join(filter(None, (f"Regelpaket: {pack.title} (Kennung {pack.short_id})",
                                         rule_packs.missing_note(conn, year)))))
    progress(100, "")
    return written
