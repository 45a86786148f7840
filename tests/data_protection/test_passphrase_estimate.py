"""Issue 22 item 6: passphrases are rated by estimated guesses against a German word
list and common patterns, and the rating is explained in words."""

from __future__ import annotations

import pytest

from ssa_desktop import paths
from ssa_desktop.domain.passphrase import (
    EXAMPLE,
    MIN_SCORE,
    check_passphrase,
    explanation,
    guesses_log10,
    rate,
    score,
)


def explain(passphrase: str) -> str:
    return explanation(rate(passphrase))


@pytest.mark.parametrize("typed", [
    "Schmetterling", "Weihnachtsbaum", "Gemeinschaftsschule", "Datenschutz1", "Emmendingen1",
    "D4tenschutz2024", "Sch0kolade!", "Kastanie Regenschirm fliegt 48",
    "Kastanie-Regenschirm-fliegt-74", "qwertzuiopü", "asdfghjklö12", "Freiburg2026",
    "lenamueller", "LenaMüller", "Müller1985!", "ichliebedich1990",
])
def test_dictionary_words_names_places_and_patterns_are_not_good(typed):
    ok, value, hint = check_passphrase(typed)
    assert not ok and value < MIN_SCORE, (typed, value, hint)
    assert typed not in hint and typed.lower() not in hint.lower()


@pytest.mark.parametrize("typed", ["lenamueller", "Lena Müller", "emmamaier", "Datenschutz1"])
def test_names_and_a_word_with_a_digit_are_weak(typed):
    assert score(typed) <= 1


def test_the_example_with_a_digit_changed_is_refused_as_the_example():
    changed = EXAMPLE.replace("47", "48")
    ok, value, hint = check_passphrase(changed)
    assert not ok and value == 0 and "Beispiel" in hint


@pytest.mark.parametrize("typed", [
    "Lindenblüte-Kastanie-47", "tisch lampe wolke garten", "Hund-Katze-Maus-7",
    "Regenschirm-Amsel-fliegt-nach-Lindau-93", "Kastanie Regenschirm schwimmt 83 Ofen",
])
def test_several_unrelated_words_are_good(typed):
    ok, value, _ = check_passphrase(typed)
    assert ok and value >= 3


def test_more_words_mean_more_guesses():
    assert guesses_log10("Hund-Katze") < guesses_log10("Hund-Katze-Maus") < \
        guesses_log10("Hund-Katze-Maus-Ofen")


def test_the_rating_is_explained_in_words():
    hint = explain("Datenschutz1")
    assert hint.startswith("Sehr leicht zu erraten: geschätzt etwa")
    assert "Versuche" in hint and "Grafikkarten" in hint and "angehängte Zahl" in hint
    assert "Tastaturfolge" in explain("qwertz-asdfgh-12")
    assert "Jahreszahl" in explain("Sommerferien1998")
    assert "statt Buchstaben" in explain("Schm3tt3rling")
    assert "Millionen" in explain("Emmendingen1")  # 10^6 … 10^7 guesses
    ok, _, hint = check_passphrase("Hund-Katze-Maus-7")
    assert ok and hint.startswith("Sehr gut: geschätzt") and "Jahre" in hint


def test_the_word_list_is_shipped_with_its_licence():
    words = paths.resource("passphrase", "de_words.txt").read_text("utf-8").split()
    assert len(words) == 50_000 and words[:3] == ["die", "der", "und"]
    assert {"schmetterling", "emmendingen", "lena", "müller"} <= set(words)
    licence = paths.resource("passphrase", "LICENSE").read_text("utf-8")
    assert "CC BY-SA 4.0" in licence and "wordfreq" in licence
