"""Paketblatt drucken in both package dialogs: the save dialog offers the sheet beside
the package, and the sheet is written where she chose."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from ssa_desktop.domain import clock
from ssa_desktop.ui.handover.deputy_dialog import DeputyPackageDialog
from ssa_desktop.ui.handover.school_dialog import SchoolHandoverDialog
from tests.services.test_handover import _person
from tests.support.written import wait_written

TODAY = date(2026, 11, 23)


def _press_sheet_button(dialog, target, monkeypatch) -> list[str]:
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, start, _filters: offered.append(start)
                        or (str(target), ""))
    dialog.sheet_button.setFocus()
    QTest.keyClick(dialog.sheet_button, Qt.Key_Space)
    return offered


def test_the_school_package_sheet_beside_the_package(ctx, qtbot, tmp_path, monkeypatch):
    _person(ctx.conn, "Anna")
    with clock.frozen(TODAY):
        dialog = SchoolHandoverDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        QTest.keyClicks(dialog.successor, "Mara Ott")
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        wait_written(qtbot, dialog)
        offered = _press_sheet_button(dialog, tmp_path / "blatt.pdf", monkeypatch)
    assert offered == [str(dialog.package.path.with_suffix(".pdf"))]
    assert (tmp_path / "blatt.pdf").read_bytes().startswith(b"%PDF")
    assert "Paketblatt gespeichert" in dialog.info.text()
    dialog.accept()


def test_the_deputy_package_sheet_beside_the_package(ctx, qtbot, tmp_path, monkeypatch):
    _person(ctx.conn, "Anna")
    with clock.frozen(TODAY):
        dialog = DeputyPackageDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        QTest.keyClicks(dialog.deputy_name, "Jana Berger")
        QTest.keyClicks(dialog.for_name, "Frau Albers")
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        wait_written(qtbot, dialog)
        assert dialog.pages.currentIndex() == 1, dialog.error.text()
        offered = _press_sheet_button(dialog, tmp_path / "blatt.pdf", monkeypatch)
    assert offered == [str(dialog.package.path.with_suffix(".pdf"))]
    assert (tmp_path / "blatt.pdf").read_bytes().startswith(b"%PDF")
    assert "Paketblatt gespeichert" in dialog.sheet_status.text()
    dialog.accept()
