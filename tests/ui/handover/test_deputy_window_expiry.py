"""Review finding 7 (p6) and 8 (issue 28): the deputy's window kept open over the expiry
day – her return is refused, the package deleted, the window closes with the sentence in
her main window instead of an exception escaping; a return she writes is remembered in
her vault so that it goes at the expiry."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.ui.handover.deputy_window import DeputyWindow
from tests.ui.handover.deputy_fixture import PERIOD, WORKDAY, colleagues_package


@pytest.fixture
def package(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return colleagues_package(folder)


def test_writing_the_return_on_the_expiry_day_closes_the_window_with_a_sentence(
        ctx, qtbot, package, tmp_path):
    with clock.frozen(WORKDAY):
        win = DeputyWindow(ctx, package.path, package.key_text)
    qtbot.addWidget(win)
    win.show()
    said = []
    ctx.status_message.connect(said.append)
    out = tmp_path / "rueck"
    out.mkdir()
    with clock.frozen(PERIOD.expires):
        win.write_return(out)
    assert win.pkg is None and not win.isVisible()
    assert any("abgelaufen" in s for s in said)
    assert not package.path.exists() and list(out.iterdir()) == []


def test_a_return_written_in_the_window_is_remembered_for_the_expiry(ctx, qtbot, package,
                                                                      tmp_path):
    with clock.frozen(WORKDAY):
        win = DeputyWindow(ctx, package.path, package.key_text)
        qtbot.addWidget(win)
        out = tmp_path / "rueck"
        out.mkdir()
        win.write_return(out)
    [written] = list(out.iterdir())
    paths = [e["path"] for e in q.registry(ctx.conn, q.RECEIVED_PREFIX).values()]
    assert str(written.resolve()) in paths
    win.close()
