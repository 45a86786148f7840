"""After the lock she is back on her place in the area she locked in — its filters, tab,
row, chosen record and chosen combo items, by ids — and nothing she typed as text (a
search, an entry's title) is held in memory across the lock: a title she typed and did
not save comes back from the draft kept at the lock (the Übersicht offers it), whole,
with her goal. The other areas start afresh (``test_the_lock_forgets_her_places``).

Driven as she drives it: her keys, Strg+L, the passphrase in the unlock window, on the
real main window over a real vault (the lock over all ten areas:
``test_every_area_keeps_its_place``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import notes
from ssa_desktop.services import overview as overview_svc
from tests.ui.shell.test_area_places import locked_and_back, switch
from tests.ui.shell.test_area_places import window as window  # noqa: F401 (the fixture)
from tests.ui.shell.test_area_places_forms import (
    _absences_and_holidays,
    _partners,
    _row_id,
    _two_goals,
    next_tab,
)

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _persons_shown(area) -> list[str]:
    model = area.list.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_personen_comes_back_on_her_person_without_her_search(window, ctx, qtbot):
    area = switch(window, qtbot, "persons")
    area.list.grade.setFocus()
    for _ in range(2):                                 # "Klasse 5", then "Klasse 6"
        qtbot.keyClick(area.list.grade, Qt.Key.Key_Down)
    area.list.search.setFocus()
    qtbot.keyClicks(area.list.search, "C-0")           # her search: C-03 only
    qtbot.waitUntil(lambda: _persons_shown(area) == ["C-03"])
    area.list.table.setFocus()
    qtbot.keyClick(area.list.table, Qt.Key.Key_Home)
    assert area.list.selected_person_id()
    chosen = area.list.selected_person_id()

    locked_and_back(window, ctx, qtbot)

    assert window.current_area_key() == "persons" and window.areas["persons"] is area
    assert area.list.search.text() == ""               # her search did not outlive the lock
    assert area.list.grade.currentText() == "Klasse 6"
    assert _persons_shown(area) == ["B-02", "C-03"]
    assert area.list.selected_person_id() == chosen    # her person, chosen again
    assert area.list.table.selectionModel().isRowSelected(1)
    assert QApplication.focusWidget() is area.list.table


def test_offene_angebote_come_back_on_her_goal_and_her_draft_whole(window, ctx, qtbot):
    goals = _two_goals(ctx)
    area = switch(window, qtbot, "open_offers")
    area.duration.set_minutes(45)
    area.goal_combo.setFocus()
    for _ in range(2):                                 # — kein Ziel —, then the second goal
        qtbot.keyClick(area.goal_combo, Qt.Key.Key_Down)
    assert area.goal_combo.currentData() == goals["Übergänge begleiten"]
    area.title_edit.setFocus()
    qtbot.keyClicks(area.title_edit, "Spielekiste")    # typed, not saved

    locked_and_back(window, ctx, qtbot)

    assert window.current_area_key() == "open_offers" and window.areas["open_offers"] is area
    assert area.goal_combo.currentData() == goals["Übergänge begleiten"]   # her goal again
    assert area.duration.minutes() == 45
    assert area.title_edit.text() == ""                # her text went with the lock …
    [kept] = notes.form_drafts(ctx.conn)               # … into the draft, kept whole
    assert notes.draft_data(kept)["values"]["title"] == "Spielekiste"
    [item] = overview_svc.build_overview(ctx.conn).drafts
    window.navigate(item.area, item.record_id)         # she opens it from the Übersicht
    area = window.areas["open_offers"]
    assert area.title_edit.text() == "Spielekiste"
    assert area.goal_combo.currentData() == goals["Übergänge begleiten"]


def test_arbeitszeit_comes_back_on_her_tab_and_her_absence_and_holiday(window, ctx, qtbot):
    """On Abwesenheiten (its third tab) she chose a holiday and an absence by keyboard and
    locked there: after the unlock the same tab, both rows, the keyboard on the list."""
    _absences_and_holidays(ctx)
    area = switch(window, qtbot, "time")
    next_tab(qtbot, area.tabs, 2)
    view = area.absences
    view.holidays.setFocus()
    qtbot.keyClick(view.holidays, Qt.Key.Key_Home)
    qtbot.keyClick(view.holidays, Qt.Key.Key_Down)     # Faschingsferien
    holiday = _row_id(view.holidays)
    view.absences.setFocus()
    qtbot.keyClick(view.absences, Qt.Key.Key_Home)
    for _ in range(2):                                 # the third absence
        qtbot.keyClick(view.absences, Qt.Key.Key_Down)
    absence = _row_id(view.absences)

    locked_and_back(window, ctx, qtbot)

    assert window.current_area_key() == "time" and window.areas["time"] is area
    assert area.tabs.currentIndex() == 2
    assert view.absences.currentRow() == 2 and _row_id(view.absences) == absence
    assert view.holidays.currentRow() == 1 and _row_id(view.holidays) == holiday
    assert QApplication.focusWidget() is view.absences


def test_vernetzung_locked_with_her_partner_filter_comes_back_without_it(window, ctx, qtbot):
    """Her filter typed over the partners, Strg+L there: the lock empties it without
    loading the partners from the locked vault (it raised VaultLocked in the event loop),
    and after the unlock every partner is listed again, hers chosen."""
    _partners(ctx)
    area = switch(window, qtbot, "network")
    tab = area.partners
    tab.filter.setFocus()
    qtbot.keyClicks(tab.filter, "amt")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Home)
    assert tab.name.text() == "Jugendamt"

    locked_and_back(window, ctx, qtbot)

    assert window.areas["network"] is area and area.partners is tab
    assert tab.filter.text() == ""
    assert tab.model.rowCount() == 3
    assert tab.name.text() == "Jugendamt"


def test_nothing_she_typed_is_held_while_locked(window, ctx, qtbot):
    """While the vault is locked, the place kept for her holds ids, not her search nor
    the title she typed (ids_only: the fields marked ``typed``)."""
    from tests.conftest import PASSPHRASE

    area = switch(window, qtbot, "open_offers")
    qtbot.keyClicks(area.title_edit, "Spielekiste")
    qtbot.keyClicks(area.note_edit, "im Hof")
    area = switch(window, qtbot, "network")
    area.partners.filter.setFocus()
    qtbot.keyClicks(area.partners.filter, "Jugend")
    area = switch(window, qtbot, "persons")
    qtbot.keyClicks(area.list.search, "C-0")
    qtbot.keyClick(area.list.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not ctx.is_unlocked
    kept = repr(window._places)
    assert "persons" in window._places                 # her place is kept …
    assert not any(text in kept for text in ("C-0", "Jugend", "Spielekiste", "im Hof"))
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())
    window.unlock_dialog.passphrase.edit.setText(PASSPHRASE)
    qtbot.keyClick(window.unlock_dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=10000)


def test_arbeitszeit_s_hints_are_not_held_while_locked(window, ctx, qtbot):
    """Strg+L on Arbeitszeit with the Auswertung's hints shown („… kein Stellenumfang
    eingetragen …“, a school's name, her hours there): the place kept while locked holds
    none of their text (it held them, to not read them out again), and after the unlock
    the hints are shown again from the vault."""
    area = switch(window, qtbot, "time")
    qtbot.waitUntil(lambda: area.report is not None, timeout=60000)
    hints = area.dashboard.problems.text()
    assert "kein Stellenumfang" in hints
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert not ctx.is_unlocked
    assert "time" in window._places                    # her place is kept …
    assert "Stellenumfang" not in repr(window._places)  # … without the hints' text

    from tests.conftest import PASSPHRASE

    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())
    window.unlock_dialog.passphrase.edit.setText(PASSPHRASE)
    qtbot.keyClick(window.unlock_dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=10000)
    qtbot.waitUntil(lambda: area.report is not None, timeout=60000)
    assert area.dashboard.problems.text() == hints and area.dashboard.problems.isVisible()
