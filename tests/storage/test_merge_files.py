"""Merging real workspace files: a colleague's copy comes back changed and is merged in."""

from __future__ import annotations

import shutil

import pytest
from file_factories import rich_workspace

from leitplanken.domain import model as m
from leitplanken.storage import FileError, WorkspaceFile
from leitplanken.storage.merge import THEIRS
from leitplanken.storage.merge_apply import prepare


@pytest.fixture
def two_copies(tmp_path):
    """The demo saved once, then copied to a colleague (as on a stick)."""
    mine = tmp_path / "mine.leitplanken"
    wf = WorkspaceFile.create(mine, rich_workspace())
    wf.close()
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(mine, theirs)
    return mine, theirs


def _edit(path, change):
    """Opens a file, lets `change(wf, ws)` edit it through the storage API, saves, closes."""
    wf = WorkspaceFile.open(path)
    try:
        change(wf, wf.load())
        wf.save()
    finally:
        wf.close()


def _load(path):
    wf = WorkspaceFile.open(path, read_only=True)
    try:
        return wf.load(), wf.history(10_000)
    finally:
        wf.close()


def test_one_sided_changes_come_over_and_both_sided_changes_are_conflicts(two_copies):
    mine, theirs = two_copies
    ws = _load(mine)[0]
    first, second = ws.use_cases[0], ws.use_cases[1]

    def my_edit(wf, ws):
        uc = ws.use_case(first.uuid)
        uc.title = "Mine: faster answers"
        wf.put(uc)

    def their_edit(wf, ws):
        uc = ws.use_case(first.uuid)
        uc.title = "Theirs: answers within two hours"
        wf.put(uc)
        other = ws.use_case(second.uuid)
        other.problem = "Offers take three days to write"
        wf.put(other)
        wf.add_decision(m.Decision(use_case_uuid=other.uuid, rationale="Try it for a month",
                                   kind=m.DecisionKind.START_PILOT), other)
        person = m.Person(name="Łukasz Nowak", function="Adviser", internal=False)
        wf.put(person)

    _edit(mine, my_edit)
    _edit(theirs, their_edit)

    wf = WorkspaceFile.open(mine)
    try:
        session = prepare(wf, theirs)
        assert [(c.kind, c.fields) for c in session.conflicts] == [("UseCase", ("title",))]
        counts = session.apply()
        assert counts["conflicts"] == 1 and counts["added"] >= 2
        wf.save()
        again = prepare(wf, theirs)
        assert again.conflicts == []
        assert again.changes() == {"added": 0, "changed": 0, "deleted": 0, "conflicts": 0}
    finally:
        wf.close()

    merged, history = _load(mine)
    assert merged.use_case(first.uuid).title == "Mine: faster answers"
    assert merged.use_case(second.uuid).problem == "Offers take three days to write"
    assert any(d.rationale == "Try it for a month" for d in merged.use_case(second.uuid).decisions)
    assert any(p.name == "Łukasz Nowak" for p in merged.people)
    kept = [h for h in history if h.action == "merge_kept"]
    assert len(kept) == 1 and "Theirs: answers within two hours" in kept[0].summary

    # The colleague merges our result back: the copies agree and nothing is in conflict.
    wf = WorkspaceFile.open(theirs)
    try:
        session = prepare(wf, mine)
        assert session.conflicts == []
        session.apply()
        wf.save()
    finally:
        wf.close()
    assert _load(theirs)[0] == merged


def test_picking_theirs_and_deletion_against_later_change(two_copies):
    mine, theirs = two_copies
    ws = _load(mine)[0]
    doomed, changed_later = ws.use_cases[0], ws.use_cases[1]

    _edit(mine, lambda wf, ws: wf.delete(ws.use_case(doomed.uuid)))
    _edit(mine, lambda wf, ws: wf.delete(ws.use_case(changed_later.uuid)))

    def their_edit(wf, ws):
        uc = ws.use_case(changed_later.uuid)
        uc.boundary = "A person checks every answer before it leaves"
        wf.put(uc)

    _edit(theirs, their_edit)  # after our deletion: the change wins
    wf = WorkspaceFile.open(mine)
    try:
        session = prepare(wf, theirs, prefer=THEIRS)
        session.apply()
        wf.save()
    finally:
        wf.close()
    merged = _load(mine)[0]
    assert merged.use_case(doomed.uuid) is None  # deleted, not changed on the other side
    back = merged.use_case(changed_later.uuid)
    assert back is not None and back.boundary.startswith("A person checks")
    assert len(back.activities) == len(changed_later.activities)  # with its children


def test_merging_a_file_with_itself_or_a_bad_file_is_refused(two_copies, tmp_path):
    mine, _ = two_copies
    junk = tmp_path / "junk.leitplanken"
    junk.write_bytes(b"PK\x03\x04 not a workspace")
    wf = WorkspaceFile.open(mine)
    try:
        with pytest.raises(FileError) as same:
            prepare(wf, mine)
        assert same.value.code == "same_file"
        with pytest.raises(FileError) as bad:
            prepare(wf, junk)
        assert bad.value.code == "not_sqlite"
        assert not wf.modified
    finally:
        wf.close()
