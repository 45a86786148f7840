"""At 200 % scaling a 1920×1080 screen gives Qt 960×540 logical pixels. The offscreen
platform fixes its screen when QApplication starts, so this test starts a separate
process on a simulated screen (``offscreen:configfile=…``: 960×540 logical, device pixel
ratio 2) and checks there what depends on the real screen: the main window's first size
and minimum stay on the screen, and so does every dialog that chooses its own first size
(``ui/common/screen_fit.resize_within_screen``). The layouts themselves are checked at
960×540 in test_fits_small_screen.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(["ssa-scaled-screen"])
app.setStyle("Fusion")
from keyring.backends import fail
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE

folder = Path(sys.argv[1])
session, _ = Vault.create(folder / "tresor", PASSPHRASE, params=FAST_KDF)
ctx = AppContext(session.vault.folder)
ctx.set_session(session)
screen = app.primaryScreen()
free = screen.availableGeometry()
out = {"screen": [free.width(), free.height()], "dpr": screen.devicePixelRatio(), "too_large": []}
win = MainWindow(ctx, SettingsStore(folder / "s.ini"), store=DeviceKeyStore(fail.Keyring()),
                 kdf_params=FAST_KDF)
win.show()
app.processEvents()

def check(name, widget):
    app.processEvents()
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    for what, size in (("size", widget.size()), ("minimum", hint)):
        if size.width() > free.width() or size.height() > free.height():
            out["too_large"].append(f"{name} {what} {size.width()}x{size.height()}")

check("main window", win)
for spec in AREAS:
    win.show_area(spec.key)
    check(spec.key, win)
if "--main-only" in sys.argv:
    ctx.lock()
    print("RESULT " + json.dumps(out))
    sys.exit(0)

from ssa_desktop.ui.privacy.breach_dialog import BreachDialog
from ssa_desktop.ui.quick_entry.short_contacts import ShortContactsDialog
from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog
from ssa_desktop.ui.school_year.dialog import SchoolYearDialog
from ssa_desktop.ui.search.dialog import SearchDialog
from ssa_desktop.ui.vault.wizard import FirstRunWizard

dialogs = {
    "school-year": lambda: SchoolYearDialog(ctx, win),
    "short-contacts": lambda: ShortContactsDialog(ctx, parent=win),
    "search": lambda: SearchDialog(ctx, win),
    "annual-report": lambda: AnnualReportDialog(ctx, win),
    "breach": lambda: BreachDialog(ctx.session.vault.folder, win),
    "wizard": lambda: FirstRunWizard(folder / "neu", store=DeviceKeyStore(fail.Keyring()),
                                     kdf_params=FAST_KDF),
}
from ssa_desktop.services.sync_folders import vault_location_notice
from ssa_desktop.storage.sync_roots import DictRegistry

library = r"C:\Users\anna\Jugendhilfe Nord e.V\Schulsozialarbeit - Dokumente"
tenants = r"HKCU\Software\Microsoft\OneDrive\Accounts\Business1\Tenants\Jugendhilfe Nord e.V"
notice = vault_location_notice(library + r"\SSA Desktop\Tresor", platform="win32", env={},
                               registry=DictRegistry({tenants: {library: 1}}),
                               drive_type=lambda root: 3)


def location_box():
    win._show_location(notice)
    return win.location_box


dialogs["vault-location"] = location_box
for name, build in dialogs.items():
    dialog = build()
    dialog.show()
    check(name, dialog)
    dialog.hide()
ctx.lock()
print("RESULT " + json.dumps(out))
"""


def _run(tmp_path, width: int, height: int, *args: str) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "scaled", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 2}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path), *args], cwd=root,
                          env=env, capture_output=True, text=True, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, done.stderr[-3000:]
    result = json.loads(lines[-1][len("RESULT "):])
    assert result["screen"] == [width, height] and result["dpr"] == 2.0
    return result


def test_window_and_dialogs_stay_on_a_960x540_logical_screen(tmp_path):
    assert _run(tmp_path, 960, 540)["too_large"] == []


@pytest.mark.parametrize("width, height", [(683, 384), (640, 360)])
def test_the_main_window_stays_on_1366x768_and_1280x720_at_200_percent(tmp_path, width,
                                                                       height):
    """Issue: its minimum was 792×460 logical pixels (1584×920 px at 200 %): Sperren, the
    status line and the area's lower part lay beyond a 1280×720 screen's edge."""
    assert _run(tmp_path, width, height, "--main-only")["too_large"] == []
