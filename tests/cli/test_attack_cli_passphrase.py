"""Attack family: passphrase files as Windows Notepad (and other editors) write them.

UTF-8 with and without BOM, UTF-16 LE with BOM ("Unicode"), UTF-16 BE with BOM; LF, CRLF or
no line end. The passphrase is what was typed: no BOM, no line end; spaces inside are kept.
"""

from __future__ import annotations

import codecs
import shutil

import pytest

from leitplanken.cli import main
from leitplanken.domain import model as m
from leitplanken.storage import WorkspaceFile
from leitplanken.storage.crypto import passphrase_from_file
from leitplanken.storage.send_copy import decrypt_to_temp

PASSPHRASES = ["Vertraulich 2026", "Grüezi mitenand ß€😀", " führendes Leerzeichen "]
ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 with BOM": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16 LE with BOM": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16 BE with BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
}
ENDINGS = {"LF": "\n", "CRLF": "\r\n", "none": ""}


@pytest.mark.parametrize("ending", list(ENDINGS))
@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("passphrase", PASSPHRASES)
def test_the_passphrase_is_what_was_typed(tmp_path, passphrase, encoding, ending):
    path = tmp_path / "pass.txt"
    end = ENDINGS[ending]
    text = passphrase + end + "second line\r\n" if end else passphrase
    path.write_bytes(ENCODINGS[encoding](text))
    assert passphrase_from_file(path) == passphrase


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_a_copy_sent_with_a_notepad_file_opens_with_the_typed_passphrase(
        tmp_path, capsys, encoding):
    mine = tmp_path / "mine.leitplanken"
    WorkspaceFile.create(mine, m.Workspace(company=m.Company(name="Holzer"))).close()
    typed = "Vertraulich 2026"
    notepad = tmp_path / "pass.txt"
    notepad.write_bytes(ENCODINGS[encoding](typed + "\r\n"))
    enc = tmp_path / "copy.leitplanken"
    assert main(["send-copy", str(mine), str(enc), "--passphrase-file", str(notepad)]) == 0
    plain = decrypt_to_temp(enc, typed)  # what the colleague types in the dialog
    try:
        with WorkspaceFile.open(plain, read_only=True) as wf:
            assert wf.load().company.name == "Holzer"
    finally:
        plain.unlink()
    # and merging it back with the same Notepad file works as well
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(mine, theirs)
    assert main(["merge", str(mine), str(enc), "--passphrase-file", str(notepad)]) == 0, (
        capsys.readouterr().err)


@pytest.mark.parametrize("content", [b"", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\r\n",
                                     codecs.BOM_UTF16_LE + "\r\n".encode("utf-16-le")])
def test_an_empty_passphrase_file_is_refused(tmp_path, capsys, content):
    mine = tmp_path / "mine.leitplanken"
    WorkspaceFile.create(mine, m.Workspace()).close()
    empty = tmp_path / "pass.txt"
    empty.write_bytes(content)
    out = tmp_path / "copy.leitplanken"
    assert main(["send-copy", str(mine), str(out), "--passphrase-file", str(empty)]) == 2
    assert "empty" in capsys.readouterr().err and not out.exists()
