"""Files that pass the open checks but whose values load() refuses, names too long to save
beside, and forged recovery notes: from File → Open, Open recent and the start-up path the user
gets a message (no traceback, no "unexpected problem"), and nothing stays "in use"."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from reliability_ui_support import child, when_modal

from leitplanken import app
from leitplanken.storage import WorkspaceFile, lock
from leitplanken.storage.locations import working_dir
from leitplanken.ui.shell.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "storage"))
from file_factories import alter  # noqa: E402 - the storage tests' helpers
from reliability_support import SecondInstance  # noqa: E402

FORGED = {
    "unknown_status": "UPDATE use_case SET status = 'bogus'",
    "nan_cost": "UPDATE use_case SET cost_once = 'NaN'",
    "infinite_hours": "UPDATE use_case SET hours_saved_month = 'Infinity'",
    "bad_date": "UPDATE use_case SET created_on = '2026-13-45'",
    "tags_not_json": "UPDATE use_case SET tags = '{not json'",
    "tags_not_strings": "UPDATE use_case SET tags = '[1, {\"a\": 2}]'",
    "unknown_risk": "UPDATE use_case SET risk_class = 'apocalyptic'",
    "boolean_as_text": "UPDATE use_case SET customer_facing = 'yes'",
}


@pytest.fixture
def unexpected(monkeypatch):
    """Records "unexpected problem" boxes (a bug) instead of showing them modally."""
    seen: list[str] = []
    import leitplanken.ui.files.errors as errors
    import leitplanken.ui.files.file_ops as file_ops

    def record(_parent, exc, where):
        seen.append(f"{where}: {exc!r}")

    for module in (errors, file_ops, app):
        monkeypatch.setattr(module, "show_unexpected", record)
    return seen


def _forged(workspace_file: Path, sql: str) -> Path:
    alter(workspace_file, sql)
    with WorkspaceFile.open(workspace_file, read_only=True):
        pass  # the precondition of the attack: it passes every open check
    return workspace_file


def _nothing_left(path: Path) -> None:
    assert not lock.lock_path(path).exists(), "the file would show 'in use' for 12 hours"
    assert list(working_dir().glob("*.leitplanken")) == []


def _via_open(win, path):
    assert not win.files.open_path(path, ask=False)


def _via_recent(win, path):
    from leitplanken.ui.settings import recent_files

    recent_files.remember(path)
    win.ui.recent.rebuild()
    action = next(a for a in win.ui.recent.actions()
                  if a.toolTip() in (str(path), str(path.resolve())))
    action.trigger()


@pytest.mark.parametrize("how", [_via_open, _via_recent], ids=["open", "open_recent"])
@pytest.mark.parametrize("forgery", sorted(FORGED))
def test_a_file_load_refuses_is_explained_and_released(qtbot, workspace_file, error_boxes,
                                                        unexpected, forgery, how):
    path = _forged(workspace_file, FORGED[forgery])
    win = MainWindow()
    qtbot.addWidget(win)
    how(win, path)
    QApplication.processEvents()
    assert unexpected == []
    assert len(error_boxes) == 1 and path.name in error_boxes[0]
    assert "Traceback" not in error_boxes[0]
    assert win.session is None
    _nothing_left(path)
    WorkspaceFile.open(path, read_only=True).close()  # the file itself was never written
    error_boxes.clear()


@pytest.mark.parametrize("forgery", sorted(FORGED))
def test_at_start_up_a_file_load_refuses_is_explained_and_released(qtbot, workspace_file,
                                                                   error_boxes, unexpected,
                                                                   forgery):
    path = _forged(workspace_file, FORGED[forgery])
    win = MainWindow()
    qtbot.addWidget(win)
    session, notice = app.first_session(win, path, False)
    try:
        assert unexpected == [] and notice is None
        assert len(error_boxes) == 1 and path.name in error_boxes[0]
        assert session.path is None  # an empty workspace instead
        assert not lock.lock_path(path).exists()
        assert len(list(working_dir().glob("*.leitplanken"))) == 1  # only the empty one's
    finally:
        session.close()
    _nothing_left(path)
    error_boxes.clear()


@pytest.mark.parametrize("extra", [228, 231, 232, 235, 236, 243])
@pytest.mark.parametrize("char", ["a", "ä", "€"])
def test_a_name_too_long_to_save_beside_opens_read_only_with_a_message(
        qtbot, workspace_file, error_boxes, unexpected, char, extra):
    """Names of 240–255 bytes: editable only if every side file still fits in 255 bytes."""
    stem = char * (extra // len(char.encode()))
    path = workspace_file.with_name(stem + ".leitplanken")
    workspace_file.rename(path)
    size = len(path.name.encode())
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.files.open_path(path, ask=False)
    try:
        if size + len(".bak-journal") <= 255:
            assert error_boxes == [] and not win.session.read_only
            assert win.files.save()  # twice: the second keeps a .bak
            assert win.files.save()
        else:
            assert len(error_boxes) == 1 and "too long" in error_boxes[0]
            assert win.session.read_only and not os.path.lexists(lock.lock_path(path))
            error_boxes.clear()
    finally:
        win.session.close()


NOTES = {
    "pid_2_40": {"pid": 2**40},
    "pid_negative": {"pid": -3},
    "pid_string": {"pid": "123"},
    "origin_number": {"origin": 42},
    "origin_relative": {"origin": "relative/w.leitplanken"},
    "origin_nul": {"origin": "/tmp/a\u0000b.leitplanken"},
    "created_at_list": {"created_at": [1]},
    "created_at_year_1": {"created_at": "0001-01-01T00:00:00+14:00"},
    "not_an_object": None,
    "huge": "x" * 200_000,
    "nested": "[" * 50_000,
}


@pytest.mark.parametrize("case", sorted(NOTES))
def test_a_forged_recovery_note_still_offers_the_work(qtbot, workspace_file, error_boxes,
                                                      unexpected, case):
    from leitplanken.ui.files.recovery_dialog import offer_recovery

    SecondInstance(workspace_file, "wf = WorkspaceFile.open(path)\n"
                                   "wf.put(m.Person(name='Rescued anyway'))\n").kill()
    [working] = working_dir().glob("*.leitplanken")
    note_file = working.with_suffix(".json")
    change = NOTES[case]
    if isinstance(change, dict):
        note = json.loads(note_file.read_text(encoding="utf-8"))
        note.update(change)
        note_file.write_text(json.dumps(note), encoding="utf-8")
    else:
        note_file.write_text(change if change is not None else "[]", encoding="utf-8")
    lock.lock_path(workspace_file).unlink(missing_ok=True)
    win = MainWindow()
    qtbot.addWidget(win)
    seen = when_modal("recovery-dialog", lambda d: child(d, "recovery-recover").click())
    assert offer_recovery(win), "the dialog never appeared"
    assert seen and unexpected == []
    assert any(p.name == "Rescued anyway" for p in win.session.workspace.people)
    target = workspace_file.with_name("Rescued.leitplanken")
    if win.session.path is None:
        win.session.save(target)  # the file it came from is unknown: Save as
    else:
        win.session.file.save(target)
    win.session.close()
    with WorkspaceFile.open(target, read_only=True) as wf:
        assert any(p.name == "Rescued anyway" for p in wf.load().people)
    assert error_boxes == []
