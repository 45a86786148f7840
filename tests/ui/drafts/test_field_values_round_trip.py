"""A form draft puts back on screen exactly what it read from each kind of field; an empty
value clears a field (a fixed choice keeps its entry) and never fails."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
)

from ssa_desktop.domain import clock
from ssa_desktop.domain.catalogues import TOPICS
from ssa_desktop.ui.common.forms import CodeListEdit, DateField, DurationField
from ssa_desktop.ui.notes.form_draft import read, write

FIRST, SECOND = TOPICS.codes()[0], TOPICS.codes()[1]


def _combo(editable: bool) -> QComboBox:
    combo = QComboBox()
    combo.addItems(["Klasse 5", "Klasse 6"])
    combo.setEditable(editable)
    return combo


CASES = [
    (lambda: DurationField(), 45, 45, 0),
    (lambda: CodeListEdit(TOPICS), [FIRST, SECOND, "Strei"], [FIRST, SECOND, "Strei"], []),
    (lambda: _combo(False), "Klasse 6", "Klasse 6", "Klasse 6"),  # no such entry: kept
    (lambda: _combo(True), "Klasse 7", "Klasse 7", ""),
    (lambda: QTimeEdit(), "14:35", "14:35", None),
    (lambda: QSpinBox(), 7, 7, 0),
    (lambda: QDoubleSpinBox(), 2.5, 2.5, 0),
    (lambda: QCheckBox(), True, True, False),
    (lambda: DateField(), "3.2.2026", "03.02.2026", None),
    (lambda: QLineEdit(), "Raum 7", "Raum 7", ""),
    (lambda: QPlainTextEdit(), "zwei\nZeilen", "zwei\nZeilen", ""),
]


@pytest.mark.parametrize(("make", "value", "shown", "cleared"), CASES)
def test_write_puts_back_what_read_gives(qtbot, make, value, shown, cleared):
    widget = make()
    qtbot.addWidget(widget)
    with clock.frozen(date(2026, 11, 24)):
        write(widget, value)
        assert read(widget) == shown
        write(widget, None)
        if cleared is not None:
            assert read(widget) == cleared


def test_a_date_field_shows_the_date_it_was_given(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    with clock.frozen(date(2026, 11, 24)):
        write(field, "3.2.2026")
    assert field.value() == date(2026, 2, 3) and not field.is_refused()
