"""A § 8a step typed and not saved survives Strg+L and the auto-lock: it was cleared at
the lock and nothing was kept. Now it is kept as a form draft in the vault (never in
plaintext), the Übersicht offers it, and opening it shows her words on that person's
§ 8a tab; saving the step (or „Verwerfen“) deletes the draft. Real keys, real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import child_protection as cp
from ssa_desktop.services import notes
from ssa_desktop.services import overview as overview_svc
from tests.support.locks import lock as _lock
from tests.support.locks import reopen as _reopen
from tests.support.main_windows import active_main_window
from tests.ui.child_protection.test_cp_step_esc_asks import procedure_begun

pytestmark = pytest.mark.usefixtures("frozen_clock")
ALT = Qt.KeyboardModifier.AltModifier
TYPED = "Blaue Flecken am Arm, Kind sagt: vom Sport"


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


def _key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def _typed_step(window, qtbot, pupil):
    area = window.show_area("persons")
    panel = procedure_begun(qtbot, area, pupil.id)
    QTest.keyClicks(panel.actor, "ich")       # the start put her keyboard on „Person“
    panel.text.setFocus()
    QTest.keyClicks(panel.text, TYPED)
    return area


@pytest.mark.parametrize("how", ["Strg+L", "auto-lock"])
def test_a_typed_step_comes_back_after_the_lock(window, ctx, qtbot, open_vault, pupil, how):
    _typed_step(window, qtbot, pupil)
    _lock(ctx, how)
    # not in plaintext next to the vault (the draft went into the encrypted database)
    for path in open_vault.vault.folder.rglob("*"):
        if path.is_file():
            assert TYPED.encode() not in path.read_bytes(), path
    _reopen(ctx, open_vault)
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith("Entwurf: § 8a-Schritt") and item.area == "persons"
    window.navigate(item.area, item.record_id)                  # what the Übersicht opens
    page = window.show_area("persons").page
    assert page.person is not None and page.person.id == pupil.id
    assert page.tabs.currentIndex() == page.TAB_CP
    panel = page.cp_panel
    assert (panel.text.toPlainText(), panel.actor.text()) == (TYPED, "ich")
    assert panel.text.hasFocus()
    _key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)   # Strg+Enter saves
    [proc] = cp.procedures_for_person(ctx.conn, pupil.id)
    assert any(TYPED in s.text for s in cp.steps(ctx.conn, proc.id))
    assert notes.pending_drafts(ctx.conn) == []                 # saved: the draft is gone


def test_a_discarded_step_leaves_no_draft(window, ctx, qtbot, open_vault, pupil):
    from tests.support.questions import answer, clicking

    _typed_step(window, qtbot, pupil)
    _lock(ctx, "Strg+L")
    _reopen(ctx, open_vault)
    [item] = overview_svc.build_overview(ctx.conn).drafts
    window.navigate(item.area, item.record_id)
    area = window.show_area("persons")
    assert area.page.cp_panel.text.toPlainText() == TYPED
    asked: list[str] = []
    answer(asked, clicking("Verwerfen"))
    area.go_back()                                              # „Zurück zur Liste“
    assert asked and not area.showing_page()
    assert notes.pending_drafts(ctx.conn) == []


def test_quit_asks_about_a_typed_step_and_keeps_it(window, ctx, qtbot, open_vault, pupil):
    from tests.support.questions import answer, clicking

    _typed_step(window, qtbot, pupil)
    seen: list[str] = []
    answer(seen, clicking("Als Entwurf behalten"))
    _key(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)    # Strg+Q
    assert seen and "§ 8a-Schritt" in seen[0]
    assert not ctx.is_unlocked
    _reopen(ctx, open_vault)
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith("Entwurf: § 8a-Schritt")


def test_an_acute_report_comes_back_acute(window, ctx, qtbot, open_vault, pupil):
    """The red button's step 7 (no procedure yet): after the lock it is still the acute
    report – saved, the procedure is marked acute, as before the lock."""
    area = window.show_area("persons")
    area.open_record(pupil.id)
    area.page.tabs.setFocus()
    QTest.keyClick(area.page.tabs, Qt.Key.Key_K, ALT)          # &Kinderschutz (§ 8a)
    panel = area.page.cp_panel
    panel.acute_button.setFocus()
    _key(Qt.Key.Key_Space)                                      # Akute Gefährdung …
    QTest.keyClicks(panel.recipient, "Frau Berg (ASD)")
    QTest.keyClicks(panel.actor, "ich")
    QTest.keyClicks(panel.sent, TYPED)
    _lock(ctx, "Strg+L")
    _reopen(ctx, open_vault)
    [item] = overview_svc.build_overview(ctx.conn).drafts
    window.navigate(item.area, item.record_id)
    panel = window.show_area("persons").page.cp_panel
    assert panel.editor.title().startswith("AKUT")
    panel.sent.setFocus()
    _key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)   # Strg+Enter saves
    assert panel.error.text() == ""
    [proc] = cp.procedures_for_person(ctx.conn, pupil.id)
    assert proc.acute
    assert notes.pending_drafts(ctx.conn) == []
