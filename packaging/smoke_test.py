"""Smoke test of a built bundle, run from the bundle alone.

Usage: python packaging/smoke_test.py [BUNDLE_DIR_OR_EXECUTABLE]   (default: dist/leitplanken)

The bundle is copied to an empty folder outside the source tree and started there with a
clean HOME (and APPDATA/LOCALAPPDATA on Windows), no PYTHONPATH and the offscreen platform:
`--version`, `demo`, `check`, `export-pdf --lang de-CH` (German text: no English cover label
of this tree's catalogue, so a bundle with older catalogues fails; every font that draws
text embedded), and `--exit-after-start` on the demo file and on none; on Linux with
`xvfb-run` installed also on a real X display (the xcb platform). Exit 0 when all pass;
each step prints one line. The PDF is read with pypdf when the running Python has it (the
project's venv does), else with poppler's pdffonts/pdftotext.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Words that only a German decision record contains (cover, headings).
GERMAN_WORDS = ("Entscheidungsprotokoll", "Verwaltungsrat")
#: The report's cover page: its labels, as written in the source, and their Swiss German.
COVER_SOURCE = ROOT / "desktop" / "leitplanken" / "report" / "front.py"
CATALOGUE = ROOT / "translations" / "leitplanken_de_CH.ts"
#: Longest a single step may take (a cold start on a loaded CI machine included).
STEP_TIMEOUT = 120


class SmokeFailure(Exception):
    """One step did not do what it should."""


def _expected_version() -> str | None:
    """The package version the bundle should print (None when the source is not beside us)."""
    init = ROOT / "desktop" / "leitplanken" / "__init__.py"
    match = re.search(r'__version__ = "([^"]+)"', init.read_text()) if init.exists() else None
    return match.group(1) if match else None


def _executable(folder: Path) -> Path:
    """The command-line executable inside a bundle folder (leitplanken-cli.exe on Windows)."""
    for name in ("leitplanken-cli.exe", "leitplanken.exe", "leitplanken"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    mac = folder / "Contents" / "MacOS" / "leitplanken"
    if mac.is_file():
        return mac
    raise SmokeFailure(f"no leitplanken executable in {folder}")


def _clean_env(home: Path) -> dict[str, str]:
    """An environment with nothing of the developer's: own HOME, no Python paths."""
    keep = ("PATH", "SYSTEMROOT", "SystemRoot", "WINDIR", "TEMP", "TMP", "LANG", "LC_ALL",
            "DISPLAY", "XDG_RUNTIME_DIR", "COMSPEC", "PATHEXT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update({
        "HOME": str(home), "USERPROFILE": str(home), "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"), "QT_QPA_PLATFORM": "offscreen",
        "LANG": "de_CH.UTF-8",
    })
    return env


def _run(exe: Path, args: list[str], env: dict[str, str], cwd: Path,
         ok: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess[str]:
    """Runs the bundle; a wrong exit code fails the step with what it printed."""
    done = subprocess.run([str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=STEP_TIMEOUT)
    if done.returncode not in ok:
        raise SmokeFailure(f"{' '.join(args)}: exit {done.returncode}\n{done.stdout}{done.stderr}")
    return done


def cover_strings() -> list[tuple[str, str]]:
    """(English, Swiss German) of the cover's strings the catalogue translates differently.

    Read from the source and the catalogue of this tree, so a bundle built from older
    catalogues (or missing some of them) shows English on its cover and fails. Placeholders
    split a string into its literal pieces ("Meeting of %1" → "Meeting of").
    """
    import xml.etree.ElementTree as ET

    sources = set(re.findall(r'translate\(\s*"Report",\s*"([^"]+)"', COVER_SOURCE.read_text(encoding="utf-8")))
    context = next(c for c in ET.parse(CATALOGUE).getroot().iter("context")
                   if c.findtext("name") == "Report")
    german_words: set[str] = set()
    translated: dict[str, str] = {}
    for message in context.iter("message"):
        target = message.find("translation")
        if target is None or target.get("type") in ("unfinished", "vanished", "obsolete") or not target.text:
            continue
        german_words |= set(re.findall(r"\w+", target.text))
        translated[message.findtext("source") or ""] = target.text
    pairs = []
    for source in sorted(sources & translated.keys()):
        # Pieces pair by position (same placeholders in both; a mismatch only pairs fewer).
        pieces = zip(re.split(r"%\d", source), re.split(r"%\d", translated[source]), strict=False)
        for english, german in pieces:
            english, german = english.strip(" ,:()"), german.strip(" ,:()")
            # An English piece that is also German ("Status") cannot tell the languages apart.
            if len(english) >= 4 and english != german and not set(english.split()) <= german_words:
                pairs.append((english, german))
    return pairs


def german_cover_problems(cover: str) -> list[str]:
    """What on the cover page shows that the bundle's catalogues are not this tree's German."""
    pairs = cover_strings()
    english = [e for e, _ in pairs if re.search(rf"(?<!\w){re.escape(e)}(?!\w)", cover)]
    german = [g for _, g in pairs if g and g in cover]
    problems = [f"English on the cover: {english}"] if english else []
    if len(german) * 2 < len(pairs):
        problems.append(f"only {len(german)} of the cover's {len(pairs)} German strings: {german}")
    return problems


def _pdf_facts(pdf: Path) -> tuple[str, list[str], list[str]]:
    """(text, pages separated by form feeds; embedded fonts; fonts drawing text unembedded)."""
    try:
        from pypdf import PdfReader
        from pypdf.generic import ContentStream
    except ImportError:
        return _pdf_facts_poppler(pdf)
    reader = PdfReader(str(pdf))
    text, embedded, bare = [], set(), set()
    for page in reader.pages:
        text.append(page.extract_text() or "")
        fonts = page["/Resources"].get_object().get("/Font") or {}
        fonts = fonts.get_object()
        current = None
        contents = page.get_contents()
        if contents is None:
            continue
        for operands, operator in ContentStream(contents, reader).operations:
            if operator == b"Tf":
                current = operands[0]
            elif operator in (b"Tj", b"TJ", b"'", b'"') and current in fonts:
                font = fonts[current].get_object()
                name = str(font.get("/BaseFont"))
                descriptor = font.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                has_file = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                drawn = "".join(str(o) for o in operands).strip("[]() ")
                if has_file:
                    embedded.add(name)
                elif drawn:
                    bare.add(name)
    return "\f".join(text), sorted(embedded), sorted(bare)


def _pdf_facts_poppler(pdf: Path) -> tuple[str, list[str], list[str]]:
    """The same facts from pdftotext/pdffonts (cannot tell a listed font from a used one)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    embedded = [r.split()[0] for r in rows if " yes " in r]
    bare = [r.split()[0] for r in rows if " yes " not in r and not r.startswith("Helvetica ")]
    return text, embedded, bare


def smoke(bundle: Path) -> list[str]:
    """Runs every step; returns one line per step (raises SmokeFailure at the first failure)."""
    lines = []
    with tempfile.TemporaryDirectory(prefix="leitplanken-smoke-") as tmp:
        place = Path(tmp)
        copy = place / "app" / bundle.name
        shutil.copytree(bundle, copy, symlinks=True)
        exe = _executable(copy)
        home = place / "home"
        home.mkdir()
        work = place / "work"
        work.mkdir()
        env = _clean_env(home)

        out = _run(exe, ["--version"], env, work).stdout.strip()
        expected = _expected_version()
        if not out.startswith("leitplanken ") or (expected and out != f"leitplanken {expected}"):
            raise SmokeFailure(f"--version printed {out!r}, expected 'leitplanken {expected}'")
        lines.append(f"--version: {out}")

        ws = work / "Muster AG.leitplanken"
        _run(exe, ["demo", str(ws), "--lang", "de_CH"], env, work)
        if not ws.is_file():
            raise SmokeFailure("demo wrote no file")
        lines.append(f"demo: {ws.name}, {ws.stat().st_size:,} bytes")

        check = _run(exe, ["check", str(ws)], env, work, ok=(0, 1)).stdout
        if ws.name not in check or "Schema-Version" not in check:
            raise SmokeFailure(f"check did not report on the file in German (LANG=de_CH):\n{check}")
        lines.append(f"check: exit ok, {len(check.splitlines())} lines in German")

        pdf = work / "record.pdf"
        started = time.perf_counter()
        _run(exe, ["export-pdf", str(ws), "--lang", "de-CH", "-o", str(pdf)], env, work)
        seconds = time.perf_counter() - started
        text, embedded, bare = _pdf_facts(pdf)
        missing = [w for w in GERMAN_WORDS if w not in text]
        if missing:
            raise SmokeFailure(f"the PDF lacks the German words {missing}")
        problems = german_cover_problems(text.split("\f")[0])
        if problems:
            raise SmokeFailure("the cover is not fully German (catalogues older than the "
                               "sources?): " + "; ".join(problems))
        if not any("DejaVuSans" in name for name in embedded) or bare:
            raise SmokeFailure(f"fonts: embedded {embedded}, drawing text but not embedded {bare}")
        if not re.search(r"CHF\s?\d{1,3}['’]\d{3}", text):
            raise SmokeFailure("no Swiss amount (CHF 1'234) in the PDF: babel's de_CH data?")
        lines.append(f"export-pdf: {pdf.stat().st_size:,} bytes in {seconds:.2f} s, "
                     f"German, fonts embedded: {', '.join(embedded)}")

        for args in (["--exit-after-start", str(ws)], ["--exit-after-start"]):
            started = time.perf_counter()
            _run(exe, args, env, work)
            lines.append(f"{' '.join(a if a.startswith('-') else 'FILE' for a in args)}: "
                         f"window opened and closed in {time.perf_counter() - started:.2f} s")
        if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
            # A real X display: Qt's xcb platform with the desktop's own X libraries.
            xenv = dict(env, QT_QPA_PLATFORM="xcb")  # no silent fallback to offscreen
            started = time.perf_counter()
            done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x860x24", str(exe),
                                   "--exit-after-start", str(ws)], env=xenv, cwd=work,
                                  capture_output=True, text=True, timeout=STEP_TIMEOUT)
            if done.returncode != 0:
                raise SmokeFailure(f"window on X (xcb): exit {done.returncode}\n{done.stderr}")
            lines.append(f"--exit-after-start FILE on an X display (xcb): "
                         f"{time.perf_counter() - started:.2f} s")
        log = home / ".local" / "share" / "leitplanken" / "logs" / "leitplanken.log"
        if log.exists() and "Traceback" in log.read_text(errors="replace"):
            raise SmokeFailure(f"the log holds a traceback:\n{log.read_text(errors='replace')}")
    return lines


def main(argv: list[str]) -> int:
    """Command line: the bundle folder (default dist/leitplanken)."""
    target = Path(argv[0]) if argv else ROOT / "dist" / "leitplanken"
    bundle = target if target.is_dir() else target.parent
    try:
        for line in smoke(bundle):
            print(f"ok  {line}")
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"FAILED  {failure}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
