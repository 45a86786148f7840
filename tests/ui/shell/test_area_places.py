"""An area she leaves is taken apart (its widgets deleted, what they held given back) and
built again when she comes back, in the place she left it: the same filters, the same row
selected, the same tab, the keyboard on the area's first control. An area that would lose
something (a form with unsaved input) is kept as it is.

Driven as she drives it: Strg+1 … Strg+0 on the real main window over a real vault."""

from __future__ import annotations

import contextlib
import gc
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from tests.support.main_windows import active_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")

# Strg+<digit> of each area (ui/areas.py: sidebar order)
KEYS = {"overview": Qt.Key.Key_1, "persons": Qt.Key.Key_2, "appointments": Qt.Key.Key_3,
        "groups": Qt.Key.Key_4, "open_offers": Qt.Key.Key_5, "network": Qt.Key.Key_6,
        "time": Qt.Key.Key_7, "statistics": Qt.Key.Key_8, "privacy": Qt.Key.Key_9,
        "settings": Qt.Key.Key_0}


def switch(window, qtbot, key: str):
    """Strg+<digit> where the keyboard is; the area shown then."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, KEYS[key], Qt.KeyboardModifier.ControlModifier)
    assert window.current_area_key() == key
    return window.areas[key]


def deferred_deletions() -> None:
    """Run the deletions asked for so far (``deleteLater``), as the event loop would."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def taken_apart(qtbot, ref: weakref.ref, window) -> None:
    """The area ``ref`` names (the test dropped its own reference): its C++ widgets are
    deleted and no Python reference keeps its wrapper."""
    qtbot.waitUntil(lambda: ref() is None or not shiboken6.isValid(ref()))
    # a load stopped when she left (Statistik's count) names the area until it has ended
    qtbot.waitUntil(lambda: gc.collect() >= 0 and ref() is None, timeout=20000)
    # Qt's offscreen platform counts a completer's popup, once shown and hidden again, as
    # the active window, and none once it is deleted (a bare QCompleter does the same);
    # a desktop's window manager never activates a popup. Her window is active again:
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    for pseudonym, grade in (("A-01", 5), ("B-02", 6), ("C-03", 6), ("D-04", 7)):
        repo.PERSONS.insert(ctx.conn, Person(pseudonym, kind="pupil", grade=grade,
                                             school_id="school-1"))
    return active_main_window(ctx, qtbot, tmp_path)


def test_personen_comes_back_with_her_filter_and_her_person_selected(window, qtbot):
    area = switch(window, qtbot, "persons")
    assert QApplication.focusWidget() is area.list.search  # the area's first control
    qtbot.keyClicks(area.list.search, "0")           # she filters …
    model = area.list.model
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    area.list.grade.setFocus()
    qtbot.keyClick(area.list.grade, Qt.Key.Key_Down)  # … to "Klasse 5", then "Klasse 6"
    qtbot.keyClick(area.list.grade, Qt.Key.Key_Down)
    assert area.list.grade.currentText() == "Klasse 6"
    area.list.table.setFocus()
    qtbot.keyClick(area.list.table, Qt.Key.Key_Down)  # B-02, then C-03
    qtbot.keyClick(area.list.table, Qt.Key.Key_Down)
    assert area.list.model.index(area.list.table.currentIndex().row(), 0).data() == "C-03"

    left = weakref.ref(area)
    del area
    switch(window, qtbot, "appointments")
    taken_apart(qtbot, left, window)

    again = switch(window, qtbot, "persons")
    assert again.list.search.text() == "0"
    assert again.list.grade.currentText() == "Klasse 6"
    assert [again.list.model.index(r, 0).data() for r in range(again.list.model.rowCount())] \
        == ["B-02", "C-03"]
    assert again.list.model.index(again.list.table.currentIndex().row(), 0).data() == "C-03"
    assert again.list.table.selectionModel().isRowSelected(1)
    assert QApplication.focusWidget() is again.list.search  # as at her first visit


def test_an_area_without_a_place_is_built_afresh(window, qtbot):
    left = weakref.ref(switch(window, qtbot, "overview"))
    switch(window, qtbot, "persons")
    taken_apart(qtbot, left, window)
    again = switch(window, qtbot, "overview")
    assert shiboken6.isValid(again) and again.header.text().startswith("Heute, ")



def _sessions(ctx, *titles: str) -> None:
    from ssa_desktop.domain.entities import OpenOfferSession
    from ssa_desktop.services import open_offers
    from tests.conftest import TODAY

    for title in titles:
        ctx.apply(open_offers.record, OpenOfferSession(title=title, day=TODAY, duration_min=30,
                                                        visitors=5, school_id="school-1"))


def test_offene_angebote_come_back_with_her_row_and_the_kept_entry(window, ctx, qtbot):
    _sessions(ctx, "Offener Raum", "Pausenangebot")
    area = switch(window, qtbot, "open_offers")
    area.title_edit.setFocus()
    qtbot.keyClicks(area.title_edit, "Spielekiste")   # a new entry, saved with Enter …
    area.visitors.setFocus()
    qtbot.keyClicks(area.visitors, "9")
    qtbot.keyClick(area.visitors, Qt.Key.Key_Return)
    assert area.session_model.rowCount() == 3, area.error.text()
    assert area.title_edit.text() == "Spielekiste"    # … keeps its title for the next one
    area.session_view.setFocus()
    qtbot.keyClick(area.session_view, Qt.Key.Key_Down)
    qtbot.keyClick(area.session_view, Qt.Key.Key_Down)
    chosen = area.session_model.rows[area.session_view.currentIndex().row()].id
    left = weakref.ref(area)
    del area

    switch(window, qtbot, "network")
    taken_apart(qtbot, left, window)

    again = switch(window, qtbot, "open_offers")
    assert again.session_model.rows[again.session_view.currentIndex().row()].id == chosen
    assert again.title_edit.text() == "Spielekiste"
    assert not again.form_draft.unsaved()


def test_an_entry_with_unsaved_input_keeps_its_area(window, ctx, qtbot):
    area = switch(window, qtbot, "open_offers")
    qtbot.keyClicks(area.title_edit, "Spielekiste")   # typed, not saved
    qtbot.keyClicks(area.note_edit, "im Hof")
    switch(window, qtbot, "persons")
    deferred_deletions()
    assert shiboken6.isValid(area)
    assert switch(window, qtbot, "open_offers") is area
    assert (area.title_edit.text(), area.note_edit.text()) == ("Spielekiste", "im Hof")
    assert area.form_draft.unsaved()                   # the lock keeps it as a draft


def test_termine_come_back_on_her_day_with_her_appointment_selected(window, ctx, qtbot):
    from datetime import timedelta

    from ssa_desktop.domain.entities import Appointment
    from ssa_desktop.services import appointments
    from tests.conftest import TODAY

    tomorrow = TODAY + timedelta(days=1)  # a Thursday
    person = repo.PERSONS.insert(ctx.conn, Person("E-05", kind="pupil", school_id="school-1"))
    saved = [appointments.save_appointment(ctx.conn, Appointment(
        day=tomorrow, start=start, end=end, person_id=person.id))
        for start, end in (("08:00", "08:45"), ("09:40", "10:10"))]
    area = switch(window, qtbot, "appointments")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)  # the next day
    assert area.day == tomorrow
    area.day_view.setFocus()
    for _slot in range(area.day_model.rowCount()):  # down to her second appointment
        qtbot.keyClick(area.day_view, Qt.Key.Key_Down)
        if area.selected_id() == saved[1].id:
            break
    chosen = area.selected_id()
    assert chosen == saved[1].id
    left = weakref.ref(area)
    del area

    switch(window, qtbot, "overview")
    taken_apart(qtbot, left, window)

    again = switch(window, qtbot, "appointments")
    assert again.day == tomorrow and again.title.text().startswith("Donnerstag")
    assert again.selected_id() == chosen


def test_statistik_comes_back_with_her_tab_year_and_figure(window, ctx, qtbot):
    area = switch(window, qtbot, "statistics")
    left = weakref.ref(area)
    qtbot.waitUntil(lambda: left().report is not None, timeout=60000)
    year = area.year_box.currentData()
    area.form.setFocus()
    for _row in range(3):
        qtbot.keyClick(area.form, Qt.Key.Key_Down)
    figure = area.form.indexOfTopLevelItem(area.form.currentItem())
    qtbot.keyClick(area.form, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # Diagramme
    assert area.tabs.currentIndex() == 1
    del area

    switch(window, qtbot, "overview")
    taken_apart(qtbot, left, window)

    again = switch(window, qtbot, "statistics")
    assert again.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: again.report is not None, timeout=60000)
    assert again.year_box.currentData() == year
    assert again.form.indexOfTopLevelItem(again.form.currentItem()) == figure


def test_an_area_with_its_dialog_open_is_kept(window, qtbot):
    """The Schuljahreswechsel opened from the Übersicht stays open beside the main window
    while she looks a pupil up in Personen: the Übersicht that owns it is not taken apart."""
    overview = switch(window, qtbot, "overview")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: getattr(overview, "_school_year_dialog", None) is not None)
    dialog = overview._school_year_dialog
    qtbot.waitUntil(dialog.isVisible)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    switch(window, qtbot, "persons")
    deferred_deletions()
    assert shiboken6.isValid(overview) and shiboken6.isValid(dialog) and dialog.isVisible()
    dialog.close()


def locked_and_back(window, ctx, qtbot) -> None:
    """Strg+L where the keyboard is, the passphrase in the unlock window: her window again."""
    from tests.conftest import PASSPHRASE

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert not ctx.is_unlocked
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())
    dialog = window.unlock_dialog
    dialog.passphrase.edit.setText(PASSPHRASE)  # as tests/ui/shell/test_lock_and_errors.py
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=10000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_the_lock_forgets_her_places(window, ctx, qtbot):
    area = switch(window, qtbot, "persons")
    qtbot.keyClicks(area.list.search, "A-0")
    left = weakref.ref(area)
    del area
    switch(window, qtbot, "overview")
    taken_apart(qtbot, left, window)
    locked_and_back(window, ctx, qtbot)
    again = switch(window, qtbot, "persons")
    assert again.list.search.text() == ""             # a new session starts afresh
    assert again.list.model.rowCount() == 4


def _groups(ctx) -> None:
    from ssa_desktop.domain.entities import GroupActivity
    from ssa_desktop.domain.schoolyear import SchoolYear
    from ssa_desktop.services import groups
    from tests.conftest import TODAY

    year = SchoolYear.of(TODAY).start_year
    for title, kind, start in (("Klassenrat 6b", "class", year), ("Jungengruppe", "group", year),
                               ("Altes Projekt", "project", year - 1)):
        groups.save_group(ctx.conn, GroupActivity(title, start, kind=kind, school_id="school-1"))


def test_gruppen_come_back_with_her_filter_and_her_group_open(window, ctx, qtbot):
    _groups(ctx)
    area = switch(window, qtbot, "groups")
    area.year_filter.setFocus()
    qtbot.keyClick(area.year_filter, Qt.Key.Key_Up)   # "alle Schuljahre"
    assert area.year_filter.currentData() is None and area.list_model.rowCount() == 3
    area.list_view.setFocus()
    for _row in range(3):  # down to the last group: it opens in the form
        qtbot.keyClick(area.list_view, Qt.Key.Key_Down)
    chosen = area.group.id
    assert area.title_edit.text() == "Altes Projekt"
    left = weakref.ref(area)
    del area

    switch(window, qtbot, "persons")
    taken_apart(qtbot, left, window)

    again = switch(window, qtbot, "groups")
    assert again.year_filter.currentData() is None and again.list_model.rowCount() == 3
    assert again.group is not None and again.group.id == chosen
    assert again.title_edit.text() == "Altes Projekt"
    assert again.list_model.rows[again.list_view.currentIndex().row()].id == chosen


def test_a_session_note_typed_and_not_added_keeps_gruppen(window, ctx, qtbot):
    _groups(ctx)
    area = switch(window, qtbot, "groups")
    area.list_view.setFocus()
    qtbot.keyClick(area.list_view, Qt.Key.Key_Down)
    area.session_note.setFocus()
    qtbot.keyClicks(area.session_note, "Thema Streit")
    switch(window, qtbot, "persons")
    deferred_deletions()
    assert shiboken6.isValid(area)
    assert switch(window, qtbot, "groups") is area and area.session_note.text() == "Thema Streit"


@contextlib.contextmanager
def every_worker_busy():
    """Every worker of the pool waits until the block ends: what an area starts meanwhile
    waits in the queue, unanswered, while she moves on."""
    import threading

    from PySide6.QtCore import QThreadPool

    from ssa_desktop.ui.background import start_task

    gate = threading.Event()
    try:
        for _worker in range(QThreadPool.globalInstance().maxThreadCount()):
            start_task(lambda _c, _p: gate.wait(60))
        yield
    finally:
        gate.set()


def test_statistik_is_kept_until_the_file_it_writes_has_answered(window, qtbot, tmp_path):
    area = switch(window, qtbot, "statistics")
    shown = weakref.ref(area)
    qtbot.waitUntil(lambda: shown().report is not None, timeout=60000)
    with every_worker_busy():
        before = area.status.text()
        area.write_exports(tmp_path / "export")
        switch(window, qtbot, "persons")
        deferred_deletions()
        assert shiboken6.isValid(area) and area.status.text() == before
    qtbot.waitUntil(lambda: shown().status.text() != before, timeout=60000)  # its answer
    assert switch(window, qtbot, "statistics") is area
    del area
    switch(window, qtbot, "persons")                   # answered: now it goes
    taken_apart(qtbot, shown, window)


def test_every_area_visited_leaves_no_wrapper_of_a_layout_item(window, qtbot):
    """PySide before 6.12 wraps each item of a layout added to another one; a widget deleted
    later (an area taken apart, a row rebuilt) left its item's wrapper stale, and an object
    made at that address came back as it. Built and taken apart, the areas leave none but
    what a FlowLayout keeps (``layout_items.let_go_of_layout_items``)."""
    from PySide6.QtWidgets import QLayout, QSpacerItem, QWidgetItem

    for key in KEYS:
        switch(window, qtbot, key)
    deferred_deletions()
    wrappers = shiboken6.getAllValidWrappers()
    kept = {id(item) for layout in wrappers if isinstance(layout, QLayout)
            for item in getattr(layout, "_items", ())}
    items = [w for w in wrappers if isinstance(w, (QWidgetItem, QSpacerItem))
             and id(w) not in kept]
    assert items == []


def test_arbeitszeit_comes_back_with_her_year_period_and_school(window, ctx, qtbot):
    from ssa_desktop.domain import entities as e
    from ssa_desktop.services import setup as setup_service
    from tests.conftest import TODAY

    post = setup_service.save_post(ctx.conn, e.Post("Stelle", 39.0))
    year = TODAY.year if TODAY.month >= 8 else TODAY.year - 1
    setup_service.set_post_share(ctx.conn, post.id, "school-1", year, 50)
    area = switch(window, qtbot, "time")
    left = weakref.ref(area)
    qtbot.waitUntil(lambda: left().report is not None, timeout=60000)
    area.kind.setFocus()
    qtbot.keyClick(area.kind, Qt.Key.Key_Down)        # "Quartal" …
    qtbot.keyClick(area.kind, Qt.Key.Key_Down)        # … "Monat"
    area.period.setFocus()
    qtbot.keyClick(area.period, Qt.Key.Key_Down)      # the month after today's
    area.school.setFocus()
    qtbot.keyClick(area.school, Qt.Key.Key_Down)      # the one school with her post
    chosen = (area.year.currentText(), area.kind.currentText(), area.period.currentText(),
              area.school.currentText())
    assert chosen[1] == "Monat" and area.school.currentIndex() == 1
    del area

    switch(window, qtbot, "statistics")
    taken_apart(qtbot, left, window)

    again = switch(window, qtbot, "time")
    assert (again.year.currentText(), again.kind.currentText(), again.period.currentText(),
            again.school.currentText()) == chosen
    qtbot.waitUntil(lambda: again.report is not None, timeout=60000)
    assert again.report.period.first == again.period.currentData().first


def test_arbeitszeit_is_kept_until_the_report_it_writes_has_answered(window, qtbot, tmp_path):
    area = switch(window, qtbot, "time")
    shown = weakref.ref(area)
    qtbot.waitUntil(lambda: shown().report is not None, timeout=60000)
    with every_worker_busy():
        area.export("csv", str(tmp_path / "zeit.csv"))
        switch(window, qtbot, "persons")
        deferred_deletions()
        assert shiboken6.isValid(area)
    qtbot.waitUntil(lambda: shown().status.text().startswith("Gespeichert"), timeout=60000)
    assert switch(window, qtbot, "time") is area
    del area
    switch(window, qtbot, "persons")                   # answered: now it goes
    taken_apart(qtbot, shown, window)
