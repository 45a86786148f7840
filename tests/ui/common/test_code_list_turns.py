"""A CodeListEdit puts the chosen codes above its field where both do not fit beside each
other (Gruppen's purposes at 640×360). It decided that only when its size changed: a first
purpose added by keys to an empty field of the same height left the codes beside the
field, which then stood past the widget's right edge (its hint cut by the form's edge)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QVBoxLayout, QWidget

from ssa_desktop.domain.catalogues import GROUP_PURPOSES
from ssa_desktop.ui.common.forms import CodeListEdit


def test_a_first_code_added_by_keys_puts_the_field_below_where_both_do_not_fit(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    purposes = CodeListEdit(GROUP_PURPOSES, accessible_name="Zweck des Angebots")
    purposes.set_hint("+ Zwecke eingeben …")
    layout.addWidget(purposes)
    layout.addStretch(1)
    purposes.set_codes(["OTH"])   # „Sonstiges“: one line, as high as the field
    chips = purposes.chips.minimumSizeHint().width()
    purposes.set_codes([])
    field = purposes.edit.minimumWidth()
    margins = layout.contentsMargins()
    # room for the field alone, not for „Sonstiges ×“ beside it
    window.resize(margins.left() + field + chips + margins.right(), 200)
    window.show()
    qtbot.waitExposed(window)
    assert purposes.width() < chips + purposes.layout().spacing() + field
    purposes.edit.setFocus()
    qtbot.keyClicks(purposes.edit, "Sonstiges")
    qtbot.keyClick(purposes.edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert purposes.codes() == ("OTH",)
    assert purposes.layout().direction() == QBoxLayout.Direction.TopToBottom
    edit = purposes.edit.geometry()
    assert edit.right() < purposes.width() and edit.width() >= field   # whole, in the widget
    # the last purpose removed (Backspace): the field alone, as before
    qtbot.keyClick(purposes.edit, Qt.Key.Key_Backspace)
    QApplication.processEvents()
    assert purposes.codes() == ()
    assert purposes.edit.geometry().right() < purposes.width()
