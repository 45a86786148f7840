"""Every answer of a question has its Alt letter (session 19: the Ziele and the templates'
delete questions had none, as every question built with the default „Ja“/„Nein“): a label
without one gets the first letter no other answer of the box has taken, in any language,
so a translation needs no letters of its own. Alt+letter answers with real key events."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.common.labels import mnemonic_letter, with_alt_letters
from tests.support.main_windows import when_active
from tests.support.questions import answer


def test_labels_without_a_letter_get_their_first_free_one():
    assert with_alt_letters(["Ja", "Nein"]) == ["&Ja", "&Nein"]
    assert with_alt_letters(["Aufheben", "Abbrechen"]) == ["&Aufheben", "A&bbrechen"]
    assert with_alt_letters(["Entfernen", "Behalten"]) == ["&Entfernen", "&Behalten"]
    assert with_alt_letters(["Ja, so speichern", "Ändern"]) == ["&Ja, so speichern", "&Ändern"]


def test_a_letter_of_her_own_is_kept_and_taken_first():
    assert with_alt_letters(["&Löschen", "Nein"]) == ["&Löschen", "&Nein"]
    # „Lesen“ comes first but „&Löschen“ owns the L: Lesen takes its next letter
    assert with_alt_letters(["Lesen", "&Löschen"]) == ["L&esen", "&Löschen"]
    assert with_alt_letters(["Rock && Roll", "Rest"]) == ["&Rock && Roll", "R&est"]


def test_a_label_without_a_free_letter_stays_as_it_is():
    assert with_alt_letters(["Ab", "Ba", "..."]) == ["&Ab", "&Ba", "..."]


_LABELS = st.lists(st.text(alphabet="abcABäÄ &,.-", min_size=0, max_size=8), max_size=4)


@given(_LABELS)
def test_the_letters_differ_and_the_words_stay(labels):
    def words(label: str) -> str:
        return label.replace("&&", "\0").replace("&", "").replace("\0", "&&")

    made = with_alt_letters(labels)
    letters = [mnemonic_letter(label) for label in made]
    assert [words(m) for m in made] == [words(label) for label in labels]
    own = [mnemonic_letter(label) for label in labels]
    for label, before, after in zip(labels, own, letters, strict=True):
        if before:                        # hers kept
            assert after == before
        elif after == "":                 # none free: every letter of it is taken
            taken = {x for x in letters if x}
            assert all(c.casefold() in taken for c in words(label) if c.isalnum())
    given_letters = [x for x in letters if x]
    if len(set(own) - {""}) == len([x for x in own if x]):   # she gave no letter twice
        assert len(given_letters) == len(set(given_letters))


def _when_active(box, key) -> None:
    """``key`` with Alt, to the box once it is the active window (an Alt letter belongs to
    the active window's buttons); Esc if no button went down (a failure, not a hang)."""
    def alt_key() -> None:
        QTest.keyClick(box.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        if box.isVisible() and not any(b.isDown() for b in box.buttons()):
            QTest.keyClick(box.focusWidget(), Qt.Key.Key_Escape)
    when_active(box, alt_key)


def _on_the_first_row(qtbot, dialog) -> None:
    """``dialog`` shown and active (an Alt letter belongs to the active window), the focus
    in its list on the first row."""
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Home)


def _answered_by(buttons: list, key):
    """A question's answer: its buttons' texts noted, then Alt+``key``."""
    def press(box):
        buttons.extend(sorted(b.text() for b in box.buttons()))
        _when_active(box, key)
    return press


def test_a_goal_is_removed_by_its_alt_letters(qtbot, ctx, conn, pupil):
    from ssa_desktop.ui.persons.goals_dialog import GoalsDialog

    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                     created="2025-09-01 10:00:00"))
    dialog = GoalsDialog(ctx, case.id)
    _on_the_first_row(qtbot, dialog)
    buttons: list = []
    asked: list = []
    answer(asked, _answered_by(buttons, Qt.Key.Key_E))
    QTest.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Ent&fernen
    qtbot.waitUntil(lambda: goals.goals_of_case(conn, case.id) == [])
    assert buttons == ["&Behalten", "&Entfernen"]
    assert asked and "Jeden Tag in die Schule" in asked[0]


def test_a_template_is_deleted_by_its_alt_letters(qtbot, ctx):
    from ssa_desktop.services import letter_templates as store
    from ssa_desktop.ui.letters.templates_dialog import LetterTemplatesDialog
    from tests.letters.test_own_templates import docx

    store.import_template(ctx.conn, "Einladung Eltern", "invitation",
                          docx("Liebe Eltern von {{ person.first_name }}"), "docx")
    dialog = LetterTemplatesDialog(ctx, kind="invitation")
    _on_the_first_row(qtbot, dialog)
    buttons: list = []
    answer([], _answered_by(buttons, Qt.Key.Key_L))
    QTest.keyClick(dialog.table, Qt.Key.Key_Delete)     # Entf, as in Dokumente
    qtbot.waitUntil(lambda: store.stored_templates(ctx.conn) == [])
    assert buttons == ["&Löschen", "&Nein"]
    assert dialog.table.rowCount() == 0
