"""Entry point of the frozen build (PyInstaller): the same ``run`` as the console script,
which hardens the process (no core dumps, not dumpable; on Windows no error-report
dialog) before any passphrase or key is in memory, then runs ``main``
(tests/release/test_frozen_entry.py). ``--keychain-child`` answers one keychain question
(``storage.keychain``), ``--unwrap-child`` unwraps the data key for the GUI's unlock
(``storage.unwrap_child``) and ``--pdf-pages-child`` renders a PDF's pages for the viewer
(``services.pdf_pages``), ``--letter-child`` fills a letter's texts (``services.letter_child``),
all without loading the CLI; each hardens itself first."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--keychain-child"]:
        from ssa_desktop.services.keychain import serve

        sys.exit(serve())
    if sys.argv[1:2] == ["--unwrap-child"]:
        from ssa_desktop.services.unwrap import serve

        sys.exit(serve())
    if sys.argv[1:2] == ["--pdf-pages-child"]:
        from ssa_desktop.services.pdf_pages import serve

        sys.exit(serve())
    if sys.argv[1:2] == ["--letter-child"]:
        from ssa_desktop.services.letter_child import serve

        sys.exit(serve())
    from ssa_desktop.launch import run

    sys.exit(run())
