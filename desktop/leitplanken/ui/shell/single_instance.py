"""One running app per user: a later start hands its file to the first one and ends.

Double-clicking a second `.leitplanken` file while the app runs must not start a second
process that knows nothing of the first one's windows: the file opens in the running app
(a window of its own, or the window that already shows it comes to the front). The channel
is a local socket (QLocalServer: a named pipe on Windows, a socket file on Linux and macOS)
that only the same user can reach; nothing goes over the network. On Linux and macOS the
socket file lives in a folder only this user may enter (the session's runtime folder, else a
private one): in shared /tmp another user could take the name first and either block the
channel or answer in its place and read the paths.

A message is one line of JSON, {"open": "/absolute/path"} or {"open": null} (just come to
the front), answered by the line "ok". The lock-file rules between different users or
machines are untouched: they stay the storage layer's.
"""

from __future__ import annotations

import ctypes
import getpass
import hashlib
import json
import os
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

#: The longest message read (a path, however long, is far shorter).
MAX_MESSAGE = 64 * 1024
#: How long a later start waits for the running app to take its file.
HAND_OVER_MS = 3000
#: Longest socket path Unix binds: sun_path is 104 bytes on macOS (108 on Linux), with its NUL.
MAX_SOCKET_PATH = 103
#: Windows' AllowSetForegroundWindow: any process may take the foreground.
ASFW_ANY = -1


def _private(folder: Path) -> bool:
    """Whether the folder is a real one of this user that nobody else may enter or write."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
            and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO) == 0)


def _made_private(folder: Path) -> Path | None:
    """The folder, created 0700 if missing; None when it exists but is not this user's alone."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if _private(folder) else None


def socket_folder() -> Path | None:
    """Where this user's socket file goes on Linux/macOS; None when no private folder works.

    In order: the session's runtime folder (XDG_RUNTIME_DIR: per user, 0700, gone at logout),
    the temp folder when it is the user's own (macOS gives each user a private TMPDIR),
    ~/.cache/leitplanken, and a 0700 folder of this user's id in the shared temp folder.
    """
    uid = os.getuid()
    candidates: list[tuple[Path, bool]] = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        candidates.append((Path(runtime), False))
    candidates.append((Path(tempfile.gettempdir()), False))
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    candidates.append((Path(cache) / "leitplanken", True))
    candidates.append((Path(tempfile.gettempdir()) / f"leitplanken-{uid}", True))
    for folder, create in candidates:
        if len(os.fsencode(folder / _socket_file_name())) > MAX_SOCKET_PATH:
            continue  # the socket's full path would be too long to bind
        found = _made_private(folder) if create else folder if _private(folder) else None
        if found is not None:
            return found
    return None


def _socket_file_name() -> str:
    """The channel's own name, per user and home folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name known to the system: the home folder still is
        user = ""
    digest = hashlib.sha256(f"{user}|{Path.home()}".encode()).hexdigest()[:16]
    return f"leitplanken-{digest}"


def channel_name() -> str:
    """The channel for this user (and home folder): other users have their own app.

    On Windows a pipe name (pipes are the user's when made with UserAccessOption); on Linux
    and macOS the full path of a socket file in a folder only this user can reach.
    """
    name = _socket_file_name()
    if sys.platform == "win32":
        return name
    folder = socket_folder()
    return str(folder / name) if folder is not None else name


def _let_the_running_app_come_forward() -> None:
    """On Windows, passes this start's right to the foreground on to the running app.

    Windows lets only the process the user just started (this one: the double-click) take the
    foreground; the running app's activateWindow() would only flash its taskbar button. Giving
    the right away before handing over lets its window really come to the front. Elsewhere
    the window manager decides, and there is nothing to pass on.
    """
    if sys.platform == "win32":
        ctypes.windll.user32.AllowSetForegroundWindow(ASFW_ANY)  # type: ignore[attr-defined]


def _message(path: Path | None) -> bytes:
    """The line a later start sends."""
    return (json.dumps({"open": None if path is None else str(path)}) + "\n").encode("utf-8")


def hand_over(path: Path | None, name: str | None = None, timeout_ms: int = HAND_OVER_MS) -> bool:
    """Gives `path` to the running app; False when none is running (or it did not answer)."""
    socket = QLocalSocket()
    socket.connectToServer(name or channel_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    _let_the_running_app_come_forward()
    socket.write(_message(None if path is None else Path(path).absolute()))
    socket.flush()
    answered = b""
    while b"\n" not in answered and socket.waitForReadyRead(timeout_ms):
        answered += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answered.strip() == b"ok"


class InstanceServer(QObject):
    """The running app's end of the channel: `requested` carries each later start's file."""

    #: A later start asked for this file (a Path), or only for the app to come forward (None).
    requested = Signal(object)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        """Not listening yet: call listen()."""
        super().__init__(parent)
        self.name = name or channel_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Starts listening, unless an app of this user already does (then False).

        An app that is alive but too busy to answer keeps its channel and this one runs on its
        own (the file-lock rules keep both apart); a socket file left by an app that crashed
        is taken over.
        """
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(200):
            probe.abort()
            return False
        if self._server.listen(self.name):
            return True
        if self._server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            return False
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        """Stops listening (the app is ending)."""
        self._server.close()

    def _accept(self) -> None:
        """Each later start's connection: read its one line."""
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            # Bound methods (not lambdas): Qt drops the connections when this object goes.
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(self._ended)
            if socket.bytesAvailable():  # arrived before the signal was connected
                self._read(socket)

    def _ready(self) -> None:
        """A connection has data."""
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _ended(self) -> None:
        """A connection ended: drop what was read of it."""
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and self._buffers.pop(socket, None) is not None:
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        """Collects the line; a complete one is answered and passed on, nonsense is dropped."""
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            wanted = json.loads(line.decode("utf-8"))["open"]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            socket.abort()  # not one of ours: no answer, nothing opened
            return
        if wanted is not None and not isinstance(wanted, str):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        # Passed on from the event loop, not from inside the socket's own signal: opening a
        # file waits in a nested event loop (the worker's progress window), where the other
        # side's disconnect would delete this socket while Qt is still in its readyRead.
        path = None if wanted is None else Path(wanted)
        QTimer.singleShot(0, self, lambda: self.requested.emit(path))
