"""The crawl: open every area of the main window, every tab of a few persons, every
Datenschutz page and the reports, and collect every error a user or a developer would
see on the way (``Watch``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from ssa_desktop.domain import clock
from ssa_desktop.reports.deletion_log import write_deletion_log
from ssa_desktop.services import appointments, retention
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.background import wait_for_all
from ssa_desktop.ui.common.messages import GENERIC_ERROR
from ssa_desktop.ui.privacy.pages import PAGES
from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog
from ssa_desktop.ui.reports.slip_dialog import SlipPrintDialog
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.support.main_windows import shown_main_window

UNEXPECTED = "unerwarteter Fehler"   # what ``diagnostics.log_exception`` writes
PERSONS_OPENED = 3


class Watch:
    """Every error seen during the crawl, as "<where>: <what>": the generic failure
    sentence in a status line, a label or a message box (a modal box is recorded and
    closed so that the crawl goes on)."""

    def __init__(self, ctx):
        self.errors: list[str] = []
        self.where = "start"
        self._earlier = set(QApplication.topLevelWidgets())   # an earlier test's windows
        ctx.status_message.connect(self._said)
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._close_modal)
        self._timer.start()

    def _said(self, text: str) -> None:
        if GENERIC_ERROR in text:
            self.errors.append(f"{self.where}: status: {text}")

    def _close_modal(self) -> None:
        box = QApplication.activeModalWidget()
        if box is None or box in self._earlier:
            return
        text = box.text() if isinstance(box, QMessageBox) else box.windowTitle()
        self.errors.append(f"{self.where}: modal window: {text}")
        box.reject()

    def look(self) -> None:
        """The generic failure sentence in any visible label."""
        for widget in QApplication.allWidgets():
            if (isinstance(widget, QLabel) and widget.isVisible()
                    and GENERIC_ERROR in widget.text()):
                self.errors.append(f"{self.where}: label: {widget.text()}")

    def stop(self) -> None:
        self._timer.stop()


def settle() -> None:
    """Until every background load has arrived and been shown."""
    for _ in range(2):
        QApplication.processEvents()
        wait_for_all(30_000)
        QApplication.processEvents()


def main_window(ctx, qtbot, scratch: Path) -> MainWindow:
    return shown_main_window(ctx, qtbot, scratch, (1280, 720))


def close(window: MainWindow) -> None:
    """The window and what it opened gone (a crawl after many must not slow down)."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    settle()


def crawl(window: MainWindow, qtbot, scratch: Path) -> list[str]:
    """Open everything in ``window``; the errors seen (none: all well)."""
    watch = Watch(window.ctx)
    try:
        _step(watch, "start", settle)
        for spec in AREAS:
            _step(watch, f"area {spec.key}", lambda key=spec.key: window.show_area(key))
        _persons(watch, window)
        _privacy(watch, window, qtbot)
        _reports(watch, window, qtbot, scratch)
        _goals(watch, window, qtbot, scratch)
    finally:
        watch.stop()
    return watch.errors


def _step(watch: Watch, where: str, action) -> None:
    watch.where = where
    action()
    settle()
    watch.look()


def _persons(watch: Watch, window) -> None:
    area = window.show_area("persons")
    conn = window.ctx.conn
    ids = [p.id for p in repo.PERSONS.all(conn)][:PERSONS_OPENED]
    ids += [p.person_id for p in repo.CP_PROCEDURES.all(conn)][:1]
    for person_id in ids:
        _step(watch, f"person {person_id}", lambda pid=person_id: area.open_record(pid))
        for index in range(area.page.tabs.count()):
            _step(watch, f"person tab {area.page.tabs.tabText(index)}",
                  lambda i=index: area.page.tabs.setCurrentIndex(i))


def _privacy(watch: Watch, window, qtbot) -> None:
    area = window.show_area("privacy")
    watch.where = "Datenschutz load"
    qtbot.waitUntil(lambda: area.loaded >= 1 or bool(watch.errors)
                    or GENERIC_ERROR in area.status.text(), timeout=30_000)
    if GENERIC_ERROR in area.status.text():
        watch.errors.append(f"Datenschutz: {area.status.text()}")
    for entry in PAGES:
        _step(watch, f"Datenschutz {entry.key}",
              lambda key=entry.key: area.tabs.setCurrentWidget(area.page(key)))


def _reports(watch: Watch, window, qtbot, scratch: Path) -> None:
    ctx = window.ctx
    today = clock.today()
    dialogs = {
        "Jahresbericht": lambda: AnnualReportDialog(ctx, window),
        "Beratungszettel": lambda: SlipPrintDialog(
            ctx, lambda conn: appointments.slips_for_day(conn, today), window),
    }
    for name, build in dialogs.items():
        dialog = build()
        qtbot.addWidget(dialog)
        _step(watch, f"report {name}", dialog.show)
        dialog.close()
    watch.where = "report Löschprotokoll"
    pdf = scratch / "Loeschprotokoll.pdf"
    write_deletion_log(str(pdf), retention.deletion_log(ctx.conn))
    assert pdf.read_bytes().startswith(b"%PDF")


GOALS_OPENED = 3


def _goals(watch: Watch, window, qtbot, scratch: Path) -> None:
    """Statistik → Zielerreichung, and the goals list, trend and its print of a few goals."""
    from ssa_desktop.services import goals
    from ssa_desktop.storage import goals_repo
    from ssa_desktop.ui.persons.goals_dialog import GoalsDialog, TrendDialog

    area = window.show_area("statistics")
    _step(watch, "Statistik Zielerreichung", lambda: area.tabs.setCurrentWidget(area.goal_outcomes))
    ctx = window.ctx
    for goal in goals_repo.CASE_GOALS.all(ctx.conn)[:GOALS_OPENED]:
        for name, build in (("Ziele", lambda gl=goal: GoalsDialog(ctx, gl.case_id, window)),
                            ("Zielverlauf", lambda gl=goal: TrendDialog(ctx, gl.id, window))):
            dialog = build()
            qtbot.addWidget(dialog)
            _step(watch, f"{name} {goal.id}", dialog.show)
            dialog.close()
        watch.where = f"Zielverlauf PDF {goal.id}"
        pdf = goals.write_trend(ctx.conn, goal.id, scratch / "Zielverlauf.pdf", topics=True, notes=True)
        assert pdf.read_bytes().startswith(b"%PDF")
