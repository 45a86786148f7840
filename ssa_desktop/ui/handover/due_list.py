"""The persons of a package already due for deletion („Löschung fällig"), shown in the
preview of a school package and of a Vertretungspaket: each with the rule's reason and a
choice, „nicht mitgeben" (the default, the tick empty) or „trotzdem mitgeben" (ticked
with Space). Hidden while there is none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...services.handover import DuePerson
from ..common.tables import make_table_view
from ..i18n import translator

tr = translator("Handover")


def _cell(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


def ticks_under_label(box: QWidget, view: QWidget, text: str) -> QLabel:
    """``box`` shows ``text`` (its Alt letter reaches ``view``) over ``view``, at most 110 px
    high, and is hidden until there is something to tick: the package dialogs' tick lists
    (the persons due, the documents) look and behave alike, one over the other."""
    view.setMaximumHeight(110)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(view)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(view)
    box.setVisible(False)
    return label


class DueList(QWidget):
    """``show_persons(due)``; ``send_due()`` the ids ticked „trotzdem mitgeben"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([tr("Person"), tr("Grund"),
                                              tr("Trotzdem mitgeben")])
        self.table = make_table_view(self.model, tr("Zur Löschung fällige Personen"),
                                     alternating=False, stretch=1)
        self.label = ticks_under_label(self, self.table, tr(
            "<b>Zur Lösc&hung fällig</b> – ohne Haken „nicht mitgeben“: die Person bleibt mit "
            "allem, was zu ihr gehört, bei Ihnen. Leertaste setzt „trotzdem mitgeben“."))

    def show_persons(self, due: list[DuePerson]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for d in due:
            choice = QStandardItem(tr("nicht mitgeben"))
            choice.setCheckable(True)
            choice.setCheckState(Qt.CheckState.Unchecked)
            choice.setEditable(False)
            choice.setData(d.person_id, Qt.ItemDataRole.UserRole)
            choice.setData(tr("Trotzdem mitgeben: {0} ({1})").format(d.pseudonym, d.reason),
                           Qt.ItemDataRole.AccessibleTextRole)
            self.model.appendRow([_cell(d.pseudonym), _cell(d.reason), choice])
        self.model.itemChanged.connect(self._said, Qt.ConnectionType.UniqueConnection)
        self.table.resizeColumnsToContents()
        if due:
            self.table.setCurrentIndex(self.model.index(0, 2))
        self.setVisible(bool(due))

    def _said(self, item: QStandardItem) -> None:
        """The choice's text follows its tick, so that it reads what will happen."""
        if item.column() != 2:
            return
        text = tr("trotzdem mitgeben") if item.checkState() == Qt.CheckState.Checked else tr("nicht mitgeben")
        if item.text() != text:
            item.setText(text)

    def send_due(self) -> list[str]:
        return [self.model.item(r, 2).data(Qt.ItemDataRole.UserRole) for r in range(self.model.rowCount())
                if self.model.item(r, 2).checkState() == Qt.CheckState.Checked]

    def left_out(self) -> set[str]:
        return {self.model.item(r, 2).data(Qt.ItemDataRole.UserRole) for r in range(self.model.rowCount())
                if self.model.item(r, 2).checkState() != Qt.CheckState.Checked}


def left_out_text(result) -> str:
    """„Nicht mitgegeben (Löschung fällig): K-17, N-5" of a written package, or ""."""
    if not result.left_out:
        return ""
    return tr("Nicht mitgegeben (zur Löschung fällig, bleiben bei Ihnen): {0}").format(
        ", ".join(d.pseudonym for d in result.left_out))
