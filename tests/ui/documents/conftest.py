"""The Dokumente tests' one day and panel (written once; every file here used its own
copy): the clock stands on ``TODAY`` in every test of this folder, and ``open_panel``
shows a person's „Dokumente“ panel, refreshed; ``ran`` waits for the one runner (adding
and exporting run there) and ``closed`` says a dialog of the panel closed; ``pupil_page`` and
``add_document_dialog`` reach „Dokument hinzufügen“ from a pupil's page in the main window
by her keys."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6

from tests.support.clocks import clock_stands_at
from tests.support.shown import shown_refreshed

TODAY = date(2026, 11, 21)


def ran(qtbot) -> None:
    """Every task of the one runner has ended and given its answer (a document added or
    exported, the panel's look into the scanner folder)."""
    from ssa_desktop.ui import background

    qtbot.waitUntil(lambda: not background._running, timeout=60_000)


def closed(dialog) -> bool:
    """Closed (a closed dialog of the panel is deleted: ``open_deleting``)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


_clock_on_today = clock_stands_at(TODAY)


@pytest.fixture
def open_panel(ctx, qtbot):
    """``open_panel(person)``: the Dokumente panel of ``person``, shown and refreshed."""
    from ssa_desktop.ui.documents.panel import DocumentsPanel

    def make(person) -> DocumentsPanel:
        return shown_refreshed(qtbot, DocumentsPanel(ctx, person.id))

    return make


def panel_on_two_letters(open_panel, ctx, qtbot, pupil):
    """The person's Dokumente with two letters, her window active, ↓ on the list: the
    first letter selected (the keyboard tests of deletion start here)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ssa_desktop.services import documents as svc
    from tests.support import document_files as f

    for title in ("Brief A", "Brief B"):
        svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", title, TODAY, f.pdf())
    panel = open_panel(pupil)
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_Down)
    return panel


def pupil_page(window, pupil_id: str):
    """Strg+2 (Personen) in the active main window ``window`` and the page of ``pupil_id``
    opened: returns the Personen area."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    persons = window.areas["persons"]
    persons.open_record(pupil_id)
    return persons


def add_document_dialog(qtbot, persons, folder, monkeypatch):
    """From the pupil's page of ``persons``, by her keys: „Dokumente“ (Alt+T), then
    „Dokument hinzufügen …“ (Alt+Z), the file she picks a PDF in ``folder``. Returns the
    dialog once it is shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ssa_desktop.ui.documents import panel as documents_panel
    from tests.support import document_files as f

    source = folder / "Schweigepflichtentbindung.pdf"
    source.write_bytes(f.pdf())
    monkeypatch.setattr(documents_panel, "choose_open_file", lambda *_a, **_k: str(source))
    alt = Qt.KeyboardModifier.AltModifier
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, alt)    # Dokumen&te
    ran(qtbot)
    panel = persons.page.documents_panel
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, alt)    # Dokument hin&zufügen
    qtbot.waitUntil(lambda: panel._dialog is not None and shiboken6.isValid(panel._dialog)
                    and panel._dialog.isVisible())
    return panel._dialog
