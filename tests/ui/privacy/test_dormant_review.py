"""Issue 17 (R14): a dormant person shows in Datenschutz as "Prüfung fällig (ruhend)"
with its sentence and can take the R2 path ("Nicht mehr benötigt …")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.privacy import area as privacy
from ssa_desktop.ui.privacy.area import PrivacyArea

TODAY = date(2026, 9, 1)


def test_dormant_person_is_listed_and_can_be_released(ctx, qtbot, monkeypatch):
    quiet = repo.PERSONS.insert(ctx.conn, Person("R-9", first_name="Ruth", school_id="school-1",
                                                 grade=6, created="2024-09-01 09:00:00"))
    repo.CONTACTS.insert(ctx.conn, Contact(date(2025, 3, 3), "EB", 30, person_id=quiet.id))
    with clock.frozen(TODAY):
        area = PrivacyArea(ctx)
        qtbot.addWidget(area)
        area.resize(1366, 768)
        area.show()
        qtbot.waitUntil(lambda: area.loaded >= 1, timeout=10000)
        row = next(r for r, a in enumerate(area.due_model.rows) if a.record_id == quiet.id)
        assert area.due_model.rows[row].state == "Prüfung fällig (ruhend)"
        assert area.due_model.text(row, 2) == "R-9"
        assert area.due_model.text(row, 4).startswith(
            "keine Aktivität, kein Termin und kein offenes § 8a-Verfahren seit 03.03.2025")
        area.due_view.selectionModel().select(
            area.due_model.index(row, 0), QItemSelectionModel.ClearAndSelect
            | QItemSelectionModel.Rows)
        assert area.not_needed_button.isEnabled()
        monkeypatch.setattr(privacy, "ask_yes_no", lambda *a, **k: True)
        loaded = area.loaded
        area.not_needed()
        qtbot.waitUntil(lambda: area.loaded > loaded, timeout=10000)
        row = next(r for r, a in enumerate(area.due_model.rows) if a.record_id == quiet.id)
        assert area.due_model.rows[row].action == "delete"
