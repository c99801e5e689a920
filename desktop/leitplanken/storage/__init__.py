"""Storage: the workspace file (SQLite), its validation, saving and the working copy.

The only package with SQL. This module is its public interface: the UI (and anyone else who
can) uses only the names in `__all__`, never a submodule, so storage can be rearranged inside.
The names below are what opening a window needs anyway (the file, locks, recovery). Merge,
send copy and CSV import are exported lazily (see `__getattr__`): start-up does not need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from leitplanken.storage.crypto import is_encrypted_file
from leitplanken.storage.disk_watch import has_changed
from leitplanken.storage.errors import FileError
from leitplanken.storage.guards import accept_disk_version
from leitplanken.storage.lock import LockInfo, break_lock, read_lock, too_long_to_save_beside
from leitplanken.storage.recovery import Orphan, discard_saved_twins
from leitplanken.storage.recovery import discard as discard_orphan
from leitplanken.storage.recovery import recover as recover_orphan
from leitplanken.storage.rows import summary as record_summary
from leitplanken.storage.saving import Cancelled
from leitplanken.storage.workspace_file import HistoryEntry, WorkspaceFile

if TYPE_CHECKING:  # what the lazy names are, for readers and type checkers
    from types import ModuleType

    from leitplanken.storage.csv_import import (
        ENCODINGS,
        SEPARATORS,
        CsvImportError,
        ImportResult,
        RawTable,
        ReadOptions,
        build_import,
        load_mapping,
        options_of,
        read_table,
        read_use_cases,
        save_mapping,
        saved_mapping_for,
        write_import,
    )
    from leitplanken.storage.merge_apply import MergeSession
    from leitplanken.storage.merge_apply import prepare as prepare_merge
    from leitplanken.storage.send_copy import decrypt_to_temp, detach, open_encrypted
    from leitplanken.storage.send_copy import send_copy as write_copy

__all__ = [
    "Cancelled",
    "ENCODINGS",
    "SEPARATORS",
    "CsvImportError",
    "FileError",
    "HistoryEntry",
    "ImportResult",
    "LockInfo",
    "MergeSession",
    "Orphan",
    "RawTable",
    "ReadOptions",
    "WorkspaceFile",
    "accept_disk_version",
    "break_lock",
    "build_import",
    "decrypt_to_temp",
    "detach",
    "discard_orphan",
    "discard_saved_twins",
    "has_changed",
    "is_encrypted_file",
    "load_mapping",
    "open_encrypted",
    "options_of",
    "prepare_merge",
    "read_lock",
    "read_table",
    "read_use_cases",
    "record_summary",
    "recover_orphan",
    "save_mapping",
    "saved_mapping_for",
    "too_long_to_save_beside",
    "write_copy",
    "write_import",
]

#: Lazy exports: public name -> (submodule, name there). Delayed for start-up speed: none of
#: these is needed before the user asks for it, and merge alone costs about 8 ms to import.
_LAZY: dict[str, tuple[str, str]] = {
    "CsvImportError": ("csv_import", "CsvImportError"),
    "ImportResult": ("csv_import", "ImportResult"),
    "read_use_cases": ("csv_import", "read_use_cases"),
    **{name: ("csv_import", name) for name in (
        "ENCODINGS", "SEPARATORS", "RawTable", "ReadOptions", "build_import", "load_mapping",
        "options_of", "read_table", "save_mapping", "saved_mapping_for", "write_import")},
    "MergeSession": ("merge_apply", "MergeSession"),
    "prepare_merge": ("merge_apply", "prepare"),
    "decrypt_to_temp": ("send_copy", "decrypt_to_temp"),
    "detach": ("send_copy", "detach"),
    "open_encrypted": ("send_copy", "open_encrypted"),
    "write_copy": ("send_copy", "send_copy"),
}


def __getattr__(name: str) -> Any:
    """A lazy export (PEP 562): imports its submodule on first use, then caches the name."""
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module_name, attr = where
    # Spelled out (not importlib) so the import-graph test sees each edge.
    module: ModuleType
    if module_name == "csv_import":
        from leitplanken.storage import csv_import as module  # delayed: start-up speed
    elif module_name == "merge_apply":
        from leitplanken.storage import merge_apply as module  # delayed: start-up speed
    else:
        from leitplanken.storage import send_copy as module  # delayed: start-up speed
    value = getattr(module, attr)
    globals()[name] = value
    return value
