"""The Träger kit for the coordinator, without a vault (docs/traeger.md): opened from the
first-run wizard's welcome page. She names the folder of the posts' KVJS exports and the
school year; the dialog shows the delivery table and writes the workbooks per Landkreis,
the board's PDF and the long table (CSV; Parquet for a name ending in .parquet) — the same
use cases as ``ssa-desktop traeger`` (services/traeger), run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.schoolyear import SchoolYear
from ...services import traeger
from ...services.operations import Progress
from ..background import start_task
from ..common.announce import MessageLabel
from ..common.files import choose_save_file, choose_target_folder, choose_vault_folder
from ..common.forms import make_button
from ..common.labels import name_window
from ..common.message_line import error_line
from ..common.messages import user_message
from ..common.table_widgets import make_table_widget
from ..i18n import translator

tr = translator("TraegerKitDialog")


def _last_school_year() -> str:
    """The school year that ended last (the one whose figures are due)."""
    return SchoolYear(SchoolYear.of(clock.today()).start_year - 1).label


class TraegerKitDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        name_window(self, tr("Träger-Werkzeuge (ohne Tresor)"))
        self._task: Any = None
        intro = QLabel(tr("Für die Koordination beim Träger: Legen Sie die KVJS-Exporte (json) "
                          "der Stellen und Schulen in einen Ordner. Hier sehen Sie, wer "
                          "geliefert hat, und schreiben Excel-Mappen je Landkreis und einen "
                          "Überblick für den Vorstand. Dateien, die kein KVJS-Export sind, "
                          "werden mit Namen genannt und nicht gelesen."), self)
        intro.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(tr("Ordner mit den KVJS-Exporten"))
        self.choose_button = make_button(tr("Ordner wählen …"), tr("Ordner wählen"),
                                         self._choose_folder)
        self.year = QLineEdit(_last_school_year(), self)
        self.year.setAccessibleName(tr("Schuljahr"))
        self.show_button = make_button(tr("Lieferungen anzeigen"), tr("Lieferungen anzeigen"),
                                       self.show_deliveries)
        self.show_button.setDefault(True)
        self.workbook_button = make_button(tr("Excel-Mappen schreiben …"),
                                           tr("Excel-Mappen je Landkreis schreiben"),
                                           self.write_workbooks)
        self.overview_button = make_button(tr("Überblick als PDF …"),
                                           tr("Überblick für den Vorstand als PDF schreiben"),
                                           self.write_overview)
        self.tidy_button = make_button(tr("Lange Tabelle …"),
                                       tr("Lange Tabelle (CSV oder Parquet) für "
                                          "Auswertungen schreiben"),
                                       self.write_tidy)
        self.close_button = make_button(tr("Schließen"), tr("Schließen"), self.reject)
        self.table = make_table_widget([tr("Stelle"), tr("Schule"), tr("KVJS (Stelle)"),
                                        tr("Landkreis (Schule)"), tr("Hinweis")],
                                       tr("Lieferungen je Stelle und Schule"))
        self.table.horizontalHeader().setStretchLastSection(True)  # the notes take the rest
        # every header readable in full before a row is shown („Landkreis (Schule)" was
        # clipped at the default width, at 200 % as at 100 %)
        self.table.resizeColumnsToContents()
        self.status = MessageLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(tr("Ergebnis"))
        self.error = error_line(tr("Fehler"))
        self.error.hide()
        # 2,000 files take a while: which file she is at, shown while the kit reads
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(tr("Fortschritt"))
        self.progress.hide()
        self._lay_out(intro)
        self.resize(900, 560)

    def _lay_out(self, intro: QLabel) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        form = QFormLayout()
        folder_label = QLabel(tr("&Ordner:"), self)
        folder_label.setBuddy(self.folder)  # a row of a layout names no field by itself
        form.addRow(folder_label, folder_row)
        form.addRow(tr("&Schuljahr:"), self.year)
        buttons = QHBoxLayout()  # reading, then the files it writes: two rows fit at 200 %
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        writers = QHBoxLayout()
        for button in (self.workbook_button, self.overview_button, self.tidy_button):
            writers.addWidget(button)
        writers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(writers)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        # the reading order (buttons made without a parent join the chain late otherwise)
        chain = (self.folder, self.choose_button, self.year, self.show_button,
                 self.close_button, self.workbook_button, self.overview_button,
                 self.tidy_button, self.table)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- actions ---------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        path = choose_vault_folder(self, tr("Ordner mit den KVJS-Exporten"),
                                   self.folder.text() or Path.home())
        if path:
            self.folder.setText(path)

    def _run(self, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        """``work(progress)`` off the GUI thread, the buttons off and the file it reads
        shown meanwhile; a refusal in red."""
        self.error.hide()
        self.status.setText(tr("Wird gelesen …"))
        self._enable(False)
        self.progress.setValue(0)
        self.progress.show()

        def finished(value: Any) -> None:
            self._enable(True)
            self.progress.hide()
            done(value)

        def failed(err: BaseException) -> None:
            self._enable(True)
            self.progress.hide()
            self.status.setText("")
            self.error.setText(user_message(err))
            self.error.show()

        self._task = start_task(lambda _conn, progress: work(progress), on_done=finished,
                                on_error=failed, on_progress=self._step)

    def _step(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.progress.setFormat(f"{text} (%p %)")
        self.progress.setAccessibleDescription(text)

    def _enable(self, on: bool) -> None:
        for button in (self.show_button, self.workbook_button, self.overview_button,
                       self.tidy_button):
            button.setEnabled(on)

    def show_deliveries(self) -> None:
        folder, year = self.folder.text().strip(), self.year.text().strip()
        self._run(lambda p: traeger.deliveries(folder, year, progress=p), self._show_table)

    def _show_table(self, table: traeger.DeliveryTable) -> None:
        self.table.setRowCount(0)
        for r in table.rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            school = f"{r.school_name} ({r.school})" if r.school_name else r.school
            for column, text in enumerate((r.post, school, r.post_file, r.school_file,
                                           "; ".join(r.notes))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status.setText(self._summary(table))

    @staticmethod
    def _summary(table: traeger.DeliveryTable) -> str:
        text = tr("Schuljahr {year}: {n} Zeile(n).").format(year=table.year, n=len(table.rows))
        if table.refused:
            text += " " + tr("Nicht gelesen: {files}").format(
                files=" ".join(reason for _, reason in table.refused))
        return text

    def write_workbooks(self) -> None:
        folder, year = self.folder.text().strip(), self.year.text().strip()
        out = choose_target_folder(self, tr("Ordner für die Excel-Mappen"))
        if not out:
            return
        self._run(lambda p: traeger.write_workbooks(folder, year, out, progress=p)[0],
                  self._written)

    def write_overview(self) -> None:
        folder, year, out = self._save_as(tr("Überblick speichern"),
                                          "Traeger_Ueberblick_{0}.pdf", tr("PDF (*.pdf)"))
        if out:
            self._run(lambda p: [traeger.write_overview(folder, year, out, progress=p)],
                      self._written)

    def write_tidy(self) -> None:
        folder, year, out = self._save_as(tr("Lange Tabelle speichern"), "KVJS_lang_{0}.csv",
                                          tr("CSV (*.csv);;Parquet (*.parquet)"))
        if out:
            self._run(lambda p: [traeger.write_tidy(folder, year, out, progress=p)[0]],
                      self._written)

    def _save_as(self, title: str, name: str, filters: str) -> tuple[str, str, str]:
        """(folder, school year, the file she chose: "" when she cancelled) for one file of
        the year; ``name``'s {0} is the year as a file name takes it (2025-26)."""
        folder, year = self.folder.text().strip(), self.year.text().strip()
        out = choose_save_file(self, title, name.format(year.replace("/", "-")), filters)
        return folder, year, out

    def _written(self, paths: list[Path]) -> None:
        if not paths:
            self.status.setText(tr("Keine Schule hat für dieses Schuljahr geliefert; nichts "
                                   "geschrieben."))
            return
        self.status.setText(tr("Geschrieben: {files}").format(
            files=", ".join(Path(p).name for p in paths)))
