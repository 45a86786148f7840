"""Issue 16.2: after "✓ Der Tresor ist angelegt" the wizard cannot go back to the passphrase;
passphrase A opens the vault and no second creation with B is possible."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.vault.wizard import PAGE_EMERGENCY
from tests.support.wizards import create_the_vault, first_run_wizard

PASS_A = "Kastanie Regenschirm fliegt 47 mal"
PASS_B = "Birke Gummistiefel schwimmt 12 mal"


def test_no_way_back_after_creation_and_only_passphrase_a_opens(qtbot, tmp_path):
    folder = tmp_path / "tresor"
    wizard = first_run_wizard(qtbot, folder)
    try:
        create_the_vault(qtbot, wizard, PASS_A)
        assert "Tresor ist angelegt" in wizard.create_page.status.text()
        back = wizard.button(QWizard.BackButton)
        assert not back.isEnabled()
        # the way on is the commit button (the page is a commit page: no page after it leads
        # back); checked before it is pressed
        assert wizard.button(QWizard.CommitButton).isVisible()
        assert not wizard.button(QWizard.NextButton).isVisible()
        with pytest.raises(RuntimeError):  # even from code: never a second creation (with B)
            wizard.start_creation(lambda: None, lambda _m: None)
        wizard.button(QWizard.CommitButton).click()
        assert wizard.currentId() == PAGE_EMERGENCY
        assert not back.isEnabled()
    finally:  # a failed step fails at once: the wizard closes without asking first
        if wizard.session is not None:
            wizard.session.lock()
            wizard.session = None
    Vault(folder).unlock(PASS_A).lock()
    with pytest.raises(Exception):  # noqa: B017 - B was never a passphrase of this vault
        Vault(folder).unlock(PASS_B)
