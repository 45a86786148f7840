"""The facts the data-breach assistant (``services.breach``) drafts from, counted at every
unlock and kept OUTSIDE the vault next to it (``datenpanne-kennzahlen.json``): counts
only, never a name. Apart from the assistant (18 kB of code), which her ordinary day
never opens.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain import clock
from ..storage import privacy_repo
from ..storage.connection import Connection
from ..storage.files import atomic_write_bytes

FACTS_NAME = "datenpanne-kennzahlen.json"
FACTS_FORMAT = "ssa-desktop-breach-facts"


@dataclass
class BreachFacts:
    recorded: datetime
    counts: dict[str, int]
    remember_on_device: bool | None
    idle_minutes: int | None
    vault_uuid: str = ""


def facts_path(vault_folder: Path) -> Path:
    return Path(vault_folder) / FACTS_NAME


def note_breach_counts(conn: Connection, vault_folder: Path, *, vault_uuid: str, remember_on_device: bool | None,
                 idle_minutes: int | None, now: datetime | None = None) -> BreachFacts:
    """Count what the vault holds (no names) and store it next to the vault (at unlock)."""
    facts = BreachFacts((now or clock.now()).replace(microsecond=0), privacy_repo.breach_counts(conn),
                        remember_on_device, idle_minutes, vault_uuid)
    doc = {"format": FACTS_FORMAT, "version": 1, "recorded": facts.recorded.isoformat(),
           "vault_uuid": vault_uuid, "counts": facts.counts,
           "remember_on_device": remember_on_device, "idle_minutes": idle_minutes}
    atomic_write_bytes(facts_path(vault_folder),
                       json.dumps(doc, indent=2, sort_keys=True).encode("utf-8"))
    return facts
