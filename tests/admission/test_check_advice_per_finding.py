"""„Tresor prüfen“ (Einstellungen → Sicherheit, and ``ssa-desktop check``) advises per
kind of finding, in one service sentence (``vault_admin.check_advice``): a restore only
when the file itself is damaged; for rows she can correct, where to correct them; for a
network activity, Vernetzung, and for a consent reversed, its person's consents."""

from __future__ import annotations

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.ui.settings.area import SettingsArea
from ssa_desktop.ui.settings_store import SettingsStore
from tests.admission.test_rows_an_import_refuses_in_check import TODAY, _old_rows
from tests.support.cli_runs import locked_with_passphrase, run_cli
from tests.support.memory_keyring import MemoryKeyring

RESTORE = "Sicherung wiederherstellen"


def _damage(conn) -> None:
    """The file itself: the vault's own id gone from its metadata (a check finding no
    form corrects)."""
    with transaction(conn):
        conn.execute("DELETE FROM meta WHERE key = 'vault_uuid'")


def _security_check(ctx, qtbot, tmp_path) -> str:
    area = SettingsArea(ctx, settings=SettingsStore(tmp_path / "settings.ini"),
                        keystore=DeviceKeyStore(MemoryKeyring()))
    qtbot.addWidget(area)
    page = area.page("security")
    page.check_button.click()
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=10000)
    return page.security_status.text()


def test_rows_she_can_correct_get_no_restore_advice_in_the_cli(open_vault, capsys, monkeypatch):
    _old_rows(open_vault.conn)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    code, _out, err = run_cli(capsys, "check", "--vault", folder, at=TODAY)
    assert code == 1
    assert RESTORE not in err
    assert ("Die genannten Einträge bitte in ihrem Formular berichtigen: Gruppen & Projekte "
            "(die Termine der Gruppe); Offene Angebote; Vernetzung (die Aktivität entfernen "
            "und neu erfassen); Personen & Fälle (die Einwilligungen der Person: Tage "
            "berichtigen). Eine Sicherung braucht es dafür nicht.") in err
    # a network activity and a consent are corrected too: no sentence says they cannot be
    assert "behindert Ihre Arbeit nicht" not in err


def test_rows_she_can_correct_get_no_restore_advice_in_the_settings(ctx, qtbot, open_vault,
                                                                    tmp_path):
    _old_rows(open_vault.conn)
    text = _security_check(ctx, qtbot, tmp_path)
    assert "Probleme gefunden" in text
    assert RESTORE not in text and "Träger informieren" not in text
    assert "Gruppen & Projekte" in text and "Vernetzung (die Aktivität entfernen" in text


def test_a_damaged_file_keeps_the_restore_advice_in_the_cli(open_vault, capsys, monkeypatch):
    _damage(open_vault.conn)
    folder = locked_with_passphrase(open_vault, monkeypatch)
    code, _out, err = run_cli(capsys, "check", "--vault", folder, at=TODAY)
    assert code == 1
    assert "Bitte eine Sicherung wiederherstellen" in err and "ssa-desktop restore" in err
    assert "Gruppen & Projekte" not in err


def test_a_damaged_file_keeps_the_restore_advice_in_the_settings(ctx, qtbot, open_vault,
                                                                 tmp_path):
    _damage(open_vault.conn)
    text = _security_check(ctx, qtbot, tmp_path)
    assert "Bitte eine Sicherung wiederherstellen" in text


def test_the_status_bar_after_the_unlock_sends_her_to_the_check_not_to_a_backup(
        ctx, qtbot, open_vault, tmp_path):
    from tests.support.main_windows import shown_main_window

    _old_rows(open_vault.conn)
    window = shown_main_window(ctx, qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.vault_label.text() not in ("", "Tresor: wird geprüft …"),
                    timeout=60_000)
    assert window.vault_label.text() == ("Tresor: Hinweis gefunden — Einstellungen → "
                                         "Sicherheit → Tresor prüfen")
