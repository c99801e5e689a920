"""One running app per user: a later start hands its file to the first one and ends.

Double-clicking a second `.leitplanken` file while the app runs must not start a second
process that knows nothing of the first one's windows: the file opens in the running app
(a window of its own, or the window that already shows it comes to the front). The channel
is a local socket (QLocalServer: a named pipe on Windows, a socket file on Linux and macOS)
that only the same user can reach; nothing goes over the network.

A message is one line of JSON, {"open": "/absolute/path"} or {"open": null} (just come to
the front), answered by the line "ok". The lock-file rules between different users or
machines are untouched: they stay the storage layer's.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

#: The longest message read (a path, however long, is far shorter).
MAX_MESSAGE = 64 * 1024
#: How long a later start waits for the running app to take its file.
HAND_OVER_MS = 3000


def channel_name() -> str:
    """The channel's name for this user (and home folder): other users have their own app."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name known to the system: the home folder still is
        user = ""
    digest = hashlib.sha256(f"{user}|{Path.home()}".encode()).hexdigest()[:16]
    return f"leitplanken-{digest}"


def _message(path: Path | None) -> bytes:
    """The line a later start sends."""
    return (json.dumps({"open": None if path is None else str(path)}) + "\n").encode("utf-8")


def hand_over(path: Path | None, name: str | None = None, timeout_ms: int = HAND_OVER_MS) -> bool:
    """Gives `path` to the running app; False when none is running (or it did not answer)."""
    socket = QLocalSocket()
    socket.connectToServer(name or channel_name())
    if not socket.waitForConnected(timeout_ms):
        return False
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
        self.requested.emit(None if wanted is None else Path(wanted))
