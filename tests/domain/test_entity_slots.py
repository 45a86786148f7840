"""The two records read by the ten thousand (working time and the anonymous statistics
records, for the KVJS figures and the Zeitanteile) are slotted: no attribute dict per
record, and no attribute that is not a field (pure)."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import entities as e

D = date(2026, 3, 2)


@pytest.mark.parametrize("record", [e.TimeEntry(D, "EFH", 30),
                                    e.StatisticsRecord(D, 2025, "contact", "EFH")],
                         ids=lambda r: type(r).__name__)
def test_a_bulk_record_has_slots_and_no_attribute_dict(record):
    assert not hasattr(record, "__dict__")
    with pytest.raises(AttributeError):
        record.minute = 1
