"""Einstellungen: one tab per page (Schulen & Stelle, Sicherheit, Sprache, Info).

Each page lives in its own module with ``load()``/``clear()``; the area refreshes them
when schools or settings change and clears them on lock.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...services.operations import DataKind
from ...services.session import DeviceKeyStore
from ..common.area import Area
from ..context import AppContext
from ..i18n import translator
from ..settings_store import SettingsStore
from .about_page import AboutPage
from .language_page import LanguagePage
from .schools_page import SchoolsPage
from .security_page import SecurityPage

tr = translator("SettingsArea")


class SettingsArea(Area):
    """The settings area. ``settings`` and ``keystore`` default to the device's."""

    watches = (DataKind.SCHOOLS, DataKind.SETTINGS, DataKind.VAULT)
    idle_minutes_changed = Signal(int)
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 settings: SettingsStore | None = None,
                 keystore: DeviceKeyStore | None = None):
        super().__init__(ctx, parent)
        settings = settings or getattr(ctx, "settings", None) or SettingsStore()
        self.schools = SchoolsPage(ctx)
        self.security = SecurityPage(ctx, settings, keystore or DeviceKeyStore())
        self.language = LanguagePage(ctx, settings)
        self.info = AboutPage(ctx)
        self.security.idle_minutes_changed.connect(self.idle_minutes_changed)
        self.language.language_changed.connect(self.language_changed)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Bereiche der Einstellungen"))
        self.tabs.addTab(self.schools, tr("Schulen && Stelle"))
        self.tabs.addTab(self.security, tr("Sicherheit"))
        self.tabs.addTab(self.language, tr("Sprache"))
        # "Info", not "Über": with DejaVu Sans (Linux) Qt clips the dots of a capital Ü
        # in an inactive tab, which then read "Uber" (issue 16 item 9)
        self.tabs.addTab(self.info, tr("Info"))
        title = QLabel(tr("Einstellungen"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)

    def pages(self) -> tuple:
        return (self.schools, self.security, self.language, self.info)

    def refresh(self) -> None:
        if not self.ctx.is_unlocked or self.security.busy:
            return
        for page in self.pages():
            page.load()

    def clear(self) -> None:
        for page in self.pages():
            page.clear()
