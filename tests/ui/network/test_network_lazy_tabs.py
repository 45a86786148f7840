"""Vernetzung builds only the Partner tab with the area (its first show built all three:
≈ 180 widgets she does not see); Vernetzungsaktivitäten and Kooperationsvereinbarung are
built when first shown or opened from elsewhere, then show what is stored, their labels
bound to their inputs; a lock builds nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import CooperationAgreement, NetworkActivity, Partner
from ssa_desktop.services import agreements, network
from ssa_desktop.ui.network.area import ActivitiesTab, AgreementTab, NetworkArea, PartnersTab
from tests.support.clocks import clock_stands_at
from tests.support.shown import show_active
from tests.ui.a11y.tabwalk import focus_names

TODAY = date(2026, 11, 21)


_clock_on_today = clock_stands_at(TODAY)


def _area(ctx, qtbot):
    return show_active(qtbot, NetworkArea(ctx))  # the tabs' Alt+letters need it active


def _built(area) -> list[bool]:
    return [area.tabs.is_built(i) for i in range(area.tabs.count())]


def _labels_name_inputs(tab) -> bool:
    """Every label with a buddy names an input, not the row around it."""
    return all(label.buddy().focusPolicy() != Qt.NoFocus
               for label in tab.findChildren(QLabel) if label.buddy() is not None)


def test_only_the_partner_tab_is_built_and_a_tab_shown_later_has_the_stored_state(ctx, qtbot):
    network.save_partner(ctx.conn, Partner("Beratungsstelle", "BST"))
    area = _area(ctx, qtbot)
    assert [area.tabs.tabText(i) for i in range(3)] == [
        "&Partner", "Vernetzungs&aktivitäten", "&Kooperationsvereinbarung"]
    assert _built(area) == [True, False, False]
    assert area.findChildren(ActivitiesTab) == [] and area.findChildren(AgreementTab) == []
    assert area.partners.model.rowCount() == 1
    # stored while the tab was never built
    ctx.apply(network.record_network_activity,
              NetworkActivity("RT", TODAY, 60, school_id="school-1"))
    QTest.keyClick(area.tabs, Qt.Key_A, Qt.AltModifier)              # "Vernetzungs&aktivitäten"
    assert _built(area) == [True, True, False]
    tab = area.tabs.currentWidget()
    assert tab is area.activities and isinstance(tab, ActivitiesTab) and tab.isVisible()
    assert tab.model.rowCount() == 1
    assert tab.partner.itemText(1) == "Beratungsstelle"
    assert _labels_name_inputs(tab)
    QTest.keyClick(area.tabs, Qt.Key_K, Qt.AltModifier)              # "&Kooperationsvereinbarung"
    assert _built(area) == [True, True, True]
    assert area.tabs.currentWidget() is area.agreement and area.agreement.isVisible()
    assert _labels_name_inputs(area.agreement)
    QTest.keyClick(area.tabs, Qt.Key_P, Qt.AltModifier)
    assert isinstance(area.tabs.currentWidget(), PartnersTab)


def test_an_agreement_opened_from_elsewhere_builds_its_tab(ctx, qtbot):
    agreement = ctx.apply(agreements.save_agreement, CooperationAgreement(
        school_id="school-1", valid_from=date(2026, 8, 1), evaluation_dates="20.11.2026"))
    area = _area(ctx, qtbot)
    area.open_record("agreement:" + agreement.id)
    assert _built(area) == [True, False, True]
    assert area.tabs.currentWidget() is area.agreement
    assert area.agreement.current().id == agreement.id
    assert area.agreement.evaluations.text() == "20.11.2026"


def test_a_lock_builds_no_tab(ctx, qtbot):
    network.save_partner(ctx.conn, Partner("Jugendamt", "JA"))
    area = _area(ctx, qtbot)
    ctx.lock()
    assert area.partners.model.rowCount() == 0
    assert _built(area) == [True, False, False]


ACTIVITIES = ["Art der Vernetzung", "Datum", "Dauer in Minuten", "Partner", "Schule",
              "Ziel der Kooperationsvereinbarung", "Notiz", "Vernetzungsaktivität erfassen",
              "Vernetzungsaktivitäten", "Gewählte Vernetzungsaktivität entfernen"]
AGREEMENT = ["Schule", "Vereinbarung", "Neue Vereinbarung", "Zeitraum gültig ab",
             "Gültig bis", "Termine Auswertungsgespräch", "Notizen zur Vereinbarung",
             "Vereinbarung speichern", "Ziele und Angebote", "Ziel hinzufügen",
             "Ausgewähltes Ziel entfernen", "Ziel nach oben", "Ziel nach unten",
             "Vorlage übernehmen", "Jahresbericht für das Auswertungsgespräch"]


def test_tab_from_the_tab_bar_reaches_a_tab_built_later_in_its_order(ctx, qtbot):
    """Tab from the tab bar goes into the page shown (built when first shown), through it
    in the order it was built and back to the tab bar (nothing follows the tabs in the
    area); Shift+Tab the same way back."""
    area = _area(ctx, qtbot)
    bar = area.tabs.tabBar()
    bar.setFocus(Qt.TabFocusReason)
    QTest.keyClick(bar, Qt.Key_Tab, Qt.ControlModifier)              # Strg+Tab
    assert _built(area) == [True, True, False]
    assert focus_names(bar, len(ACTIVITIES) + 1) == [*ACTIVITIES, "QTabBar"]
    assert focus_names(bar, len(ACTIVITIES) + 1, key=Qt.Key_Backtab) == [
        *reversed(ACTIVITIES), "QTabBar"]
    QTest.keyClick(area.tabs, Qt.Key_K, Qt.AltModifier)              # "&Kooperationsvereinbarung"
    assert _built(area) == [True, True, True]
    assert focus_names(bar, len(AGREEMENT) + 1) == [*AGREEMENT, "QTabBar"]
    assert focus_names(bar, len(AGREEMENT) + 1, key=Qt.Key_Backtab) == [
        *reversed(AGREEMENT), "QTabBar"]


def test_the_tabs_read_the_one_clock_a_new_agreement_in_the_school_year_of_the_day(ctx, qtbot):
    """Built as the main window builds it, the area takes the day from the one clock: on
    31 July a new agreement proposes the school year ending that day, on 1 August the
    next; the activity's day is the clock's day."""
    with clock.frozen(date(2027, 7, 31)):
        area = NetworkArea(ctx)
        qtbot.addWidget(area)
        area.show()
        area.activateWindow()
        qtbot.waitUntil(area.isActiveWindow)
        QTest.keyClick(area.tabs, Qt.Key_A, Qt.AltModifier)          # "Vernetzungs&aktivitäten"
        assert area.activities.day.text() == "31.07.2027"
        QTest.keyClick(area.tabs, Qt.Key_K, Qt.AltModifier)          # "&Kooperationsvereinbarung"
        tab = area.agreement
        assert (tab.valid_from.text(), tab.valid_to.text()) == ("01.08.2026", "31.07.2027")
    with clock.frozen(date(2027, 8, 1)):
        area.refresh()
        assert (tab.valid_from.text(), tab.valid_to.text()) == ("01.08.2027", "31.07.2028")
