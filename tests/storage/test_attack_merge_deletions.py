"""Attack family: a deletion on one side against an edit on the other, in both directions.

Whatever the order, the edit is never lost silently: either the record survives with it (an
edit after the deletion), or the deletion wins and the edited version is kept whole in the
history of the result, and the merge says so.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace

import pytest
from file_factories import make_file

from leitplanken.cli import main
from leitplanken.storage import WorkspaceFile
from leitplanken.storage.merge_state import flatten

EDIT = "Bearbeitet, während die andere Seite löschte"


def _records(path):
    with WorkspaceFile.open(path, read_only=True) as wf:
        return flatten(wf.load())


def _edit(path, uuid, field):
    with WorkspaceFile.open(path) as wf:
        rec = flatten(wf.load())[uuid]
        wf.put(replace(rec, **{field: EDIT}))
        wf.save()


def _delete_use_case(path, uuid):
    with WorkspaceFile.open(path) as wf:
        wf.delete(wf.load().use_case(uuid))
        wf.save()


def _kept(path, uuid):
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT summary FROM history WHERE action = 'merge_kept' AND "
                            "row_uuid = ?", [uuid]).fetchall()
    finally:
        conn.close()
    return [json.loads(r[0]) for r in rows]


# (who edits, what is edited, who deletes the use case, which happens first)
CASES = [
    (editor, target, first)
    for editor in ("mine", "theirs")
    for target in ("use case", "checklist item")
    for first in ("edit", "delete")
]


@pytest.mark.parametrize(("editor", "target", "first"), CASES)
def test_an_edit_meets_a_deletion_and_is_not_lost(tmp_path, capsys, editor, target, first):
    mine = make_file(tmp_path / "mine.leitplanken")
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(mine, theirs)
    recs = _records(mine)
    uc = next(r for r in recs.values() if type(r).__name__ == "UseCase")
    item = next(r for r in recs.values() if type(r).__name__ == "ChecklistItem"
                and r.use_case_uuid == uc.uuid)
    edited, field = (uc.uuid, "title") if target == "use case" else (item.uuid, "note")
    editing, deleting = (mine, theirs) if editor == "mine" else (theirs, mine)
    steps = [lambda: _edit(editing, edited, field), lambda: _delete_use_case(deleting, uc.uuid)]
    for step in steps if first == "edit" else reversed(steps):
        step()
    code = main(["merge", str(mine), str(theirs)])
    out = capsys.readouterr().out
    merged = _records(mine).get(edited)
    if merged is not None:
        assert getattr(merged, field) == EDIT  # the later edit beat the deletion
        assert code in (0, 1)
    else:
        kept = _kept(mine, edited)
        assert [k[field] for k in kept] == [EDIT], "the deleted edit is kept whole"
        assert code == 1 and "kept whole in the history" in out
    assert (merged is not None) == (first == "delete")


def test_a_deletion_that_saw_the_version_keeps_nothing_extra(tmp_path, capsys):
    mine = make_file(tmp_path / "mine.leitplanken")
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(mine, theirs)
    uc = next(r for r in _records(mine).values() if type(r).__name__ == "UseCase")
    _delete_use_case(theirs, uc.uuid)
    assert main(["merge", str(mine), str(theirs)]) == 0
    assert uc.uuid not in _records(mine) and _kept(mine, uc.uuid) == []
    assert "No conflicts." in capsys.readouterr().out
