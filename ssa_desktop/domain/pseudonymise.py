"""Blanking known names in free text (the ISEF presentation, docs/domain.md § 9).

A name is found also in its variants: the genitive ("Lenas", "Lena's"), each
half of a double name ("Koch" of "Schäfer-Koch"), the
other spelling of umlauts ("Schaefer" for "Schäfer" and back), a class label with spaces
or a dot ("7 b", "7.b" for "7b"), and any word after a title ("Frau", "Herr", "Fr.",
"Hr."), so "Fr. Koch" goes even when "Koch" is known nowhere. What the matching cannot
know (a nickname, a misspelling) stays: the presentation is always read before it is
sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

BLANK = "[…]"
_TO_ASCII = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))
_TITLE = r"(?:Frau|Herrn?|Fr\.|Hr\.|Familie|Fam\.)"
# Words in a parent's contact field that are not names.
_NOT_NAMES = frozenset("""mutter vater eltern mama papa tel telefon handy mobil mail email
e-mail frau herr fr hr oma opa tante onkel familie fam nur abends morgens erreichbar
über bei und oder per festnetz privat dienstlich am an im in der die das dem den des von
vom zu zur zum mit schule schulsozialarbeit leitung lehrerin lehrer klasse jugendamt""".split())


def _spellings(word: str) -> set[str]:
    """The word lower-cased, with ä/ö/ü/ß written out and ae/oe/ue as umlauts. ``lower()``,
    not ``casefold()``: casefold writes „ß“ as „ss“, and the pattern (``re.IGNORECASE``
    does not fold „ß“) then missed „Weiß“ as written."""
    low = word.lower()
    variants = {low}
    ascii_ = low
    for umlaut, plain in _TO_ASCII:
        ascii_ = ascii_.replace(umlaut, plain)
    variants.add(ascii_)
    native = low
    for umlaut, plain in _TO_ASCII[:3]:
        native = native.replace(plain, umlaut)
    variants.add(native)
    return variants


def _pattern(word: str) -> str:
    """A word in any spelling, with a genitive ending; a class label ("7b") also with a
    space, dot or hyphen between number and letter."""
    alternatives = []
    for spelling in sorted(_spellings(word), key=len, reverse=True):
        parts = re.split(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)", spelling)
        alternatives.append(r"[\s.\-]*".join(re.escape(p) for p in parts))
    return r"(?<!\w)(?:" + "|".join(alternatives) + r")(?:s|'s|’s|es)?(?!\w)"


def names_in(text: str) -> list[str]:
    """Capitalised words of a free contact field that may be names ("Frau Koch, Tel. …")."""
    return [w for w in re.findall(r"[A-ZÄÖÜ][\w\-]{1,}", text or "")
            if w.casefold() not in _NOT_NAMES]


def redactor(words: Iterable[str]) -> Callable[[str], str]:
    """A function that blanks every known word (in its variants) and every name after a
    title. Words shorter than 2 characters are ignored."""
    tokens = _tokens(words)
    known = [_pattern(t) for t in sorted(tokens, key=len, reverse=True)]
    # a title, then an initial or a first name, then the name (two capitalised words at
    # most: in German a noun may follow, which is then blanked too – the safe side)
    titled = re.compile(_TITLE + r"\s+(?:[A-ZÄÖÜ]\.\s*|[A-ZÄÖÜ][\w\-]+\s+(?=[A-ZÄÖÜ]))?"
                        r"[A-ZÄÖÜ][\w\-]+")
    pattern = re.compile("|".join(known), re.IGNORECASE) if known else None

    def redact(text: str) -> str:
        text = titled.sub(lambda m: m.group(0).split()[0] + " " + BLANK, text)
        return pattern.sub(BLANK, text) if pattern else text

    return redact


def _tokens(words: Iterable[str]) -> set[str]:
    """The words to blank: each word of 2 characters or more, and of a word of several
    parts each name-like part alone; never a title."""
    tokens = set()
    for w in words:
        w = (w or "").strip()
        if len(w) < 2:
            continue
        tokens.add(w)
        tokens.update(_name_parts(w))
    return {t for t in tokens if t.casefold() not in {"frau", "herr", "fr", "hr"}}


def _name_parts(word: str) -> list[str]:
    """"Frau Koch", "Schäfer-Koch": each part that looks like a name (capitalised, three
    letters or more, no abbreviation, not a word that is no name); none of one part."""
    spaced = re.split(r"[\s,;/]+", word)
    parts = spaced + [half for part in spaced for half in part.split("-")]
    if len(set(parts)) <= 1:
        return []
    return [t for t in parts if len(t) >= 3 and t[:1].isupper()
            and t.casefold() not in _NOT_NAMES and not t.endswith(".")]
