"""Issue 21: a contact in eight keys. The pseudonym typed without dash and case finds the
person on file (and shows it), Alt+1 … Alt+6 choose a frequent kind and move on to
Themen, one letter picks a new pupil's gender; real key events, records read back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.catalogues import CONTACT_KINDS
from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.quick_entry.dialog import KIND_KEYS
from ssa_desktop.ui.quick_entry.person_picker import in_scheme, pseudonym_key

from .test_quick_entry import _key, _open, _target


def _type(text: str) -> None:
    for ch in text:
        QTest.keyClicks(_target(), ch)


def test_pseudonym_without_dash_finds_the_exact_person_and_shows_it(qtbot, ctx, conn, pupil):
    repo.PERSONS.insert(conn, Person("K-170", grade=8, class_label="8a", school_id="school-1"))
    repo.PERSONS.insert(conn, Person("K-1", grade=5, class_label="5c", school_id="school-1"))
    dialog = _open(qtbot, ctx)
    _type("k17")
    assert not dialog.new_row_widget.isVisibleTo(dialog)  # never "Neu anlegen" for K-17
    _key(Qt.Key_4, Qt.AltModifier)
    assert dialog.picker.person_id() == pupil.id
    assert dialog.picker.text() == "K-17 · 7b · Gemeinschaftsschule Am Park"  # shown
    _key(Qt.Key_Return, Qt.ControlModifier)
    [contact] = [c for c in repo.CONTACTS.all(conn) if c.id == dialog.saved_contact_id]
    assert (contact.person_id, contact.kind) == (pupil.id, "TEL")
    assert len(repo.PERSONS.all(conn)) == 3  # nobody was created


def test_two_pseudonyms_with_the_same_key_are_refused_not_guessed(qtbot, ctx, conn, pupil):
    repo.PERSONS.insert(conn, Person("K17", grade=8, class_label="8a", school_id="school-1"))
    dialog = _open(qtbot, ctx)
    _type("k 17")
    _key(Qt.Key_Return)
    assert dialog.saved_contact_id is None and dialog.isVisible()
    assert dialog.picker.person_id() == ""
    assert "Keine eindeutige Person" in dialog.error.text()
    assert dialog.picker.hasFocus()  # said in the error line, the keyboard in Person
    assert repo.CONTACTS.count(conn) == 0


@pytest.mark.parametrize("digit", range(1, 7))
def test_alt_digit_chooses_the_kind_shown_under_art_and_moves_to_themen(qtbot, ctx, digit):
    dialog = _open(qtbot, ctx)
    label = {e.code: e.label for e in CONTACT_KINDS}[KIND_KEYS[digit - 1]]
    assert f"Alt+{digit}\u00a0{label}" in dialog.kind_keys_hint.text()
    assert dialog.kind_keys_hint.isVisibleTo(dialog)
    _key(getattr(Qt, f"Key_{digit}"), Qt.AltModifier)
    assert dialog.kind_combo.currentText() == label
    assert QApplication.focusWidget() is dialog.topics.edit
    assert dialog.picker.text() == ""  # nothing typed into a field


def test_kind_keys_are_hidden_with_the_kind_for_a_short_contact(qtbot, ctx):
    dialog = _open(qtbot, ctx)
    dialog.short_check.setChecked(True)
    assert not dialog.kind_keys_hint.isVisibleTo(dialog)


def test_new_pupil_in_the_schools_scheme_gender_by_one_letter(qtbot, ctx, conn, pupil):
    dialog = _open(qtbot, ctx)
    _type("z99")
    assert dialog.new_label.text() == "Neu anlegen: Z-99"  # what will be created is shown
    _key(Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.new_gender
    _type("d")
    assert QApplication.focusWidget() is dialog.new_class  # one letter, then the class
    _type("6b")
    _key(Qt.Key_1, Qt.AltModifier)
    _key(Qt.Key_Return, Qt.ControlModifier)
    [person] = [p for p in repo.PERSONS.all(conn) if p.id != pupil.id]
    assert (person.pseudonym, person.gender, person.class_label) == ("Z-99", "d", "6b")
    assert dialog.picker.text().startswith("Z-99")


def test_a_pseudonym_outside_the_scheme_is_kept_as_typed(qtbot, ctx, conn, pupil):
    repo.PERSONS.insert(conn, Person("Maus", grade=8, class_label="8a", school_id="school-1"))
    dialog = _open(qtbot, ctx)
    _type("z99")
    assert dialog.new_label.text() == "Neu anlegen: z99"


@pytest.mark.parametrize(("typed", "on_file", "expected"), [
    ("z99", ["K-17"], "Z-99"),
    ("ab 7", ["K-17", "AB-3"], "AB-7"),
    ("Z-99", ["K-17"], "Z-99"),
    ("z99", [], "z99"),            # no scheme to follow yet
    ("z99", ["K-17", "Kim"], "z99"),
    ("zz", ["K-17"], "zz"),
    ("9z", ["K-17"], "9z"),
])
def test_in_scheme(typed, on_file, expected):
    assert in_scheme(typed, on_file) == expected


@given(st.text(max_size=12), st.lists(st.from_regex(r"[A-Z]{1,2}-[0-9]{1,3}", fullmatch=True),
                                      max_size=4))
def test_the_scheme_never_changes_what_the_pseudonym_is_found_by(typed, on_file):
    assert pseudonym_key(in_scheme(typed, on_file)) == pseudonym_key(typed)
