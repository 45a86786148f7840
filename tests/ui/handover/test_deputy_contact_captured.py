"""The deputy records the coded fields a contact declares with ``captured``
(Sprachmittlung) in "Kontakt erfassen", built from the declaration: below Ort, a bound
label with its declared Alt key (Alt+M, as in the quick entry), an accessible name, "—" (not recorded) until she chooses,
chosen by typing; saved into the package with the contact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.storage import repositories as repo
from tests.ui.handover.deputy_fixture import WORKDAY, gone
from tests.ui.handover.test_deputy_window import _contact_dialog, alt, package, window  # noqa: F401


def _mnemonics(dialog) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]


def test_the_deputy_chooses_sprachmittlung_by_keyboard_and_it_is_saved(window, qtbot, package):  # noqa: F811
    with clock.frozen(WORKDAY):
        window.persons.setFocus()
        QTest.keyClick(window.persons, Qt.Key_Down)  # N-5
        dialog = _contact_dialog(qtbot, window)
        combo = dialog.coded["interpreting"]
        assert combo.code() == "" and combo.currentText() == "—"
        assert combo.accessibleName() == "Sprachmittlung"
        label = dialog.form.labelForField(combo)
        assert label.buddy() is combo and label.text() == "Sprach&mittlung"   # the declared key, as in the quick entry
        letters = _mnemonics(dialog)
        assert len(letters) == len(set(letters)), letters   # no Alt key twice
        alt(qtbot, Qt.Key_A)
        QTest.keyClicks(QApplication.focusWidget(), "Elterngespr")
        alt(qtbot, Qt.Key_O)   # Tab from Ort reaches Sprachmittlung next
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() in (combo, combo.lineEdit())
        alt(qtbot, Qt.Key_M)
        assert QApplication.focusWidget() in (combo, combo.lineEdit())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), "Angeh")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() not in (combo, combo.lineEdit())
        alt(qtbot, Qt.Key_S)
        qtbot.waitUntil(lambda: gone(dialog))
        [contact] = repo.CONTACTS.all(window.pkg)
    assert (contact.person_id, contact.kind, contact.interpreting) == (package.n5, "EG", "relative")


def test_a_word_that_fits_no_entry_is_refused_and_nothing_saved(window, qtbot, package):  # noqa: F811
    with clock.frozen(WORKDAY):
        dialog = _contact_dialog(qtbot, window)
        combo = dialog.coded["interpreting"]
        alt(qtbot, Qt.Key_M)
        QTest.keyClicks(QApplication.focusWidget(), "Mondsprache")
        alt(qtbot, Qt.Key_S)
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10000)
        assert dialog.isVisible() and "Sprachmittlung" in dialog.error.text()
        assert repo.CONTACTS.count(window.pkg) == 0
        assert combo.code() == ""


def test_without_a_choice_no_sprachmittlung_is_recorded(window, qtbot, package):  # noqa: F811
    with clock.frozen(WORKDAY):
        dialog = _contact_dialog(qtbot, window)
        alt(qtbot, Qt.Key_S)
        qtbot.waitUntil(lambda: gone(dialog))
        [contact] = repo.CONTACTS.all(window.pkg)
    assert contact.interpreting == ""


def test_a_free_letter_is_a_to_z_and_none_taken_twice():
    from ssa_desktop.ui.common.declared_fields import with_free_letter

    assert with_free_letter("Sprachmittlung", {"s", "p"}) == "Sp&rachmittlung"
    assert with_free_letter("Nächster Schritt", {"n"}) == "Nä&chster Schritt"
    assert with_free_letter("Ab", {"a", "b"}) == "Ab"


def test_the_declared_key_is_used_when_free_else_the_first_free_letter():
    from ssa_desktop.ui.common.declared_fields import with_free_letter

    assert with_free_letter("Sprachmittlung", {"s", "p"}, "m") == "Sprach&mittlung"
    assert with_free_letter("Sprachmittlung", {"s", "p", "m"}, "m") == "Sp&rachmittlung"
    assert with_free_letter("Interpreting", set(), "m") == "&Interpreting"  # not in the text


def test_the_contact_declares_m_for_sprachmittlung_and_the_quick_entry_label_follows():
    from ssa_desktop.domain.columns import chosen_columns
    from ssa_desktop.domain.entities import Contact
    from ssa_desktop.ui.common.declared_fields import declared_label

    [column] = [c for c in chosen_columns(Contact) if c.name == "interpreting"]
    assert column.key == "m"
    assert declared_label(Contact, "interpreting") == "Sprach&mittlung"
