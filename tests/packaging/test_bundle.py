"""The built bundle (dist/leitplanken) holds what the app needs and nothing it does not.

Skipped when no bundle was built; `.ci/run` builds one (make smoke) and runs this file after
the smoke test, so CI always checks it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "leitplanken"
INTERNAL = BUNDLE / "_internal"
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_rules as rules  # noqa: E402

#: The size the issue allows for the unpacked Linux bundle.
MAX_MIB = 150
#: Ubuntu 22.04's glibc: the oldest the bundle is promised to run on (packaging/README.md).
MAX_GLIBC = (2, 35)

#: `.ci/run` sets it when it runs this file after building: there a missing bundle or objdump
#: fails the tests instead of skipping them (during `make test` no bundle exists yet).
REQUIRED = os.environ.get("LEITPLANKEN_REQUIRE_BUNDLE") == "1"

pytestmark = pytest.mark.skipif(not REQUIRED and not (BUNDLE / "leitplanken").exists()
                                and not (BUNDLE / "leitplanken.exe").exists(),
                                reason="no bundle built (make package)")


def _files() -> list[Path]:
    """Every file of the bundle."""
    return [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]


def _frozen_modules() -> set[str]:
    """The Python modules inside the executable's archive."""
    from PyInstaller.archive.readers import CArchiveReader

    exe = BUNDLE / ("leitplanken.exe" if sys.platform == "win32" else "leitplanken")
    return set(CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz").toc)


def test_the_bundle_is_lean() -> None:
    size = sum(p.stat().st_size for p in _files()) / 2**20
    assert size <= MAX_MIB, f"{size:.0f} MiB"


def test_no_gtk_theme_and_only_the_platforms_and_image_formats_used() -> None:
    plugins = next(INTERNAL.glob("PySide6/**/plugins"))
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    names = {p.parent.name + "/" + rules._stem(p.name) for p in plugins.glob("*/*")}
    assert not any("gtk" in n for n in names)
    assert {n.split("/")[1] for n in names if n.startswith("platforms/")} == rules.PLATFORMS[system]
    assert {n.split("/")[1] for n in names if n.startswith("imageformats/")} == rules.IMAGE_FORMATS
    assert not any(n.split("/")[0] in rules.DROPPED_PLUGIN_KINDS for n in names)
    if system == "linux":  # printing through CUPS is a plugin there (Windows: inside QtPrintSupport)
        assert "printsupport/cupsprintersupport" in names


def test_babel_carries_only_the_offered_locales_and_their_parents() -> None:
    from babel.core import get_global

    from leitplanken.ui.settings.settings_dialog import LOCALES

    shipped = {p.stem for p in (INTERNAL / "babel" / "locale-data").glob("*.dat")}
    expected = rules.babel_locales([*LOCALES, *rules.INTERFACE_LANGUAGES],
                                   get_global("parent_exceptions"))
    assert shipped == expected
    assert {"root", "de", "de_CH", "en"} <= shipped and (INTERNAL / "babel" / "global.dat").exists()


def test_qt_keeps_its_german_catalogue_only_and_the_app_its_three() -> None:
    qt = {p.name for p in INTERNAL.glob("PySide6/**/translations/*.qm")}
    assert qt == rules.QT_CATALOGUES
    app = {p.name for p in (INTERNAL / "translations").glob("*.qm")}
    assert app == {f"leitplanken_{lang}.qm" for lang in rules.INTERFACE_LANGUAGES}
    assert (INTERNAL / "resources" / "fonts" / "DejaVuSans.ttf").exists()
    assert (INTERNAL / "resources" / "icons" / "leitplanken.svg").exists()


def test_no_test_tools_and_no_optional_pillow_parts() -> None:
    modules = _frozen_modules()
    for tool in ("pytest", "_pytest", "hypothesis", "pypdf", "mypy", "tkinter", "PyInstaller",
                 "setuptools", "unittest"):
        assert tool not in modules and not any(m.startswith(tool + ".") for m in modules), tool
    assert not any(m.startswith("tests") for m in modules)
    # reportlab imports PIL.Image whenever it loads: Pillow's core stays, its extras do not.
    assert "PIL.Image" in modules and "reportlab.platypus" in modules
    for extra in ("PIL.ImageCms", "PIL.ImageFont", "PIL.ImageTk", "PIL.AvifImagePlugin",
                  "PIL.WebPImagePlugin", "PIL.ImageQt"):
        assert extra not in modules, extra
    # Tabs and optional dialogs the window finds by name at run time are all inside.
    from leitplanken.ui.editor.use_case_editor import TAB_MODULES

    assert {module for _key, module, _cls in TAB_MODULES} <= modules
    assert "leitplanken.ui.files.recovery_dialog" in modules


@pytest.mark.skipif(not sys.platform.startswith("linux") or (shutil.which("objdump") is None and not REQUIRED),
                    reason="glibc versions are read with objdump on Linux")
def test_the_bundle_needs_no_newer_glibc_than_ubuntu_22_04() -> None:
    newest = (0, 0)
    culprit = ""
    for path in _files():
        if not (".so" in path.name or path.name == "leitplanken"):
            continue
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        for word in out.split():
            if word.startswith("(GLIBC_2.") or word.startswith("GLIBC_2."):
                version = tuple(int(n) for n in word.strip("()").split("_")[1].split(".")[:2])
                if version > newest:
                    newest, culprit = version, path.name  # type: ignore[assignment]
    assert newest <= MAX_GLIBC, f"{culprit} needs glibc {newest}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="host libraries: Linux only")
def test_no_libraries_of_the_build_machine_but_the_chosen_few() -> None:
    links = [p for p in BUNDLE.rglob("*") if p.is_symlink()]
    assert [p for p in links if not p.exists()] == []
    top = {p.name for p in INTERNAL.glob("lib*.so*") if not p.is_symlink()}
    from_host = {n for n in top if not n.startswith(("libpython", "libpyside", "libshiboken"))}
    assert all(n.startswith(rules.HOST_LIBS_KEPT) for n in from_host), sorted(from_host)
    for gone in ("libgtk-3", "libcups", "libgnutls", "libkrb5", "libglib-2.0", "libstdc++"):
        assert not any(n.startswith(gone) for n in top), gone
