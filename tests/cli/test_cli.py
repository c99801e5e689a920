"""The `leitplanken` command as a user runs it: demo, check, --version, the window's start."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

from leitplanken import __version__
from leitplanken.cli import COMMANDS, main
from leitplanken.domain import model as m
from leitplanken.storage import WorkspaceFile
from leitplanken.storage.schema import CURRENT_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TODAY = "2026-11-25"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.leitplanken"
    assert main(["demo", str(path), "--lang", "en"]) == 0
    return path


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"leitplanken {__version__}"


def test_demo_writes_a_file_and_refuses_to_overwrite(tmp_path: Path, capsys):
    demo = tmp_path / "Demo Müller.leitplanken"
    assert main(["demo", str(demo), "--lang", "en"]) == 0
    assert "Demo workspace written to" in capsys.readouterr().out
    with WorkspaceFile.open(demo) as wf:
        ws = wf.load()
    assert len(ws.use_cases) >= 5 and len(ws.people) >= 15
    assert main(["demo", str(demo)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["demo", str(demo), "--force", "--lang", "de"]) == 0
    assert demo.with_name(demo.name + ".bak").exists()


def test_check_reports_the_demo_findings(demo: Path, capsys):
    capsys.readouterr()
    assert main(["check", str(demo), "--today", TODAY]) == 1
    out = capsys.readouterr().out
    assert f"Schema version: {CURRENT_VERSION}" in out and "Integrity: ok" in out
    assert "Schreinerei" in out or "Joinery" in out
    assert "Pilot trap" in out  # the pilot caught in the trap
    assert "two Accountables" in out  # the deliberately broken RACI
    assert "finding(s)" in out or "findings." in out


def test_check_of_a_file_without_findings(tmp_path: Path, capsys):
    path = tmp_path / "clean.leitplanken"
    WorkspaceFile.create(path, m.Workspace(company=m.Company(name="Leer AG"),
                                           use_cases=[m.UseCase(title="Idee")])).close()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Leer AG" in out and "No findings." in out


def test_check_of_the_kept_fixture(tmp_path: Path, capsys):
    copy = tmp_path / "v1.leitplanken"
    shutil.copyfile(FIXTURES / "schema_v1.leitplanken", copy)
    assert main(["check", str(copy), "--today", TODAY]) == 1


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: None, "was not found"),
        (lambda p: p.write_text("just text", encoding="utf-8"), "not a Leitplanken file"),
        (lambda p: p.write_bytes(b""), "is empty"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t(x)").connection.close(),
         "another program"),
    ],
    ids=["missing", "text", "empty", "foreign"],
)
def test_check_of_unusable_files_exits_2_with_a_message(tmp_path: Path, capsys, make, words):
    path = tmp_path / "bad.leitplanken"
    make(path)
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert words in captured.err and "bad.leitplanken" in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_check_of_damaged_and_too_new_files(demo: Path, tmp_path: Path, capsys):
    data = demo.read_bytes()
    cut = tmp_path / "cut.leitplanken"
    cut.write_bytes(data[: len(data) // 2])
    assert main(["check", str(cut)]) == 2
    assert "damaged" in capsys.readouterr().err
    conn = sqlite3.connect(demo)
    conn.execute("PRAGMA user_version=9")
    conn.close()
    assert main(["check", str(demo)]) == 2
    assert "file version 9" in capsys.readouterr().err


def test_messages_follow_the_system_language(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("LEITPLANKEN_LANG", "de")
    assert main(["check", str(tmp_path / "fehlt.leitplanken")]) == 2
    err = capsys.readouterr().err
    assert "fehlt.leitplanken" in err and "nicht gefunden" in err


def test_the_window_is_started_lazily_with_file_or_demo(tmp_path: Path, monkeypatch, capsys):
    calls = []
    fake = types.ModuleType("leitplanken.app")
    fake.run = lambda path, demo, **options: calls.append((path, demo, options)) or 0
    monkeypatch.setitem(sys.modules, "leitplanken.app", fake)
    assert main([str(tmp_path / "x.leitplanken")]) == 0
    assert main(["--demo"]) == 0
    assert main([]) == 0
    assert main(["--exit-after-start"]) == 0
    alone = {"exit_after_start": False, "single_instance": False}
    handed = {"exit_after_start": False, "single_instance": True}
    assert calls == [(tmp_path / "x.leitplanken", False, handed), (None, True, alone),
                     (None, False, handed),
                     (None, False, {"exit_after_start": True, "single_instance": False})]
    assert main(["--demo", "x.leitplanken"]) == 2
    assert "either" in capsys.readouterr().err


def test_wrong_calls_exit_2(capsys):
    assert main(["check"]) == 2
    assert main(["--no-such-option"]) == 2
    assert main(["check", "--help"]) == 0
    assert "FILE" in capsys.readouterr().out


def test_subcommands_are_registered_once():
    names = [c.name for c in COMMANDS]
    assert {"demo", "check"} <= set(names) and len(names) == len(set(names))


def test_python_dash_m_runs_the_same_command(tmp_path: Path):
    path = tmp_path / "demo.leitplanken"
    done = subprocess.run(
        [sys.executable, "-m", "leitplanken", "demo", str(path), "--lang", "de"],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "leitplanken", "check", str(path), "--today", TODAY],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 1 and "Pilot" in done.stdout, done.stderr


def test_a_bug_exits_3_with_one_line_and_the_log(demo: Path, capsys, monkeypatch):
    """An unexpected exception is not a damaged file: one line, the log's path, exit 3."""
    from leitplanken.problem_log import log_path

    def explode(*_a, **_k):
        raise ZeroDivisionError("planted")

    monkeypatch.setattr("leitplanken.storage.reads.load_workspace", explode)
    capsys.readouterr()
    assert main(["check", str(demo)]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "ZeroDivisionError: planted" in err and str(log_path()) in err
    assert "damaged" not in err
    assert "Traceback" in log_path().read_text(encoding="utf-8")
