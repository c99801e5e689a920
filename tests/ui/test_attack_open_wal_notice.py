"""File → Open of a file whose -wal holds another program's unfitting changes says so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from leitplanken.domain import model as m
from leitplanken.storage import WorkspaceFile


def test_open_tells_why_the_file_is_read_only(window, error_boxes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One message names the -wal and Save as; the workspace opens read-only."""
    path = tmp_path / "tool.leitplanken"
    WorkspaceFile.create(path, m.Workspace(company=m.Company(name="Alt"))).close()
    tool = sqlite3.connect(path, isolation_level=None)
    tool.execute("PRAGMA journal_mode=WAL")
    tool.execute("PRAGMA wal_autocheckpoint=0")
    tool.executescript("UPDATE company SET name = 'Vom Tool'; CREATE INDEX tool_idx ON person(name);")
    copy = tmp_path / "stick" / "tool.leitplanken"
    copy.parent.mkdir()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").write_bytes(Path(f"{path}{suffix}").read_bytes())
    tool.close()
    assert window.files.open_path(copy, ask=False)
    assert window.session.read_only
    assert len(error_boxes) == 1 and "-wal" in error_boxes[0] and "Save as" in error_boxes[0]
    error_boxes.clear()  # the fixture asserts no unexpected box
