"""Reading and writing the typed vault options (``domain.options``).

Every change is logged (``retention_setting_log``, one log for all options): the option's
name, old and new value and the time, never a text's content. Einstellungen → Optionen and
``ssa-desktop settings`` both change options through ``set_text``; the options edited on
a screen of their own are named in ``ELSEWHERE`` with the reason."""

from __future__ import annotations

import base64
from typing import Any, TypeVar

from ..domain import deliveries, documents, letters, retention, slips, timeshare, worktime  # noqa: F401 (declare)
from ..domain import options as opts
from ..domain.entities import now_iso
from ..domain.errors import UserError
from ..storage import repositories as repo
from ..storage import retention_log_repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from .operations import DataKind, writes

T = TypeVar("T")

# Options edited on a screen of their own, with the reason (German: the CLI says it).
ELSEWHERE = {
    "kvjs.landkreis": ("Der Landkreis wird unter Einstellungen → Förderung oder mit "
                       "„ssa-desktop rules landkreis NAME“ aus den Profilen des Regelpakets "
                       "gewählt."),
    "kvjs.template": "Die Vorlage wird unter Statistik als Datei geladen und ganz geprüft.",
    "slips.logo": "Das Logo wird im Dialog „Beratungszettel“ als Bild gewählt.",
    **{f"letters.{name}": "Der Briefkopf wird unter Einstellungen → Briefkopf gepflegt."
       for name in ("traeger_name", "traeger_street", "traeger_city", "worker_name",
                    "worker_role", "worker_phone", "worker_email", "footer", "logo")},
    "timeshare.extra_categories": "Die Kategorien werden unter Zeit → Zeitanteile gepflegt.",
}
RETENTION_ELSEWHERE = ("Aufbewahrungsfristen werden unter Datenschutz → Aufbewahrung neben "
                       "der Regel geändert.")


def get(conn: Connection, option: opts.Option[T]) -> T:
    """The stored value, or the option's default."""
    return option.decode(repo.get_setting(conn, option.name, ""))


@writes(DataKind.SETTINGS)
def set_value(conn: Connection, option: opts.Option[T], value: Any) -> T:
    """Validate and store ``value`` (OptionError with a German message when refused);
    a change is logged."""
    text = option.encode(value)
    old = get(conn, option)
    with transaction(conn):
        repo.set_setting(conn, option.name, text)
        _log(conn, option, old, option.decode(text))
    return option.decode(text)


@writes(DataKind.SETTINGS)
def reset(conn: Connection, option: opts.Option) -> Any:
    old = get(conn, option)
    with transaction(conn):
        repo.delete_setting(conn, option.name)
        _log(conn, option, old, option.default)
    return option.default


def _log(conn, option: opts.Option, old: Any, new: Any) -> None:
    if old == new:
        return
    retention_log_repo.log_setting_change(conn, option.name, _logged(option, old),
                                         _logged(option, new), now_iso())


def _logged(option: opts.Option, value: Any) -> str:
    """Numbers, switches, choices and days as written; a text or list only as changed."""
    if option.type in (str, list, dict) and not option.choices:
        return "(Inhalt)" if value else "(leer)"
    return str(value)


def changes(conn) -> list[tuple[str, str, str, str]]:
    """(name, old, new, time) of every logged option change, oldest first."""
    return retention_log_repo.setting_changes(conn)


# -- the options she edits on the Optionen page and with ``ssa-desktop settings`` ----------
def declared() -> list[opts.Option]:
    retention.rule_table()   # the periods are declared when the rule table is read
    return opts.declared()


def edited_elsewhere(name: str) -> str:
    """Why an option is not on the Optionen page (German), or "" when it is."""
    if name.startswith("retention."):
        return RETENTION_ELSEWHERE
    return ELSEWHERE.get(name, "")


def editable() -> list[opts.Option]:
    return [o for o in declared() if not edited_elsewhere(o.name)]


def option(name: str) -> opts.Option:
    """The declared option ``name``; OptionError (German) when there is none."""
    known = {o.name: o for o in declared()}
    if name not in known:
        raise opts.OptionError(f"Eine Einstellung „{name}“ gibt es nicht. "
                               "„ssa-desktop settings list“ zeigt alle.")
    return known[name]


@writes(DataKind.SETTINGS)
def set_text(conn, name: str, text: str) -> Any:
    """The value she typed for option ``name``, validated, stored and logged."""
    chosen = option(name)
    if edited_elsewhere(name):
        raise opts.OptionError(f"„{chosen.label}“ wird hier nicht geändert. "
                               f"{edited_elsewhere(name)}")
    return set_value(conn, chosen, chosen.from_text(text))


def listing(conn) -> list[tuple[opts.Option, Any]]:
    """Every editable option with its value."""
    return [(o, get(conn, o)) for o in editable()]


def stored(conn, option: opts.Option[T]) -> T | None:
    """The value she set for ``option``, None while it has none of its own (a rule pack's
    value applies then: ``services.rule_packs``)."""
    text = repo.get_setting(conn, option.name, "")
    return option.decode(text) if text else None


def logo(conn: Connection, option: opts.Option[str]) -> bytes | None:
    """The logo stored in ``option`` (the letterhead's, the slips'), None while none."""
    text = get(conn, option)
    try:
        return base64.b64decode(text, validate=True) or None if text else None
    except ValueError:
        return None


def logo_text(image: bytes | None) -> str:
    """``image`` as a logo option stores it ("" removes it): a PNG or JPEG of at most
    ``slips.LOGO_MAX_BYTES``, else a German UserError. The letterhead and the slips keep
    their logos alike, and their PDFs draw both the same way."""
    if image is None:
        return ""
    if not (image.startswith(b"\x89PNG") or image.startswith(b"\xff\xd8")):
        raise UserError("Das Logo muss ein PNG- oder JPEG-Bild sein.")
    if len(image) > slips.LOGO_MAX_BYTES:
        raise UserError("Das Logo ist zu groß (höchstens 256 KB).")
    return base64.b64encode(image).decode("ascii")
