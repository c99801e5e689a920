"""Compiles the Windows installer (leitplanken.nsi) with makensis, versioned from the package.

Usage: python packaging/windows/build_installer.py [--source DIR] [--icons DIR] [--out FILE]

Defaults: dist/leitplanken (the PyInstaller folder), build/icons (packaging/make_icons.py),
dist/Leitplanken-<version>-windows-x64.exe. Runs on Windows (NSIS from `choco install nsis`) and
on Linux (Debian's `nsis` package), where it can compile against any folder of that layout.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
from bundle_rules import windows_version  # noqa: E402

SCRIPT = HERE / "leitplanken.nsi"


def package_version() -> str:
    """The version in desktop/leitplanken/__init__.py (read, not imported: no Qt needed)."""
    text = (ROOT / "desktop" / "leitplanken" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise SystemExit("no __version__ in desktop/leitplanken/__init__.py")
    return match.group(1)


def makensis() -> str:
    """The makensis program: on PATH, or where the NSIS installer puts it on Windows."""
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "NSIS" / "makensis.exe").exists():
            return str(Path(base) / "NSIS" / "makensis.exe")
    raise SystemExit("makensis was not found: install NSIS ('choco install nsis' or 'apt-get install nsis')")


def command(source: Path, icons: Path, out: Path, version: str) -> list[str]:
    """The makensis call with every define the script needs.

    The script is UTF-8 (German umlauts and quotes). makensis reads a script without a BOM in
    the system's ANSI code page on Windows (CP1252: "geÃ¶ffnet") and as UTF-8 elsewhere, so the
    input charset is named; it must come before the script on the command line.
    """
    numbers = ".".join(str(n) for n in windows_version(version))
    flag = "/" if sys.platform == "win32" else "-"
    return [makensis(), f"{flag}V2", f"{flag}INPUTCHARSET", "UTF8", f"{flag}DVERSION={version}", f"{flag}DVERSION4={numbers}",
            f"{flag}DSOURCE={source}", f"{flag}DICONS={icons}", f"{flag}DOUTFILE={out}", str(SCRIPT)]


def main(argv: list[str]) -> int:
    """Command line: where the bundle and icons are, and where the installer goes."""
    version = package_version()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT / "dist" / "leitplanken")
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / f"Leitplanken-{version}-windows-x64.exe")
    args = parser.parse_args(argv)
    for needed in (args.source / "leitplanken.exe", args.source / "leitplanken-cli.exe",
                   args.icons / "leitplanken.ico", args.icons / "leitplanken-file.ico"):
        if not needed.exists():
            print(f"missing: {needed}", file=sys.stderr)
            return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(command(args.source.resolve(), args.icons.resolve(), args.out.resolve(),
                                  version))
    if done.returncode == 0:
        print(f"installer written to {args.out}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
