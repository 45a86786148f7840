"""The staff hints of the plausibility check (Fachkräfte-Angaben) only meet posts that
exist: a school scope's posts come from its post shares, which the vault ties to a stored
post (a share of an unknown post is refused; a post's shares go with it), and a post scope
is refused before the check when its post is unknown. So the check needs no "unknown
post" branch of its own; this is why it has none."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.entities import PostShare
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

from . import fixture


def test_a_share_of_a_post_that_does_not_exist_is_refused_by_the_vault(conn):
    fixture.build(conn)
    with pytest.raises(Exception, match="FOREIGN KEY"):
        repo.POST_SHARES.insert(conn, PostShare("post-missing", "school-1", fixture.YEAR, 10.0))


def test_a_deleted_post_takes_its_shares_and_its_hint_with_it(conn):
    fixture.build(conn)
    school = stats.Scope("school", "school-1")
    assert [f for f in stats.plausibility(conn, fixture.YEAR, school) if f.code == "staff"]
    conn.execute("DELETE FROM post WHERE id = ?", ("post-1",))
    assert [f for f in stats.plausibility(conn, fixture.YEAR, school) if f.code == "staff"] == []


def test_an_unknown_post_scope_is_refused_before_any_hint(conn):
    fixture.build(conn)
    with pytest.raises(stats.StatisticsError, match="Diese Stelle gibt es nicht"):
        stats.plausibility(conn, fixture.YEAR, stats.Scope("post", "post-missing"))
