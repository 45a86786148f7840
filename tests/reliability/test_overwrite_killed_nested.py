"""``file_intents.settle`` inside nested ``journaled`` blocks (storage/file_intents.py): a
step settles its own block only. A real child process writes her file in an outer block,
then a second file in an inner block whose step commits (``settle``), and is SIGKILLed
before the outer block's step. The next unlock undoes the outer file (her older one back)
and keeps the inner one, with no hidden ``.old`` file left. Before: the inner ``settle``
marked the outer block done too, so the outer file stayed; and the inner file's old one
was kept under a name the journal did not record, hidden beside it for ever."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ssa_desktop.storage import file_intents, files
from ssa_desktop.storage.transactions import transaction
from tests.reliability.test_overwrite_killed import ROOT, _unlock_upkeep, _vault_with_document

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

def nested(conn, outer: Path, inner: Path, then) -> None:
    """The outer block writes ``outer``; inside it the inner block writes ``inner`` and
    its step commits (``settle``); then ``then()`` ends the outer step (a kill, a failure)."""
    with file_intents.journaled(conn, outer):
        files.atomic_write_bytes(outer, b"outer, its step never committed")
        with file_intents.journaled(conn, inner):
            files.atomic_write_bytes(inner, b"inner, its step committed")
            with transaction(conn):
                file_intents.settle(conn)
        then()


# The child: the nesting above, SIGKILLed before the outer block's step.
CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from ssa_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE
    from tests.reliability.test_overwrite_killed_nested import nested

    conn = Vault(sys.argv[1]).unlock(PASSPHRASE).conn
    nested(conn, Path(sys.argv[2]), Path(sys.argv[3]),
           lambda: os.kill(os.getpid(), signal.SIGKILL))
    print("not killed")
""")


def _her_two_files(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Her folder with an older letter and an older attachment (the outer, the inner file)."""
    out = tmp_path / "Ausgabe"
    out.mkdir()
    outer, inner = out / "Brief.pdf", out / "Anlage.pdf"
    outer.write_bytes(b"her older letter")
    inner.write_bytes(b"her older attachment")
    return out, outer, inner


def test_a_step_settles_its_own_block_not_the_one_around_it(tmp_path):
    vault = tmp_path / "tresor"
    person_id, _ = _vault_with_document(vault)
    out, outer, inner = _her_two_files(tmp_path)
    child = subprocess.run([sys.executable, "-c", CHILD, str(vault), str(outer), str(inner)],
                           cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                           capture_output=True, text=True, timeout=300, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr + child.stdout
    said, _ = _unlock_upkeep(vault, person_id)
    assert outer.read_bytes() == b"her older letter"
    assert inner.read_bytes() == b"inner, its step committed"
    assert len(said) == 1 and str(outer) in said[0] and "frühere Fassung" in said[0]
    assert sorted(p.name for p in out.iterdir()) == ["Anlage.pdf", "Brief.pdf"]
    assert _unlock_upkeep(vault, person_id)[0] == []


def test_an_inner_block_settled_stays_when_the_outer_fails_in_process(open_vault, tmp_path):
    """The same nesting without a kill: the outer block fails after the inner one's step
    committed. As after a kill, the outer file is undone and the inner one stays (its
    step, e.g. a disclosure's entry, was committed with it); nothing hidden is left and
    no row waits. Before: the outer block undid the inner file too (file and entry apart)."""
    conn = open_vault.conn
    out, outer, inner = _her_two_files(tmp_path)

    def fails() -> None:
        raise RuntimeError("the outer step")

    with pytest.raises(RuntimeError, match="the outer step"):
        nested(conn, outer, inner, fails)
    assert outer.read_bytes() == b"her older letter"
    assert inner.read_bytes() == b"inner, its step committed"
    assert sorted(p.name for p in out.iterdir()) == ["Anlage.pdf", "Brief.pdf"]
    assert conn.execute("SELECT count(*) FROM file_intent").fetchone()[0] == 0
