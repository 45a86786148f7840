"""Translation helpers. UI source strings are German (the product's language); English
comes from translations/en.qm. Each module uses a fixed context:

    tr = translator("PersonsArea")
    label = tr("Personen & Fälle")

``tools/update_translations.py`` extracts these calls into translations/*.ts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    tr.context = context  # type: ignore[attr-defined]
    return tr
