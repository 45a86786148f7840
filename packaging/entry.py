"""Entry point of the frozen build (PyInstaller): the same ``main`` as the console script;
``--keychain-child`` answers one keychain question (``storage.keychain``) and
``--unwrap-child`` unwraps the data key for the GUI's unlock (``storage.unwrap_child``),
both without loading the CLI."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--keychain-child"]:
        from ssa_desktop.services.keychain import serve

        sys.exit(serve())
    if sys.argv[1:2] == ["--unwrap-child"]:
        from ssa_desktop.services.unwrap import serve

        sys.exit(serve())
    from ssa_desktop.cli import main

    sys.exit(main())
