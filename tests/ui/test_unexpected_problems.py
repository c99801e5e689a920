"""A bug says it is a bug: logged with its traceback, shown once, never "your file is damaged"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import leitplanken.ui.files.errors as errors
from leitplanken.problem_log import log_path
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.workspace import edits

DAMAGED_WORDS = ("damaged", "beschädigt", "Backup", ".bak")


@pytest.fixture
def problem_boxes(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """Collects the unexpected-problem boxes instead of waiting for a click."""
    shown: list[dict[str, str]] = []

    def fake_exec(box) -> int:  # type: ignore[no-untyped-def]
        shown.append({"title": box.windowTitle(), "text": box.text(),
                      "info": box.informativeText(), "details": box.detailedText()})
        return 0

    monkeypatch.setattr(errors.QMessageBox, "exec", fake_exec)
    return shown


def _explode(*_args: object, **_kw: object) -> None:
    """Stands in for a function with a bug in it."""
    raise KeyError("a bug planted by the test")


def test_a_bug_while_opening_is_logged_and_shown_as_a_bug(
        window, problem_boxes, error_boxes, workspace_file: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """File → Open hits a bug in loading: one box with the log's path; the window stays."""
    before = window.session
    other = workspace_file.with_name("andere.leitplanken")
    shutil.copyfile(workspace_file, other)
    other_lock = other.with_name(f".~lock.{other.name}#")
    other_lock.unlink(missing_ok=True)  # a copy, not a second instance of the open file
    monkeypatch.setattr("leitplanken.storage.reads.load_workspace_lazily", _explode)
    assert window.files.open_path(other, ask=False) is False
    assert window.session is before  # the open workspace stays as it was
    assert len(problem_boxes) == 1 and error_boxes == []
    box = problem_boxes[0]
    assert box["title"] == "Unexpected problem"
    assert "not in your file" in box["text"]
    assert "Your work is kept in the working copy" in box["info"]
    assert str(log_path()) in box["info"]
    assert "KeyError" in box["details"]
    assert not any(word in " ".join(box.values()) for word in DAMAGED_WORDS)
    log = log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "a bug planted by the test" in log and "_explode" in log


def test_a_failing_write_reverts_the_edit_in_memory(
        window, problem_boxes, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Storage raising something else than FileError still undoes the change in memory."""
    session = window.session
    uc = session.workspace.use_cases[0]
    title = uc.title
    monkeypatch.setattr(WorkspaceFile, "put", lambda self, record: (_ for _ in ()).throw(
        ValueError("the change refers to a missing record")))
    edits.set_fields(session, uc, {"title": "Neuer Titel"}, text="Edit title")
    assert uc.title == title
    assert not session.undo.canUndo()
    assert len(problem_boxes) == 1 and "ValueError" in problem_boxes[0]["details"]


def test_one_box_for_a_cascade(window, problem_boxes,  # type: ignore[no-untyped-def]
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug that recurs while its box is open is logged again but not shown again."""
    def nested(box) -> int:  # type: ignore[no-untyped-def]
        errors.show_unexpected(window, RuntimeError("second"), "test")
        problem_boxes.append({"title": box.windowTitle()})
        return 0

    monkeypatch.setattr(errors.QMessageBox, "exec", nested)
    errors.show_unexpected(window, RuntimeError("first"), "test")
    assert len(problem_boxes) == 1
    log = log_path().read_text(encoding="utf-8")
    assert "RuntimeError: first" in log and "RuntimeError: second" in log
