"""The admission rule for rows arriving from outside the vault (docs/datenschutz.md, "Was
hereinkommt"): a row a tombstone names (``tables.Stone``) stays out, whichever way it
comes – ``import-json``, a school package, a Vertretung's return. Pure: the tombstones
come in as (record id, kind) pairs, a row as the interchange document spells it.
``storage/admission_repo.py`` asks the same of the rows already in a vault."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .tables import BEFORE, MONTH, Declared, Stone

KEY_MARK = "/"   # the columns of a stone joined, as tombstones and manifests spell a key


def stone_name(stone: Stone, row: Mapping) -> str | None:
    """The tombstone that would name ``row`` under ``stone`` (None: a column is empty)."""
    values = [row.get(column) for column in stone.columns]
    if any(v is None or v == "" for v in values):
        return None
    name = KEY_MARK.join(str(v) for v in values)
    return name[:7] if stone.shape == MONTH else name


class Graves:
    """A vault's tombstones, for asking of one row after another whether one names it."""

    def __init__(self, stones: Iterable[tuple[str, str]]) -> None:
        self.kinds: dict[str, str] = {}      # record id -> kind
        self.horizons: dict[str, str] = {}   # kind -> the latest day a BEFORE stone names
        for record_id, kind in stones:
            self.kinds[record_id] = kind
            if record_id > self.horizons.get(kind, ""):
                self.horizons[kind] = record_id

    def buried(self, table: Declared, row: Mapping) -> str | None:
        """The tombstone that keeps ``row`` of ``table`` out, or None."""
        for stone in table.stones:
            name = stone_name(stone, row)
            if name is None:
                continue
            if stone.shape == BEFORE:
                horizon = max((self.horizons.get(k, "") for k in stone.kinds), default="")
                if horizon and name < horizon:
                    return horizon
                continue
            kind = self.kinds.get(name)
            if kind is not None and (not stone.kinds or kind in stone.kinds):
                return name
        return None


def undeclared(declared: Iterable[Declared]) -> list[str]:
    """Tables a deletion removes rows from whose rows no tombstone can name: a restored
    backup or an earlier export would bring their deleted rows back."""
    return [t.name for t in declared if t.deletable and not t.stones]
