"""The Zielwerte form refuses a Soll outside 0–100 % and lower bounds of one whole's parts
over 100 % together (``timeshare.check_agreement``, since 29.11.2026). The same rule holds
on the other ways in: an exchange file carrying such bands is refused by place in German,
nothing written; bands an earlier release saved stay hers to correct, and „Tresor prüfen“
names them (their agreement) with where. Before, an import took a Soll of 150 % in and
the check said nothing."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain.entities import CooperationAgreement
from ssa_desktop.domain.timeshare import AgreementTarget
from ssa_desktop.services import admission, timeshare, vault_admin
from ssa_desktop.services import interchange as ix
from ssa_desktop.services import interchange_import as ixi
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import timeshare_repo as tq
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.vaults import FAST_KDF


def _agreement_with(conn, *targets) -> str:
    ag = repo.AGREEMENTS.insert(conn, CooperationAgreement("school-1", date(2026, 8, 1)))
    for code, soll, low, high in targets:   # as a release before 29.11.2026 saved them
        tq.AGREEMENT_TARGETS.insert(conn, AgreementTarget(ag.id, code, soll, low, high))
    return ag.id


def test_a_file_with_a_soll_over_100_percent_is_refused_by_place(conn, tmp_path):
    _agreement_with(conn, ("direct", 150.0, 58.0, 66.0))
    doc = ix.export_document(conn)
    Vault.create(tmp_path / "neu", PASSPHRASE, params=FAST_KDF)[0].lock()
    with Vault(tmp_path / "neu").unlock(PASSPHRASE) as other:
        with pytest.raises(ix.InterchangeError) as refused:
            ixi.import_document(other.conn, doc)
        assert tq.AGREEMENT_TARGETS.all(other.conn) == []
    [problem] = [str(p) for p in refused.value.problems]
    assert problem.startswith("tables.agreement_target[0]: ")
    assert "das Soll liegt zwischen 0 und 100 %" in problem


def test_the_check_names_such_bands_and_says_where(conn):
    agreement = _agreement_with(conn, ("direct", 150.0, 58.0, 66.0))
    [line] = admission.held_form_problems(conn)
    assert line.startswith(f"agreement_target {agreement}: ")
    assert line.endswith(f"– {admission.ROW_FIX}")
    [advice] = vault_admin.check_advice([line])
    assert "Arbeitszeit" in advice and "Zielwerte" in advice


def test_corrected_in_the_form_they_leave_the_check(conn):
    agreement = _agreement_with(conn, ("direct", 150.0, 58.0, 66.0))
    timeshare.save_agreement_targets(conn, agreement, {"direct": (62.0, 58.0, 66.0, 0.0, True)})
    assert admission.held_form_problems(conn) == []


def test_a_target_whose_agreement_is_no_key_is_refused_not_a_crash():
    """A crafted file: an agreement_target row whose agreement_id is a list (found by
    test_fuzz_parsers: „Unerwarteter Fehler (TypeError)“) is left to the field check."""
    from ssa_desktop.services.interchange_validate import _band_problems

    row = {"agreement_id": [], "code": "direct", "soll": 150.0, "low": 0.0, "high": 100.0,
           "margin": 0.0}
    assert list(_band_problems([row])) == []
