"""The stored or carried-over staff block of a post and school year (docs/statistics.md,
"Fachkräfte"), apart from ``services/staff`` so that the statistics report can read it
without an import loop (staff uses statistics for the working time)."""

from __future__ import annotations

from dataclasses import replace

from ..domain import staff as rules
from ..domain.entities import PostStaff
from ..domain.errors import UserError
from ..domain.schoolyear import SchoolYear
from ..storage import repositories as repo
from ..storage import statistics_repo as srepo
from ..storage.connection import Connection
from . import rule_packs


class StaffError(UserError):
    """A German message for the form."""


def staff_for(conn: Connection, post_id: str, year: int) -> tuple[PostStaff, bool]:
    """The stored block of ``year``, else the latest earlier one carried over (dates and
    employer stay, the extent is this year's share), else a new one from the post.
    Second value: stored for this year."""
    stored = repo.POST_STAFF.get(conn, post_id, year)
    if stored is not None:
        return stored, True
    post = repo.POSTS.existing(conn, post_id, missing=StaffError("Diese Stelle gibt es nicht."))
    percent = sum(pct for p, _s, pct in srepo.master_data(conn, year).shares if p == post_id)
    earlier = repo.POST_STAFF.select(conn, "post_id = ? AND school_year < ?", (post_id, year),
                                     order="school_year DESC")
    if earlier:
        return replace(earlier[0], school_year=year, percent=percent or earlier[0].percent), False
    return PostStaff(post_id, year, qualification=post.qualification, percent=percent), False


def block_from(conn: Connection, post_id: str, year: int, by_category: dict[str, int]
               ) -> rules.StaffBlock:
    """The block with its computed parts, the working time from the post's minutes per
    time category (``time_minutes_by_category`` of the post scope)."""
    staff, stored = staff_for(conn, post_id, year)
    post = repo.POSTS.get(conn, post_id)
    formula = rule_packs.formula(conn, year)
    school_year = SchoolYear(year)
    return rules.StaffBlock(
        staff, post.label if post else "", stored,
        formula.months_filled(staff.employed_from, staff.employed_to, school_year),
        rules.minutes_by_area(by_category),
        formula.grant(staff.percent, staff.employed_from, staff.employed_to, school_year,
                      rule_packs.grant_rate(conn, year)))


def months_filled(conn: Connection, staff: PostStaff) -> int:
    """The months of the block's school year the post counts as filled (the year's pack)."""
    return rule_packs.formula(conn, staff.school_year).months_filled(
        staff.employed_from, staff.employed_to, SchoolYear(staff.school_year))
