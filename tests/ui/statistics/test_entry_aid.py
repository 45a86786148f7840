"""Statistik → Eingabehilfe: the figures in the template's order, a copy button and a
tick per value, the clipboard cleared after 30 s like every other copy; the one-page PDF
read back. Also the staff block dialog in Einstellungen (1366×768 screenshots)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.services import staff
from ssa_desktop.services import statistics as stats
from ssa_desktop.ui.common import clipboard
from ssa_desktop.ui.settings.staff_dialog import StaffDialog
from tests.kvjs import fixture
from tests.ui.statistics.test_statistics_area import _area as shown_area

# screenshots go to the test's temporary folder unless SSA_SHOTS_DIR names one
# (docs/screenshots/i19-*.png were made with SSA_SHOTS_DIR set)
SHOTS_DIR = os.environ.get("SSA_SHOTS_DIR", "")


def _area(ctx, qtbot, scope_text="Gemeinschaftsschule Am Park (GMS-1)"):
    area = shown_area(ctx, qtbot)
    with clock.frozen(date(2026, 10, 5)):
        index = area.scope_box.findText(scope_text)
        if index != area.scope_box.currentIndex():
            area.report = None
            area.scope_box.setCurrentIndex(index)
            area.compute()
            qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
    return area


def test_values_in_template_order_copied_with_a_tick(ctx, qtbot):
    area = _area(ctx, qtbot)
    aid = area.entry_aid
    area.tabs.setCurrentWidget(aid)
    lines = aid.values()
    # the template's order: first the Zentrale Kennzahlen, as the web form asks
    assert [(line.label, line.text) for line in lines[:4]] == [
        ("Anzahl Schüler:innen", "400"), ("Stellenumfang (Prozent einer Vollzeitstelle)", "50"),
        ("Vollzeitäquivalente", "0,5"), ("Stellen je 1.000 Schüler:innen", "1,25")]
    assert [line.label for line in lines] == [r.label for r in area.report.rows]
    contacts = next(i for i, line in enumerate(lines) if line.label == "Beratungskontakte")
    assert aid.progress.text().startswith("0 von ")
    QTest.mouseClick(aid.buttons[contacts], Qt.LeftButton)
    assert QGuiApplication.clipboard().text() == "6"
    assert aid.ticks[contacts].text() == "✓" and aid.ticks[contacts + 1].text() == ""
    assert aid.progress.text().startswith("1 von ")
    assert aid.buttons[contacts + 1].hasFocus()  # on to the next figure
    QTest.keyClick(aid.buttons[contacts + 1], Qt.Key_Space)  # the keyboard works too
    assert QGuiApplication.clipboard().text() == lines[contacts + 1].text
    # cleared like every other copy: marked secret, wiped after 30 s if still ours
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.data(clipboard.KDE_HINT) == b"secret"
    assert clipboard._the_guard().timer.interval() == 30_000
    clipboard._the_guard().timer.timeout.emit()
    assert QGuiApplication.clipboard().text() == ""
    area.clear()
    assert aid.values() == []  # nothing stays on screen after lock


def test_post_with_two_school_types_and_screenshot(ctx, qtbot, tmp_path):
    shots = Path(SHOTS_DIR) if SHOTS_DIR else tmp_path
    area = _area(ctx, qtbot, "Stelle: Stelle Nord")
    header = [area.form.headerItem().text(i) for i in range(area.form.columnCount())]
    assert header[-2:] == ["davon RS", "davon GMS"]
    area.tabs.setCurrentWidget(area.entry_aid)
    QTest.mouseClick(area.entry_aid.buttons[0], Qt.LeftButton)
    QTest.mouseClick(area.entry_aid.buttons[1], Qt.LeftButton)
    qtbot.wait(50)
    assert area.grab().save(str(shots / "i19-eingabehilfe.png"))
    clipboard.clear_sensitive()


def test_entry_aid_pdf_is_one_page(ctx, tmp_path):
    fixture.build(ctx.conn)
    with clock.frozen(date(2026, 10, 5)):
        rep = stats.report(ctx.conn, fixture.YEAR, stats.Scope("post", "post-1"),
                           previous_years=0)
        path = stats.write_entry_aid(rep, tmp_path / stats.entry_aid_file_name(rep))
    assert path.name == "Eingabehilfe_Stelle-Nord-post-1_2025-26.pdf"
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Eingabehilfe KVJS-Onlineverfahren" in text
    assert "Beratungskontakte 8" in text and "Abgeschlossene Fälle 3" in text
    for line in stats.entry_lines(rep):  # every figure is on the page
        assert line.label.strip()[:20] in text, line.label


def _settings_shot(ctx, qtbot, dialog, shots: Path) -> None:
    """Einstellungen at 1366×768 with the dialog over it, as she sees it."""
    from PySide6.QtGui import QPainter

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.settings.area import SettingsArea
    from ssa_desktop.ui.settings_store import SettingsStore
    from tests.support.memory_keyring import MemoryKeyring

    area = SettingsArea(ctx, settings=SettingsStore(shots / "i19-settings.ini"),
                        keystore=DeviceKeyStore(MemoryKeyring()))
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    qtbot.wait(50)
    shot = area.grab()
    painter = QPainter(shot)
    front = dialog.grab()
    painter.drawPixmap((shot.width() - front.width()) // 2, (shot.height() - front.height()) // 2,
                       front)
    painter.end()
    assert shot.save(str(shots / "i19-staff-block.png"))
    (shots / "i19-settings.ini").unlink(missing_ok=True)


def test_staff_block_dialog_and_screenshot(ctx, qtbot, tmp_path):
    fixture.build(ctx.conn)
    dialog = StaffDialog(ctx, "post-1", fixture.YEAR)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.qualification.setText("")
    QTest.keyClicks(dialog.qualification, "Soziale Arbeit (B.A.)")
    dialog.has_from.setChecked(True)
    dialog.employed_from.set_date(date(2025, 10, 1))
    assert dialog.months.text().startswith("10 besetzt, 2 unbesetzt")
    assert dialog.fte.text() == "0,75"
    dialog.employer.set_code("free")
    size = dialog.sizeHint()
    assert size.width() <= 1366 and size.height() <= 768
    dialog.resize(size)
    _settings_shot(ctx, qtbot, dialog, Path(SHOTS_DIR) if SHOTS_DIR else tmp_path)
    dialog.fixed_term.setChecked(True)  # fixed-term without an end: refused, text kept
    dialog.accept()
    assert "das Ende angeben" in dialog.error.text()
    assert dialog.qualification.text() == "Soziale Arbeit (B.A.)"
    dialog.fixed_term.setChecked(False)
    dialog.accept()
    block = staff.block(ctx.conn, "post-1", fixture.YEAR)
    assert block.stored and block.months_filled == 10
    assert (block.staff.qualification, block.staff.employer_type) == \
        ("Soziale Arbeit (B.A.)", "free")


def test_verwendungsnachweis_from_the_area(ctx, qtbot, tmp_path):
    area = _area(ctx, qtbot)
    area.write_verwendungsnachweis(fixture.YEAR, tmp_path / "v.pdf")
    qtbot.waitUntil(lambda: "Verwendungsnachweis gespeichert" in area.status.text(),
                    timeout=10000)
    assert (tmp_path / "v.pdf").exists()


def test_the_rows_are_built_when_the_tab_is_first_shown_and_again_for_a_new_count(ctx, qtbot):
    """Issue 21: the Eingabehilfe laid out four widgets per figure (about 600, each tick
    with its own style sheet: 10 MB on ten years) at every count, while its tab was never
    opened. Now a count only keeps its lines; the widgets come when the tab is shown."""
    area = _area(ctx, qtbot)
    aid = area.entry_aid
    assert not aid.isVisible() and aid.values()
    assert aid.grid.count() == 0 and aid.findChildren(type(aid.pdf_button)) == [aid.pdf_button]
    assert aid.progress.text().startswith("0 von ")
    # she opens the tab with the keyboard: Strg+Tab moves to the next page
    area.tabs.setFocus()
    while area.tabs.currentWidget() is not aid:
        QTest.keyClick(area.tabs, Qt.Key_Tab, Qt.ControlModifier)
    assert aid.isVisible() and len(aid.buttons) == len(aid.values()) > 0
    assert aid.buttons[0].isVisible()
    QTest.keyClick(aid.buttons[0], Qt.Key_Space)
    assert aid.ticks[0].text() == "✓"
    # a new count while the tab is in front: laid out again at once, ticks empty
    loads = area.report
    area.compute()
    qtbot.waitUntil(lambda: area.report is not loads, timeout=10000)
    assert len(aid.buttons) == len(aid.values()) and aid.ticks[0].text() == ""
    clipboard.clear_sensitive()
