"""The Übersicht's tile "Zeitanteile (Schuljahr)" computes again only when its figures can
change: not after the unlock's upkeep (daily backup, deletion check), whose writes move no
time share, and once (not twice) after a time entry, a contact or an agreement change."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain import entities as e
from ssa_desktop.services import activities, agreements, worktime
from ssa_desktop.services.operations import DataKind
from ssa_desktop.ui.overview.area import OverviewArea
from ssa_desktop.ui.privacy.area import RetentionWatch
from ssa_desktop.ui.privacy.unlock_tasks import run_unlock_tasks


def _shown_overview(ctx, qtbot, monkeypatch) -> tuple[OverviewArea, list[int]]:
    """The Übersicht as she sees it after the unlock, its tile computed once; then every
    new computation of the tile is counted (it starts on the GUI thread)."""
    area = OverviewArea(ctx)
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show()
    tile = area.time_shares
    qtbot.waitUntil(lambda: tile.summary is not None, timeout=30_000)
    computed: list[int] = []
    real = tile.refresh
    monkeypatch.setattr(tile, "refresh", lambda: computed.append(1) or real())
    return area, computed


def test_the_unlock_upkeep_does_not_recompute_the_tile(ctx, qtbot, post, frozen, monkeypatch):
    area, computed = _shown_overview(ctx, qtbot, monkeypatch)
    with qtbot.waitSignal(ctx.changes, timeout=60_000,
                          check_params_cb=lambda c: c.touches(DataKind.BACKUPS)):
        run_unlock_tasks(ctx)                     # the daily backup, the breach counts
    assert list((ctx.session.vault.folder / "backups").glob("*.ssabak"))
    watch = RetentionWatch(ctx)
    with qtbot.waitSignal(ctx.retention_counted, timeout=60_000):
        watch.check()                             # the deletion check at unlock (RETENTION)
    qtbot.waitUntil(lambda: not watch.running, timeout=60_000)
    assert computed == []
    assert area.time_shares.summary is not None   # still showing its figures


def test_time_contacts_and_agreements_recompute_the_tile_once(ctx, qtbot, post, frozen,
                                                              monkeypatch):
    area, computed = _shown_overview(ctx, qtbot, monkeypatch)
    today = clock.today()
    ctx.apply(worktime.set_cell, today, "DOK", "school-1", 45)
    assert len(computed) == 1
    ctx.apply(activities.record_contact, e.Contact(today, "EB", 30, school_id="school-1"))
    assert len(computed) == 2
    ctx.apply(agreements.save_agreement, e.CooperationAgreement("school-1", date(2025, 8, 1)))
    assert len(computed) == 3
    qtbot.waitUntil(lambda: area.time_shares.summary is not None
                    and area.time_shares.summary.lines[0][1].value is not None, timeout=30_000)


def test_a_change_while_she_is_elsewhere_is_computed_when_the_overview_shows_again(
        ctx, qtbot, post, frozen, monkeypatch):
    area, computed = _shown_overview(ctx, qtbot, monkeypatch)
    area.hide()                                   # she opened another area
    ctx.apply(worktime.set_cell, clock.today(), "DOK", "school-1", 45)
    ctx.apply(activities.record_contact,
              e.Contact(clock.today(), "EB", 30, school_id="school-1"))
    assert computed == []
    area.show()
    assert len(computed) == 1
    qtbot.waitUntil(lambda: area.time_shares.summary is not None
                    and area.time_shares.summary.lines[0][1].value is not None, timeout=30_000)
    area.show()                                   # shown again without a change: no new figures
    area.refresh()
    assert len(computed) == 1


def test_the_first_load_of_the_new_school_year_shows_its_figures(ctx, qtbot, post,
                                                                 monkeypatch):
    """Unlocked across midnight from 31.7. to 1.8. (the clock set by the test): the next
    load of the Übersicht computes the tile for the new school year; a change made on
    31.7. while she was elsewhere is not needed to get there."""
    with clock.frozen(date(2026, 7, 31)):
        area, computed = _shown_overview(ctx, qtbot, monkeypatch)
        assert area.time_shares.summary.school_year.start_year == 2025
        area.refresh()                            # the same day: nothing to compute
        assert computed == []
    with clock.frozen(date(2026, 8, 1)):
        area.refresh()
        assert len(computed) == 1
        qtbot.waitUntil(lambda: area.time_shares.summary.school_year.start_year == 2026,
                        timeout=30_000)


def test_a_restore_recomputes_the_shown_tile(ctx, qtbot, post, frozen, monkeypatch):
    from ssa_desktop.services.operations import Changes

    area, computed = _shown_overview(ctx, qtbot, monkeypatch)
    ctx.changes.emit(Changes.of(DataKind.VAULT))  # what a restore reports
    assert len(computed) == 1
