"""Esc in „Dokument hinzufügen“ after she typed the title asks before it goes (the dialog
closed at once: her title gone, the file to be chosen again); „Zurück“ keeps it and Enter
then saves it under her title. Opened and closed untouched, Esc asks nothing."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import documents as svc
from tests.support import document_files as f
from tests.support.main_windows import make_active
from tests.support.questions import esc_asks_first, esc_closes_at_once
from tests.ui.documents.conftest import ran

TITLE = "Schweigepflichtentbindung Jugendamt"


def _key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def _adding(open_panel, qtbot, tmp_path, pupil):
    panel = open_panel(pupil)
    scan = tmp_path / "scan_0815.pdf"
    scan.write_bytes(f.pdf())
    dialog = panel.add_file(str(scan))
    qtbot.waitExposed(dialog)
    make_active(qtbot, dialog)
    return panel, dialog


def test_esc_after_her_title_asks_and_keeps_it(open_panel, ctx, qtbot, tmp_path, pupil):
    panel, dialog = _adding(open_panel, qtbot, tmp_path, pupil)
    _key(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)          # &Titel
    _key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), TITLE)
    esc_asks_first(qtbot)                                        # „Zurück“: she keeps it
    assert shiboken6.isValid(dialog) and dialog.isVisible()
    assert dialog.title.text() == TITLE
    make_active(qtbot, dialog)           # the question gone, her window is hers again
    _key(Qt.Key.Key_Return)                                      # and saves it after all
    ran(qtbot)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    [doc] = svc.documents_of_person(ctx.conn, pupil.id)
    assert doc.title == TITLE


def test_esc_on_the_untouched_dialog_asks_nothing(open_panel, qtbot, tmp_path, pupil):
    _panel, dialog = _adding(open_panel, qtbot, tmp_path, pupil)
    esc_closes_at_once(qtbot, dialog)
