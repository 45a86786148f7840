"""The navigation areas of the main window, in sidebar order.

Each area is a QWidget subclass of ``ssa_desktop.ui.common.area.Area`` built as
``Factory(ctx)``; ``factory`` is a "module:Class" path imported when the area is first
shown (so that the start stays light). An import error or a failing constructor is a
bug and is raised, never hidden behind a placeholder.

Only an area *declared* as not built (a ``coming`` text) whose module does not exist
shows one honest line instead; once its module exists it is built like any other.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str          # German; translated with context "Areas"
    factory: str        # "module:Class"
    coming: str = ""    # declared not built yet: what the placeholder says meanwhile

    @property
    def module(self) -> str:
        return self.factory.partition(":")[0]

    @property
    def built(self) -> bool:
        """False only for an area declared not built whose module does not exist yet."""
        return not self.coming or _module_exists(self.module)

    def load(self):
        """The area class (imports its module; errors propagate)."""
        return getattr(importlib.import_module(self.module), self.factory.partition(":")[2])


def _module_exists(name: str) -> bool:
    """Whether the module's file exists (checked package by package, nothing imported
    beyond the existing parent packages)."""
    parts = name.split(".")
    return all(importlib.util.find_spec(".".join(parts[:i])) is not None
               for i in range(1, len(parts) + 1))


AREAS: list[AreaSpec] = [
    AreaSpec("overview", "Übersicht", "ssa_desktop.ui.overview.area:OverviewArea"),
    AreaSpec("persons", "Personen & Fälle", "ssa_desktop.ui.persons.area:PersonsArea"),
    AreaSpec("appointments", "Termine", "ssa_desktop.ui.appointments.area:AppointmentsArea"),
    AreaSpec("groups", "Gruppen & Projekte", "ssa_desktop.ui.groups.area:GroupsArea"),
    AreaSpec("open_offers", "Offene Angebote", "ssa_desktop.ui.open_offers.area:OpenOffersArea"),
    AreaSpec("network", "Vernetzung", "ssa_desktop.ui.network.area:NetworkArea"),
    AreaSpec("time", "Arbeitszeit", "ssa_desktop.ui.time.area:TimeArea"),
    AreaSpec("statistics", "Statistik", "ssa_desktop.ui.statistics.area:StatisticsArea"),
    AreaSpec("privacy", "Datenschutz", "ssa_desktop.ui.privacy.area:PrivacyArea",
             "Löschfristen und Auskunft folgen in einer der nächsten Versionen."),
    AreaSpec("settings", "Einstellungen", "ssa_desktop.ui.settings.area:SettingsArea"),
]
