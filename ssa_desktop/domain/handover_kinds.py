"""The kinds of a handover package and the mark of a deputy's entries, apart from the
handover rules (``domain.handover``): what reads the packages a vault confirmed
(``services.schools``) and the statistics' derivation need no more of them on her
ordinary day."""

from __future__ import annotations

KIND_DEPUTY = "vertretung"
KIND_RETURN = "rueckgabe"
KIND_SCHOOL = "schule"

# How the deputy's entries are marked in the worker's vault (Contact/Appointment.written_by).
WRITTEN_BY_SUFFIX = " (Vertretung)"


def is_deputy_mark(mark: str) -> bool:
    """Whether ``written_by`` names a deputy: her entry, counted for the school, never
    timed as the worker's (docs/statistics.md "Kontakte der Vertretung")."""
    return mark.endswith(WRITTEN_BY_SUFFIX)
