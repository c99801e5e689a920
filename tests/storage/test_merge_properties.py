"""RELIABILITY kind 16: merge is idempotent, order-independent without conflicts, loses no row,
keeps conflicts and respects tombstones — for any sequence of edits on two copies."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_sim import OP_KINDS, Clock, apply_op, base_state, fork, snapshot

from leitplanken.domain.model import Decision
from leitplanken.storage.merge import MINE, THEIRS, merge, plan_merge
from leitplanken.storage.merge_refs import OPTIONAL_REFS, REQUIRED_REFS
from leitplanken.storage.merge_state import content

ops = st.lists(
    st.tuples(st.sampled_from(OP_KINDS), st.integers(0, 20), st.integers(0, 20)), max_size=12
)
NOW = "2027-01-01T00:00:00.000000+00:00"
SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def two_copies(ops_a, ops_b, interleave):
    """Forks a base state and edits both copies, interleaving their edits on one clock."""
    clock = Clock()
    base = base_state(clock)
    a, b = fork(base, clock), fork(base, clock)
    ia = ib = 0
    for n, turn in enumerate(interleave + [True] * len(ops_a) + [False] * len(ops_b)):
        if turn and ia < len(ops_a):
            apply_op(a, ops_a[ia], n)
            ia += 1
        elif not turn and ib < len(ops_b):
            apply_op(b, ops_b[ib], n)
            ib += 1
    return base, a.state, b.state


interleaving = st.lists(st.booleans(), max_size=24)


@SETTINGS
@given(ops, interleaving)
def test_merging_a_copy_with_itself_changes_nothing(ops_a, inter):
    _, a, _ = two_copies(ops_a, [], inter)
    assert snapshot(merge(a, a, now=NOW)) == snapshot(a)


@SETTINGS
@given(ops, ops, interleaving, st.sampled_from([MINE, THEIRS]))
def test_merging_the_same_copy_twice_changes_nothing_more(ops_a, ops_b, inter, prefer):
    _, a, b = two_copies(ops_a, ops_b, inter)
    once = merge(a, b, prefer=prefer, now=NOW)
    assert snapshot(merge(once, b, prefer=prefer, now=NOW)) == snapshot(once)
    assert snapshot(merge(once, a, prefer=prefer, now=NOW)) == snapshot(once)


@SETTINGS
@given(ops, ops, interleaving)
def test_without_conflicts_the_order_does_not_matter(ops_a, ops_b, inter):
    _, a, b = two_copies(ops_a, ops_b, inter)
    plan = plan_merge(a, b, now=NOW)
    if plan.conflicts:
        assert plan_merge(b, a, now=NOW).conflicts
        return
    assert snapshot(plan.result()) == snapshot(merge(b, a, now=NOW))


@SETTINGS
@given(ops, ops, interleaving, st.sampled_from([MINE, THEIRS]))
def test_no_row_is_lost_and_every_version_is_kept_in_history(ops_a, ops_b, inter, prefer):
    _, a, b = two_copies(ops_a, ops_b, inter)
    result = merge(a, b, prefer=prefer, now=NOW)
    for side in (a, b):
        for u, rec in side.records.items():
            assert u in result.records or u in result.tombstones
            assert rec.modified_at in result.seen[u]
        for u in side.tombstones:
            assert u in result.records or u in result.tombstones
    assert not set(result.records) & set(result.tombstones)


@SETTINGS
@given(ops, ops, interleaving)
def test_one_sided_changes_are_taken(ops_a, ops_b, inter):
    base, a, b = two_copies(ops_a, ops_b, inter)
    result = merge(a, b, now=NOW)
    for u, rec_b in b.records.items():
        rec_a, rec_base = a.records.get(u), base.records.get(u)
        if rec_a is not None and rec_base is not None and rec_a.modified_at == rec_base.modified_at:
            assert u in result.records
            kept = result.records[u]
            cleared = {n for n in OPTIONAL_REFS.get(type(kept).__name__, ())
                       if getattr(rec_b, n) in result.tombstones}
            assert all(getattr(kept, n) is None for n in cleared)
            expected = replace(rec_b, **{n: None for n in cleared})
            assert content(kept) == content(expected)


@SETTINGS
@given(ops, ops, interleaving)
def test_tombstones_win_unless_the_record_changed_later(ops_a, ops_b, inter):
    base, a, b = two_copies(ops_a, ops_b, inter)
    result = merge(a, b, now=NOW)
    for u, stone in b.tombstones.items():
        rec_a = a.records.get(u)
        if rec_a is None or u in base.tombstones:
            continue
        if rec_a.modified_at < stone.deleted_at and u not in result.records:
            continue
        if rec_a.modified_at > stone.deleted_at:
            # a later change beats the deletion, unless something it needs was deleted later still
            needs = [getattr(rec_a, r) for r in REQUIRED_REFS.get(type(rec_a).__name__, ())]
            later_loss = [result.tombstones[x] for x in needs if x in result.tombstones]
            assert u in result.records or any(t.deleted_at >= rec_a.modified_at for t in later_loss)
        elif u in result.records:
            # only brought back because something changed after the deletion still needs it
            assert u in plan_merge(a, b, now=NOW).resurrected


@SETTINGS
@given(ops, ops, interleaving, st.sampled_from([MINE, THEIRS]))
def test_conflicts_are_listed_and_resolved_as_preferred(ops_a, ops_b, inter, prefer):
    _, a, b = two_copies(ops_a, ops_b, inter)
    plan = plan_merge(a, b, prefer=prefer, now=NOW)
    result = plan.result()
    for c in plan.conflicts:
        chosen = c.mine if prefer == MINE else c.theirs
        other = c.theirs if prefer == MINE else c.mine
        kept = result.records[chosen.uuid]
        cleared = [n for n in OPTIONAL_REFS.get(c.kind, ()) if getattr(chosen, n) in result.tombstones]
        if cleared:  # an owner deleted meanwhile is unset rather than left dangling
            assert all(getattr(kept, n) is None for n in cleared)
            assert kept.revision > chosen.revision
        else:
            assert kept is chosen
        assert other.modified_at in result.seen[other.uuid]
        if c.duplicate:
            assert other.uuid in result.tombstones


@SETTINGS
@given(ops, ops, interleaving)
def test_decision_logs_are_united_never_changed(ops_a, ops_b, inter):
    _, a, b = two_copies(ops_a, ops_b, inter)
    result = merge(a, b, now=NOW)
    for side in (a, b):
        for u, rec in side.records.items():
            if isinstance(rec, Decision) and u in result.records:
                assert content(result.records[u]) == content(rec)
    decisions = {u for side in (a, b) for u, r in side.records.items() if isinstance(r, Decision)}
    kept = {u for u in decisions if u in result.records}
    for u in decisions - kept:
        uc = (a.records.get(u) or b.records.get(u)).use_case_uuid
        assert uc not in result.records  # only gone together with its use case


@settings(max_examples=150, deadline=None)
@given(ops, ops, interleaving, st.data())
def test_picking_fields_by_hand_is_stable_too(ops_a, ops_b, inter, data):
    _, a, b = two_copies(ops_a, ops_b, inter)
    plan = plan_merge(a, b, now=NOW)
    for c in plan.conflicts:
        if c.whole:
            c.pick(data.draw(st.sampled_from([MINE, THEIRS])))
        else:
            for name in c.fields:
                c.pick(data.draw(st.sampled_from([MINE, THEIRS])), name)
    once = plan.result()
    assert snapshot(merge(once, b, now=NOW)) == snapshot(once)
    assert snapshot(merge(once, a, now=NOW)) == snapshot(once)
    assert snapshot(merge(b, once, now=NOW))[0] == snapshot(once)[0]
