"""The § 9b box in „Regeln und Fristen“ says the option's declared label
(``rt.ENABLE_9B.label``) with an Alt letter added by rule (the first letter past its
legal basis, German and English): its text was written by hand beside the declaration,
so a changed label never reached the box. Real keys: Alt and the letter tick it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import retention as rt
from ssa_desktop.services import retention as svc
from ssa_desktop.ui.common.labels import mnemonic_letter
from tests.support.languages import in_language
from tests.ui.privacy.shared import shown_area

KEYS = {"e": Qt.Key.Key_E, "r": Qt.Key.Key_R, "a": Qt.Key.Key_A}


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _ticked_by_its_letter(ctx, qtbot, area) -> str:
    box = area.enable_9b
    area.tabs.setCurrentIndex(next(i for i in range(area.tabs.count())
                                   if area.tabs.widget(i).isAncestorOf(box)))
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    letter = mnemonic_letter(box.text())
    field = next(iter(area.period_fields.values()))
    field.setFocus()
    QTest.keyClick(field, KEYS[letter], Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(box.isChecked)                  # the button's click comes animated
    assert svc.engine(ctx.conn).enable_9b
    return letter


def test_the_box_says_the_declared_label(ctx, qtbot):
    area = shown_area(ctx, qtbot)
    assert _plain(area.enable_9b.text()) == rt.ENABLE_9B.label
    assert _ticked_by_its_letter(ctx, qtbot, area) == "e"             # eingeordnete …


def test_a_changed_declaration_reaches_the_box(ctx, qtbot, monkeypatch):
    label = "§ 9b SGB VIII: Akten nach Einordnung einschränken"
    monkeypatch.setattr(rt, "ENABLE_9B", replace(rt.ENABLE_9B, label=label))
    area = shown_area(ctx, qtbot)
    assert _plain(area.enable_9b.text()) == label
    assert area.enable_9b.accessibleName() == label
    assert _ticked_by_its_letter(ctx, qtbot, area) == "a"             # Akten …


@pytest.fixture
def english(qapp):
    with in_language("en"):
        yield


def test_in_english_the_box_says_the_translated_label(ctx, qtbot, english):
    area = shown_area(ctx, qtbot)
    assert _plain(area.enable_9b.text()) == ("§ 9b SGB VIII: restrict files placed under it "
                                             "instead of deleting them")
    assert _ticked_by_its_letter(ctx, qtbot, area) == "r"             # restrict …
