"""A § 8a step kept as a draft at a lock, then typed anew and saved without opening the
draft: the Übersicht went on offering the old draft until she threw it away by hand. The
saved step supersedes it – saving ends the draft of the same person and step (as the
draft's own save does); another step's draft stays. Real keys, real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import child_protection as cp
from ssa_desktop.services import notes
from ssa_desktop.services import overview as overview_svc
from tests.support.main_windows import active_main_window
from tests.ui.child_protection.test_cp_step_survives_lock import (
    ALT,
    TYPED,
    _key,
    _lock,
    _reopen,
    _typed_step,
)

pytestmark = pytest.mark.usefixtures("frozen_clock")
RETYPED = "Blaue Flecken am linken Arm; Kind sagt, beim Sport gestoßen"


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


def _cp_tab(window, pupil):
    area = window.show_area("persons")
    area.open_record(pupil.id)
    area.page.tabs.setFocus()
    QTest.keyClick(area.page.tabs, Qt.Key.Key_K, ALT)          # &Kinderschutz (§ 8a)
    return area.page.cp_panel


def test_a_retyped_step_saved_ends_the_draft_it_supersedes(window, ctx, qtbot, open_vault,
                                                            pupil):
    _typed_step(window, qtbot, pupil)
    _lock(ctx, "Strg+L")
    _reopen(ctx, open_vault)
    [_offered] = overview_svc.build_overview(ctx.conn).drafts
    panel = _cp_tab(window, pupil)                              # not through the Übersicht
    assert panel.text.toPlainText() == ""
    QTest.keyClicks(panel.actor, "ich")
    panel.text.setFocus()
    QTest.keyClicks(panel.text, RETYPED)
    _key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)   # Strg+Enter saves
    assert panel.error.text() == ""
    [proc] = cp.procedures_for_person(ctx.conn, pupil.id)
    texts = [s.text for s in cp.steps(ctx.conn, proc.id)]
    assert any(RETYPED in t for t in texts) and not any(TYPED in t for t in texts)
    assert overview_svc.build_overview(ctx.conn).drafts == []   # the old draft is not offered
    assert notes.form_drafts(ctx.conn, "child_protection") == []


def test_a_draft_of_another_step_stays(window, ctx, qtbot, open_vault, pupil):
    """Saving step 2 does not end the draft of step 1 she kept: that is not superseded."""
    _typed_step(window, qtbot, pupil)
    _lock(ctx, "Strg+L")
    _reopen(ctx, open_vault)
    [kept] = notes.form_drafts(ctx.conn, "child_protection")
    panel = _cp_tab(window, pupil)
    step = panel.step_combo.currentText()
    panel.step_combo.setCurrentIndex(panel.step_combo.currentIndex() + 1)
    assert panel.step_combo.currentText() != step
    QTest.keyClicks(panel.actor, "ich")
    box = next(w for w in (panel.text, panel.observations, panel.recipient,
                           panel.closing_text) if w.isVisible())
    box.setFocus()
    QTest.keyClicks(box, RETYPED)
    _key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)   # Strg+Enter saves
    assert panel.error.text() == ""
    assert [d.id for d in notes.form_drafts(ctx.conn, "child_protection")] == [kept.id]
