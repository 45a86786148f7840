"""Issue 20: the § 8a retention decision taken at closure lives in the one store the
engine reads, and its yearly review is asked in Datenschutz (the due list shows it,
"Entscheiden (§ 8a) …" answers it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel

from ssa_desktop.domain import clock
from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import child_protection as cp
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.privacy.area import PrivacyArea

CLOSED = date(2025, 10, 6)


def _closed_with_youth_office(conn, person_id: str) -> None:
    proc = cp.start_procedure(conn, person_id, date(2025, 9, 1))
    cp.inform_youth_office(conn, proc.id, date(2025, 9, 8), "Fachkraft", "ASD Süd",
                           "Mitteilung nach § 8a", "8a", True)
    cp.close_procedure(conn, proc.id, CLOSED, "Fachkraft", "beendet", "keep")
    # counselling goes on (no R14 review of a dormant person in between)
    repo.CONTACTS.insert(conn, Contact(date(2026, 9, 15), "EB", 30, person_id=person_id))


def _rows(area, person_id):
    return [a for a in area.due_model.rows if a.record_id == person_id]


def test_yearly_review_of_the_closure_decision_is_asked(ctx, qtbot, pupil):
    _closed_with_youth_office(ctx.conn, pupil.id)
    with clock.frozen(date(2026, 10, 5)):     # the day before the review: nothing asked
        assert [a.state for a in svc.assess(ctx.conn) if a.record_id == pupil.id] == [rt.ACTIVE]
    with clock.frozen(date(2026, 10, 6)):
        area = PrivacyArea(ctx)
        qtbot.addWidget(area)
        area.show()
        qtbot.waitUntil(lambda: area.loaded >= 1, timeout=10000)
        [a] = _rows(area, pupil.id)
        assert (a.rule, a.action, a.due) == ("R5", rt.DECIDE, date(2026, 10, 6))
        row = area.due_model.rows.index(a)
        assert "erneute Entscheidung fällig seit 06.10.2026" in area.due_model.text(row, 4)
        area.due_view.selectionModel().select(
            area.due_model.index(row, 0), QItemSelectionModel.ClearAndSelect
            | QItemSelectionModel.Rows)
        assert area.decide_button.isEnabled() and not area.delete_button.isEnabled()
        # answered: asked again a year later, not before
        ctx.apply(svc.decide, pupil.id, "keep")
        loaded = area.loaded
        area.refresh()
        qtbot.waitUntil(lambda: area.loaded > loaded, timeout=10000)
        assert _rows(area, pupil.id) == []
    with clock.frozen(date(2027, 10, 6)):
        assert [a.action for a in svc.due_items(ctx.conn) if a.record_id == pupil.id] == [
            rt.DECIDE]
