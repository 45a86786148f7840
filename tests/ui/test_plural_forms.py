"""Plural forms through Qt's numerus translation; German forms from the source markers
(issue: "1 Minuten", "1 Kooperationsvereinbarungen")."""

from __future__ import annotations

import pytest

from ssa_desktop.ui.i18n import german_plural, translator


@pytest.mark.parametrize(("source", "n", "expected"), [
    ("%n Sitzung(en)", 1, "1 Sitzung"), ("%n Sitzung(en)", 0, "0 Sitzungen"),
    ("%n Sitzung(en)", 3, "3 Sitzungen"), ("%n Minute(n)", 1, "1 Minute"),
    ("%n Minute(n)", 2, "2 Minuten"), ("%n Eintr(ag|äge)", 1, "1 Eintrag"),
    ("%n Eintr(ag|äge)", 5, "5 Einträge"),
    ("%n Kooperationsvereinbarung(en)", 1, "1 Kooperationsvereinbarung"),
])
def test_german_plural(source, n, expected):
    assert german_plural(source, n) == expected


def test_tr_with_n_uses_german_forms_without_a_translation(qapp):
    tr = translator("PluralTest")
    assert tr("%n Person(en)", n=1) == "1 Person"
    assert tr("%n Person(en)", n=12) == "12 Personen"
    assert tr("Ohne Zahl (bleibt)") == "Ohne Zahl (bleibt)"
