"""Judges file names before anything is written under them.

The file travels between Linux, macOS and Windows and by e-mail, so a name valid here may
be unusable there (CON, trailing dots, colons) or misleading (U+202E turns "txt.exe" around).
Paths are resolved first, so "../" just names another folder; only the final name is judged.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from leitplanken.storage.errors import FileError

#: Room left for ".bak" and the like on file systems limited to 255 bytes a name.
MAX_NAME_BYTES = 240

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{base}{n}" for base in ("COM", "LPT") for n in "123456789¹²³"
}
_WINDOWS_FORBIDDEN = set('<>:"|?*\\/')


def name_problem(name: str) -> str | None:
    """Why a file name is unusable on some system the file may travel to, or None."""
    if name in ("", ".", ".."):
        return "empty"
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        return "too_long"
    for ch in name:
        category = unicodedata.category(ch)
        if category == "Cc":
            return "control_character"
        if category in ("Cf", "Cs", "Co", "Cn"):
            return "invisible_character"  # bidi overrides like U+202E, zero-width chars
        if ch in _WINDOWS_FORBIDDEN:
            return "forbidden_character"
    if name.endswith((".", " ")) or name.startswith(" "):
        return "trailing_dot_or_space"
    if name.split(".")[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        return "reserved_name"
    return None


def checked_target(path: Path | str) -> Path:
    """The absolute, symlink-resolved path to write, or FileError("bad_name")."""
    raw = Path(path)
    problem = name_problem(raw.name)
    if problem is not None:
        raise FileError("bad_name", raw, reason=problem)
    try:
        resolved = raw.expanduser().resolve()
    except (OSError, RuntimeError) as exc:  # symlink loops, unreadable folders
        raise FileError("bad_name", raw, reason=str(exc)) from None
    problem = name_problem(resolved.name)
    if problem is not None:
        raise FileError("bad_name", raw, reason=problem)
    return resolved
