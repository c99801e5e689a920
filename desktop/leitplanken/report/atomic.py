"""A finished PDF reaches its place in one step: written beside it, then moved over it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(pdf: bytes, path: object) -> None:
    """Writes a finished PDF beside `path` and moves it there, so no half-written file remains."""
    target = Path(str(path))
    handle, temp = tempfile.mkstemp(prefix=".", suffix=".pdf.part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
