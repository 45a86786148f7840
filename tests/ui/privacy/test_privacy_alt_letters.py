"""Datenschutz with her keys (session 24, issue 65): none of the area's buttons had an
Alt letter – „Ausgewählte löschen …“, „Sperre setzen …“, „Jetzt sichern“ were reached
only by Tab after Tab. Each now has its letter, once on its page with the menus, in
German and in English, and Alt+letter presses it (a real key event)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
)

from tests.support.languages import in_language
from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes, letter

KEYS = {chr(c): getattr(Qt.Key, f"Key_{chr(c).upper()}") for c in range(ord("a"), ord("z") + 1)}


@pytest.fixture(params=["de", "en"])
def window(request, qapp, ctx, qtbot, tmp_path, pupil):
    with in_language(request.param):
        yield active_main_window(ctx, qtbot, tmp_path, size=(1366, 768))


def _buttons(page) -> list[QAbstractButton]:
    return [b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]


def test_every_button_of_every_page_has_its_own_alt_letter(window, qtbot):
    area = window.show_area("privacy")
    found, unlettered = {}, []
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        page = area.tabs.currentWidget()
        if index == 0:   # the advice bar's buttons come with the row chosen: all at once
            area.advice.show()
            for button in (area.advice.whereabouts_button, area.advice.person_button,
                           area.advice.holds_button):
                button.show()
        unlettered += [b.text() for b in _buttons(page) if not letter(b.text())]
        if clashes(window):
            found[area.tabs.tabText(index)] = clashes(window)
    assert unlettered == [], "\n".join(unlettered)
    assert found == {}


def test_alt_letter_presses_the_button(window, qtbot):
    area = window.show_area("privacy")
    area.tabs.setCurrentWidget(area.page("backups"))
    button = area.page("backups").backup_button
    pressed: list[bool] = []
    button.clicked.disconnect()
    button.clicked.connect(lambda *_: pressed.append(True))
    button.setEnabled(True)
    area.tabs.list.setFocus()
    with qtbot.waitSignal(button.clicked, timeout=5_000):   # a mnemonic clicks late
        QTest.keyClick(QApplication.focusWidget(), KEYS[letter(button.text())],
                       Qt.KeyboardModifier.AltModifier)
    assert pressed == [True]


def test_every_period_field_of_the_rules_has_its_label_and_alt_letter(window, qtbot):
    """Session 25: Regeln und Fristen's 18 period fields had labels without a letter – she
    tabbed through every field to the one period she meant. Each label now has a letter
    (the first of its words the page and the menus leave free), once in the window, and
    Alt+letter, a real key event, puts the keyboard into its field."""
    area = window.show_area("privacy")
    area.tabs.setCurrentIndex(area._pages["rules"])
    page = area.page("rules")
    fields = list(area._period_fields.values())
    labels = {label.buddy(): label for label in page.findChildren(QLabel)
              if label.buddy() is not None and label.isVisibleTo(page)}
    assert [f.accessibleName() for f in fields if f not in labels] == []
    assert [labels[f].text() for f in fields if not letter(labels[f].text())] == []
    assert clashes(window) == {}
    for field in fields:
        area.tabs.list.setFocus()
        QTest.keyClick(QApplication.focusWidget(), KEYS[letter(labels[field].text())],
                       Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is field, labels[field].text()


def test_every_field_of_every_page_has_its_alt_letter(window, qtbot):
    """Session 25, walking Datenschutz by keyboard: Sicherungen' „Aufbewahren höchstens:“
    named its field without a letter. Every field of every page (a number, a line, a
    choice) now has a label with one, and Alt+letter puts the keyboard into it."""
    area = window.show_area("privacy")
    found = {}
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        page = area.tabs.currentWidget()
        fields = [w for kind in (QAbstractSpinBox, QLineEdit, QComboBox)
                  for w in page.findChildren(kind)
                  if w.isVisibleTo(window) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                  and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]
        labels = {label.buddy(): label for label in page.findChildren(QLabel)
                  if label.buddy() is not None and label.isVisibleTo(window)
                  and letter(label.text())}
        for field in fields:
            if field not in labels:
                found[area.tabs.tabText(index)] = field.accessibleName()
                continue
            area.tabs.list.setFocus()
            QTest.keyClick(QApplication.focusWidget(), KEYS[letter(labels[field].text())],
                           Qt.KeyboardModifier.AltModifier)
            if QApplication.focusWidget() is not field:
                found[area.tabs.tabText(index)] = f"Alt+{letter(labels[field].text())}"
    assert found == {}
