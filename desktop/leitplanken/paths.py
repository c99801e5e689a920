"""Where bundled resources and compiled translations live, in a checkout and when frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _root() -> Path:
    """The folder holding resources/ and translations/ (repository or frozen bundle)."""
    override = os.environ.get("LEITPLANKEN_ROOT")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    # An installed package (wheel, `pip install .`) carries its data inside; setup.py puts it
    # there. An editable install or a checkout reads the repository's folders.
    packaged = Path(__file__).resolve().parent / "_data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    """Bundled fonts, icons and demo data."""
    return _root() / "resources"


def translations_dir() -> Path:
    """Compiled .qm files next to their .ts sources."""
    return _root() / "translations"


def font_path(style: str = "regular") -> Path:
    """The bundled TrueType font used by the window and embedded in every PDF."""
    names = {
        "regular": "DejaVuSans.ttf",
        "bold": "DejaVuSans-Bold.ttf",
        "italic": "DejaVuSans-Oblique.ttf",
        "bolditalic": "DejaVuSans-BoldOblique.ttf",
    }
    return resources_dir() / "fonts" / names[style]
