"""Pages rendered to PNG (QtPdf) for a reviewer's eyes, and checked for overflow and blank pages.

Set LEITPLANKEN_REVIEW_DIR to keep the images (German A4 and English Letter of the demo).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from leitplanken.domain.demo import demo_workspace
from leitplanken.report import ReportOptions, render
from leitplanken.report.document import MARGIN_X

TODAY = date(2026, 11, 20)
SCALE = 1.5  # 108 dpi: readable for a reviewer, quick to check


def _ink(image: QImage, x0: int, x1: int, enough: int = 10**9) -> int:
    """How many clearly dark pixels lie in the vertical strip x0..x1 (stops at `enough`)."""
    dark = 0
    for y in range(0, image.height(), 3):
        for x in range(x0, x1, 3):
            if image.pixelColor(x, y).lightness() < 200:
                dark += 1
                if dark >= enough:
                    return dark
    return dark


@pytest.mark.parametrize(("lang", "paper"), [("de_CH", "a4"), ("en", "letter"), ("de", "letter")])
def test_pages_render_and_stay_inside_the_margins(qapp, tmp_path: Path, lang: str,
                                                  paper: str) -> None:
    """Every page renders, none is empty, and nothing runs into the left or right margin."""
    ws = demo_workspace("en" if lang == "en" else "de", TODAY)
    result = render(ws, ReportOptions(language=lang, paper=paper, today=TODAY,
                                      meeting="VR-Sitzung 4/2026", author="Anna Keller",
                                      confidentiality="Vertraulich", circular_resolution=True))
    folder = Path(os.environ.get("LEITPLANKEN_REVIEW_DIR") or tmp_path) / f"{lang}-{paper}"
    folder.mkdir(parents=True, exist_ok=True)
    data = QByteArray(result.pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    assert doc.status() == QPdfDocument.Status.Ready
    assert doc.pageCount() == result.pages
    margin = int(MARGIN_X * SCALE)
    for page in range(doc.pageCount()):
        size = doc.pagePointSize(page)
        image = doc.render(page, QSize(int(size.width() * SCALE), int(size.height() * SCALE)))
        white = QImage(image.size(), QImage.Format.Format_RGB32)
        white.fill(0xFFFFFF)
        painter = QPainter(white)
        painter.drawImage(0, 0, image)
        painter.end()
        assert white.save(str(folder / f"page-{page + 1:03d}.png"))
        image = white
        width = image.width()
        assert _ink(image, margin + 4, width - margin - 4, 50) >= 50, f"page {page + 1} is empty"
        assert _ink(image, 2, margin - 4) == 0, f"page {page + 1} runs into the left margin"
        assert _ink(image, width - margin + 4, width - 2) == 0, \
            f"page {page + 1} runs into the right margin"
    doc.close()
