"""A test that needs a system tool (the real accessibility bus, strace, tmpfs, …) is
skipped on a developer machine without it, but FAILS where ``CI`` is set: ``.ci/run``
installs the tools, so a skip there would hide an audit that never ran."""

import pytest

from tests.support.requirements import require


def test_a_missing_tool_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must provide this.*Xvfb"):
        require(False, "real accessibility bus: missing Xvfb")


def test_a_missing_tool_skips_on_a_developer_machine(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Xvfb"):
        require(False, "real accessibility bus: missing Xvfb")


def test_a_present_tool_runs_the_test(monkeypatch):
    monkeypatch.setenv("CI", "true")
    require(True, "never shown")


def test_the_real_bus_audit_asks_through_require():
    from tests.ui.a11y import test_real_bus
    assert test_real_bus.require is require


def test_the_orca_test_asks_through_require():
    from tests.ui.a11y import test_orca
    assert test_orca.require is require
