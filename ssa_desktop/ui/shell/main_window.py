"""The main window: sidebar of areas, top bar (search, lock), status bar with the
shortcuts, and the lock screen.

Areas are built by their ``ui/areas.py`` entry (which imports the area's module then) the
first time they are shown. On lock every area clears
itself (``Area`` base), the whole content is replaced by a neutral lock screen, other
windows are hidden, sensitive clipboard content is cleared, and the unlock dialog
appears; after unlocking the window comes back on the area she locked in, on her place
there (ids only) and the control she was on; the other areas start afresh.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import session as session_svc
from ...services import vault_admin
from ...services.session import DeviceKeyStore
from .. import theme
from ..areas import AREAS
from ..background import _Task, after, running_writes
from ..common.announce import MessageLabel, announce, built_quietly, quietly
from ..common.area import ids_only
from ..common.clipboard import clear_sensitive
from ..common.fonts import enlarge_font
from ..common.labels import name_by_label, name_window
from ..common.layout_items import let_go_of_layout_items
from ..common.lifetime import connect_for
from ..common.messages import Role, ask_choice
from ..common.modal import alive, open_deleting
from ..common.screen_fit import within_screen
from ..common.tab_chain import tab_chain
from ..common.tables import commit_all_open_editors
from ..context import CANCELLED, AppContext, failure_message
from ..first_frame import after_first_frame
from ..i18n import translator
from ..memory import drop_source_lines
from ..notes.form_draft import keep_all as keep_form_drafts
from ..notes.form_draft import unsaved_forms
from ..privacy.area import RetentionWatch
from ..registry import Entry
from .area_scroll import AreaStack, area_scroll, sidebar_width
from .menu_bar import MenuBar
from .status_bar import MiddleElidingStatusBar

if TYPE_CHECKING:
    from ..vault.unlock import UnlockDialog

tr = translator("MainWindow")
tr_areas = translator("Areas")

WINDOW_TITLE = "SSA Desktop — Schulsozialarbeit"
# fits 960×540 logical (1920×1080 at 200 %) with a taskbar; an area that needs more scrolls
MINIMUM_SIZE = (720, 460)
SHORTCUT_HINT = "Strg+N Kontakt erfassen · Strg+K Suchen · Strg+L Sperren"


class LockScreen(QWidget):
    """Neutral: nothing but the fact that the app is locked."""

    def __init__(self, on_unlock, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(tr("Gesperrt"), self)
        enlarge_font(title, 2, QFont.Weight.DemiBold)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(tr("SSA Desktop ist gesperrt. Zum Weiterarbeiten entsperren Sie den "
                         "Tresor mit Ihrer Passphrase."), self)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        self.button = QPushButton(tr("Entsperren …"), self)
        self.button.setAccessibleName(tr("Entsperren"))
        self.button.clicked.connect(on_unlock)
        # what the lock stopped (a backup, an export …): no personal data, only the work
        self.note = QLabel(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setAccessibleDescription(tr("Beim Sperren abgebrochen"))
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.note)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)


class MainWindow(QMainWindow):
    """``MainWindow(ctx, settings)``; ``settings`` is a ``SettingsStore`` (or None).

    ``store`` is the device key store passed on to the unlock dialog; ``kdf_params``
    is used there when a new passphrase is set with the emergency key.
    """

    def __init__(self, ctx: AppContext, settings=None, *, store: DeviceKeyStore | None = None,
                 demo_passphrase: str | None = None, kdf_params=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        if settings is not None and getattr(ctx, "settings", None) is None:
            ctx.settings = settings  # the settings area reads device settings from here
        self.store = store
        self.demo_passphrase = demo_passphrase
        self.kdf_params = kdf_params
        self._unlock_dialog: UnlockDialog | None = None
        self.location_box = None   # the vault where it must not lie (_show_location)
        self.areas: dict[str, QWidget] = {}
        # her place in each area taken apart when she left it (``_take_apart``)
        self._places: dict[str, object] = {}
        self._quick_entry = None
        self._search = None
        self._short_contacts = None
        self._school_year = None
        self._closing = False
        self.setWindowTitle(WINDOW_TITLE)
        self.setAccessibleName(tr("SSA Desktop Hauptfenster"))
        # never larger than the screen: 1280×720 at 200 % is 640×360 logical pixels
        self.setMinimumSize(within_screen(self, *MINIMUM_SIZE))

        self.content = QWidget(self)
        self._build_sidebar()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self._build_top_bar())
        content_layout.addLayout(self._build_body(), 1)
        self.lock_screen = LockScreen(self.show_unlock_dialog, self)
        self.outer = QStackedWidget(self)
        self.outer.addWidget(self.content)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)
        # Tab as she sees the window: the top bar, the list of areas, then the area
        # (reparenting the content above rebuilt the chain: set it now)
        tab_chain(self.lock_button, self.sidebar)

        self._build_status_bar()
        self._build_actions()
        # Strg+Q and Strg+L also while a modal dialog (exec) blocks this window: Qt does
        # not fire an application shortcut then. The application-wide
        # filter is installed only while a modal dialog blocks this window (event()):
        # installed for good, every event of every widget passed through Python and the
        # areas' first show took two to four times as long.
        self._asking_quit = False
        self._close_after_lock = False  # Strg+Q during a critical operation
        connect_for(self, ctx.about_to_lock, commit_all_open_editors)  # cells typed into are saved
        connect_for(self, ctx.locked, self._on_locked)
        connect_for(self, ctx.stopped_at_lock, self._show_stopped_work)
        connect_for(self, ctx.unlocked, self._on_unlocked)
        # the retention engine at every unlock, off the GUI thread (docs/retention.md),
        # started with the upkeep after the first frame (_after_first_frame)
        self.retention_watch = RetentionWatch(ctx, checks_at_unlock=False)
        connect_for(self, ctx.navigate, self.navigate)
        connect_for(self, ctx.status_message, self.show_status)

        self._area_before_lock = ""
        self._focus_before_lock: QWidget | None = None   # a control of that area
        if settings is not None and settings.window_geometry is not None:
            self.restoreGeometry(settings.window_geometry)
        else:
            self.resize(self.first_size())
        if ctx.is_unlocked:
            self._on_unlocked()
        else:
            self._show_lock_screen()

    # -- parts ---------------------------------------------------------------------------
    def _build_sidebar(self) -> None:
        """The area list and the stack of areas (built when first shown)."""
        self.sidebar = QListWidget(self.content)
        self.sidebar.setAccessibleName(tr("Bereiche"))
        self.sidebar.setAccessibleDescription(tr("Mit den Pfeiltasten einen Bereich wählen"))
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setSpacing(1)
        self.sidebar.setStyleSheet(
            "QListWidget { background: palette(window); padding-top: 6px; }"
            " QListWidget::item { padding: 7px 12px; border-radius: 4px; margin: 0 6px; }"
            " QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        self.stack = AreaStack(self.content)
        self.stack.setAccessibleName(tr("Inhalt"))
        for index, spec in enumerate(AREAS):
            item = QListWidgetItem(tr_areas(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if index < 9:
                item.setToolTip(tr("Strg+{0}").format(index + 1))
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # replaced when first shown
        self.sidebar.setFixedWidth(sidebar_width(self.sidebar))
        self.sidebar.currentRowChanged.connect(self._show_row)

    def _build_top_bar(self) -> QFrame:
        self.search_button = QPushButton(tr("Suche …") + "        " + tr("Strg+K"), self.content)
        name_by_label(self.search_button, self.search_button.text(), tr("Suche (Strg+K)"))
        self.search_button.setToolTip(tr("Personen, Fälle und Notizen suchen (Strg+K)"))
        self.search_button.setMinimumWidth(240)
        self.search_button.setStyleSheet("QPushButton { text-align: left; padding: 5px 10px; }")
        self.search_button.clicked.connect(self.open_search)
        self.lock_button = QPushButton(tr("Sperren (Strg+L)"), self.content)
        self.lock_button.setAccessibleName(tr("Sperren (Strg+L)"))
        self.lock_button.setToolTip(tr("Alles sofort ausblenden und den Tresor sperren"))
        self.lock_button.clicked.connect(self.lock)
        app_label = QLabel(tr("SSA Desktop — Schulsozialarbeit"), self.content)
        app_font = app_label.font()
        app_font.setWeight(QFont.Weight.DemiBold)
        app_label.setFont(app_font)
        # the window title says it too: on a narrow screen the name gives way to the buttons
        app_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 8)
        top.addWidget(app_label)
        top.addStretch(1)
        from ..time.stopwatch import StopwatchButton  # Arbeitszeit: stopwatch (Strg+T)

        self.stopwatch_button = StopwatchButton(self.ctx, self.content)
        top.addWidget(self.stopwatch_button)
        top.addWidget(self.search_button)
        top.addWidget(self.lock_button)
        # Tab as she sees the bar, left to right (the stopwatch is made last)
        tab_chain(self.stopwatch_button, self.search_button, self.lock_button)
        top_bar = QFrame(self.content)
        top_bar.setLayout(top)
        top_bar.setFrameShape(QFrame.Shape.NoFrame)
        top_bar.setStyleSheet("QFrame { border-bottom: 1px solid palette(mid); }"
                              " QLabel, QPushButton { border-bottom: none; }")
        return top_bar

    def _build_body(self) -> QHBoxLayout:
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        divider = QFrame(self.content)
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Plain)
        divider.setStyleSheet("color: palette(mid);")
        body.addWidget(self.sidebar)
        body.addWidget(divider)
        body.addWidget(area_scroll(self.stack), 1)
        return body

    def _build_status_bar(self) -> None:
        self.setStatusBar(MiddleElidingStatusBar(self))  # a long path: „…“ in the middle
        self.shortcut_label = QLabel(tr(SHORTCUT_HINT), self)
        self.shortcut_label.setAccessibleDescription(tr("Tastenkürzel"))
        self.vault_label = MessageLabel(self)
        self.vault_label.setAccessibleDescription(tr("Zustand des Tresors"))
        self.vault_label.setContentsMargins(16, 0, 8, 0)
        self.shortcut_label.setContentsMargins(8, 0, 0, 0)
        self.statusBar().addPermanentWidget(self.shortcut_label)
        self.statusBar().addPermanentWidget(self.vault_label)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().messageChanged.connect(self._status_message_changed)

    def _status_message_changed(self, text: str) -> None:
        """The status bar is named by its message, which is announced ("Gespeichert")."""
        self.statusBar().setAccessibleName(text)
        self.statusBar().setToolTip(text)  # whole, also where the bar shortens it
        announce(self.statusBar(), text)
        self._fit_status_message(text)
        if not text and self._quit_waits:  # another message (a backup's) went: while the
            QTimer.singleShot(0, self, self._say_waiting)      # quit waits, it says so

    def _say_waiting(self) -> None:
        if self._quit_waits and not self.statusBar().currentMessage():
            self.statusBar().showMessage(self._waiting_said)

    def _fit_status_message(self, text: str) -> None:
        """While a message does not fit beside the shortcut hint (200 % on a small
        screen), the hint gives way: the message is read whole (F1 lists the keys)."""
        bar = self.statusBar()
        layout = bar.layout()
        spacing = layout.spacing() if layout is not None else 6
        room = (bar.width() - self.vault_label.sizeHint().width()
                - self.shortcut_label.sizeHint().width() - 4 * max(spacing, 6) - 12)
        self.shortcut_label.setVisible(not text or bar.fontMetrics().horizontalAdvance(text) <= room)

    # -- actions and shortcuts ----------------------------------------------------------
    def _action(self, text: str, shortcut: str | QKeySequence | None, slot,
                context=Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.quick_entry_action = self._action(tr("Kontakt erfassen …"), "Ctrl+N",
                                               self.open_quick_entry)
        self.search_action = self._action(tr("Suchen …"), "Ctrl+K", self.open_search)
        self.stopwatch_action = self._action(tr("Stoppuhr starten/anhalten"), "Ctrl+T",
                                             self.stopwatch_button.toggle_stopwatch)
        # Ctrl+L works everywhere, also while a dialog of the app has the focus.
        self.lock_action = self._action(tr("Sperren"), "Ctrl+L", self.lock,
                                        Qt.ShortcutContext.ApplicationShortcut)
        # explicit: QKeySequence.Quit is empty on Windows and without a platform theme
        # application-wide like Ctrl+L: it also works while a dialog has the focus (the
        # dialog keeps its draft or is closed by the lock that quitting starts)
        self.quit_action = self._action(tr("Beenden"), "Ctrl+Q", self.request_quit,
                                        Qt.ShortcutContext.ApplicationShortcut)
        # another main window in this process (a second vault's app): its windows' keys
        # are its own – application-wide in both, Qt would refuse them as ambiguous
        connect_for(self, cast(QApplication, QApplication.instance()).focusWindowChanged,
                    self._own_application_keys)
        self.area_actions: list[QAction] = []
        for index, spec in enumerate(AREAS):
            shortcut = f"Ctrl+{index + 1}" if index < 9 else "Ctrl+0"
            # "Personen & Fälle": a single & in a menu text would be a mnemonic ("_Fälle")
            action = self._action(tr_areas(spec.title).replace("&", "&&"), shortcut,
                                  lambda _checked=False, key=spec.key: self.switch_area(key))
            self.area_actions.append(action)
        self.short_contacts_action = self._action(tr("Kurzkontakte ansehen und korrigieren …"),
                                                  None, self.open_short_contacts)
        self.shortcuts_action = self._action(tr("Tastenkürzel"), "F1", self.show_shortcuts)
        self.about_action = self._action(tr("Über SSA Desktop"), None, self.show_about)
        self.statement_action = self._action(tr("Erklärung zur &Barrierefreiheit …"), None,
                                             self.show_accessibility_statement)

        menu = MenuBar()  # Alt+letter never ends on „Datei“ (menu_bar.py)
        self.setMenuBar(menu)
        file_menu = menu.addMenu(tr("&Datei"))
        for action in (self.quick_entry_action, self.short_contacts_action, self.search_action,
                       self.stopwatch_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        view_menu = menu.addMenu(tr("&Bereiche"))
        for action in self.area_actions:
            view_menu.addAction(action)
        help_menu = menu.addMenu(tr("&Hilfe"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.statement_action)
        help_menu.addAction(self.about_action)
        self._session_actions = [self.quick_entry_action, self.short_contacts_action,
                                 self.search_action, self.lock_action, self.stopwatch_action,
                                 *self.area_actions]

    def event(self, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowBlocked:
            cast(QApplication, QApplication.instance()).installEventFilter(self)
        elif kind == QEvent.Type.WindowUnblocked:
            cast(QApplication, QApplication.instance()).removeEventFilter(self)
        return super().event(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.KeyPress and not self._asking_quit \
                and self._owns_modal(QApplication.activeModalWidget()) \
                and self._is_ours_key(event):
            sequence = QKeySequence(event.keyCombination())
            for action in (self.quit_action, self.lock_action):
                if action.isEnabled() and sequence == action.shortcut():
                    action.trigger()
                    return True
        return super().eventFilter(obj, event)

    def _owns_modal(self, modal: QWidget | None) -> bool:
        """The modal dialog is this window's: another main window still blocked (one
        not yet deleted, kept blocked by its own dialog) leaves its keys alone."""
        if modal is None:
            return False
        owner = _main_window_of(modal)
        return owner is self if owner is not None else self.isVisible()

    def _is_ours_key(self, event) -> bool:
        return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier) and event.key() in (Qt.Key.Key_Q,
                                                                                  Qt.Key.Key_L)

    def shortcut_table(self) -> list[tuple[str, str]]:
        rows = [(tr("Strg+N"), tr("Kontakt erfassen (von überall)")),
                (tr("Strg+K"), tr("Suchen")),
                (tr("Strg+T"), tr("Stoppuhr starten/anhalten (Arbeitszeit)")),
                (tr("Strg+L"), tr("Sperren: alles ausblenden")),
                (tr("F1"), tr("Diese Übersicht der Tastenkürzel"))]
        for index, spec in enumerate(AREAS):
            key = f"Strg+{index + 1}" if index < 9 else "Strg+0"
            rows.append((key, tr_areas(spec.title)))
        rows += [(tr("Enter"), tr("Speichern im Dialog")), (tr("Esc"), tr("Abbrechen im Dialog")),
                 (tr("Strg+Q"), tr("Beenden"))]
        # keys of several areas' fields (the handbook names them: docs/handbuch.md)
        rows += [(tr("Strg+Enter"), tr("Speichern aus einem mehrzeiligen Textfeld (Notiz, "
                                       "§ 8a-Schritt)")),
                 (tr("Alt+←"), tr("Zurück zur Personenliste; in Termine: Tag bzw. Woche zurück")),
                 (tr("Alt+→"), tr("In Termine: Tag bzw. Woche vor")),
                 (tr("Strg+B"), tr("Brief erstellen (auf der Seite einer Person)")),
                 (tr("Strg+D"), tr("Beratungszettel drucken (auf der Seite einer Person)")),
                 (tr("F6"), tr("Wochenraster verlassen (ebenso Strg+Tab und Esc)")),
                 (tr("Alt+V"), tr("Schlüssel vorlesen: die nächste Gruppe eines angezeigten "
                                  "Schlüssels")),
                 (tr("Strg+P"), tr("Dokument drucken (beim Ansehen eines Dokuments)")),
                 (tr("Strg+P"), tr("Statistik → Eingabehilfe als PDF (eine Seite)")),
                 (tr("Strg+C"), tr("Statistik → Eingabehilfe: den Wert der Zeile kopieren "
                                   "(ebenso Enter)"))]
        return rows + self._kind_key_rows()

    @staticmethod
    def _kind_key_rows() -> list[tuple[str, str]]:
        """Alt+1 … Alt+6 of the quick entry (imported here: not on the start path)."""
        from ..quick_entry.kind_keys import kind_key_labels

        return [(key, tr("Kontakt erfassen: Art „{0}“, weiter zu Themen").format(label))
                for key, label in kind_key_labels()]

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        name_window(dialog, tr("Tastenkürzel"))
        rows = "".join(f"<tr><td style='padding:3px 18px 3px 0'><b>{k}</b></td><td>{v}</td></tr>"
                       for k, v in self.shortcut_table())
        label = QLabel(f"<table>{rows}</table>", dialog)
        label.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Schließen"))
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self._shortcuts_dialog = open_deleting(dialog)

    def show_accessibility_statement(self) -> None:
        from .accessibility_statement import StatementDialog

        contact = self.settings.accessibility_contact if self.settings is not None else ""
        self._statement_dialog = open_deleting(StatementDialog(contact, self))

    def show_about(self) -> None:
        from ... import __version__

        QMessageBox.about(self, tr("Über SSA Desktop"), tr(
            "<p><b>SSA Desktop</b> {0}</p><p>Dokumentation für die Schulsozialarbeit: "
            "verschlüsselt (SQLCipher), offline, getrennt von Schuldaten.</p>"
            "<p>Lizenz: GPL-3.0-or-later</p>").format(__version__))

    # -- areas ----------------------------------------------------------------------------
    def _spec_index(self, key: str) -> int:
        for index, spec in enumerate(AREAS):
            if spec.key == key:
                return index
        return -1

    def _build_area(self, spec: Entry) -> QWidget:
        return spec.build(self.ctx)

    def area_widget(self, key: str) -> QWidget | None:
        """The area's widget, built on first use (None while locked or unknown)."""
        index = self._spec_index(key)
        if index < 0 or not self.ctx.is_unlocked:
            return self.areas.get(key)
        if key not in self.areas:
            widget: QWidget = built_quietly(self._build_area, AREAS[index])  # no event till shown
            widget.setAccessibleName(tr_areas(AREAS[index].title))
            old = self.stack.widget(index)  # the area's placeholder
            self.stack.insertWidget(index, widget)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.areas[key] = widget
            place = self._places.pop(key, None)
            if place is not None:
                widget.restore(place)  # type: ignore[attr-defined]
            drop_source_lines()  # the area's modules were just imported
            let_go_of_layout_items()
        return self.areas[key]

    def _take_apart(self, widget: QWidget) -> None:
        """She left ``widget``'s area: when that loses nothing (``Area.may_take_apart``)
        its widgets are deleted — what they held goes back — and her place is kept for the
        next build; a placeholder takes its slot in the stack."""
        key = next((k for k, area in self.areas.items() if area is widget), None)
        if key is None or not widget.may_take_apart():  # type: ignore[attr-defined]
            return
        self._places[key] = widget.place()  # type: ignore[attr-defined]
        let_go_of_layout_items()
        index = self.stack.indexOf(widget)
        self.stack.insertWidget(index, QWidget(self.stack))
        self.stack.removeWidget(widget)
        del self.areas[key]
        widget.deleteLater()

    def _show_row(self, row: int) -> None:
        if row < 0 or not self.ctx.is_unlocked:
            return
        shown = self.stack.currentWidget()
        if (shown is not None and self.stack.indexOf(shown) != row
                and hasattr(shown, "may_leave") and not shown.may_leave()):
            self.sidebar.blockSignals(True)  # she stays: the sidebar shows where she is
            self.sidebar.setCurrentRow(self.stack.indexOf(shown))
            self.sidebar.blockSignals(False)
            return
        widget = self.area_widget(AREAS[row].key)
        if widget is not None:
            self.stack.setCurrentWidget(widget)
            if shown is not None and shown is not widget:
                self._take_apart(shown)

    def show_area(self, key: str) -> QWidget | None:
        if not self.ctx.is_unlocked:
            return None
        index = self._spec_index(key)
        if index < 0:
            return None
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        else:
            self._show_row(index)
        if self.sidebar.currentRow() != index:
            return None  # she stayed in a form with unsaved edits
        return self.areas.get(key)

    def switch_area(self, key: str) -> QWidget | None:
        """Show an area from the keyboard (Strg+1 … / Bereiche menu): its first control
        takes the focus, with a visible focus frame."""
        widget = self.show_area(key)
        if widget is not None and hasattr(widget, "focus_first_control"):
            widget.focus_first_control()
        return widget

    def first_size(self) -> QSize:
        """The first window size: most of the screen without the taskbar (a 1366×768
        school laptop gets all of it, a large screen a calm 1600×1000)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)
        return QSize(min(1600, int(free.width() * 0.95)), min(1000, int(free.height() * 0.95)))

    def current_area_key(self) -> str:
        row = self.sidebar.currentRow()
        return AREAS[row].key if 0 <= row < len(AREAS) else ""

    def navigate(self, key: str, record_id: str = "") -> None:
        widget = self.show_area(key)
        if widget is not None and record_id and hasattr(widget, "open_record"):
            widget.open_record(record_id)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- dialogs of other features --------------------------------------------------------
    def _open_feature_dialog(self, cls, attr: str, **kwargs):
        if not self.ctx.is_unlocked:
            return None
        current = getattr(self, attr)
        if current is not None and current.isVisible():
            current.raise_()
            current.activateWindow()
            return current
        dialog = cls(self.ctx, parent=self, **kwargs)
        setattr(self, attr, dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._feature_dialog_closed(attr, d))
        dialog.show()
        return dialog

    def _feature_dialog_closed(self, attr: str, dialog) -> None:
        """A feature window she closed is given up: its widgets (typed text, the persons it
        listed, its window's image) do not wait in memory until the lock."""
        if getattr(self, attr, None) is dialog:
            setattr(self, attr, None)
        dialog.deleteLater()

    def open_quick_entry(self, _checked: bool = False, **kwargs):
        """Quick entry; ``draft_id=`` opens that draft, ``prefill=`` starts with values.
        On an open person page it starts with that person. After saving, the status bar
        says what was saved."""
        from ..quick_entry.dialog import QuickEntryDialog

        if "prefill" not in kwargs and not kwargs.get("draft_id"):
            persons = self.areas.get("persons") if self.current_area_key() == "persons" else None
            current_person = getattr(persons, "current_person_id", None)
            person_id = current_person() if current_person is not None else ""
            if person_id:
                kwargs["prefill"] = {"person_id": person_id}
        dialog = self._open_feature_dialog(QuickEntryDialog, "_quick_entry", **kwargs)
        if dialog is not None and not dialog.property("reports_saving"):
            dialog.setProperty("reports_saving", True)
            dialog.saved.connect(self.show_status)
        return dialog

    def open_short_contacts(self):
        from ..quick_entry.short_contacts import ShortContactsDialog

        return self._open_feature_dialog(ShortContactsDialog, "_short_contacts")

    def open_search(self):
        from ..search.dialog import SearchDialog

        return self._open_feature_dialog(SearchDialog, "_search")

    # -- lock and unlock ------------------------------------------------------------------
    def lock(self) -> None:
        if self.ctx.session is not None:
            self.ctx.lock()  # -> _on_locked (after a running critical operation)

    def _show_lock_screen(self) -> None:
        self.outer.setCurrentWidget(self.lock_screen)
        self.content.hide()
        self.menuBar().setEnabled(True)
        for action in self._session_actions:
            action.setEnabled(False)
        self.vault_label.show_quietly(tr("Tresor: gesperrt"))  # said by the unlock window
        theme.colour_style(self.vault_label, "")
        self.statusBar().clearMessage()

    def _on_locked(self) -> None:
        # after unlocking she returns to this area (its records reload, names hidden again)
        self._area_before_lock = self.current_area_key() or self._area_before_lock
        focus, area = QApplication.focusWidget(), self.areas.get(self._area_before_lock)
        self._focus_before_lock = focus if area is not None and focus is not None \
            and area.isAncestorOf(focus) else None
        # as every area clears itself the next session starts afresh, but on the place of
        # the area she locked in: ids only, no text she typed (``Area.place``, ``ids_only``)
        self._places.clear()
        place = area.place() if area is not None else None  # type: ignore[attr-defined]
        if place is not None:
            self._places[self._area_before_lock] = ids_only(place)
        clear_sensitive()
        keep_form_drafts()  # unsaved input of dialogs and forms stays as a draft (16.5)
        self._show_lock_screen()
        self._dispose_dialogs()  # before hiding: visible parentless dialogs count too
        # Nothing confidential stays visible: hide every other window of the app.
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget is not self.unlock_dialog and widget.isVisible() \
                    and widget.isWindow() and self._is_ours(widget):
                widget.hide()
        self._quick_entry = None
        self._search = None
        self._short_contacts = None
        self._school_year = None
        if self._close_after_lock:
            self._close_after_lock = False
            QTimer.singleShot(0, self.close)
        elif self.isVisible() and not self._closing:
            QTimer.singleShot(0, self._unlock_after_lock)

    def _unlock_after_lock(self) -> None:
        """The unlock window opens and says that the vault is locked: said once its
        focus has settled, after the window emptied (a flood Orca prunes)."""
        dialog = self.show_unlock_dialog()
        if dialog is not None:
            announce(dialog, self.vault_label.text())

    def _show_stopped_work(self, text: str) -> None:
        """The lock stopped background work: say what, on the lock screen (until the
        next unlock)."""
        self.lock_screen.note.setText(text)
        self.lock_screen.note.setVisible(bool(text))

    def _dispose_dialogs(self) -> None:
        """Close and delete every dialog and message box (except the unlock dialog):
        hidden dialogs would otherwise keep person lists and typed notes in memory.

        ``QDialog.done`` of the base class is used on purpose: a dialog's own
        ``reject`` may ask questions or discard a draft, and its own ``locked`` handler
        (which keeps typed text as a draft) still runs — the deletion comes later."""
        for widget in QApplication.topLevelWidgets():
            if widget is self or widget is self.unlock_dialog \
                    or not isinstance(widget, (QDialog, QMessageBox, QProgressDialog)):
                continue
            # Hidden dialogs without a parent in this window belong to someone else
            # (e.g. the finished first-run wizard held by run_gui): leave them alone.
            if not widget.isVisible() and not self._is_descendant(widget):
                continue
            with contextlib.suppress(RuntimeError):  # already deleted
                QDialog.done(widget, QDialog.DialogCode.Rejected)
                widget.hide()
                widget.deleteLater()

    def _is_descendant(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def _own_application_keys(self, _window=None) -> None:
        """Strg+L and Strg+Q application-wide, except while a window of another main
        window of this process is active (then only in this window, which is not)."""
        owner = _main_window_of(QApplication.activeWindow())
        other = owner is not None and owner is not self
        context = Qt.ShortcutContext.WindowShortcut if other else Qt.ShortcutContext.ApplicationShortcut
        for action in (self.lock_action, self.quit_action):
            action.setShortcutContext(context)

    def _is_ours(self, widget: QWidget) -> bool:
        owner = _main_window_of(widget)
        if owner is not None:   # another vault's app in this process keeps its windows
            return owner is self
        return (self._is_descendant(widget) or widget.inherits("QDialog")
                or widget.inherits("QMainWindow"))

    def _on_unlocked(self) -> None:
        self._show_stopped_work("")
        area = self.areas.get(self._area_before_lock)
        place = self._places.pop(self._area_before_lock, None)
        if area is not None and place is not None:
            area.restore(place)  # type: ignore[attr-defined]  # before it shows and loads
        self.content.show()
        self.outer.setCurrentWidget(self.content)
        for action in self._session_actions:
            action.setEnabled(True)
        # the session came through ``unlocked`` before the window closes; Qt deletes it
        # once closed (open_deleting): no hidden unlock window stays behind
        dialog, self._unlock_dialog = self.unlock_dialog, None
        if dialog is not None and dialog.isVisible() and dialog.session is None:
            dialog.reject()  # unlocked elsewhere (e.g. remembered key)
        # her first screen first: the page check, the upkeep and the Schuljahreswechsel's
        # plan start once the frame with the first area is painted (they took most of the
        # unlock's time)
        self.ctx.page_check_after_first_frame()
        self.show_area(self._area_before_lock or AREAS[0].key)
        self._focus_back()
        session = self.ctx.session
        after_first_frame(self, lambda: self._after_first_frame(session))

    def _focus_back(self) -> None:
        """The keyboard returns to the control it was on at the lock (the grid's cell,
        a list), when that control is still there; else to the sidebar."""
        widget, self._focus_before_lock = self._focus_before_lock, None
        if widget is not None and shiboken6.isValid(widget) and widget.isVisible() \
                and widget.isEnabled() and self.isAncestorOf(widget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.sidebar.setFocus()

    def _after_first_frame(self, session) -> None:
        """The unlock's upkeep on the quiet lane (vault check, backup of the day, search
        index, deletion check), the Schuljahreswechsel and the emergency-key reminder,
        for the session the frame was painted for (nothing when locked meanwhile)."""
        if not self.ctx.is_unlocked or self.ctx.session is not session:
            return
        self.ctx.start_page_check()   # first on the quiet lane, as before the window
        self._check_vault()
        from ..privacy.unlock_tasks import run_unlock_tasks  # daily backup, breach counts

        run_unlock_tasks(self.ctx, store=self.store, settings=self.settings)
        self._tidy_search_index()
        self.retention_watch.check()
        self._offer_school_year_change()
        self._tell_new_scans()
        from ..vault.emergency_reminder import remind_emergency_key

        self.emergency_reminder = remind_emergency_key(self.ctx, self)
        drop_source_lines()  # the main window's modules were just imported
        let_go_of_layout_items()

    def _tell_new_scans(self) -> None:
        """On unlock: how many new files wait in the scanner folder, and where to take them
        (the folder's files are read and hashed off the GUI thread)."""
        from ...services import scanner

        def told(scans: list) -> None:
            if scans and self.ctx.is_unlocked:
                self.show_status(tr("Neue Scans im Scanner-Ordner: {0}. Übernehmen auf der "
                                    "Seite einer Person unter Dokumente → „Neue Scans“.")
                                 .format(len(scans)))

        self.ctx.run(lambda conn, _progress: scanner.new_scans(conn), on_done=told,
                     maintenance=True)

    def _offer_school_year_change(self) -> None:
        """At the first unlock on or after 1 August the Schuljahreswechsel opens by itself
        for every school still waiting (never after "Später": then the tile stays)."""
        from ...services import school_year_pending  # the change loads with its assistant

        waiting = school_year_pending.due_at_unlock(self.ctx.conn)
        if waiting:
            from ..school_year.dialog import SchoolYearDialog

            dialog = self._open_feature_dialog(SchoolYearDialog, "_school_year",
                                               school_ids=[p.school_id for p in waiting])
            if dialog is not None:   # in front once the unlock and the main window settle
                QTimer.singleShot(0, dialog, dialog.bring_forward)  # dropped with the dialog

    def show_unlock_dialog(self):
        if self.ctx.is_unlocked or not self.isVisible() or self._closing:
            return None   # nothing to unlock, or no window any more to unlock into
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            return self.unlock_dialog
        from ..vault.unlock import UnlockDialog

        folder = self.ctx.vault_folder
        assert folder is not None  # the window belongs to the vault it locked
        settings = self.settings
        # built with no event sent (its names, before it shows): what shows is sent, and a
        # reader's queue stays short enough for the lock's „gesperrt“ (Orca prunes at 50)
        dialog = quietly(lambda: UnlockDialog(
            session_svc.open_vault(folder), store=self.store,
            demo_passphrase=self.demo_passphrase, kdf_params=self.kdf_params,
            remember_allowed=lambda: settings is None or settings.remember_allowed,
            parent=self))
        dialog.unlocked.connect(self.ctx.set_session)
        self._unlock_dialog = open_deleting(dialog)
        return dialog

    @property
    def unlock_dialog(self) -> UnlockDialog | None:
        """The unlock window while it is there (None after the unlock: Qt deleted it)."""
        return alive(self._unlock_dialog)

    # -- vault check ----------------------------------------------------------------------
    def _check_vault(self) -> None:
        self.vault_label.setText(tr("Tresor: wird geprüft …"))
        theme.colour_style(self.vault_label, "")

        session = self.ctx.open_session()  # at the unlock
        self._show_location(None)

        def work(conn, _progress):  # the one "Tresor prüfen", on the worker's connection
            from ...services.sync_folders import vault_location_notice

            return (session_svc.check(session, conn, pages=False),
                    vault_location_notice(session.vault.folder))

        def done(result) -> None:
            problems, notice = result
            if not self.ctx.is_unlocked:
                return
            if notice is not None:   # shown also with a problem, which the line then names
                self._show_location(notice)
            if problems and vault_admin.RESTORE_ADVICE in vault_admin.check_advice(problems):
                self.vault_label.setText(tr("Tresor: Problem gefunden — bitte Sicherung prüfen"))
                theme.colour_style(self.vault_label, "color: $error; font-weight: 600;")
            elif problems:   # rows she corrects, consents that do not block her: no backup
                self.vault_label.setText(tr("Tresor: Hinweis gefunden — Einstellungen → "
                                            "Sicherheit → Tresor prüfen"))
                theme.colour_style(self.vault_label, "color: $error; font-weight: 600;")
            elif notice is None:
                self.vault_label.setText(tr("Tresor: geprüft"))
                theme.colour_style(self.vault_label, "color: $ok;")

        def failed(_message: str) -> None:
            if self.ctx.is_unlocked:
                self.vault_label.setText(tr("Tresor: Prüfung nicht möglich"))
                theme.colour_style(self.vault_label, "color: $error;")

        self.ctx.run(work, on_done=done, on_error=failed, maintenance=True)

    def _show_location(self, notice) -> None:
        """A vault where it must not lie (``sync_folders.vault_location_notice``): its line
        in red with the whole sentence as tool tip and description, a short sentence in
        the status bar (announced), the whole one in a message window that is not modal
        (the status bar cuts it, a tool tip needs the mouse)."""
        text = notice.text if notice is not None else ""
        self.vault_label.setToolTip(text)
        self.vault_label.setAccessibleDescription(text)
        if notice is None:
            return
        self.vault_label.setText(notice.short)
        theme.colour_style(self.vault_label, "color: $error; font-weight: 600;")
        self.ctx.status_message.emit(notice.said)
        from ..common.messages import open_warning

        self.location_box = open_warning(self, notice.text, title=tr("Ort des Tresors"))

    def _tidy_search_index(self) -> None:
        """Merge a full-text index that has grown many segments into one (after the
        backup, on the quiet lane, in short steps). Nothing to show: what a search finds
        stays the same; stopped by a lock or a re-key, retried at the next unlock."""
        from ...services import search as search_svc
        from ...services.operations import Cancelled, Progress

        session = self.ctx.open_session()  # at the unlock

        def op(conn, progress):
            def step(percent: int, text: str) -> None:
                if not session.is_open or session.rekeying:
                    raise Cancelled()
                progress(percent, text)
            return search_svc.tidy_index(conn, Progress(step))

        self.ctx.perform(op, background=True, maintenance=True, on_error=lambda _message: None)

    # -- quitting with unsaved input ------------------------------------------
    _quit_requested = False
    _quit_waits = False   # „Warten“ chosen on quitting: quits once the files are written
    _waiting_said = ""    # what the status bar says meanwhile (back after other messages)

    def request_quit(self) -> None:
        """Strg+Q / Datei → Beenden: close the window, asking about unsaved input."""
        self._quit_requested = True
        try:
            self.close()
        finally:
            self._quit_requested = False

    def _may_lose_nothing(self) -> bool:
        """What no draft keeps – a file she asked for still being written, a dialog whose
        closing loses something (a key shown once) – asked about first; True when she let
        it go (``_may_quit``; also while a critical operation defers the quit)."""
        from ..common.closing import losing_dialogs, may_stop_writing  # when she quits

        writes = running_writes()
        if not may_stop_writing(self, writes):
            self._quit_when_written(writes)
            return False
        return all(dialog.may_close() for dialog in losing_dialogs())

    def _may_quit(self) -> bool:
        """Dialogs and forms with unsaved input: ask before quitting. Speichern saves
        each (a refused save stops quitting and shows why), "Als Entwurf behalten" keeps
        them as drafts (offered in the Übersicht after the next unlock), Verwerfen drops
        them, Abbrechen stays. Before that, a dialog whose closing would lose what no
        draft keeps (a key shown once, a package not written) asks itself, „Zurück“ being
        its default (``common.closing``). First of all, a file she asked for that is still
        being written asks „Warten“ (default) or „Abbrechen und verwerfen“; „Warten“
        quits once it is written (``_quit_when_written``)."""
        if not self._may_lose_nothing():
            return False
        forms = unsaved_forms()
        if not forms:
            return True
        names = ", ".join(dict.fromkeys(f.title for f in forms))
        clicked = ask_choice(
            self, tr("Nicht gespeichert"),
            tr("Nicht gespeicherte Eingaben: {0}. Vor dem Beenden speichern?").format(names), (
                ("save", tr("Speichern"), Role.AcceptRole),
                ("keep", tr("Als Entwurf behalten"), Role.ActionRole),
                ("discard", tr("Verwerfen"), Role.DestructiveRole),
                ("cancel", tr("Abbrechen"), Role.RejectRole)),
            default="save", escape="cancel",
            while_open=lambda box: setattr(self, "_asking_quit", box is not None))
        if clicked == "save":
            for form in forms:
                if form.unsaved() and not form.save():
                    self._bring_forward(form.owner)  # her reason stands on the form
                    return False
            return True
        if clicked == "keep":
            return True  # the lock that quitting starts keeps them
        if clicked == "discard":
            for form in forms:
                form.drop()
                form.stop()
            return True
        return False

    def _quit_when_written(self, tasks: list[_Task]) -> None:
        """She asked to quit and chose „Warten“: the status bar says so (announced) until
        the files are written (another message meanwhile, e.g. the daily backup's, is
        shown and then gives it back), then she is asked nothing more than a quit asks; a file
        that failed keeps the app open and the status bar says why. A package does not
        quit: its key is shown once when it is whole, and she must see it first."""
        if any(task.writing == "package" for task in tasks):
            return
        from ..common.closing import writing_nouns

        self._waiting_said = tr("{0}; danach wird das Programm beendet.").format(
            writing_nouns(tasks))
        self.statusBar().showMessage(self._waiting_said)
        if not self._quit_waits:          # Strg+Q again while it waits: one quit, not two
            self._quit_waits = True
            after(tasks, self._written_for_quit)

    def _written_for_quit(self, failed: list[_Task]) -> None:
        self._quit_waits = False
        if not self.ctx.is_unlocked or self._closing:  # a lock stopped them, or she quit
            return
        if failed:
            error = failed[0].failure
            self.show_status(tr("Nicht beendet: {0}").format(
                failure_message(error) if error is not None else CANCELLED))
            return
        self.statusBar().clearMessage()
        QTimer.singleShot(0, self, self.request_quit)

    def _bring_forward(self, widget: QWidget) -> None:
        """The area and tab holding ``widget`` in front, its window raised: a save the quit
        question asked for was refused, and the reason (a red line, the field to fix)
        stands on that form — on a hidden page she would not see it."""
        for key, area in self.areas.items():
            if area is widget or area.isAncestorOf(widget):
                self.show_area(key)
                break
        child, parent = widget, widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget) and parent.indexOf(child) >= 0:
                parent.setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()
        window = widget.window()
        window.raise_()
        window.activateWindow()

    # -- window ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        dialog = getattr(self, "_school_year", None)
        if dialog is not None and dialog.isVisible():  # opened at the unlock, before show
            QTimer.singleShot(0, dialog, dialog.bring_forward)  # dropped with the dialog

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowTitleChange and self.windowTitle() != WINDOW_TITLE:
            self.setWindowTitle(WINDOW_TITLE)  # never a name in the title bar

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # she quits (Strg+Q, Beenden, the title bar's ×): unsaved input is asked about;
        # a close by the program (shutdown, tests) keeps it as a draft without a question
        asked = self._quit_requested or event.spontaneous()
        if self.ctx.is_critical:  # e.g. a new key is being written: closing now would break it
            event.ignore()
            # what no draft keeps (a key on screen) is asked about first: the deferred
            # lock would close it without a question; once the quit is deferred, her
            # answer stands: a further Strg+Q asks nothing
            if asked and not self._closing and not self._close_after_lock \
                    and self.ctx.is_unlocked and not self._may_lose_nothing():
                return
            # deferred, not dropped: the lock waits for the operation, then the window closes
            # (unsaved input is kept as a draft at that lock)
            self._close_after_lock = True
            self.ctx.lock()
            self.show_status(tr("Bitte warten, bis die laufende Aktion fertig ist."))
            return
        if asked and not self._closing and self.ctx.is_unlocked and not self._may_quit():
            event.ignore()
            return
        self._closing = True
        if self.settings is not None:
            self.settings.window_geometry = self.saveGeometry()
            self.settings.sync()
        if self.ctx.is_unlocked:
            self.ctx.lock()
        if self.unlock_dialog is not None:   # the app quits: no unlock window stays behind
            self.unlock_dialog.reject()       # (and a child waiting in it ends with it)
        clear_sensitive()
        super().closeEvent(event)


def _main_window_of(widget: QWidget | None) -> MainWindow | None:
    """The main window ``widget`` is or belongs to (a window it opened), if any."""
    while widget is not None and not isinstance(widget, MainWindow):
        widget = widget.parentWidget()
    return widget
