"""Datenschutz after the Schuljahreswechsel: the header counts what its lists show, and
the advice of a row ("bitte Abgang, Schulwechsel oder „weiter benötigt bis …“ angeben")
is done on the spot, by keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Case, Contact, Person
from ssa_desktop.services import persons, retention, school_year_change
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import school_year_repo
from tests.ui.privacy.shared import shown_area

TODAY = date(2026, 8, 3)                       # Monday after the change on 1 August


def _unknown_pupil(conn) -> Person:
    """N-5: at the Schuljahreswechsel 2026/27 her whereabouts were "nicht bekannt"."""
    p = repo.PERSONS.insert(conn, Person("N-5", first_name="Nora", school_id="school-1",
                                         grade=9, class_label="9a",
                                         created="2025-09-01 09:00:00"))
    repo.CONTACTS.insert(conn, Contact(date(2026, 3, 3), "EB", 30, person_id=p.id))
    school_year_repo.set_unknown(conn, p.id, True)
    return p


def _left_long_ago(conn) -> Person:
    """A-1 left in 2023: due for deletion (R2, Abgang + 0 Monate)."""
    p = repo.PERSONS.insert(conn, Person("A-1", school_id="school-1", grade=10,
                                         leaving_date=date(2023, 7, 31),
                                         created="2022-09-01 09:00:00"))
    repo.CONTACTS.insert(conn, Contact(date(2023, 3, 3), "EB", 30, person_id=p.id))
    return p


def _row_of(area, person_id: str) -> int:
    return next(r for r, a in enumerate(area.due_model.rows) if a.record_id == person_id)


def _choose_by_keyboard(area, row: int) -> None:
    view = area.due_view
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Home, Qt.ControlModifier)     # the first row
    QTest.keyClick(view, Qt.Key_Space)                        # chosen
    for _ in range(row):
        QTest.keyClick(view, Qt.Key_Down)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [row]


def _tab_to(widget, limit: int = 20) -> None:
    """Tab from the focus until ``widget`` has it (as she would)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is widget


def test_header_counts_the_rows_of_its_lists(ctx, qtbot):
    _unknown_pupil(ctx.conn)
    _left_long_ago(ctx.conn)
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
    assert area.due_model.rowCount() == 2
    assert [a.state for a in area.due_model.rows] == ["Löschung fällig",
                                                       "Prüfung fällig (ruhend)"]
    assert area.header.text() == ("Stand 03.08.2026 – Löschung fällig: 2 Einträge (davon 1 "
                                  "zur Löschung, 1 zur Prüfung); Eingeschränkt: 0; "
                                  "Sperren: 0.")


def test_header_counts_one_row_in_the_singular_and_the_holds_it_lists(ctx, qtbot):
    n5 = _unknown_pupil(ctx.conn)
    retention.add_hold(ctx.conn, n5.id, "still_needed", date(2026, 12, 1), today=TODAY)
    _left_long_ago(ctx.conn)
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
    assert area.due_model.rowCount() == 1 and area.holds_model.rowCount() == 1
    assert area.header.text() == ("Stand 03.08.2026 – Löschung fällig: 1 Eintrag (davon 1 "
                                  "zur Löschung, 0 zur Prüfung); Eingeschränkt: 0; "
                                  "Sperren: 1.")


def test_abgang_is_given_on_the_spot_by_keyboard(ctx, qtbot):
    n5 = _unknown_pupil(ctx.conn)
    a1 = _left_long_ago(ctx.conn)
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
        assert "bitte Abgang, Schulwechsel oder „weiter benötigt bis …“ angeben" in \
            area.due_model.text(_row_of(area, n5.id), 4)
        _choose_by_keyboard(area, _row_of(area, a1.id))
        assert not area.advice.whereabouts_button.isVisible()       # a plain due deletion
        _choose_by_keyboard(area, _row_of(area, n5.id))
        button = area.advice.whereabouts_button
        assert button.isVisible() and button.isEnabled()
        _tab_to(button)
        QTest.keyClick(button, Qt.Key_Space)
        dialog = area.advice.dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind, timeout=10_000)
        assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
            "Abgegangen am", "Schule gewechselt am", "Weiter benötigt bis"]
        QTest.keyClick(dialog.kind, Qt.Key_Tab)
        assert QApplication.focusWidget() is dialog.day
        dialog.day.selectAll()
        QTest.keyClicks(dialog.day, "31.07.2026")
        loaded = area.loaded
        QTest.keyClick(dialog.day, Qt.Key_Return)
        assert not dialog.isVisible()
        qtbot.waitUntil(lambda: area.loaded > loaded, timeout=20_000)
    assert persons.get_person(ctx.conn, n5.id).leaving_date == date(2026, 7, 31)
    assert n5.id not in school_year_change.unknown_ids(ctx.conn)
    # R2 takes over: Abgang + 0 Monate, so her documentation is now due for deletion
    row = _row_of(area, n5.id)
    assert area.due_model.rows[row].state == "Löschung fällig"
    assert area.due_model.text(row, 4) == ("fällig seit 31.07.2026 nach „Falldokumentation "
                                           "(Einzelfallhilfe)“: Abgang + 0 Monate")
    assert area.status.text() == ("N-5: Abgang am 31.07.2026 eingetragen; die Löschfrist (R2) "
                                  "zählt ab diesem Tag.")
    assert "2 Einträge (davon 2 zur Löschung, 0 zur Prüfung)" in area.header.text()


def test_weiter_benoetigt_bis_sets_a_hold_and_a_future_abgang_is_refused(ctx, qtbot):
    n5 = _unknown_pupil(ctx.conn)
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
        _choose_by_keyboard(area, _row_of(area, n5.id))
        _tab_to(area.advice.whereabouts_button)
        QTest.keyClick(area.advice.whereabouts_button, Qt.Key_Space)
        dialog = area.advice.dialog
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind, timeout=10_000)
        # Abgang tomorrow: a German sentence, the dialog stays open, nothing written
        QTest.keyClick(dialog.kind, Qt.Key_Tab)
        dialog.day.selectAll()
        QTest.keyClicks(dialog.day, "04.08.2026")
        QTest.keyClick(dialog.day, Qt.Key_Return)
        assert dialog.isVisible()
        assert dialog.message.text().startswith("Der 04.08.2026 liegt in der Zukunft")
        assert persons.get_person(ctx.conn, n5.id).leaving_date is None
        # "Weiter benötigt bis 01.02.2027"
        dialog.kind.setFocus()
        QTest.keyClick(dialog.kind, Qt.Key_End)
        assert dialog.kind.currentText() == "Weiter benötigt bis"
        QTest.keyClick(dialog.kind, Qt.Key_Tab)
        dialog.day.selectAll()
        QTest.keyClicks(dialog.day, "01.02.2027")
        loaded = area.loaded
        QTest.keyClick(dialog.day, Qt.Key_Return)
        assert not dialog.isVisible()
        qtbot.waitUntil(lambda: area.loaded > loaded, timeout=20_000)
    [hold] = retention.holds(ctx.conn)
    assert (hold.record_id, hold.reason, hold.review) == (n5.id, "still_needed",
                                                          date(2027, 2, 1))
    assert area.due_model.rowCount() == 0
    assert area.header.text().endswith("Sperren: 1.")


def test_open_case_advice_opens_the_person(ctx, qtbot):
    """"bitte den Fall abschließen …": the person opens from the row, where the case is
    closed."""
    p = repo.PERSONS.insert(ctx.conn, Person("F-2", school_id="school-1", grade=8,
                                             created="2024-09-01 09:00:00"))
    case = repo.CASES.insert(ctx.conn, Case(p.id, date(2024, 10, 1), school_id="school-1"))
    repo.CONTACTS.insert(ctx.conn, Contact(date(2024, 10, 2), "EB", 30, person_id=p.id,
                                           case_id=case.id))
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
        row = _row_of(area, p.id)
        assert "bitte den Fall abschließen" in area.due_model.text(row, 4)
        _choose_by_keyboard(area, row)
        _tab_to(area.advice.person_button)
        with qtbot.waitSignal(ctx.navigate) as blocker:
            QTest.keyClick(area.advice.person_button, Qt.Key_Space)
    assert blocker.args == ["persons", p.id]


def test_overview_tile_counts_deletions_and_reviews_and_opens_datenschutz(ctx, qtbot):
    """The Übersicht names both kinds of rows of "Löschung fällig" with their counts; a
    review (her whereabouts) is not hidden behind "Löschung fällig (1)"."""
    from ssa_desktop.ui.overview.area import OverviewArea
    from ssa_desktop.ui.privacy.area import RetentionWatch

    _unknown_pupil(ctx.conn)
    _left_long_ago(ctx.conn)
    with clock.frozen(TODAY):
        RetentionWatch(ctx).check()
        qtbot.waitUntil(lambda: ctx.retention_due is not None, timeout=20_000)
        area = OverviewArea(ctx)
        qtbot.addWidget(area)
        area.resize(1366, 768)
        area.show()
    tile = area.deletion
    assert tile.title() == "Löschung fällig (1), Prüfung fällig (1)"
    assert [tile.model.item(r).text() for r in range(tile.model.rowCount())] == [
        "1 Eintrag zur Löschung fällig – im Bereich Datenschutz prüfen",
        "1 Eintrag zur Prüfung fällig: Verbleib, ruhende Person oder Fallabschluss – im "
        "Bereich Datenschutz angeben"]
    tile.view.setFocus()
    QTest.keyClick(tile.view, Qt.Key_Down)
    with qtbot.waitSignal(ctx.navigate) as blocker:
        QTest.keyClick(tile.view, Qt.Key_Return)
    assert blocker.args == ["privacy", ""]


def test_a_hold_due_for_review_offers_the_holds_page(ctx, qtbot):
    """"1 Sperre(n) zur Überprüfung fällig." in the header: "Sperren prüfen" goes there."""
    p = _left_long_ago(ctx.conn)
    retention.add_hold(ctx.conn, p.id, "legal_claim", date(2026, 8, 1),
                       today=date(2026, 6, 1))
    with clock.frozen(TODAY):
        area = shown_area(ctx, qtbot)
    assert area.header.text().endswith("Sperren: 1. 1 Sperre(n) zur Überprüfung fällig.")
    button = area.advice.holds_button
    assert button.isVisible()
    assert area.due_model.rowCount() == 0          # held: listed under "Sperren" only
    assert area.advice.text.text() == "Bei einer Sperre ist die Überprüfung fällig."
    area.due_view.setFocus()
    _tab_to(button)
    QTest.keyClick(button, Qt.Key_Space)
    assert area.tabs.currentWidget() is area.page("holds")
