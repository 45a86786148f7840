"""Offene Angebote area on a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import AgreementGoal, CooperationAgreement, OpenOfferSession
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import open_offers as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.open_offers.area import NO_SPLIT, OpenOffersArea
from tests.conftest import TODAY
from tests.support import questions
from tests.support.shown import show_active

pytestmark = pytest.mark.usefixtures("frozen_clock")

YEAR = SchoolYear.of(TODAY)


def _area(qtbot, ctx):
    return show_active(qtbot, OpenOffersArea(ctx), size=(1200, 800))


def test_fast_entry_with_enter_records_statistics(qtbot, ctx):
    agreement = repo.AGREEMENTS.insert(ctx.conn, CooperationAgreement("school-1", YEAR.start))
    goal = repo.AGREEMENT_GOALS.insert(ctx.conn, AgreementGoal(
        agreement.id, "Schüler:innen beteiligen sich am Schulleben", "Pausenangebot"))
    area = _area(qtbot, ctx)
    area._fill_goals()
    qtbot.keyClicks(area.title_edit, "Pausenangebot")
    area.duration.set_minutes(25)
    area.visitors.setValue(14)
    area.m_spin.setValue(6)
    area.w_spin.setValue(8)
    area.goal_combo.setCurrentIndex(area.goal_combo.findData(goal.id))
    area.visitors.setFocus()
    qtbot.keyClick(area.visitors, Qt.Key_Return)  # Enter saves from any field
    [s] = svc.sessions(ctx.conn)
    assert (s.title, s.day, s.duration_min, s.visitors, s.visitors_m, s.visitors_w,
            s.visitors_d, s.goal_id) == ("Pausenangebot", TODAY, 25, 14, 6, 8, 0, goal.id)
    [stat] = [x for x in repo.STATISTICS.all(ctx.conn) if x.source_id == s.id]
    assert (stat.task_area, stat.visitors, stat.duration_min) == ("OFF", 14, 25)
    [time] = [x for x in repo.TIME_ENTRIES.all(ctx.conn) if x.source_id == s.id]
    assert (time.category, time.minutes) == ("OFF", 25)
    assert area.session_model.rowCount() == 1
    assert area.session_model.index(0, 4).data() == "6 / 8 / 0"
    assert "Pausenangebot" in area.session_model.index(0, 5).data()
    assert area.month_model.rowCount() == 1
    assert area.month_model.index(0, 3).data() == "14"
    # ready for the next entry: title kept, counts fresh
    assert area.title_edit.text() == "Pausenangebot"
    assert area.visitors.value() == 0 and area.m_spin.value() == NO_SPLIT


def test_split_not_matching_total_is_refused_and_input_kept(qtbot, ctx):
    area = _area(qtbot, ctx)
    area.title_edit.setText("offener Raum")
    area.visitors.setValue(10)
    area.m_spin.setValue(3)
    area.w_spin.setValue(4)
    assert not area.save()
    assert "ergibt 7" in area.error.text()
    assert (area.title_edit.text(), area.visitors.value(), area.m_spin.value()) == (
        "offener Raum", 10, 3)
    assert svc.sessions(ctx.conn) == []
    area.d_spin.setValue(3)
    assert area.save()
    assert len(svc.sessions(ctx.conn)) == 1


def test_title_type_ahead_and_last_duration(qtbot, ctx):
    svc.record(ctx.conn, OpenOfferSession("Schülercafé", TODAY, 40, visitors=9,
                                          school_id="school-1"))
    area = _area(qtbot, ctx)
    assert "Schülercafé" in area.title_completer.model().stringList()
    area.title_edit.setText("Schülercafé")
    area._title_chosen()
    assert area.duration.minutes() == 40


def test_monthly_totals_and_remove(qtbot, ctx, monkeypatch):
    first = YEAR.start.replace(month=9, day=10)
    for day, visitors in ((first, 10), (first.replace(day=17), 12),
                          (YEAR.start.replace(month=10, day=8), 7)):
        svc.record(ctx.conn, OpenOfferSession("Pausenangebot", day, 30, visitors=visitors,
                                              school_id="school-1"))
    area = _area(qtbot, ctx)
    months = [[area.month_model.index(r, c).data() for c in range(4)]
              for r in range(area.month_model.rowCount())]
    assert months == [[f"September {YEAR.start_year}", "2", "1,00", "22"],  # 60 min
                      [f"Oktober {YEAR.start_year}", "1", "0,50", "7"]]  # 30 min
    assert "3 Angebote" in area.year_total.text()
    monkeypatch.setattr("ssa_desktop.ui.open_offers.area.ask_yes_no", lambda *a, **k: True)
    area.session_view.setCurrentIndex(area.session_model.index(0, 0))
    area.remove_selected()
    assert len(svc.sessions(ctx.conn)) == 2
    assert repo.STATISTICS.count(ctx.conn) == 2


def test_escape_resets_and_lock_clears(qtbot, ctx):
    svc.record(ctx.conn, OpenOfferSession("Pausenangebot", TODAY, 30, visitors=5,
                                          school_id="school-1"))
    area = _area(qtbot, ctx)
    area.title_edit.setText("etwas")
    area.title_edit.setFocus()
    asked: list[str] = []
    questions.answer(asked, questions.clicking("Verwerfen"))  # typed words: asked first
    qtbot.keyClick(area.title_edit, Qt.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert area.title_edit.text() == ""
    assert area.session_model.rowCount() == 1
    ctx.lock()
    assert area.session_model.rowCount() == 0 and area.month_model.rowCount() == 0
    assert area.title_completer.model().stringList() == []
    assert area.school_filter.count() == 0 and area.year_total.text() == ""


def test_zero_visitors_is_asked_about(qtbot, ctx, monkeypatch):
    from ssa_desktop.ui.open_offers import area as area_module

    asked, answer = [], [False]
    monkeypatch.setattr(area_module, "ask_yes_no",
                        lambda _parent, text, **_kw: asked.append(text) or answer[0])
    area = _area(qtbot, ctx)
    qtbot.keyClicks(area.title_edit, "Pausenangebot")
    area.visitors.setValue(0)
    assert not area.save()
    assert "keine Besucherin" in asked[0] and svc.sessions(ctx.conn) == []
    answer[0] = True
    assert area.save()
    assert [s.visitors for s in svc.sessions(ctx.conn)] == [0]


def test_an_emptied_duration_is_refused_not_saved_as_the_former_one(qtbot, ctx):
    """Enter saves through a shortcut, before the spin box puts its former number back."""
    area = _area(qtbot, ctx)
    qtbot.keyClicks(area.title_edit, "Pausenangebot")
    area.visitors.setValue(14)
    area.duration.spin.setFocus()
    QTest.keyClick(area.duration.spin, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClick(area.duration.spin, Qt.Key_Backspace)
    assert area.duration.spin.cleanText() == ""
    QTest.keyClick(area.duration.spin, Qt.Key_Return)
    assert svc.sessions(ctx.conn) == []  # 30 was saved while Dauer was empty
    assert area.error.text() == "Dauer in Minuten: Bitte eine Zahl eingeben."
    QTest.keyClicks(area.duration.spin, "40")
    QTest.keyClick(area.duration.spin, Qt.Key_Return)
    assert [s.duration_min for s in svc.sessions(ctx.conn)] == [40]
