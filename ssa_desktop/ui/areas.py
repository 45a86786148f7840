"""The navigation areas of the main window, in sidebar order.

Each area is a QWidget subclass of ``ssa_desktop.ui.common.area.Area`` built as
``Factory(ctx)``; ``factory`` is a "module:Class" path imported when the area is first
shown (so that the start stays light). An import error or a failing constructor is a
bug and is raised, never hidden behind a placeholder.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str          # German; translated with context "Areas"
    factory: str        # "module:Class"

    @property
    def module(self) -> str:
        return self.factory.partition(":")[0]

    def load(self):
        """The area class (imports its module; errors propagate)."""
        return getattr(importlib.import_module(self.module), self.factory.partition(":")[2])


AREAS: list[AreaSpec] = [
    AreaSpec("overview", "Übersicht", "ssa_desktop.ui.overview.area:OverviewArea"),
    AreaSpec("persons", "Personen & Fälle", "ssa_desktop.ui.persons.area:PersonsArea"),
    AreaSpec("appointments", "Termine", "ssa_desktop.ui.appointments.area:AppointmentsArea"),
    AreaSpec("groups", "Gruppen & Projekte", "ssa_desktop.ui.groups.area:GroupsArea"),
    AreaSpec("open_offers", "Offene Angebote", "ssa_desktop.ui.open_offers.area:OpenOffersArea"),
    AreaSpec("network", "Vernetzung", "ssa_desktop.ui.network.area:NetworkArea"),
    AreaSpec("time", "Arbeitszeit", "ssa_desktop.ui.time.area:TimeArea"),
    AreaSpec("statistics", "Statistik", "ssa_desktop.ui.statistics.area:StatisticsArea"),
    AreaSpec("privacy", "Datenschutz", "ssa_desktop.ui.privacy.area:PrivacyArea"),
    AreaSpec("settings", "Einstellungen", "ssa_desktop.ui.settings.area:SettingsArea"),
]
