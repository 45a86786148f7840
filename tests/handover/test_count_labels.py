"""Issue 28 (guitest28 findings 3 and 5): the handover's counts say "1 Kontakt", not
"1 Kontakte", and leave out what is zero – one place for each label's two forms."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ssa_desktop.domain import handover as rules
from ssa_desktop.services.interchange_merge import Conflict, MergeResult
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import retention_delete_repo


@pytest.mark.parametrize(("counts", "expected"), [
    ({"Kontakte": 1, "Termine": 1}, "1 Kontakt, 1 Termin"),
    ({"Kontakte": 2, "Termine": 0}, "2 Kontakte"),
    ({"Schulen": 1, "Personen": 3, "§ 8a-Schritte": 1, "Korrekturvermerke": 0,
      "Einschränkungen, Sperren, Entscheidungen": 0}, "1 Schule, 3 Personen, 1 § 8a-Schritt"),
    ({"Personendatensatz": 4, "Arbeitsnotizen": 0, "Entwürfe": 0, "Korrekturen": 0},
     "4 Personen"),
    ({"Personendatensatz": 1, "Fälle": 1}, "1 Person, 1 Fall"),
    ({"Kontakte": 0}, ""),
])
def test_counts_in_the_singular_for_one_and_without_zeros(counts, expected):
    assert rules.count_text(counts) == expected


def test_every_label_the_handover_counts_has_both_forms():
    """The labels come from the copy (handover_repo), the deletion (the retention
    service's words for retention_repo's parts) and the report
    (services.handover_confirm.ROW_LABELS): each has its singular in the one place."""
    from ssa_desktop.services.handover_confirm import ROW_LABELS
    from ssa_desktop.services.retention import PART_LABELS

    deletion = {PART_LABELS[part] for part in retention_delete_repo.PERSON_PARTS}
    labels = {*deletion, *ROW_LABELS.values(), "Schulen",
              "offene Fälle", "§ 8a-Verfahren", "§ 8a-Fristen", "Einwilligungen",
              "Übermittlungen", "Kontakte", "Termine",
              "Einschränkungen, Sperren, Entscheidungen"}
    assert not labels - set(rules.COUNT_NOUNS)
    assert q is not None


@given(st.dictionaries(st.sampled_from(sorted(rules.COUNT_NOUNS)), st.integers(0, 50)))
@example({"Personen": 10, "Personendatensatz": 0})   # "10 Personen" holds "0 Personen"
def test_no_zero_and_no_one_with_a_plural(counts):
    # the whole text, each count with its own form, zeros left out; not a search for
    # "0 Personen", which "10 Personen" holds (red once: two labels share a plural)
    said = [f"{n} {rules.COUNT_NOUNS[label][0 if n == 1 else 1]}"
            for label, n in counts.items() if n]
    assert rules.count_text(counts) == ", ".join(said)


def test_merge_summary_says_one_conflict_and_one_statistics_record():
    result = MergeResult(derived_statistics=1, conflicts=[
        Conflict("appointment", ("a",), "p", ("status",))])
    text = result.summary()
    assert "1 Statistik-Datensatz abgeleitet" in text
    assert "1 Konflikt (nicht überschrieben)" in text
