"""IT's machine policy (``storage.machine_policy``) for the settings she would otherwise
choose herself: the device settings (``ui.settings_store``) read it, and what it sets is
greyed out in Einstellungen with a description saying that IT set it."""

from __future__ import annotations

from ..storage.machine_policy import MachinePolicy, machine_policy

__all__ = ["MachinePolicy", "machine_policy"]
