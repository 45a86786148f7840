"""A draft emptied by the worker leaves a tombstone (issue 22 item 3); typing again
starts a new draft under a new id, so a later restore never deletes the live draft."""

from __future__ import annotations

from ssa_desktop.services import notes
from ssa_desktop.services import retention as svc
from ssa_desktop.ui.notes.autosave import DraftAutosaver


def test_typing_again_after_emptying_writes_a_new_draft(ctx, frozen_clock):
    typed = {"observation": "Rotmilan"}
    saver = DraftAutosaver(ctx, "quick_entry", lambda: dict(typed) if typed else None)
    assert saver.flush()
    first = saver.draft_id
    typed.clear()
    assert not saver.flush()                       # emptied: the draft goes, with a tombstone
    assert notes.get_draft(ctx.conn, first) is None
    assert [r for r, _k, _d in svc.deleted_ids_since(ctx.conn)] == [first]
    typed["observation"] = "Rotmilan kreiste"
    assert saver.flush()
    assert saver.draft_id != first                 # not an id a restore would delete
    assert notes.get_draft(ctx.conn, saver.draft_id) is not None
    saver.discard(saved=True)                      # its entry was saved: no tombstone
    assert notes.get_draft(ctx.conn, saver.draft_id) is None
    assert [r for r, _k, _d in svc.deleted_ids_since(ctx.conn)] == [first]
