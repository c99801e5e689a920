"""Random byte flips in a real file: a specific FileError each, never any other exception."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from file_factories import make_file

from leitplanken.storage import FileError, WorkspaceFile
from leitplanken.storage.locations import working_dir

#: The codes a damaged file may legitimately produce on opening.
OPEN_CODES = {"not_sqlite", "foreign", "too_new", "damaged", "hostile_schema", "unexpected_schema"}


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Flips one to three bytes, half of the time inside the header and schema page."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        limit = 4096 if rng.random() < 0.5 else len(out)
        at = rng.randrange(limit)
        out[at] ^= rng.randint(1, 255)
    return bytes(out)


def try_mutant(path: Path) -> str:
    """Opens, loads and edits a mutant; returns the FileError code or "opened"."""
    try:
        with WorkspaceFile.open(path) as wf:
            ws = wf.load()
            ws.company.name = "after the flip"
            wf.put(ws.company)
    except FileError as err:
        assert err.code in OPEN_CODES | {"disk_full", "io"}, err
        return err.code
    return "opened"


def run_fuzz(tmp_path: Path, count: int, seed: int) -> Counter:
    """Runs `count` mutants of one rich workspace file and tallies the outcomes."""
    original = make_file(tmp_path / "original.leitplanken").read_bytes()
    rng = random.Random(seed)
    outcomes: Counter = Counter()
    mutant = tmp_path / "mutant.leitplanken"
    for n in range(count):
        mutant.write_bytes(mutate(original, rng))
        try:
            outcomes[try_mutant(mutant)] += 1
        except Exception as exc:  # pragma: no cover - the failure report
            pytest.fail(f"mutant {n} (seed {seed}) raised {type(exc).__name__}: {exc}")
    assert not any(working_dir().iterdir()), "a working copy was left behind"
    return outcomes


def test_byte_flips_fast(tmp_path: Path):
    outcomes = run_fuzz(tmp_path, 120, seed=20261125)
    assert sum(outcomes.values()) == 120
    assert outcomes["damaged"] > 0  # the fuzzer does reach the damaged paths


@pytest.mark.slow
def test_byte_flips_thousand(tmp_path: Path):
    outcomes = run_fuzz(tmp_path, 1200, seed=1757)
    assert sum(outcomes.values()) == 1200
    assert len(outcomes) >= 3, outcomes
