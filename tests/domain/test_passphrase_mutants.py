"""Passphrase rating at its edges (issue 20 item 6: mutation testing of
``domain/passphrase.py``): thresholds at their value, the words of the explanation for
every kind of match, amounts and durations as literals."""

from __future__ import annotations

import dataclasses
import math

import pytest

from ssa_desktop.domain import passphrase as pp

ADVICE = ("Am besten vier oder mehr zufällige Wörter mit Trennzeichen und einer Zahl – "
          "keine Namen, Orte, Geburtstage, Tastaturfolgen und kein einzelnes Wort mit "
          "angehängter Zahl.")


def _explain(passphrase):
    return pp.explanation(pp.rate(passphrase))


def _found(sequence, length):
    return [pp._found_texts((found,)) for found in pp._findings(sequence, length)]


@pytest.mark.parametrize(("passphrase", "hint"), [
    ("passwort", "Sehr leicht zu erraten"), ("Sonne2024", "Leicht zu erraten"),
    ("Kater Blau 7", "Ausreichend"), ("Kater Blau 77", "Gut"),
    ("Kater Blau Tisch", "Sehr gut")])
def test_the_rating_she_reads_starts_with_the_words_of_its_score(passphrase, hint):
    assert _explain(passphrase).startswith(f"{hint}: geschätzt ")


def test_the_first_64_characters_are_rated_as_one_passphrase():
    # a repeat of 64 characters is recognised whole; only a 65th counts as a random letter
    assert pp.guesses_log10("x" * 64) - pp.guesses_log10("x" * 63) < 0.1


@pytest.mark.parametrize(("log10", "value"), [
    (0.0, 0), (5.999, 0), (6.0, 1), (9.999, 1), (10.0, 2), (11.999, 2), (12.0, 3),
    (13.999, 3), (14.0, 4), (30.0, 4)])
def test_score_at_each_threshold(log10, value):
    assert pp.score_of(log10) == value


@pytest.mark.parametrize(("log10", "text"), [
    (0.0, "etwa 1"), (2.0, "etwa 100"), (math.log10(999), "etwa 999"),
    (3.0, "etwa 1 Tausend"), (math.log10(2500), "etwa 2 Tausend"),
    (6.0, "etwa 1 Million"), (math.log10(2e6), "etwa 2 Millionen"),
    (9.0, "etwa 1 Milliarde"), (math.log10(3e9), "etwa 3 Milliarden"),
    (12.0, "etwa 1 Billion"), (math.log10(4e12), "etwa 4 Billionen"),
    (15.0, "etwa 1 Billiarde"), (math.log10(5e15), "etwa 5 Billiarden"),
    (18.0, "etwa 1 Trillion"), (math.log10(6e18), "etwa 6 Trillionen"),
    (20.99, "etwa 977 Trillionen"), (21.0, "mehr als 1000 Trillionen"),
])
def test_amount(log10, text):
    assert pp._amount(log10) == text


@pytest.mark.parametrize(("seconds", "text"), [
    (1, "wenige Sekunden"), (59, "wenige Sekunden"), (61, "etwa 1 Minute"),
    (130, "etwa 2 Minuten"), (3601, "etwa 1 Stunde"), (7300, "etwa 2 Stunden"),
    (86500, "etwa 1 Tag"), (3 * 86400, "etwa 3 Tage"), (3.16e7, "etwa 1 Jahr"),
    (6.3e7, "etwa 2 Jahre"), (3.1e12, "etwa 98413 Jahre"),
    (3.16e12, "mehr als 100.000 Jahre"),
])
def test_duration(seconds, text):
    assert pp._duration(math.log10(seconds * 1000)) == text


def _dict(name, **kw):
    return {"pattern": "dictionary", "dictionary_name": name, **kw}


def test_found_dictionaries_in_words():
    seq = [_dict("ssa_patterns"), _dict("german"), _dict("passwords"), _dict("female_names"),
           _dict("male_names"), _dict("surnames"), _dict("english_wikipedia"),
           {"pattern": "dictionary"}, _dict("german", l33t=True, reversed=True)]
    assert _found(seq, 40) == [
        "ein bekannter Begriff oder eine Tastaturfolge",
        "ein deutsches Wort, ein Name oder Ort aus dem Wörterbuch (×2)",
        "ein häufiges Passwort", "ein Vor- oder Nachname (×3)", "ein englisches Wort (×2)",
        "Ziffern oder Zeichen statt Buchstaben (wie 3 für e) – das kennen Angreifer",
        "ein rückwärts geschriebenes Wort"]
    assert _found([_dict("german", l33t=False, reversed=False)], 5) == [
        "ein deutsches Wort, ein Name oder Ort aus dem Wörterbuch"]


def test_found_other_patterns():
    seq = [{"pattern": p} for p in ("spatial", "sequence", "repeat", "date", "regex")]
    assert _found(seq, 30) == ["eine Tastaturfolge", "eine Zeichenfolge wie abc oder 123",
                                  "eine Wiederholung", "eine Jahreszahl oder ein Datum (×2)"]


def _brute(token, j):
    return {"pattern": "bruteforce", "token": token, "j": j}


def test_found_random_characters_and_an_appended_number():
    word = _dict("german")
    assert _found([word, _brute("1234", 9)], 10) == [
        "ein deutsches Wort, ein Name oder Ort aus dem Wörterbuch", "eine angehängte Zahl"]
    assert _found([word, _brute("7", 9)], 10)[-1] == "eine angehängte Zahl"
    assert _found([word, _brute("12345", 9)], 10)[-1] == "5 Zeichen ohne bekanntes Muster"
    assert _found([word, _brute("12", 8)], 10)[-1] == "2 Zeichen ohne bekanntes Muster"   # not at the end
    assert _found([word, _brute("12", 9), word], 10)[1] == "2 Zeichen ohne bekanntes Muster"
    assert _found([_brute("12", 1)], 2) == ["2 Zeichen ohne bekanntes Muster"]            # alone
    assert _found([word, _brute("1a", 9)], 10)[-1] == "2 Zeichen ohne bekanntes Muster"
    assert _found([word, _brute("x", 9)], 10)[-1] == "1 Zeichen ohne bekanntes Muster"
    assert _found([word, _brute("!", 9)], 10) == [
        "ein deutsches Wort, ein Name oder Ort aus dem Wörterbuch"]
    assert _found([word, _brute("!?", 9)], 10)[-1] == "2 Zeichen ohne bekanntes Muster"


def test_explain_of_nothing_and_the_full_sentence():
    assert _explain("") == ("Sehr leicht zu erraten: geschätzt etwa 1 Versuche; ein "
                              "Angreifer mit Grafikkarten bräuchte dafür wenige Sekunden.")
    assert pp.analyse("") == (0.0, [])
    hint = _explain("Datenschutz1")
    assert hint == ("Sehr leicht zu erraten: geschätzt etwa 12 Tausend Versuche; ein Angreifer "
                    "mit Grafikkarten bräuchte dafür wenige Sekunden. Erkannt: ein bekannter "
                    "Begriff oder eine Tastaturfolge, eine angehängte Zahl.")


def test_characters_beyond_the_analysed_part_count_as_random_letters():
    head = "x" * 64
    assert pp.guesses_log10(head + "abc") == pytest.approx(pp.guesses_log10(head)
                                                          + 3 * math.log10(26))
    assert pp.guesses_log10(head + "a") - pp.guesses_log10(head) == pytest.approx(
        math.log10(26))


def test_helpers():
    assert pp._ranked(["müller", "mueller", "haus", "straße", "bär", "öl"]) == {
        "müller": 1, "mueller": 1, "haus": 3, "straße": 4, "strasse": 4, "bär": 5, "baer": 5,
        "öl": 6, "oel": 6}
    assert pp._qwertz_graph({"y": ["t", None, "z"], "[": ["p", "'"], "Z": [";", ":", '"', "{"]}) \
        == {"z": ["t", None, "y"], "ü": ["p", "ä"], "Y": ["ö", "Ö", "Ä", "Ü"]}
    words = pp._read("patterns.txt")
    assert words and all(w and w == w.strip() and not w.startswith("#") for w in words)
    assert pp._words("Ab_c-1 x") == "ab c 1 x" and pp._letters("Ab_c-1 x") == "ab c x"


def test_the_example_variants():
    assert pp.is_example("kastanie regenschirm fliegt")
    assert pp.is_example("Kastanie/Regenschirm/fliegt/99")
    assert not pp.is_example("Kastanie Regenschirm fliegt 47 Ofen")
    ok, value, hint = pp.check_passphrase("Kastanie Regenschirm fliegt 47")
    assert (ok, value, hint) == (False, 0, (
        "Das ist das Beispiel, das SSA Desktop selbst anzeigt – jeder kennt es (auch mit "
        "anderen Ziffern). Bitte eine eigene Passphrase wählen. " + ADVICE))


def test_check_at_the_minimum_length_and_blanks():
    short = pp.check_passphrase("Hund-Kat7")                  # 9 characters
    assert short == (False, 1, "Zu kurz: bitte mindestens 10 Zeichen verwenden. " + ADVICE)
    assert pp.check_passphrase("")[0:2] == (False, 0)
    assert pp.check_passphrase("Hund-Katz7")[2] != short[2]   # 10: no longer too short
    blank = pp.check_passphrase(" Hund-Katze-Maus-Ofen-7")
    assert blank[0] is False and blank[2] == "Bitte keine Leerzeichen am Anfang oder Ende verwenden."
    weak = pp.check_passphrase("Datenschutz1")
    assert weak[0] is False and weak[2] == _explain("Datenschutz1") + " " + ADVICE
    good = pp.check_passphrase("Hund-Katze-Maus-7")
    assert good[0] is True and good[2] == _explain("Hund-Katze-Maus-7")


# -- found by the full mutation run of 23.11.2026 (evening) ------------------------------------
@pytest.mark.parametrize(("seconds", "text"), [
    (59.999, "wenige Sekunden"), (60, "etwa 1 Minute"), (3600, "etwa 1 Stunde"),
    (86400, "etwa 1 Tag"), (pp._YEAR_SECONDS, "etwa 1 Jahr"),
    (1e5 * pp._YEAR_SECONDS * 0.999, "etwa 99900 Jahre"),
    (1e5 * pp._YEAR_SECONDS, "mehr als 100.000 Jahre"),
])
def test_duration_at_each_unit_exactly(seconds, text):
    assert pp._seconds_text(seconds) == text


def test_a_passphrase_at_the_minimum_score_is_accepted():
    assert pp.MIN_SCORE == 2 and pp.score("Kiefer-Laterne") == 2
    assert pp.check_passphrase("Kiefer-Laterne")[0:2] == (True, 2)


def test_the_german_keyboard_and_lists_are_what_the_estimate_reads():
    assert pp._qwertz_graph({"Y": ["yY", None], "a": ["[{", ";:", "'\""]}) == {
        "Z": ["zZ", None], "a": ["üÜ", "öÖ", "äÄ"]}
    assert [(m["pattern"], m.get("graph")) for m in pp.analyse("ztghbn")[1]] == [
        ("spatial", "qwertz")]
    assert [m.get("dictionary_name") for m in pp.analyse("Lokomotive")[1]] == ["german"]
    # the example's own words are known patterns, in any order
    assert [m.get("dictionary_name") for m in pp.analyse("regenschirm")[1]] == ["ssa_patterns"]


def test_a_pattern_found_is_a_code_without_a_count_of_characters():
    """Only characters no pattern explains carry their number (``chars``); every other
    finding is its code alone, counted in ``times``."""
    sequence = [{"pattern": "dictionary", "dictionary_name": "passwords", "l33t": True,
                 "reversed": True, "token": "drow", "i": 0, "j": 3},
                {"pattern": "spatial", "token": "qwe", "i": 4, "j": 6},
                {"pattern": "dictionary", "dictionary_name": "english_wikipedia",
                 "token": "tree", "i": 7, "j": 10},
                {"pattern": "bruteforce", "token": "xq", "i": 11, "j": 12}]
    assert pp._findings(sequence, 14) == (
        pp.Found(pp.Finding.COMMON_PASSWORD, 0, 1), pp.Found(pp.Finding.LEET, 0, 1),
        pp.Found(pp.Finding.REVERSED, 0, 1), pp.Found(pp.Finding.KEYBOARD, 0, 1),
        pp.Found(pp.Finding.ENGLISH_WORD, 0, 1), pp.Found(pp.Finding.RANDOM_CHARACTERS, 2, 1))
    sequence = [{"pattern": "bruteforce", "token": "x", "i": 0, "j": 0},
                {"pattern": "repeat", "token": "aaa", "i": 1, "j": 3},
                {"pattern": "bruteforce", "token": "42", "i": 4, "j": 5}]
    assert pp._findings(sequence, 6) == (
        pp.Found(pp.Finding.RANDOM_CHARACTER, 1, 1), pp.Found(pp.Finding.REPETITION, 0, 1),
        pp.Found(pp.Finding.APPENDED_NUMBER, 0, 1))


def test_the_example_is_refused_with_nothing_estimated_and_a_rating_cannot_change():
    rating = pp.rate(pp.EXAMPLE)
    assert rating == pp.Rating(pp.Verdict.EXAMPLE, 0, 0.0, ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        rating.score = 4  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        pp.Found(pp.Finding.DATE).times = 2  # type: ignore[misc]
