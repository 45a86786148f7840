"""The package dialogs' documents (school and Vertretung): she ticks which go; none is
ticked at first (a document goes only when ticked — docs/documents.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...domain import catalogues as cat
from ...formatting import fmt_date
from ..i18n import translator
from .due_list import ticks_under_label

tr = translator("Handover")


class DocumentTicks(QWidget):
    """``show_documents(docs)``; ``ticked()`` the ids she ticked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Dokumente, die mitgehen"))
        self.label = ticks_under_label(self, self.list, tr(
            "<b>&Dokumente</b> – nur angehakte gehen mit (verschlüsselt im Paket); Leertaste "
            "setzt den Haken."))

    def show_documents(self, docs) -> None:
        self.list.clear()
        for doc in docs:
            text = f"{doc.title} – {cat.DOCUMENT_KINDS.label(doc.kind)}, {fmt_date(doc.day)}"
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, tr("Mitgeben: {0}").format(text))
            self.list.addItem(item)
        if docs:
            self.list.setCurrentRow(0)
        self.setVisible(bool(docs))

    def ticked(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]
