"""Issue 65: choosing her own template reads it off the GUI thread. Her PDF form's fields
are read in the letter child on the runner's pool, and so is every preview of her
template after a choice (the template, a field's placeholder): before, each was a round
trip to the child on the GUI thread (74–83 ms for a choice, 12–18 ms for a field's
placeholder). The child's asked are recorded with the thread that asks, and held, with
the in-process hook ``letter_child.before_request`` (no sleeps, no timing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.ui import background
from tests.letters.test_own_templates import pdf_form


@pytest.fixture
def form(tmp_path):
    path = tmp_path / "formular.pdf"
    path.write_bytes(pdf_form("Vorname", "person.class_label"))
    return path


def test_her_form_and_its_previews_are_read_off_the_gui_thread(
        open_letter, form, asked, previewed, frozen_clock):
    dialog = open_letter()
    dialog.template_chooser = lambda: str(form)
    asked.threads.clear()
    QTest.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    previewed(dialog)
    assert sorted(dialog.mapping_combos) == ["Vorname", "person.class_label"]
    combo = dialog.mapping_combos["Vorname"]
    combo.setFocus()
    for _ in range(combo.findData("person.first_name")):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert "person.first_name: Kim" in previewed(dialog).preview.text()
    assert asked.threads and asked.on_gui_thread() == 0


def test_the_button_waits_while_her_form_is_read(open_letter, form, asked, previewed,
                                                  qtbot, frozen_clock):
    dialog = open_letter()
    dialog.template_chooser = lambda: str(form)
    asked.holding = True
    QTest.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(asked.waiting.is_set, timeout=60_000)
    assert not dialog.template_button.isEnabled()
    assert dialog.problem.text() == "Die Vorlage wird gelesen …"
    assert dialog.template_box.currentData() != "own"   # not chosen before it is read
    asked.release()
    previewed(dialog)
    assert dialog.template_button.isEnabled()
    assert dialog.template_box.currentText() == "formular.pdf"
    assert dialog.mapping_box.isVisible()


def test_closing_while_her_form_is_read_drops_the_answer(open_letter, form, asked, qtbot,
                                                         frozen_clock):
    dialog = open_letter()
    dialog.template_chooser = lambda: str(form)
    asked.holding = True
    QTest.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(asked.waiting.is_set, timeout=60_000)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    asked.release()
    qtbot.waitUntil(lambda: not background._running, timeout=60_000)
    assert dialog.template is None and dialog.mapping_combos == {}
    assert dialog.letter_child.pid is None      # the child ended after its answer


def test_a_form_the_child_cannot_read_is_said_and_the_button_comes_back(
        open_letter, tmp_path, previewed, frozen_clock):
    broken = tmp_path / "kaputt.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00" * 64)
    dialog = open_letter()
    dialog.template_chooser = lambda: str(broken)
    QTest.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    previewed(dialog)
    assert dialog.template_button.isEnabled()
    assert dialog.problem.text() == "Die Datei ist kein lesbares PDF-Formular."


def test_her_focus_comes_back_to_the_button_once_her_form_is_read(
        open_letter, form, asked, previewed, qtbot, frozen_clock):
    """The button waits while her form is read, and Qt moves the focus of a disabled
    button on („Vorlagen verwalten …“): once read, the keyboard is where she left it."""
    from PySide6.QtWidgets import QApplication

    dialog = open_letter()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.template_chooser = lambda: str(form)
    dialog.template_button.setFocus()
    asked.holding = True
    QTest.keyClick(dialog.template_button, Qt.Key.Key_Space)
    qtbot.waitUntil(asked.waiting.is_set, timeout=60_000)
    assert QApplication.focusWidget() is not dialog.template_button
    asked.release()
    previewed(dialog)
    assert QApplication.focusWidget() is dialog.template_button
