"""Storage: the workspace file (SQLite), its validation, saving and the working copy.

The only package with SQL. Everyone else uses WorkspaceFile, FileError and HistoryEntry.
"""

from leitplanken.storage.errors import FileError
from leitplanken.storage.workspace_file import HistoryEntry, WorkspaceFile

__all__ = ["FileError", "HistoryEntry", "WorkspaceFile"]
