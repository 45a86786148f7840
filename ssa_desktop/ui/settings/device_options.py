"""The simple device settings (``ui.settings_store``) described as options: label, unit,
bounds and choices for the editors that Einstellungen builds from an option's metadata
(``option_widgets.option_field``). They are not vault options (never declared with
``domain.options.declare``); the values live in the device's INI file under ``name``.
"""

from __future__ import annotations

from ...domain.options import Option
from ..settings_store import (
    DEFAULT_HIGH_CONTRAST,
    DEFAULT_IDLE_MINUTES,
    DEFAULT_LANGUAGE,
    DEFAULT_LOCK_ON_POWER_EVENTS,
    HIGH_CONTRAST_KEY,
    IDLE_MINUTES_KEY,
    LANGUAGE_KEY,
    LANGUAGES,
    LOCK_ON_POWER_EVENTS_KEY,
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
)

IDLE_MINUTES = Option(
    IDLE_MINUTES_KEY, int, DEFAULT_IDLE_MINUTES, "Sperren nach &Untätigkeit von",
    minimum=MIN_IDLE_MINUTES, maximum=MAX_IDLE_MINUTES, unit="%n Minute(n)",
    help="Ohne Eingabe in dieser Zeit sperrt sich der Tresor.")
LOCK_ON_POWER_EVENTS = Option(
    LOCK_ON_POWER_EVENTS_KEY, bool, DEFAULT_LOCK_ON_POWER_EVENTS,
    "Sperren, wenn der Deckel &geschlossen oder der Bildschirm ausgeschaltet wird",
    help="Auch wenn sich der Bildschirm durch die Energieeinstellungen abschaltet.")
LANGUAGE = Option(LANGUAGE_KEY, str, DEFAULT_LANGUAGE, "Sprache der Oberfläche",
                  choices=LANGUAGES)
HIGH_CONTRAST = Option(
    HIGH_CONTRAST_KEY, bool, DEFAULT_HIGH_CONTRAST, "Hoher &Kontrast",
    help="Schwarze Schrift auf Weiß, dunklere Farben für Auswahl, Hinweise und Fokusrahmen "
         "(Kontrast mindestens 7:1).")
