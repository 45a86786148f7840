"""The translator that rules and use cases take for the sentences they word: ``tr(text)``
with German source text. The GUI passes its Qt translator; reports, the command line and
everything else take ``german``, the text as written."""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]


def german(text: str) -> str:
    return text
