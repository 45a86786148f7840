"""The Einwilligungen tab holds no typed text of its own: what she types for a consent is
in the „Einwilligung erfassen“ dialog, window-modal over the page. So Esc reaches the
dialog (which asks before her words go), and neither „Zurück zur Liste“ nor another
area's key (Strg+2) can take the page away under it. Real keys."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.main_windows import active_main_window, make_active
from tests.support.questions import answer, clicking, esc_asks_first

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def test_typed_consent_is_asked_about_and_the_page_stays(ctx, qtbot, tmp_path, pupil):
    window = active_main_window(ctx, qtbot, tmp_path)
    area = window.show_area("persons")
    area.open_record(pupil.id)
    area.page.tabs.setFocus()
    QTest.keyClick(area.page.tabs, Qt.Key.Key_I, ALT)              # E&inwilligungen
    panel = area.page.consents_panel
    panel.add_button.setFocus()
    _key(Qt.Key.Key_E, ALT)                                         # Einwilligung &erfassen …
    qtbot.waitUntil(lambda: getattr(panel, "_dialog", None) is not None
                    and panel._dialog.isVisible())
    dialog = panel._dialog
    make_active(qtbot, dialog)
    QTest.keyClicks(dialog.recipient, "Herr Roth (Klassenlehrer 7b)")
    _key(Qt.Key.Key_2, CTRL)                                        # another area: not now
    assert window.current_area_key() == "persons" and area.showing_page()
    esc_asks_first(qtbot)                                           # „Weiter bearbeiten“
    assert dialog.isVisible() and dialog.recipient.text() == "Herr Roth (Klassenlehrer 7b)"
    assert area.showing_page()
    discarded: list[str] = []
    answer(discarded, clicking("Verwerfen"))
    make_active(qtbot, dialog)
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert discarded and area.showing_page()
