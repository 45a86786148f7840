"""The wheel ships the top-level ``resources/`` and ``translations/`` (design card) inside
the package, and the installed application finds every one of them without the source
tree: the wheel is built, installed into a fresh folder and imported from there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent('''
    import json, sys
    from importlib.metadata import version
    import ssa_desktop
    from ssa_desktop import paths
    from ssa_desktop.storage import migrations
    print(json.dumps({
        "package": ssa_desktop.__file__,
        "resources": str(paths.resources_dir()),
        "translations": str(paths.translations_dir()),
        "files": sorted(str(p.relative_to(paths.resources_dir()))
                        for p in paths.resources_dir().rglob("*") if p.is_file()),
        "translation_files": sorted(p.name for p in paths.translations_dir().rglob("*")
                                    if p.is_file()),
        "migrations": migrations.latest_version(),
        "versions": [ssa_desktop.__version__, version("ssa-desktop")],
    }))
''')


def _shipped(folder: str) -> set[str]:
    return {str(p.relative_to(ROOT / folder)) for p in (ROOT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.name != ".keep"}


# Build from a clean copy: setuptools' build/ cache in a working tree may hold files that
# are gone from the sources (a renamed migration), which a fresh clone would not have.
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info",
                                     "__pycache__", ".hypothesis", "benchmarks", "shots")


def test_installed_wheel_finds_every_resource_and_translation(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels),
                    str(source)], check=True, capture_output=True, timeout=600)
    (wheel,) = wheels.glob("ssa_desktop-*.whl")
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(site), str(wheel)], check=True, capture_output=True, timeout=600)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    found = json.loads(out)
    assert found["package"].startswith(str(site))
    assert found["resources"].startswith(str(site))
    assert found["translations"].startswith(str(site))
    assert set(found["files"]) == _shipped("resources")
    assert "help/barrierefreiheit.md" in found["files"]  # Hilfe → Erklärung zur Barrierefreiheit
    translation_names = {Path(name).name for name in _shipped("translations")}
    assert translation_names <= set(found["translation_files"])
    from ssa_desktop.storage import migrations

    assert found["migrations"] == migrations.latest_version()
    assert found["versions"] == ["0.3.0", "0.3.0"]  # the metadata reads __init__.py
