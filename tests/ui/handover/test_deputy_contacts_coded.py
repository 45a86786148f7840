"""The deputy's „Kontakte der Vertretung“ show what she recorded: below the table, the
selected contact's coded fields that are set (Ort, Zugang, Weitervermittlung,
Sprachmittlung …) as „Label: Eintrag“, nothing for a field not recorded; the line has an
accessible name and is reached by Tab; the table is no wider for it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ssa_desktop.domain import clock
from ssa_desktop.services import handover_deputy_work as work
from tests.ui.handover.deputy_fixture import WORKDAY
from tests.ui.handover.test_deputy_window import package, window  # noqa: F401


def _add(window, package, time="14:15", **kw):  # noqa: F811
    work.deputy_add_contact(window.pkg, work.DeputyContactEntry(
        package.n5, None, date(2026, 12, 2), "TEL", 45, time=time, **kw))


def test_the_selected_contact_shows_its_recorded_coded_fields(window, package):  # noqa: F811
    with clock.frozen(WORKDAY):
        _add(window, package, place="home_visit", coded={"interpreting": "relative"})
        _add(window, package, time="15:00", note="ohne Angaben")
        window.refresh()
        window.tabs.setCurrentIndex(4)
        window.contacts.selectRow(0)
        detail = window.contact_detail
        assert detail.text() == "Ort: Hausbesuch · Sprachmittlung: Angehörige oder Bekannte"
        assert detail.isVisibleTo(window) and detail.accessibleName() != ""
        assert detail.focusPolicy() & Qt.TabFocus
        window.contacts.selectRow(1)
        assert "Ort:" not in detail.text() and "Sprachmittlung:" not in detail.text()


def test_the_row_carries_the_recorded_fields(window, package):  # noqa: F811
    with clock.frozen(WORKDAY):
        _add(window, package, place="phone")
        [row] = work.deputy_overview(window.pkg).contacts
    assert row.coded == (("Ort", "Telefon"),)
