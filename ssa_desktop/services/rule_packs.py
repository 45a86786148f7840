"""The rule pack in force and the pack of each school year (docs/statistics.md,
"Regelpakete"): reading a pack file, what it changes against the pack in force, taking
it into force, and the rate, grant formula and deadlines a school year is computed with.
An option she set (``kvjs.grant_rate``, the deadlines) is her local deviation and wins
over the pack; the Landkreis profile she chose (``kvjs.landkreis``) sets the per-school
deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain import clock, deliveries
from ..domain import kvjs_template as tpl
from ..domain import rule_pack as rp
from ..domain.entities import now_iso
from ..domain.errors import UserError
from ..domain.schoolyear import SchoolYear
from ..storage import rule_pack_repo
from ..storage.connection import Connection
from ..storage.transactions import transaction
from . import settings
from .operations import DataKind, writes


def read_file(path: Path | str) -> rp.RulePack:
    """The pack in ``path``, checked whole; RulePackError (German) naming the file."""
    target = Path(path)
    try:
        text = target.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        raise rp.RulePackError(f"Das Regelpaket „{target.name}“ kann nicht gelesen werden.") from None
    return rp.parse(text, target.name)


def _stored(text: str) -> rp.RulePack:
    return rp.parse(text, "gespeichertes Regelpaket")


def in_force(conn: Connection) -> rp.RulePack:
    """The pack she took into force, else the shipped one."""
    text = rule_pack_repo.in_force(conn)
    return _stored(text) if text else rp.shipped()


def for_year(conn: Connection, year: int) -> rp.RulePack:
    """The pack the figures of school year ``year`` were computed under; a year never
    recorded follows the kept pack that names it (the pack in force if it does, else the
    highest version, else the one taken last), else the shipped pack that names it, and a
    year no pack names the pack in force."""
    digest = rule_pack_repo.year_digest(conn, year)
    text = rule_pack_repo.text(conn, digest) if digest else None
    if text:
        return _stored(text)
    current = in_force(conn)
    if year in current.school_years:
        return current
    naming = [_stored(t) for _, t, _, _ in rule_pack_repo.listing(conn)]
    naming = [p for p in naming if year in p.school_years]
    # the highest declared version; among equal ones (none declared) the one taken last
    if naming:
        return max(reversed(naming), key=lambda p: p.version)
    return next((p for p in rp.shipped_packs() if year in p.school_years), current)


def missing_note(conn: Connection, year: int) -> str:
    """"" when the pack of ``year`` names it; else a German sentence: no pack names the
    year, which pack it is computed under, and how she loads the year's pack."""
    pack = for_year(conn, year)
    if year in pack.school_years:
        return ""
    label = SchoolYear(year).label
    return (f"Kein Regelpaket nennt das Schuljahr {label}; gerechnet wird nach „{pack.title}“. "
            f"Ein Regelpaket für {label} lädt sie unter Einstellungen → Förderung "
            "(„Regelpaket laden …“) oder mit „ssa-desktop rules import DATEI“.")


@writes(DataKind.SETTINGS)
def record_year(conn: Connection, year: int) -> rp.RulePack:
    """Keep the pack of ``year`` with its figures (the first record stays); inside the
    caller's transaction."""
    pack = for_year(conn, year)
    rule_pack_repo.store(conn, pack.digest, pack.text, now_iso())
    rule_pack_repo.record_year(conn, year, pack.digest)
    return pack


@writes(DataKind.SETTINGS)
def keep_exported_year(conn: Connection, year: int) -> None:
    """After an export: a school year that has ended keeps the pack it was exported under
    (a running year still follows a corrected pack for it). No figure changes (the year
    keeps the rules it is computed under): a settings change, no recount."""
    if SchoolYear(year).end < clock.today():
        with transaction(conn):
            record_year(conn, year)


@dataclass(frozen=True)
class Preview:
    """A pack read from a file, before she accepts it."""

    pack: rp.RulePack
    current: rp.RulePack
    changes: list[str]            # what changes against the pack in force (German lines)
    template_note: str = ""       # her loaded KVJS template is not the pack's (German)

    @property
    def same(self) -> bool:
        return self.pack.digest == self.current.digest


def preview(conn: Connection, path: Path | str) -> Preview:
    pack = read_file(path)
    current = in_force(conn)
    return Preview(pack, current, rp.changes(current, pack), template_note(conn, pack))


def template_note(conn: Connection, pack: rp.RulePack) -> str:
    """A German note when the KVJS template loaded into the vault is not the one the pack
    names ("" when none is loaded or it is the pack's)."""
    text = settings.get(conn, deliveries.TEMPLATE)
    if not text:
        return ""
    try:
        loaded = tpl.parse(text, "gespeicherte Vorlage")
    except tpl.TemplateError:
        return ""  # the Statistik area names a broken template itself
    if loaded.id == pack.template_id:
        return ""
    return (f"Die geladene KVJS-Vorlage „{loaded.title}“ ({loaded.id}) ist nicht die Vorlage "
            f"des Regelpakets ({pack.template_id}). Die Statistik zählt weiter nach der "
            "geladenen Vorlage; die Vorlage des Regelpakets lädt sie unter Statistik → "
            "„Vorlage laden …“.")


@writes(DataKind.SETTINGS, DataKind.STATISTICS)
def accept(conn: Connection, pack: rp.RulePack) -> None:
    """Take ``pack`` into force. Every earlier school year with figures and no recorded
    pack keeps the pack in force until now, so an old year is never recomputed under
    the new rules."""
    newer = next((kept.pack for kept in listing(conn) if rp.is_older(pack, kept.pack)), None)
    if newer is not None:
        shared = sorted(set(pack.school_years) & set(newer.school_years))
        raise rp.RulePackError(
            f"Das Regelpaket „{pack.title}“ ({rp.version_text(pack)}) ist älter als das "
            f"schon übernommene „{newer.title}“ ({rp.version_text(newer)}) für das Schuljahr "
            f"{SchoolYear(shared[0]).label}; es wird nicht übernommen.")
    first = min(pack.school_years)
    with transaction(conn):
        for year in rule_pack_repo.years_with_figures(conn):
            if year < first:
                record_year(conn, year)
        rule_pack_repo.store(conn, pack.digest, pack.text, now_iso())
        rule_pack_repo.put_in_force(conn, pack.digest)


@dataclass(frozen=True)
class KeptPack:
    pack: rp.RulePack
    imported_at: str
    in_force: bool
    years: tuple[int, ...]   # the school years recorded with it


def listing(conn: Connection) -> list[KeptPack]:
    """Every pack the vault keeps (taken into force or recorded with a year)."""
    recorded = rule_pack_repo.recorded_years(conn)
    return [KeptPack(_stored(text), at, now, tuple(y for y, d in recorded if d == digest))
            for digest, text, at, now in rule_pack_repo.listing(conn)]


# -- what a school year is computed with ----------------------------------------------------
def grant_rate(conn: Connection, year: int) -> float:
    own = settings.stored(conn, deliveries.GRANT_RATE)
    return float(own) if own is not None else for_year(conn, year).rate


def formula(conn: Connection, year: int) -> rp.GrantFormula:
    return for_year(conn, year).formula


def kvjs_due(conn: Connection, year: int) -> date:
    """When the KVJS delivery of school year ``year`` is due."""
    own = settings.stored(conn, deliveries.KVJS_DEADLINE)
    return (own or for_year(conn, year).kvjs_deadline).in_year(year + 1)


def landkreis_due(conn: Connection, year: int) -> date:
    """When the per-school delivery of school year ``year`` to the Landkreis is due: her
    own date, else her Landkreis profile's, else the pack's."""
    own = settings.stored(conn, deliveries.LANDKREIS_DEADLINE)
    if own is not None:
        return own.in_year(year + 1)
    pack = for_year(conn, year)
    profile = pack.profile(settings.get(conn, deliveries.LANDKREIS))
    return (profile.deadline if profile else pack.landkreis_deadline).in_year(year + 1)


def landkreis_per(conn: Connection, year: int) -> str:
    """What the Landkreis receives for school year ``year``: "school" (each school, the
    default) or "post" (each post, when her Landkreis profile says so)."""
    profile = for_year(conn, year).profile(settings.get(conn, deliveries.LANDKREIS))
    return profile.per if profile else "school"


class LandkreisError(UserError):
    """A Landkreis the pack has no profile for (German)."""


def landkreis(conn: Connection) -> str:
    """The Landkreis profile she chose ("" for none)."""
    return settings.get(conn, deliveries.LANDKREIS)


@writes(DataKind.SETTINGS, DataKind.STATISTICS)
def choose_landkreis(conn: Connection, name: str) -> str:
    """Her Landkreis: a profile of the pack in force, or "" for none."""
    name = name.strip()
    pack = in_force(conn)
    if name and pack.profile(name) is None:
        known = ", ".join(p.name for p in pack.profiles) or "keine"
        raise LandkreisError(f"Das Regelpaket hat kein Profil „{name}“ (Profile: {known}).")
    settings.set_value(conn, deliveries.LANDKREIS, name)
    return name


describe = rp.describe  # the pack as she reads it (CLI, Einstellungen → Förderung)
