"""Session 20 (a tester's year): in „Brief erstellen …“ with „Allgemeiner Brief“ chosen
and no template of hers, „Im &Tresor ablegen“ is off; her Alt+T then reached the Briefart
list that had the focus as the letter „t“ and switched it to „Teilnahmebestätigung“ (for a
group of the pupil's, made and ready to keep) – a second Alt+T kept a letter she never
chose. An Alt (or Strg) letter is never type-ahead in a drop-down list: the list keeps its
entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import documents
from ssa_desktop.ui.common.combos import make_combo


def test_alt_t_on_the_kind_list_neither_switches_it_nor_keeps(open_letter, ctx, records,
                                                                qtbot):
    dialog = open_letter()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.kind_box.setFocus()
    QTest.keyClick(dialog.kind_box, Qt.Key.Key_End)   # the last kind: „Allgemeiner Brief“
    assert dialog.kind_box.currentData() == "general"
    assert not dialog.keep_button.isEnabled()   # no built-in letter of this kind
    for _ in range(2):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        # an Alt letter presses its button at once (Qt clicks it 100 ms later): none went down
        assert not dialog.keep_button.isDown()
    assert dialog.kind_box.currentData() == "general"
    assert documents.documents_of_person(ctx.conn, records["person"]) == []


def test_a_list_takes_no_alt_or_strg_letter_as_type_ahead(qtbot):
    combo = make_combo("Art")
    qtbot.addWidget(combo)
    combo.addItems(["Allgemein", "Teilnahme", "Termin"])
    combo.show()
    for modifier in (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier):
        QTest.keyClick(combo, Qt.Key.Key_T, modifier)
        assert combo.currentText() == "Allgemein"
    QTest.keyClick(combo, Qt.Key.Key_T)   # her plain letter still chooses
    assert combo.currentText() == "Teilnahme"
