"""Datenschutz builds only the page in front with the area (issue 21: its first show built
nine pages, 57 ms on ten years); every other page is built when she first opens it. A
page built late shows what is stored at that moment, a lock empties what was built, and
a change made while a page was never opened is in it when it is opened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import retention as rt
from ssa_desktop.services import privacy as privacy_svc
from ssa_desktop.services import retention as svc
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.privacy.requests_panel import RequestsPanel
from tests.conftest import PASSPHRASE
from tests.retention.fixtures import full_person
from tests.ui.privacy.shared import shown_area

TODAY = date(2026, 9, 1)
PAGES = ["Löschung fällig", "Eingeschränkt", "Sperren", "Alle Fristen", "Löschprotokoll",
         "Regeln und Fristen", "Vertretung und Übergabe", "Auskunft und Widerspruch",
         "Sicherungen", "Verzeichnis und Datenpanne"]




def _built(area) -> list[bool]:
    return [area.tabs.is_built(i) for i in range(area.tabs.count())]


def _open_page(area, title: str) -> None:
    """As she does: the page list has the focus, ↓ moves to the next page."""
    area.tabs.list.setFocus()
    for _ in range(area.tabs.count()):
        if area.tabs.tabText(area.tabs.list.currentRow()) == title:
            return
        QTest.keyClick(area.tabs.list, Qt.Key_Down)
    raise AssertionError(title)


def _period_option(name: str):
    return next(p.option for rule in rt.rule_table().rules for p in rule.periods
                if p.option.name == name)


def test_only_the_page_in_front_is_built_and_a_page_opened_later_shows_what_is_stored(
        ctx, qtbot):
    fx = full_person(ctx.conn, 1, leaving=None)
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
        assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == PAGES
        assert _built(area) == [True] + [False] * 9
        assert area.findChildren(RequestsPanel) == [] and area.panels == []
        # changes while the pages were never opened: a restriction and a longer period
        loads = area.loaded
        ctx.apply(svc.restrict, fx.person.id, today=TODAY)
        qtbot.waitUntil(lambda: area.loaded > loads, timeout=10000)
        ctx.apply(svc.set_period, _period_option("retention.R8.months"), 30)
        qtbot.waitUntil(lambda: area.values is not None
                        and area.values["retention.R8.months"] == 30, timeout=10000)
        assert _built(area) == [True] + [False] * 9

        _open_page(area, "Eingeschränkt")
        assert area.tabs.currentWidget().isVisible()
        assert _built(area)[:2] == [True, True] and _built(area)[2:] == [False] * 8
        view = area.restricted_view
        assert view.isVisible() and view.model() is area.restricted_model
        assert [view.model().text(0, c) for c in (0, 2)] == [fx.words[2], "auf Antrag (Art. 18 DSGVO)"]

        _open_page(area, "Regeln und Fristen")
        assert area.period_fields["retention.R8.months"].value() == 30
        assert area.period_fields["retention.R8.months"].isVisible()
        assert area.enable_9b.isChecked() is False

        # a panel built late loads its own rows (an Auskunft request recorded before)
        with clock.frozen(date(2026, 11, 22)):
            ctx.apply(privacy_svc.open_request, fx.person.id, date(2026, 11, 2))
            _open_page(area, "Auskunft und Widerspruch")
            panel = area.tabs.currentWidget()
            assert isinstance(panel, RequestsPanel) and panel is area.requests
            assert panel.isVisible() and panel.model.rowCount() == 1
            assert area.panels == [panel]


def test_a_lock_empties_the_built_pages_and_after_unlock_a_new_page_shows_the_new_state(
        ctx, qtbot, open_vault):
    first = full_person(ctx.conn, 1, leaving=None)
    second = full_person(ctx.conn, 2, leaving=None)
    svc.restrict(ctx.conn, first.person.id, today=TODAY)
    svc.add_hold(ctx.conn, first.person.id, "legal_claim", date(2027, 3, 1),
                 record_kind="person", today=TODAY)
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
        _open_page(area, "Eingeschränkt")
        assert area.restricted_model.rowCount() == 1
        folder = open_vault.vault.folder
        ctx.lock()
        assert area.restricted_model.rowCount() == 0 and area.holds_model.rowCount() == 0
        assert area.restricted_view.model().rowCount() == 0
        assert not area.tabs.is_built(PAGES.index("Sperren"))
        # while locked (e.g. another device's package was read in): a second hold
        session = Vault(folder).unlock(PASSPHRASE)
        svc.add_hold(session.conn, second.person.id, "legal_claim", date(2027, 3, 1),
                     record_kind="person", today=TODAY)
        loads = area.loaded
        ctx.set_session(session)
        area.refresh()              # as the main window does when it shows the area again
        qtbot.waitUntil(lambda: area.loaded > loads, timeout=10000)
        assert area.restricted_model.rowCount() == 1
        _open_page(area, "Sperren")
        assert sorted(area.holds_view.model().text(r, 0) for r in range(2)) == sorted(
            [first.words[2], second.words[2]])
        session.lock()
