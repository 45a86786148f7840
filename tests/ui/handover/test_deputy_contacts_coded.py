"""The deputy's „Kontakte der Vertretung“ show what she recorded: below the table, the
selected contact's coded fields that are set (Ort, Zugang, Weitervermittlung,
Sprachmittlung …) as „Label: Eintrag“, nothing for a field not recorded; the line has an
accessible name and is reached by Tab; the table is no wider for it."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.services import handover_deputy_work as work
from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.ui.handover.deputy_fixture import WORKDAY, colleagues_package
from tests.ui.handover.test_deputy_window import package, window  # noqa: F401
from tests.ui.shell.test_fits_small_screen import SCREENS, cut_texts


def shot(widget, name: str) -> None:
    """``name``.png (-200pct at 200 %) in the folder SSA_SHOTS names, if any."""
    folder = os.environ.get("SSA_SHOTS")
    if folder:
        scale = widget.devicePixelRatioF()
        suffix = f"-{round(scale * 100)}pct" if scale != 1 else ""
        widget.grab().save(str(Path(folder) / f"{name}{suffix}.png"))


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


@pytest.mark.parametrize("screen", ["1280x720", "1366x768", "960x540"])
def test_the_line_fits_and_the_table_is_no_wider(ctx, qtbot, tmp_path, screen):
    """With SSA_SHOTS=/folder saved as verlauf-deputy-kontakte-<screen>.png (again with
    QT_SCALE_FACTOR=2 for 200 %)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    pkg = colleagues_package(folder)
    with clock.frozen(WORKDAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        win = panel.open_package(pkg.path, pkg.key_text)
        qtbot.addWidget(win)
        work.deputy_add_contact(win.pkg, work.DeputyContactEntry(
            pkg.n5, pkg.n5_case, date(2026, 12, 2), "EG", 45, time="14:15",
            participants=("parent",), topics=("FAM", "SCH"), place="home_visit",
            coded={"interpreting": "professional"},
            note="Elterngespräch mit Sprachmittlerin: N-5 war seit Montag nicht in der Schule"))
        win.resize(*SCREENS[screen])
        win.show()
        qtbot.waitExposed(win)
        win.refresh()
        win.tabs.setCurrentIndex(4)
        win.contacts.selectRow(0)
        QApplication.processEvents()
        assert win.contact_detail.isVisible()
        assert "Ort: Hausbesuch" in win.contact_detail.text()
        assert not win.contacts.horizontalScrollBar().isVisible()
        assert cut_texts(win) == []
        shot(win, f"verlauf-deputy-kontakte-{screen}")
        win.close()
