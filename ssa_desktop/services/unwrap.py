"""The unwrap child process (``ssa-desktop --unwrap-child``): the entry the CLI starts for
``storage.unwrap_child``, which derives the key-encryption key, unwraps the data key for
the GUI's unlock and ends."""

from __future__ import annotations

from ..storage.unwrap_child import CHILD_FLAG, serve

__all__ = ["CHILD_FLAG", "serve"]
