"""Her first screen after the unlock comes first: the main window's first frame shows the
first area, and only then do the unlock's upkeep (vault check, backup of the day, search
index, deletion check, emergency-key reminder) and the Schuljahreswechsel's plan start.
Nothing is dropped: the check's line and the assistant still appear, just after it."""

from __future__ import annotations

from datetime import date

from keyring.backends import fail
from PySide6.QtCore import QEvent, QObject

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui import background
from ssa_desktop.ui.school_year.dialog import SchoolYearDialog
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF

AFTER_1_AUGUST = date(2026, 8, 3)


class _AtFirstPaint(QObject):
    """What the window holds when its first frame is painted."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.seen: dict[str, object] | None = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt
        if self.seen is None and event.type() == QEvent.Paint:
            window = self.window
            self.seen = {"area": window.current_area_key(),
                         "area visible": window.areas["overview"].isVisible(),
                         "school year": window._school_year,
                         "vault line": window.vault_label.text(),
                         "deletion check": window.ctx.retention_due}
        return False


def test_the_first_area_is_painted_before_the_upkeep_and_the_school_year_plan(ctx, qtbot,
                                                                               tmp_path):
    repo.PERSONS.insert(ctx.conn, Person("A-1", first_name="Vorname", last_name="A", grade=7,
                                         class_label="7b", school_id="school-1",
                                         created="2026-03-01 10:00:00"))
    background.wait_for_all()   # the fixture's own page check
    ctx.conn  # noqa: B018 - unlocked
    with clock.frozen(AFTER_1_AUGUST):
        window = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                            store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
        qtbot.addWidget(window)
        watch = _AtFirstPaint(window)
        window.installEventFilter(watch)
        window.show()
        qtbot.waitUntil(lambda: watch.seen is not None)
        assert watch.seen == {"area": "overview", "area visible": True, "school year": None,
                              "vault line": "", "deletion check": None}
        # then everything the unlock did before runs, and shows
        qtbot.waitUntil(lambda: isinstance(window._school_year, SchoolYearDialog)
                        and window._school_year.isVisible(), timeout=30000)
        qtbot.waitUntil(lambda: window.vault_label.text() == "Tresor: geprüft", timeout=30000)
        qtbot.waitUntil(lambda: ctx.retention_due is not None, timeout=30000)
        window._school_year.postpone()
