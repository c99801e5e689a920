"""The encrypted container for a sent copy: a lost stick or a misaddressed mail exposes nothing.

Format, version 1 (all integers big-endian; documented in docs/FILE_FORMAT.md):

    offset  size  field
    0       8     magic            b"\\x89LPKENC\\n"  (a byte >0x7f and a newline catch text-mode damage)
    8       1     format version   1
    9       1     KDF id           1 = scrypt
    10      1     log2(n)          scrypt cost, 14..18
    11      1     r                scrypt block size, 1..16
    12      1     p                scrypt parallelism, 1..4
    13      16    salt             random per copy
    29      12    nonce            random per copy (AES-GCM)
    41      8     length           bytes of ciphertext+tag that follow (detects truncation)
    49      ...   ciphertext+tag   AES-256-GCM of the SQLite file; the last 16 bytes are the tag

The 49-byte header is the AES-GCM associated data, so changing any header byte (for example
lowering the KDF cost) makes decryption fail. KDF parameters read from a file are bounded before
any work is done (memory 128*n*r at most 256 MiB), so a crafted header cannot make the app
allocate gigabytes or run for hours. GCM cannot tell a wrong passphrase from a modified file;
the message says so honestly ("wrong passphrase or damaged file").
"""

from __future__ import annotations

import os
import secrets
import struct
from dataclasses import dataclass
from pathlib import Path

from leitplanken.storage.errors import FileError

MAGIC = b"\x89LPKENC\n"
VERSION = 1
KDF_SCRYPT = 1
SALT_LEN = 16
NONCE_LEN = 12
TAG_LEN = 16
_HEADER = struct.Struct(">8sBBBBB16s12sQ")
HEADER_LEN = _HEADER.size

#: Defaults for new copies: about 32 MiB and a fraction of a second on a laptop.
DEFAULT_LOG2_N = 15
DEFAULT_R = 8
DEFAULT_P = 1

#: Bounds enforced on parameters read from a file before deriving anything.
LOG2_N_RANGE = (14, 18)
R_RANGE = (1, 16)
P_RANGE = (1, 4)
MAX_KDF_MEMORY = 256 * 1024 * 1024
#: A workspace file larger than this is not a workspace (keeps decryption in memory bounded).
MAX_PLAINTEXT = 1024 * 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost parameters, stored in the header so old copies stay readable."""

    log2_n: int = DEFAULT_LOG2_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    def is_bounded(self) -> bool:
        """True when deriving a key with these parameters costs a sane amount of memory and time."""
        if not (LOG2_N_RANGE[0] <= self.log2_n <= LOG2_N_RANGE[1]):
            return False
        if not (R_RANGE[0] <= self.r <= R_RANGE[1] and P_RANGE[0] <= self.p <= P_RANGE[1]):
            return False
        return 128 * (2**self.log2_n) * self.r <= MAX_KDF_MEMORY


def is_encrypted_header(head: bytes) -> bool:
    """True when the first bytes of a file are our container's magic (lets open() say "encrypted")."""
    return head[: len(MAGIC)] == MAGIC


def is_encrypted_file(path: Path) -> bool:
    """True when the file at `path` starts with the container magic; False when unreadable."""
    if not os.path.isfile(path):
        return False  # a FIFO would block the read below; a folder or device is no container
    try:
        with open(path, "rb") as fh:
            return is_encrypted_header(fh.read(len(MAGIC)))
    except OSError:
        return False


#: Byte-order marks an editor may put in front of a text file (Notepad: UTF-8 or UTF-16).
_BOMS = (("utf-32", (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")),
         ("utf-8-sig", (b"\xef\xbb\xbf",)), ("utf-16", (b"\xff\xfe", b"\xfe\xff")))


def passphrase_from_file(path: Path) -> str:
    """The first line of a passphrase file, as the user typed it in their editor.

    Editors add what is not part of the passphrase: a byte-order mark (Windows Notepad writes
    UTF-8 with BOM or "Unicode", UTF-16 LE with BOM) and a line end (CRLF on Windows). Both
    are left out; spaces are kept (they may be part of the passphrase). Empty when there is
    no first line. OSError and UnicodeDecodeError are the caller's to report.
    """
    raw = path.read_bytes()
    encoding = "utf-8"
    for name, marks in _BOMS:
        if raw.startswith(marks):
            encoding = name
            break
    text = raw.decode(encoding)
    text = text.removeprefix("\ufeff")  # a BOM decoded as a character (e.g. written twice)
    lines = text.splitlines()
    return lines[0] if lines else ""


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 256-bit AES key for a passphrase; NFC-normalised so umlauts typed either way match."""
    import unicodedata

    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=salt, length=32, n=2**params.log2_n, r=params.r, p=params.p)
    return kdf.derive(secret)


def encrypt_bytes(plaintext: bytes, passphrase: str, params: KdfParams | None = None) -> bytes:
    """Wraps a SQLite file's bytes into the container; a fresh salt and nonce every time."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = params or KdfParams()
    if not params.is_bounded():
        raise ValueError("KDF parameters out of bounds")
    if not passphrase:
        raise ValueError("empty passphrase")
    salt = secrets.token_bytes(SALT_LEN)
    nonce = secrets.token_bytes(NONCE_LEN)
    length = len(plaintext) + TAG_LEN
    header = _HEADER.pack(MAGIC, VERSION, KDF_SCRYPT, params.log2_n, params.r, params.p, salt,
                          nonce, length)
    key = _derive(passphrase, salt, params)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def parse_header(blob: bytes, path: Path | None = None) -> tuple[KdfParams, bytes, bytes]:
    """Reads and bounds the header; a wrong or truncated header is "bad_container", never a crash."""
    if len(blob) < len(MAGIC) or not is_encrypted_header(blob):
        raise FileError("bad_container", path, reason="magic")
    if len(blob) < HEADER_LEN + TAG_LEN:
        raise FileError("bad_container", path, reason="truncated")
    magic, version, kdf, log2_n, r, p, salt, nonce, length = _HEADER.unpack_from(blob)
    if version != VERSION:
        raise FileError("bad_container", path, reason="version", version=version)
    if kdf != KDF_SCRYPT:
        raise FileError("bad_container", path, reason="kdf")
    params = KdfParams(log2_n, r, p)
    if not params.is_bounded():
        raise FileError("bad_container", path, reason="kdf_params")
    if len(blob) - HEADER_LEN != length:
        raise FileError("bad_container", path, reason="truncated" if len(blob) - HEADER_LEN
                        < length else "trailing")
    return params, salt, nonce


def decrypt_bytes(blob: bytes, passphrase: str, path: Path | None = None) -> bytes:
    """The SQLite bytes inside a container; FileError "wrong_passphrase" when GCM says no."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params, salt, nonce = parse_header(blob, path)
    key = _derive(passphrase, salt, params)
    try:
        return AESGCM(key).decrypt(nonce, blob[HEADER_LEN:], blob[:HEADER_LEN])
    except InvalidTag:
        raise FileError("wrong_passphrase", path) from None


def read_container(path: Path) -> bytes:
    """Reads an encrypted copy from disk with file problems mapped to FileError."""
    try:
        size = os.path.getsize(path)
        if size > MAX_PLAINTEXT + HEADER_LEN + TAG_LEN:
            raise FileError("bad_container", path, reason="size")
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise FileError("not_found", path) from None
    except IsADirectoryError:
        raise FileError("is_directory", path) from None
    except PermissionError:
        raise FileError("permission", path) from None
    except OSError as exc:
        raise FileError("io", path, detail=str(exc)) from None


def decrypt_file(path: Path, passphrase: str, out: Path) -> None:
    """Decrypts an encrypted copy into `out` (a private temp file the app then opens)."""
    plaintext = decrypt_bytes(read_container(path), passphrase, path)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(plaintext)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise FileError("io", out, detail=str(exc)) from None
