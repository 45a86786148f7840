"""The pages of Einstellungen, one module per page (``schools``, ``security``, …).

Each module declares itself with a module-level ``PAGE = PageSpec(key, order, title,
factory)``: ``title`` is the German tab title (``tools/update_translations.py`` extracts
it into the context "SettingsArea"; the area translates it when it makes the tab),
``factory(env)`` builds the page — a ``settings.page.SettingsPage`` with ``load()`` and
``clear()`` — from a ``PageEnv`` (the context, the device settings, the keychain). The
area makes one tab per module in ``order`` and builds a page when its tab is first shown.
A page may have the signals the area passes on (``SettingsArea.RELAYED``). Modules are
found by name, like ``cli_commands``, so adding a page edits no other file.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...context import AppContext
    from ...settings_store import SettingsStore
    from ..page import SettingsPage


@dataclass(frozen=True)
class PageEnv:
    """What a page may need besides its own module: the area passes the same to all."""

    ctx: AppContext
    settings: SettingsStore
    keystore: Any          # services.session.DeviceKeyStore


@dataclass(frozen=True)
class PageSpec:
    key: str                                        # "security"; ``SettingsArea.page(key)``
    order: int                                      # tab position, smallest first
    title: str                                      # German, "&&" for a literal "&"
    factory: Callable[[PageEnv], SettingsPage]


def registered() -> list[PageSpec]:
    """Every page module's ``PAGE``, in tab order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            found.append(importlib.import_module(f"{__name__}.{info.name}").PAGE)
    keys = [spec.key for spec in found]
    if len(set(keys)) != len(keys):
        raise ValueError(f"settings pages with the same key: {sorted(keys)}")
    return sorted(found, key=lambda spec: (spec.order, spec.key))
