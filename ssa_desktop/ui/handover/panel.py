"""Tab "Vertretung und Übergabe" of the Datenschutz area: create a
Vertretungspaket, read the deputy's return, confirm a school handover by its receipt;
the packages this vault wrote (without their keys)."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar, cast

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain import handover as rules
from ...formatting import fmt_date
from ...services import handover as svc
from ...services import handover_confirm, handover_return, handover_school
from ..common.announce import MessageLabel
from ..common.files import choose_open_file
from ..common.forms import make_button
from ..common.layouts import LinesHigh, flow_row
from ..common.lifetime import connect_for
from ..common.modal import modal
from ..common.tables import make_table_view
from ..context import AppContext
from ..i18n import translator
from .conflicts_dialog import ConflictsDialog, field_label
from .deputy_dialog import DeputyPackageDialog
from .deputy_window import DeputyWindow
from .open_package_dialog import OpenPackageDialog
from .school_dialog import SchoolHandoverDialog

tr = translator("Handover")
STATUS = {"issued": "übergeben", "returned": "Rückgabe eingelesen",
          "confirmed": "Empfang quittiert, Daten gelöscht",
          "superseded": "ersetzt durch ein späteres Paket"}


def stand(entry: dict) -> str:
    """The "Stand" of a package in the list: a return whose conflicts are not yet
    decided is not done."""
    if entry.get("status") == "returned" and entry.get("open_conflicts"):
        return tr("Rückgabe: Entscheidung offen")
    status = STATUS.get(entry.get("status") or "", "")
    return tr(status) if status else ""


def period_text(entry: dict) -> str:
    """A Vertretungspaket's period and the day her app deletes it; else empty."""
    if not (entry.get("first") and entry.get("last")):
        return ""
    text = f"{fmt_date(entry['first'])} – {fmt_date(entry['last'])}"
    if entry.get("expires"):
        text += ", " + tr("gelöscht ab {0}").format(fmt_date(entry["expires"]))
    return text


def conflict_text(conflict) -> str:
    """A conflict in her words (what, field, both values); the ref is the CLI's."""
    if not conflict.values:
        return conflict.what or conflict.place
    shown = "; ".join(tr("{0}: bei Ihnen „{1}“, in der Datei „{2}“").format(
        field_label(f, conflict.table), mine, theirs) for f, mine, theirs in conflict.values)
    return f"{conflict.what} – {shown}"


_Dialog = TypeVar("_Dialog", bound=QDialog)


class HandoverPanel(QWidget):
    """``HandoverPanel(ctx)`` with ``refresh()`` and ``clear()``."""

    _dialog: QDialog | None  # the open dialog, closed at lock by ``clear``
    _FIXED = (1, 3)  # "Geschrieben am", "Personen": as wide as their contents

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(tr("Vertretung und Übergabe"))
        self.create_button = make_button(tr("&Vertretungspaket erstellen …"),
                                         tr("Vertretungspaket erstellen"), self.create_package)
        self.return_button = make_button(tr("&Rückgabe einlesen …"),
                                         tr("Rückgabe der Vertretung einlesen"), self.choose_return)
        self.receipt_button = make_button(tr("&Quittung einlesen …"),
                                          tr("Empfangsquittung der Nachfolge einlesen"),
                                          self.choose_receipt)
        self.open_button = make_button(tr("Paket ö&ffnen (als Vertretung) …"),
                                       tr("Vertretungspaket einer Kollegin öffnen"),
                                       self.choose_package)
        self.school_button = make_button(tr("Schule &übergeben …"),
                                         tr("Übergabepaket einer Schule schreiben"),
                                         self.hand_on_school)
        self.receive_button = make_button(tr("Übergabepaket &einlesen …"),
                                          tr("Übergabepaket einer Schule einlesen (Nachfolge)"),
                                          self.choose_school_package)
        # each row wraps where the width ends (at 200 % one line was wider than the page)
        row = LinesHigh(flow_row(self.create_button, self.return_button, self.open_button))
        school_row = LinesHigh(flow_row(self.school_button, self.receipt_button,
                                        self.receive_button))
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([tr("Paket"), tr("Geschrieben am"), tr("An"),
                                              tr("Personen"), tr("Stand"), tr("Zeitraum")])
        self.table = make_table_view(self.model, tr("Geschriebene Pakete"), alternating=False)
        # dates and counts as wide as they are, the texts share the rest and wrap, rows as
        # high as their lines: sized to the contents, the list scrolled sideways at
        # 1280×720 and cut „Rückgabe ein…“ where it was narrower
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents
                                        if column in self._FIXED else
                                        QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self._word, self._least = 0, 0  # a text column's least width, the list's
        self.table.installEventFilter(self)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.status = MessageLabel()
        self.status.setWordWrap(True)
        # a return or a school package being read: its steps („Dokument 2 von 5 …“)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(tr("Fortschritt"))
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>Vertretung</b>")))
        layout.addWidget(row)
        layout.addWidget(QLabel(tr("<b>Eine Schule abgeben</b>")))
        layout.addWidget(school_row)
        layout.addWidget(QLabel(tr("<b>Geschriebene Pakete</b> (ohne Schlüssel)")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        connect_for(self, ctx.locked, self.clear)
        connect_for(self, ctx.unlocked, self.reopen_windows)

    def reopen_windows(self) -> None:
        """After the unlock: the deputy's windows her vault locked over come back at the
        same package, without the key typed again (the keys of expired ones are removed)."""
        if not self.ctx.is_unlocked:
            return
        for path, key_text in self.ctx.apply(svc.windows_to_reopen):
            self.open_package(path, key_text)

    def refresh(self) -> None:
        """The list of written packages (the sweep is ``sweep``'s, off the GUI thread)."""
        if not self.ctx.is_unlocked:
            return
        self.model.removeRows(0, self.model.rowCount())
        for entry in svc.issued_packages(self.ctx.conn).values():
            self.model.appendRow([QStandardItem(tr(rules.KIND_LABELS.get(entry.get("kind") or "") or "")),
                                  QStandardItem(fmt_date(entry.get("created"))),
                                  QStandardItem(entry.get("recipient", "")),
                                  QStandardItem(str(entry.get("persons", ""))),
                                  QStandardItem(stand(entry)),
                                  QStandardItem(period_text(entry))])
        self._fit_words()

    def _fit_words(self) -> None:
        """The list at least so wide that each text column (they share the spare width
        equally) holds its longest word: a text wraps between words, never cuts one
        („Vertretungs…“ at 200 %)."""
        metrics = self.table.fontMetrics()
        margin = 2 * (self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1) + 4
        header = self.table.horizontalHeader()
        fixed, word = 0, 0
        for column in range(self.model.columnCount()):
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")] + [
                self.model.item(row, column).text() for row in range(self.model.rowCount())]
            widest = max(metrics.horizontalAdvance(w) for t in texts for w in t.split() or [""])
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                word = max(word, widest + margin)
            else:
                fixed += header.sectionSize(column)
        stretched = self.model.columnCount() - len(self._FIXED)
        self._word = word
        self._least = fixed + stretched * word + 2 * self.table.frameWidth()
        self._share_or_scroll()

    def _share_or_scroll(self) -> None:
        """The text columns share the spare width where the list holds each one's
        longest word; where it is narrower (640×360 at 200 %: as the list's minimum it
        made the page scroll sideways) each is as wide as that word and the list scrolls
        inside itself."""
        narrow = self.table.viewport().width() + 2 * self.table.frameWidth() < self._least
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column in self._FIXED:
                continue
            if narrow:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, self._word)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._share_or_scroll()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt
        super().showEvent(event)
        self.refresh()
        self.sweep()

    def sweep(self) -> None:
        """Expired packages of colleagues and keys of expired packages this vault issued,
        also when the panel is shown days after the unlock (whose tasks sweep too): the
        files are shredded by the one runner, off the GUI thread; a lock waits for it."""
        if not self.ctx.is_unlocked:
            return

        def done(said) -> None:
            if said and self.ctx.is_unlocked:
                self.status.setText("\n".join(said))
                self.refresh()

        self.ctx.perform(lambda conn, _progress: svc.sweep_received(conn), background=True,
                         maintenance=True, critical=True, on_done=done)

    def _open(self, dialog: _Dialog) -> _Dialog:
        """Show ``dialog`` (closed at lock by ``clear``); the list follows when it closes."""
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        self._dialog = dialog
        return dialog

    def _ask_package(self, title: str) -> tuple[Path, str] | None:
        """A package file and its key from the sheet, the key checked against the file
        in the dialog (a mistyped key is corrected there); None: cancelled."""
        def check(path: Path, key_text: str) -> tuple[Path, str]:
            svc.package_info(path, key_text)
            return path, key_text

        dialog = OpenPackageDialog(title, check, self)  # deletes itself when closed
        self._dialog = dialog
        try:
            with modal(dialog) as result:
                return dialog.opened if result == QDialog.DialogCode.Accepted else None
        finally:
            self._dialog = None

    def create_package(self) -> DeputyPackageDialog:
        return self._open(DeputyPackageDialog(self.ctx, parent=self))

    def choose_package(self) -> OpenPackageDialog:
        """File and key in one dialog; the deputy's window opens from it, a refusal
        stays in it to be corrected. A package her vault remembers (opened before, not
        expired) is offered first and opens without the key typed again."""
        remembered = {str(r.path): r.package_id for r in svc.remembered_packages(self.ctx.conn)} \
            if self.ctx.is_unlocked else {}

        def attempt(path: Path, key_text: str) -> DeputyWindow:
            if not key_text:   # a remembered package: the key comes from her vault
                key_text = svc.remembered_key(self.ctx.conn, remembered[str(path)])
            return self._open_window(path, key_text)

        dialog = OpenPackageDialog(tr("Vertretungspaket öffnen"), attempt, self, remembered=[
            (r.label, r.path) for r in svc.remembered_packages(self.ctx.conn)]
            if self.ctx.is_unlocked else None)
        # ``opened`` holds what ``_open_window`` returned
        dialog.accepted.connect(lambda: self._show_window(cast(DeputyWindow, dialog.opened)))
        dialog.finished.connect(lambda _r: self._forget(dialog))  # the lock has none to close
        self._dialog = dialog
        dialog.open()
        return dialog

    def _open_window(self, path: Path, key_text: str) -> DeputyWindow:
        return DeputyWindow(self.ctx, path, key_text, self)

    def _show_window(self, window: DeputyWindow) -> DeputyWindow:
        self.status.clear()  # an earlier refusal no longer applies
        window.show()
        self.deputy_window = window
        return window

    def open_package(self, path: Path, key_text: str) -> DeputyWindow | None:
        try:
            window = self._open_window(path, key_text)
        except svc.PackageError as err:
            self.status.setText(str(err))
            return None
        return self._show_window(window)

    def hand_on_school(self) -> SchoolHandoverDialog:
        return self._open(SchoolHandoverDialog(self.ctx, parent=self))

    def choose_school_package(self) -> None:
        chosen = self._ask_package(tr("Übergabepaket einlesen"))
        if chosen:
            path, key = chosen
            self.receive_school(path, key, path.parent)

    def receive_school(self, path: Path, key_text: str, receipt_folder: Path,
                       resolutions: dict[str, str] | None = None) -> None:
        def done(value) -> None:
            result, receipt = value
            text = tr("Übergabepaket eingelesen: {0}").format(result.summary())
            text += "".join("\n" + line for line in result.after)  # e.g. her document facts kept
            if receipt is None:
                text += "\n" + tr("%n Eintr(ag|äge) weich(t|en) ab; keine Quittung "
                                   "geschrieben, bis entschieden ist.", n=len(result.conflicts))
            else:
                text += "\n" + tr("Empfangsquittung geschrieben: {0} – bitte der Vorgängerin "
                                   "geben.").format(receipt)
                text += "\n" + handover_school.received_file_sentence(path)
            self.status.setText(text)
            if receipt is None and result.conflicts:
                decided = self.decide(result.conflicts)
                if decided:
                    self.receive_school(path, key_text, receipt_folder, decided)

        self._with_progress(lambda conn, progress: handover_school.receive_school_package(
            conn, path, key_text, receipt_folder, resolutions, progress=progress), done)

    def decide(self, conflicts) -> dict[str, str] | None:
        """Ask per conflict: keep hers or take the file's (None: left open)."""
        dialog = ConflictsDialog(conflicts, self)
        with modal(dialog) as result:
            return dialog.resolutions() if result == QDialog.DialogCode.Accepted else None

    def choose_return(self) -> None:
        path = choose_open_file(self, tr("Rückgabe einlesen"), tr("Pakete (*.ssapaket)"))
        if path:
            self.read_return(Path(path))

    def read_return(self, path: Path, resolutions: dict[str, str] | None = None) -> None:
        """Read the deputy's return off the GUI thread through the one operation runner,
        its steps (each document checked, then stored) in the progress bar."""
        def done(result) -> None:
            text = tr("Rückgabe eingelesen: {0}").format(result.summary())
            if result.conflicts:
                text += "\n" + tr("%n Eintr(ag|äge) weich(t|en) von Ihren ab und wurde(n) NICHT "
                                  "überschrieben:", n=len(result.conflicts))
                text += "\n" + "\n".join(conflict_text(c) for c in result.conflicts)
            text += "".join("\n" + line for line in result.after)  # key removed, file shredded
            self.status.setText(text)
            self.refresh()
            if result.conflicts:
                decided = self.decide(result.conflicts)
                if decided:
                    self.read_return(path, decided)  # the same merge: what is added stays once

        self._with_progress(lambda conn, progress: handover_return.import_return(
            conn, path, resolutions, progress=progress), done)

    @property
    def reading(self) -> bool:
        """A return or school package is being read (its progress bar is up)."""
        return not self.progress.isHidden()

    def _with_progress(self, op, done) -> None:
        """``op(conn, progress)`` in the background, its steps shown until it ends; a
        refusal (one German sentence) in the status line."""
        self.progress.setValue(0)
        self.progress.setFormat(tr("Wird gelesen …"))
        self.progress.show()

        def finished(value) -> None:
            self.progress.hide()
            done(value)

        def failed(message: str) -> None:
            self.progress.hide()
            self.status.setText(message)

        def step(percent: int, text: str) -> None:
            self.progress.setFormat(text or tr("Wird gelesen …"))
            self.progress.setAccessibleDescription(text)
            self.progress.setValue(percent)

        self.ctx.perform(op, background=True, on_done=finished, on_error=failed,
                         on_progress=step)

    def choose_receipt(self) -> None:
        path = choose_open_file(self, tr("Empfangsquittung einlesen"),
                                tr("Quittungen (*.ssaquittung)"))
        if path:
            self.read_receipt(Path(path))

    def read_receipt(self, path: Path) -> None:
        def done(report) -> None:
            lines = [tr("Quittung geprüft. Gelöscht – Schule {0}:").format(report.school)]
            lines += ["  " + rules.count_phrase(label, n)
                      for label, n in sorted(report.deleted.items()) if n]
            lines.append(tr("Behalten: %n anonyme(r) Statistikeintr(ag|äge).",
                            n=report.statistics_kept))
            lines.append(tr("Der Paketschlüssel ist aus dem Tresor entfernt."))
            if report.documents_sentence:
                lines.append(report.documents_sentence)
            if report.package_file:
                lines.append(report.package_file)
            if report.due_sentence:
                lines.append(report.due_sentence)
            if report.left:
                lines.append(report.kept_sentence)
                lines += ["  " + rules.count_phrase(label, n)
                          for label, n in sorted(report.kept.items()) if n]
            self.status.setText("\n".join(lines))
            self.refresh()
            if report.left:
                self.offer_follow_up(report)

        self.ctx.perform(lambda conn, progress: handover_confirm.confirm_school_handover(
            conn, path, progress=progress), background=True, on_done=done,
            on_error=self.status.setText)

    def offer_follow_up(self, report) -> QMessageBox:
        """After a receipt that left entries at the school (added or changed since the
        package): offer a follow-up package of that school (non-modal)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Folgepaket"), report.kept_sentence,
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(tr("Jetzt ein Folgepaket für die Nachfolge schreiben?"))
        write = box.addButton(tr("Folgepaket schreiben …"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Später"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(write)
        write.clicked.connect(lambda: self._open(SchoolHandoverDialog(
            self.ctx, parent=self, school_id=report.school_id)))
        box.open()
        self.follow_up_box = box
        return box

    def _forget(self, dialog: QDialog) -> None:
        if getattr(self, "_dialog", None) is dialog:
            self._dialog = None

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.status.clear()
        dialog = getattr(self, "_dialog", None)
        if dialog is not None and shiboken6.isValid(dialog):  # a closed key dialog is gone
            dialog.reject()
            self._dialog = None
