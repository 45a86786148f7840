"""A document shown inside the program, from memory (docs/documents.md).

Pages with Bild auf / Bild ab (or the buttons), zoom with Strg++ / Strg+- / Strg+0, print
with Strg+P („Drucken …“: a disclosure she confirms, ``export_dialog``); the
page's text for a screen reader is its position („Seite 2 von 3 – Brief vom Jugendamt“).
The decrypted bytes live only in this window's memory and go when it closes or the vault
locks; nothing is written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain.entities import Document
from ..common.forms import make_button
from ..common.layouts import flow_row
from ..common.lifetime import connect_for
from ..common.picture_label import PictureLabel
from ..context import AppContext
from ..i18n import translator
from ..memory import give_back_when_gone
from .render import Pages, Unshowable

tr = translator("DocumentViewer")
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class DocumentViewer(QDialog):
    """``DocumentViewer(ctx, doc, data)``: raises ``render.Unshowable`` for a format or
    file it cannot show."""

    def __init__(self, ctx: AppContext, doc: Document, data: bytes,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.pages = Pages(data, doc.mime)
        self.ctx = ctx
        self.printing: QDialog | None = None
        self.index, self.zoom = 0, 2
        self.setWindowTitle(tr("Dokument ansehen"))   # no title of hers in the window title
        layout = QVBoxLayout(self)
        self.previous = make_button(tr("◀ &Vorige Seite"), tr("Vorige Seite (Bild auf)"),
                                    lambda: self.go(self.index - 1))
        self.next = make_button(tr("&Nächste Seite ▶"), tr("Nächste Seite (Bild ab)"),
                                lambda: self.go(self.index + 1))
        self.smaller = make_button(tr("&Kleiner"), tr("Verkleinern (Strg+Minus)"),
                                   lambda: self.set_zoom(self.zoom - 1))
        self.larger = make_button(tr("&Größer"), tr("Vergrößern (Strg+Plus)"),
                                  lambda: self.set_zoom(self.zoom + 1))
        self.position = QLabel()
        self.position.setAccessibleDescription(tr("Seite"))
        self.print_button = make_button(tr("&Drucken …"), tr("Dokument drucken (Strg+P)"),
                                        self.print_document)
        close = make_button(tr("Schließen"), tr("Dokument schließen"), self.accept)
        # one line; where the width ends (200 %) the buttons wrap
        layout.addLayout(flow_row((self.previous, self.next, self.position),
                                  (self.smaller, self.larger), self.print_button, close))
        self.page = PictureLabel()   # painted from the image: not kept in Qt's pixmap cache
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # the page takes the keys
        self.pane = QScrollArea()
        self.pane.setWidget(self.page)
        self.pane.setWidgetResizable(True)
        self.pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.pane, 1)
        self.page.installEventFilter(self)
        connect_for(self, ctx.locked, self.reject)
        self.finished.connect(self._forget)
        give_back_when_gone(self)   # its page and window go back once it is deleted
        self.resize(900, 640)
        self.show_page()
        self.page.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The page's keys before the scroll area takes Bild auf / Bild ab."""
        if event.type() == QEvent.Type.KeyPress and self._key(cast(QKeyEvent, event)):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        """Bild auf / Bild ab: pages; Strg++ / Strg+- / Strg+0: zoom; Strg+P: print. True
        when taken."""
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        actions: dict[Qt.Key, Callable[[], object]] = {
            Qt.Key.Key_PageDown: lambda: self.go(self.index + 1),
            Qt.Key.Key_PageUp: lambda: self.go(self.index - 1)}
        if ctrl:
            actions |= {Qt.Key.Key_Plus: lambda: self.set_zoom(self.zoom + 1),
                        Qt.Key.Key_Equal: lambda: self.set_zoom(self.zoom + 1),
                        Qt.Key.Key_Minus: lambda: self.set_zoom(self.zoom - 1),
                        Qt.Key.Key_0: lambda: self.set_zoom(2),
                        Qt.Key.Key_P: self.print_document}
        action = actions.get(Qt.Key(key))
        if action is None:
            return False
        action()
        event.accept()
        return True

    def print_document(self) -> QDialog:
        """„Drucken …“: whom and why, then the printer; logged as a disclosure."""
        from .export_dialog import PrintDocumentDialog

        dialog = PrintDocumentDialog(self.ctx, self.doc, self)
        dialog.open()
        self.printing = dialog
        return dialog

    def go(self, index: int) -> None:
        if 0 <= index < self.pages.count:
            self.index = index
            self.show_page()

    def set_zoom(self, step: int) -> None:
        self.zoom = max(0, min(step, len(ZOOMS) - 1))
        self.show_page()

    def show_page(self) -> None:
        if self.pages.count == 0:
            return
        text = tr("Seite {0} von {1}").format(self.index + 1, self.pages.count)
        try:
            image = self.pages.image(self.index, ZOOMS[self.zoom])
        except (Unshowable, OSError) as err:   # the page's child died: said, nothing lost
            self.page.clear()
            self.page.setWordWrap(True)
            self.page.setText(str(err))
            self.page.setAccessibleName(f"{text} – {err}")
        else:
            self.page.set_image(image)
            self.page.setAccessibleName(f"{text} – {self.doc.title}")
        self.position.setText(text)
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < self.pages.count - 1)
        self.smaller.setEnabled(self.zoom > 0)
        self.larger.setEnabled(self.zoom < len(ZOOMS) - 1)

    def _forget(self) -> None:
        """The bytes and pictures go with the window."""
        self.page.clear()
        self.pages.close()
