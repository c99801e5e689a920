"""The long merge run (marked slow; CI runs it): thousands of random two-copy histories, each
checked for idempotence, order-independence without conflicts, no lost row and kept conflicts."""

from __future__ import annotations

import random

import pytest
from merge_sim import OP_KINDS, Clock, apply_op, base_state, fork, snapshot

from leitplanken.storage.merge import MINE, THEIRS, merge, plan_merge

RUNS = 3000
NOW = "2027-01-01T00:00:00.000000+00:00"


def _random_pair(rng: random.Random):
    clock = Clock()
    base = base_state(clock, people=rng.randint(1, 4), use_cases=rng.randint(1, 3))
    a, b = fork(base, clock), fork(base, clock)
    for n in range(rng.randint(0, 30)):
        op = (rng.choice(OP_KINDS), rng.randint(0, 20), rng.randint(0, 20))
        apply_op(a if rng.random() < 0.5 else b, op, n)
    return a.state, b.state


@pytest.mark.slow
def test_thousands_of_random_histories_merge_soundly():
    rng = random.Random(20261125)
    conflicted = 0
    for _ in range(RUNS):
        a, b = _random_pair(rng)
        prefer = rng.choice([MINE, THEIRS])
        plan = plan_merge(a, b, prefer=prefer, now=NOW)
        once = plan.result()
        conflicted += bool(plan.conflicts)
        assert snapshot(merge(once, b, prefer=prefer, now=NOW)) == snapshot(once)
        assert snapshot(merge(once, a, prefer=prefer, now=NOW)) == snapshot(once)
        if not plan.conflicts:
            assert snapshot(once) == snapshot(merge(b, a, now=NOW))
        for side in (a, b):
            for u in side.records:
                assert u in once.records or u in once.tombstones
    assert conflicted > RUNS // 20  # the run did exercise conflicts
