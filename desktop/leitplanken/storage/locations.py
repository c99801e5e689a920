"""Where the app keeps its own files: working copies of open workspaces, per user.

No Qt here (storage must work in the CLI and in tests without a QApplication), so the
platform's per-user data folder is found by hand, the way QStandardPaths would find it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """$LEITPLANKEN_DATA_DIR if set, else the platform's per-user data folder for the app."""
    override = os.environ.get("LEITPLANKEN_DATA_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "Leitplanken"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Leitplanken"
    base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "leitplanken"


def private_dir(folder: Path) -> Path:
    """Creates `folder` (and missing parents) and makes it ours alone (0700).

    Working copies hold the whole workspace, also the decrypted content of an encrypted copy,
    so no other user of the machine may list or read them. A folder of another owner is left
    as it is (chmod would fail; its files are still created 0600).
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        st = folder.stat()
        if st.st_uid == os.getuid() and st.st_mode & 0o077:
            os.chmod(folder, 0o700)
    return folder


def working_dir() -> Path:
    """The folder holding working copies (created on demand, private to the user)."""
    private_dir(data_dir())
    return private_dir(data_dir() / "working")
