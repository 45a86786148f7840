"""The built-in letters in English (the GUI's language), through the translation."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssa_desktop.domain import letter_sandbox as sandbox
from ssa_desktop.domain import letters as dl
from ssa_desktop.services import letters as svc

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = json.loads((ROOT / "translations/glossary/letters.json").read_text("utf-8"))
SOURCES = json.loads((ROOT / "translations/runtime_sources.json").read_text("utf-8"))["Letters"]
ONLY_PLACEHOLDERS = re.compile(r"^(\s|[,\n]|\{\{[^}]*\}\})*$")


def english(text: str) -> str:
    return GLOSSARY.get(text, text)


def _texts(key):
    subject, blocks = dl.BUILTIN[key]
    return [subject] + [text for _what, text in blocks if not ONLY_PLACEHOLDERS.match(text)]


@pytest.mark.parametrize("key", sorted(dl.BUILTIN))
def test_every_text_is_translated_and_its_english_passes_the_same_check(key):
    for text in _texts(key):
        assert text in SOURCES, text
        assert text in GLOSSARY, text
        sandbox.check([english(text)], dl.KINDS[key])


def test_an_english_invitation(conn, records):
    request = svc.LetterRequest("invitation", records["person"], records["appointment"],
                                "Mrs Birgit Sommer\nLindenweg 4\n79100 Freiburg", "Dear Mrs Sommer,")
    text = PdfReader(io.BytesIO(svc.make(conn, request, english).data)).pages[0].extract_text()
    assert "Invitation to a meeting" in text and "Dear Mrs Sommer," in text
    assert "Date: Wednesday, 02.12.2026, 14:00–14:45" in text
    assert "Your contact" in text and "Kind regards" in text
    assert "Einladung" not in text


def test_an_english_release_says_until_withdrawal(conn, records):
    request = svc.LetterRequest("consent_release", records["person"], records["consent"])
    text = PdfReader(io.BytesIO(svc.make(conn, request, english).data)).pages[0].extract_text()
    assert "Valid from 20.11.2026 until withdrawal" in text
    assert "Consenting: the young person and parents or guardians" in text
