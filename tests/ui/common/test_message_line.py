"""The shared message line (ui/common/message_line.py): a real long message — an export's
„Geschrieben: …“ with four file names and a long folder without spaces — moves no button,
stays whole on screen within the window's width, can be selected, and a screen reader gets
it whole (issue 64, finding 7)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from ssa_desktop.ui.common.message_line import MessageLine, add_last, error_line
from tests.ui.shell.whole import button_places, moved_buttons

LONG = ("Geschrieben: KVJS-Statistik-2026-27.xlsx, KVJS-Zeitanteile-2026-27.xlsx, "
        "Jahresbericht-2026-27.pdf, Eingabehilfe-2026-27.pdf in "
        "C:/Users/jana.mueller/OneDrive-Traeger-Jugendhilfe-Musterstadt/Dokumente/Statistik")


def _dialog(qtbot, size: QSize) -> tuple[QDialog, MessageLine]:
    """A form, its buttons and the message line last, as the product's dialogs have it."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    intro = QLabel("Die Statistik des Schuljahres wird in den gewählten Ordner geschrieben: "
                   "vier Dateien, die der Träger erwartet.")
    intro.setWordWrap(True)
    layout.addWidget(intro)
    form = QFormLayout()
    form.addRow("Titel", QLineEdit())
    layout.addLayout(form)
    layout.addWidget(QPushButton("Exportieren"))
    layout.addWidget(QPushButton("Schließen"))
    line = add_last(layout, error_line("Fehlermeldung"))
    dialog.show()
    # no room to spare, as a dialog opens at its size (the window manager's first size)
    dialog.resize(size.width(), size.height() or layout.totalHeightForWidth(size.width()))
    qtbot.waitExposed(dialog)
    return dialog, line


def _whole_on_screen(dialog: QDialog, line: MessageLine) -> bool:
    """Every line of the text drawn inside the window: as high as its text at its width,
    never wider than the window, not cut at its bottom."""
    at = line.mapTo(dialog, line.rect().topLeft())
    return (line.height() >= line.heightForWidth(line.width())
            and at.x() + line.width() <= dialog.width()
            and at.y() + line.height() <= dialog.height())


def test_a_long_message_moves_no_button_and_stays_whole(qtbot):
    for size in (QSize(560, 0), QSize(300, 0)):  # wide, and narrow as at 200 %
        dialog, line = _dialog(qtbot, size)
        before = button_places(dialog)
        line.say(LONG)
        assert moved_buttons(before, dialog) == []
        assert _whole_on_screen(dialog, line)
        assert line.height() >= 3 * line.fontMetrics().height()  # wrapped, not elided
        assert dialog.width() == size.width()  # the window did not widen
        assert line.text() == line.accessibleName() == LONG
        assert line.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        assert line.toolTip() == ""  # nothing hides in a tool tip


def test_a_long_word_breaks_within_the_width(qtbot):
    dialog, line = _dialog(qtbot, QSize(300, 0))
    path = "C:/Users/" + "x" * 120 + "/Statistik.xlsx"
    line.setText(path)
    qtbot.waitUntil(lambda: _whole_on_screen(dialog, line))
    assert line.width() <= dialog.width()
    assert line.height() >= 2 * line.fontMetrics().height()


def test_without_a_message_the_line_takes_the_room_below_the_buttons(qtbot):
    dialog, line = _dialog(qtbot, QSize(560, 400))
    buttons = button_places(dialog)
    assert max(at.y() for at in buttons.values()) < line.y()


def test_beside_a_list_the_list_gives_the_room_and_a_shorter_message_keeps_it(qtbot):
    """The documents' place: the list, the line right below it, then the buttons."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QListWidget(), 1)
    line = error_line()
    layout.addWidget(line)
    layout.addWidget(QPushButton("Exportieren …"))
    dialog.show()
    dialog.resize(300, 240)
    qtbot.waitExposed(dialog)
    before = button_places(dialog)
    line.say(LONG)
    assert moved_buttons(before, dialog) == []
    assert _whole_on_screen(dialog, line)
    long_height = line.height()
    line.say("Gespeichert.")
    assert moved_buttons(before, dialog) == []
    assert line.height() == long_height  # the room stays while it shows
    line.clear()
    assert moved_buttons(before, dialog) == []
    assert line.height() < long_height  # an empty line gives it back to the list
