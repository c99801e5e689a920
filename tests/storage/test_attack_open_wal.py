"""A file that arrives with SQLite side files (-wal, -shm) from another tool or a synced folder.

Every combination is opened, edited, saved and opened again: nothing is lost, nothing is
called damaged, no side file is left beside the saved file to be replayed over it, and the
.bak opens with exactly the content the user saw before the save.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from file_factories import make_file, wal_state

from leitplanken.domain import model as m
from leitplanken.storage import FileError, WorkspaceFile
from leitplanken.storage.saving import backup_file

SIDES = ("-wal", "-shm")


def _other_wal(folder: Path, kind: str) -> bytes:
    """The -wal of a different database (a foreign one, or another Leitplanken workspace)."""
    other = folder / f"other-{kind}.db"
    if kind == "workspace":
        make_file(other)
        sql = "UPDATE company SET name = 'other workspace'; UPDATE person SET name = 'x';"
    else:
        sqlite3.connect(other).executescript("CREATE TABLE notes(t TEXT); INSERT INTO notes VALUES ('a');")
        sql = "INSERT INTO notes SELECT hex(randomblob(300)) FROM notes, notes, notes, notes;"
    return wal_state(other, sql, folder)["wal"]


def _scenario(folder: Path, name: str) -> tuple[Path, str | None]:
    """Builds the file with its side files for one scenario; returns it and the name to see.

    None as the expected name: the outcome is SQLite's (a stale WAL over a newer file); the
    test then only demands that what was shown survives.
    """
    base = make_file(folder / "source.leitplanken")
    live = wal_state(base, "UPDATE company SET name = 'from the wal';", folder)
    target = folder / "w.leitplanken"
    target.write_bytes(live["db"])
    expected: str | None = _company_name_of_main(target)
    sides: dict[str, bytes] = {}
    if name == "wal only":
        sides, expected = {"-wal": live["wal"]}, "from the wal"
    elif name == "shm only":
        sides = {"-shm": live["shm"]}
    elif name == "both":
        sides, expected = {"-wal": live["wal"], "-shm": live["shm"]}, "from the wal"
    elif name == "empty wal":
        sides = {"-wal": b""}
    elif name == "stale wal":  # the checkpointed, newer file got the WAL of an older state
        sqlite3.connect(base, isolation_level=None).executescript(
            "PRAGMA journal_mode=DELETE; UPDATE company SET name = 'newer';"
            "UPDATE use_case SET title = title || ' newer';")
        target.write_bytes(base.read_bytes())
        sides, expected = {"-wal": live["wal"], "-shm": live["shm"]}, None
    elif name.startswith("wal of "):
        sides = {"-wal": _other_wal(folder, name.removeprefix("wal of "))}
        expected = None if "workspace" in name else expected
    for suffix, data in sides.items():
        Path(f"{target}{suffix}").write_bytes(data)
    return target, expected


def _company_name_of_main(path: Path) -> str:
    """The company name in the main file alone (a copy without side files, read by SQLite)."""
    copy = path.with_name("main-only.db")
    copy.write_bytes(path.read_bytes())
    conn = sqlite3.connect(copy)
    try:
        return str(conn.execute("SELECT name FROM company").fetchone()[0])
    finally:
        conn.close()
        copy.unlink()


def _without_company(ws: m.Workspace) -> tuple:
    """Everything the user sees except the company record the test edits."""
    return (ws.people, ws.board, ws.systems, ws.use_cases)


def _roundtrip(target: Path, expected: str | None, edit: str) -> bool:
    """Open, check what is shown, edit, save, reopen; the .bak shows what was there before.

    False when a -wal beside it did not fit: then the file opened read-only and nothing beside
    it was touched (another program's work stays until the user decides).
    """
    sides = {s: Path(f"{target}{s}").read_bytes() for s in SIDES if Path(f"{target}{s}").is_file()}
    with WorkspaceFile.open(target) as wf:
        if wf.wal_set_aside:
            assert wf.read_only
            wf.load()
            untouched = {s: Path(f"{target}{s}").read_bytes() for s in sides}
            assert untouched == sides
            return False
        shown = wf.load()
        if expected is not None:
            assert shown.company.name == expected
        shown.company.name = edit
        wf.put(shown.company)
        wf.save()
    for suffix in SIDES:
        assert not Path(f"{target}{suffix}").exists(), f"{suffix} left beside the saved file"
    with WorkspaceFile.open(target) as wf:
        again = wf.load()
    assert again.company.name == edit
    assert _without_company(again) == _without_company(shown)
    with WorkspaceFile.open(backup_file(target), read_only=True) as wf:
        before = wf.load()
    assert before.company.name != edit
    if expected is not None:
        assert before.company.name == expected
    assert _without_company(before) == _without_company(shown)
    return True


SCENARIOS = ["none", "wal only", "shm only", "both", "empty wal", "stale wal"]
#: A -wal that does not fit the file: its content is another program's, kept until it is closed.
UNFITTING = ["wal of foreign", "wal of workspace"]


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_side_files_neither_lose_nor_damage_anything(tmp_path: Path, scenario: str):
    """Open → edit → save → reopen twice: the first save must clear the side files for good."""
    target, expected = _scenario(tmp_path, scenario)
    assert _roundtrip(target, expected, "edited once")
    assert _roundtrip(target, "edited once", "edited twice")
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


@pytest.mark.parametrize("scenario", ["wal only", "both"])
def test_the_original_and_its_wal_stay_untouched_by_opening(tmp_path: Path, scenario: str):
    """Opening reads the WAL's content without writing beside the original (read-only media)."""
    target, _expected = _scenario(tmp_path, scenario)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("w.")}
    with WorkspaceFile.open(target, read_only=True) as wf:
        assert wf.load().company.name == "from the wal"
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("w.")}
    assert after == before


@pytest.mark.parametrize("scenario", UNFITTING)
def test_a_wal_that_does_not_fit_opens_read_only_and_stays(tmp_path: Path, scenario: str):
    """Another database's (or workspace's) WAL: the file opens alone and read-only; Save as
    keeps the user's work elsewhere, and the file and its WAL stay as they were."""
    target, expected = _scenario(tmp_path, scenario)
    before = {suffix: Path(f"{target}{suffix}").read_bytes() for suffix in ("", "-wal")}
    elsewhere = tmp_path / "elsewhere.leitplanken"
    with WorkspaceFile.open(target) as wf:
        assert wf.wal_set_aside and wf.read_only
        shown = wf.load()
        if expected is not None:
            assert shown.company.name == expected
        with pytest.raises(FileError) as err:
            wf.save()
        assert err.value.code == "read_only"
        wf.save(elsewhere)
    assert {suffix: Path(f"{target}{suffix}").read_bytes() for suffix in ("", "-wal")} == before
    with WorkspaceFile.open(elsewhere, read_only=True) as wf:
        assert _without_company(wf.load()) == _without_company(shown)


@pytest.mark.slow
def test_random_side_file_combinations(tmp_path: Path):
    """Random rounds: some side files appear beside the file between sessions; nothing is lost."""
    rng = random.Random(20261201)
    for round_no in range(40):
        folder = tmp_path / f"r{round_no}"
        folder.mkdir()
        scenario = rng.choice(SCENARIOS)
        target, expected = _scenario(folder, scenario)
        for step in range(rng.randint(1, 3)):
            if not _roundtrip(target, expected, f"round {round_no} step {step}"):
                # read-only, nothing touched; the user closes the other program, whose
                # leftovers are then removed, and goes on
                for suffix in SIDES:
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
                assert _roundtrip(target, None, f"round {round_no} step {step}")
            expected = f"round {round_no} step {step}"
            if rng.random() < 0.5:  # a stale side file from the first state comes back
                live = wal_state(folder / "source.leitplanken",
                                 f"UPDATE company SET name = 'stale {step}';", folder)
                for suffix in rng.sample(SIDES, rng.randint(1, 2)):
                    data = live["wal" if suffix == "-wal" else "shm"]
                    Path(f"{target}{suffix}").write_bytes(data)
                expected = None
