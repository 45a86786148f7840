"""Typed options stored in the vault (the MusicBrainz Picard idea: every option is
declared once with its type, default and label). A stored value whose meaning changes
is migrated by a schema migration (``storage/migrations``, SQL or an ``AFTER`` step),
like every other stored datum: there is no second upgrade mechanism for options.

The domain module of a rule declares its options beside it, at import time::

    R2_MONTHS = options.declare(options.Option(
        "retention.R2.months", int, 0, "Falldokumentation: Monate nach Abgang",
        legal_basis="Art. 17 DSGVO, § 84 SGB X", minimum=0, maximum=120))

and services read and write them through ``services.settings`` (which stores the
encoded text in the vault's ``setting`` table). Device settings (window geometry,
auto-lock, language) stay in ``ui.settings_store`` and never hold personal data; the
simple ones are described by an ``Option`` too (not declared here: they are no vault
options), so that Einstellungen builds their editors from the same metadata
(``ui/settings/device_options.py``, ``ui.settings.option_widgets``).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..formatting import fmt_number
from . import strict_json
from .errors import UserError
from .month_day import MonthDay, MonthDayError

T = TypeVar("T")


class OptionError(UserError):
    """A value that the option does not accept; ``str()`` is a German sentence."""


@dataclass(frozen=True)
class Option(Generic[T]):
    name: str                       # stable key, dotted: "timeshare.direct.low"
    type: type                      # int, float, bool, str, MonthDay, dict or list (JSON)
    default: T
    label: str                      # German label shown in Einstellungen
    legal_basis: str = ""           # shown beside the value where it has one
    minimum: Any = None
    maximum: Any = None
    choices: tuple = ()
    help: str = ""
    unit: str = ""                  # German, around the number: "%n Minute(n)" (numerus)

    def validate(self, value: Any) -> T:
        """The value as this option's type, or OptionError (German)."""
        try:
            value = self._typed(value)
        except TypeError:
            raise OptionError(f"„{self.label}“: ungültiger Wert.") from None
        except MonthDayError as err:
            raise OptionError(f"„{self.label}“: {err}") from None
        if self.minimum is not None and value < self.minimum:
            raise OptionError(f"„{self.label}“: der Wert darf nicht kleiner als "
                              f"{shown(self.minimum)} sein.")
        if self.maximum is not None and value > self.maximum:
            raise OptionError(f"„{self.label}“: der Wert darf nicht größer als "
                              f"{shown(self.maximum)} sein.")
        if self.choices and value not in self.choices:
            raise OptionError(f"„{self.label}“: dieser Wert ist nicht vorgesehen.")
        return value

    def _typed(self, value: Any) -> Any:
        """``value`` as this option's type (a MonthDay also from its text); TypeError."""
        kind = self.type
        if kind is bool:
            if not isinstance(value, bool):
                raise TypeError
        elif kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError
        elif kind is float:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError
            value = float(value)
            if not math.isfinite(value):
                raise TypeError
        elif kind is MonthDay and isinstance(value, str):
            value = MonthDay.parse(value)
        elif not isinstance(value, kind):
            raise TypeError
        return value

    def encode(self, value: T) -> str:
        checked = self.validate(value)
        stored: Any = str(checked) if isinstance(checked, MonthDay) else checked  # "07-31"
        return json.dumps(stored, ensure_ascii=False, sort_keys=True)

    def from_text(self, text: str) -> T:
        """A value typed by the user (Einstellungen, CLI): German numbers ("17.250,5"),
        ja/nein, "07-31" or "31.07."; OptionError (German) when refused."""
        cleaned = text.strip()
        kind = self.type
        if kind in (int, float):
            number = _german_number(cleaned)
            try:
                if number is None or not number.isascii():  # int() reads full-width digits
                    raise ValueError
                value: Any = int(number) if kind is int else float(number)
            except ValueError:
                raise OptionError(f"„{self.label}“: „{cleaned}“ ist keine Zahl.") from None
        elif kind is bool:
            words = {"ja": True, "an": True, "true": True, "1": True,
                     "nein": False, "aus": False, "false": False, "0": False}
            if cleaned.lower() not in words:
                raise OptionError(f"„{self.label}“: bitte ja oder nein angeben.")
            value = words[cleaned.lower()]
        elif kind in (list, dict):
            try:
                value = strict_json.loads(cleaned)
            except ValueError:
                raise OptionError(f"„{self.label}“: ungültiger Wert.") from None
        else:
            value = cleaned
        return self.validate(value)

    def decode(self, text: str | None) -> T:
        """The stored text as a value; the default when missing or no longer valid."""
        if text is None or text == "":
            return self.default
        try:
            return self.validate(strict_json.loads(text))
        except (ValueError, OptionError):
            return self.default


def shown(value: Any) -> str:
    """An option's value as she reads it in a German sentence and types it back: numbers
    with the decimal comma and every digit they have ("1,0", "16.700,0"), switches as
    "ja"/"nein", everything else as its text ("10-31")."""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, int | float):
        return fmt_number(value, None)
    return str(value)


# a grouped number starts with 1-9: "0.125" groups nothing (a script's decimal point)
_GROUPED = re.compile(r"-?[1-9]\d{0,2}(\.\d{3})+", re.ASCII)            # 16.700
_DECIMAL_COMMA = re.compile(r"-?([1-9]\d{0,2}(\.\d{3})+|\d+),\d+", re.ASCII)  # 16.700,5


def _german_number(text: str) -> str | None:
    """A typed number in the form ``int``/``float`` read: the dot groups thousands
    ("16.700" is 16700, "16.700,5" is 16700.5); a dot that groups nothing stays a decimal
    point ("16.7", as a script writes it); None for separators out of place."""
    if "," in text:
        return text.replace(".", "").replace(",", ".") if _DECIMAL_COMMA.fullmatch(text) else None
    return text.replace(".", "") if _GROUPED.fullmatch(text) else text


_REGISTRY: dict[str, Option] = {}


def declare(option: Option[T]) -> Option[T]:
    """Register ``option`` (once per name; re-declaring the same option is harmless)."""
    known = _REGISTRY.get(option.name)
    if known is not None and known != option:
        raise ValueError(f"option {option.name!r} declared twice with different definitions")
    option.validate(option.default)
    _REGISTRY[option.name] = option
    return option


def get_option(name: str) -> Option:
    return _REGISTRY[name]


def declared() -> list[Option]:
    """Every option declared so far, by name."""
    return sorted(_REGISTRY.values(), key=lambda o: o.name)
