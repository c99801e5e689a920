"""Fixtures for the packaging tests: workspace files of their own and a private channel name."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication


@pytest.fixture
def app_names(qapp: object) -> None:
    """Organisation/application names so QSettings lands in the isolated HOME."""
    QCoreApplication.setOrganizationName("LeitplankenTest")
    QCoreApplication.setApplicationName("LeitplankenTest")


@pytest.fixture
def make_file(tmp_path: Path, app_names: None):  # type: ignore[no-untyped-def]
    """Writes a workspace file for a company of the given name; returns its path."""
    from leitplanken.domain.model import Company, Workspace
    from leitplanken.storage import WorkspaceFile

    def make(company: str) -> Path:
        path = tmp_path / f"{company}.leitplanken"
        WorkspaceFile.create(path, Workspace(company=Company(name=company))).close()
        return path

    return make


@pytest.fixture
def channel() -> str:
    """A channel name no running app of the user (nor another test run) listens on."""
    return f"leitplanken-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def error_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Collects error messages instead of opening a modal box that would wait forever."""
    import leitplanken.ui.files.errors as errors

    shown: list[str] = []
    monkeypatch.setattr(errors.QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a: shown.append(text)))
    return shown


#: Set by `.ci/run`: there the tools are installed, so a missing one is a failure, not a skip.
REQUIRE_TOOLS = os.environ.get("LEITPLANKEN_REQUIRE_PACKAGING_TOOLS") == "1"


def need_tool(program: str, package: str) -> str:
    """The tool's path; skips the test without it, or fails it where CI promised the tool."""
    found = shutil.which(program)
    if found:
        return found
    message = f"{program} (Debian: {package}) not installed"
    if REQUIRE_TOOLS:
        pytest.fail(message + " although LEITPLANKEN_REQUIRE_PACKAGING_TOOLS=1")
    pytest.skip(message)


@pytest.fixture
def tool() -> Callable[[str, str], str]:
    """need_tool as a fixture, for the test modules (conftest is not importable by name)."""
    return need_tool
