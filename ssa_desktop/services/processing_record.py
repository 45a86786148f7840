"""The deletion-periods section of the Träger's record of processing activities
(Art. 30 Abs. 1 lit. f DSGVO), printed from the rule table (docs/datenschutz.md
"Verzeichnis von Verarbeitungstätigkeiten").

The rules come from the shipped, versioned rule table (``resources/retention/rules.toml``)
through the retention engine's own parser; a period's value is the vault's option
``retention.<code>.<key>`` (the same option the engine and, for R12, the backup
rotation use), else the table's default.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain import clock
from ..domain import retention as rt
from ..domain.errors import UserError
from ..paths import resource
from ..storage import repositories as repo
from ..storage.connection import Connection
from . import settings

# What a rule without its own period does, in the record's words.
ACTION_WORDS = {
    "none": "keine Löschfrist: nicht personenbezogen",
    "with_case": "so lange wie die Daten, auf die sie sich beziehen; befristete enden von selbst",
    "decide": "keine automatische Löschung: dokumentierte Entscheidung (löschen, einschränken, "
              "aufbewahren nach Vereinbarung), jährlich erneut",
    "restrict": "Einschränkung statt Löschung",
}


class RuleTableMissing(UserError):
    default = ("Die Regeltabelle der Löschfristen fehlt in dieser Installation "
               "(resources/retention/rules.toml).")


@dataclass(frozen=True)
class RetentionRule:
    code: str
    title: str
    category: str
    trigger: str
    period: str          # German: "Abgang + 0 Monate; Schulwechsel + 6 Monate"
    legal_basis: str
    optional: bool = False


def rules_from_table(table: rt.RuleTable,
                     configured: Callable[[rt.Period], int] | None = None) -> list[RetentionRule]:
    """The printed rules; ``configured(period)`` supplies the vault's current value."""
    rules = []
    for rule in table.rules:
        parts = [p.words.format(n=configured(p) if configured else p.default)
                 for p in rule.periods]
        if rule.action == "decide":
            parts.insert(0, ACTION_WORDS["decide"])
        elif not parts:
            parts.append(ACTION_WORDS.get(rule.action, "–"))
        rules.append(RetentionRule(rule.code, rule.title, rule.category, rule.trigger,
                                   "; ".join(parts), rule.legal_basis, rule.optional))
    return rules


def read_table(path: Path) -> rt.RuleTable:
    try:
        return rt.parse_rules(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise RuleTableMissing(RuleTableMissing.default) from None
    except (tomllib.TOMLDecodeError, KeyError, ValueError):
        raise RuleTableMissing("Die Regeltabelle der Löschfristen ist beschädigt "
                               "(resources/retention/rules.toml).") from None


def current_rules(conn: Connection, path: Path | None = None) -> list[RetentionRule]:
    table = read_table(path or resource("retention", "rules.toml"))
    return rules_from_table(table, lambda p: settings.get(conn, p.option))


def write_processing_record(conn: Connection, out: Path | str, *, path: Path | None = None,
                            today: date | None = None) -> Path:
    from ..reports.processing_record import write_processing_record_pdf

    rules = current_rules(conn, path)
    schools = [s.name for s in repo.SCHOOLS.all(conn, order="name COLLATE NOCASE, id")]
    return write_processing_record_pdf(Path(out), rules, schools, today or clock.today())
