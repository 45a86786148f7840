"""The consultation slip (Beratungszettel): the only paper about a pupil that travels
through the school (docs/reports.md, "Beratungszettel").

A slip is built from ``SlipData`` and nothing else. The type has exactly the fields a
teacher needs — school, optional school logo, the pupil's name as the teacher knows
it, class, date, time from–to, room — so no topic, note, case or contact can reach the
printer: there is no field to put it in. ``SlipData`` rejects values that are not
plain short text, so a caller cannot smuggle a paragraph in through the room either.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from . import options
from .errors import UserError

NAME_FORMATS = ("first_initial", "first_last", "first", "pseudonym")
NAME_FORMAT = options.declare(options.Option(
    "slips.name_format", str, "first_initial", "Beratungszettel: Name der Schüler:in",
    choices=NAME_FORMATS,
    help="Wie die Lehrkraft die Schüler:in kennt: „Kim S.“ (Vorname und Initial, Standard), "
         "„Kim Sommer“, „Kim“ oder nur das Pseudonym. Möglichst wenig preisgeben."))
NAME_FORMAT_LABELS = {"first_initial": "Vorname und Initial (Kim S.)",
                      "first_last": "Vor- und Nachname (Kim Sommer)",
                      "first": "nur Vorname (Kim)",
                      "pseudonym": "nur Pseudonym (K-17)"}

LOGO = options.declare(options.Option(
    "slips.logo", str, "", "Beratungszettel: Logo der Schule",
    help="PNG- oder JPEG-Bild (Base64, höchstens 256 KB), oben links auf jedem Zettel."))
LOGO_MAX_BYTES = 256 * 1024

# Longest text each field may hold: a name, a class label, a room, a school name.
_MAX_LEN = {"school": 120, "name": 60, "class_label": 12, "start": 5, "end": 5, "room": 40}


@dataclass(frozen=True, slots=True)
class SlipData:
    """Everything a Beratungszettel carries, and nothing more. Empty text = blank line."""

    school: str = ""
    name: str = ""
    class_label: str = ""
    day: date | None = None
    start: str = ""
    end: str = ""
    room: str = ""
    logo: bytes | None = None

    def __post_init__(self) -> None:
        for key, limit in _MAX_LEN.items():
            value = getattr(self, key)
            if not isinstance(value, str) or len(value) > limit or "\n" in value:
                raise UserError(f"Beratungszettel: „{key}“ muss kurzer Text sein.")
        if self.day is not None and not isinstance(self.day, date):
            raise UserError("Beratungszettel: das Datum fehlt oder ist ungültig.")
        if self.logo is not None and not isinstance(self.logo, bytes):
            raise UserError("Beratungszettel: das Logo muss ein Bild sein.")

    @classmethod
    def blank(cls, school: str = "", logo: bytes | None = None) -> SlipData:
        """A slip to fill in by hand (school and logo printed, everything else lines)."""
        return cls(school=school, logo=logo)


SLIP_FIELDS = tuple(f.name for f in fields(SlipData))


def slip_name(first_name: str, last_name: str, pseudonym: str,
              name_format: str = "first_initial") -> str:
    """The pupil as the teacher knows her ("Kim S." by default); the pseudonym when no
    first name is known or the format asks for it."""
    first, last = first_name.strip(), last_name.strip()
    if name_format == "pseudonym" or not first:
        return pseudonym
    if name_format == "first":
        return first
    if name_format == "first_last":
        return f"{first} {last}".strip()
    return f"{first} {last[0]}." if last else first
