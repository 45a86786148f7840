"""The assistant's result box stays until she has read it: each test reads it (Enter) before
it ends, as she does, so that the next test does not find it open."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _result_box_read(qapp):
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    for box in QApplication.topLevelWidgets():
        if (isinstance(box, QMessageBox) and box.isVisible()
                and box.windowTitle() == "Schuljahreswechsel übernommen"):
            QTest.keyClick(box, Qt.Key_Return)
