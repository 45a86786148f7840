"""Datenschutz: due deletions with rule and reason, a preview of exactly what goes, a
confirm step and progress; restricted records and holds; the deletion log (PDF); the
rule table; then the panels of other features (handover, Auskunft and Widerspruch,
backups, Art. 30 record and data-breach assistant): the pages of ``pages.PAGES``. Only the
first page is built with the area; every other page is built when it is first shown.

The engine runs at every unlock and after every change that can move a due date, off
the GUI thread (``RetentionWatch``); the area loads its own snapshot off the GUI thread
when shown. Pseudonyms are shown, real names only while "Namen anzeigen" is on. Deletions run off the GUI thread through
``ctx.perform(background=True)``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Any, cast

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QProgressDialog,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain import retention as rt
from ...domain.dormancy import RESTRICTED_REVIEW, is_review
from ...domain.errors import UserError
from ...formatting import fmt_date
from ...services import retention as svc
from ...services import settings
from ...services.operations import Changes, DataKind, Progress
from ..common.announce import MessageLabel
from ..common.area import Area
from ..common.cell_tips import show_cut_cells_whole
from ..common.combos import make_combo
from ..common.declared_fields import letters_shown, with_own_letters
from ..common.dialog_buttons import save_cancel_buttons
from ..common.files import choose_save_file
from ..common.forms import DateField, make_button
from ..common.labels import alt_letter_past, mnemonic_letter
from ..common.layouts import LinesHigh, flow_row
from ..common.lifetime import connect_for
from ..common.list_place import Place, give_back, keep
from ..common.messages import ask_yes_no, show_error, show_info, user_message
from ..common.modal import modal
from ..common.models import RowsModel
from ..common.side_tabs import SideTabs
from ..common.text_boxes import make_text_box
from ..common.wrapping_check_box import WrappingCheckBox
from ..common.wrapping_label import LinesHighLabel, OneLineFirstLabel
from ..i18n import translator
from .advice import AdviceBar, header_text
from .pages import PAGES

STATUS_SECONDS = 60  # how long a done-message stays
NAMES_KEPT = 1000    # names of items kept for the lists (read again when scrolled back)

tr = translator("PrivacyArea")


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)   # read-only: Tab leaves for the row's buttons
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    # column widths from the first rows: measuring thousands of due items blocked the GUI
    view.horizontalHeader().setResizeContentsPrecision(100)
    view.setWordWrap(False)
    show_cut_cells_whole(view)  # a cell cut with "…" shows its whole text on hover
    return view


class _CompactRowsModel(RowsModel):
    """A ``RowsModel`` over the snapshot's compact lists (``svc.Snapshot``): kept as they
    are (a list of 14,000 ``Assessment`` objects held 3 MB); a row is made when read."""

    def set_rows(self, rows) -> None:
        self._texts = {}
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


# Changes that can move a due date: the figure of the Übersicht is computed again.
_MOVES_DUE_DATES = (DataKind.PERSONS, DataKind.CASES, DataKind.CONTACTS, DataKind.NOTES,
                    DataKind.APPOINTMENTS, DataKind.GROUPS, DataKind.TIME,
                    DataKind.CHILD_PROTECTION, DataKind.RETENTION, DataKind.SETTINGS,
                    DataKind.VAULT)


class RetentionWatch(QObject):
    """Runs the retention check at every unlock and after every change that can move a
    due date, always off the GUI thread (the engine takes ~0.15 s on ten years of data);
    hands the figures to ``ctx.set_retention_counts`` (``retention_counted``: figures,
    not data). One check at a time; a change during a check asks for one more.
    ``checks_at_unlock=False``: the owner calls ``check`` after the unlock itself (the main
    window, after its first frame and the upkeep)."""

    def __init__(self, ctx, *, checks_at_unlock: bool = True):
        super().__init__(ctx)
        self.ctx = ctx
        self.running = False
        self.again = False
        self._own_expiry = False   # the unlock check's own write is still to be heard
        self._returned = False     # set by the check's worker once its use case returned
        # a burst of changes (typing contacts one after another) costs one recount
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(1500)
        self.settle.timeout.connect(lambda: self.check(at_unlock=False))
        if checks_at_unlock:
            connect_for(self, ctx.unlocked, self.check)
        connect_for(self, ctx.day_changed, self._new_day)
        connect_for(self.settle, ctx.locked, self.settle.stop)
        connect_for(self, ctx.changes, self._on_changes)

    def _new_day(self) -> None:
        """Midnight passed while unlocked: what became due today is counted."""
        self.check(at_unlock=False)

    def check(self, *, at_unlock: bool = True) -> None:
        if not self.ctx.is_unlocked:
            return
        if self.running:
            self.again = True
            return
        self.running, self.again = True, False
        # at unlock the deletion log's expiry too (a write: RETENTION); later the count only
        use_case = svc.check_at_unlock if at_unlock else svc.count_due
        self._own_expiry, self._returned = at_unlock, False

        def work(conn, progress):
            result = use_case(conn, progress)
            self._returned = True   # its write is broadcast next, on the GUI thread
            return result

        self.ctx.perform(work, background=True, on_done=self._done, on_error=self._failed,
                         maintenance=True)

    def _done(self, result: svc.UnlockCheck) -> None:
        self.running, self._own_expiry = False, False
        if not self.ctx.is_unlocked:
            return
        self.ctx.set_retention_counts(result.due, result.reviews)
        self._recount_if_asked()

    def _failed(self, message: str) -> None:
        self.running, self._own_expiry = False, False
        if self.ctx.is_unlocked:   # stopped by a lock: nothing to say under the lock screen
            self.ctx.status_message.emit(message)
        self._recount_if_asked()   # a change during the failed check still wants its figure

    def _recount_if_asked(self) -> None:
        if self.again:
            self.check(at_unlock=False)

    def _on_changes(self, changes) -> None:
        if self._is_own_expiry(changes):
            self._own_expiry = False   # the expired log entries move no due date
            return
        if not changes.touches(*_MOVES_DUE_DATES):
            return
        if self.running:
            self.again = True          # counted once the running check has ended
        else:
            self.settle.start()

    def _is_own_expiry(self, changes) -> bool:
        """The unlock check's own write: only once its worker has returned (a hold, a
        lift or a § 9b mark made while it runs is hers, and asks for a recount)."""
        return (self.running and self._own_expiry and self._returned
                and changes == Changes.of(DataKind.RETENTION))


class HoldDialog(QDialog):
    """Reason category and review date of a new hold (Sperre)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Sperre setzen"))
        form = QFormLayout(self)
        self.reason = make_combo(tr("Grund der Sperre"))
        for code, label in rt.HOLD_REASONS.items():
            self.reason.addItem(tr(label), code)
        self.review = DateField(clock.today() + timedelta(days=180),
                                accessible_name=tr("Überprüfung am"))
        form.addRow(tr("Grund"), self.reason)
        form.addRow(tr("Überprüfung am"), self.review)
        buttons = save_cancel_buttons(tr("Sperre setzen"), self.accept, self.reject,
                                      role=QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.review.commit():  # a refused date stays red, the dialog stays open
            super().accept()


@dataclass(frozen=True)
class PrivacyPlace:
    """Her place (``Area.place``): the page and the lists' chosen rows (``release``)."""

    page: int
    lists: dict


class PrivacyArea(Area):
    # deletion states depend on every kind of record, not on a draft's typed text
    watches = tuple(k for k in DataKind if k is not DataKind.DRAFT_TEXTS)
    # taken apart when she leaves it, unless a dialog or window of it is open or what
    # she started (a deletion, a backup, a package read) has not answered; its periods
    # are saved as she leaves their field
    rebuilt_when_left = True

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.assessments: Sequence[rt.Assessment] = []   # the last load's (compact)
        self.related: dict[str, rt.Assessment] = {}   # of the restricted and held records
        self.marked_9b: frozenset[str] = frozenset()
        self.enabled_9b = False
        self.loading = self.again = False
        self.loaded = 0          # loads shown so far (tests wait for the next one)
        self.running: QProgressDialog | None = None
        self._names: dict[tuple[str, str], tuple[str, str]] = {}
        outer = QVBoxLayout(self)
        # never lower than its lines: at 640×360 its second line took the height of the
        # page below, whose explanation was drawn over its next row (Sicherungen)
        self.header = LinesHighLabel()
        self.header.setAccessibleDescription(tr("Stand der Löschfristen"))
        outer.addWidget(self.header)
        # nine pages: a list at the side shows every title whole on a 1280×720 screen
        self.tabs = SideTabs(accessible_name=tr("Seiten des Datenschutzes"))
        outer.addWidget(self.tabs, 1)

        # The pages are those of ``pages.PAGES``, each built when first shown (or asked
        # for): the first show of the area builds only the page in front. The models exist
        # from the start, so a page built later shows the last load at once; panels load
        # their own data when built.
        self.hold_reviews = 0    # holds whose review date has come (header, advice bar)
        self.due_model = _CompactRowsModel(
            [tr("Art"), tr("Regel"), tr("Betrifft"), tr("Fällig"), tr("Grund")],
            self._due_cell, self)
        self.restricted_model = RowsModel(
            [tr("Betrifft"), tr("Seit"), tr("Grund"), tr("Stand")], self._restricted_cell, self)
        self.holds_model = RowsModel(
            [tr("Betrifft"), tr("Grund"), tr("Seit"), tr("Überprüfung")], self._hold_cell, self)
        self.all_model = _CompactRowsModel(
            [tr("Art"), tr("Regel"), tr("Betrifft"), tr("Status"), tr("Grund")],
            self._all_cell, self)
        self.log_model = RowsModel(
            [tr("Ausgeführt"), tr("Regel"), tr("Kategorie"), tr("Datensätze"), tr("Prüfung")],
            self._log_cell, self)
        self.values: dict | None = None  # the deletion periods of the last load
        self.panels: list[QWidget] = []  # the built panels of other features
        self._pages: dict[str, int] = {}
        for entry in PAGES:
            self._pages[entry.key] = self.tabs.addLazyTab(partial(entry.build, self),
                                                          tr(entry.title))
        self.page("due")

        self.status = MessageLabel()
        outer.addWidget(self.status)
        # a done-message is news for a moment, not a state: it goes when she moves on
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(STATUS_SECONDS * 1000)
        self.status_timer.timeout.connect(self.status.clear)
        self.tabs.currentChanged.connect(lambda _i: self.status.clear())
        self._update_buttons()

    # -- pages, built when first shown -----------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The page ``name`` (see ``_pages``), built now if it was not yet."""
        page = self.tabs.widget(self._pages[name])
        assert page is not None  # each name in ``_pages`` has its tab
        return page

    def _built(self, name: str) -> bool:
        return self.tabs.is_built(self._pages[name])

    def _due_page(self) -> QWidget:
        """Due items with a preview of what goes, the actions and the advice bar."""
        due_page = QWidget()
        due_layout = QVBoxLayout(due_page)
        self.due_view = _table(self.due_model, tr("Fällige Löschungen"))
        self.due_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.due_view.selectionModel().selectionChanged.connect(self._show_preview)
        due_layout.addWidget(self.due_view, 3)
        self.preview = make_text_box(tr("Vorschau: was gelöscht wird"))
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(tr("Eine Zeile wählen: hier steht, was genau gelöscht "
                                           "wird."))
        due_layout.addWidget(self.preview, 2)
        self.delete_button = make_button(tr("Ausgewählte &löschen …"),
                                         tr("Ausgewählte Einträge löschen"), self.delete_selected)
        self.decide_button = make_button(tr("&Entscheiden (§ 8a) …"),
                                         tr("Entscheidung zu § 8a dokumentieren"), self.decide)
        self.restrict_button = make_button(tr("Ein&schränken …"),
                                           tr("Verarbeitung einschränken"), self.restrict)
        self.hold_button = make_button(tr("Sperre se&tzen …"), tr("Sperre setzen"), self.add_hold)
        self.not_needed_button = make_button(
            tr("&Nicht mehr benötigt …"),
            tr("Nach der Prüfung: Falldokumentation nicht mehr benötigt"), self.not_needed)
        # wraps where the width ends (one line was wider than the page at 200 %)
        due_layout.addWidget(LinesHigh(flow_row(
            self.delete_button, self.decide_button, self.not_needed_button,
            self.restrict_button, self.hold_button)))
        self.advice = AdviceBar(self)   # the chosen row's advice, with its actions
        due_layout.addWidget(self.advice)
        return due_page

    def _restricted_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._restricted_view = _table(self.restricted_model, tr("Eingeschränkte Einträge"))
        layout.addWidget(LinesHighLabel(tr("Eingeschränkte Einträge erscheinen in keiner "
                                           "Liste, Suche, Schnellerfassung und keinem "
                                           "Export.")))
        layout.addWidget(self._restricted_view)
        layout.addWidget(make_button(tr("Einschränkung &aufheben …"),
                                     tr("Einschränkung aufheben"), self.lift_restriction))
        return page

    def _holds_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._holds_view = _table(self.holds_model, tr("Sperren"))
        layout.addWidget(self._holds_view)
        layout.addWidget(make_button(tr("Sperre &aufheben …"), tr("Sperre aufheben"),
                                     self.lift_hold))
        return page

    def _all_page(self) -> QWidget:
        """Every record's state."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self._all_view = _table(self.all_model, tr("Alle Fristen"))
        self._all_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        layout.addWidget(self._all_view)
        # § 9b (R9b, optional): the worker classifies a person's file for the Träger; when
        # it is due the engine proposes restriction instead of deletion
        self._classify_button = make_button(tr("Nach § 9b &einordnen …"),
                                            tr("Akte nach § 9b SGB VIII einordnen"),
                                            self.classify_9b)
        layout.addWidget(self._classify_button)
        self._update_classify()
        return page

    def _log_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_table(self.log_model, tr("Löschprotokoll")))
        layout.addWidget(make_button(tr("Löschprotokoll drucken (&PDF) …"),
                                     tr("Löschprotokoll als PDF speichern"), self.print_log))
        return page

    def add_panel(self, panel: QWidget) -> QWidget:
        """A panel of another feature on a page: refreshed with the area."""
        self.panels.append(panel)
        return panel

    # the widgets of pages built later (built when asked for, e.g. by a test)
    @property
    def restricted_view(self) -> QTableView:
        self.page("restricted")
        return self._restricted_view

    @property
    def holds_view(self) -> QTableView:
        self.page("holds")
        return self._holds_view

    @property
    def all_view(self) -> QTableView:
        self.page("all")
        return self._all_view

    @property
    def classify_button(self):
        self.page("all")
        return self._classify_button

    @property
    def period_fields(self) -> dict[str, QSpinBox]:
        self.page("rules")
        return self._period_fields

    @property
    def enable_9b(self) -> QCheckBox:
        self.page("rules")
        return self._enable_9b

    @property
    def handover(self):
        return self.page("handover")

    @property
    def requests(self):
        return self.page("requests")

    def _rules_page(self) -> QWidget:
        """Every rule with its legal basis; each period editable (never below its
        minimum, every change logged); the optional § 9b rule."""
        # no scroll area of its own: the window's scrolls the page whole (one scroll bar,
        # tests/ui/a11y/test_no_nested_scroll.py)
        body = QWidget()
        # a grid, not a QFormLayout: that never asks a wrapped label its height for its
        # width, so a period's label (one line up to 460 px) kept the page that wide at
        # 640×360 or, wrapped, let the next rule be drawn over its lines; here it is one
        # line where it fits (1280×720) and wraps beside its field where not
        form = QGridLayout(body)
        form.setColumnStretch(2, 1)  # the fields close to their labels, as in a form
        self._period_fields: dict[str, QSpinBox] = {}
        labels: list[OneLineFirstLabel] = []
        units = {"days": tr("Tage"), "months": tr("Monate"), "years": tr("Jahre")}
        for rule in rt.rule_table().rules:
            # never lower than its lines: the window scrolls the page whole and gave it a
            # height that hid a rule's last lines (its legal basis)
            text = LinesHighLabel(f"<b>{rule.title}</b><br>{rt.in_words(rule.text, tr)}"
                                  f"<br><i>{rule.legal_basis}</i>")
            form.addWidget(text, form.rowCount(), 0, 1, 3)
            for period in rule.periods:
                field = QSpinBox()
                field.setRange(period.minimum, period.maximum)
                field.setSuffix(" " + units.get(period.unit, period.unit))
                field.setFixedWidth(180)  # as wide as it grew in the form before
                field.setAccessibleName(period.label)
                field.editingFinished.connect(
                    lambda f=field, o=period.option: self._set_period(o, f.value()))
                self._period_fields[period.option.name] = field
                label = OneLineFirstLabel(period.label)
                label.setBuddy(field)
                labels.append(label)
                row = form.rowCount()
                form.addWidget(label, row, 0)
                form.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft)
        words = tr(rt.ENABLE_9B.label)   # the declared label; its Alt letter by rule
        # wraps where the page is narrow (640×360 at 200 %: 6 px too wide)
        self._enable_9b = WrappingCheckBox(alt_letter_past(words, rt.ENABLE_9B.legal_basis))
        self._enable_9b.setAccessibleName(words)
        self._enable_9b.toggled.connect(lambda on: self._set_period(rt.ENABLE_9B, on))
        form.addWidget(self._enable_9b, form.rowCount(), 0, 1, 3)
        form.setRowStretch(form.rowCount(), 1)
        # each period's label a letter of its words that the window (its menus, the § 9b
        # box) leaves free, so Alt+letter reaches the one period she means
        taken = letters_shown(self, besides=self.tabs.stack) | {
            mnemonic_letter(self._enable_9b.text())}
        lettered = with_own_letters([label.text() for label in labels], taken)
        for label, words in zip(labels, lettered, strict=True):
            label.setText(words)
        self._show_values()
        return body

    def _show_values(self) -> None:
        """The periods of the last load in the rules page (when it is built)."""
        if self.values is None or not self._built("rules"):
            return
        for name, field in self._period_fields.items():
            field.blockSignals(True)
            field.setValue(self.values[name])
            field.blockSignals(False)
        self._enable_9b.blockSignals(True)
        self._enable_9b.setChecked(bool(self.values[rt.ENABLE_9B.name]))
        self._enable_9b.blockSignals(False)

    def _set_period(self, option, value) -> None:
        if not self.ctx.is_unlocked or settings.get(self.ctx.conn, option) == value:
            return
        try:
            self.ctx.perform(lambda conn, _p: svc.set_period(conn, option, value))
        except Exception as err:  # a German sentence, never a traceback
            show_error(self, user_message(err))
        self.refresh()

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load off the GUI thread (``svc.snapshot``); one load at a time, a refresh
        asked for meanwhile loads once more."""
        if not self.ctx.is_unlocked:
            return
        for panel in self.panels:  # they clear themselves at lock; fill them again
            if hasattr(panel, "refresh"):
                panel.refresh()
        if self.loading:
            self.again = True
            return
        self.loading, self.again = True, False
        self._load = self.ctx.perform(svc.snapshot, background=True, on_done=self._show,
                                      on_error=self._load_failed, interruptible=True)

    _load: Progress | None = None  # the running load's Progress: leaving stops it

    def _load_failed(self, message: str) -> None:
        self.loading, self._load = False, None
        if self.left or not self.ctx.is_unlocked:  # stopped as she left: loads on return
            return
        if self.again:  # she came back before the stopped load ended
            self.refresh()
            return
        self.status.setText(message)

    def _show(self, snap: svc.Snapshot) -> None:
        self.loading, self._load = False, None
        if not self.ctx.is_unlocked or self.left:  # she left meanwhile: loaded on return
            return
        if self.again:
            self.refresh()
            return
        self.assessments = snap.assessments
        self.related = snap.related
        self._names = dict(snap.names)
        self.marked_9b = snap.marked_9b
        self.enabled_9b = bool(snap.values[rt.ENABLE_9B.name])
        today = clock.today()
        rows = snap.due
        self.hold_reviews = sum(h.review <= today for h in snap.holds)
        # each figure counts the rows of the page it names ("1 fällig" over two rows misled)
        self.header.setText(header_text(today, rows.count_where(svc.is_due),
                                        rows.count_where(is_review), len(snap.restrictions),
                                        len(snap.holds), self.hold_reviews))
        self._keep_places()
        # due items, then the review prompts at case closure (R2)
        # (and R14: dormant persons, "Prüfung fällig (ruhend)")
        self.due_model.set_rows(rows)
        self.restricted_model.set_rows(snap.restrictions)
        self.holds_model.set_rows(snap.holds)
        self.all_model.set_rows(snap.every)
        self.log_model.set_rows(list(reversed(snap.log)))
        self.values = dict(snap.values)
        self._show_values()
        self.due_view.resizeColumnsToContents()
        self.preview.clear()
        self._give_back_places()
        self._back_to_the_list()
        self._update_buttons()
        self.loaded += 1

    _after_lift: tuple[QTableView, Place] | None = None   # the list a lift was made from

    def _back_to_the_list(self) -> None:
        """After „Sperre/Einschränkung aufheben“ the keys go back to the list, on the row
        that now stands in the lifted one's place (current and chosen, so a reader names
        it): the button kept the focus with no row chosen, her next Space did nothing."""
        if self._after_lift is None:
            return
        (view, place), self._after_lift = self._after_lift, None
        give_back(view, _lifted_key, place)
        if view.isVisible():
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lists_with_place(self) -> list[QTableView]:
        """The lists whose chosen rows lead to an action: kept while she is away."""
        return [self.due_view] + ([self._all_view] if self._built("all") else [])

    def _lists_kept(self) -> list[tuple[QTableView, Callable[[Any], Hashable]]]:
        """The lists a load gives back as she had them, each with its rows' key."""
        lists: list[tuple[QTableView, Callable[[Any], Hashable]]] = [
            (view, svc.key) for view in self._lists_with_place()]
        return lists + [(cast(QTableView, getattr(self, f"_{name}_view")), _lifted_key)
                        for name in ("restricted", "holds") if self._built(name)]

    def _keep_places(self) -> None:
        """A load that lands while she is in the lists (the day's backup or the deletion
        check of the unlock's upkeep told of a change) keeps her chosen and current rows:
        it gave the lists again with none, her place lost; one already waiting to be
        given back (her return, a deletion's next row) goes first."""
        kept = {view.accessibleName(): keep(view, key) for view, key in self._lists_kept()}
        self._places = {**{name: place for name, place in kept.items()
                           if place.chosen or place.current is not None}, **self._places}

    def _give_back_places(self) -> None:
        places, self._places = self._places, {}
        for view, key in self._lists_kept():
            # the compact lists find her rows without making all 14,000 (50 ms)
            give_back(view, key, places.get(view.accessibleName()),
                      getattr(cast(RowsModel, view.model()).rows, "positions", None))

    def release(self) -> None:
        """She left: the snapshot goes (3 MB on ten years), a load still running stops;
        showing loads it again, with the rows she had chosen and the lists scrolled as she
        left them."""
        if self._load is not None:
            self._load.cancel()
        if self.values is not None:   # the lists show a load: that is where she is
            places = {view.accessibleName(): keep(view, svc.key)
                      for view in self._lists_with_place()}
        else:   # gone again before the return's load arrived: where she was before
            places = self._places
        self.clear()
        self._places = places

    _places: dict = {}   # list name → where she was (release), given back by the next load

    def clear(self) -> None:
        self._places = {}
        self.assessments = []
        self.related = {}
        self._names = {}
        self.values = None
        for model in (self.due_model, self.restricted_model, self.holds_model, self.all_model,
                      self.log_model):
            model.set_rows([])
        self.preview.clear()
        self.header.clear()
        self.status.clear()

    # -- cells --------------------------------------------------------------------------------
    def _who(self, a: rt.Assessment) -> str:
        """The load brings the names of the first rows; the others are read when their
        row is shown (one short query each), and at most ``NAMES_KEPT`` are kept."""
        k = svc.key(a)
        if k not in self._names and self.ctx.is_unlocked:
            if len(self._names) >= NAMES_KEPT:
                self._names = {}
            self._names[k] = svc.display_name(self.ctx.conn, a)
        pseudonym, name = self._names.get(k, ("", ""))
        text = pseudonym or a.record_id[:8] + "…"
        return f"{text} ({name})" if name and self.ctx.show_names else text

    def _who_id(self, record_id: str) -> str:
        a = self.related.get(record_id)
        return self._who(a) if a else record_id[:8] + "…"

    def _due_cell(self, a: rt.Assessment, column: int) -> str:
        return (tr(rt.kind_label(a.record_kind)), rt.rule_words(a.rule),
                self._who(a), fmt_date(a.due), rt.in_words(a.reason, tr))[column]

    def _all_cell(self, a: rt.Assessment, column: int) -> str:
        return (tr(rt.kind_label(a.record_kind)), rt.rule_words(a.rule),
                self._who(a), tr(a.state), rt.in_words(a.reason, tr))[column]

    def _restricted_cell(self, r: rt.Restriction, column: int) -> str:
        a = self.related.get(r.record_id)
        return (self._who_id(r.record_id), fmt_date(r.since),
                tr(rt.RESTRICTION_REASONS.get(r.reason, r.reason)),
                rt.in_words(a.reason, tr) if a else "")[column]

    def _hold_cell(self, h: rt.Hold, column: int) -> str:
        return (self._who_id(h.record_id), tr(rt.HOLD_REASONS.get(h.reason, h.reason)),
                fmt_date(h.since), fmt_date(h.review))[column]

    def _log_cell(self, e, column: int) -> str:
        # no internal id (a hash meant nothing to her): how many records went, in words
        return (f"{fmt_date(e.executed)} {e.executed[11:16]}", rt.rule_words(e.rule),
                rt.category_words(e.category, tr), str(sum(e.counts.values())),
                rt.verification_words(e.verification) if e.verification
                else rt.in_words(e.method, tr))[column]

    # -- selection and preview --------------------------------------------------------------------
    def selected(self) -> list[rt.Assessment]:
        rows = sorted({i.row() for i in self.due_view.selectionModel().selectedRows()})
        return [self.due_model.rows[r] for r in rows if r < len(self.due_model.rows)]

    def _update_buttons(self) -> None:
        # the button she pressed goes off once its record has gone (deleted, restricted,
        # held): her keys stay in the due list, where the next record waits – Qt gave them
        # to the next widget on, out of the area (the window's „Stoppuhr starten“)
        buttons = (self.delete_button, self.decide_button, self.restrict_button,
                   self.hold_button, self.not_needed_button)
        had = self.window().focusWidget()
        chosen = self.selected() if self.due_model.rows else []
        actions = {a.action for a in chosen}
        self.delete_button.setEnabled(bool(chosen) and actions <= {rt.DELETE, rt.CLEAR})
        self.decide_button.setEnabled(len(chosen) == 1 and actions == {rt.DECIDE})
        self.restrict_button.setEnabled(len(chosen) == 1
                                        and rt.KINDS[chosen[0].record_kind].restrictable
                                        and chosen[0].state != RESTRICTED_REVIEW)
        self.hold_button.setEnabled(len(chosen) == 1)
        self.not_needed_button.setEnabled(len(chosen) == 1 and is_review(chosen[0])
                                          and chosen[0].state != RESTRICTED_REVIEW)
        if any(had is b and not b.isEnabled() for b in buttons):
            self.due_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.advice.update_for(chosen[0] if len(chosen) == 1 else None, self.hold_reviews)
        self._update_classify()

    def _update_classify(self) -> None:
        if not self._built("all"):
            return
        person = self.selected_person()
        self._classify_button.setEnabled(self.enabled_9b and person is not None)
        self._classify_button.setText(
            tr("Einordnung nach § 9b &aufheben …") if person in self.marked_9b
            else tr("Nach § 9b &einordnen …"))

    def selected_person(self) -> str | None:
        """The person chosen in "Alle Fristen" (one row), if any."""
        if not self._built("all"):
            return None
        rows = self._all_view.selectionModel().selectedRows()
        if len(rows) != 1 or rows[0].row() >= len(self.all_model.rows):
            return None
        a = self.all_model.rows[rows[0].row()]
        kind = rt.KINDS.get(a.record_kind)
        return a.record_id if kind and kind.restrictable and a.state != rt.DELETED else None

    def _show_preview(self, *_args) -> None:
        self._update_buttons()
        chosen = self.selected()
        if not chosen or not self.ctx.is_unlocked:
            self.preview.clear()
            return
        lines = []
        for a in chosen[:50]:
            p = svc.preview(self.ctx.conn, a)
            lines.append(f"{self._who(a)}: {rt.in_words(a.reason, tr)}")
            lines += ["   " + tr("wird gelöscht: {0}: {1}").format(rt.in_words(label, tr), n)
                      for label, n in p.goes.items() if n]
            lines += ["   " + tr("bleibt: {0}: {1}").format(rt.in_words(label, tr), n)
                      for label, n in p.stays.items() if n]
        if len(chosen) > 50:
            lines.append(tr("… und {0} weitere").format(len(chosen) - 50))
        self.preview.setPlainText("\n".join(lines))

    # -- actions ------------------------------------------------------------------------------------
    def delete_selected(self) -> None:
        chosen = [a for a in self.selected() if a.action in (rt.DELETE, rt.CLEAR)]
        if not chosen:
            return
        total = svc.total(self.ctx.conn, chosen)
        # taken before the question: a load landing while she reads it gave the list
        # again with nothing chosen, and no row followed the deleted one
        then = self._place_after_deletion()
        if not ask_yes_no(self, tr("{0} mit zusammen {1} endgültig löschen?"
                                   " Das kann nicht rückgängig gemacht werden; die anonyme "
                                   "Statistik bleibt.").format(
                                       tr("%n Eintr(ag|äge)", n=len(chosen)),
                                       tr("%n Datens(atz|ätzen)", n=total)),
                          title=tr("Endgültig löschen"), yes=tr("Endgültig löschen"),
                          no=tr("Abbrechen")):
            return
        keys = [svc.key(a) for a in chosen]
        dialog = QProgressDialog(tr("Lösche …"), tr("Abbrechen"), 0, 100, self)
        dialog.setWindowTitle(tr("Löschung"))
        dialog.setMinimumDuration(0)

        def done(report) -> None:
            dialog.close()
            self.running = None
            self._places = {**self._places, self.due_view.accessibleName(): then}
            self.refresh()
            self.status.setText(tr("{0}: %n Eintr(ag|äge) gelöscht und überprüft.",
                                   n=report.deleted).format(clock.now().strftime("%H:%M")))
            self.status_timer.start()

        def failed(message: str) -> None:
            dialog.close()
            self.running = None
            show_error(self, message)

        progress = self.ctx.perform(lambda conn, p: svc.apply(conn, keys, p), background=True,
                                    on_done=done, on_error=failed,
                                    on_progress=lambda pct, text: dialog.setValue(pct))
        if progress is not None:
            dialog.canceled.connect(progress.cancel)
        self.running = dialog

    def _place_after_deletion(self) -> Place:
        """Where the keys go on once the chosen rows are deleted (``_place_after``)."""
        return _place_after(self.due_view, svc.key)

    def decide(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        box = QDialog(self)
        box.setWindowTitle(tr("Entscheidung zu § 8a mit Beteiligung des Jugendamts"))
        form = QFormLayout(box)
        form.addRow(QLabel(tr("§ 8a mit Beteiligung des Jugendamts: wie soll mit der "
                              "Dokumentation verfahren werden? Die Entscheidung wird "
                              "protokolliert und nach einem Jahr erneut erfragt.")))
        combo = make_combo(tr("Entscheidung"))
        for code, label in rt.DECISIONS.items():
            combo.addItem(tr(label), code)
        form.addRow(tr("Entscheidung"), combo)
        buttons = save_cancel_buttons(tr("Dokumentieren"), box.accept, box.reject,
                                      role=QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        with modal(box) as result:
            if result != QDialog.DialogCode.Accepted:
                return
            decision = combo.currentData()
        self.ctx.perform(lambda conn, _p: svc.decide(conn, chosen[0].record_id, decision))
        self.refresh()

    def not_needed(self) -> None:
        """R2: the review at case closure finds the documentation no longer needed; it
        becomes due and is deleted through the usual preview and confirmation."""
        chosen = self.selected()
        if len(chosen) != 1 or not is_review(chosen[0]):
            return
        if not ask_yes_no(self, tr("Die Falldokumentation wird nicht mehr benötigt? Sie wird "
                                   "damit zur Löschung fällig; gelöscht wird erst nach der "
                                   "Vorschau und Ihrer Bestätigung."),
                          title=tr("Prüfung nach Fallabschluss"), yes=tr("Nicht mehr benötigt"),
                          no=tr("Abbrechen")):
            return
        person_id = chosen[0].record_id
        self.ctx.perform(lambda conn, _p: svc.not_needed_after_review(conn, person_id),
                         on_error=lambda message: show_error(self, message))
        self.refresh()

    def restrict(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        a = chosen[0]
        if not ask_yes_no(self, tr("Die Verarbeitung einschränken? Der Eintrag verschwindet aus "
                                   "Listen, Suche, Schnellerfassung und Exporten und ist nur "
                                   "noch hier sichtbar."), title=tr("Einschränken"),
                          yes=tr("Einschränken"), no=tr("Abbrechen")):
            return
        if a.action == rt.RESTRICT:
            self.ctx.perform(lambda conn, _p: svc.apply_9b(conn, a.record_id))
        else:
            self.ctx.perform(lambda conn, _p: svc.restrict(conn, a.record_id))
        self.refresh()

    def classify_9b(self) -> None:
        """§ 9b SGB VIII: classify the chosen person's file (or take it back)."""
        person_id = self.selected_person()
        if person_id is None or not self.enabled_9b:
            return
        on = person_id not in self.marked_9b
        question = (tr("Die Akte nach § 9b SGB VIII einordnen? Wenn sie zur Löschung fällig "
                       "wird, wird sie stattdessen zur Einschränkung vorgeschlagen und bis 70 "
                       "Jahre nach dem 30. Geburtstag aufbewahrt. Nur, wenn der Träger es so "
                       "entschieden hat.") if on else
                    tr("Die Einordnung nach § 9b aufheben? Die Akte wird dann nach ihrer "
                       "Frist wieder zur Löschung vorgeschlagen."))
        if not ask_yes_no(self, question, title=tr("§ 9b SGB VIII"),
                          yes=tr("Einordnen") if on else tr("Aufheben"), no=tr("Abbrechen")):
            return
        self.ctx.perform(lambda conn, _p: svc.classify_9b(conn, person_id, on),
                         on_error=lambda message: show_error(self, message))
        self.refresh()

    def add_hold(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = HoldDialog(self)
        with modal(dialog) as result:
            if result != QDialog.DialogCode.Accepted:
                return
            a, reason, review = chosen[0], dialog.reason.currentData(), dialog.review.value()
        try:
            self.ctx.apply(svc.add_hold, a.record_id, reason, review, record_kind=a.record_kind)
        except UserError as err:
            show_error(self, str(err))
            return
        self.refresh()

    def lift_restriction(self) -> None:
        self._lift(lambda conn, r: svc.lift_restriction(conn, r.record_id),
                   self.restricted_view, self.restricted_model.rows,
                   tr("Bitte zuerst einen Eintrag in der Liste wählen (Pfeiltasten)."),
                   tr("Einschränkung aufheben? Der Eintrag erscheint wieder in Listen, Suche, "
                      "Schnellerfassung und Exporten."), tr("Einschränkung aufheben"))

    def lift_hold(self) -> None:
        self._lift(svc.lift_hold, self.holds_view, self.holds_model.rows,
                   tr("Bitte zuerst eine Sperre in der Liste wählen (Pfeiltasten)."),
                   tr("Sperre aufheben? Ist die Frist erreicht, wird der Eintrag zur Löschung "
                      "vorgeschlagen."), tr("Sperre aufheben"))

    def _lift(self, lift: Callable[[Any, Any], object], view: QTableView, rows: list,
              choose: str, question: str, title: str) -> None:
        """Lift what is chosen in ``view`` (a restriction, a hold) once she confirms
        ``question``; ``lift(conn, row)`` does it, through the runner (a forwarder of
        tests/test_change_protocol.py), and the list keeps her place."""
        chosen = view.selectionModel().selectedRows()
        if not chosen:
            self._choose_first(view, choose)
            return
        row = rows[chosen[0].row()]
        # taken before the question, as a deletion's: a load landing meanwhile gave the
        # list again with nothing chosen
        then = _place_after(view, _lifted_key)
        if ask_yes_no(self, question, title=title, yes=tr("Aufheben"), no=tr("Abbrechen")):
            self._after_lift = (view, then)
            self.ctx.perform(lambda conn, _p: lift(conn, row))
            self.refresh()

    def _choose_first(self, view: QTableView, message: str) -> None:
        """Nothing chosen (Tab into a list puts its focus line on a row without choosing
        it): said in the status line, the keys back in the list."""
        self.status.setText(message if view.model().rowCount() else tr("Die Liste ist leer."))
        self.status_timer.start()
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def print_log(self) -> None:
        from ...reports.deletion_log import write_deletion_log

        name = choose_save_file(self, tr("Löschprotokoll speichern"), "Loeschprotokoll.pdf",
                                tr("PDF (*.pdf)"))
        if not name:
            return
        try:
            write_deletion_log(name, svc.deletion_log(self.ctx.conn))
        except Exception as err:  # a German sentence, never a traceback
            show_error(self, user_message(err))
            return
        show_info(self, tr("Das Löschprotokoll wurde gespeichert."))

    def holds_input(self) -> bool:
        reading = self._built("handover") and getattr(self.handover, "reading", False)
        return self.running is not None or reading or self.ctx.files_being_written()

    def place(self) -> PrivacyPlace:
        return PrivacyPlace(self.tabs.currentIndex(), dict(self._places))

    def restore(self, place: object) -> None:
        if isinstance(place, PrivacyPlace):
            self.tabs.setCurrentIndex(place.page)
            self._places = dict(place.lists)

    def open_record(self, record_id: str) -> None:
        """A person's Auskunft or Widerspruch deadline (Übersicht) selects the request;
        anything else shows the due deletions."""
        if self.requests.select_person(record_id):
            self.tabs.setCurrentWidget(self.requests)
        else:
            self.tabs.setCurrentIndex(0)


def _lifted_key(row) -> tuple[str, str]:
    """A hold's or restriction's row, by its record (the rows of „Sperren“ and
    „Eingeschränkt“)."""
    return row.record_kind, row.record_id


def _place_after(view: QTableView, key) -> Place:
    """Where the keys go on once the chosen rows of ``view`` are gone: the row after the
    last of them, or the one before the first when they were the last (given back by the
    next load, as on her return: current, chosen, and so named by a screen reader)."""
    rows = cast(RowsModel, view.model()).rows
    chosen = sorted({i.row() for i in view.selectionModel().selectedRows()})
    if not chosen:
        return Place((), None, view.verticalScrollBar().value())
    after = [r for r in range(chosen[-1] + 1, len(rows)) if r not in chosen][:1]
    before = [r for r in range(chosen[0] - 1, -1, -1) if r not in chosen][:1]
    found = key(rows[(after or before)[0]]) if after or before else None
    return Place((found,) if found else (), found, view.verticalScrollBar().value())
