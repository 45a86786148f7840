"""After unlock: the emergency key of a vault whose key was never confirmed (the set-up
wizard was cancelled after creation) is shown again, with the same check box as in the
wizard; it comes back at every unlock until she confirms."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ...services import vault_admin
from ..common.lifetime import connect_for
from ..i18n import translator

tr = translator("EmergencyReminder")


def remind_emergency_key(ctx, parent: QWidget | None = None):
    """Show the key when it is unconfirmed; the dialog (or None)."""
    session = ctx.session
    if session is None or not vault_admin.emergency_key_unconfirmed(session):
        return None
    from ..settings.dialogs import EmergencyKeyDialog

    dialog = EmergencyKeyDialog(session.emergency_key(), parent, new=False)
    dialog.setWindowTitle(tr("Notfallschlüssel noch nicht bestätigt"))
    dialog.confirm = confirm = QCheckBox(tr("Ich habe den Notfallschlüssel sicher verwahrt."),
                                         dialog)
    confirm.setAccessibleName(tr("Ich habe den Notfallschlüssel sicher verwahrt"))
    layout = cast(QVBoxLayout, dialog.layout())
    layout.insertWidget(layout.indexOf(dialog.buttons), confirm)  # above the buttons
    dialog.show_status(tr("Bei der Einrichtung wurde der Notfallschlüssel nicht bestätigt. "
                          "Er wird bei jedem Entsperren angezeigt, bis Sie bestätigen."))

    def save_sheet() -> None:
        from pathlib import Path

        from ..common.files import choose_save_file

        path = choose_save_file(dialog, tr("Notfallblatt speichern"), "Notfallblatt.pdf",
                                "PDF (*.pdf)")
        if path:
            written = vault_admin.write_vault_emergency_sheet(session, Path(path))
            dialog.show_status(tr("Notfallblatt gespeichert: {0}").format(written))

    def closed(_result: int) -> None:
        if confirm.isChecked() and ctx.session is session:
            vault_admin.confirm_emergency_key(session)

    dialog.save_sheet.clicked.connect(save_sheet)
    dialog.finished.connect(closed)
    connect_for(dialog, ctx.locked, dialog.reject)
    dialog.open()
    return dialog
