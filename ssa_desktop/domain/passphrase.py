"""A small, offline passphrase strength estimator (no Qt, no I/O).

The estimate walks through the passphrase and charges each stretch what an attacker who
knows common patterns would need to guess it: a very common word costs about as much as
one guess from a short word list, a keyboard or alphabet run and a repeated character
cost almost nothing, a repeated chunk costs nothing beyond its first copy, a year costs
a few bits; every other character costs log2 of the character pool in use. The bits map
to a score 0..4 (like zxcvbn's). Vaults refuse passphrases shorter than ``MIN_LENGTH``
or scoring below ``MIN_SCORE``.
"""

from __future__ import annotations

import math
import re

MIN_LENGTH = 10
MIN_SCORE = 2

# Score thresholds in bits: < 28 → 0, < 36 → 1, < 48 → 2, < 64 → 3, else 4.
_THRESHOLDS = (28, 36, 48, 64)

# Very common words and fragments in German (and English) passwords. Lower case,
# umlauts also in their ae/oe/ue/ss spelling.
COMMON_WORDS = frozenset("""
passwort password passwd kennwort geheim secret admin login benutzer user willkommen welcome
hallo hello test testen schule schulsozialarbeit sozialarbeit sozial jugend jugendamt
kinder kind liebe love schatz schatzi sommer winter fruehling frühling herbst sonne
mond stern fussball fußball bayern borussia schalke dortmund hamburg berlin muenchen
münchen stuttgart koeln köln deutschland germany qwertz qwerty asdf yxcv abc abcd
iloveyou ichliebedich monkey dragon master letmein sunshine princess prinzessin
hase maus baer bär hund katze pferd blume rose engel teufel handy computer internet
januar februar maerz märz april mai juni juli august september oktober november dezember
montag dienstag mittwoch donnerstag freitag samstag sonntag
""".split())

_ROWS = ("qwertzuiopü", "asdfghjklöä", "yxcvbnm", "qwertyuiop", "zxcvbnm",
         "abcdefghijklmnopqrstuvwxyz", "01234567890")

_YEAR = re.compile(r"(19|20)\d\d")


def _pool(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[!-/:-@\[-`{-~]", text):
        pool += 33
    if re.search(r"\s", text):
        pool += 1
    if any(ord(ch) > 127 for ch in text):
        pool += 40
    return max(pool, 10)


def _run_length(low: str, i: int) -> int:
    """Length of a keyboard/alphabet run (forwards or backwards) starting at ``i``."""
    best = 1
    for row in _ROWS:
        for seq in (row, row[::-1]):
            start = seq.find(low[i])
            if start < 0:
                continue
            n = 1
            while (i + n < len(low) and start + n < len(seq)
                   and low[i + n] == seq[start + n]):
                n += 1
            best = max(best, n)
    return best


def _period(low: str) -> int:
    """Length of the shortest prefix whose repetition makes up ``low`` (``len(low)`` if none)."""
    for p in range(1, len(low) // 2 + 1):
        if all(low[i] == low[i - p] for i in range(p, len(low))):
            return p
    return len(low)


def estimate_bits(passphrase: str) -> float:
    """Rough number of bits an informed guesser needs (see module docstring)."""
    if not passphrase:
        return 0.0
    period = _period(passphrase.lower())
    if period < len(passphrase):
        # the whole passphrase repeats a shorter one ("aaabbbaaabbb"): one copy plus the count
        return estimate_bits(passphrase[:period]) + math.log2(len(passphrase) / period)
    low = passphrase.lower()
    char_bits = math.log2(_pool(passphrase))
    word_bits = math.log2(len(COMMON_WORDS)) + 1
    bits = 0.0
    i = 0
    seen_chunks: list[str] = []
    while i < len(low):
        # a repeat of a chunk already seen (e.g. "abc1abc1"): costs ~ 2 bits
        repeat = next((c for c in sorted(seen_chunks, key=len, reverse=True)
                       if len(c) >= 3 and low.startswith(c, i)), None)
        if repeat:
            bits += 2
            i += len(repeat)
            continue
        word = max((w for w in COMMON_WORDS if len(w) >= 3 and low.startswith(w, i)),
                   key=len, default=None)
        if word:
            capitals = sum(1 for ch in passphrase[i:i + len(word)] if ch.isupper())
            bits += word_bits + capitals
            seen_chunks.append(word)
            i += len(word)
            continue
        if _YEAR.match(low, i):
            bits += 7
            seen_chunks.append(low[i:i + 4])
            i += 4
            continue
        run = _run_length(low, i)
        if run >= 3:
            bits += char_bits + math.log2(run)
            seen_chunks.append(low[i:i + run])
            i += run
            continue
        same = 1
        while i + same < len(low) and low[i + same] == low[i]:
            same += 1
        if same >= 3:
            bits += char_bits + math.log2(same)
            i += same
            continue
        # an ordinary character; remember the chunk it starts for later repeats
        seen_chunks.append(low[i:i + 4])
        bits += char_bits
        i += 1
    return bits


def score(passphrase: str) -> int:
    bits = estimate_bits(passphrase)
    return sum(1 for t in _THRESHOLDS if bits >= t)


_HINTS = {
    0: "Sehr leicht zu erraten.",
    1: "Leicht zu erraten.",
    2: "Ausreichend.",
    3: "Gut.",
    4: "Sehr gut.",
}

ADVICE = ("Am besten vier oder mehr zufällige Wörter mit Trennzeichen und einer Zahl – "
          "keine Namen, Geburtstage oder Tastaturfolgen.")


# The example the app itself prints next to the field: known to everyone who has seen the
# app, so it is refused like any published passphrase (also with other separators).
EXAMPLE = "Kastanie Regenschirm fliegt 47"
EXAMPLES = (EXAMPLE,)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def is_example(passphrase: str) -> bool:
    return _words(passphrase) in {_words(e) for e in EXAMPLES}


def check_passphrase(passphrase: str) -> tuple[bool, int, str]:
    """(acceptable, score 0..4, German hint). Never echoes the passphrase."""
    if is_example(passphrase):
        return (False, 0, "Das ist das Beispiel, das SSA Desktop selbst anzeigt – jeder kennt "
                          "es. Bitte eine eigene Passphrase wählen. " + ADVICE)
    value = score(passphrase)
    if len(passphrase) < MIN_LENGTH:
        return (False, min(value, 1),
                f"Zu kurz: bitte mindestens {MIN_LENGTH} Zeichen verwenden. {ADVICE}")
    if passphrase.strip() != passphrase:
        return (False, value, "Bitte keine Leerzeichen am Anfang oder Ende verwenden.")
    if value < MIN_SCORE:
        reasons = []
        low = passphrase.lower()
        if any(w in low for w in COMMON_WORDS if len(w) >= 4):
            reasons.append("enthält ein sehr häufiges Wort")
        if any(_run_length(low, i) >= 3 for i in range(len(low))):
            reasons.append("enthält eine Tastatur- oder Zahlenfolge")
        if re.search(r"(.)\1\1", low):
            reasons.append("wiederholt Zeichen")
        if _YEAR.search(low):
            reasons.append("enthält eine Jahreszahl")
        why = (" (" + ", ".join(reasons) + ")") if reasons else ""
        return (False, value, f"{_HINTS[value][:-1]}{why}. {ADVICE}")
    return True, value, _HINTS[value]
