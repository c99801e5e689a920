"""A finished export reaches its place in one step: written beside it, then moved over it.

The PDFs, the CSV and XLSX lists and their mapping files all go this way, so a full disk or a
crash never leaves half a file under the name the user chose.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def write_through_temp(path: Path, write: Callable[[Any], None], *, mode: str = "wb",
                       **open_kwargs: Any) -> None:
    """Lets `write(file)` fill a temporary file beside `path`, syncs it, and renames it there."""
    handle, temp = tempfile.mkstemp(prefix=".", suffix=path.suffix + ".part", dir=path.parent)
    try:
        with os.fdopen(handle, mode, **open_kwargs) as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_atomically(pdf: bytes, path: object) -> None:
    """Writes a finished PDF beside `path` and moves it there, so no half-written file remains."""
    write_through_temp(Path(str(path)), lambda out: out.write(pdf))
