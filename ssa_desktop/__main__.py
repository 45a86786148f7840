import sys

if sys.argv[1:2] == ["--keychain-child"]:  # storage.keychain: one question, without the CLI
    from ssa_desktop.services.keychain import serve

    raise SystemExit(serve())
if sys.argv[1:2] == ["--unwrap-child"]:  # storage.unwrap_child: one unwrap, without the CLI
    from ssa_desktop.services.unwrap import serve

    raise SystemExit(serve())
if sys.argv[1:2] == ["--pdf-pages-child"]:  # services.pdf_pages: a PDF's pages, then exit
    from ssa_desktop.services.pdf_pages import serve

    raise SystemExit(serve())
if sys.argv[1:2] == ["--letter-child"]:  # services.letter_child: a letter's texts, then exit
    from ssa_desktop.services.letter_child import serve

    raise SystemExit(serve())

from ssa_desktop.launch import run

raise SystemExit(run())
