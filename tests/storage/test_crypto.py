"""RELIABILITY kind 17: an encrypted copy round-trips; a wrong passphrase, any flipped byte and
any truncation each end in one clear error, in German and English, never a traceback."""

from __future__ import annotations

import random
import time

import pytest
from reliability_support import make_saved

from leitplanken.i18n.file_errors import file_error_text
from leitplanken.i18n.translator import Translator
from leitplanken.storage import FileError, WorkspaceFile, crypto
from leitplanken.storage.send_copy import open_encrypted, send_copy, suggested_name

FAST = crypto.KdfParams(log2_n=14, r=8, p=1)  # the lowest cost the format accepts
PASS = "Grüezi, Łukasz! 🔑"

#: How many damaged containers the fuzz test tries (reported in the issue).
FLIP_MUTANTS = 300
TRUNCATIONS = 120


def test_round_trip_and_fresh_salt_every_time():
    data = b"SQLite format 3\x00" + bytes(range(256)) * 40
    a, b = crypto.encrypt_bytes(data, PASS, FAST), crypto.encrypt_bytes(data, PASS, FAST)
    assert a != b and data not in a
    assert crypto.decrypt_bytes(a, PASS) == data
    # The same passphrase typed with a decomposed umlaut still matches (NFC).
    assert crypto.decrypt_bytes(a, PASS.replace("ü", "u\u0308")) == data


def test_wrong_passphrase_is_one_clear_error():
    blob = crypto.encrypt_bytes(b"x" * 1000, PASS, FAST)
    with pytest.raises(FileError) as err:
        crypto.decrypt_bytes(blob, "wrong")
    assert err.value.code == "wrong_passphrase"


def test_every_flipped_byte_is_refused_with_one_of_two_clear_errors():
    data = bytes(random.Random(1).randrange(256) for _ in range(3000))
    blob = crypto.encrypt_bytes(data, PASS, FAST)
    rng = random.Random(7)
    positions = list(range(crypto.HEADER_LEN)) + [
        rng.randrange(crypto.HEADER_LEN, len(blob)) for _ in range(FLIP_MUTANTS)
    ]
    codes = {}
    for pos in positions:
        mutant = bytearray(blob)
        mutant[pos] ^= 1 << rng.randrange(8)
        with pytest.raises(FileError) as err:
            crypto.decrypt_bytes(bytes(mutant), PASS)
        codes.setdefault(err.value.code, 0)
        codes[err.value.code] += 1
        if pos >= crypto.HEADER_LEN:
            assert err.value.code == "wrong_passphrase"  # tampering and a wrong key look alike
    assert set(codes) == {"bad_container", "wrong_passphrase"}


def test_every_truncation_is_bad_container():
    blob = crypto.encrypt_bytes(b"y" * 5000, PASS, FAST)
    cuts = sorted({0, 1, 7, 8, 20, crypto.HEADER_LEN, crypto.HEADER_LEN + 15, len(blob) - 1}
                  | set(random.Random(3).sample(range(len(blob)), TRUNCATIONS)))
    for cut in cuts:
        with pytest.raises(FileError) as err:
            crypto.decrypt_bytes(blob[:cut], PASS)
        assert err.value.code == "bad_container", cut
    with pytest.raises(FileError) as longer:
        crypto.decrypt_bytes(blob + b"\0", PASS)
    assert longer.value.code == "bad_container"


def test_absurd_kdf_parameters_from_a_file_are_refused_before_any_work():
    blob = bytearray(crypto.encrypt_bytes(b"z" * 100, PASS, FAST))
    for offset, value in ((10, 40), (10, 1), (11, 255), (12, 200), (11, 16)):
        mutant = bytearray(blob)
        mutant[offset] = value
        if offset == 11 and value == 16:
            mutant[10] = 18  # 2**18 * 16 * 128 bytes = 512 MiB: over the memory bound
        started = time.monotonic()
        with pytest.raises(FileError) as err:
            crypto.decrypt_bytes(bytes(mutant), PASS)
        assert err.value.code == "bad_container"
        assert time.monotonic() - started < 1.0
    with pytest.raises(ValueError):
        crypto.encrypt_bytes(b"", PASS, crypto.KdfParams(log2_n=30))


def test_send_copy_encrypted_then_open_with_the_passphrase(tmp_path):
    path = make_saved(tmp_path / "Offerte.leitplanken")
    (tmp_path / "out").mkdir()
    with WorkspaceFile.open(path) as wf:
        ws = wf.load()
        sent = send_copy(wf, tmp_path / "out" / "Offerte.leitplanken", PASS)
        assert wf.path == path and not wf.modified  # the open file is not touched
    raw = sent.read_bytes()
    assert raw.startswith(crypto.MAGIC) and b"SQLite" not in raw
    assert ws.company.name.encode() not in raw

    with pytest.raises(FileError) as err:
        WorkspaceFile.open(sent)
    assert err.value.code == "encrypted"

    wf = open_encrypted(sent, PASS)
    try:
        assert wf.path is None and wf.modified and not wf.read_only
        assert wf.suggested_name == "Offerte.leitplanken"
        assert wf.load() == ws
        wf.save(tmp_path / suggested_name(sent))
    finally:
        wf.close()
    assert suggested_name(sent) == "Offerte.leitplanken"


def test_each_failure_has_its_own_message_in_both_languages(tmp_path):
    path = make_saved(tmp_path / "a.leitplanken")
    with WorkspaceFile.open(path) as wf:
        sent = send_copy(wf, tmp_path / "sent.leitplanken", PASS)
    raw = sent.read_bytes()
    flipped = tmp_path / "flipped.leitplanken"
    flipped.write_bytes(raw[:-40] + bytes([raw[-40] ^ 0x10]) + raw[-39:])
    cut = tmp_path / "cut.leitplanken"
    cut.write_bytes(raw[: len(raw) // 2])
    cases = {"wrong": (sent, "nope"), "flipped": (flipped, PASS), "cut": (cut, PASS)}
    codes = {}
    texts = {"de": set(), "en": set()}
    for name, (file, passphrase) in cases.items():
        with pytest.raises(FileError) as err:
            open_encrypted(file, passphrase)
        codes[name] = err.value.code
        for lang in texts:
            texts[lang].add(file_error_text(err.value, Translator(lang)))
    assert codes == {"wrong": "wrong_passphrase", "flipped": "wrong_passphrase",
                     "cut": "bad_container"}
    assert "passphrase" in " ".join(texts["en"]) and "Passphrase" in " ".join(texts["de"])
    assert all(len(t) == 3 for t in texts.values())  # the file name differs: 3 messages
