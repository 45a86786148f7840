"""Einstellungen → Briefkopf: what she typed and has not saved is never replaced by the
stored text — not by choosing the logo (it read every field again), not by coming back to
the area; leaving the area with it asks (Speichern, Verwerfen, Weiter bearbeiten)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import letters as dl
from ssa_desktop.services import letters as svc
from ssa_desktop.services import settings
from ssa_desktop.ui.settings.area import SettingsArea
from tests.support import questions
from tests.support.main_windows import active_main_window
from tests.ui.letters.test_letterhead_page import PNG


def _type_traeger(page, text: str) -> None:
    _option, name = page.fields["letters.traeger_name"]
    name.setFocus()
    QTest.keyClick(name, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(name, text)


def _letterhead(window):
    window.show_area("settings")
    area = window.findChild(SettingsArea)
    page = area.page("letterhead")
    area.tabs.setCurrentIndex(area.tabs.indexOf(page.parentWidget()))
    return page


def test_choosing_the_logo_keeps_the_typed_name(ctx, qtbot, tmp_path):
    settings.set_value(ctx.conn, dl.TRAEGER_NAME, "Alter Träger")
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    page = _letterhead(window)
    _type_traeger(page, "Jugendhilfe Breisgau e. V.")
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    page.logo_path_chooser = lambda: str(logo)
    QTest.keyClick(page.logo_button, Qt.Key_Space)
    assert svc.logo(ctx.conn) == PNG and page.status.text() == "Logo gespeichert."
    assert page.fields["letters.traeger_name"][1].text() == "Jugendhilfe Breisgau e. V."
    assert settings.get(ctx.conn, dl.TRAEGER_NAME) == "Alter Träger"   # not saved yet


def test_leaving_with_a_typed_letterhead_asks(ctx, qtbot, tmp_path):
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    page = _letterhead(window)
    _type_traeger(page, "Jugendhilfe Breisgau e. V.")
    seen: list[str] = []
    questions.answer(seen, questions.clicking("Weiter bearbeiten"))
    QTest.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)   # Übersicht
    assert seen and "Briefkopf" in seen[0]
    assert window.current_area_key() == "settings"
    assert page.fields["letters.traeger_name"][1].text() == "Jugendhilfe Breisgau e. V."
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    questions.answer(seen, questions.clicking("Speichern"))
    QTest.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert window.current_area_key() == "overview"
    assert settings.get(ctx.conn, dl.TRAEGER_NAME) == "Jugendhilfe Breisgau e. V."


def test_leaving_without_changes_does_not_ask(ctx, qtbot, tmp_path):
    settings.set_value(ctx.conn, dl.TRAEGER_NAME, "Jugendhilfe Breisgau e. V.")
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    _letterhead(window)
    QTest.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert window.current_area_key() == "overview"
