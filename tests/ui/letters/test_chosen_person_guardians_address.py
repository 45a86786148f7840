"""„Brief erstellen“ with the person chosen in the dialog (Gruppen: Teilnahmebestätigung):
to her guardians the dialog proposes their recorded postal address; choosing another
person must not leave the first person's guardians' address in the box – a letter about
Ben posted to Anna's family is a disclosure to the wrong people (review session 23)."""

from __future__ import annotations

from ssa_desktop.domain.entities import Person
from ssa_desktop.services import persons
from ssa_desktop.ui.letters.dialog import GUARDIANS, LetterDialog


def _pupil(ctx, pseudonym: str, address: str) -> str:
    return persons.save_person(ctx.conn, Person(
        pseudonym=pseudonym, kind="pupil", gender="w", school_id="school-1",
        guardian_address=address)).id


def test_another_person_gets_her_own_guardians_address(ctx, qtbot, frozen_clock):
    anna = _pupil(ctx, "Anna", "Familie Sommer\nLindenweg 4\n79100 Freiburg")
    ben = _pupil(ctx, "Ben", "Familie Winter\nAhornweg 9\n79098 Freiburg")
    dialog = LetterDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.person_box.setCurrentIndex(dialog.person_box.findData(anna))
    dialog.recipient_box.setCurrentIndex(dialog.recipient_box.findData(GUARDIANS))
    assert dialog.address_box.toPlainText().startswith("Familie Sommer")
    dialog.person_box.setCurrentIndex(dialog.person_box.findData(ben))
    assert "Sommer" not in dialog.address_box.toPlainText()
    assert dialog.address_box.toPlainText().startswith("Familie Winter")
