"""The navigation areas of the main window, in sidebar order (Strg+1 … Strg+0 follow it).

Each area is an ``ssa_desktop.ui.common.area.Area`` made by its ``build(ctx)`` when it is
first shown; the function imports the area's module only then (so that the start stays
light). An import error or a failing constructor is a bug and is raised, never hidden
behind a placeholder. Adding an area: its package, one function and one ``Entry`` here.
"""

from __future__ import annotations

from .registry import Entry

TITLES_CONTEXT = "Areas"  # tools/update_translations.py extracts the titles with it


def _overview(ctx):
    from .overview.area import OverviewArea
    return OverviewArea(ctx)


def _persons(ctx):
    from .persons.area import PersonsArea
    return PersonsArea(ctx)


def _appointments(ctx):
    from .appointments.area import AppointmentsArea
    return AppointmentsArea(ctx)


def _groups(ctx):
    from .groups.area import GroupsArea
    return GroupsArea(ctx)


def _open_offers(ctx):
    from .open_offers.area import OpenOffersArea
    return OpenOffersArea(ctx)


def _network(ctx):
    from .network.area import NetworkArea
    return NetworkArea(ctx)


def _time(ctx):
    from .time.area import TimeArea
    return TimeArea(ctx)


def _statistics(ctx):
    from .statistics.area import StatisticsArea
    return StatisticsArea(ctx)


def _privacy(ctx):
    from .privacy.area import PrivacyArea
    return PrivacyArea(ctx)


def _settings(ctx):
    from .settings.area import SettingsArea
    return SettingsArea(ctx)


AREAS: tuple[Entry, ...] = (
    Entry("overview", "Übersicht", _overview),
    Entry("persons", "Personen & Fälle", _persons),
    Entry("appointments", "Termine", _appointments),
    Entry("groups", "Gruppen & Projekte", _groups),
    Entry("open_offers", "Offene Angebote", _open_offers),
    Entry("network", "Vernetzung", _network),
    Entry("time", "Arbeitszeit", _time),
    Entry("statistics", "Statistik", _statistics),
    Entry("privacy", "Datenschutz", _privacy),
    Entry("settings", "Einstellungen", _settings),
)
