"""Suche (Strg+K): one field over persons, notes, groups, partners and documents (by title
and kind; Enter shows the document on its person's page).

The full-text index lives inside the encrypted vault (FTS5). Results are grouped by
kind, the most recently recorded first; matches are bold. Each kind shows 20 hits; when
there are more, a last row "Weitere … anzeigen" loads the next 20 of that kind (a common word's hits grow with the years, the first page does not). Real names appear
only when "Namen anzeigen" is on; a match in a hidden name says "Treffer im Namen"
without revealing it.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ...formatting import fmt_date
from ...services import search
from ..common.announce import MessageLabel, announce
from ..common.forms import buddy_label
from ..common.labels import name_window
from ..common.lifetime import connect_for
from ..common.screen_fit import resize_within_screen
from ..common.text_boxes import make_line_edit
from ..context import AppContext
from ..documents import DOCUMENT_RECORD
from ..i18n import translator

tr = translator("SearchDialog")

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PERSON_ROLE = Qt.ItemDataRole.UserRole + 3
HTML_ROLE = Qt.ItemDataRole.UserRole + 4

GROUPS = (("person", "Personen"), ("contact", "Notizen"), ("group", "Gruppen"),
          ("partner", "Partner"), ("document", "Dokumente"))
MORE = "more"  # KIND_ROLE of the row that loads the next page of a kind (ID_ROLE: the kind)
DEBOUNCE_MS = 150


def marked_to_html(text: str) -> str:
    """Escape the content, then render [[…]] as bold."""
    escaped = html.escape(text, quote=False)
    return escaped.replace("[[", "<b>").replace("]]", "</b>")


def split_person_snippet(snippet: str, pseudonym: str) -> tuple[str, str]:
    """The person snippet is "<pseudonym> <first> <last>" with markers; split off the
    pseudonym part (markers kept) from the name part."""
    plain = 0
    i = 0
    while i < len(snippet) and plain < len(pseudonym):
        if snippet.startswith("[[", i) or snippet.startswith("]]", i):
            i += 2
            continue
        plain += 1
        i += 1
    while snippet.startswith("]]", i):
        i += 2
    return snippet[:i], snippet[i:].strip()


def hit_html(hit: search.SearchHit, show_names: bool) -> str:
    if hit.kind == "person":
        pseudo, names = split_person_snippet(hit.snippet, hit.title)
        line = marked_to_html(pseudo)
        if show_names and names.replace("[[", "").replace("]]", "").strip():
            line += " · " + marked_to_html(names)
        elif "[[" in names and "[[" not in pseudo:
            line += " · <i>" + html.escape(tr("Treffer im Namen")) + "</i>"
        return line
    if hit.kind == "contact":
        pseudo, _, day = hit.title.partition(" · ")
        head = html.escape(f"{pseudo or tr('ohne Person')} · {fmt_date(day) if day else ''}")
        return f"{head}<br><span>{marked_to_html(hit.snippet)}</span>"
    title = html.escape(hit.title)
    snippet = re.sub(r"\s+", " ", hit.snippet).strip()
    return f"{title}<br><span>{marked_to_html(snippet)}</span>" if snippet else title


def _hit_item(hit: search.SearchHit, show_names: bool) -> QStandardItem:
    item = QStandardItem()
    rich = hit_html(hit, show_names)
    item.setData(rich, HTML_ROLE)
    plain = QTextDocument()
    plain.setHtml(rich)
    item.setData(plain.toPlainText(), Qt.ItemDataRole.DisplayRole)
    item.setData(hit.kind, KIND_ROLE)
    item.setData(hit.id, ID_ROLE)
    item.setData(hit.person_id or "", PERSON_ROLE)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class _RichDelegate(QStyledItemDelegate):
    """Paints HTML_ROLE as rich text (content already escaped)."""

    def _doc(self, option, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or html.escape(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        doc.setTextWidth(max(option.rect.width() - 8, 100))
        return doc

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        text_option = type(option)(option)
        text_option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        doc = self._doc(option, index)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        doc.drawContents(painter, QRectF(0, 0, option.rect.width() - 8, option.rect.height()))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        doc = self._doc(option, index)
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()) + 4)


class SearchDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        name_window(self, tr("Suche"))
        resize_within_screen(self, 640, 520)
        layout = QVBoxLayout(self)
        self.field = make_line_edit(tr("Suchen nach"),
                                    tr("Suchen in Personen, Notizen, Gruppen, Partnern, Dokumenten …"))
        self.field.setClearButtonEnabled(True)
        search_row = QHBoxLayout()
        search_row.addWidget(buddy_label(tr("Suchen nach:"), self.field))
        search_row.addWidget(self.field, 1)
        layout.addLayout(search_row)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(_RichDelegate(self.view))
        self.view.setAccessibleName(tr("Suchergebnisse"))
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        layout.addWidget(self.view, 1)
        # the number of hits is announced when it changes; the selected hit when ↑/↓
        # (or a new search) selects it
        self.hint = MessageLabel(tr("↑/↓ auswählen · Enter öffnen · Esc schließen"))
        self.hint.setAccessibleDescription(tr("Bedienhinweis"))
        self.hint.setWordWrap(True)
        self._text = ""                            # the words of the hits shown
        self._shown: dict[str, list[search.SearchHit]] = {}  # per kind, last recorded first
        self._more: set[str] = set()               # kinds with more hits than shown
        layout.addWidget(self.hint)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.installEventFilter(self)
        self.view.activated.connect(self.open_index)
        connect_for(self, ctx.locked, self._on_locked)
        self.field.setFocus()

    # -- searching ---------------------------------------------------------------------------
    def run_search(self) -> None:
        self.model.clear()
        self._shown, self._more = {}, set()
        text = self.field.text().strip()
        self._text = text
        if not text or not self.ctx.is_unlocked:
            self.hint.setText(tr("↑/↓ auswählen · Enter öffnen · Esc schließen"))
            return
        page = search.search_page(self.ctx.conn, text)
        self._more = set(page.more)
        show_names = self.ctx.show_names
        for kind, label in GROUPS:
            group = [h for h in page.hits if h.kind == kind]
            if not group:
                continue
            self._shown[kind] = group
            header = QStandardItem(self._header_text(kind))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setAccessibleText(tr(label))
            header.setData(kind, ID_ROLE)
            self.model.appendRow(header)
            for hit in group:
                self.model.appendRow(_hit_item(hit, show_names))
            if kind in self._more:
                self.model.appendRow(self._more_item(kind))
        self._update_hint()
        rows = self._selectable_rows()
        self._select(rows[0] if rows else -1)

    def _header_text(self, kind: str) -> str:
        label = tr(dict(GROUPS)[kind])
        n = len(self._shown.get(kind, ()))
        if kind in self._more:
            return tr("{0} (die {1} zuletzt erfassten, es gibt weitere)").format(label, n)
        return f"{label} ({n})"

    def _more_item(self, kind: str) -> QStandardItem:
        item = QStandardItem(tr("Weitere {0} anzeigen …").format(tr(dict(GROUPS)[kind])))
        item.setData(MORE, KIND_ROLE)
        item.setData(kind, ID_ROLE)
        item.setData("", PERSON_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        return item

    def _update_hint(self) -> None:
        count = sum(len(hits) for hits in self._shown.values())
        if not count:
            self.hint.setText(tr("Keine Treffer."))
        elif self._more:
            self.hint.setText(tr("{0} Treffer angezeigt, zuletzt Erfasstes zuerst; es gibt weitere: "
                                 "„Weitere … anzeigen“ wählen oder den Suchbegriff genauer "
                                 "fassen · ↑/↓ auswählen · Enter öffnen").format(count))
        else:
            self.hint.setText(tr("{0} Treffer · ↑/↓ auswählen · Enter öffnen").format(count))

    def load_more(self, kind: str) -> None:
        """The next 20 hits of ``kind`` (recorded before the oldest shown) in place of its
        "Weitere … anzeigen" row; the first of them is selected."""
        shown = self._shown.get(kind)
        if not shown or kind not in self._more or not self.ctx.is_unlocked:
            return
        page = search.search_page(self.ctx.conn, self._text, kinds=(kind,),
                                  before=shown[-1].rowid)
        row = next(r for r in range(self.model.rowCount())
                   if self.model.item(r).data(KIND_ROLE) == MORE
                   and self.model.item(r).data(ID_ROLE) == kind)
        show_names = self.ctx.show_names
        for offset, hit in enumerate(page.hits):
            self.model.insertRow(row + offset, _hit_item(hit, show_names))
        shown += page.hits
        if kind not in page.more:
            self._more.discard(kind)
            self.model.removeRow(row + len(page.hits))
        header = next(r for r in range(self.model.rowCount())
                      if not self.model.item(r).flags() & Qt.ItemFlag.ItemIsSelectable
                      and self.model.item(r).data(ID_ROLE) == kind)
        self.model.item(header).setText(self._header_text(kind))
        self._update_hint()
        self._select(row if page.hits else row - 1)

    def _selectable_rows(self) -> list[int]:
        return [r for r in range(self.model.rowCount())
                if self.model.item(r).flags() & Qt.ItemFlag.ItemIsSelectable]

    def _select(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        rows = self._selectable_rows()
        announce(self.field, tr("Treffer {0} von {1}: {2}").format(
            rows.index(row) + 1, len(rows), index.data(Qt.ItemDataRole.DisplayRole) or ""))

    def _move(self, delta: int) -> None:
        rows = self._selectable_rows()
        if not rows:
            return
        current = self.view.currentIndex().row()
        position = rows.index(current) if current in rows else -1
        self._select(rows[max(0, min(len(rows) - 1, position + delta))])

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if self.timer.isActive():
                    self.timer.stop()
                    self.run_search()
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.timer.stop()
                    self.run_search()
                self.open_index(self.view.currentIndex())
                return True
        return super().eventFilter(obj, event)

    # -- opening -------------------------------------------------------------------------------
    def open_index(self, index: QModelIndex) -> None:
        if not index.isValid() or not (self.model.itemFromIndex(index).flags() & Qt.ItemFlag.ItemIsSelectable):
            return
        kind = index.data(KIND_ROLE)
        record = index.data(ID_ROLE)
        person = index.data(PERSON_ROLE)
        if kind == MORE:
            self.load_more(record)
            return
        if kind in ("person", "contact"):
            if not person:
                return
            target = ("persons", person)
        elif kind == "document":
            target = ("persons", DOCUMENT_RECORD + record)
        elif kind == "group":
            target = ("groups", record)
        else:
            target = ("network", record)
        self.accept()
        self.ctx.open_record(*target)

    def clear(self) -> None:
        self.timer.stop()
        self.model.clear()
        self._shown, self._more, self._text = {}, set(), ""
        self.field.clear()

    def _on_locked(self) -> None:
        self.clear()
        self.hide()

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
