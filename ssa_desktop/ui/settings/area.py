"""Einstellungen: one tab per entry of ``settings.pages.PAGES`` (Schulen & Stelle,
Sicherheit, Sprache, Darstellung, Info), in that order.

A page is built when its tab is first shown (or ``page(key)`` asks for it), so the
area's first show builds only the first one. Built pages are refreshed (``load()``) when
the area is shown and when schools or settings change, and cleared on lock; a page built
while the area is visible and unlocked loads at once, else at the next refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...services.operations import DataKind
from ...services.session import DeviceKeyStore
from ..common.area import Area
from ..common.current_stack import size_tabs_by_current
from ..common.tab_selection import report_deselection
from ..common.unsaved import may_leave as ask_before_leaving
from ..context import AppContext
from ..i18n import translator
from ..notes.form_draft import find_draft
from ..settings_store import SettingsStore
from . import pages
from .page import SettingsPage

tr = translator("SettingsArea")


@dataclass(frozen=True)
class SettingsPlace:
    """Her place (``Area.place``): the tab, and what she chose on each page built
    (``SettingsPage.place``, by the page's key), given back when the page is built again."""

    tab: int
    pages: dict[str, object] = field(default_factory=dict)


class SettingsArea(Area):
    """The settings area. ``settings`` and ``keystore`` default to the device's. Taken
    apart when she leaves it (her tab kept) unless a page holds what she typed and has
    not saved (``SettingsPage.holds_input``), a dialog of it is open or a job or write
    it started has not answered."""

    watches = (DataKind.SCHOOLS, DataKind.SETTINGS, DataKind.VAULT)
    rebuilt_when_left = True
    idle_minutes_changed = Signal(int)
    language_changed = Signal(str)
    # A page's signal of one of these names is passed on as the area's (the main window
    # connects the area's signals; the page may not be built yet).
    RELAYED = ("idle_minutes_changed", "language_changed")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 settings: SettingsStore | None = None,
                 keystore: DeviceKeyStore | None = None):
        super().__init__(ctx, parent)
        self.env = pages.PageEnv(ctx, settings or getattr(ctx, "settings", None)
                                 or SettingsStore(), keystore or DeviceKeyStore())
        self.specs = pages.PAGES
        self._built: dict[str, SettingsPage] = {}
        self._kept: dict[str, object] = {}   # the pages' places, until each is built again
        self.tabs = QTabWidget()
        report_deselection(self.tabs)
        self.tabs.setAccessibleName(tr("Bereiche der Einstellungen"))
        for spec in self.specs:
            slot = QWidget()  # holds the page once it is built
            box = QVBoxLayout(slot)
            box.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(slot, tr(spec.title))
        size_tabs_by_current(self.tabs)   # as tall as the page shown, not the longest
        title = QLabel(tr("Einstellungen"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self.specs):
            self.page(self.specs[index].key)

    def page(self, key: str) -> SettingsPage:
        """The page ``key`` ("schools", "security", …), built on first use."""
        page = self._built.get(key)
        if page is not None:
            return page
        index = next((i for i, spec in enumerate(self.specs) if spec.key == key), None)
        if index is None:
            raise KeyError(f"no settings page {key!r}")
        page = self.specs[index].build(self.env)
        if key in self._kept:
            page.restore(self._kept.pop(key))
        cast(QVBoxLayout, cast(QWidget, self.tabs.widget(index)).layout()).addWidget(page)
        page.show()  # at once, not with the layout's queued show (its shortcuts, its load)
        for name in self.RELAYED:
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(getattr(self, name))
        self._built[key] = page
        if self.isVisible() and self._may_load():
            page.load()
        return page

    def pages(self) -> tuple[SettingsPage, ...]:
        """The pages built so far, in tab order."""
        return tuple(self._built[s.key] for s in self.specs if s.key in self._built)

    def _may_load(self) -> bool:
        """Unlocked and no page in a critical job (a passphrase change, a new key)."""
        return self.ctx.is_unlocked and not any(p.busy for p in self._built.values())

    def refresh(self) -> None:
        if not self._may_load():
            return
        for page in self.pages():
            page.load()

    def open_record(self, record_id: str) -> None:
        """A page's form kept at lock or quit (the Übersicht's line; the draft's form is
        the page's key, e.g. "letterhead"): its tab, her input restored."""
        for spec in self.specs:
            draft = find_draft(self.ctx, record_id, spec.key)
            if draft is not None:
                page = self.page(spec.key)
                self.tabs.setCurrentIndex(self.tabs.indexOf(cast(QWidget, page.parentWidget())))
                page.restore_draft(draft)
                return

    def clear(self) -> None:
        for page in self.pages():
            page.clear()

    def holds_input(self) -> bool:
        return (self.ctx.files_being_written()
                or any(page.busy or page.holds_input() for page in self.pages()))

    def place(self) -> SettingsPlace:
        pages = {key: page.place() for key, page in self._built.items()}
        return SettingsPlace(self.tabs.currentIndex(),
                             {key: kept for key, kept in {**self._kept, **pages}.items()
                              if kept is not None})

    def restore(self, place: object) -> None:
        if isinstance(place, SettingsPlace):
            self._kept = dict(place.pages)
            for key, page in self._built.items():   # the first tab's, built with the area
                if key in self._kept:
                    page.restore(self._kept.pop(key))
            self.tabs.setCurrentIndex(place.tab)

    def may_leave(self) -> bool:
        """Before another area is shown: a page with typed, unsaved input (Briefkopf) is
        shown and asked about (Speichern, Verwerfen, Weiter bearbeiten)."""
        if not self.ctx.is_unlocked:
            return True
        for page in self.pages():
            if page.unsaved():
                self.tabs.setCurrentIndex(self.tabs.indexOf(cast(QWidget, page.parentWidget())))
                if not ask_before_leaving(self, True, page.unsaved_text,
                                          save=page.save_unsaved,
                                          discard=page.discard_unsaved):
                    return False
        return True
