"""A dialog of one record whose typed input survives Strg+L, the auto-lock and Strg+Q as
a draft (``form_draft``): the Einwilligung and the Fall; a goal and its rating
(``DraftedKeepingDialog``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ..common.closing import KeepingDialog
from ..common.messages import ask_yes_no
from ..i18n import translator
from .form_draft import FormDraft

tr = translator("DraftedDialog")


class DraftedDialog(QDialog):
    """The subclass makes ``form_draft`` once its fields exist, connects the lock to
    ``_closed_by_lock`` and says in ``discard_question`` what Esc asks. The lock closes
    the dialog without a question (the draft was kept before); the Übersicht reopens it
    through ``restore_draft``."""

    form_draft: FormDraft

    def discard_question(self) -> tuple[str, str]:
        """The question and its title before typed input is thrown away."""
        raise NotImplementedError

    def _closed_by_lock(self) -> None:
        QDialog.reject(self)

    def restore_draft(self, draft) -> None:
        """Show the input kept at lock or quit (opened from the Übersicht)."""
        self.form_draft.restore(draft)

    def reject(self) -> None:
        """Esc / Abbrechen: typed input is not thrown away without a question."""
        if self.isVisible() and self.form_draft.unsaved():
            question, title = self.discard_question()
            if not ask_yes_no(self, question, title=title, yes=tr("Verwerfen"),
                              no=tr("Weiter bearbeiten")):
                return
        self.form_draft.drop()
        self.form_draft.stop()
        super().reject()


class DraftedKeepingDialog(KeepingDialog):
    """A ``KeepingDialog`` whose input survives Strg+L, the auto-lock and Strg+Q as a
    draft (the subclass makes ``form_draft`` once its fields exist): a goal set up, a goal
    rated. Esc asks as every ``KeepingDialog`` does; once she let it go, or saved (the
    subclass drops it in ``accept``), the draft goes too."""

    form_draft: FormDraft

    def _save_for_quit(self) -> bool:
        self.accept()
        return self.result() == QDialog.DialogCode.Accepted

    def restore_draft(self, draft) -> None:
        """Show the input kept at lock or quit (opened from the Übersicht)."""
        self.form_draft.restore(draft)

    def reject(self) -> None:
        super().reject()
        if not self.isVisible():
            self.form_draft.drop()
            self.form_draft.stop()
