"""A visible label as a reader's name: decorative symbols (category "So") leave it. The
unlock window's labels are judged without ``unicodedata`` (its first frame), so the
shortcut must say what ``unicodedata`` says for every character."""

import sys
import unicodedata

from ssa_desktop.ui.common.labels import _symbol, spoken_label


def test_the_symbol_shortcut_agrees_with_unicodedata_for_every_character():
    differ = [hex(point) for point in range(sys.maxunicode + 1)
              if _symbol(chr(point)) != (unicodedata.category(chr(point)) == "So")]
    assert differ == []


def test_a_label_loses_its_symbols_mnemonic_colon_and_ellipsis():
    assert spoken_label("◀ &Zurück") == "Zurück"
    assert spoken_label("⚠ Frist überschritten:") == "Frist überschritten"
    assert spoken_label("Mit Notfallschlüssel öffnen …") == "Mit Notfallschlüssel öffnen"
    assert spoken_label("© Träger „Süd“ – 20 °C") == "Träger „Süd“ – 20 C"
