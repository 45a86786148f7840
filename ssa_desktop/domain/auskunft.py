"""Auskunft (Art. 15 DSGVO, § 83 SGB X) as plain data: the items of one person's
information, the reasons for withholding an item, and the one-month deadline
(Art. 12 Abs. 3 DSGVO). See docs/datenschutz.md "Auskunft"."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .catalogues import _cat
from .dates import days_in_month

# Why an item is not disclosed. The reason is recorded with the request; the letter to
# the person carries one neutral sentence so that it never reveals that something was
# entrusted by someone else.
REFUSAL_REASONS = _cat(
    "refusal_reason",
    ("s65", "Anvertraut von einer anderen Person (§ 65 SGB VIII)"),
    ("third", "Überwiegende berechtigte Interessen Dritter (§ 83 Abs. 1 Nr. 1 i. V. m. § 82a SGB X)"),
    ("person", "Betrifft eine andere Person (Art. 15 Abs. 4 DSGVO)"),
    ("cp", "Kinderschutzverfahren: Schutz des Kindes (§ 65 SGB VIII, Art. 15 Abs. 4 DSGVO)"),
    ("other", "Anderer Grund (siehe Vermerk)"),
)

REQUEST_KINDS = _cat(
    "privacy_request_kind",
    ("auskunft", "Auskunft (Art. 15 DSGVO, § 83 SGB X)"),
    ("widerspruch", "Widerspruch (Art. 21 DSGVO, § 84 Abs. 5 SGB X)"),
)


def one_month_after(day: date) -> date:
    """The same day of the next month, or that month's last day (31.01. → 28./29.02.)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, days_in_month(year, month)))


@dataclass
class AuskunftItem:
    """One piece of what the vault holds about the person, as it would be disclosed."""

    key: str                                  # "<kind>:<record id>", stable across reviews
    section: str                              # German heading: "Stammdaten", "Kontakte", …
    title: str                                # one line: "Kontakt am 02.09.2026 (Einzelberatung)"
    fields: list[tuple[str, str]] = field(default_factory=list)  # (label, value), empty values left out
    entrusted: bool = False                   # § 65 SGB VIII: withheld unless decided otherwise
    hint: str = ""                            # why it counts as entrusted / needs care
    include: bool = True
    reason: str = ""                          # REFUSAL_REASONS code when not included
    note: str = ""                            # free remark on the decision (stays in the vault)
    parent: str = ""                          # key of the item this one belongs to (withheld with it)

    def decision(self) -> dict:
        return {"include": self.include, "reason": self.reason, "note": self.note}

    def apply(self, decision: dict) -> None:
        self.include = bool(decision.get("include", self.include))
        self.reason = str(decision.get("reason", "")) if not self.include else ""
        self.note = str(decision.get("note", ""))


def disclosed(items: list[AuskunftItem]) -> list[AuskunftItem]:
    """The items that leave: included, and not belonging to a withheld item (a correction
    of a withheld contact, a step of a withheld § 8a procedure)."""
    withheld = {i.key for i in items if not i.include}
    return [i for i in items if i.include and i.parent not in withheld]


def check_decisions(items: list[AuskunftItem]) -> list[str]:
    """German problems that block producing the letter: a withheld item needs a reason."""
    return [f"„{i.title}“: Bitte einen Grund für die Nichtmitteilung wählen."
            for i in items if not i.include and i.reason not in REFUSAL_REASONS]


def name_list_entries(name_list: str) -> list[str]:
    """The entries of a group's participant list (comma, semicolon or line separated),
    case-folded and with single spaces, for an exact comparison ("K-1" ≠ "K-12")."""
    import re

    return [" ".join(e.split()).casefold() for e in re.split(r"[,;\n]", name_list) if e.strip()]


def names_person(name_list: str, names: list[str]) -> bool:
    """Whether the list names the person as one whole entry (pseudonym or full name)."""
    wanted = {" ".join(n.split()).casefold() for n in names if n.strip()}
    return bool(wanted & set(name_list_entries(name_list)))
