"""Issue 59/7: a closed dialog does not pile up as a hidden window. A modal dialog made with
a parent and closed stays that parent's hidden child – alive, and readable on the
accessibility bus – unless it is deleted. Every modal run in ssa_desktop/ui goes through
``ui/common/modal.py`` (``modal``), which deletes the dialog after its block; here: no
``exec()`` elsewhere, and every dialog of the registry (test_every_dialog.BUILDERS),
opened under the real main window and closed by a real Esc, is gone once the deferred
deletes ran – a question before losing typed text (issue 64, ui/common/closing.py)
answered and gone too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

import ssa_desktop.ui
from ssa_desktop.ui.common.modal import modal
from ssa_desktop.ui.common.secret_field import SecretField
from ssa_desktop.ui.privacy.requests_panel import RequestsPanel
from tests.support.main_windows import active_main_window
from tests.support.questions import words_of
from tests.support.shown import shown_refreshed
from tests.ui.a11y.test_audit import DIALOGS
from tests.ui.a11y.test_every_dialog import BUILDERS

UI = Path(ssa_desktop.ui.__file__).parent
EXEC = re.compile(r"\.exec_?\(\s*\)")

# Files that may call exec() themselves, with the reason. The helper is the only one.
ALLOWED = {
    "common/modal.py": "the helper: runs exec() and deletes the dialog after its block",
}


def test_no_dialog_is_run_modally_outside_the_helper():
    found = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative in ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if EXEC.search(code) and '"""' not in code and "``" not in code:
                found.append(f"{relative}:{number}: {line.strip()}")
    assert found == [], "run it through ui/common/modal.py:\n" + "\n".join(found)


def test_the_allow_list_names_only_files_that_exist():
    assert [name for name in ALLOWED if not (UI / name).is_file()] == []


# -- every registered dialog, closed by Esc ------------------------------------------------
def _settle_deletes() -> None:
    for _ in range(3):   # a deletion may post another (a child's timer, a question box)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def _hidden_dialogs(window: QWidget, before: set[int]) -> list[str]:
    return [f"{type(d).__name__} {d.windowTitle()!r}" for d in window.findChildren(QDialog)
            if shiboken6.getCppPointer(d)[0] not in before and not d.isVisible()]


def _typed_field(dialog: QDialog) -> QWidget | None:
    """A visible, editable text field to type into (not a secret, not inside a spin or
    combo box), so that a dialog watching typed text asks before Esc closes it."""
    for w in dialog.findChildren(QWidget):
        if not isinstance(w, (QLineEdit, QPlainTextEdit)) or not w.isVisibleTo(dialog):
            continue
        if not w.isEnabled() or w.isReadOnly():
            continue
        if isinstance(w, QLineEdit) and w.echoMode() != QLineEdit.EchoMode.Normal:
            continue
        if isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox, SecretField)):
            continue
        return w
    return None


# the answers that let typed text go (closing.KeepingDialog; notes.DraftedDialog)
CLOSE_ANYWAY = {"Trotzdem schließen", "Verwerfen"}


class EscCloser:
    """Inside the dialog's own modal loop: type a word, press Esc on the focused widget,
    answer „Trotzdem schließen“ / „Verwerfen“ if she is asked; note what happened."""

    def __init__(self, qtbot, dialog: QDialog):
        self.qtbot, self.dialog = qtbot, dialog
        self.asked: list[QMessageBox] = []
        self.problem = ""
        QTimer.singleShot(0, self.run)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box is not self.dialog:
            self.asked.append(box)
            close = [b for b in box.buttons() if words_of(b) in CLOSE_ANYWAY]
            if not close:
                self.problem = f"asked {box.text()!r} without a way to close"
                box.done(0)
                return
            QTest.mouseClick(close[0], Qt.MouseButton.LeftButton)

    def run(self) -> None:
        dialog = self.dialog
        self.qtbot.waitExposed(dialog)
        field = _typed_field(dialog)
        if field is not None:
            field.setFocus()
            QTest.keyClicks(field, "Notiz")
        target = QApplication.focusWidget()
        if target is None or target.window() is not dialog:
            target = dialog
        QTimer.singleShot(0, self._answer)   # runs inside the question's loop, if asked
        QTest.keyClick(target, Qt.Key.Key_Escape)
        if dialog.isVisible():
            self.problem = "Esc did not close it"
            dialog.done(QDialog.DialogCode.Accepted)   # end the loop without asking


# the registry: test_every_dialog.BUILDERS and test_audit.DIALOGS (their third argument:
# a folder to work in, the vault's folder for test_audit's)
REGISTRY = {**BUILDERS, **{f"audit:{key}": build for key, build in DIALOGS.items()}}


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_a_registered_dialog_closed_by_esc_is_gone(ctx, qtbot, pupil, tmp_path, vault_dir,
                                                   name):
    from datetime import datetime

    from ssa_desktop.domain import clock

    window = active_main_window(ctx, qtbot, tmp_path)
    before = {shiboken6.getCppPointer(d)[0] for d in window.findChildren(QDialog)}
    with clock.frozen(datetime(2026, 11, 24, 10, 0)):
        dialog = REGISTRY[name](ctx, pupil, vault_dir if name.startswith("audit:") else tmp_path)
    dialog.setParent(window, dialog.windowFlags())   # made by a window, as in the app
    closer = EscCloser(qtbot, dialog)
    with modal(dialog) as result:
        assert closer.problem == ""
        assert result == QDialog.DialogCode.Rejected
    _settle_deletes()
    assert not shiboken6.isValid(dialog)
    assert all(not shiboken6.isValid(box) for box in closer.asked)
    assert _hidden_dialogs(window, before) == []
    window.close()


def test_a_plain_exec_would_leave_the_dialog_behind(ctx, qtbot, tmp_path):
    """The check above can fail: without the helper the closed dialog stays hidden."""
    from ssa_desktop.ui.network.area import TemplateDialog

    window = active_main_window(ctx, qtbot, tmp_path)
    before = {shiboken6.getCppPointer(d)[0] for d in window.findChildren(QDialog)}
    dialog = TemplateDialog(window)
    EscCloser(qtbot, dialog)
    dialog.exec()
    _settle_deletes()
    assert _hidden_dialogs(window, before) == ["TemplateDialog 'Vorlage übernehmen'"]
    dialog.deleteLater()
    _settle_deletes()
    window.close()


# -- real openers: the dialog they ran is gone after Esc -----------------------------------
def _opened_by(qtbot, window: QWidget, click) -> list[str]:
    """Click an opener whose modal dialog Esc closes; the hidden dialogs left under
    ``window`` once the deferred deletes ran."""
    before = {shiboken6.getCppPointer(d)[0] for d in window.findChildren(QDialog)}
    closers: list[EscCloser] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        closers.append(EscCloser(qtbot, dialog))

    QTimer.singleShot(0, close_it)
    click()
    _settle_deletes()
    assert closers and closers[0].problem == ""
    return _hidden_dialogs(window, before)


def test_a_goal_dialog_opened_from_the_goals_dialog_is_gone(ctx, qtbot, pupil, tmp_path):
    goals = BUILDERS["GoalsDialog"](ctx, pupil, tmp_path)
    qtbot.addWidget(goals)
    goals.show()
    qtbot.waitExposed(goals)
    assert _opened_by(qtbot, goals, lambda: QTest.mouseClick(
        goals.buttons["new"], Qt.MouseButton.LeftButton)) == []


def test_the_quick_entry_opened_from_the_persons_list_is_gone(ctx, qtbot, pupil, tmp_path):
    window = active_main_window(ctx, qtbot, tmp_path)
    area = window.show_area("persons")
    button = area.list.entry_button
    assert _opened_by(qtbot, window, lambda: QTest.mouseClick(
        button, Qt.MouseButton.LeftButton)) == []
    window.close()


def test_a_message_she_closed_is_gone(qtbot, tmp_path):
    from ssa_desktop.ui.common.messages import show_info

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    assert _opened_by(qtbot, parent, lambda: show_info(parent, "Gespeichert.")) == []


# -- dialogs opened without waiting (open()): deleted on close as well -------------------
def _opened_without_waiting(qtbot, window: QWidget, click) -> list[str]:
    """Click an opener that shows a window-modal dialog and returns; Esc on it (with
    typed text: answered); the hidden dialogs left under ``window`` afterwards."""
    before = {shiboken6.getCppPointer(d)[0] for d in window.findChildren(QDialog)}
    click()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    closer = EscCloser(qtbot, dialog)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert closer.problem == ""
    _settle_deletes()
    return _hidden_dialogs(window, before)


def test_the_shortcuts_and_the_statement_are_gone_after_esc(ctx, qtbot, tmp_path):
    window = active_main_window(ctx, qtbot, tmp_path)
    assert _opened_without_waiting(qtbot, window, window.show_shortcuts) == []
    assert _opened_without_waiting(qtbot, window, window.show_accessibility_statement) == []
    window.close()


def test_a_new_request_is_gone_after_esc(ctx, qtbot, pupil, tmp_path):
    window = active_main_window(ctx, qtbot, tmp_path)
    panel = window.show_area("privacy").requests
    assert isinstance(panel, RequestsPanel)
    assert _opened_without_waiting(qtbot, window, lambda: panel.new_request("auskunft")) == []
    window.close()


def test_the_dialogs_of_her_consents_are_gone_after_esc(ctx, qtbot, pupil):
    from ssa_desktop.ui.consents.panel import ConsentsPanel

    panel = shown_refreshed(qtbot, ConsentsPanel(ctx, pupil.id))
    assert _opened_without_waiting(qtbot, panel, panel.add_button.click) == []
    assert _opened_without_waiting(qtbot, panel, panel.document_disclosure) == []


# -- the deputy's window: her entry dialogs (opened without waiting) -----------------------
def test_the_deputys_entry_dialogs_are_gone_after_esc_and_after_saving(ctx, qtbot, tmp_path):
    from ssa_desktop.domain import clock
    from tests.ui.handover.deputy_fixture import WORKDAY, colleagues_package, open_deputy_window

    folder = tmp_path / "stick"
    folder.mkdir()
    with clock.frozen(WORKDAY):
        window = open_deputy_window(ctx, qtbot, colleagues_package(folder), (1280, 688))
        window.persons.setCurrentIndex(window.persons_model.index(0, 0))
        assert _opened_without_waiting(qtbot, window, window.add_contact) == []
        assert _opened_without_waiting(qtbot, window, window.add_appointment) == []
        assert window.entry_dialog is None
        before = {shiboken6.getCppPointer(d)[0] for d in window.findChildren(QDialog)}
        dialog = window.add_appointment()   # saved: Alt+S writes the appointment
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
        assert window.status.text().startswith("Termin eingetragen")
        _settle_deletes()
        assert _hidden_dialogs(window, before) == []
        window.close()


# -- the Träger kit, opened from the wizard and from the unlock window ---------------------
def test_the_traeger_kit_is_gone_after_esc_from_the_wizard_and_the_unlock_window(qtbot,
                                                                                 tmp_path):
    from keyring.backends import fail

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.vault.unlock import UnlockDialog
    from ssa_desktop.ui.vault.wizard import FirstRunWizard
    from tests.conftest import FAST_KDF, PASSPHRASE

    wizard = FirstRunWizard(tmp_path / "neu", store=DeviceKeyStore(fail.Keyring()),
                            kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    welcome = wizard.welcome
    assert _opened_without_waiting(qtbot, wizard, welcome.kit_button.click) == []
    assert welcome.kit_dialog is None

    Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)[0].lock()
    window = UnlockDialog(Vault(tmp_path / "tresor"), kdf_params=FAST_KDF,
                          store=DeviceKeyStore(fail.Keyring()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _opened_without_waiting(qtbot, window, window.kit_button.click) == []
    assert window.kit_dialog is None


# -- the unlock window after the unlock --------------------------------------------------
def _type(widget: QWidget, text: str) -> None:
    """Real key events; QTest's keyClicks aborts the process (a Qt assert) on a character
    it has no key for, such as the passphrase's „ü“: that one goes as a key with its text."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def test_the_unlock_window_is_gone_after_the_unlock(ctx, qtbot, tmp_path):
    from ssa_desktop.ui.vault.unlock import UnlockDialog
    from tests.conftest import PASSPHRASE

    window = active_main_window(ctx, qtbot, tmp_path)
    for _ in range(2):   # the second lock opens a new unlock window, not the old one
        ctx.lock()
        qtbot.waitUntil(lambda: window.unlock_dialog is not None
                        and window.unlock_dialog.isVisible())
        dialog = window.unlock_dialog
        _type(dialog.passphrase.edit, PASSPHRASE)
        QTest.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=10000)
        assert window.unlock_dialog is None
        _settle_deletes()
        assert not shiboken6.isValid(dialog)
        assert window.findChildren(UnlockDialog) == []
    assert ctx.session is not None and window.current_area_key() == "overview"
    window.close()
