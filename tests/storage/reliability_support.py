"""Helpers for the reliability tests: a real second app process and small file fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from file_factories import rich_workspace

from leitplanken.storage import WorkspaceFile

ROOT = Path(__file__).resolve().parents[2]


def make_saved(path: Path) -> Path:
    """A saved workspace file with real content, closed again."""
    WorkspaceFile.create(path, rich_workspace()).close()
    return path


class SecondInstance:
    """Another app process (its own interpreter) that opens a file and holds it open.

    The child runs `script` with `path` bound to the file, prints "ready" and then waits for a
    line on stdin ("quit" closes cleanly) or to be killed.
    """

    def __init__(self, path: Path, script: str = "wf = WorkspaceFile.open(path)") -> None:
        """Starts the child and waits until it has done its work."""
        code = textwrap.dedent(
            """
            import sys
            from pathlib import Path
            from leitplanken.domain import model as m
            from leitplanken.storage import WorkspaceFile, FileError
            path = Path(sys.argv[1])
            """
        ) + textwrap.dedent(script) + textwrap.dedent(
            """
            print("ready", flush=True)
            if sys.stdin.readline().strip() == "quit":
                wf.close()
            print("bye", flush=True)
            """
        )
        env = dict(os.environ)
        env["PYTHONPATH"] = str(ROOT / "desktop")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        line = self.proc.stdout.readline().strip()
        if line != "ready":
            self.proc.kill()
            raise AssertionError("second instance failed: " + line + self.proc.stderr.read())

    @property
    def pid(self) -> int:
        """The child's process id (written into the lock marker)."""
        return self.proc.pid

    def kill(self) -> None:
        """SIGKILL: no clean-up runs, like a crash or a pulled plug."""
        self.proc.kill()
        self.proc.wait(10)
        self._close_pipes()

    def quit(self) -> None:
        """Closes the file cleanly and ends the process."""
        self.proc.stdin.write("quit\n")
        self.proc.stdin.flush()
        self.proc.wait(20)
        self._close_pipes()

    def _close_pipes(self) -> None:
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
