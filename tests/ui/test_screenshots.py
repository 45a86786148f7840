"""The screenshot renderer: one valid 1280×800 PNG per area and main dialog."""

from __future__ import annotations

import re

from PySide6.QtGui import QImage

from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.screenshots import render_screenshots, screenshot_names
from tests.support import demo_vaults


def test_render_screenshots(qapp, tmp_path, monkeypatch):
    import tempfile
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    demo_vaults.demo_day()   # the demo it fills follows the clock: a set day
    paths = render_screenshots(tmp_path / "shots", years=1)
    names = [p.name for p in paths]
    for number, spec in enumerate(AREAS, start=1):
        assert f"{number:02d}-{spec.key}.png" in names
    # every name the handbook may link is really drawn (docs/handbuch.md)
    assert sorted(names) == sorted(screenshot_names())
    for path in paths:
        assert path.parent == tmp_path / "shots" and path.is_file()
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert (image.width(), image.height()) == (1280, 800)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        # only a number and an area/dialog key: never a pseudonym, name or school
        assert re.fullmatch(r"\d\d-[a-z_-]+\.png", path.name), path.name
    assert sorted(p.name for p in (tmp_path / "shots").iterdir()) == sorted(names)
    # the temporary demo vault is gone
    assert list((tmp_path / "tmp").iterdir()) == []
