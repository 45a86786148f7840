"""Session 26, tester W: filing a PDF to a pupil of the demo vault (Alt+T, Alt+Z) at
1280×720, „Dokument hinzufügen“ opened 620 pixels wide while its form needs more (the
„Gehört zu“ list names a consent in full): the form scrolled sideways, its labels („Datum“,
„Gehört zu“) cut at the left edge. It opens at least as wide as its form, within the
screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import documents
from ssa_desktop.services import persons as persons_svc
from tests.support.main_windows import demo_main_window, make_active
from tests.ui.documents.conftest import add_document_dialog, pupil_page
from tests.ui.shell.whole import cut_labels, sideways


def test_add_dialog_opens_whole_for_a_demo_pupil(qtbot, tmp_path, monkeypatch):
    window = demo_main_window(qtbot, tmp_path, (1280, 720))
    make_active(qtbot, window)
    conn = window.ctx.conn
    pupil = max((choice.id for choice in persons_svc.person_choices(conn)),
                key=lambda pid: max(len(label) for _o, label in
                                    documents.owner_choices(conn, pid)))
    persons = pupil_page(window, pupil)   # the demo pupil with the longest record label
    dialog = add_document_dialog(qtbot, persons, tmp_path, monkeypatch)
    longest = max((dialog.owner.itemText(i) for i in range(dialog.owner.count())), key=len)
    assert len(longest) > 70, "the demo pupil's longest record label is long"
    assert sideways(dialog) == []
    assert cut_labels(dialog) == []
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
