"""Print the four-number Windows version of the package's version (``0.2.0.4000``) for
packaging/windows/build.ps1 (Inno Setup's VersionInfoVersion, the MSI's ProductVersion).

    python tools/windows_version.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ssa_desktop import __version__  # noqa: E402
from ssa_desktop.release_version import windows_version  # noqa: E402

if __name__ == "__main__":
    print(windows_version(__version__))
