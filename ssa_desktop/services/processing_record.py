"""The deletion-periods section of the Träger's record of processing activities
(Art. 30 Abs. 1 lit. f DSGVO), printed from the rule table (docs/datenschutz.md
"Verzeichnis von Verarbeitungstätigkeiten").

The interface is a list of ``RetentionRule`` (code, title, category, trigger, period,
legal basis). ``rules_from_toml`` reads the versioned rule table
(``resources/retention/rules.toml``: ``[[rule]]`` tables with ``code``, ``title``,
``category``, ``trigger``, ``action``, ``legal_basis`` and optional ``[[rule.period]]``
entries with ``key``, ``words`` ("Abgang + {n} Monate") and ``default``); a period's
value is the vault's option ``retention.<code>.<key>`` when set, else the default.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain import clock
from ..domain import options as opts
from ..paths import resource
from ..storage import repositories as repo
from . import backups, settings
from .operations import Outcome

# What a rule without its own period does, in the record's words.
ACTION_WORDS = {
    "none": "keine Löschfrist: nicht personenbezogen",
    "with_case": "so lange wie die Daten, auf die sie sich beziehen; befristete enden von selbst",
    "decide": "keine automatische Löschung: dokumentierte Entscheidung (löschen, einschränken, "
              "aufbewahren nach Vereinbarung), jährlich erneut",
    "restrict": "Einschränkung statt Löschung",
}


class RuleTableMissing(ValueError):
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


def rules_from_toml(path: Path, configured: Callable[[str, int], int] | None = None) -> list[RetentionRule]:
    """The rules of a rule-table file; ``configured(option_name, default)`` supplies the
    vault's current value of a period."""
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise RuleTableMissing(RuleTableMissing.default) from None
    rules = []
    for raw in data.get("rule", []):
        parts = []
        for p in raw.get("period", []):
            value = p.get("default", 0)
            if configured is not None:
                value = configured(f"retention.{raw['code']}.{p['key']}", value)
            parts.append(str(p.get("words", "{n}")).format(n=value))
        if raw.get("action") == "decide":
            parts.insert(0, ACTION_WORDS["decide"])
        elif not parts:
            parts.append(ACTION_WORDS.get(raw.get("action", ""), "–"))
        rules.append(RetentionRule(raw["code"], raw.get("title", ""), raw.get("category", ""),
                                   raw.get("trigger", "–"), "; ".join(parts),
                                   raw.get("legal_basis", ""), bool(raw.get("optional", False))))
    return rules


def _configured_in(conn) -> Callable[[str, int], int]:
    def value(name: str, default: int) -> int:
        if name.startswith("retention.R12."):
            return backups.keep_days(conn)  # what the backup rotation really does
        try:
            return settings.get(conn, opts.get_option(name))
        except KeyError:  # not declared in this build: the stored text or the default
            text = repo.get_setting(conn, name, "")
            return int(text) if text.strip().lstrip("-").isdigit() else default
    return value


def current_rules(conn, path: Path | None = None) -> list[RetentionRule]:
    return rules_from_toml(path or resource("retention", "rules.toml"), _configured_in(conn))


def write_processing_record(conn, out: Path | str, *, path: Path | None = None,
                            today: date | None = None) -> Outcome[Path]:
    from ..reports.processing_record import write_processing_record_pdf

    rules = current_rules(conn, path)
    schools = [s.name for s in repo.SCHOOLS.all(conn, order="name COLLATE NOCASE, id")]
    return Outcome(write_processing_record_pdf(Path(out), rules, schools, today or clock.today()))
