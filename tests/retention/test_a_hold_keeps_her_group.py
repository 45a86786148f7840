"""A group deleted with a held person among its members (session 22, reviewer R): her
membership goes with the group (FK cascade), so „Gruppe löschen“ and a file's deletion of
the group deleted what „Entfernen“ of the member refuses (``services.holds``: a hold keeps
every part of her record). Both keep the group now: the form says why, the file's
deletion is kept and counted. Without a hold the group goes as before; the deletion run
(R4) is not this way and keeps its own rule."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import group_members, groups, holds, retention
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import group_members_repo, retention_log_repo
from ssa_desktop.storage import repositories as repo
from tests.retention.test_a_hold_keeps_every_part import TODAY, _held_pupil, _her_parts
from tests.support.import_files import file_of, import_json, new_target, unlocked


def _group_of(conn, parts: dict[str, str]) -> str:
    return group_members_repo.MEMBERS.get(conn, parts["group_member"]).group_id


def test_deleting_the_group_of_a_held_member_by_hand_is_refused(conn):
    parts = _held_pupil(conn)
    group_id = _group_of(conn, parts)
    with pytest.raises(UserError) as refused:
        groups.delete_group(conn, group_id)
    assert str(refused.value).startswith(
        "Für eine Person dieser Gruppe besteht eine Sperre (Absprache mit dem Jugendamt, "
        "Überprüfung am 01.11.2027); die Gruppe wird nicht gelöscht")
    assert repo.GROUPS.get(conn, group_id) is not None
    assert group_members_repo.MEMBERS.get(conn, parts["group_member"]) is not None
    assert holds.group_refusal(conn, group_id) == str(refused.value)


def test_without_a_hold_the_group_goes_as_before(conn, pupil):
    parts = _her_parts(conn, pupil.id)
    group_id = _group_of(conn, parts)
    assert holds.group_refusal(conn, group_id) is None
    groups.delete_group(conn, group_id)
    assert repo.GROUPS.get(conn, group_id) is None
    assert group_members_repo.MEMBERS.get(conn, parts["group_member"]) is None


def test_a_files_deletion_of_the_group_keeps_her_membership(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "tresor"
    with new_target(folder) as conn:
        parts = _held_pupil(conn)
        group_id = _group_of(conn, parts)
        doc = json.loads(json.dumps(ix.export_document(conn)))
    doc["tables"]["tombstone"].append(
        {"record_id": group_id, "category": "group", "deleted": "2026-11-10"})
    code, out, err = import_json(folder, file_of(tmp_path, doc), capsys, monkeypatch,
                                 "--take-theirs", "all")
    assert code == 0, out + err
    with unlocked(folder) as conn:
        assert repo.GROUPS.get(conn, group_id) is not None
        assert group_members_repo.MEMBERS.get(conn, parts["group_member"]) is not None
        assert group_id not in {r for r, _k, _d in retention_log_repo.tombstones(conn, None)}


def test_a_hold_on_the_group_is_named_as_the_groups(conn, pupil):
    """A Sperre she set on a due group (R4, „Gruppenangebot“) names the group, not „diese
    Person“: removing a member and deleting the group say whose hold it is."""
    parts = _her_parts(conn, pupil.id)
    group_id = _group_of(conn, parts)
    with clock.frozen(TODAY):
        retention.add_hold(conn, group_id, "legal_claim", date(2027, 11, 1),
                           record_kind="group")
    for refuse, what in ((lambda: group_members.remove_member(conn, parts["group_member"]),
                          "die Gruppenmitgliedschaft"),
                         (lambda: groups.delete_group(conn, group_id), "die Gruppe")):
        with pytest.raises(UserError) as refused:
            refuse()
        assert str(refused.value).startswith("Für diese Gruppe besteht eine Sperre ("), what
        assert f"{what} wird nicht gelöscht" in str(refused.value)
