"""A file whose indexes disagree with its tables is refused before anything edits it.

quick_check does not compare indexes with their tables; an index missing a row lets the next
edit insert a second row with the same UUID. Opening therefore runs the full integrity_check:
each damage below is refused as "damaged" (the .bak offered), also for the read-only `check`.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from file_factories import (
    index_root,
    insert_behind_index,
    make_file,
    rich_workspace,
    swap_roots,
)

from leitplanken.i18n.file_errors import file_error_text
from leitplanken.i18n.translator import require_translator
from leitplanken.storage import FileError, WorkspaceFile


def _overwrite_cells(path: Path, table_or_index: str) -> Path:
    """Writes bytes over the cell content at the end of an index's root page."""
    root = index_root(path, table_or_index)
    page_size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    end = root * page_size
    data[end - 64:end] = b"\x07" * 64
    path.write_bytes(bytes(data))
    return path


def _damage(path: Path, kind: str) -> Path:
    """One kind of index damage, made behind the app's back."""
    ws = rich_workspace()
    make_file(path, ws)
    if kind == "duplicate person uuid":
        return insert_behind_index(path, "person", ws.people[1].uuid, "name", "twin")
    if kind == "duplicate use case uuid":
        return insert_behind_index(path, "use_case", ws.use_cases[0].uuid, "title", "twin")
    if kind == "index roots swapped":
        return swap_roots(path, "board_member_person", "raci_activity_use_case")
    if kind == "index cells overwritten":
        return _overwrite_cells(path, "sqlite_autoindex_use_case_1")
    raise AssertionError(kind)


KINDS = ["duplicate person uuid", "duplicate use case uuid", "index roots swapped",
         "index cells overwritten"]


@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "check"])
@pytest.mark.parametrize("kind", KINDS)
def test_damaged_indexes_are_refused_before_editing(tmp_path: Path, kind: str, read_only: bool):
    """Refused with "damaged" and the .bak named; the file itself is left as it was."""
    path = _damage(tmp_path / "w.leitplanken", kind)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(FileError) as info:
        WorkspaceFile.open(path, read_only=read_only).close()
    assert info.value.code == "damaged"
    assert ".bak" in file_error_text(info.value, require_translator("en"))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("kind", ["duplicate person uuid", "index roots swapped"])
def test_the_damage_is_one_quick_check_misses(tmp_path: Path, kind: str):
    """Why the full check is needed: these files pass quick_check, only integrity_check sees them."""
    path = _damage(tmp_path / "w.leitplanken", kind)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    finally:
        conn.close()


def test_an_intact_file_still_opens_and_edits_keep_one_row_per_uuid(tmp_path: Path):
    """The contrast: the undamaged file opens, and an edit updates the row instead of adding one."""
    path = make_file(tmp_path / "w.leitplanken")
    with WorkspaceFile.open(path) as wf:
        ws = wf.load()
        ws.people[1].name = "renamed"
        wf.put(ws.people[1])
        wf.save()
    with WorkspaceFile.open(path) as wf:
        people = wf.load().people
    assert [p.name for p in people].count("renamed") == 1
    assert len({p.uuid for p in people}) == len(people) == 2
