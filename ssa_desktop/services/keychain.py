"""The keychain child process (``ssa-desktop --keychain-child``): the entry the CLI starts
for ``storage.keychain``, which answers one question about the OS keychain and ends."""

from __future__ import annotations

from ..storage.keychain import CHILD_FLAG, serve

__all__ = ["CHILD_FLAG", "serve"]
