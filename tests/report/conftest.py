"""Fixtures for the decision record tests."""

from __future__ import annotations

import pytest
from report_support import rich_workspace

from leitplanken.domain.model import Workspace


@pytest.fixture
def workspace() -> Workspace:
    """A fresh rich workspace per test (tests may change it)."""
    return rich_workspace()
