"""The person page's four buttons by keyboard (issue 65): on the seven tabs only q and y
were free for an Alt letter, so „Brief erstellen …“, „Beratungszettel …“, „Kontakt
erfassen …“ and „← Zurück zur Liste“ have a Strg key (or Esc, Alt+Links) instead – from
any field of the page, said in the tool tip and read after the button's name, and not
while a dialog is open in front of the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from ssa_desktop.ui.letters import dialog as letters_dialog
from ssa_desktop.ui.reports import slip_dialog
from tests.support.languages import in_language
from tests.support.main_windows import active_main_window, make_active

pytestmark = pytest.mark.usefixtures("frozen_clock")

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(ctx, qtbot, tmp_path, pupil, monkeypatch):
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    page = persons.page
    page.opened = []
    monkeypatch.setattr(letters_dialog, "open_letter_dialog",
                        lambda _ctx, person_id, _parent: page.opened.append(("Brief", person_id)))
    monkeypatch.setattr(slip_dialog, "open_slip_dialog",
                        lambda *_a, **_k: page.opened.append(("Zettel", page.person.id)))
    return page


@pytest.mark.parametrize(("key", "what"), [(Qt.Key.Key_B, "Brief"), (Qt.Key.Key_D, "Zettel")])
def test_strg_key_from_a_form_field_makes_the_letter_or_slips(page, pupil, key, what):
    page.tabs.setCurrentIndex(page.TAB_MASTER)
    page.form.pseudonym.setFocus()
    text = page.form.pseudonym.text()
    QTest.keyClick(page.form.pseudonym, key, CTRL)
    assert page.opened == [(what, pupil.id)]
    assert page.form.pseudonym.text() == text   # nothing typed into the field


@pytest.mark.parametrize("tab", range(7))
def test_strg_b_works_on_every_tab(page, pupil, tab):
    page.tabs.setCurrentIndex(tab)
    QTest.keyClick(QApplication.focusWidget() or page.window(), Qt.Key.Key_B, CTRL)
    assert page.opened == [("Brief", pupil.id)]


def test_the_keys_do_nothing_while_a_dialog_is_open(page, qtbot):
    dialog = QDialog(page.window())
    dialog.setModal(True)
    dialog.show()
    make_active(qtbot, dialog)
    for key in (Qt.Key.Key_B, Qt.Key.Key_D):
        QTest.keyClick(dialog, key, CTRL)
    dialog.reject()
    assert page.opened == []


def test_each_button_says_its_key_in_tool_tip_and_to_the_reader(page):
    for button, key in ((page.letter_button, "Strg+B"), (page.slip_button, "Strg+D"),
                        (page.entry_button, "Strg+N"), (page.back_button, "Alt+Links")):
        assert key in button.toolTip(), button.text()
        assert key in button.accessibleName() + button.accessibleDescription(), button.text()


def test_alt_left_from_a_form_field_goes_back_to_the_list(page):
    page.tabs.setCurrentIndex(page.TAB_MASTER)
    page.form.pseudonym.setFocus()
    QTest.keyClick(page.form.pseudonym, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not page.isVisible()


def test_strg_n_from_a_form_field_starts_a_contact_of_this_person(page, pupil, qtbot):
    page.tabs.setCurrentIndex(page.TAB_MASTER)
    page.form.pseudonym.setFocus()
    QTest.keyClick(page.form.pseudonym, Qt.Key.Key_N, CTRL)
    dialog = page.window()._quick_entry
    assert dialog is not None and dialog.picker.person_id() == pupil.id
    dialog.reject()




@pytest.mark.parametrize(("language", "keys"), [
    ("de", ("Strg+B", "Strg+D")), ("en", ("Ctrl+B", "Ctrl+D"))])
def test_each_button_shows_its_key_in_its_text(ctx, qtbot, tmp_path, pupil, language, keys):
    """Session 25: Strg+B and Strg+D were only in the tool tip and the F1 list – she saw
    „Brief erstellen …“ without its key. The key now stands in the button's text as on
    „Sperren (Strg+L)“ (English „Ctrl+B“), the name read without it, the key after it."""
    with in_language(language):
        window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
        persons = window.show_area("persons")
        persons.open_record(pupil.id)
        page = persons.page
        buttons = (page.letter_button, page.slip_button)   # Strg+N: in the status bar
        for button, key in zip(buttons, keys, strict=True):
            assert button.text().endswith(f"({key})"), button.text()
            assert key not in button.accessibleName(), button.accessibleName()
            assert button.accessibleDescription().rstrip(")").endswith(key)
            assert button.isVisible() and button.width() >= button.sizeHint().width()
