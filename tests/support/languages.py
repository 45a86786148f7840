"""The program in English, as an English user runs it: the translator of
translations/ssa_desktop_en.qm installed for a block (German, the source, without one)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

QM = Path(__file__).resolve().parents[2] / "translations" / "ssa_desktop_en.qm"


@contextmanager
def in_language(language: str = "en") -> Iterator[None]:
    """Qt's texts in ``language`` („de“: as written; „en“: from ``QM``, which must load)
    while the block runs."""
    translator = QTranslator()
    if language == "en":
        assert translator.load(str(QM))
        QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
