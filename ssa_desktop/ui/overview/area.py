"""Übersicht: the day at a glance (UX.md main-window sketch).

Tiles: Termine heute, Kinderschutz (§ 8a), Entwürfe, Fristen, and honest placeholders
for what follows. Pseudonyms by default; colour only for state (red: overdue, amber:
due soon). Every line is keyboard-activatable (Enter) and leads to its record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...formatting import WEEKDAYS, fmt_date
from ...services import overview as overview_svc
from ...services.operations import Changes
from ...services.overview import Overview, OverviewItem, build_overview
from .. import colours
from ..common.announce import MessageLabel
from ..common.area import Area
from ..common.fonts import enlarge_font
from ..common.forms import make_button
from ..common.layouts import LinesHigh, flow_row, grow
from ..common.lifetime import connect_for
from ..i18n import translator

tr = translator("OverviewArea")

AREA_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_COLOURS = {"overdue": QColor(colours.current().error),
                 "due": QColor(colours.current().warning)}


class Tile(QGroupBox):
    """A titled list of OverviewItems; Enter or double-click opens the item."""

    def __init__(self, title: str, on_open: Callable[[str, str], None], empty: str,
                 parent: QWidget | None = None):
        super().__init__(title, parent)
        self.on_open = on_open
        self.empty_text = empty
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(title)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setWordWrap(True)
        self.view.activated.connect(self._activated)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleDescription(title + " – " + tr("Hinweis"))
        layout.addWidget(self.view)
        layout.addWidget(self.note)
        # the list takes the height the tile gets (not its own preferred 192 px): with data,
        # six tiles fit a 1366×768 and a 1280×720 screen without scrolling
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(150)

    def set_items(self, items: list[OverviewItem], show_names: bool) -> None:
        self.model.clear()
        self.view.setVisible(bool(items))
        self.note.setVisible(not items)
        self.note.setText(self.empty_text)
        for it in items:
            text = overview_svc.item_text(it, tr)
            if show_names and it.name:
                text += f" – {it.name}"
            row = QStandardItem(text)
            row.setData(it.area, AREA_ROLE)
            row.setData(it.record_id, ID_ROLE)
            if it.state in STATE_COLOURS:
                row.setForeground(QBrush(STATE_COLOURS[it.state]))
                if it.state == "overdue":
                    row.setText(tr("Überfällig: {0}").format(text))
                    font = row.font()
                    font.setBold(True)
                    row.setFont(font)
            row.setToolTip(tr("Enter: öffnen"))
            self.model.appendRow(row)
        if items:
            # keyboard focus on the first line without a loud selection bar
            self.view.selectionModel().setCurrentIndex(self.model.index(0, 0),
                                                       QItemSelectionModel.SelectionFlag.NoUpdate)

    def _activated(self, index) -> None:
        if index.isValid():
            self.on_open(index.data(AREA_ROLE), index.data(ID_ROLE) or "")

    def clear(self) -> None:
        self.model.clear()
        self.note.clear()


class _Body(QWidget):
    """The tiles: the area gives them the visible height (the window scrolls only below
    their minimum) instead of the preferred height of their word-wrapped texts. Two
    columns where both fit, else one below the other (640×360 at 200 %: two columns
    scrolled sideways by 216 px); the order of the tiles stays as it was."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(12)
        self.tiles: list[tuple[QWidget, int]] = []  # each tile and its columns (1 or 2)
        self._columns = 0

    def add(self, tile: QWidget, span: int = 1) -> None:
        self.tiles.append((tile, span))
        self._columns = 0  # placed anew with the new tile
        self._place(2)

    def heightForWidth(self, _width: int) -> int:  # noqa: N802
        return -1

    def _least(self, tile: QWidget) -> int:
        return max(tile.minimumSizeHint().width(), tile.minimumWidth())

    def _two_fit(self, width: int) -> bool:
        margins = self.grid.contentsMargins()
        columns = [0, 0]
        column = 0
        for tile, span in self.tiles:
            if span == 1:
                columns[column] = max(columns[column], self._least(tile))
                column = 1 - column
        return sum(columns) + self.grid.horizontalSpacing() + margins.left() \
            + margins.right() <= width

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """One column's: the widest tile's."""
        hint = super().minimumSizeHint()
        margins = self.grid.contentsMargins()
        hint.setWidth(max((self._least(tile) for tile, _span in self.tiles), default=0)
                      + margins.left() + margins.right())
        return hint

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile, _span in self.tiles:
            self.grid.removeWidget(tile)
        row = column = 0
        for tile, span in self.tiles:
            if columns == 1:
                self.grid.addWidget(tile, row, 0)
                row += 1
                continue
            self.grid.addWidget(tile, row, column, 1, span)
            column += span
            if column >= 2:
                row, column = row + 1, 0
        for index in range(max(self.grid.rowCount(), len(self.tiles))):
            self.grid.setRowStretch(index, 0)
        rows = len(self.tiles) - 1 if columns == 1 else 3
        for index in range(rows):  # the tiles share the height evenly
            self.grid.setRowStretch(index, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._place(2 if self._two_fit(event.size().width()) else 1)
        super().resizeEvent(event)


# each tile's kinds (services.overview): a change loads only the tiles it touches
TILE_KINDS = (overview_svc.APPOINTMENT_KINDS, overview_svc.PROCEDURE_KINDS,
              overview_svc.DRAFT_KINDS, overview_svc.DEADLINE_KINDS,
              overview_svc.DELIVERY_KINDS, overview_svc.SCHOOL_YEAR_KINDS)


class OverviewArea(Area):
    watches = tuple(dict.fromkeys(kind for kinds in TILE_KINDS for kind in kinds))
    rebuilt_when_left = True  # nothing of hers to keep: the tiles load afresh when shown

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.overview: Overview | None = None
        self._counting = 0      # the deliveries' count whose result is wanted
        connect_for(self, ctx.retention_counted, self._on_counted)
        connect_for(self, ctx.day_changed, self._new_day)   # left open across midnight
        outer = QVBoxLayout(self)
        self.header = QLabel()
        enlarge_font(self.header, 1.4)
        self.header.setAccessibleDescription(tr("Datum heute"))
        # The Schuljahreswechsel can be opened at any time from here; its tile
        # below shows only while a school's change is pending (1 July until applied), so
        # the Übersicht fits a 1280×720 screen without scrolling the rest of the year.
        self.school_year_button = make_button(tr("Schuljahres&wechsel …"),
                                              tr("Schuljahreswechsel öffnen"),
                                              lambda: self.open_school_year())
        # the tiles scroll with the area (the window's one scroll area), not in their own
        body = _Body()
        outer.addWidget(body, 1)

        self.appointments = Tile(tr("Termine heute"), self._open, tr("Heute keine Termine."))
        self.slips_button = make_button(tr("Beratungs&zettel drucken …"),
                                        tr("Beratungszettel für heute drucken"),
                                        self.print_slips)
        # the Vertretungspaket starts from here as from Datenschutz (a deputy
        # covers the appointments of an absence); one row with the slips, no extra height
        self.deputy_button = QPushButton(tr("&Vertretungspaket …"))
        self.deputy_button.setAccessibleName(tr("Vertretungspaket erstellen"))
        self.deputy_button.setToolTip(tr("Für eine Abwesenheit: Paket für die Vertretung "
                                         "schreiben (wie unter Datenschutz → Vertretung und "
                                         "Übergabe)"))
        self.deputy_button.clicked.connect(lambda: self.create_deputy_package())
        # the two buttons wrap where the tile is narrow; the list keeps the height to spare
        buttons = LinesHigh(flow_row(self.slips_button, self.deputy_button))
        buttons.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        cast(QVBoxLayout, self.appointments.layout()).addWidget(buttons)
        self.procedures = Tile(tr("Kinderschutz (§ 8a)"), self._open,
                               tr("Keine offenen Verfahren."))
        self.drafts = Tile(tr("Entwürfe"), self._open, tr("Keine offenen Entwürfe."))
        self.deadlines = Tile(tr("Fristen (nächste 14 Tage)"), self._open,
                              tr("Keine Fristen in den nächsten 14 Tagen."))
        from ..time.tile import TimeShareTile  # Arbeitszeit (docs/timeshare.md)

        self.time_shares = TimeShareTile(ctx)
        self.deletion = Tile(tr("Löschung fällig"), self._open,
                             tr("Nichts zur Löschung fällig."))
        for tile in (self.appointments, self.procedures, self.drafts, self.deadlines,
                     self.time_shares, self.deletion):
            body.add(tile)
        # Schuljahreswechsel: stays while a school's change is not applied
        self.school_year = Tile(tr("Schuljahreswechsel"), self._open_school_year,
                                tr("Kein Schuljahreswechsel offen."))
        body.add(self.school_year, 2)
        self.tiles = (self.appointments, self.procedures, self.drafts, self.deadlines,
                      self.deletion, self.school_year)
        self.status = MessageLabel()
        outer.addWidget(self.status)
        # „Schuljahreswechsel …“ joins its row last, so it is last in the Tab order: Strg+1
        # and the first Tab land on today's appointments, not on a button used once a year.
        # The button goes below the date where the width ends (640×360 at 200 %).
        outer.insertWidget(0, LinesHigh(flow_row(grow(self.header), self.school_year_button)))

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Every tile (shown, or a new day)."""
        if not self.ctx.is_unlocked:
            return
        today = clock.today()
        self.overview = build_overview(self.ctx.conn, today, self.ctx.retention_due)
        self.header.setText(tr("Heute, {0}").format(
            f"{tr(WEEKDAYS[today.weekday()])}, {fmt_date(today)}"))
        self._show_appointments()
        self.procedures.set_items(self.overview.procedures, self.ctx.show_names)
        self.drafts.set_items(self.overview.drafts, self.ctx.show_names)
        self.deadlines.set_items(self.overview.deadlines, self.ctx.show_names)
        self._count_delivery_findings(today)
        self._show_deletion()
        self._show_school_year(today)
        self.time_shares.show_current()     # it follows its own kinds

    def _new_day(self) -> None:
        """After midnight every tile anew (today's appointments, what became due); hidden,
        the next show loads them."""
        if (self.ctx.is_unlocked and self.isVisible() and self.overview is not None
                and self.overview.today != clock.today()):
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        """A change loads only the tiles that show its kinds (the time-share tile and
        "Löschung fällig" follow their own signals); hidden, the next show loads all."""
        if (not self.ctx.is_unlocked or not self.isVisible() or self._refreshing
                or not changes.touches(*self.watches)):
            return
        self._refreshing = True    # a write made while loading never loads again
        try:
            if self.overview is None or self.overview.today != clock.today():
                self.refresh()
            else:
                self._reload(changes)
        finally:
            self._refreshing = False

    @property
    def _shown(self) -> Overview:
        """The overview on screen: what redraws a part of it runs only once it is built
        (``_reload`` after ``load``; the tiles' own checks)."""
        assert self.overview is not None
        return self.overview

    def _reload(self, changes: Changes) -> None:
        shown = self._shown
        conn, today = self.ctx.conn, shown.today
        names = self.ctx.show_names
        hidden: set[str] | None = None

        def restricted() -> set[str]:
            nonlocal hidden
            if hidden is None:
                hidden = overview_svc.hidden_persons(conn)
            return hidden

        if changes.touches(*overview_svc.APPOINTMENT_KINDS):
            shown.appointments = overview_svc.appointment_lines(conn, today, restricted())
            self._show_appointments()
        if changes.touches(*overview_svc.PROCEDURE_KINDS):
            shown.procedures = overview_svc.procedure_lines(conn, today, restricted())
            self.procedures.set_items(shown.procedures, names)
        if changes.touches(*overview_svc.DRAFT_KINDS):
            shown.drafts = overview_svc.draft_lines(conn)
            self.drafts.set_items(shown.drafts, names)
        lines = changes.touches(*overview_svc.DEADLINE_KINDS)
        deliveries = changes.touches(*overview_svc.DELIVERY_KINDS)
        if lines or deliveries:
            if deliveries:      # listed again, then counted on a worker
                shown.deadlines[:] = overview_svc.deadline_lines(conn, today, restricted())
            else:               # the deliveries' lines stay as counted
                kept = [i for i in shown.deadlines if overview_svc.is_delivery(i)]
                shown.deadlines[:] = overview_svc.deadline_lines(
                    conn, today, restricted(), deliveries=False) + kept
            self.deadlines.set_items(shown.deadlines, names)
            if deliveries:
                self._count_delivery_findings(today)
        if changes.touches(*overview_svc.SCHOOL_YEAR_KINDS):
            self._show_school_year(today)

    def _show_appointments(self) -> None:
        self.appointments.set_items(self._shown.appointments, self.ctx.show_names)
        self.slips_button.setEnabled(bool(self._shown.appointments))

    def _count_delivery_findings(self, today: date) -> None:
        """The statistics deliveries' open findings, counted on a worker (they read every
        record of the year); the lines say "werden gezählt" until then."""
        self._counting += 1
        shown, counting = self._shown, self._counting
        if not any(overview_svc.is_delivery(i) for i in shown.deadlines):
            return

        def done(items) -> None:
            if self.overview is not shown or self._counting != counting \
                    or not self.ctx.is_unlocked:
                return  # loaded again or locked meanwhile
            rest = [i for i in shown.deadlines if not overview_svc.is_delivery(i)]
            shown.deadlines[:] = rest + items
            self.deadlines.set_items(shown.deadlines, self.ctx.show_names)

        self.ctx.run(lambda conn, _p: overview_svc.delivery_items(conn, today), on_done=done)

    def _show_school_year(self, today: date) -> None:
        from ...services import school_year_pending  # not the change itself (40 kB)

        pending = school_year_pending.pending(self.ctx.conn, today)
        self.school_year.set_items(
            [OverviewItem(tr("Schuljahreswechsel {0} für {1} steht aus").format(
                p.target.label, p.school_name), "school_year", p.school_id, state="due")
             for p in pending], False)
        self.school_year.setVisible(bool(pending))

    def _on_counted(self) -> None:
        """New figures of the retention check: only the tile "Löschung fällig" changes.
        The check's own write (RETENTION) reloaded the area a moment before; loading it
        again for a figure cost a second full load at every unlock."""
        if not self.ctx.is_unlocked or not self.isVisible():
            return
        if self.overview is None:
            self.refresh()
            return
        self.overview.deletion_due = self.ctx.retention_due
        self._show_deletion()

    def _show_deletion(self) -> None:
        """The tile "Löschung fällig (n)": the figure of the retention check that runs
        at every unlock off the GUI thread (``ctx.retention_due``; its end emits
        ``ctx.retention_counted``, which redraws this tile)."""
        names = self.ctx.show_names
        due = self._shown.deletion_due
        # the list "Löschung fällig" holds the reviews too: both are counted and named
        reviews = (self.ctx.retention_reviews or 0) if due is not None else 0
        if due is None:
            title = tr("Löschung fällig")
        elif reviews:
            title = tr("Löschung fällig ({0}), Prüfung fällig ({1})").format(due, reviews)
        else:
            title = tr("Löschung fällig ({0})").format(due)
        self.deletion.setTitle(title)
        items = [OverviewItem(tr("%n Eintr(ag|äge) zur Löschung fällig – im Bereich "
                                 "Datenschutz prüfen", n=due), "privacy", state="due")] \
            if due else []
        if reviews:
            items.append(OverviewItem(tr("%n Eintr(ag|äge) zur Prüfung fällig: Verbleib, "
                                         "ruhende Person oder Fallabschluss – im Bereich "
                                         "Datenschutz angeben", n=reviews), "privacy",
                                      state="due"))
        self.deletion.set_items(items, names)
        if due is None:   # the check at unlock has not finished yet
            self.deletion.note.setText(tr("Die Löschfristen werden geprüft …"))

    def clear(self) -> None:
        self.overview = None
        self.header.clear()
        self.status.clear()
        for tile in self.tiles:
            tile.clear()

    # -- actions -----------------------------------------------------------------------------------
    def _open(self, area: str, record_id: str) -> None:
        if area == "drafts":
            window = self.window()
            if hasattr(window, "open_quick_entry"):
                window.open_quick_entry(draft_id=record_id)  # opens exactly this draft
                return
            from ..quick_entry.dialog import QuickEntryDialog  # only when she opens one

            dialog = QuickEntryDialog(self.ctx, parent=self, draft_id=record_id)
            dialog.finished.connect(dialog.deleteLater)  # given up once closed
            dialog.show()
            self._quick_entry = dialog
            return
        self.ctx.open_record(area, record_id)

    def _open_school_year(self, _area: str, school_id: str) -> None:
        self.open_school_year([school_id] if school_id else None)

    def open_school_year(self, school_ids: list[str] | None = None):
        """The Schuljahreswechsel assistant (any time; default: every pending school). One
        already open (by itself at the unlock, or by an earlier press) comes to the front
        as it is: a second one over it listed the same school again."""
        from ..school_year.dialog import SchoolYearDialog

        for open_one in self.window().findChildren(SchoolYearDialog):
            if open_one.isVisible():
                open_one.raise_()
                open_one.activateWindow()
                return open_one
        dialog = SchoolYearDialog(self.ctx, self, school_ids=school_ids, today=clock.today())
        dialog.finished.connect(dialog.deleteLater)  # given up once closed
        dialog.show()
        self._school_year_dialog = dialog
        return dialog

    def create_deputy_package(self):
        """The Vertretungspaket dialog of Datenschutz → Vertretung und Übergabe."""
        from ..handover.deputy_dialog import DeputyPackageDialog

        dialog = DeputyPackageDialog(self.ctx, parent=self)
        dialog.open()
        self._deputy_dialog = dialog
        return dialog

    def print_slips(self) -> None:
        from ..reports.slip_dialog import print_day_dialog

        message = print_day_dialog(self.ctx, clock.today(), self)
        if message:
            self.status.setText(message)
