"""Two people edit their copies, pass them back and forth and merge at random moments: after
they exchange both ways the copies agree, nothing vanishes without a tombstone, and a merge of
what is already merged changes nothing (hypothesis RuleBasedStateMachine)."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from merge_sim import OP_KINDS, Clock, Copy, apply_op, base_state, fork, snapshot

from leitplanken.storage.merge import MINE, THEIRS, merge, plan_merge

op = st.tuples(st.sampled_from(OP_KINDS), st.integers(0, 20), st.integers(0, 20))


class TwoCopies(RuleBasedStateMachine):
    """Anna's copy and Urs's copy of one workspace file."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = Clock()
        base = base_state(self.clock)
        self.a: Copy = fork(base, self.clock)
        self.b: Copy = fork(base, self.clock)
        self.ever: set[str] = set(base.records)
        self.steps = 0
        self.synced = False

    def _remember(self) -> None:
        self.ever |= set(self.a.state.records) | set(self.b.state.records)

    @rule(o=op)
    def anna_edits(self, o):
        self.steps += 1
        apply_op(self.a, o, self.steps)
        self._remember()
        self.synced = False

    @rule(o=op)
    def urs_edits(self, o):
        self.steps += 1
        apply_op(self.b, o, self.steps)
        self._remember()
        self.synced = False

    @rule(prefer=st.sampled_from([MINE, THEIRS]))
    def anna_merges_urs_copy(self, prefer):
        self.a.state = merge(self.a.state, self.b.state, prefer=prefer, now=self.clock.stamp())
        self.synced = False

    @rule(prefer=st.sampled_from([MINE, THEIRS]))
    def urs_merges_anna_copy(self, prefer):
        self.b.state = merge(self.b.state, self.a.state, prefer=prefer, now=self.clock.stamp())
        self.synced = False

    @rule()
    def exchange_both_ways(self):
        self.a.state = merge(self.a.state, self.b.state, now=self.clock.stamp())
        self.b.state = merge(self.b.state, self.a.state, now=self.clock.stamp())
        self.synced = True

    @precondition(lambda self: self.synced)
    @invariant()
    def after_an_exchange_both_copies_agree(self):
        a, b = snapshot(self.a.state), snapshot(self.b.state)
        assert a[0] == b[0]
        assert set(a[1]) == set(b[1])
        assert not plan_merge(self.a.state, self.b.state).conflicts

    @invariant()
    def nothing_vanishes_without_a_tombstone(self):
        for c in (self.a.state, self.b.state):
            assert not set(c.records) & set(c.tombstones)
        for u in self.ever:
            found = [u in c.records or u in c.tombstones for c in (self.a.state, self.b.state)]
            assert any(found)

    @invariant()
    def merging_again_changes_nothing(self):
        once = merge(self.a.state, self.b.state, now="2030-01-01T00:00:00+00:00")
        again = merge(once, self.b.state, now="2030-01-01T00:00:00+00:00")
        assert snapshot(again) == snapshot(once)


TwoCopies.TestCase.settings = settings(max_examples=120, stateful_step_count=30, deadline=None)
test_two_copies = TwoCopies.TestCase
