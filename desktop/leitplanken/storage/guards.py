"""What WorkspaceFile does around opening, saving and closing so two people never clash.

Kept apart from workspace_file.py so the rules live in one place: on open the lock marker is
written (a folder that refuses it means read-only media: the file opens read-only) and the
file's identity is remembered; before Save the file must still be what we opened (else
"changed_on_disk") and a Save as must not land on a file someone else has open; after Save the
identity is renewed and the marker moves with the file; on close the marker goes.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, Protocol

from leitplanken.storage import lock
from leitplanken.storage.disk_watch import FileIdentity, check_unchanged, identity_of
from leitplanken.storage.errors import FileError


# A protocol rather than WorkspaceFile itself: workspace_file.py imports this module, so naming
# its class here would close an import circle.
class Guarded(Protocol):
    """What the guards read and set on a WorkspaceFile: its path, lock marker and identity."""

    path: Path | None
    read_only: bool
    disk_identity: Any
    lock_marker: Path | None


def _identity(path: Path) -> FileIdentity | None:
    """The identity of a file, or None when it cannot be read (then nothing is compared)."""
    try:
        return identity_of(path)
    except OSError:
        return None


def after_open(wf: Guarded) -> None:
    """Takes the lock marker (unless read-only) and remembers what the file looked like.

    Raises FileError("locked") when someone else has the file open; the caller cleans up.
    """
    assert wf.path is not None
    wf.disk_identity = _identity(wf.path)
    if wf.read_only:
        return
    try:
        wf.lock_marker = lock.acquire_or_recover(wf.path)
    except FileError as err:
        if err.code != "read_only":
            raise
        wf.read_only = True


def before_save(wf: Guarded, target: Path) -> None:
    """Refuses to overwrite someone else's changes or a file another person has open."""
    if wf.path is not None and target == wf.path:
        check_unchanged(target, wf.disk_identity)
        return
    holder = lock.read_lock(target)
    if holder is not None and not holder.is_ours() and not holder.is_stale():
        raise FileError("locked", target, **holder.details())


def after_save(wf: Guarded, previous: Path | None) -> None:
    """Renews the identity; after Save as the marker moves from the old file to the new one."""
    target = wf.path
    assert target is not None
    wf.disk_identity = _identity(target)
    if previous == target and wf.lock_marker is not None:
        return
    if previous is not None and wf.lock_marker is not None:
        lock.release(previous)
        wf.lock_marker = None
    with contextlib.suppress(FileError):
        lock.break_lock(target)  # a stale marker of the file we just replaced
    try:
        wf.lock_marker = lock.acquire(target)
    except FileError:
        wf.lock_marker = None  # saved fine; only the "in use" note could not be written


def accept_disk_version(wf: Guarded) -> None:
    """The user chose to overwrite the changes on disk: the next Save goes ahead."""
    if wf.path is not None:
        wf.disk_identity = _identity(wf.path)


def before_close(wf: Guarded) -> None:
    """Removes our marker (never someone else's)."""
    if wf.path is not None and wf.lock_marker is not None:
        lock.release(wf.path)
    wf.lock_marker = None
