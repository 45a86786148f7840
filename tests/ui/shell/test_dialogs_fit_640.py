"""Session 26, tester W2: at 200 % on a 1280×720 laptop (640×360 logical) „Dokument
hinzufügen …“ scrolled sideways (its check box „Originaldatei danach überschreiben und
löschen“ cannot wrap) and so did „Brief erstellen …“ (its preview held a fixed minimum
width). Both open whole: no sideways scroll bar, no label cut — reached by her keys from a
demo pupil's page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import persons as persons_svc
from ssa_desktop.ui.common import screen_fit
from ssa_desktop.ui.letters.dialog import LetterDialog
from tests.support.main_windows import demo_main_window, make_active
from tests.ui.documents.conftest import add_document_dialog, pupil_page
from tests.ui.shell.whole import cut_labels, sideways

ALT = Qt.KeyboardModifier.AltModifier


# the room a dialog has on a 640×360 screen (the offscreen screen is larger): less the
# window frame, as ``screen_fit.free_size`` reckons it
ROOM = QSize(640, 360) - screen_fit.FRAME


def _pupil_page(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(screen_fit, "free_size", lambda _widget=None: ROOM)
    window = demo_main_window(qtbot, tmp_path, (640, 360))
    make_active(qtbot, window)
    return window, pupil_page(window, persons_svc.person_choices(window.ctx.conn)[0].id)


def _shot(dialog, name):
    dialog.grab().save(f"/work/shots/W2/{name}.png")


def test_add_document_fits_at_640(qtbot, tmp_path, monkeypatch):
    _window, persons = _pupil_page(qtbot, tmp_path, monkeypatch)
    dialog = add_document_dialog(qtbot, persons, tmp_path, monkeypatch)
    _shot(dialog, "add-document-640")
    assert dialog.width() <= ROOM.width()
    assert sideways(dialog) == []
    assert cut_labels(dialog) == []
    # the check box keeps its name for the screen reader and its Alt letter
    assert dialog.shred.accessibleName() == "Originaldatei danach überschreiben und löschen"
    assert not dialog.shred.isChecked()
    make_active(qtbot, dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, ALT)   # &löschen
    qtbot.waitUntil(dialog.shred.isChecked)   # (a mnemonic clicks animated)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_letter_fits_at_640(qtbot, tmp_path, monkeypatch):
    _window, persons = _pupil_page(qtbot, tmp_path, monkeypatch)
    # as Strg+B opens it (``open_letter_dialog`` waits modally: shown here instead)
    dialog = LetterDialog(persons.ctx, persons.page.person.id, persons.page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.preview.image() is not None)
    _shot(dialog, "letter-640")
    assert dialog.width() <= ROOM.width()
    assert sideways(dialog) == []
    assert cut_labels(dialog) == []
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


