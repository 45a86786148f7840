"""Fixtures shared by the service tests."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import entities as e
from ssa_desktop.services import setup as setup_service
from ssa_desktop.storage import repositories as repo


@pytest.fixture
def two_schools(conn):
    """School-1 (40 %) and School-2 (35 %) of a 39-hour post in 2025/26."""
    repo.SCHOOLS.insert(conn, e.School("Realschule Nord", code="RS-2", school_type="RS",
                                       id="school-2"))
    post = setup_service.save_post(conn, e.Post("Stelle", 39.0))
    setup_service.set_post_share(conn, post.id, "school-1", 2025, 40)
    setup_service.set_post_share(conn, post.id, "school-2", 2025, 35)
    return post
