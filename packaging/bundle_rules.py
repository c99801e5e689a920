"""What the frozen bundle keeps: Qt plugins, babel locales, Qt catalogues, host libraries.

PyInstaller collects everything a package might load; the app needs a small part of it. The
rules live here (not in the spec) so tests can check them against the app's own lists and
against a built bundle. Every rule names what it keeps, so a new need is a one-line change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath, PurePosixPath

#: Qt plugin folders the bundle never needs: no network, no device input, no embedded
#: displays, no QML, no SQL drivers.
DROPPED_PLUGIN_KINDS = frozenset({
    "generic", "egldeviceintegrations", "networkinformation", "tls", "qmltooling",
    "sqldrivers", "multimedia", "position", "sensors", "canbus", "webview",
})

#: Platform plugins per system: the desktop's own, plus offscreen for the start-up check.
PLATFORMS = {
    "linux": {"qxcb", "qwayland", "qoffscreen"},
    "win32": {"qwindows", "qoffscreen"},
    "darwin": {"qcocoa", "qoffscreen"},
}

#: Image formats the app reads: its SVG icons and the Windows .ico (PNG is built into Qt).
IMAGE_FORMATS = {"qsvg", "qico"}

#: Platform themes left out: GTK's pulls the whole GTK stack into the bundle.
DROPPED_THEMES = {"qgtk3"}

#: Qt libraries that only dropped plugins use.
DROPPED_QT_LIBS = {"Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport"}

#: Libraries of the build machine worth carrying (Linux): those Python's own modules link
#: (a known SQLite, OpenSSL for hashlib) and the xcb helpers desktops often lack (Qt's xcb
#: plugin refuses to start without libxcb-cursor). Everything else the build machine would
#: add (glib, GTK, cups, gnutls, krb5, X11, fontconfig, libstdc++) is the desktop's own: a
#: copy from the build machine only raises the glibc the bundle needs.
HOST_LIBS_KEPT = (
    "libssl.", "libcrypto.", "libsqlite3.", "libffi.", "libbz2.", "liblzma.", "libz.",
    "libmpdec.", "libuuid.",
    "libxcb-cursor.", "libxcb-icccm.", "libxcb-image.", "libxcb-keysyms.",
    "libxcb-render-util.", "libxcb-util.", "libxkbcommon-x11.",
)

#: Python packages the app never imports at run time (build, test and image tools). Pillow
#: itself stays: reportlab imports PIL.Image whenever it loads; only Pillow's optional
#: formats and tools go (AVIF, WebP, colour management, its own fonts, Tk and Qt bridges).
EXCLUDED_MODULES = [
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
    "PIL.ImageCms", "PIL._imagingft", "PIL.ImageFont", "PIL._imagingtk", "PIL.ImageTk",
    "PIL.ImageQt", "PIL._imagingmath", "PIL.ImageMath", "PIL._imagingmorph", "PIL.ImageMorph",
    "PIL.ImageShow", "PIL.ImageGrab", "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf",
    "mypy", "ruff", "IPython", "numpy", "setuptools", "pip", "build", "PyInstaller",
    "readline", "pydoc_data", "lib2to3", "test", "unittest", "doctest", "xmlrpc",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml",
]

#: Qt's own catalogues kept: the German one the app loads (Swiss German derives from it).
QT_CATALOGUES = {"qtbase_de.qm"}

#: The interface languages (leitplanken_<lang>.qm); workspace formats come from LOCALES.
INTERFACE_LANGUAGES = ("de", "de_CH", "en")


def babel_locales(locales: Iterable[str], parent_exceptions: dict[str, str]) -> set[str]:
    """The babel locale files a set of locales needs: each one, its parents, and root.

    babel merges a locale's data over its parent's (de_CH over de over root; en_GB over
    en_001 over en), so every step of the chain must be in the bundle.
    """
    needed = {"root"}
    for code in locales:
        while code and code != "root":
            needed.add(code)
            code = parent_exceptions.get(code) or (code.rsplit("_", 1)[0] if "_" in code else "root")
    return needed


def _stem(name: str) -> str:
    """A plugin's name without lib prefix and suffix: libqxcb.so, qwindows.dll -> qxcb, qwindows."""
    base = name.split(".", 1)[0]
    return base[3:] if base.startswith("lib") else base


def keep_plugin(kind: str, name: str, system: str) -> bool:
    """Whether a Qt plugin (its folder and file name) belongs in the bundle for `system`."""
    stem = _stem(name)
    if kind in DROPPED_PLUGIN_KINDS:
        return False
    if kind == "platforms":
        return stem in PLATFORMS.get(system, set())
    if kind == "imageformats":
        return stem in IMAGE_FORMATS
    if kind == "platformthemes":
        return stem not in DROPPED_THEMES
    return True


def _plugin_parts(dest: str) -> tuple[str, str] | None:
    """(kind, file) when a bundle path lies in a Qt plugins folder."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" in parts:
        at = parts.index("plugins")
        if len(parts) == at + 3 and parts[0] == "PySide6":
            return parts[at + 1], parts[at + 2]
    return None


def keep_binary(dest: str, source: str, system: str, venv_prefixes: Iterable[str]) -> bool:
    """Whether a binary PyInstaller collected stays in the bundle."""
    plugin = _plugin_parts(dest)
    if plugin is not None:
        return keep_plugin(*plugin, system)
    name = PurePath(dest.replace("\\", "/")).name
    if any(name.startswith(f"lib{lib}.") or name.startswith(f"{lib}.") for lib in DROPPED_QT_LIBS):
        return False
    if system == "linux" and _from_host(source, venv_prefixes):
        return name.startswith(HOST_LIBS_KEPT)
    return True


def _from_host(source: str, venv_prefixes: Iterable[str]) -> bool:
    """Whether a library comes from the build machine's system folders (not Python's or a wheel's)."""
    if any(source.startswith(prefix) for prefix in venv_prefixes):
        return False
    return source.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/"))


def keep_data(dest: str, babel_needed: set[str]) -> bool:
    """Whether a data file stays: babel's locales and Qt's catalogues only where the app uses them."""
    posix = dest.replace("\\", "/")
    match = re.fullmatch(r"babel/locale-data/(.+)\.dat", posix)
    if match:
        return match.group(1) in babel_needed
    if re.fullmatch(r"PySide6/(Qt/)?translations/[^/]+\.qm", posix):
        return PurePosixPath(posix).name in QT_CATALOGUES
    return not re.match(r"leitplanken/.*tests?/", posix)


def windows_version(version: str) -> tuple[int, int, int, int]:
    """The package version as the four numbers Windows' version resource wants."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]
