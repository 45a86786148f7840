"""Build ``resources/passphrase/de_words.txt``: the German word list the passphrase
estimator (``domain/passphrase.py``) ranks words against, most frequent first.

Source: the German frequency list of ``wordfreq`` 3.1 (``large_de``; data under
CC BY-SA 4.0, see ``resources/passphrase/LICENSE``). Kept: lower-case tokens of 3 or more
letters (a–z, ä, ö, ü, ß) in frequency order, the first ``LIMIT``. Words of common
German first names, surnames and places are in it because they are frequent in text.

    pip install --target /tmp/wf wordfreq && PYTHONPATH=/tmp/wf python tools/make_passphrase_words.py
"""

from __future__ import annotations

import re
from pathlib import Path

LIMIT = 50_000
TARGET = Path(__file__).resolve().parents[1] / "resources" / "passphrase" / "de_words.txt"


def main() -> None:
    import wordfreq

    words = []
    for bucket in wordfreq.get_frequency_list("de", wordlist="large"):
        for word in bucket:
            if re.fullmatch(r"[a-zäöüß]{3,}", word):
                words.append(word)
        if len(words) >= LIMIT:
            break
    TARGET.write_text("\n".join(words[:LIMIT]) + "\n", encoding="utf-8")
    print(f"{TARGET}: {min(len(words), LIMIT)} words")


if __name__ == "__main__":
    main()
