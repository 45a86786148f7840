"""The post-install self-test ends within its time limit with a defined exit code (4)
and a result file saying which check hung (issue 66: Inno waited without a limit, as
SYSTEM in session 0, until Intune's 60-minute timeout)."""

from __future__ import annotations

import threading

import pytest

from ssa_desktop import cli, selftest
from ssa_desktop.cli_commands import selftest as selftest_cmd

RELEASE = threading.Event()
REACHED = threading.Event()


def _hanging_keychain() -> selftest.Check:
    REACHED.set()
    RELEASE.wait()   # a keychain that never answers (set again after the test)
    return selftest.Check("Schlüsselbund", True, "spät")


def _quick() -> selftest.Check:
    return selftest.Check("SQLCipher", True, "4.6")


@pytest.fixture
def hanging(monkeypatch):
    RELEASE.clear()
    REACHED.clear()
    monkeypatch.setattr(selftest, "CHECKS", [_quick, _hanging_keychain, _quick])
    yield
    RELEASE.set()


def _until_it_hangs(done, _seconds) -> bool:
    """The time limit passes exactly when the hanging check has begun (no clock)."""
    REACHED.wait()
    return done.is_set()


def test_a_hanging_check_ends_the_self_test_as_failed(hanging):
    outcome = selftest.run_checks_within(0, wait=_until_it_hangs)
    assert outcome.timed_out
    assert [c.name for c in outcome.results][-1] == "Zeitlimit"
    assert "hanging_keychain" in outcome.results[-1].detail
    assert [c.name for c in outcome.results] == ["SQLCipher", "Zeitlimit"]
    assert not selftest.passed(outcome.results)


def test_the_checks_that_end_in_time_are_the_usual_result(monkeypatch):
    monkeypatch.setattr(selftest, "CHECKS", [_quick, _quick])
    outcome = selftest.run_checks_within(3600)
    assert not outcome.timed_out and selftest.passed(outcome.results)


def test_the_command_writes_its_result_and_ends_with_exit_code_4(hanging, tmp_path,
                                                                  monkeypatch):
    ended: list[int] = []
    monkeypatch.setattr(selftest_cmd, "end_now", ended.append)
    result = tmp_path / "st.txt"
    assert cli.main(["self-test", "--time-limit", "0", "--result-file", str(result)]) == 4
    assert ended == [4]
    text = result.read_text("utf-8")
    assert "Zeitlimit" in text and text.splitlines()[-1] == (
        "Ergebnis: fehlgeschlagen (Rückgabewert 4)")
