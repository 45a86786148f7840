"""Issue 16.5: a new person typed into the form survives Strg+L + unlock and Strg+Q as a
draft in the vault (real key events), offered back in the Übersicht and the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import notes
from ssa_desktop.services import overview as overview_svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.main_windows import active_main_window


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


def _type_new_person(qtbot, window):
    area = window.show_area("persons")
    area.new_person()
    form = area.page.form
    qtbot.keyClicks(form.pseudonym, "N-7")
    qtbot.keyClicks(form.class_label, "5c")
    return form


def test_new_person_survives_lock_and_unlock(window, ctx, qtbot, open_vault):
    form = _type_new_person(qtbot, window)
    QTest.keyClick(form.class_label, Qt.Key_L, Qt.ControlModifier)  # Strg+L
    assert not ctx.is_unlocked
    assert form.pseudonym.text() == ""  # nothing stays on screen while locked
    ctx.set_session(Vault(open_vault.vault.folder).unlock(PASSPHRASE))
    items = overview_svc.build_overview(ctx.conn).drafts
    [draft] = notes.pending_drafts(ctx.conn, "person")
    assert notes.draft_data(draft)["pseudonym"] == "N-7"
    assert [(i.area, i.record_id) for i in items] == [("persons", "new")]
    area = window.show_area("persons")
    area.open_record("new")  # what the Übersicht's "Entwurf Stammdaten" opens
    form = area.page.form
    assert (form.pseudonym.text(), form.class_label.text()) == ("N-7", "5c")
    assert form.dirty
    assert form.save() is not None
    assert [p.pseudonym for p in repo.PERSONS.all(ctx.conn) if p.pseudonym == "N-7"] == ["N-7"]
    assert notes.pending_drafts(ctx.conn, "person") == []  # saved: the draft is gone


def test_new_person_survives_quit(window, ctx, qtbot, open_vault):
    form = _type_new_person(qtbot, window)
    QTest.keyClick(form.class_label, Qt.Key_Q, Qt.ControlModifier)  # Strg+Q
    assert not ctx.is_unlocked
    session = Vault(open_vault.vault.folder).unlock(PASSPHRASE)
    try:
        [draft] = notes.pending_drafts(session.conn, "person")
        assert notes.draft_data(draft)["class_label"] == "5c"
    finally:
        session.lock()


def test_discarded_new_person_leaves_no_draft(window, ctx, qtbot, monkeypatch):
    from ssa_desktop.ui.persons import area as area_module

    form = _type_new_person(qtbot, window)
    form.autosaver.flush()  # a draft was already written while she typed
    monkeypatch.setattr(area_module, "ask_yes_no", lambda *a, **k: True)  # "Verwerfen"
    window.show_area("persons").go_back()
    assert notes.pending_drafts(ctx.conn, "person") == []
