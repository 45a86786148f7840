"""Which posts the plausibility check asks for their staff data (Fachkräfte-Angaben): a
post scope its own post only, a school scope every post with a share of the school above
0 % (1 % is a share; a post entered with 0 % does not work there)."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.entities import Post, PostShare
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

from . import fixture


@pytest.fixture
def world(conn):
    built = fixture.build(conn)
    # beside "Stelle Nord" (50 % at school-1, 25 % at school-2): two more posts at school-1
    for post_id, label, percent in (("post-2", "Stelle Süd", 1.0),
                                    ("post-3", "Stelle Ost", 0.0)):
        repo.POSTS.insert(conn, Post(label, id=post_id))
        repo.POST_SHARES.insert(conn, PostShare(post_id, "school-1", fixture.YEAR, percent))
    return built


def _asked(conn, scope) -> list[str]:
    """The posts named by the staff hints, in the order she reads them."""
    return [f.message.split(" fehl")[0] for f in stats.plausibility(conn, fixture.YEAR, scope)
            if f.code == "staff"]


def test_a_school_asks_for_every_post_with_a_share_above_zero(conn, world):
    assert _asked(conn, stats.Scope("school", "school-1")) == ["Für Stelle Nord",
                                                               "Für Stelle Süd"]
    assert _asked(conn, stats.Scope("school", "school-2")) == ["Für Stelle Nord"]


def test_a_post_asks_only_for_itself_though_its_school_has_other_posts(conn, world):
    assert _asked(conn, stats.Scope("post", "post-1")) == ["Für Stelle Nord"]
    assert _asked(conn, stats.Scope("post", "post-2")) == ["Für Stelle Süd"]
