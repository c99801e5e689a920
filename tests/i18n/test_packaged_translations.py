"""The translations travel with the package, and a missing one is never a silent fallback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from leitplanken.i18n import translator as tr_module
from leitplanken.i18n.translator import LANGUAGES, MissingCatalogue, require_translator

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"


def _tool(name: str) -> str:
    """A Qt tool installed beside this interpreter (PySide6-Essentials ships them)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is not installed beside {sys.executable}"
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_catalogues_are_current(lang: str, tmp_path: Path) -> None:
    """Each committed .qm is exactly what lrelease makes of its .ts: no stale build output."""
    fresh = tmp_path / f"leitplanken_{lang}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS_DIR / f"leitplanken_{lang}.ts"),
                    "-qm", str(fresh)], check=True)
    committed = TS_DIR / f"leitplanken_{lang}.qm"
    assert committed.read_bytes() == fresh.read_bytes(), "run `make qm` and commit the .qm files"


def test_missing_catalogue_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Asking for German where no German catalogue is installed raises, naming the file."""
    monkeypatch.setenv("LEITPLANKEN_ROOT", str(tmp_path))
    tr_module.translator.cache_clear()
    try:
        with pytest.raises(MissingCatalogue) as caught:
            require_translator("de")
        assert caught.value.language == "de"
        assert str(tmp_path) in caught.value.path
    finally:
        tr_module.translator.cache_clear()


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Runs the CLI in a child process, as a user would from a terminal."""
    return subprocess.run([sys.executable, "-m", "leitplanken", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120)


def test_cli_refuses_a_record_in_a_language_that_is_not_installed(tmp_path: Path) -> None:
    """export-pdf --lang de without the German catalogue says so and writes nothing."""
    env = {**os.environ, "LEITPLANKEN_LANG": "en", "LEITPLANKEN_DATA_DIR": str(tmp_path / "d")}
    demo = tmp_path / "demo.leitplanken"
    assert _run(["demo", str(demo)], env, tmp_path).returncode == 0
    bare = tmp_path / "bare"
    (bare / "translations").mkdir(parents=True)
    shutil.copytree(ROOT / "resources", bare / "resources")
    env["LEITPLANKEN_ROOT"] = str(bare)
    done = _run(["export-pdf", str(demo), "--lang", "de", "-o", str(tmp_path / "r.pdf")],
                env, tmp_path)
    assert done.returncode == 2
    assert "not installed" in done.stderr and "leitplanken_de.qm" in done.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_a_built_wheel_speaks_german(tmp_path: Path) -> None:
    """The wheel carries the font and the catalogues; installed from it, the record is German."""
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True,
                   timeout=300)
    wheel = next((tmp_path / "dist").glob("leitplanken-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for lang in LANGUAGES:
        assert f"leitplanken/_data/translations/leitplanken_{lang}.qm" in names
    assert "leitplanken/_data/resources/fonts/DejaVuSans.ttf" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {k: v for k, v in os.environ.items() if k != "LEITPLANKEN_ROOT"}
    env.update(PYTHONPATH=str(site), LEITPLANKEN_LANG="en",
               LEITPLANKEN_DATA_DIR=str(tmp_path / "d"))
    # run outside the checkout, so nothing can be found beside the sources by accident
    where = subprocess.run([sys.executable, "-c", "import leitplanken; print(leitplanken.__file__)"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    assert where.stdout.strip().startswith(str(site))
    demo = tmp_path / "demo.leitplanken"
    assert _run(["demo", str(demo), "--lang", "de"], env, tmp_path).returncode == 0
    done = _run(["export-pdf", str(demo), "--lang", "de", "-o", str(tmp_path / "r.pdf")],
                env, tmp_path)
    assert done.returncode == 0, done.stderr
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "Entscheidungsprotokoll" in text and "Decision record" not in text
