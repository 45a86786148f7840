"""„Ab&gabe zurücknehmen“ shares its Alt+G with „Als abge&geben markieren“ (session 23,
tester V): a second Alt+G – pressed twice, or once more on the next day – threw away the
figures as delivered and their date without a word; marked again, the vault held today's
figures as the ones she had reported. Taking a delivery back now asks first, „Abbrechen“
the default and Esc: the delivered figures stay."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.services import statistics as stats
from ssa_desktop.ui.statistics.area import StatisticsArea
from tests.kvjs import fixture
from tests.support import questions
from tests.support.main_windows import make_active


def _alt_g(area, qtbot) -> None:
    with qtbot.waitSignal(area.deliver_button.clicked, timeout=5_000):  # a mnemonic clicks late
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)


def test_a_second_alt_g_asks_before_the_delivered_figures_go(ctx, qtbot):
    fixture.build(ctx.conn)
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 720)
    scope = stats.Scope("school", "school-1")
    with clock.frozen(date(2026, 10, 20)):
        area.show()
        qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
        area.activateWindow()
        area.scope_box.setFocus()
        _alt_g(area, qtbot)                                       # Als abge&geben markieren
        qtbot.waitUntil(lambda: not area._busy and area.report is not None
                        and area.report.delivered is not None, timeout=10_000)
        assert area.deliver_button.text() == "Ab&gabe zurücknehmen"
        asked: list[str] = []
        questions.answer(asked, questions.esc)    # the first question only: the third Alt+G is answered below
        _alt_g(area, qtbot)                                       # Ab&gabe zurücknehmen
        assert asked and "zurücknehmen" in asked[0]
        assert stats.report(ctx.conn, 2025, scope).delivered is not None   # still delivered
        assert "Abgegeben am 20.10.2026" in area.status.text()
        confirmed: list[str] = []
        questions.answer(confirmed, questions.clicking("Abgabe zurücknehmen"))
        make_active(qtbot, area)                                  # back from the question
        _alt_g(area, qtbot)                                       # and now she means it
        qtbot.waitUntil(lambda: not area._busy and area.report is not None
                        and area.report.delivered is None, timeout=10_000)
    assert confirmed and stats.report(ctx.conn, 2025, scope).delivered is None
    assert area.deliver_button.text() == "Als abge&geben markieren"
