"""A restriction that outlasted everything else shows in „Löschung fällig“ as
„Eingeschränkt – Prüfung fällig“ with its day and sentence; it is not made due from there
(„Nicht mehr benötigt …“ is off), the advice says where the restriction is lifted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Case, Contact, Person
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.privacy.area import PrivacyArea


def test_restricted_person_is_listed_for_review(ctx, qtbot):
    zoe = repo.PERSONS.insert(ctx.conn, Person("Z-43", first_name="Zoe", school_id="school-1",
                                               grade=7, created="2026-01-10 09:00:00"))
    case = repo.CASES.insert(ctx.conn, Case(zoe.id, date(2026, 2, 2)))
    repo.CONTACTS.insert(ctx.conn, Contact(date(2026, 3, 5), "EB", 30, case_id=case.id))
    svc.restrict(ctx.conn, zoe.id, "request", date(2026, 4, 1))
    with clock.frozen(date(2027, 4, 1)):
        area = PrivacyArea(ctx)
        qtbot.addWidget(area)
        area.resize(1366, 768)
        area.show()
        qtbot.waitUntil(lambda: area.loaded >= 1, timeout=10000)
        row = next(r for r, a in enumerate(area.due_model.rows) if a.record_id == zoe.id)
        a = area.due_model.rows[row]
        assert (a.state, a.due) == ("Eingeschränkt – Prüfung fällig", date(2027, 4, 1))
        assert area.due_model.text(row, 4).startswith(
            "eingeschränkt seit 01.04.2026, Grund: auf Antrag (Art. 18 DSGVO)")
        assert "1 zur Prüfung" in area.header.text()
        area.due_view.selectionModel().select(
            area.due_model.index(row, 0), QItemSelectionModel.ClearAndSelect
            | QItemSelectionModel.Rows)
        assert not area.not_needed_button.isEnabled()
        assert not area.restrict_button.isEnabled()  # it is restricted already
        assert area.hold_button.isEnabled()  # „weiter benötigt bis …“
        assert area.advice.text.text().startswith(
            "Zur gewählten Person: Die Einschränkung auf der Seite „Eingeschränkt“ aufheben")
        assert area.advice.person_button.isHidden()
