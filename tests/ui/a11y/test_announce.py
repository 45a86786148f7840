"""Messages a screen reader must hear: named by their words (not "Fehlermeldung"),
with the AlertMessage role whose new text is announced."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.common.announce import MessageLabel
from tests.conftest import FAST_KDF
from tests.support.main_windows import shown_main_window


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil):
    return shown_main_window(ctx, qtbot, tmp_path)


def _red_lines_not_announced(root) -> list[str]:
    return [label.accessibleName() or label.objectName() or type(label.parent()).__name__
            for label in root.findChildren(QLabel)
            if "b00020" in label.styleSheet() and not isinstance(label, MessageLabel)]


def test_every_red_message_line_is_announced(window, pupil, qtbot):
    for spec in AREAS:
        window.show_area(spec.key)
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    for index in range(persons.page.tabs.count()):
        persons.page.tabs.setCurrentIndex(index)
    dialog = window.open_quick_entry()
    assert _red_lines_not_announced(window) == []
    assert _red_lines_not_announced(dialog) == []


def test_the_unlock_error_is_named_by_its_words(qtbot, vault_dir, open_vault):
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    dialog = UnlockDialog(vault_dir, kdf_params=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("falsch falsch falsch")
    dialog.try_unlock()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=30000)
    iface = QAccessible.queryAccessibleInterface(dialog.error_label)
    assert iface.role() == QAccessible.Role.AlertMessage
    assert iface.text(QAccessible.Text.Name).startswith("Die Passphrase ist falsch")


def test_the_status_bar_is_named_by_its_message(window):
    window.show_status("Gespeichert: Kontakt mit K-17")
    iface = QAccessible.queryAccessibleInterface(window.statusBar())
    assert iface.text(QAccessible.Text.Name) == "Gespeichert: Kontakt mit K-17"
    vault = QAccessible.queryAccessibleInterface(window.vault_label)
    assert vault.role() == QAccessible.Role.AlertMessage
    assert vault.text(QAccessible.Text.Name) == window.vault_label.text()


def test_a_label_is_read_with_its_entities_and_without_its_tags():
    """``plain`` decodes entities only when there are some (html stays off the start
    path) and reads a mnemonic's "&&" as one "&"."""
    from ssa_desktop.ui.common.announce import plain

    assert plain("<b>Tresor</b> &amp; Sicherung") == "Tresor & Sicherung"
    assert plain("Schule &&  Jugendhilfe") == "Schule & Jugendhilfe"
    assert plain("Kein&nbsp;Zeichen") == "Kein Zeichen"   # a reader pauses as for a space
    assert plain("Zeile<br>zwei") == "Zeile zwei"


def test_a_message_notice_goes_with_its_window_and_is_never_brought_forward(qtbot):
    """On AT-SPI a message is said by a notice, a 1×1 window of its own beneath the
    message's window: it hides with that window (no message stays readable after a
    dialog closes) and a second start brings the window forward, never a notice."""
    from PySide6.QtWidgets import QApplication, QDialog

    from ssa_desktop import app as app_module
    from ssa_desktop.ui.common import announce

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    announce._notice(dialog, "Gruppe 1 von 8: 21AE 7612")

    def notices() -> list:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, announce._Notice)]

    qtbot.waitUntil(lambda: notices() != [])  # shown once the event loop turns
    assert [n.accessibleName() for n in notices()] == ["Gruppe 1 von 8: 21AE 7612"]
    dialog.hide()
    assert not isinstance(app_module._front_window(QApplication.instance()), announce._Notice)
    assert [n for n in notices() if n.isVisible()] == []
