"""Issue 20 (§ 9b end to end): with the option on, the worker classifies a pupil's file
in Datenschutz ("Alle Fristen" → "Nach § 9b einordnen …"); when the file is due the engine
proposes restriction instead of deletion, "Einschränken …" restricts it, and it is
kept until 70 years after the 30th birthday."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel

from ssa_desktop.domain import clock
from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.entities import Person
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.privacy import area as privacy
from ssa_desktop.ui.privacy.area import PrivacyArea

LEAVES = date(2026, 12, 15)


def _select(view, model, record_id):
    row = next(r for r, a in enumerate(model.rows)
               if a.record_id == record_id and a.record_kind == "person")
    view.selectionModel().select(model.index(row, 0), QItemSelectionModel.ClearAndSelect
                                 | QItemSelectionModel.Rows)
    return model.rows[row]


def _reload(area, qtbot):
    loaded = area.loaded
    area.refresh()
    qtbot.waitUntil(lambda: area.loaded > loaded, timeout=10000)


def test_classified_file_is_restricted_instead_of_deleted(ctx, qtbot, monkeypatch):
    kept = repo.PERSONS.insert(ctx.conn, Person("K-9", first_name="Kai", school_id="school-1",
                                                grade=9, birth_year=2011, leaving_date=LEAVES))
    other = repo.PERSONS.insert(ctx.conn, Person("K-8", first_name="Ole", school_id="school-1",
                                                 grade=9, birth_year=2011, leaving_date=LEAVES))
    monkeypatch.setattr(privacy, "ask_yes_no", lambda *a, **k: True)
    with clock.frozen(date(2026, 11, 25)):
        with pytest.raises(UserError, match="nicht eingeschaltet"):
            svc.classify_9b(ctx.conn, kept.id, True)
        area = PrivacyArea(ctx)
        qtbot.addWidget(area)
        area.show()
        qtbot.waitUntil(lambda: area.loaded >= 1, timeout=10000)
        _select(area.all_view, area.all_model, kept.id)
        assert not area.classify_button.isEnabled()          # option off: nothing to classify
        ctx.apply(svc.set_period, rt.ENABLE_9B, True)
        _reload(area, qtbot)
        _select(area.all_view, area.all_model, kept.id)
        assert area.classify_button.isEnabled()
        area.classify_9b()
        _reload(area, qtbot)
        assert svc.marked_9b(ctx.conn) == {kept.id}
        assert any(e.rule == "R9b" for e in svc.deletion_log(ctx.conn))
        a = _select(area.all_view, area.all_model, kept.id)
        assert "§ 9b: einschränken statt löschen" in a.reason
        assert area.classify_button.text() == "Einordnung nach § 9b &aufheben …"
    with clock.frozen(LEAVES):     # due: restriction proposed for the classified file only
        _reload(area, qtbot)
        due = {a.record_id: a for a in area.due_model.rows}
        assert (due[kept.id].rule, due[kept.id].action) == ("R9b", rt.RESTRICT)
        assert due[other.id].action == rt.DELETE
        _select(area.due_view, area.due_model, kept.id)
        assert area.restrict_button.isEnabled() and not area.delete_button.isEnabled()
        area.restrict()
        _reload(area, qtbot)
        assert kept.id not in {a.record_id for a in area.due_model.rows}
        [a] = [a for a in svc.assess(ctx.conn) if a.record_id == kept.id]
        assert (a.state, a.rule, a.due) == (rt.RESTRICTED, "R9b", date(2111, 12, 31))
        assert svc.restriction_of(ctx.conn, kept.id).reason == rt.MARK_9B
