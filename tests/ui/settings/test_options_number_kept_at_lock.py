"""Einstellungen → Optionen: a number typed within its bounds and not yet confirmed (no
Enter, no Tab) when the vault locks (Strg+L, the auto-lock) is saved by the lock, as a
cell still being edited is (``about_to_lock``). The option number fields take their value
on Enter, on leaving and by the arrows since 29.11.2026 (no save per key); before, „45“
typed into Wochenstunden was gone at the lock without a word (39 stayed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.worktime import FULL_TIME_HOURS
from ssa_desktop.services import settings
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.settings.test_options_number_refused import page as page  # noqa: F401 (the fixture)


def test_a_typed_number_is_saved_by_the_lock(page, ctx, open_vault):
    hours = page.fields["post.full_time_hours"]
    hours.setFocus()
    QTest.keyClick(hours.lineEdit(), Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(hours.lineEdit(), "45")
    folder = open_vault.vault.folder
    ctx.lock()
    with Vault(folder).unlock(PASSPHRASE) as session:
        assert settings.get(session.conn, FULL_TIME_HOURS) == 45.0


def test_a_number_beyond_its_bounds_is_not_taken_by_the_lock(page, ctx, open_vault):
    hours = page.fields["post.full_time_hours"]
    hours.setFocus()
    QTest.keyClick(hours.lineEdit(), Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(hours.lineEdit(), "100")
    folder = open_vault.vault.folder
    ctx.lock()
    with Vault(folder).unlock(PASSPHRASE) as session:
        assert settings.get(session.conn, FULL_TIME_HOURS) == 39.0
