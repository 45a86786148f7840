"""Fixtures of the Arbeitszeit tests: a clock standing on a Wednesday of 2025/26 and a
post with half a share at school-1."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import entities as e
from ssa_desktop.services import setup as setup_service

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def frozen():
    with clock.frozen(datetime(2025, 11, 12, 10, 0, tzinfo=BERLIN)):
        yield


@pytest.fixture
def post(ctx):
    p = setup_service.save_post(ctx.conn, e.Post("Stelle", 39.0))
    setup_service.set_post_share(ctx.conn, p.id, "school-1", 2025, 50)
    return p
