"""Typed device settings (QSettings, INI file in the user's config folder).

Only device facts live here: where the vault is, the auto-lock delay, the language,
window geometry. NEVER personal data, pseudonyms, school names or search terms: those
belong in the encrypted vault (``repositories.set_setting``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSettings

if TYPE_CHECKING:  # imported where used: the first window needs no QByteArray (its enums)
    from PySide6.QtCore import QByteArray

    from ..services.it_policy import MachinePolicy

ORGANIZATION = "SSA Desktop"
APPLICATION = "SSA Desktop"

# Described as options (label, unit, bounds) in ``ui/settings/device_options.py``, which
# Einstellungen builds its editors from; kept out of here so the unlock window stays light.
LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60
IDLE_MINUTES_KEY = "security/idle_minutes"
# Lock when the lid is closed or the display goes off (services.power_events); on by default.
DEFAULT_LOCK_ON_POWER_EVENTS = True
LOCK_ON_POWER_EVENTS_KEY = "security/lock_on_power_events"
LANGUAGE_KEY = "ui/language"
# Einstellungen → Darstellung: the high-contrast palette (``ui.theme``). An INI file written
# before the option existed has no such key and reads the default: no upgrade step needed.
HIGH_CONTRAST_KEY = "ui/high_contrast"
DEFAULT_HIGH_CONTRAST = False
ACCESSIBILITY_CONTACT_KEY = "help/accessibility_contact"
# A second folder for the daily backup's copy (a Träger share, a USB stick): empty by
# default; an INI file written before the option existed reads that default (no upgrade
# step needed). IT's ``SecondBackupFolder`` replaces it.
SECOND_BACKUP_FOLDER_KEY = "backup/second_folder"


class SettingsStore:
    """Device settings. ``path`` selects an explicit INI file (tests, portable use);
    ``policy`` IT's machine policy (read from the machine when first needed, not before
    the unlock window: it overrides her idle lock, lock on lid and display, „Auf diesem
    Gerät merken“ and the accessibility contact)."""

    def __init__(self, path: Path | str | None = None, *, policy: MachinePolicy | None = None):
        if path is not None:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                                 APPLICATION)
        self._policy = policy

    @property
    def policy(self) -> MachinePolicy:
        if self._policy is None:
            from ..services.it_policy import machine_policy

            self._policy = machine_policy()
        return self._policy

    @property
    def max_idle_minutes(self) -> int:
        """The longest idle lock she may choose (IT's maximum, else 60)."""
        return self.policy.idle_lock_max_minutes or MAX_IDLE_MINUTES

    @property
    def lock_on_power_events_set_by_it(self) -> bool:
        return self.policy.lock_on_lid_and_display is not None

    @property
    def remember_allowed(self) -> bool:
        """Whether „Auf diesem Gerät merken“ may be offered and a remembered key used."""
        return self.policy.allow_remember_on_device

    @property
    def file_path(self) -> Path:
        return Path(self._qs.fileName())

    def sync(self) -> None:
        self._qs.sync()

    def _store(self, key: str, value: object | None) -> None:
        """``value`` under ``key``; ``None`` removes the key."""
        if value is None:
            self._qs.remove(key)
        else:
            self._qs.setValue(key, value)

    # -- vault folder -------------------------------------------------------------------
    @property
    def vault_folder(self) -> Path | None:
        value = self._qs.value("vault/folder", "")
        return Path(str(value)) if value else None

    @vault_folder.setter
    def vault_folder(self, folder: Path | str | None) -> None:
        self._store("vault/folder", str(folder) if folder else None)

    # -- second backup location ---------------------------------------------------------
    @property
    def second_backup_folder(self) -> Path | None:
        """Where the daily backup is copied too: IT's folder, else hers, else None."""
        if self.policy.second_backup_folder:
            return Path(self.policy.second_backup_folder)
        value = self._qs.value(SECOND_BACKUP_FOLDER_KEY, "")
        return Path(str(value)) if isinstance(value, str) and value.strip() else None

    @second_backup_folder.setter
    def second_backup_folder(self, folder: Path | str | None) -> None:
        self._store(SECOND_BACKUP_FOLDER_KEY, str(folder) if folder else None)

    @property
    def second_backup_folder_set_by_it(self) -> bool:
        return bool(self.policy.second_backup_folder)

    # -- auto-lock ----------------------------------------------------------------------
    @property
    def idle_minutes(self) -> int:
        try:
            # a number or its text (the ini file); anything else is refused below
            value = int(cast(Any, self._qs.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        return max(MIN_IDLE_MINUTES, min(self.max_idle_minutes, value))

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        minutes = max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, int(minutes)))
        self._qs.setValue(IDLE_MINUTES_KEY, minutes)

    @property
    def lock_on_power_events(self) -> bool:
        if self.policy.lock_on_lid_and_display is not None:
            return self.policy.lock_on_lid_and_display
        value = self._qs.value(LOCK_ON_POWER_EVENTS_KEY, DEFAULT_LOCK_ON_POWER_EVENTS)
        if isinstance(value, str):  # the INI file stores "true"/"false"
            return value.strip().lower() not in ("false", "0", "no", "off")
        return bool(value)

    @lock_on_power_events.setter
    def lock_on_power_events(self, on: bool) -> None:
        self._qs.setValue(LOCK_ON_POWER_EVENTS_KEY, bool(on))

    # -- language -----------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._qs.value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._qs.setValue(LANGUAGE_KEY, language)

    # -- high contrast ------------------------------------------------------------------
    @property
    def high_contrast(self) -> bool:
        value = self._qs.value(HIGH_CONTRAST_KEY, DEFAULT_HIGH_CONTRAST)
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("true", "1")

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._qs.setValue(HIGH_CONTRAST_KEY, bool(on))

    # -- the Träger's contact in the accessibility statement (Hilfe) -----------------------
    @property
    def accessibility_contact(self) -> str:
        """Set by the Träger's IT (policy ``AccessibilityContact``, else ``[help]
        accessibility_contact=…``); empty: placeholder."""
        if self.policy.accessibility_contact:
            return self.policy.accessibility_contact
        value = self._qs.value(ACCESSIBILITY_CONTACT_KEY, "") or ""
        if isinstance(value, list):  # an unquoted INI value with commas reads as a list
            return ", ".join(str(part) for part in value)
        return str(value)

    @accessibility_contact.setter
    def accessibility_contact(self, text: str) -> None:
        self._qs.setValue(ACCESSIBILITY_CONTACT_KEY, str(text))

    # -- window geometry ----------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        from PySide6.QtCore import QByteArray

        value = self._qs.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray | bytes | None) -> None:
        from PySide6.QtCore import QByteArray

        self._store("ui/window_geometry", QByteArray(geometry) if geometry else None)
