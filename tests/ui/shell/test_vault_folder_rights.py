"""A vault folder others can write is named after the unlock, with the command that fixes
it: the vault's line in the status bar, the whole sentence as its tool tip and in a
message window that is not modal (Esc closes it), a short sentence announced."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF
from tests.support.main_windows import shown_main_window


def _checked_window(ctx, qtbot, tmp_path) -> MainWindow:
    # the unlock's check starts after its first frame
    window = shown_main_window(ctx, qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.vault_label.text() not in ("", "Tresor: wird geprüft …"),
                    timeout=60_000)
    return window


def test_a_vault_folder_others_can_write_is_named_with_the_fix(ctx, qtbot, tmp_path):
    folder = ctx.session.vault.folder
    os.chmod(folder, 0o777)
    said: list[str] = []
    ctx.status_message.connect(said.append)
    try:
        window = _checked_window(ctx, qtbot, tmp_path)
        label = window.vault_label
        assert label.text() == "Tresor: Ordner für andere beschreibbar"
        assert f"chmod 700 '{folder}'" in label.toolTip()
        assert label.accessibleDescription() == label.toolTip()
        box = window.location_box
        assert box is not None and box.isVisible() and not box.isModal()
        assert box.text() == label.toolTip() and "(Rechte 777)" in box.text()
        assert said == ["Den Tresorordner können andere Benutzer beschreiben: bitte Rechte "
                        "ändern, siehe Hinweis."]
        qtbot.keyClick(box, Qt.Key_Escape)
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    finally:
        os.chmod(folder, 0o700)


def test_a_private_vault_folder_is_not_named(ctx, qtbot, tmp_path):
    window = _checked_window(ctx, qtbot, tmp_path)
    assert window.vault_label.text() == "Tresor: geprüft"


def test_a_start_on_a_vault_with_a_linked_lock_file_says_so_and_ends_with_1(
        qapp, tmp_path, monkeypatch):
    """The window claims the vault before its unlock window: a symbolic link in place of
    ``vault.lock`` is refused there with the German sentence (no traceback, no unlock
    window), and nothing is written at the link's target."""
    from ssa_desktop import app as app_module
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.common import messages
    from tests.support.vaults import PASSPHRASE

    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    target = tmp_path / "notizen.txt"
    target.write_text("ihre Notizen", encoding="utf-8")
    (folder / "vault.lock").symlink_to(target)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, **_kw: shown.append(text))
    assert app_module.run_gui(folder) == 1
    assert len(shown) == 1 and "„vault.lock“ eine Verknüpfung" in shown[0]
    assert target.read_text(encoding="utf-8") == "ihre Notizen"
