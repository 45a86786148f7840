"""An interchange file is strict JSON: a key twice (two ``"tables"``, the last one would
win and the import would say „0 neu eingelesen“) is refused by name, nothing written."""

from __future__ import annotations

import json

from ssa_desktop import cli
from ssa_desktop.services import interchange as ix
from tests.conftest import PASSPHRASE
from tests.services.test_handover import _person
from tests.services.test_import_not_counted_hostile import _counts, _vault


def test_two_tables_keys_are_refused_by_name_and_nothing_is_imported(conn, tmp_path, capsys,
                                                                      monkeypatch):
    _person(conn, "Anna")
    text = json.dumps(ix.export_document(conn))
    assert text.endswith("}")
    path = tmp_path / "doppelt.json"
    path.write_text(text[:-1] + ', "tables": {}}', "utf-8")
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    target = _vault(tmp_path / "ziel", with_data=False)
    before = _counts(target)
    code = cli.main(["import-json", "--vault", str(target), str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code == 1
    assert "„tables“ steht zweimal" in err and "es wurde nichts verändert" in err
    assert "neu eingelesen" not in out
    assert _counts(target) == before
