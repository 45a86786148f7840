"""Translation helpers. UI source strings are German (the product's language); English
comes from translations/en.qm. Each module uses a fixed context:

    tr = translator("PersonsArea")
    label = tr("Personen & Fälle")

``tools/update_translations.py`` extracts these calls into translations/*.ts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def german_plural(text: str, n: int) -> str:
    """The German form of a numerus source string: "%n Sitzung(en)" → "1 Sitzung" /
    "3 Sitzungen"; "(a|b)" picks a for one and b otherwise ("%n Eintr(ag|äge)")."""
    one = n == 1
    text = re.sub(r"\(([^()|]*)\|([^()]*)\)", lambda m: m.group(1 if one else 2), text)
    text = re.sub(r"\(([^()|]*)\)", lambda m: "" if one else m.group(1), text)
    return text.replace("%n", str(n))


def translator(context: str) -> Callable[..., str]:
    def tr(text: str, n: int | None = None) -> str:
        """``tr("Text")``; with ``n=`` a plural through Qt's numerus translation
        (English .qm), German forms from the source's "(en)" / "(a|b)" markers."""
        if n is None:
            return QCoreApplication.translate(context, text)
        translated = QCoreApplication.translate(context, text, None, n)
        if translated in (text, text.replace("%n", str(n))):  # no translation: German
            return german_plural(text, n)
        return translated

    tr.context = context  # type: ignore[attr-defined]
    return tr
