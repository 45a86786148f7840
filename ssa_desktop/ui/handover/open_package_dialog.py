"""Opening a package: the file and its key in one dialog. A refused key (a
mistyped character of the 64) is corrected in place: the file stays chosen, the key
field keeps what she typed, the German reason stands under it until the next try."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import handover as svc
from ..common.button_row import end_button_row
from ..common.combos import make_combo
from ..common.dialog_buttons import cancel_button, default_button
from ..common.files import choose_open_file
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import buddy_label
from ..common.labels import bind_labels_to_inputs, name_window
from ..common.message_line import add_last, error_line
from ..common.secret_field import SecretField
from ..common.tab_chain import tab_chain
from ..common.text_boxes import make_line_edit
from ..i18n import translator

tr = translator("Handover")


class OpenPackageDialog(QDialog):
    """``OpenPackageDialog(title, attempt)``: „Öffnen“ calls ``attempt(path, key_text)``;
    its ``svc.PackageError`` is shown in the dialog (nothing typed is lost), its result
    is kept in ``opened`` and the dialog closes. ``remembered``: (label, path) of the
    packages her vault keeps the key of; one chosen there is opened with ``attempt(path,
    "")`` (the caller takes the key from the vault; it is never put on screen)."""

    def __init__(self, title: str, attempt, parent: QWidget | None = None, *,
                 folder: Path | None = None,
                 remembered: list[tuple[str, Path]] | None = None):
        super().__init__(parent)
        name_window(self, title)
        self._attempt = attempt
        self._remembered = list(remembered or ())
        self.remembered = make_combo(tr("Gemerktes Paket"))
        for label, path in self._remembered:
            self.remembered.addItem(tr("{0} ({1})").format(label, path.name), str(path))
        self.remembered.addItem(tr("anderes Paket: Datei und Schlüssel angeben"), "")
        self.remembered.currentIndexChanged.connect(self._chosen)
        self._folder = folder or svc.default_folder()
        self.opened = None
        self.file = make_line_edit(tr("Paketdatei"),
                                   tr("…/vertretung-JJJJ-MM-TT-xxxxxxxx.ssapaket"))
        self.browse_button = QPushButton(tr("&Auswählen …"))
        self.browse_button.setAccessibleName(tr("Paketdatei auswählen"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file, 1)
        row.addWidget(self.browse_button)
        file_row.setFocusProxy(self.file)
        self.key_field = SecretField(tr("Paketschlüssel"),
                                     tr("64 Zeichen vom Paketblatt, z. B. 3F2A 91C0 …"),
                                     toggle_name=tr("Paketschlüssel anzeigen"),
                                     toggle_text=tr("Schlüssel an&zeigen"), monospace=True)
        self.key = self.key_field.edit
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance("0" * 72) + 16)
        self.key.textEdited.connect(lambda _t: self.show_error(""))
        self.show_key = self.key_field.toggle
        self.error = error_line(tr("Fehlermeldung"))
        self.error.hide()
        form = QFormLayout()
        # the key's 72 characters beside their label left no room on a narrow screen (the
        # dialog scrolled sideways): there each label stands above its field
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.remembered_label = buddy_label(tr("Ge&merkt"), self.remembered)
        form.addRow(self.remembered_label, self.remembered)
        form.addRow(buddy_label(tr("Paket&datei"), file_row), file_row)
        form.addRow(buddy_label(tr("Paket&schlüssel"), self.key_field), self.key_field)
        # its toggle on a line of its own below the key: beside it, the key's 72 characters
        # were wider than 640×360 (1280×720 at 200 %)
        self.key_field.layout_row.removeWidget(self.show_key)
        form.addRow("", self.show_key)
        self.open_button = default_button(tr("Ö&ffnen"), tr("Paket öffnen"), self.try_open)
        self.cancel_button = cancel_button(self.reject)
        buttons = end_button_row(self.cancel_button, self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        add_last(layout, self.error)  # below the buttons: a refusal moves none
        # on a small screen (640×360 at 200 %) the whole dialog scrolls
        whole_window_scrolls(self)
        tab_chain(self.remembered, self.file, self.browse_button, self.key, self.show_key,
                  self.cancel_button, self.open_button)
        bind_labels_to_inputs(self)
        self.remembered.setVisible(bool(self._remembered))
        self.remembered_label.setVisible(bool(self._remembered))
        self._chosen()
        (self.remembered if self._remembered else self.file).setFocus()

    def remembered_path(self) -> str:
        """The path of the remembered package chosen, else ""."""
        return (self.remembered.currentData() or "") if self._remembered else ""

    def _chosen(self, _index: int = 0) -> None:
        """A remembered package fills the file and needs no key typed."""
        chosen = self.remembered_path()
        if chosen:
            self.file.setText(chosen)
            self.key_field.wipe()
        for widget in (self.file, self.browse_button, self.key, self.show_key):
            widget.setEnabled(not chosen)
        self.key.setPlaceholderText(tr("im Tresor gemerkt") if chosen else
                                    tr("64 Zeichen vom Paketblatt, z. B. 3F2A 91C0 …"))
        self.show_error("")

    def browse(self) -> None:
        typed = self.file.text().strip()
        start = Path(typed).parent if typed else self._folder
        path = choose_open_file(self, self.windowTitle(), tr("Pakete (*.ssapaket)"), start)
        if path:
            self.file.setText(path)
            self.key.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def try_open(self) -> None:
        chosen = self.remembered_path()
        if chosen:
            self._open(chosen, "")
            return
        path = self.file.text().strip()
        if not path:
            self.show_error(tr("Bitte die Paketdatei wählen."))
            self.file.setFocus()
            return
        if not self.key.text().strip():
            self.show_error(tr("Bitte den Paketschlüssel vom Paketblatt eingeben."))
            self.key.setFocus()
            return
        self._open(path, self.key.text())

    def _open(self, path: str, key_text: str) -> None:
        try:
            self.opened = self._attempt(Path(path), key_text)
        except svc.PackageError as err:
            self.show_error(str(err))
            if self.remembered_path():
                self.remembered.setFocus()
            elif not Path(path).is_file():  # e.g. an expired package was deleted
                self.file.setFocus()
            else:
                self.key.setFocus()  # the text stays; she corrects the one character
            return
        self.show_error("")
        self.accept()

    def done(self, result: int) -> None:
        """Closed either way (opened, cancelled, locked): the key is wiped and the dialog
        deletes itself, whoever opened it; ``opened`` is read before control returns to
        the event loop."""
        self.key_field.wipe()
        super().done(result)
        self.deleteLater()

