"""One key per frequent kind of contact in the quick entry: Alt+1 … Alt+6.

Fixed rather than learnt from her data, so that the keys never move under her fingers;
the dialog shows them under "Art" and F1 lists them.
"""

from __future__ import annotations

from ...domain.catalogues import CONTACT_KINDS

KIND_KEYS = ("EB", "EG", "BL", "TEL", "GB", "KI")


def kind_key_labels() -> list[tuple[str, str]]:
    """("Alt+1", "Einzelberatung"), … in key order."""
    labels = {entry.code: entry.label for entry in CONTACT_KINDS}
    return [(f"Alt+{i}", labels[code]) for i, code in enumerate(KIND_KEYS, start=1)]
