"""Passphrase strength: estimated guesses against a German word list and common patterns
(no Qt, no SQL; docs/datenschutz.md "Passphrase").

The estimate is zxcvbn's (Dropbox's pattern-matching estimator, the ``zxcvbn`` package):
it finds every dictionary word (also reversed, capitalised or in l33t spelling, such as
``D4tenschutz``), keyboard walk, run (``abc``, ``123``), repetition, date and year in the
passphrase and computes the guesses of the cheapest way to build it from them; whatever
no pattern explains is charged as random characters. Its English lists are joined by

- ``resources/passphrase/de_words.txt``: the 50,000 most frequent German words (common
  first names, surnames and places among them), ranked by frequency, also in the
  ``ae/oe/ue/ss`` spelling (``mueller``);
- ``resources/passphrase/patterns.txt``: German (QWERTZ) keyboard walks and the words
  around the application (``passwort``, ``schulsozialarbeit``, ``tresor`` …);
- the words of the app's own example, which everyone who has seen the app knows;
- a QWERTZ keyboard graph beside zxcvbn's QWERTY one.

Guesses map to a score 0..4 (``THRESHOLDS``); a vault needs ``MIN_SCORE`` (about 10^10
guesses: with Argon2id at 64 MiB, months of work on graphics cards) and ``MIN_LENGTH``
characters. The hint explains the rating in words and never repeats the passphrase or a
part of it.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

MIN_LENGTH = 10
MIN_SCORE = 2

# log10 of the guesses from which a score is reached: 1 from 10^6, 2 (accepted) from
# 10^10, 3 from 10^12, 4 from 10^14.
THRESHOLDS = (6, 10, 12, 14)
# Characters beyond this are not analysed (they can only add guesses; zxcvbn's matching
# grows with the square of the length).
ANALYSED = 64
# What an attacker with graphics cards manages against the key file's Argon2id
# (64 MiB, 14–16 passes): an order of magnitude, for the explanation only.
GUESSES_PER_SECOND = 1000

_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

# The example the app itself prints next to the field: known to everyone who has seen the
# app, so it is refused like any published passphrase (also with other separators or
# other digits), and its words are the first a guesser tries.
EXAMPLE = "Kastanie Regenschirm fliegt 47"
EXAMPLES = (EXAMPLE,)

_HINTS = {
    0: "Sehr leicht zu erraten.",
    1: "Leicht zu erraten.",
    2: "Ausreichend.",
    3: "Gut.",
    4: "Sehr gut.",
}

ADVICE = ("Am besten vier oder mehr zufällige Wörter mit Trennzeichen und einer Zahl – "
          "keine Namen, Orte, Geburtstage, Tastaturfolgen und kein einzelnes Wort mit "
          "angehängter Zahl.")


def _read(name: str) -> list[str]:
    from .. import paths

    text = paths.resource("passphrase", name).read_text("utf-8")
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def _ranked(words: list[str]) -> dict[str, int]:
    """word → rank (1 = most likely), with the ae/oe/ue/ss spelling at the same rank."""
    ranked: dict[str, int] = {}
    for rank, word in enumerate(words, start=1):
        for variant in (word, word.translate(_TRANSLIT)):
            ranked.setdefault(variant, rank)
    return ranked


def _qwertz_graph(qwerty: dict) -> dict:
    """zxcvbn's QWERTY adjacency graph with the German keys: Y and Z swapped, Ü Ö Ä
    where [ ; ' are."""
    table = str.maketrans({"y": "z", "z": "y", "Y": "Z", "Z": "Y", "[": "ü", "{": "Ü",
                           ";": "ö", ":": "Ö", "'": "ä", '"': "Ä"})
    return {key.translate(table): [n.translate(table) if n else n for n in neighbours]
            for key, neighbours in qwerty.items()}


@lru_cache(maxsize=1)
def _matching():
    """zxcvbn's matcher with the German lists added (once, on first use: ~0.2 s)."""
    from zxcvbn import adjacency_graphs, matching

    example = [w for w in re.findall(r"[^\W\d_]+", EXAMPLE.casefold())]
    matching.RANKED_DICTIONARIES["ssa_patterns"] = _ranked(_read("patterns.txt") + example)
    matching.RANKED_DICTIONARIES["german"] = _ranked(_read("de_words.txt"))
    matching.GRAPHS["qwertz"] = _qwertz_graph(adjacency_graphs.ADJACENCY_GRAPHS["qwerty"])
    return matching


def analyse(passphrase: str) -> tuple[float, list[dict]]:
    """(log10 of the estimated guesses, the matches of the cheapest explanation)."""
    if not passphrase:
        return 0.0, []
    from zxcvbn import scoring

    matching = _matching()
    head, rest = passphrase[:ANALYSED], passphrase[ANALYSED:]
    result = scoring.most_guessable_match_sequence(head, matching.omnimatch(head))
    log10 = float(result["guesses_log10"]) + len(rest) * math.log10(26)
    return log10, result["sequence"]


def guesses_log10(passphrase: str) -> float:
    return analyse(passphrase)[0]


def score_of(log10: float) -> int:
    return sum(1 for t in THRESHOLDS if log10 >= t)


def score(passphrase: str) -> int:
    return score_of(guesses_log10(passphrase))


# -- the explanation ------------------------------------------------------------------------
_NAMES = {"female_names", "male_names", "surnames"}


_DICTIONARY_WORDS = {"ssa_patterns": "ein bekannter Begriff oder eine Tastaturfolge",
                     "german": "ein deutsches Wort, ein Name oder Ort aus dem Wörterbuch",
                     "passwords": "ein häufiges Passwort"}
_PATTERN_WORDS = {"spatial": "eine Tastaturfolge",
                  "sequence": "eine Zeichenfolge wie abc oder 123",
                  "repeat": "eine Wiederholung",
                  "date": "eine Jahreszahl oder ein Datum",
                  "regex": "eine Jahreszahl oder ein Datum"}


def _found(sequence: list[dict], length: int) -> list[str]:
    """What the estimate recognised, in words (never the characters themselves)."""
    counts: dict[str, int] = {}
    for index, m in enumerate(sequence):
        if m["pattern"] == "dictionary":
            texts = _dictionary_words(m)
        elif m["pattern"] == "bruteforce":
            last = index == len(sequence) - 1 and index > 0 and m["j"] == length - 1
            texts = _random_words(m["token"], last)
        else:
            texts = [_PATTERN_WORDS[m["pattern"]]] if m["pattern"] in _PATTERN_WORDS else []
        for text in texts:
            counts[text] = counts.get(text, 0) + 1
    return [text if n == 1 else f"{text} (×{n})" for text, n in counts.items()]


def _dictionary_words(m: dict) -> list[str]:
    """A word from a list: which list, and whether it was disguised."""
    name = m.get("dictionary_name", "")
    texts = [_DICTIONARY_WORDS.get(name) or ("ein Vor- oder Nachname" if name in _NAMES
                                             else "ein englisches Wort")]
    if m.get("l33t"):
        texts.append("Ziffern oder Zeichen statt Buchstaben (wie 3 für e) – das kennen Angreifer")
    if m.get("reversed"):
        texts.append("ein rückwärts geschriebenes Wort")
    return texts


def _random_words(token: str, last: bool) -> list[str]:
    """Characters no pattern explains; a short number at the end is an appended number."""
    if last and token.isdigit() and len(token) <= 4:
        return ["eine angehängte Zahl"]
    if len(token) > 1 or token.isalnum():
        return [f"{len(token)} zufällige Zeichen" if len(token) > 1 else "1 zufälliges Zeichen"]
    return []


_BIG = ((1e18, "Trillion", "Trillionen"), (1e15, "Billiarde", "Billiarden"),
        (1e12, "Billion", "Billionen"), (1e9, "Milliarde", "Milliarden"),
        (1e6, "Million", "Millionen"), (1e3, "Tausend", "Tausend"))


def _amount(log10: float) -> str:
    value = 10 ** log10
    if value >= 1e21:
        return "mehr als 1000 Trillionen"
    for size, one, many in _BIG:
        if value >= size:
            n = round(value / size)
            return f"etwa {n} {one if n == 1 else many}"
    return f"etwa {round(value)}"


_YEAR_SECONDS = 3.15e7


def _duration(log10: float) -> str:
    return _seconds_text(10 ** log10 / GUESSES_PER_SECOND)


def _seconds_text(seconds: float) -> str:
    """"etwa 1 Minute" from 60 s on, "etwa 1 Tag" from 86,400 s on, …"""
    if seconds >= 1e5 * _YEAR_SECONDS:
        return "mehr als 100.000 Jahre"
    for size, one, many in ((_YEAR_SECONDS, "Jahr", "Jahre"), (86400, "Tag", "Tage"),
                            (3600, "Stunde", "Stunden"), (60, "Minute", "Minuten")):
        if seconds >= size:
            n = round(seconds / size)
            return f"etwa {n} {one if n == 1 else many}"
    return "wenige Sekunden"


def explain(passphrase: str) -> str:
    """The rating in words: score, estimated guesses and time, what was recognised."""
    log10, sequence = analyse(passphrase)
    value = score_of(log10)
    found = _found(sequence, min(len(passphrase), ANALYSED))
    text = (f"{_HINTS[value][:-1]}: geschätzt {_amount(log10)} Versuche; ein Angreifer mit "
            f"Grafikkarten bräuchte dafür {_duration(log10)}.")
    if found:
        text += " Erkannt: " + ", ".join(found) + "."
    return text


# -- the check ------------------------------------------------------------------------------
def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _letters(text: str) -> str:
    return " ".join(re.findall(r"[^\W\d_]+", text.casefold()))


def is_example(passphrase: str) -> bool:
    """The app's example, also with other separators, case or digits."""
    return (_words(passphrase) in {_words(e) for e in EXAMPLES}
            or _letters(passphrase) in {_letters(e) for e in EXAMPLES})


def check_passphrase(passphrase: str) -> tuple[bool, int, str]:
    """(acceptable, score 0..4, German hint explaining the rating). Never echoes the
    passphrase or a part of it."""
    if is_example(passphrase):
        return (False, 0, "Das ist das Beispiel, das SSA Desktop selbst anzeigt – jeder kennt "
                          "es (auch mit anderen Ziffern). Bitte eine eigene Passphrase wählen. "
                + ADVICE)
    value = score(passphrase)
    if len(passphrase) < MIN_LENGTH:
        return (False, min(value, 1),
                f"Zu kurz: bitte mindestens {MIN_LENGTH} Zeichen verwenden. {ADVICE}")
    if passphrase.strip() != passphrase:
        return (False, value, "Bitte keine Leerzeichen am Anfang oder Ende verwenden.")
    if value < MIN_SCORE:
        return False, value, f"{explain(passphrase)} {ADVICE}"
    return True, value, explain(passphrase)
