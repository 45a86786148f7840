"""The deputy's window with data at 1280×720 and 1366×768 (logical; the free height under
a taskbar as in tests/ui/shell/test_fits_small_screen.py): no column empty, no text
cut, the contact dialog fits. With SSA_SHOTS=/folder the screens are saved as
i28-deputy-*.png (run again with QT_SCALE_FACTOR=2 for the 200 % shots)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime

from ssa_desktop.domain import clock
from ssa_desktop.services import handover_deputy_work
from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.ui.handover.deputy_fixture import WORKDAY, colleagues_package
from tests.ui.shell.test_fits_small_screen import SCREENS, cut_texts

TABS = ("personen", "faelle", "termine", "fristen", "kontakte")


def _shot(widget, name: str) -> None:
    folder = os.environ.get("SSA_SHOTS")
    if folder:
        scale = widget.devicePixelRatioF()
        suffix = f"-{round(scale * 100)}pct" if scale != 1 else ""
        widget.grab().save(str(Path(folder) / f"i28-deputy-{name}{suffix}.png"))


def _empty_columns(view, model) -> list[str]:
    return [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())
            if not view.isColumnHidden(c)
            and not any(model.item(r, c).text() for r in range(model.rowCount()))]


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_deputy_window_with_data_fits(ctx, qtbot, tmp_path, screen):
    folder = tmp_path / "stick"
    folder.mkdir()
    package = colleagues_package(folder)
    width, height = SCREENS[screen]
    with clock.frozen(WORKDAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        window = panel.open_package(package.path, package.key_text)
        qtbot.addWidget(window)
        handover_deputy_work.deputy_add_contact(window.pkg, handover_deputy_work.DeputyContactEntry(
            package.n5, package.n5_case, date(2026, 12, 2), "TEL", 45, time="14:15",
            participants=("parent",), topics=("FAM", "SCH"),
            note="Telefonat mit Mutter: N-5 war seit Montag nicht in der Schule"))
        handover_deputy_work.deputy_add_contact(window.pkg, handover_deputy_work.DeputyContactEntry(
            package.k17, None, date(2026, 12, 3), "KO", 10, time="09:40",
            topics=("KON",), note="Kurz auf dem Flur"))
        handover_deputy_work.deputy_set_appointment_status(window.pkg, package.n5_appointment, "attended")
        window.names_button.setChecked(True)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        window.refresh()
        window.status.setText("Kontakt erfasst: Kurzkontakt mit K-17 am 03.12.2026, 10 Min.")
        for index, name in enumerate(TABS):
            window.tabs.setCurrentIndex(index)
            view, model = window._tables()[index]
            assert model.rowCount() > 0, name
            assert _empty_columns(view, model) == [], name
            assert cut_texts(window) == [], name
            _shot(window, f"{name}-{screen}")
        window.tabs.setCurrentIndex(0)
        window.persons.selectRow(1)  # N-5
        dialog = window.add_contact()
        dialog.kind.set_code("TEL")
        dialog.time.setTime(QTime(14, 15))
        dialog.duration.set_minutes(45)
        dialog.participants.set_codes(("parent",))
        dialog.topics.set_codes(("FAM", "SCH"))
        dialog.note.setPlainText("Telefonat mit Mutter: N-5 war seit Montag nicht in der Schule")
        qtbot.waitExposed(dialog)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height
        _shot(dialog, f"kontakt-erfassen-{screen}")
        assert cut_texts(dialog) == []
        window.close()  # closes the dialog without asking (the package goes)
        assert not dialog.isVisible()
