"""Attack family: a decision-log entry rewritten with a database tool in the other copy.

The history row is stamped to match, so the change looks like an ordinary one-sided edit.
Decisions are never changed once written: our entry stays as it is, theirs arrives as a
separate entry (a new UUID), the merge says so, and merging again adds nothing.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid as _uuid
from dataclasses import replace

import pytest
from file_factories import make_file
from merge_sim import other_value

from leitplanken.cli import main
from leitplanken.domain import fields as decl
from leitplanken.domain.model import Decision
from leitplanken.storage import WorkspaceFile
from leitplanken.storage.rows import to_row

STAMP = "2027-03-01T09:00:00.000000+00:00"
FIELDS = [f.name for f in decl.record_type(Decision).fields]


def _decisions(path):
    with WorkspaceFile.open(path, read_only=True) as wf:
        ws = wf.load()
    return {d.uuid: d for uc in ws.use_cases for d in uc.decisions}, ws


def _rewrite(path, decision, name, value):
    """What a database tool does: change the row and stamp a matching history entry."""
    row = to_row(replace(decision, **{name: value}))
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute(f"UPDATE decision SET {name} = ?, modified_at = ?, "
                         "revision = revision + 1 WHERE uuid = ?",
                         [row[name], STAMP, decision.uuid])
            conn.execute("INSERT INTO history (uuid, at, author, table_name, row_uuid, action, "
                         "summary) VALUES (?, ?, 'tool', 'decision', ?, 'update', '')",
                         [str(_uuid.uuid4()), STAMP, decision.uuid])
    finally:
        conn.close()


@pytest.mark.parametrize("name", FIELDS)
def test_a_rewritten_decision_is_never_a_silent_replacement(tmp_path, capsys, name):
    mine = make_file(tmp_path / "mine.leitplanken")
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(mine, theirs)
    decisions, ws = _decisions(mine)
    original = next(d for d in decisions.values() if d.corrects_uuid is not None)
    refs = {"use_case_uuid": [uc.uuid for uc in ws.use_cases],
            "corrects_uuid": [None, *decisions]}.get(name, [])
    value = other_value(decl.field_of(Decision, name), getattr(original, name), refs)
    _rewrite(theirs, original, name, value)

    assert main(["merge", str(mine), str(theirs)]) == 1
    out = capsys.readouterr().out
    assert "1 decision differs between the copies" in out  # the English plural form
    after, _ws = _decisions(mine)
    assert after[original.uuid] == original  # ours untouched, stamps and all
    separate = [d for u, d in after.items() if u not in decisions]
    assert len(separate) == 1 and getattr(separate[0], name) == value
    assert all(getattr(separate[0], n) == getattr(original, n) for n in FIELDS if n != name)
    # merging the same copy again adds nothing
    assert main(["merge", str(mine), str(theirs)]) == 0
    assert len(_decisions(mine)[0]) == len(after)
