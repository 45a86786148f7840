"""The navigation areas of the main window, in sidebar order.

Each area is a QWidget subclass of ``ssa_desktop.ui.common.area.Area`` built as
``Factory(ctx)``; ``factory`` is a "module:Class" path imported when the vault is
unlocked. An area whose module does not exist yet shows one honest line instead.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str          # German; translated with context "Areas"
    factory: str        # "module:Class"
    coming: str = ""    # what the placeholder says while the area is not built


AREAS: list[AreaSpec] = [
    AreaSpec("overview", "Übersicht", "ssa_desktop.ui.overview.area:OverviewArea"),
    AreaSpec("persons", "Personen & Fälle", "ssa_desktop.ui.persons.area:PersonsArea"),
    AreaSpec("appointments", "Termine", "ssa_desktop.ui.appointments.area:AppointmentsArea"),
    AreaSpec("groups", "Gruppen & Projekte", "ssa_desktop.ui.groups.area:GroupsArea"),
    AreaSpec("open_offers", "Offene Angebote", "ssa_desktop.ui.open_offers.area:OpenOffersArea"),
    AreaSpec("network", "Vernetzung", "ssa_desktop.ui.network.area:NetworkArea"),
    AreaSpec("time", "Arbeitszeit", "ssa_desktop.ui.time.area:TimeArea"),
    AreaSpec("statistics", "Statistik", "ssa_desktop.ui.statistics.area:StatisticsArea",
             "Die KVJS-Statistik folgt in einer der nächsten Versionen."),
    AreaSpec("privacy", "Datenschutz", "ssa_desktop.ui.privacy.area:PrivacyArea",
             "Löschfristen und Auskunft folgen in einer der nächsten Versionen."),
    AreaSpec("settings", "Einstellungen", "ssa_desktop.ui.settings.area:SettingsArea"),
]
