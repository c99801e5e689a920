"""Every FileError code has its own message, in German and English, naming the file."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from leitplanken.i18n.file_errors import display_name, file_error_text
from leitplanken.i18n.translator import Translator
from leitplanken.storage import FileError
from leitplanken.storage.errors import CODES, as_file_error


@pytest.mark.parametrize("lang", ["en", "de", "de_CH"])
def test_each_code_has_a_distinct_message_naming_the_file(lang: str):
    tr = Translator(lang)
    texts = {code: file_error_text(FileError(code, "/x/Büro Plan.leitplanken", version=4, supported=1), tr)
             for code in CODES}
    assert len(set(texts.values())) == len(CODES)
    for code, text in texts.items():
        assert "Büro Plan.leitplanken" in text, code
        assert "%" not in text, code
    assert "4" in texts["too_new"] and "1" in texts["too_new"]
    if lang != "en":
        assert "Datei" in texts["not_found"] and "Nicht gespeichert" in texts["disk_full"]
    if lang == "de_CH":
        assert not any("ß" in t for t in texts.values())


def test_locked_message_names_who_has_it():
    err = FileError("locked", "/a/w.leitplanken", user="anna", machine="laptop-7",
                    since="2026-11-25T08:15:00+00:00")
    text = file_error_text(err, Translator("de"))
    assert "anna" in text and "laptop-7" in text and "2026-11-25 08:15" in text


def test_shown_names_are_safe_and_short():
    tr = Translator("en")
    assert display_name("/tmp/invoice\u202eexe.leitplanken", tr) == "invoice\ufffdexe.leitplanken"
    assert len(display_name("/tmp/" + "x" * 300, tr)) <= 80
    assert display_name(None, tr) == "untitled workspace"


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (OSError(errno.EFBIG, "File too large"), "disk_full"),
        (PermissionError(errno.EACCES, "denied"), "permission"),
        (OSError(errno.EROFS, "read-only file system"), "read_only"),
        (FileNotFoundError(errno.ENOENT, "gone"), "io"),
        (OSError(errno.EIO, "I/O error"), "io"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "damaged"),
        (MemoryError(), "damaged"),
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
        (sqlite3.OperationalError("database or disk is full"), "disk_full"),
    ],
)
def test_low_level_errors_are_sorted_into_codes(exc: BaseException, code: str):
    assert as_file_error(exc, "/x.leitplanken").code == code


def test_unknown_codes_are_a_programming_error():
    with pytest.raises(ValueError):
        FileError("oops")
