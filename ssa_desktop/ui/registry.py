"""The record every UI registry uses: the sidebar areas (``ui/areas.py``), the pages of
Einstellungen (``ui/settings/pages/__init__.py``) and the pages of Datenschutz
(``ui/privacy/pages.py``). Each registry is one explicit tuple of ``Entry`` in its module,
in the order shown; ``build`` is a small function of that module that imports its class
when first called (so the start stays light) and makes the widget. No registry scans a
package or imports a module by name (``tests/test_registries.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Entry:
    key: str                        # stable name: ``show_area(key)``, ``page(key)``
    title: str                      # German; translated in the registry's ``TITLES_CONTEXT``
    build: Callable[[Any], Any]     # the widget, from what the registry's owner passes
