"""The example passphrase printed by the app is refused (it was rated "sehr gut")."""

import pytest

from ssa_desktop.domain.passphrase import EXAMPLE, check_passphrase


@pytest.mark.parametrize("typed", [EXAMPLE, "kastanie-regenschirm-fliegt-47",
                                   " Kastanie  Regenschirm fliegt 47", "KASTANIE_REGENSCHIRM_FLIEGT_47"])
def test_the_apps_own_example_is_refused(typed):
    ok, score, hint = check_passphrase(typed)
    assert not ok and score == 0 and "Beispiel" in hint


def test_a_similar_own_passphrase_is_fine():
    ok, _score, _hint = check_passphrase("Kastanie Regenschirm schwimmt 83 Ofen")
    assert ok
