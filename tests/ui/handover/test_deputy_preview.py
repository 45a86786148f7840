"""Issue 28: the preview of "Vertretungspaket erstellen" says who is not proposed and
why, and the free texts go along only when ticked per person (real key events)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.handover.deputy_dialog import DeputyPackageDialog
from tests.services.test_handover import _person
from tests.support.written import wait_written

TODAY = date(2026, 11, 23)


def test_preview_lists_who_is_not_proposed_and_why(ctx, qtbot, tmp_path):
    _person(ctx.conn, "Anna")
    _person(ctx.conn, "Cem", consent=False)
    dora = _person(ctx.conn, "Dora", consent=False)
    repo.CONSENTS.insert(ctx.conn, Consent(dora.id, "Vertretung der Schulsozialarbeit",
                                           date(2026, 9, 1), deputy=True,
                                           valid_to=date(2026, 12, 1)))
    with clock.frozen(TODAY):
        dialog = DeputyPackageDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        rows = [(dialog.missing_model.item(r, 0).text(), dialog.missing_model.item(r, 2).text())
                for r in range(dialog.missing_model.rowCount())]
    assert rows == [("P-Cem", "keine Einwilligung „Weitergabe an die Vertretung“"),
                    ("P-Dora", "Einwilligung endet am 01.12.2026")]
    # named by its visible label (WCAG 2.5.3), the reason included
    assert dialog.missing_table.accessibleName() == (
        "Nicht vorgeschlagen (offener Fall, Termin oder § 8a-Verfahren, aber die "
        "Einwilligung reicht nicht)")
    assert dialog.missing_label.buddy() is dialog.missing_table


def test_a_note_goes_along_only_when_ticked_with_the_keyboard(ctx, qtbot, tmp_path):
    anna = _person(ctx.conn, "Anna")
    ben = _person(ctx.conn, "Ben")
    with clock.frozen(TODAY):
        dialog = DeputyPackageDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        headers = [dialog.model.headerData(c, Qt.Horizontal) for c in range(dialog.model.columnCount())]
        assert headers[3:] == ["Notiz zur Person", "Notizen der Fälle", "Ziele der Fälle",
                               "Notizen der Termine"]
        QTest.keyClicks(dialog.deputy_name, "Jana Berger")
        dialog.table.setFocus()
        dialog.table.setCurrentIndex(dialog.model.index(0, 0))   # Anna
        for _ in range(3):
            QTest.keyClick(dialog.table, Qt.Key_Right)
        QTest.keyClick(dialog.table, Qt.Key_Space)                # "Notiz zur Person"
        assert dialog.extras() == {anna.id: {"person_note"}}
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        wait_written(qtbot, dialog)
        assert dialog.pages.currentIndex() == 1, dialog.error.text()
        result = dialog.package
    pkg, _info = svc.open_package(result.path, result.key_text, today=TODAY)
    try:
        notes = {p.id: p.note for p in repo.PERSONS.all(pkg)}
    finally:
        pkg.close()
    assert notes == {anna.id: "PersonnotizAnna", ben.id: ""}
