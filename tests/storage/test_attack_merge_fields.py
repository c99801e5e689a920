"""Attack family: two people change different fields of one record; both changes survive.

The common ancestor comes from the full versions a sent copy carries (merge_apply.py); with it
merge works field by field. Every declared field kind of every record type is tried (from
domain/fields.py), on either side; a real conflict names only the field both changed; without
an ancestor every differing field is a conflict (nothing is decided silently).
"""

from __future__ import annotations

import copy
import json
import sqlite3
from dataclasses import replace

import pytest
from file_factories import make_file, rich_workspace
from merge_sim import other_value

from leitplanken.domain import fields as decl
from leitplanken.domain.model import Decision
from leitplanken.storage import WorkspaceFile
from leitplanken.storage.merge import MINE, THEIRS, plan_merge
from leitplanken.storage.merge_apply import prepare
from leitplanken.storage.merge_state import MergeState, flatten, kind_of
from leitplanken.storage.send_copy import send_copy

S0, S1, S2 = ("2026-01-01T00:00:00.000000+00:00", "2026-01-02T00:00:00.000000+00:00",
              "2026-01-03T00:00:00.000000+00:00")
NOW = "2026-01-04T00:00:00.000000+00:00"


def _eligible(rt: decl.RecordType) -> list[decl.Field]:
    """Fields a person edits (a record's required references are its identity, not data)."""
    required = decl.references(rt.cls, True)
    return [f for f in rt.fields if f.name not in required]


def _cases() -> list[tuple[str, str, str]]:
    """(record kind, field, partner field) for every editable field with a partner."""
    out = []
    for rt in decl.RECORD_TYPES:
        if rt.cls is Decision:
            continue  # immutable: test_attack_merge_decisions.py
        names = [f.name for f in _eligible(rt)]
        for name in names:
            partner = next((n for n in names if n != name), None)
            if partner is not None:
                out.append((rt.cls.__name__, name, partner))
    return out


CASES = _cases()
CLASS_OF_KIND = {rt.cls.__name__: rt.cls for rt in decl.RECORD_TYPES}


def _world():
    """Every record of the rich workspace at one common version S0."""
    ws = rich_workspace()
    recs = flatten(ws)
    for r in recs.values():
        r.modified_at, r.revision = S0, 1
    refs = [p.uuid for p in ws.people]
    return recs, refs


def _record_of(recs, kind):
    return next(r for r in recs.values() if kind_of(r) == kind)


def _field(rec, name):
    return decl.field_of(type(rec), name)


def _fork(recs, uuid, mine_changes, theirs_changes, *, base=True):
    """Two copies of one ancestor; each side changed some fields of one record."""
    states = []
    for changes, stamp in ((mine_changes, S1), (theirs_changes, S2)):
        mine = {u: copy.deepcopy(r) for u, r in recs.items()}
        seen = {u: frozenset({S0}) for u in recs}
        if changes:
            mine[uuid] = replace(mine[uuid], modified_at=stamp, revision=2, **changes)
            seen[uuid] = frozenset({S0, stamp})
        states.append(MergeState(mine, {}, seen))
    if base:  # the copy that was sent carries the ancestor in full
        states[1].versions = {uuid: {S0: recs[uuid]}}
    return states


@pytest.mark.parametrize("side", [MINE, THEIRS])
@pytest.mark.parametrize(("kind", "name", "partner"), CASES)
def test_different_fields_of_one_record_both_come_over(kind, name, partner, side):
    recs, refs = _world()
    rec = _record_of(recs, kind)
    ours = {partner: other_value(_field(rec, partner), getattr(rec, partner), refs)}
    theirs = {name: other_value(_field(rec, name), getattr(rec, name), refs)}
    if side == THEIRS:
        ours, theirs = theirs, ours
    mine_state, their_state = _fork(recs, rec.uuid, ours, theirs)
    plan = plan_merge(mine_state, their_state, now=NOW)
    assert plan.conflicts == []
    merged = plan.result().records[rec.uuid]
    for changes in (ours, theirs):
        for field_name, value in changes.items():
            assert getattr(merged, field_name) == value
    assert merged.revision > 2
    # the other direction gives the same content, and merging again changes nothing
    back = plan_merge(their_state, mine_state, now=NOW).result().records[rec.uuid]
    assert all(getattr(back, n) == getattr(merged, n) for n in (name, partner))
    again = plan_merge(plan.result(), their_state, now="2026-02-01T00:00:00+00:00")
    assert again.conflicts == [] and again.result().records[rec.uuid] == merged


def test_every_declared_field_kind_is_covered():
    covered = {decl.field_of(CLASS_OF_KIND[k], n).kind for k, n, _ in CASES}
    assert covered == set(decl.Kind)


@pytest.mark.parametrize(("kind", "name", "partner"), CASES)
def test_a_real_conflict_names_only_the_field_changed_on_both_sides(kind, name, partner):
    recs, refs = _world()
    rec = _record_of(recs, kind)
    f = _field(rec, name)
    first = other_value(f, getattr(rec, name), refs)
    second = other_value(f, first, [r for r in refs if r != first] + [getattr(rec, name)])
    if second in (first, getattr(rec, name)):
        pytest.skip("a field with two values cannot be changed differently on both sides")
    also = other_value(_field(rec, partner), getattr(rec, partner), refs)
    mine_state, their_state = _fork(recs, rec.uuid, {name: first},
                                    {name: second, partner: also})
    plan = plan_merge(mine_state, their_state, now=NOW)
    [conflict] = plan.conflicts
    assert conflict.fields == (name,) and conflict.auto == (partner,)
    merged = plan.result().records[rec.uuid]
    assert getattr(merged, name) == first and getattr(merged, partner) == also
    assert conflict.kept(NOW) == [their_state.records[rec.uuid]]  # theirs kept whole
    conflict.pick(THEIRS)
    merged = plan.result().records[rec.uuid]
    assert getattr(merged, name) == second and getattr(merged, partner) == also


def test_without_an_ancestor_every_differing_field_is_a_conflict():
    recs, _refs = _world()
    rec = _record_of(recs, "UseCase")
    mine_state, their_state = _fork(recs, rec.uuid, {"title": "Neu"}, {"problem": "Neu"},
                                    base=False)
    [conflict] = plan_merge(mine_state, their_state, now=NOW).conflicts
    assert set(conflict.fields) == {"title", "problem"} and conflict.auto == ()


# -- with real files: send copy, both edit, merge back ---------------------------------


def _kind_cases() -> list[tuple[str, str, str]]:
    """One case per field kind (the file-level runs cost a second each)."""
    by_kind: dict[decl.Kind, tuple[str, str, str]] = {}
    for kind, name, partner in CASES:
        by_kind.setdefault(decl.field_of(CLASS_OF_KIND[kind], name).kind, (kind, name, partner))
    return list(by_kind.values())


def _edit(path, uuid, changes):
    with WorkspaceFile.open(path) as wf:
        rec = flatten(wf.load())[uuid]
        wf.put(replace(rec, **changes))
        wf.save()


@pytest.mark.parametrize(("kind", "name", "partner"), _kind_cases())
def test_files_merge_fields_changed_on_either_side(tmp_path, kind, name, partner):
    mine = make_file(tmp_path / "mine.leitplanken")
    theirs = tmp_path / "sent.leitplanken"
    with WorkspaceFile.open(mine, read_only=True) as wf:
        send_copy(wf, theirs)
        recs = flatten(wf.load())
        refs = [p.uuid for p in wf.load().people]
    rec = _record_of(recs, kind)
    ours = {partner: other_value(_field(rec, partner), getattr(rec, partner), refs)}
    their = {name: other_value(_field(rec, name), getattr(rec, name), refs)}
    if decl.field_of(type(rec), name).kind is decl.Kind.TEXT:
        their = {name: "Ein langer Text. " * 800}  # 13,600 characters, not cut anywhere
    _edit(mine, rec.uuid, ours)
    _edit(theirs, rec.uuid, their)
    with WorkspaceFile.open(mine) as wf:
        session = prepare(wf, theirs)
        assert session.conflicts == []
        session.apply()
        wf.save()
    with WorkspaceFile.open(mine, read_only=True) as wf:
        merged = flatten(wf.load())[rec.uuid]
        history = wf.history(10_000)
    for changes in (ours, their):
        for field_name, value in changes.items():
            assert getattr(merged, field_name) == value
    assert not any(h.action == "version" for h in history)  # the list shows changes only


def _conflicting_files(tmp_path, mine_text, their_text):
    mine = make_file(tmp_path / "mine.leitplanken")
    theirs = tmp_path / "sent.leitplanken"
    with WorkspaceFile.open(mine, read_only=True) as wf:
        send_copy(wf, theirs)
        uc = wf.load().use_cases[0]
    _edit(mine, uc.uuid, {"problem": mine_text, "title": "Mein Titel"})
    _edit(theirs, uc.uuid, {"problem": their_text})
    return mine, theirs, uc.uuid


def _kept(path, uuid):
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT summary FROM history WHERE action = 'merge_kept' AND "
                            "row_uuid = ?", [uuid]).fetchall()
    finally:
        conn.close()
    return [json.loads(r[0]) for r in rows]


@pytest.mark.parametrize("length", [5_739, 10_000, 20_000])
@pytest.mark.parametrize("prefer", [MINE, THEIRS])
def test_a_conflict_keeps_the_other_version_whole(tmp_path, capsys, length, prefer):
    from leitplanken.cli import main

    mine_text = ("Meine Sicht: " + "m" * length)[:length]
    their_text = ("Ihre Sicht, mit Umlauten äöü und 😀: " + "t" * length)[:length]
    mine, theirs, uuid = _conflicting_files(tmp_path, mine_text, their_text)
    assert main(["merge", str(mine), str(theirs), "--prefer", prefer]) == 1
    out = capsys.readouterr().out
    assert "[problem]" in out and "kept whole in the history" in out
    with WorkspaceFile.open(mine, read_only=True) as wf:
        merged = wf.load().use_case(uuid)
    taken, other = (mine_text, their_text) if prefer == MINE else (their_text, mine_text)
    assert merged.problem == taken
    assert merged.title == "Mein Titel"  # changed on one side only: never a conflict
    assert [k["problem"] for k in _kept(mine, uuid)] == [other]
