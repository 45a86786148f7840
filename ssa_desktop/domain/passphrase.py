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

``rate`` returns the rating as codes and numbers (``Rating``); ``describe`` puts it into
words. Every text of the explanation is a German source string passed through the
``tr`` it is given: the GUI passes its Qt translator (context "Passphrase", the texts are
listed in translations/runtime_sources.json), the CLI and the services none (German).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from .translate import Translate, german

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

# The words of each score (the first words of the explanation), German source texts.
_HINTS = {
    0: "Sehr leicht zu erraten",
    1: "Leicht zu erraten",
    2: "Ausreichend",
    3: "Gut",
    4: "Sehr gut",
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


# -- the rating as codes and numbers ----------------------------------------------------------
class Verdict(Enum):
    """Why a passphrase is accepted or refused."""

    EXAMPLE = "example"  # the app's own example
    TOO_SHORT = "too_short"  # fewer than MIN_LENGTH characters
    SPACES = "spaces"  # blanks at the start or end
    WEAK = "weak"  # below MIN_SCORE
    ACCEPTED = "accepted"


class Finding(Enum):
    """What the estimate recognised; the value is the German source text (``{0}`` the
    number of characters)."""

    KNOWN_TERM = "ein bekannter Begriff oder eine Tastaturfolge"
    GERMAN_WORD = "ein deutsches Wort, ein Name oder Ort aus dem Wörterbuch"
    COMMON_PASSWORD = "ein häufiges Passwort"
    NAME = "ein Vor- oder Nachname"
    ENGLISH_WORD = "ein englisches Wort"
    LEET = "Ziffern oder Zeichen statt Buchstaben (wie 3 für e) – das kennen Angreifer"
    REVERSED = "ein rückwärts geschriebenes Wort"
    KEYBOARD = "eine Tastaturfolge"
    SEQUENCE = "eine Zeichenfolge wie abc oder 123"
    REPETITION = "eine Wiederholung"
    DATE = "eine Jahreszahl oder ein Datum"
    APPENDED_NUMBER = "eine angehängte Zahl"
    # what no pattern explains (it makes a passphrase strong); „6 zufällige Zeichen“ was
    # obscure to her
    RANDOM_CHARACTER = "1 Zeichen ohne bekanntes Muster"
    RANDOM_CHARACTERS = "{0} Zeichen ohne bekanntes Muster"


@dataclass(frozen=True)
class Found:
    """One recognised kind of pattern, ``times`` times; ``chars`` for random characters."""

    finding: Finding
    chars: int = 0
    times: int = 1


@dataclass(frozen=True)
class Rating:
    """The rating of a passphrase without any of its characters."""

    verdict: Verdict
    score: int  # 0..4
    log10: float = 0.0  # estimated guesses
    found: tuple[Found, ...] = ()

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.ACCEPTED


_NAMES = {"female_names", "male_names", "surnames"}
_DICTIONARY_WORDS = {"ssa_patterns": Finding.KNOWN_TERM, "german": Finding.GERMAN_WORD,
                     "passwords": Finding.COMMON_PASSWORD}
_PATTERN_WORDS = {"spatial": Finding.KEYBOARD, "sequence": Finding.SEQUENCE,
                  "repeat": Finding.REPETITION, "date": Finding.DATE, "regex": Finding.DATE}


def _findings(sequence: list[dict], length: int) -> tuple[Found, ...]:
    """What the estimate recognised, as codes (never the characters themselves)."""
    counts: dict[tuple[Finding, int], int] = {}
    for index, m in enumerate(sequence):
        if m["pattern"] == "dictionary":
            found = _dictionary_words(m)
        elif m["pattern"] == "bruteforce":
            last = index == len(sequence) - 1 and index > 0 and m["j"] == length - 1
            found = _random_words(m["token"], last)
        else:
            found = [(_PATTERN_WORDS[m["pattern"]], 0)] if m["pattern"] in _PATTERN_WORDS else []
        for key in found:
            counts[key] = counts.get(key, 0) + 1
    return tuple(Found(finding, chars, n) for (finding, chars), n in counts.items())


def _dictionary_words(m: dict) -> list[tuple[Finding, int]]:
    """A word from a list: which list, and whether it was disguised."""
    name = m.get("dictionary_name", "")
    found = [(_DICTIONARY_WORDS.get(name) or (Finding.NAME if name in _NAMES
                                               else Finding.ENGLISH_WORD), 0)]
    if m.get("l33t"):
        found.append((Finding.LEET, 0))
    if m.get("reversed"):
        found.append((Finding.REVERSED, 0))
    return found


def _random_words(token: str, last: bool) -> list[tuple[Finding, int]]:
    """Characters no pattern explains; a short number at the end is an appended number."""
    if last and token.isdigit() and len(token) <= 4:
        return [(Finding.APPENDED_NUMBER, 0)]
    if len(token) > 1:
        return [(Finding.RANDOM_CHARACTERS, len(token))]
    if token.isalnum():
        return [(Finding.RANDOM_CHARACTER, 1)]
    return []


# -- the check ------------------------------------------------------------------------------
def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _letters(text: str) -> str:
    return " ".join(re.findall(r"[^\W\d_]+", text.casefold()))


def is_example(passphrase: str) -> bool:
    """The app's example, also with other separators, case or digits."""
    return (_words(passphrase) in {_words(e) for e in EXAMPLES}
            or _letters(passphrase) in {_letters(e) for e in EXAMPLES})


def rate(passphrase: str) -> Rating:
    """The rating: why accepted or refused, the score, the estimate and what it recognised.
    Holds no character of the passphrase."""
    if is_example(passphrase):
        return Rating(Verdict.EXAMPLE, 0)
    log10, sequence = analyse(passphrase)
    value = score_of(log10)
    found = _findings(sequence, min(len(passphrase), ANALYSED))
    if len(passphrase) < MIN_LENGTH:
        return Rating(Verdict.TOO_SHORT, min(value, 1), log10, found)
    if passphrase.strip() != passphrase:
        return Rating(Verdict.SPACES, value, log10, found)
    return Rating(Verdict.WEAK if value < MIN_SCORE else Verdict.ACCEPTED, value, log10, found)


def check_passphrase(passphrase: str) -> tuple[bool, int, str]:
    """(acceptable, score 0..4, German hint explaining the rating). Never echoes the
    passphrase or a part of it."""
    rating = rate(passphrase)
    return rating.ok, rating.score, describe(rating)


# -- the rating in words --------------------------------------------------------------------
def describe(rating: Rating, tr: Translate = german) -> str:
    """The hint she reads under the field, through ``tr`` (German without one)."""
    advice = tr(ADVICE)
    if rating.verdict is Verdict.EXAMPLE:
        return tr("Das ist das Beispiel, das SSA Desktop selbst anzeigt – jeder kennt es (auch "
                  "mit anderen Ziffern). Bitte eine eigene Passphrase wählen.") + " " + advice
    if rating.verdict is Verdict.TOO_SHORT:
        return tr("Zu kurz: bitte mindestens {0} Zeichen verwenden.").format(MIN_LENGTH) \
            + " " + advice
    if rating.verdict is Verdict.SPACES:
        return tr("Bitte keine Leerzeichen am Anfang oder Ende verwenden.")
    text = explanation(rating, tr)
    return text if rating.ok else f"{text} {advice}"


def explanation(rating: Rating, tr: Translate = german) -> str:
    """The rating in words: score, estimated guesses and time, what was recognised."""
    text = tr("{0}: geschätzt {1} Versuche; ein Angreifer mit Grafikkarten bräuchte dafür "
              "{2}.").format(tr(_HINTS[rating.score]), _amount(rating.log10, tr),
                             _duration(rating.log10, tr))
    if rating.found:
        text += " " + tr("Erkannt: {0}.").format(_found_texts(rating.found, tr))
    return text


def _found_texts(found: tuple[Found, ...], tr: Translate = german) -> str:
    texts = []
    for item in found:
        text = tr(item.finding.value).format(item.chars)
        texts.append(text if item.times == 1 else f"{text} (×{item.times})")
    return ", ".join(texts)


# German source texts of the amounts: (from, one, many); 10^18 is a Trillion in German.
_BIG = ((1e18, "etwa {0} Trillion", "etwa {0} Trillionen"),
        (1e15, "etwa {0} Billiarde", "etwa {0} Billiarden"),
        (1e12, "etwa {0} Billion", "etwa {0} Billionen"),
        (1e9, "etwa {0} Milliarde", "etwa {0} Milliarden"),
        (1e6, "etwa {0} Million", "etwa {0} Millionen"),
        (1e3, "etwa {0} Tausend", "etwa {0} Tausend"))


def _amount(log10: float, tr: Translate = german) -> str:
    value = 10 ** log10
    if value >= 1e21:
        return tr("mehr als 1000 Trillionen")
    for size, one, many in _BIG:
        if value >= size:
            n = round(value / size)
            return tr(one if n == 1 else many).format(n)
    return tr("etwa {0}").format(round(value))


_YEAR_SECONDS = 3.15e7
_UNITS = ((_YEAR_SECONDS, "etwa {0} Jahr", "etwa {0} Jahre"),
          (86400, "etwa {0} Tag", "etwa {0} Tage"),
          (3600, "etwa {0} Stunde", "etwa {0} Stunden"),
          (60, "etwa {0} Minute", "etwa {0} Minuten"))


def _duration(log10: float, tr: Translate = german) -> str:
    return _seconds_text(10 ** log10 / GUESSES_PER_SECOND, tr)


def _seconds_text(seconds: float, tr: Translate = german) -> str:
    """"etwa 1 Minute" from 60 s on, "etwa 1 Tag" from 86,400 s on, …"""
    if seconds >= 1e5 * _YEAR_SECONDS:
        return tr("mehr als 100.000 Jahre")
    for size, one, many in _UNITS:
        if seconds >= size:
            n = round(seconds / size)
            return tr(one if n == 1 else many).format(n)
    return tr("wenige Sekunden")
