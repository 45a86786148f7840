"""The whereabouts dialog's refusal („Der … liegt in der Zukunft …“, two lines at its
width) takes no line of the explanation above it: it became a message line beside the
buttons that never made room for itself, and the explanation lost two of its lines."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock


def test_her_refusal_cuts_no_line_of_the_explanation(ctx, qtbot, pupil):
    from ssa_desktop.ui.privacy.advice import WhereaboutsDialog

    dialog = WhereaboutsDialog(ctx, pupil.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    intro = dialog.layout().itemAt(0).widget()
    assert intro.height() >= intro.heightForWidth(intro.width())
    dialog.day.set_date(clock.today() + timedelta(days=30))  # Abgang in the future
    dialog.kind.setFocus()
    QTest.keyClick(dialog.kind, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Zukunft" in dialog.message.text())
    qtbot.waitUntil(lambda: dialog.message.height()
                    >= dialog.message.heightForWidth(dialog.message.width()))
    assert intro.height() >= intro.heightForWidth(intro.width())
