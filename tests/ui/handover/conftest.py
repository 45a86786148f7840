"""Shared set-ups of the deputy's window tests: a colleague's package on a stick
(``deputy_package``) and the deputy's window open on it (``deputy_window``)."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import clock
from tests.ui.handover.deputy_fixture import WORKDAY, colleagues_package, open_deputy_window


@pytest.fixture
def deputy_package(tmp_path):
    """The colleague's package (K-17 and N-5) in a folder "stick"."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return colleagues_package(folder)


@pytest.fixture
def deputy_window(ctx, qtbot, deputy_package):
    """The deputy's window on ``deputy_package``, shown, active, at 1280×688 on WORKDAY."""
    with clock.frozen(WORKDAY):
        win = open_deputy_window(ctx, qtbot, deputy_package, (1280, 688))
        yield win
        win.close()
