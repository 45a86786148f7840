"""Vernetzung: partners with type-ahead filter, activity with stat + time entry, agreement."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ssa_desktop.domain.entities import Partner
from ssa_desktop.services import agreements, network
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.network.area import NetworkArea
from tests.support.clocks import clock_stands_at

TODAY = date(2026, 11, 21)


_clock_on_today = clock_stands_at(TODAY)


def _area(ctx, qtbot):
    area = NetworkArea(ctx)
    qtbot.addWidget(area)
    area.show()
    return area


def test_partner_filter_save_and_open_record(ctx, qtbot):
    a = network.save_partner(ctx.conn, Partner("Jugendamt ASD Süd", "JA"))
    network.save_partner(ctx.conn, Partner("TSV Musterstadt", "VER"))
    area = _area(ctx, qtbot)
    tab = area.partners
    assert tab.model.rowCount() == 2
    tab.filter.setText("asd")
    assert tab.model.rowCount() == 1
    tab.filter.clear()
    tab.new()
    tab.name.setText("Polizeiposten")
    tab.email.setText("kein-at")
    tab.save()
    assert "E-Mail" in tab.error.text() and tab.name.text() == "Polizeiposten"
    tab.email.setText("posten@polizei.example")
    tab.save()
    assert tab.model.rowCount() == 3
    area.open_record(a.id)
    assert tab.name.text() == "Jugendamt ASD Süd"


def test_activity_records_stat_and_time(ctx, qtbot):
    network.save_partner(ctx.conn, Partner("Beratungsstelle", "BST"))
    area = _area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.activities)
    tab = area.activities
    tab.kind.set_code("KFB")
    assert tab.hint.isVisibleTo(tab) and "pseudonymisiert" in tab.hint.text()
    tab.kind.set_code("RT")
    assert not tab.hint.isVisibleTo(tab)
    tab.partner.setCurrentIndex(1)
    tab.duration.set_minutes(90)
    tab.day.set_date(TODAY)
    tab.save()
    [act] = repo.NETWORK_ACTIVITIES.all(ctx.conn)
    assert act.kind == "RT" and act.school_id == "school-1" and act.partner_id
    assert repo.STATISTICS.select(ctx.conn, "source_id = ?", (act.id,))[0].task_area == "VNZ"
    assert repo.TIME_ENTRIES.select(ctx.conn, "source_id = ?", (act.id,))[0].minutes == 90
    assert tab.model.rowCount() == 1


def test_agreement_tab_edit_goals_and_template(ctx, qtbot):
    area = _area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.agreement)
    tab = area.agreement
    tab.evaluations.setText("20.11.2026, 15.06.2027")
    assert tab.save_agreement() is not None
    tab.choose_templates([0, 3])
    assert tab.model.rowCount() == 2
    tab.add_goal()
    assert tab.model.rowCount() == 3
    tab.model.item(2, 1).setText("Elternabend")  # edit in the table
    qtbot.waitUntil(lambda: agreements.goals_for_agreement(
        ctx.conn, tab.current().id)[2].offer == "Elternabend", timeout=60000)
    tab.view.selectRow(2)
    tab.move_goal(-1)
    assert agreements.goals_for_agreement(ctx.conn, tab.current().id)[1].offer == "Elternabend"
    tab.view.selectRow(0)
    tab.remove_goal()
    assert tab.model.rowCount() == 2
    assert tab.evaluations.text() == "20.11.2026, 15.06.2027"


def test_lock_clears(ctx, qtbot):
    network.save_partner(ctx.conn, Partner("Jugendamt", "JA"))
    area = _area(ctx, qtbot)
    assert area.partners.model.rowCount() == 1
    ctx.lock()
    assert area.partners.model.rowCount() == 0


def test_goal_is_edited_in_place_with_the_keyboard_and_lists_are_read_only(ctx, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    network.save_partner(ctx.conn, Partner("Jugendamt", "JA"))
    area = _area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.agreement)
    tab = area.agreement
    tab.save_agreement()
    tab.add_goal()
    view = tab.view
    view.setFocus()
    view.setCurrentIndex(tab.model.index(0, 1))
    QTest.keyClick(view, Qt.Key_F2)
    editor = view.focusWidget()
    assert editor is not view
    QTest.keyClicks(editor, "Projekttage 5/6")
    QTest.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: agreements.goals_for_agreement(
        ctx.conn, tab.current().id)[0].offer == "Projekttage 5/6", timeout=60000)
    assert tab.model.item(0, 1).text() == "Projekttage 5/6"  # reloaded, still shown
    # the partner list is edited through its form only: F2 opens no editor in the table
    partners = area.partners.view
    area.tabs.setCurrentWidget(area.partners)
    partners.setFocus()
    partners.setCurrentIndex(area.partners.model.index(0, 0))
    QTest.keyClick(partners, Qt.Key_F2)
    QTest.keyClicks(partners, "x")
    QTest.keyClick(partners, Qt.Key_Return)
    assert partners.state() != partners.State.EditingState
    assert area.partners.model.item(0, 0).text() == "Jugendamt"


def _type_and_tab(qtbot, combo, text):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    combo.window().activateWindow()
    qtbot.waitUntil(combo.window().isActiveWindow)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(combo, text)
    qtbot.keyClick(QApplication.activePopupWidget() or combo, Qt.Key_Tab)


def test_partner_type_prefix_and_tab_is_saved(ctx, qtbot):
    area = _area(ctx, qtbot)
    tab = area.partners
    tab.new()
    tab.name.setText("Polizeiposten Mitte")
    _type_and_tab(qtbot, tab.kind, "Poli")
    tab.save()
    [partner] = [p for p in network.partners(ctx.conn) if p.name == "Polizeiposten Mitte"]
    assert partner.partner_type == "POL" and tab.kind.currentData() == "POL"


def test_network_kind_prefix_and_tab_is_saved_unknown_refused(ctx, qtbot):
    area = _area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.activities)
    tab = area.activities
    tab.day.set_date(TODAY)
    _type_and_tab(qtbot, tab.kind, "Gesamtl")
    tab.save()
    [act] = repo.NETWORK_ACTIVITIES.all(ctx.conn)
    assert act.kind == "GLK"
    _type_and_tab(qtbot, tab.kind, "Elternabend")
    assert "Elternabend" in tab.error.text()
    tab.save()  # the previous entry is back on screen: that is what is saved
    assert [a.kind for a in repo.NETWORK_ACTIVITIES.all(ctx.conn)] == ["GLK", "GLK"]


def test_long_texts_never_push_the_partner_columns_off_screen(ctx, qtbot):
    network.save_partner(ctx.conn, Partner("Landratsamt – Jugendamt – Allgemeiner Sozialer "
                                           "Dienst, Außenstelle Nord, Team Familienhilfe", "JA",
                                           contact_person="Frau Dr. Maximiliane Hohenstein-"
                                           "Wartenberg", email="familienhilfe-nord@example.org"))
    area = _area(ctx, qtbot)
    area.resize(1366, 728)
    header = area.partners.view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count() - 1)]
    assert max(widths) <= 260
    index = area.partners.model.index(0, 0)
    assert "Team Familienhilfe" in index.data(Qt.ToolTipRole)


def test_an_activity_without_minutes_is_refused_with_the_file_s_sentence(ctx, qtbot):
    """0 minutes: the sentence a file's row gets too (``plausibility.no_duration_problem``),
    nothing saved."""
    area = _area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.activities)
    tab = area.activities
    tab.kind.set_code("RT")
    tab.duration.set_minutes(0)
    tab.day.set_date(TODAY)
    tab.save()
    assert tab.error.text() == ("Die Vernetzungsaktivität hat keine Dauer (0 Minuten). Bitte "
                                "die Dauer in Minuten angeben, mindestens 1 Minute.")
    assert repo.NETWORK_ACTIVITIES.all(ctx.conn) == []
