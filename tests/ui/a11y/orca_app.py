"""The app as Orca hears it (run by tests/ui/a11y/test_orca.py): ``unlock``, ``main`` and
``appointment`` as in ``bus_app.py``; ``deputy`` the dialog „Vertretungspaket erstellen“ of a vault with
one pupil whose consent allows the hand-over, the deputy's name filled in, the target an
empty folder; ``person`` the main window on K-17's page (Verlauf); ``wizard`` the first-run
wizard for a new vault. When the key page shows, the key goes to stdout (the test's truth for
what Orca must not say)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.services.test_handover import _person
from tests.support.vaults import FAST_KDF, PASSPHRASE
from tests.ui.a11y.bus_app import _appointment, _main, _unlock
from tests.ui.a11y.bus_app import _person as _person_page

TODAY = date(2026, 11, 23)


def _deputy(folder: Path):
    from ssa_desktop.ui.context import AppContext
    from ssa_desktop.ui.handover.deputy_dialog import DeputyPackageDialog

    session, _ = Vault.create(folder, PASSPHRASE, params=FAST_KDF)
    repo.SCHOOLS.insert(session.conn, School("Gemeinschaftsschule Am Park", code="GMS-1",
                                             school_type="GMS", id="school-1"))
    _person(session.conn, "Anna")
    ctx = AppContext(folder)
    ctx.set_session(session)
    stick = folder.parent / "stick"
    stick.mkdir()
    dialog = DeputyPackageDialog(ctx, stick)
    dialog.deputy_name.setText("Jana Berger")
    dialog.pages.currentChanged.connect(
        lambda _page: print(dialog.package.key_text, flush=True))
    return dialog


def _wizard(folder: Path):
    from keyring.backends import fail

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.vault.wizard import FirstRunWizard

    return FirstRunWizard(folder, store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF,
                          location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})


def main(mode: str, folder: str) -> int:
    from ssa_desktop.ui import theme

    app = QApplication(sys.argv)
    app.setApplicationName("ssa-orca")
    theme.install(app)  # the style and focus frame the app has after its first frame
    with clock.frozen(TODAY):
        window = {"unlock": _unlock, "main": _main, "deputy": _deputy,
                  "appointment": _appointment, "person": _person_page,
                  "wizard": _wizard}[mode](Path(folder))
        window.show()
        window.activateWindow()
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
