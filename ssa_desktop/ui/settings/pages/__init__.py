"""The pages of Einstellungen, in tab order: one explicit ``PAGES`` tuple.

Each page is a module of this package with a ``settings.page.SettingsPage`` (``load()``
and ``clear()``); its ``Entry`` here names the German tab title (context "SettingsArea",
"&&" for a literal "&"; ``tools/update_translations.py`` extracts it) and a small
function that imports the page's module when the tab is first shown and builds the page
from a ``PageEnv`` (the context, the device settings, the keychain). A page may have the
signals the area passes on (``SettingsArea.RELAYED``). Adding a page: its module, one
function and one ``Entry`` here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...registry import Entry

if TYPE_CHECKING:
    from ...context import AppContext
    from ...settings_store import SettingsStore

TITLES_CONTEXT = "SettingsArea"  # tools/update_translations.py extracts the titles with it


@dataclass(frozen=True)
class PageEnv:
    """What a page may need besides its own module: the area passes the same to all."""

    ctx: AppContext
    settings: SettingsStore
    keystore: Any          # services.session.DeviceKeyStore


def _schools(env: PageEnv):
    from .schools import SchoolsPage
    return SchoolsPage(env.ctx)


def _security(env: PageEnv):
    from .security import SecurityPage
    return SecurityPage(env.ctx, env.settings, env.keystore)


def _language(env: PageEnv):
    from .language import LanguagePage
    return LanguagePage(env.ctx, env.settings)


def _display(env: PageEnv):
    from .display import DisplayPage
    return DisplayPage(env.ctx, env.settings)


def _options(env: PageEnv):
    from .options import OptionsPage
    return OptionsPage(env.ctx)


def _letterhead(env: PageEnv):
    from .letterhead import LetterheadPage
    return LetterheadPage(env.ctx)


def _funding(env: PageEnv):
    from .funding import FundingPage
    return FundingPage(env.ctx)


def _about(env: PageEnv):
    from .about import AboutPage
    return AboutPage(env.ctx)


PAGES: tuple[Entry, ...] = (
    Entry("schools", "Schulen && Stelle", _schools),
    Entry("security", "Sicherheit", _security),
    Entry("language", "Sprache", _language),
    Entry("display", "Darstellung", _display),
    Entry("options", "Optionen", _options),
    Entry("funding", "Förderung", _funding),
    Entry("letterhead", "Briefkopf", _letterhead),
    # "Info", not "Über": with DejaVu Sans (Linux) Qt clips the dots of a capital Ü in an
    # inactive tab, which then read "Uber"
    Entry("about", "Info", _about),
)
