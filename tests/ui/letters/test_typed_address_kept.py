"""Esc in „Brief erstellen“ after she typed the address asks before it goes (the dialog
closed at once and her address and salutation were gone); once the letter is filed
(„Im Tresor ablegen“), printed or saved, Esc closes without a question, and an address
the dialog proposed itself (her guardians') is no typing of hers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ssa_desktop.services import documents, persons
from ssa_desktop.storage import repositories as repo
from tests.support.keys import key, type_lines
from tests.support.main_windows import make_active
from tests.support.questions import esc_asks_first, esc_closes_at_once

ALT = Qt.KeyboardModifier.AltModifier
ADDRESS = "Frau Birgit Sommer\nLindenweg 4\n79100 Freiburg"


def _type_address() -> None:
    key(Qt.Key.Key_A, ALT)                                      # &Anschrift
    type_lines(ADDRESS)


def _shown(qtbot, open_letter, previewed):
    dialog = previewed(open_letter())
    make_active(qtbot, dialog)
    return dialog


def test_esc_after_her_address_asks_and_keeps_it(open_letter, previewed, qtbot, frozen_clock):
    dialog = _shown(qtbot, open_letter, previewed)
    _type_address()
    esc_asks_first(qtbot)                                        # „Zurück“: she keeps it
    assert dialog.isVisible() and dialog.address_box.toPlainText() == ADDRESS


def test_filed_she_closes_with_esc_at_once(open_letter, previewed, qtbot, ctx, records,
                                           frozen_clock):
    dialog = _shown(qtbot, open_letter, previewed)
    _type_address()
    previewed(dialog)
    key(Qt.Key.Key_T, ALT)                                       # Im &Tresor ablegen
    qtbot.waitUntil(lambda: dialog.problem.text().startswith("Als Dokument abgelegt"))
    assert len(documents.documents_of_person(ctx.conn, records["person"])) == 1
    esc_closes_at_once(qtbot, dialog)


def test_the_proposed_address_is_not_hers(open_letter, previewed, qtbot, ctx, records,
                                          frozen_clock):
    person = repo.PERSONS.get(ctx.conn, records["person"])
    person.guardian_address = "Familie Sommer\nLindenweg 4"
    persons.save_person(ctx.conn, person)
    dialog = _shown(qtbot, open_letter, previewed)
    key(Qt.Key.Key_G, ALT)                                       # Empfän&ger
    key(Qt.Key.Key_Down)                                         # ihre Erziehungsberechtigten
    assert dialog.address_box.toPlainText() == "Familie Sommer\nLindenweg 4"
    esc_closes_at_once(qtbot, dialog)
