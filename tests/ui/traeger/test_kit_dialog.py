"""The Träger kit in the GUI, without a vault (docs/traeger.md): from the first-run
wizard's welcome page she opens it with the keyboard, types the folder and the school
year, sees the delivery table and writes the workbooks — real key events throughout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from ssa_desktop.domain import clock
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.traeger.kit_dialog import TraegerKitDialog
from ssa_desktop.ui.vault.wizard import FirstRunWizard
from tests.conftest import FAST_KDF
from tests.support.shown import show_active
from tests.traeger.files import post_file, school_file


@pytest.fixture
def exports(tmp_path):
    f = tmp_path / "lieferungen"
    post_file(f, "nord-24.json", "P-Nord", ["GMS-1", "RS-2"], "2024/25")
    post_file(f, "nord.json", "P-Nord", ["GMS-1", "RS-2"])
    school_file(f, "gms.json", "GMS-1", landkreis="Emmendingen")
    (f / "notizen.txt").write_text("keine Lieferung", "utf-8")
    return f


def _tab_to(widget, limit: int = 30) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()}")


def _open_from_the_wizard(qtbot, tmp_path) -> TraegerKitDialog:
    wizard = FirstRunWizard(tmp_path / "tresor", store=DeviceKeyStore(fail.Keyring()),
                            kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    _tab_to(wizard.welcome.kit_button)
    with clock.frozen(date(2026, 10, 5)):
        QTest.keyClick(wizard.welcome.kit_button, Qt.Key_Space)
    dialog = wizard.welcome.kit_dialog
    assert isinstance(dialog, TraegerKitDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_she_sees_who_delivered_from_the_wizard_by_keyboard(qtbot, tmp_path, exports):
    dialog = _open_from_the_wizard(qtbot, tmp_path)
    assert dialog.year.text() == "2025/26"  # the school year that ended last
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _tab_to(dialog.folder)
    qtbot.keyClicks(dialog.folder, str(exports))
    QTest.keyClick(dialog.folder, Qt.Key_Return)  # the default button: Lieferungen anzeigen
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert rows == [["P-Nord", "Gemeinschaftsschule Am Park (GMS-1)", "geliefert", "geliefert"],
                    ["P-Nord", "Realschule Am Berg (RS-2)", "geliefert", "fehlt"]]
    assert "„notizen.txt“ ist keine lesbare KVJS-Exportdatei" in dialog.status.text()
    assert dialog.status.accessibleName() == dialog.status.text()
    QTest.keyClick(dialog.table, Qt.Key_Escape)  # she leaves it by keyboard, back to the wizard
    assert not dialog.isVisible()


def test_the_workbooks_are_written_where_she_chooses(qtbot, tmp_path, exports, monkeypatch,
                                                    frozen_clock):
    out = tmp_path / "mappen"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    dialog = show_active(qtbot, TraegerKitDialog())
    qtbot.keyClicks(dialog.folder, str(exports))
    _tab_to(dialog.workbook_button)
    QTest.keyClick(dialog.workbook_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Geschrieben"))
    assert [p.name for p in out.iterdir()] == ["Traeger_Emmendingen_2025-26.xlsx"]


def test_the_long_table_is_written_where_she_chooses(qtbot, tmp_path, exports, monkeypatch,
                                                    frozen_clock):
    target = tmp_path / "KVJS_lang_2025-26.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog = show_active(qtbot, TraegerKitDialog())
    qtbot.keyClicks(dialog.folder, str(exports))
    _tab_to(dialog.tidy_button)
    assert dialog.tidy_button.accessibleName().startswith("Lange Tabelle")
    QTest.keyClick(dialog.tidy_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Geschrieben"))
    assert target.read_text("utf-8").startswith("school_year,period_from,period_to,")


def test_the_long_table_is_written_as_parquet_for_a_parquet_name(qtbot, tmp_path, exports,
                                                                monkeypatch, frozen_clock):
    import pyarrow.parquet as pq

    target = tmp_path / "KVJS_lang_2025-26.parquet"
    offered = []

    def save_as(_parent, _title, _start, filters):
        offered.append(filters)
        return str(target), "Parquet (*.parquet)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = show_active(qtbot, TraegerKitDialog())
    qtbot.keyClicks(dialog.folder, str(exports))
    _tab_to(dialog.tidy_button)
    assert "Parquet" in dialog.tidy_button.accessibleName()
    QTest.keyClick(dialog.tidy_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Geschrieben"))
    assert offered == ["CSV (*.csv);;Parquet (*.parquet)"]
    assert dialog.status.text() == "Geschrieben: KVJS_lang_2025-26.parquet"
    table = pq.read_table(target)
    assert set(table.column("scope_code").to_pylist()) == {"P-Nord", "GMS-1"}


def test_a_folder_that_is_not_there_is_a_german_sentence(qtbot, tmp_path, frozen_clock):
    dialog = show_active(qtbot, TraegerKitDialog())
    qtbot.keyClicks(dialog.folder, str(tmp_path / "fehlt"))
    QTest.keyClick(dialog.folder, Qt.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)
    assert "wurde nicht gefunden" in dialog.error.text()
    assert dialog.show_button.isEnabled() and dialog.table.rowCount() == 0


def test_an_empty_folder_field_reads_no_folder(qtbot, tmp_path, exports, frozen_clock,
                                               monkeypatch):
    """Return with the folder field empty asks for the folder: it never reads the
    program's working folder (an empty path is „.“) and lists its files."""
    monkeypatch.chdir(exports)
    dialog = show_active(qtbot, TraegerKitDialog())
    _tab_to(dialog.folder)
    QTest.keyClick(dialog.folder, Qt.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Bitte den Ordner mit den KVJS-Exporten angeben."
    assert dialog.table.rowCount() == 0 and "notizen.txt" not in dialog.status.text()


def test_the_kit_opens_from_the_unlock_window_by_keyboard(qtbot, tmp_path, exports):
    """A coordinator with a vault of her own reaches the kit before unlocking it: Tab
    from the passphrase to „Träger-Werkzeuge (ohne Tresor) …“, Space; the vault stays
    locked and the passphrase field keeps what she typed."""
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.vault.unlock import UnlockDialog
    from tests.conftest import PASSPHRASE

    Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)[0].lock()
    window = UnlockDialog(Vault(tmp_path / "tresor"), kdf_params=FAST_KDF,
                          store=DeviceKeyStore(fail.Keyring()))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(window.passphrase.edit, "angefangen")
    _tab_to(window.kit_button)
    assert window.kit_button.accessibleName() == "Träger-Werkzeuge (ohne Tresor)"
    with clock.frozen(date(2026, 10, 5)):
        QTest.keyClick(window.kit_button, Qt.Key_Space)
    dialog = window.kit_dialog
    assert isinstance(dialog, TraegerKitDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _tab_to(dialog.folder)
    qtbot.keyClicks(dialog.folder, str(exports))
    QTest.keyClick(dialog.folder, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert window.session is None and window.passphrase.text() == "angefangen"
    dialog.close()


def _clipped_headers(table) -> list[str]:
    """The column headers narrower than their text and the style's margins."""
    from PySide6.QtWidgets import QStyle

    header = table.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PM_HeaderMargin, None, header)
    clipped = []
    for column in range(table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        needed = header.fontMetrics().horizontalAdvance(text) + margin
        if header.sectionSize(column) < needed:
            clipped.append(f"{text}: {header.sectionSize(column)} < {needed}")
    return clipped


@pytest.mark.parametrize("screen", [(640, 360), (683, 384)])
def test_every_column_header_is_readable_in_full_at_200_percent(qtbot, screen):
    """Issue: „Landkreis (Schule)" was clipped to „andkreis (Schule" at 200 % (1280×720 is
    640×360 logical) before anything was shown."""
    from PySide6.QtCore import QSize

    from tests.ui.a11y.test_fits_200_percent import _room

    dialog = TraegerKitDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(_room(QSize(*screen)))
    QApplication.processEvents()
    assert _clipped_headers(dialog.table) == []


def test_she_sees_which_file_the_kit_reads(qtbot, tmp_path, frozen_clock):
    """Issue 60: a folder of many files shows its progress (the file being read), and the
    bar goes once the table is there."""
    folder = tmp_path / "viele"
    for i in range(120):
        school_file(folder, f"s{i:03d}.json", "GMS-1" if i == 0 else "RS-2")
    dialog = TraegerKitDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.keyClicks(dialog.folder, str(folder))
    QTest.keyClick(dialog.folder, Qt.Key_Return)
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=60_000)
    assert not dialog.progress.isVisible()
    assert 50 in seen and seen == sorted(seen) and seen[-1] == 99
    assert dialog.progress.accessibleDescription() == "Datei 120 von 120 wird gelesen …"
    assert dialog.progress.accessibleName() == "Fortschritt"


def test_each_file_is_offered_under_the_years_name_and_a_cancel_writes_nothing(
        qtbot, exports, monkeypatch, frozen_clock):
    offered = []

    def cancel(_parent, title, start, filters):
        offered.append((title, Path(start).name, filters))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    dialog = show_active(qtbot, TraegerKitDialog())
    qtbot.keyClicks(dialog.folder, str(exports))
    for button in (dialog.overview_button, dialog.tidy_button):
        _tab_to(button)
        QTest.keyClick(button, Qt.Key_Space)
    assert offered == [
        ("Überblick speichern", "Traeger_Ueberblick_2025-26.pdf", "PDF (*.pdf)"),
        ("Lange Tabelle speichern", "KVJS_lang_2025-26.csv",
         "CSV (*.csv);;Parquet (*.parquet)")]
    assert dialog.status.text() == "" and dialog.tidy_button.isEnabled()
