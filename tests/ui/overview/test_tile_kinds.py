"""The Übersicht loads a tile again only when a kind of data it shows changed
(``services.overview``'s ``*_KINDS``): the daily backup and a package change none, a
restriction or the deletion check's write (``RETENTION``) do not count the statistics
deliveries' findings again (they read every record of the year), a time entry does."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Appointment, Post
from ssa_desktop.services import appointments, notes, school_year_pending, setup, worktime
from ssa_desktop.services import overview as overview_svc
from ssa_desktop.services.operations import Changes, DataKind
from ssa_desktop.ui.overview.area import OverviewArea

DAY = date(2026, 11, 20)     # a Friday; the deliveries of 2025/26 are open until 31.12.
TILES = ("appointment_lines", "procedure_lines", "draft_lines", "deadline_lines")


@pytest.fixture
def loads(monkeypatch):
    """What the Übersicht loaded, in order: the tiles' service calls by name, the
    deliveries as "deliveries" (listed) or "count" (their findings counted)."""
    seen: list[str] = []

    def spy(name):
        real = getattr(overview_svc, name)

        def call(*args, **kwargs):
            seen.append(name)
            return real(*args, **kwargs)
        monkeypatch.setattr(overview_svc, name, call)

    for name in TILES:
        spy(name)
    real_deliveries = overview_svc.delivery_items

    def deliveries(*args, count_findings=True, **kwargs):
        seen.append("count" if count_findings else "deliveries")
        return real_deliveries(*args, count_findings=count_findings, **kwargs)
    monkeypatch.setattr(overview_svc, "delivery_items", deliveries)
    real_pending = school_year_pending.pending
    monkeypatch.setattr(school_year_pending, "pending",
                        lambda *a, **k: seen.append("school_year") or real_pending(*a, **k))
    return seen


def _counted(area) -> bool:
    lines = [area.deadlines.model.item(row).text() for row in range(area.deadlines.model.rowCount())]
    return any("Statistik" in t for t in lines) and not any("gezählt" in t for t in lines)


@pytest.fixture
def area(ctx, qtbot, pupil, loads):
    post = setup.save_post(ctx.conn, Post("Stelle", 39.0))
    setup.set_post_share(ctx.conn, post.id, "school-1", 2025, 50)   # a delivery of 2025/26
    appointments.save_appointment(ctx.conn, Appointment(DAY, "09:40", "10:10",
                                                        person_id=pupil.id,
                                                        school_id="school-1"))
    clock.set_clock(clock.fixed(DAY))   # the conftest's _system_clock puts it back
    shown = OverviewArea(ctx)
    qtbot.addWidget(shown)
    shown.resize(1100, 800)
    shown.show()
    qtbot.waitUntil(lambda: _counted(shown), timeout=30000)
    assert "count" in loads and set(TILES) <= set(loads)     # shown: every tile loads
    loads.clear()
    return shown


def test_the_daily_backup_and_a_package_load_no_tile(ctx, area, loads):
    ctx.broadcast(Changes.of(DataKind.BACKUPS))
    ctx.broadcast(Changes.of(DataKind.PACKAGES))
    assert loads == []


def test_a_restriction_loads_the_lines_but_does_not_count_the_deliveries(ctx, area, loads):
    ctx.broadcast(Changes.of(DataKind.RETENTION))     # as the deletion check at unlock
    assert {"appointment_lines", "procedure_lines", "draft_lines", "deadline_lines"} \
        <= set(loads)
    assert "count" not in loads and "deliveries" not in loads
    assert _counted(area)                                # the counted lines stay


def test_a_time_entry_counts_the_deliveries_and_leaves_the_other_tiles(ctx, qtbot, area,
                                                                        loads):
    ctx.apply(worktime.set_cell, date(2026, 3, 2), "DOK", "school-1", 60)   # TIME
    qtbot.waitUntil(lambda: "count" in loads and _counted(area), timeout=30000)
    assert "appointment_lines" not in loads and "procedure_lines" not in loads
    assert "draft_lines" not in loads and "school_year" not in loads


def test_an_appointment_loads_its_tiles_and_counts_nothing(ctx, area, loads, pupil):
    ctx.apply(appointments.save_appointment, Appointment(DAY, "11:00", "11:30",
                                                         person_id=pupil.id,
                                                         school_id="school-1"))
    # the appointments and the drafts (a draft goes with its appointment)
    assert loads == ["appointment_lines", "draft_lines"]
    assert area.appointments.model.rowCount() == 2


def _lines(tile) -> list[str]:
    return [tile.model.item(row).text() for row in range(tile.model.rowCount())]


def test_a_draft_loads_the_drafts_and_counts_the_deliveries(ctx, qtbot, area, loads):
    before = _lines(area.deadlines)
    ctx.apply(notes.save_draft, "draft-1", "contact", {"note": "halb"})     # DRAFTS
    assert "draft_lines" in loads and "appointment_lines" not in loads
    assert area.drafts.model.rowCount() == 1
    # the unfinished draft is one more finding of the delivery
    qtbot.waitUntil(lambda: _counted(area) and _lines(area.deadlines) != before,
                    timeout=30000)
    assert "count" in loads


def test_the_vault_changed_as_a_whole_loads_every_tile(ctx, qtbot, area, loads):
    ctx.broadcast(Changes.of(DataKind.VAULT))
    qtbot.waitUntil(lambda: "count" in loads, timeout=30000)
    assert set(TILES) | {"school_year"} <= set(loads)


def test_hidden_it_loads_nothing_and_everything_when_shown_again(ctx, qtbot, area, loads):
    area.hide()
    ctx.apply(worktime.set_cell, date(2026, 3, 2), "DOK", "school-1", 60)
    assert loads == []
    area.show()
    qtbot.waitUntil(lambda: "count" in loads and _counted(area), timeout=30000)
    assert set(TILES) <= set(loads)


def test_every_kind_but_backups_and_packages_loads_some_tile():
    shown = set().union(overview_svc.APPOINTMENT_KINDS, overview_svc.PROCEDURE_KINDS,
                        overview_svc.DRAFT_KINDS, overview_svc.DEADLINE_KINDS,
                        overview_svc.DELIVERY_KINDS, overview_svc.SCHOOL_YEAR_KINDS)
    assert set(DataKind) - shown == {DataKind.BACKUPS, DataKind.PACKAGES,
                                     DataKind.OPEN_OFFERS, DataKind.NETWORK,
                                     DataKind.DOCUMENTS,   # no tile counts documents
                                     DataKind.DRAFT_TEXTS}  # nor shows a draft's text
    assert set(OverviewArea.watches) == shown
