"""What the journey needs at every step: her clock (settable, never the wall clock), keys to
whatever has the focus, and a watch that fails on what she must never see – an ERROR log
record, an unexpected error on stderr, a message box saying „Die Aktion ist
fehlgeschlagen“."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ssa_desktop.domain import clock
from ssa_desktop.ui.common.messages import GENERIC_ERROR

UNEXPECTED = "SSA Desktop: unerwarteter Fehler"   # what diagnostics.log_exception writes


class Calendar:
    """The application's clock, moved by the journey: a day (at a time) at a time."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment
        clock.set_clock(lambda: self.moment)

    def go(self, day: date, at: time = time(12, 0)) -> None:
        self.moment = datetime.combine(day, at)


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class _BoxWatch(QObject):
    """Every message box shown is read; one saying the generic failure is noted (and, being
    modal, closed so that the journey goes on to report it)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.failures: list[str] = []

    def eventFilter(self, obj, event):  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Show and isinstance(obj, QMessageBox):
            text = f"{obj.text()} {obj.informativeText()}".strip()
            self.texts.append(text)
            if GENERIC_ERROR in text or "fehlgeschlagen" in text:
                self.failures.append(text)
        return False


@dataclass
class Watch:
    """Installed for the whole journey; ``check(step)`` fails naming the step."""

    capsys: object
    log: _Records = field(default_factory=_Records)
    boxes: _BoxWatch = field(default_factory=_BoxWatch)
    stderr: list[str] = field(default_factory=list)

    def install(self) -> Watch:
        logging.getLogger().addHandler(self.log)
        QApplication.instance().installEventFilter(self.boxes)
        return self

    def remove(self) -> None:
        logging.getLogger().removeHandler(self.log)
        QApplication.instance().removeEventFilter(self.boxes)

    def problems(self) -> list[str]:
        err = self.capsys.readouterr().err
        self.stderr.append(err)
        found = [f"ERROR log: {r.name}: {r.getMessage()}" for r in self.log.records]
        found += [f"message box: {t}" for t in self.boxes.failures]
        if UNEXPECTED in err:
            found.append("stderr: " + err[err.index(UNEXPECTED):][:800])
        return found

    def check(self, step: str, expect: Expectations | None = None, known: str = "") -> None:
        """Fails naming ``step`` when she saw an error since the last check; with
        ``expect`` the failure is noted there and the journey goes on."""
        found = self.problems()
        self.log.records.clear()
        self.boxes.failures.clear()
        if expect is not None:
            expect.check(not found, step, "she saw an error\n" + "\n".join(found), known)
            return
        assert not found, f"{step}: she saw an error\n" + "\n".join(found)


def focus() -> QWidget:
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def type_text(text: str) -> None:
    """Each character to the widget that has the focus when it arrives (ASCII: QTest
    cannot type an umlaut as a key)."""
    for ch in text:
        QTest.keyClicks(focus(), ch)


def key(k, modifier=Qt.NoModifier, widget: QWidget | None = None) -> None:
    QTest.keyClick(widget or focus(), k, modifier)


def replace_text(widget: QWidget, text: str) -> None:
    """Her keys into one field: select all of it, type over it."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(widget, text)


KNOWN = {
    "handover_privacy": "after a confirmed school handover the Datenschutz area stays empty "
                        "(KeyError 'handed_over_row')",
    "grid_lock": "a Wochenraster cell being typed is lost on Strg+L",
    "year_post": "after the Schuljahreswechsel the new year has no Stellenumfang, the grid "
                 "no school and rows",
    "deputy_lock": "the deputy window closes on Strg+L",
}


@dataclass
class Expectations:
    """Checks whose failure lets the journey go on: each failure is noted with the step and,
    where a known defect causes it, the defect's words; the test fails at its end naming
    them all."""

    failed: list[str] = field(default_factory=list)

    def check(self, ok: bool, step: str, what: str, known: str = "") -> bool:
        if not ok:
            because = f" [known defect: {KNOWN[known]}]" if known else ""
            self.failed.append(f"{step}: {what}{because}")
        return ok

    def assert_all(self) -> None:
        assert not self.failed, "expectations not met:\n" + "\n".join(self.failed)


def in_modal_dialog(steps, failures: list) -> None:
    """Run ``steps(dialog)`` once a modal dialog is open (it runs its own loop); an
    assertion inside is kept in ``failures`` (it cannot cross the dialog's loop) and the
    dialog is closed so that the journey can report it."""
    from PySide6.QtWidgets import QWidget

    from tests.support import questions

    def run(dialog):
        try:
            steps(dialog)
        except BaseException as err:  # noqa: BLE001 - handed to the test's own thread
            failures.append(err)
            dialog.reject()
    questions.when_open(QWidget, run)


def close_main_window(window, qtbot) -> None:
    """Close another person's main window (the deputy's, the successor's) and wait until it
    is locked and gone. A close during a critical write is a lock deferred until the write
    ends, and that lock closes every open dialog: left running, it closed a message box of
    her window two steps later (one full run)."""
    window.close()
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked and not window.isVisible(),
                    timeout=20000)
