"""Einstellungen → Briefkopf: what she typed and has not saved survives Strg+L, the
auto-lock and Strg+Q. It was cleared at the lock and nothing was kept; now it is kept as
a form draft in the vault (never in plaintext), the Übersicht offers it („Entwurf:
Briefkopf“), opening it shows her words on the Briefkopf tab; saving (or „Verwerfen“)
deletes the draft. Real keys, real vault, real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import letters as dl
from ssa_desktop.services import notes, settings
from ssa_desktop.services import overview as overview_svc
from ssa_desktop.ui.settings.area import SettingsArea
from tests.support.locks import lock as _lock
from tests.support.locks import reopen as _reopen
from tests.support.main_windows import active_main_window
from tests.support.questions import answer, clicking

pytestmark = pytest.mark.usefixtures("frozen_clock")
TYPED = "Jugendhilfe Breisgau e. V."
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    settings.set_value(ctx.conn, dl.TRAEGER_NAME, "Alter Träger")
    return active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))


def _page(window):
    window.show_area("settings")
    area = window.findChild(SettingsArea)
    page = area.page("letterhead")
    area.tabs.setCurrentIndex(area.tabs.indexOf(page.parentWidget()))
    return page


def _name(page):
    return page.fields["letters.traeger_name"][1]


def _typed(window):
    page = _page(window)
    name = _name(page)
    name.setFocus()
    QTest.keyClick(name, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(name, TYPED)
    return page


@pytest.mark.parametrize("how", ["Strg+L", "auto-lock"])
def test_a_typed_letterhead_comes_back_after_the_lock(window, ctx, qtbot, open_vault, how):
    _typed(window)
    _lock(ctx, how)
    for path in open_vault.vault.folder.rglob("*"):   # nothing in plaintext beside the vault
        if path.is_file():
            assert TYPED.encode() not in path.read_bytes(), path
    _reopen(ctx, open_vault)
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith("Entwurf: Briefkopf") and item.area == "settings"
    window.navigate(item.area, item.record_id)                  # what the Übersicht opens
    page = _page(window)
    assert _name(page).text() == TYPED
    assert settings.get(ctx.conn, dl.TRAEGER_NAME) == "Alter Träger"   # not saved yet
    page.save_button.setFocus()
    QTest.keyClick(page.save_button, Qt.Key.Key_Space)          # Briefkopf spei&chern
    assert settings.get(ctx.conn, dl.TRAEGER_NAME) == TYPED
    assert notes.pending_drafts(ctx.conn) == []                 # saved: the draft is gone


def test_a_discarded_letterhead_leaves_no_draft(window, ctx, qtbot, open_vault):
    _typed(window)
    _lock(ctx, "Strg+L")
    _reopen(ctx, open_vault)
    [item] = overview_svc.build_overview(ctx.conn).drafts
    window.navigate(item.area, item.record_id)
    assert _name(_page(window)).text() == TYPED
    asked: list[str] = []
    answer(asked, clicking("Verwerfen"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)   # to the Übersicht
    assert asked and "Briefkopf" in asked[0]
    assert window.current_area_key() == "overview"
    assert notes.pending_drafts(ctx.conn) == []
    assert settings.get(ctx.conn, dl.TRAEGER_NAME) == "Alter Träger"


def test_quit_asks_about_a_typed_letterhead_and_keeps_it(window, ctx, qtbot, open_vault):
    _typed(window)
    seen: list[str] = []
    answer(seen, clicking("Als Entwurf behalten"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, CTRL)  # Strg+Q
    assert seen and "Briefkopf" in seen[0]
    assert not ctx.is_unlocked
    _reopen(ctx, open_vault)
    [draft] = notes.form_drafts(ctx.conn, "letterhead")
    assert notes.draft_data(draft)["values"]["letters.traeger_name"] == TYPED


def test_a_saved_letterhead_leaves_nothing_to_keep(window, ctx, qtbot, open_vault):
    page = _typed(window)
    QTest.keyClick(page.save_button, Qt.Key.Key_Space)
    _lock(ctx, "Strg+L")
    _reopen(ctx, open_vault)
    assert notes.pending_drafts(ctx.conn) == []
