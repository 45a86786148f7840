"""The deputy's window comes back after Strg+L and the unlock without the 64-character key
typed again: her own (encrypted) vault keeps the package key while the package runs
(``received.<id>``: ``key``, ``window_open``) and drops it at the expiry. No plaintext
key lands in the settings file or any other file outside the vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui import background
from ssa_desktop.ui.handover.deputy_window import DeputyWindow
from tests.conftest import PASSPHRASE
from tests.support.main_windows import active_main_window
from tests.ui.handover.deputy_fixture import PERIOD, WORKDAY, colleagues_package


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


@pytest.fixture
def package(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return colleagues_package(folder)


def _reopen(open_vault):
    """Unlock again as she would, once the locked session's workers have ended."""
    assert background.wait_for_all()
    return Vault(open_vault.vault.folder).unlock(PASSPHRASE)


def _open_then_lock(window, ctx, qtbot, package):
    panel = window.show_area("privacy").handover
    deputy = panel.open_package(package.path, package.key_text)
    assert deputy is not None and deputy.isVisible()
    deputy.activateWindow()
    QTest.keyClick(deputy.persons, Qt.Key_L, Qt.ControlModifier)   # Strg+L
    assert not ctx.is_unlocked
    assert deputy.pkg is None and _shown() == []
    return panel


def _shown() -> list[DeputyWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, DeputyWindow) and w.isVisible()]


def _plain_key_anywhere(folder, package) -> list[str]:
    """Files under ``folder`` holding the key as hex or as printed (the vault's own
    database is encrypted, the package file too)."""
    raw = bytes(svc.parse_package_key(package.key_text))
    needles = {raw, raw.hex().encode(), raw.hex().upper().encode(),
               package.key_text.encode(), package.key_text.replace(" ", "").encode()}
    return [str(p) for p in folder.rglob("*") if p.is_file()
            and any(n in p.read_bytes() for n in needles)]


def test_after_strg_l_and_the_unlock_the_window_is_back_without_the_key(
        window, ctx, qtbot, package, open_vault, tmp_path):
    with clock.frozen(WORKDAY):
        panel = _open_then_lock(window, ctx, qtbot, package)
        ctx.set_session(_reopen(open_vault))
        [back] = _shown()
        assert back is panel.deputy_window and back.pkg is not None
        assert back.info.package_id == package.package_id
        assert back.path == package.path
        assert back.persons_model.rowCount() == 2
        QTest.keyClick(back, Qt.Key_Escape)   # closed by her: it does not come back
        assert _shown() == []
        ctx.lock()
        ctx.set_session(_reopen(open_vault))
        assert _shown() == []
        [entry] = q.registry(ctx.conn, q.RECEIVED_PREFIX).values()
        assert entry["key"] and entry["window_open"] is False   # kept until the expiry
    assert _plain_key_anywhere(tmp_path, package) == []


def test_after_the_expiry_the_key_is_gone_and_the_window_stays_closed(
        window, ctx, qtbot, package, open_vault, tmp_path):
    with clock.frozen(WORKDAY):
        _open_then_lock(window, ctx, qtbot, package)
    with clock.frozen(PERIOD.expires):
        ctx.set_session(_reopen(open_vault))
        assert _shown() == []
        entries = q.registry(ctx.conn, q.RECEIVED_PREFIX).values()
        assert all("key" not in e for e in entries)
    assert _plain_key_anywhere(tmp_path, package) == []
