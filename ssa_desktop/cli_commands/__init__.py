"""Feature commands of the CLI, one module per feature (``retention``, ``kvjs``, …).

Each module defines ``register(command)``: ``command(name, help_text, vault=True)``
returns an argparse sub-parser (with ``--vault`` unless ``vault=False``); the module adds
its options and ``set_defaults(handler=fn)`` where ``fn(args) -> int`` does the work
through ``services`` and uses the helpers of ``ssa_desktop.cli`` (``unlock``, ``out``,
``UsageError``, ``OperationFailed``, exit codes). ``cli.main`` handles every error the
same way for all commands. Modules are found by name, so adding one edits no other
file.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def modules() -> list[ModuleType]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            found.append(importlib.import_module(f"{__name__}.{info.name}"))
    return found
