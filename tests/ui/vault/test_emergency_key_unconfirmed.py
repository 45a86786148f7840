"""Issue 16.3: Abbrechen after creation asks; the unconfirmed emergency key is shown at every
unlock (across restarts) until she confirms it."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from ssa_desktop.services import vault_admin
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.vault.emergency_reminder import remind_emergency_key
from ssa_desktop.ui.vault.wizard import PAGE_CREATE, PAGE_EMERGENCY, FirstRunWizard
from tests.support.wizards import create_the_vault, first_run_wizard

PASS = "Kastanie Regenschirm fliegt 47 mal"


def _created(qtbot, folder) -> FirstRunWizard:
    wizard = first_run_wizard(qtbot, folder)
    create_the_vault(qtbot, wizard, PASS)
    return wizard


def _start(qtbot, folder):
    """A new start: unlock with the passphrase, then what the main window does after it."""
    ctx = AppContext(folder)
    ctx.set_session(Vault(folder).unlock(PASS))
    return ctx, remind_emergency_key(ctx)


def test_cancel_after_creation_asks_and_every_start_shows_the_key(qtbot, tmp_path,
                                                                   monkeypatch):
    folder = tmp_path / "tresor"
    wizard = _created(qtbot, folder)
    questions = []
    answers = iter([False, True])  # first "Zum Notfallschlüssel", then "Trotzdem abbrechen"
    import ssa_desktop.ui.common.messages as messages
    monkeypatch.setattr(messages, "ask_yes_no",
                        lambda _p, text, **k: questions.append(text) or next(answers))
    wizard.reject()  # Abbrechen on "Tresor ist angelegt"
    assert wizard.isVisible() and wizard.currentId() == PAGE_EMERGENCY  # back to the key
    key = wizard.emergency_key
    wizard.reject()
    assert not wizard.isVisible() and len(questions) == 2
    assert "Notfallschlüssel ist noch nicht bestätigt" in questions[0]

    for _restart in range(2):  # closed without confirming: shown again at the next start
        ctx, dialog = _start(qtbot, folder)
        assert dialog is not None and dialog.key.text().replace("\n", " ") == key
        dialog.close_button.click()
        assert vault_admin.emergency_key_unconfirmed(ctx.session)
        ctx.session.lock()

    ctx, dialog = _start(qtbot, folder)
    dialog.confirm.setChecked(True)
    dialog.close_button.click()
    ctx.session.lock()
    ctx, dialog = _start(qtbot, folder)
    assert dialog is None  # confirmed: never asked again
    ctx.session.lock()


def test_confirmed_in_the_wizard_is_never_shown_again(qtbot, tmp_path):
    folder = tmp_path / "tresor"
    wizard = _created(qtbot, folder)
    assert wizard.currentId() == PAGE_CREATE
    wizard.button(QWizard.CommitButton).click()
    wizard.emergency.confirm.setChecked(True)
    wizard.button(QWizard.NextButton).click()
    assert not vault_admin.emergency_key_unconfirmed(wizard.session)
