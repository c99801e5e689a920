"""The bundled DejaVu Sans, registered with reportlab and embedded in every decision record.

reportlab's built-in Helvetica cannot draw Ł, Ğ or Ş and is never embedded, so the record
uses only the bundled TrueType font; the set of characters all four styles can draw decides
which user characters must be replaced by a visible placeholder.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from leitplanken.paths import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_STYLES = {REGULAR: "regular", BOLD: "bold", ITALIC: "italic", BOLD_ITALIC: "bolditalic"}
_lock = threading.Lock()


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Registers the four styles once and returns the code points every style can draw."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        drawable: set[int] | None = None
        for name, style in _STYLES.items():
            font = TTFont(name, str(font_path(style)))
            pdfmetrics.registerFont(font)
            codes = set(font.face.charToGlyph)
            drawable = codes if drawable is None else drawable & codes
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        # Paragraph markup (<b>, <i>) looks fonts up through these mappings.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return frozenset(drawable or ())
