"""The pages of Datenschutz, in the order of the list at the side: one explicit ``PAGES``.

``build(area)`` makes a page for the ``PrivacyArea`` when it is first shown: the area's own
pages (due deletions, restricted records, holds, all periods, deletion log, rules) from its
models; the panels of other features (handover, Auskunft and Widerspruch, backups, Art. 30
record and data breach) import their module only then. A panel with ``refresh()`` is
passed to ``area.add_panel`` and refreshed with the area. Adding a page: its module (or
area method), one function and one ``Entry`` here.
"""

from __future__ import annotations

from ..registry import Entry

TITLES_CONTEXT = "PrivacyArea"  # tools/update_translations.py extracts the titles with it


def _due(area):
    return area._due_page()


def _restricted(area):
    return area._restricted_page()


def _holds(area):
    return area._holds_page()


def _all(area):
    return area._all_page()


def _log(area):
    return area._log_page()


def _rules(area):
    return area._rules_page()


def _handover(area):
    from ..handover.panel import HandoverPanel
    return HandoverPanel(area.ctx)


def _requests(area):
    from .requests_panel import RequestsPanel
    return area.add_panel(RequestsPanel(area.ctx))


def _backups(area):
    from .backups_panel import BackupsPanel
    return area.add_panel(BackupsPanel(area.ctx))


def _tools(area):
    from .tools_panel import ToolsPanel
    return area.add_panel(ToolsPanel(area.ctx))


PAGES: tuple[Entry, ...] = (
    Entry("due", "Löschung fällig", _due),
    Entry("restricted", "Eingeschränkt", _restricted),
    Entry("holds", "Sperren", _holds),
    Entry("all", "Alle Fristen", _all),
    Entry("log", "Löschprotokoll", _log),
    Entry("rules", "Regeln und Fristen", _rules),
    Entry("handover", "Vertretung und Übergabe", _handover),  # Vertretungspaket, school
    Entry("requests", "Auskunft und Widerspruch", _requests),  # rights of the persons
    Entry("backups", "Sicherungen", _backups),
    Entry("tools", "Verzeichnis und Datenpanne", _tools),  # Art. 30 record, data breach
)
