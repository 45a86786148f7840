"""Beratungszettel drucken: preview, layout, extra blank slips, print or save as PDF.

Printing paints the slips straight onto the QPrinter (``slip_painter``); no PDF or image
with names is written to a temp folder. "Als PDF speichern …" writes atomically where
the user chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import slips as slip_rules
from ...domain.errors import UserError
from ...domain.slips import SlipData
from ...reports.slip_layout import LAYOUT_LABELS, LAYOUTS, Page, pages
from ...services import appointments as svc
from ...services import settings
from ..common.button_row import button_row, end_button_row
from ..common.combos import make_combo
from ..common.dialog_buttons import default_button
from ..common.files import choose_open_file, read_chosen_picture, save_path_chooser
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import make_button
from ..common.labels import name_window
from ..common.messages import show_error, user_message
from ..common.modal import modal, run_modal
from ..common.picture_label import PictureLabel
from ..common.spins import make_spin_box
from ..i18n import translator
from .slip_painter import PREVIEW_WIDTH, preview_image, print_pages

if TYPE_CHECKING:  # Qt's printing library loads when she prints, not with the dialog
    from PySide6.QtPrintSupport import QPrinter

tr = translator("Slips")

PREVIEW_PAGES = 12  # a longer batch previews its first pages; all of them print


class SlipPrintDialog(QDialog):
    """Preview and print a list of slips. ``message`` says what happened afterwards."""

    def __init__(self, ctx, slips: list[SlipData] | Callable[[Any], list[SlipData]],
                 parent: QWidget | None = None, *, suggested: str = "Beratungszettel.pdf"):
        """``slips``: the slips, or a function ``source(conn)`` that builds them (then a
        change of the name format or the logo rebuilds them)."""
        super().__init__(parent)
        self.ctx = ctx
        if callable(slips):
            self.source: Callable[[Any], list[SlipData]] | None = slips
            self.slips = slips(ctx.conn)
        else:
            self.source, self.slips = None, list(slips)
        self.suggested = suggested
        self.message = ""
        # Replaceable in tests (the real dialogs are modal and talk to the system).
        self.save_path_chooser = save_path_chooser(self, tr("Beratungszettel speichern"),
                                                   tr("PDF (*.pdf)"))
        self.printer_chooser = self._choose_printer
        name_window(self, tr("Beratungszettel drucken"))

        self.layout_box = QComboBox()
        for code in LAYOUTS:
            self.layout_box.addItem(tr(LAYOUT_LABELS[code]), code)
        self.layout_box.setAccessibleName(tr("Format"))
        self.blank_box = make_spin_box(tr("Leere Zettel dazu"), 0, 100)
        self.blank_box.setToolTip(tr("Zettel ohne Namen zum Ausfüllen von Hand"))
        self.name_box = make_combo(tr("Name auf dem Zettel"))
        for code in slip_rules.NAME_FORMATS:
            self.name_box.addItem(tr(slip_rules.NAME_FORMAT_LABELS[code]), code)
        self.name_box.setCurrentIndex(max(0, self.name_box.findData(
            settings.get(ctx.conn, slip_rules.NAME_FORMAT))))
        self.name_box.setEnabled(self.source is not None)
        self.logo_button = make_button(tr("Logo &wählen …"),
                                       tr("Logo der Schule für die Zettel wählen"),
                                       self.choose_logo)
        self.logo_clear = make_button(tr("Logo entfernen"), tr("Logo entfernen"),
                                      lambda: self._set_logo(None))
        self.logo_path_chooser = self._choose_logo
        logo_row = button_row(self.logo_button, self.logo_clear)
        form = QFormLayout()
        form.addRow(tr("&Format"), self.layout_box)
        form.addRow(tr("&Leere Zettel dazu"), self.blank_box)
        form.addRow(tr("&Name auf dem Zettel"), self.name_box)
        form.addRow(tr("Logo"), logo_row)
        self.summary = QLabel()
        self.summary.setAccessibleDescription(tr("Umfang"))

        # painted from its image: not kept in Qt's pixmap cache after the dialog closed
        self.preview = PictureLabel()
        self.preview.setAccessibleDescription(tr("Vorschau"))
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        # a picture only: the area keeps its Tab stop to scroll by keyboard, so it is named
        scroll.setAccessibleName(tr("Vorschau"))
        scroll.setWidgetResizable(True)
        # the preview scrolls: at 200 % (960×540 logical) the dialog must fit the screen
        scroll.setMinimumSize(PREVIEW_WIDTH + 40, 240)

        self.print_button = default_button(tr("&Drucken …"), tr("Beratungszettel drucken"),
                                           lambda: self.print_slips())
        self.save_button = make_button(tr("Als &PDF speichern …"),
                                       tr("Beratungszettel als PDF speichern"), self.save_pdf)
        self.close_button = make_button(tr("Schließen"), tr("Schließen"), self.reject)
        buttons = end_button_row(self.print_button, self.save_button, self.close_button)

        box = QVBoxLayout(self)
        box.addLayout(form)
        note = QLabel(tr("Auf dem Zettel stehen nur Schule, Name, Klasse, Datum, "
                         "Uhrzeit und Raum – nie ein Thema oder Anlass."))
        note.setWordWrap(True)  # one line scrolled the dialog sideways
        box.addWidget(note)
        box.addWidget(scroll, 1)
        box.addWidget(self.summary)
        box.addLayout(buttons)
        # on a small screen (640×360 at 200 %) the whole dialog scrolls
        whole_window_scrolls(self)

        self.layout_box.currentIndexChanged.connect(self.refresh)
        self.name_box.currentIndexChanged.connect(self._name_format_changed)
        self.blank_box.valueChanged.connect(self.refresh)
        self.refresh()

    # -- content ---------------------------------------------------------------------------
    def layout_code(self) -> str:
        return self.layout_box.currentData()

    def all_slips(self) -> list[SlipData]:
        extra = self.blank_box.value()
        if not extra:
            return self.slips
        school = self.slips[0].school if self.slips else ""
        logo = self.slips[0].logo if self.slips else None
        return self.slips + [SlipData.blank(school, logo)] * extra

    def pages(self) -> list[Page]:
        return pages(self.all_slips(), self.layout_code())

    def refresh(self) -> None:
        result = self.pages()
        count = len(self.all_slips())
        # „1 Seite“, „3 Seiten“: the brackets were read aloud as they stood
        self.summary.setText(tr("{0} Zettel auf %n Seite(n)", n=len(result)).format(count))
        has = bool(result)
        self.print_button.setEnabled(has)
        self.save_button.setEnabled(has)
        if has:
            self.preview.set_image(preview_image(result[:PREVIEW_PAGES]))
        else:
            self.preview.setText(tr("Keine Zettel."))

    # -- slip options (stored in the vault) ------------------------------------------------
    def _rebuild(self) -> None:
        if self.source:
            self.slips = self.source(self.ctx.conn)
        self.refresh()

    def _name_format_changed(self) -> None:
        self.ctx.apply(settings.set_value, slip_rules.NAME_FORMAT, self.name_box.currentData())
        self._rebuild()

    def _choose_logo(self) -> str:
        return choose_open_file(self, tr("Logo wählen"), tr("Bilder (*.png *.jpg *.jpeg)"))

    def choose_logo(self) -> None:
        data = read_chosen_picture(self.logo_path_chooser,
                                   lambda text: show_error(self, text, title=tr("Logo")))
        if data is not None:
            self._set_logo(data)

    def _set_logo(self, data: bytes | None) -> None:
        try:
            self.ctx.apply(svc.set_slip_logo, data)
        except UserError as err:
            show_error(self, str(err), title=tr("Logo"))
            return
        if self.source is None:  # fixed slips: put the new logo on them
            logo = svc.slip_logo(self.ctx.conn)
            self.slips = [replace(s, logo=logo) for s in self.slips]
        self._rebuild()

    # -- output ----------------------------------------------------------------------------
    def _choose_printer(self, printer: QPrinter) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        return run_modal(QPrintDialog(printer, self)) == QDialog.DialogCode.Accepted

    def make_printer(self) -> QPrinter:
        from PySide6.QtGui import QPageLayout, QPageSize  # their enums come when she prints
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setDocName(tr("Beratungszettel"))
        return printer

    def print_slips(self, printer: QPrinter | None = None) -> bool:
        printer = printer or self.make_printer()
        if not self.printer_chooser(printer):
            return False
        try:
            print_pages(printer, self.pages())
        except Exception as err:  # noqa: BLE001 - a German sentence, never a traceback
            show_error(self, tr("Der Druck ist fehlgeschlagen: {0}").format(
                user_message(err)),
                title=tr("Beratungszettel drucken"))
            return False
        self.message = tr("{0} Beratungszettel gedruckt.").format(len(self.all_slips()))
        self.accept()
        return True

    def save_pdf(self) -> bool:
        path = self.save_path_chooser(self.suggested)
        if not path:
            return False
        # reportlab's canvas only when a PDF is written: the preview and the letters'
        # dialog (which shares the preview) paint with Qt
        from ...services.printing import save_slips

        try:
            save_slips(Path(path), self.all_slips(), self.layout_code())
        except Exception as err:  # noqa: BLE001 - a German sentence, never a traceback
            show_error(self, user_message(err),
                       title=tr("Beratungszettel speichern"))
            return False
        self.message = tr("{0} Beratungszettel gespeichert: {1}").format(
            len(self.all_slips()), path)
        self.accept()
        return True


def open_slip_dialog(ctx, slips, parent: QWidget | None = None, *,
                     suggested: str = "Beratungszettel.pdf") -> str:
    """Show the dialog modally; the message of what happened ("" when closed)."""
    dialog = SlipPrintDialog(ctx, slips, parent, suggested=suggested)
    with modal(dialog):   # deleted after: no names stay in memory after use
        return dialog.message


def print_day_dialog(ctx, day: date, parent: QWidget | None = None) -> str:
    """The day's batch (Übersicht "Beratungszettel drucken …"); blank slips if none."""
    def source(conn) -> list[SlipData]:
        return svc.slips_for_day(conn, day) or svc.blank_slips(conn, 4)

    return open_slip_dialog(ctx, source, parent,
                            suggested=f"Beratungszettel_{day.isoformat()}.pdf")
