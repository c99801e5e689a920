"""`leitplanken import-csv`: what it prints, what it writes, and its exit codes."""

from __future__ import annotations

import getpass
import json
import os
import re
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from leitplanken.cli import main
from leitplanken.domain.model import Status
from leitplanken.storage import WorkspaceFile, lock

SHEET = ("sep=;\r\nBezeichnung;Beschreibung;Phase;Verantwortlich;Einmalige Kosten;Erfasst am\r\n"
         "Chatbot;Anfragen bleiben liegen;in Betrieb;Anna Keller;1'200;15.03.2024\r\n"
         "Mahnwesen;Mahnungen vergessen;Zwischenstand;Beat Frei;;01/2024\r\n"
         "Offerten;Dauern zu lange;Deployed;anna keller;300;2024-02-01\r\n")


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """A German Excel CSV (Windows-1252)."""
    path = tmp_path / "liste.csv"
    path.write_bytes(SHEET.encode("cp1252"))
    return path


def _load(path: Path):
    with WorkspaceFile.open(path, read_only=True) as wf:
        return wf.load(), wf.history(10_000)


def test_missing_file_is_created_and_the_suggestion_printed(tmp_path, sheet, capsys) -> None:
    target = tmp_path / "neu.leitplanken"
    assert main(["import-csv", str(target), str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "Bezeichnung → Title" in out and "Phase → Status" in out
    assert "Verantwortlich → Owner" in out
    assert "in Betrieb (1) → Regular operation" in out
    assert "Deployed (1) → Regular operation" in out
    # the unknown status value is printed, never silently "idea"
    assert "Zwischenstand (1) → not recognised" in out
    ws, history = _load(target)
    assert len(ws.use_cases) == 3 and {p.name for p in ws.people} == {"Anna Keller", "Beat Frei"}
    dunning = next(uc for uc in ws.use_cases if uc.title == "Mahnwesen")
    assert dunning.status is Status.IDEA and "Phase: Zwischenstand" in dunning.notes
    assert all(uc.checklist and uc.activities for uc in ws.use_cases)
    # one history entry per imported use case, not one per activity or checklist item
    assert sum(1 for h in history if h.table == "use_case") == 3
    assert len(history) <= 1 + 2 + 3


def test_skipped_rows_exit_1_and_name_the_line(tmp_path, capsys) -> None:
    path = tmp_path / "kaputt.csv"
    path.write_text('Titel;Status\r\nA;Idee\r\n"B;Pilot\r\nC;Pilot\r\n;Idee\r\n', encoding="utf-8")
    target = tmp_path / "w.leitplanken"
    assert main(["import-csv", str(target), str(path)]) == 1
    out = capsys.readouterr().out
    assert "Line 3 left out" in out and "Line 5 left out: no title" in out
    assert [uc.title for uc in _load(target)[0].use_cases] == ["A", "C"]


def test_nothing_imported_exits_2(tmp_path, capsys) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_text("Vorname,Nachname\nAnna,Keller\n", encoding="utf-8")
    target = tmp_path / "w.leitplanken"
    assert main(["import-csv", str(target), str(path)]) == 2
    assert "title" in capsys.readouterr().err
    assert not target.exists()
    empty = tmp_path / "leer.csv"
    empty.write_text("", encoding="utf-8")
    assert main(["import-csv", str(target), str(empty)]) == 2


def test_dry_run_writes_nothing(tmp_path, sheet, capsys) -> None:
    target = tmp_path / "w.leitplanken"
    assert main(["import-csv", str(target), str(sheet), "--dry-run"]) == 0
    assert "nothing was written" in capsys.readouterr().out
    assert not target.exists()


def test_saved_mapping_is_reused_with_a_decided_value(tmp_path, sheet, capsys) -> None:
    saved = tmp_path / "map.json"
    target = tmp_path / "w.leitplanken"
    assert main(["import-csv", str(target), str(sheet), "--dry-run",
                 "--save-mapping", str(saved)]) == 0
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["format"] == "leitplanken-import-mapping" and data["version"] == 1
    assert data["columns"]["Phase"] == "status"
    data["values"]["Phase"]["Zwischenstand"] = "paused"
    saved.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["import-csv", str(target), str(sheet), "--mapping", str(saved)]) == 0
    assert "Zwischenstand (1) → Paused" in capsys.readouterr().out
    ws, _h = _load(target)
    assert next(uc for uc in ws.use_cases if uc.title == "Mahnwesen").status is Status.PAUSED


def test_existing_file_gets_the_use_cases_and_people_are_matched(tmp_path, sheet) -> None:
    target = tmp_path / "w.leitplanken"
    assert main(["import-csv", str(target), str(sheet)]) == 0
    assert main(["import-csv", str(target), str(sheet)]) == 0
    ws, _h = _load(target)
    assert len(ws.use_cases) == 6
    assert sorted(p.name for p in ws.people) == ["Anna Keller", "Beat Frei"]


def test_a_file_someone_has_open_is_not_written(tmp_path, sheet, capsys) -> None:
    target = tmp_path / "w.leitplanken"
    assert main(["import-csv", str(target), str(sheet)]) == 0
    before = target.read_bytes()
    info = {"app": "leitplanken", "user": getpass.getuser(), "machine": socket.gethostname(),
            "pid": os.getppid(), "since": datetime.now(UTC).isoformat(timespec="seconds")}
    lock.lock_path(target).write_text(json.dumps(info), encoding="utf-8")
    assert main(["import-csv", str(target), str(sheet)]) == 2
    assert "Nothing was written" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_a_broken_mapping_file_is_refused(tmp_path, sheet, capsys) -> None:
    bad = tmp_path / "map.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["import-csv", str(tmp_path / "w.leitplanken"), str(sheet), "--mapping",
                 str(bad)]) == 2
    assert "map.json" in capsys.readouterr().err


def test_the_inventory_with_its_shipped_mapping(tmp_path, inventory_csv, capsys) -> None:
    target = tmp_path / "inventory.leitplanken"
    assert main(["import-csv", str(target), str(inventory_csv)]) == 0
    out = capsys.readouterr().out
    assert "us-federal-ai-use-case-inventory-2024.json" in out
    assert "Operation and Maintenance (627) → Regular operation" in out
    assert re.search(r"1,?757 use case(s|\(s\)) imported", out)
    ws, history = _load(target)
    assert len(ws.use_cases) == 1757
    assert sum(1 for h in history if h.table == "use_case") == 1757
