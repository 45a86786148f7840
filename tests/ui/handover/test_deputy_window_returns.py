"""Issue 64 item 5 in the deputy's window: she is told what a return means, ticks her
last one with Alt+L, and her package is remembered in her (encrypted) vault until it
expires, so that she opens it again without the path and the 64-character key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.ui.handover.deputy_window import DeputyWindow
from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.ui.handover.deputy_fixture import PERIOD, WORKDAY


def _shown() -> list[DeputyWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, DeputyWindow) and w.isVisible()]


def test_the_window_says_what_a_return_means(deputy_window):
    said = deputy_window.return_hint.text()
    assert "Frau Albers" in said
    assert "bis zum 22.01.2027" in said          # the last day before the expiry
    assert "nur, was neu ist" in said
    assert "letzte Rückgabe" in said
    assert deputy_window.return_hint.isVisible()
    assert deputy_window.return_hint.accessibleName() in ("", said)   # read as shown
    assert "beendet die Vertretung" in deputy_window.last_box.accessibleName()


def test_the_last_return_is_ticked_with_alt_l(deputy_window, qtbot, tmp_path, deputy_package):
    out = tmp_path / "rueck"
    out.mkdir()
    deputy_window.persons.setFocus()
    QTest.keyClick(deputy_window.persons, Qt.Key_L, Qt.AltModifier)
    qtbot.waitUntil(deputy_window.last_box.isChecked)   # a mnemonic clicks animated
    with clock.frozen(WORKDAY):
        deputy_window.write_return(out)
    [written] = list(out.iterdir())
    pkg, _info = svc.open_package(written, deputy_package.key_text, today=WORKDAY)
    try:
        assert q.meta(pkg)["last_return"] == "1"
    finally:
        pkg.close()
    assert "die letzte Rückgabe" in deputy_window.status.text()


def test_her_package_opens_again_without_path_and_key(ctx, qtbot, deputy_package):
    with clock.frozen(WORKDAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        first = panel.open_package(deputy_package.path, deputy_package.key_text)
        first.close()                                  # she closed it herself
        assert _shown() == []
        dialog = panel.choose_package()
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.remembered.isVisible()
        assert "Frau Albers" in dialog.remembered.currentText()
        assert dialog.key.text() == ""                 # the key is not put on screen
        QTest.keyClick(dialog.remembered, Qt.Key_Return)
        qtbot.waitUntil(lambda: len(_shown()) == 1)
        [again] = _shown()
        assert again.info.package_id == deputy_package.package_id
        assert again.persons_model.rowCount() == 2
        again.close()


def test_after_the_expiry_nothing_is_remembered(ctx, qtbot, deputy_package):
    with clock.frozen(WORKDAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        panel.open_package(deputy_package.path, deputy_package.key_text).close()
        assert len(svc.remembered_packages(ctx.conn)) == 1
    assert svc.remembered_packages(ctx.conn, PERIOD.expires) == []
    with clock.frozen(PERIOD.expires):
        dialog = panel.choose_package()
        assert not dialog.remembered.isVisible()
        dialog.reject()
