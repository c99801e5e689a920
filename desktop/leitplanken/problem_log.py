"""The log of unexpected problems: a bug's traceback goes to a rotating file in the data folder.

Nothing is sent anywhere. The window and the CLI tell the user where the file is, so they can
attach it to a report; the log never holds workspace content beyond what a traceback shows.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from leitplanken.storage.locations import data_dir

#: The logger every module writes to (child loggers: "leitplanken.ui", ...).
LOGGER_NAME = "leitplanken"

#: A few hundred tracebacks, then the oldest file goes: the log never fills a disk.
_MAX_BYTES = 512 * 1024
_BACKUPS = 3

_handler: logging.Handler | None = None
_handler_path: Path | None = None


def log_path() -> Path:
    """Where the log file is (in the app's per-user data folder)."""
    return data_dir() / "logs" / "leitplanken.log"


def _logger() -> logging.Logger:
    """The app's logger with the rotating file attached (again, if the data folder moved)."""
    global _handler, _handler_path
    logger = logging.getLogger(LOGGER_NAME)
    path = log_path()
    if _handler is None or _handler_path != path:
        if _handler is not None:
            logger.removeHandler(_handler)
            _handler.close()
        _handler = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True)
        except OSError:
            handler = None  # an unwritable data folder must not turn one bug into two
        if handler is not None:
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            logger.addHandler(handler)
            _handler, _handler_path = handler, path
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


def log_unexpected(exc: BaseException, where: str) -> Path:
    """Writes an unexpected exception with its traceback to the log; returns the log's path."""
    _logger().error("unexpected problem while %s", where, exc_info=(type(exc), exc, exc.__traceback__))
    if _handler is not None:
        _handler.flush()
    return log_path()


def one_line(exc: BaseException) -> str:
    """The exception in one line for a message ("KeyError: 'x'")."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
