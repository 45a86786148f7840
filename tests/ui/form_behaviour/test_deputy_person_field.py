"""The deputy window's person fields take what quick entry takes: `k17`, the pseudonym
and (while names are shown) a name (issue 31 item 7, "Every person field")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from tests.ui.handover.conftest import deputy_package, deputy_window  # noqa: F401 - fixtures
from tests.ui.handover.deputy_fixture import WORKDAY
from tests.ui.handover.test_deputy_keyboard import window  # noqa: F401 - the fixture


def _target():
    return QApplication.activePopupWidget() or QApplication.focusWidget()


@pytest.mark.parametrize("dialog_of", ["add_contact", "add_appointment"])
@pytest.mark.parametrize("typed", ["k17", "K 17", "K-17"])
def test_the_person_field_takes_k17(window, qtbot, dialog_of, typed):  # noqa: F811
    with clock.frozen(WORKDAY):
        dialog = getattr(window, dialog_of)()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.person.setFocus(Qt.TabFocusReason)
        QTest.keyClick(_target(), Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(_target(), typed)
        QTest.keyClick(_target(), Qt.Key_Tab)
        assert not dialog.person.is_refused(), dialog.person.toolTip()
        assert dialog.person.currentText().startswith("K-17")
        dialog.reject()
