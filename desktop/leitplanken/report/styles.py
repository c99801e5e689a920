"""Paragraph and table styles of the decision record: one font, grey shading, clear hierarchy.

The record is usually printed in black and white, so emphasis comes from weight, size, rules
and light grey fills, never from colour. Every style names the bundled font explicitly because
reportlab's defaults fall back to Helvetica.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from leitplanken.report.fonts import BOLD, ITALIC, REGULAR

INK = 0.0
RULE_GREY = 0.55
HEAD_GREY = 0.86
BAND_GREY = 0.94
MUTED_GREY = 0.33
CELL_SIZE = 8.5
CELL_PAD = 4


@dataclass
class Styles:
    """The named paragraph styles one document uses."""

    title: Any
    subtitle: Any
    h1: Any
    h2: Any
    h3: Any
    body: Any
    small: Any
    muted: Any
    cell: Any
    cell_bold: Any
    cell_head: Any
    cell_center: Any
    rotated_head: Any
    finding: Any
    box: Any
    motion: Any  # the motion's sentence, set apart in a frame
    kicker: Any  # the small line above a heading ("Item 2 · For decision")
    item: Any  # an item page's title, right under its kicker
    option: Any  # an option of a motion
    part: Any  # a part of an item page (motion, options, recommendation)


def make_styles() -> Styles:
    """Builds the paragraph styles (reportlab is imported only when a record is made)."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    black = Color(INK, INK, INK)
    muted = Color(MUTED_GREY, MUTED_GREY, MUTED_GREY)
    base = ParagraphStyle(
        "base",
        fontName=REGULAR,
        fontSize=10,
        leading=13,
        textColor=black,
        bulletFontName=REGULAR,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )

    def derive(name: str, **kw: Any) -> Any:
        return ParagraphStyle(name, parent=base, **kw)

    cell = derive("cell", fontSize=CELL_SIZE, leading=10.5)
    return Styles(
        title=derive("title", fontName=BOLD, fontSize=24, leading=30, spaceAfter=8),
        subtitle=derive("subtitle", fontSize=13, leading=17, spaceAfter=4, textColor=muted),
        h1=derive("h1", fontName=BOLD, fontSize=15, leading=19, spaceBefore=14, spaceAfter=6,
                  keepWithNext=1),
        h2=derive(
            "h2", fontName=BOLD, fontSize=11.5, leading=14.5, spaceBefore=10, spaceAfter=3,
            keepWithNext=1,
        ),
        h3=derive("h3", fontName=BOLD, fontSize=9.5, leading=12.5, spaceBefore=6, spaceAfter=2,
                  keepWithNext=1),
        body=derive("body", spaceAfter=4),
        small=derive("small", fontSize=8, leading=10),
        muted=derive("muted", fontSize=8.5, leading=11, textColor=muted),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD, fontSize=8),
        cell_center=ParagraphStyle("cell_center", parent=cell, fontName=BOLD, fontSize=10,
                                   alignment=TA_CENTER),
        rotated_head=ParagraphStyle("rotated_head", parent=cell, fontName=BOLD, fontSize=7.5,
                                    leading=9, alignment=TA_CENTER),
        finding=derive("finding", fontSize=8.5, leading=11, leftIndent=12, bulletIndent=0,
                       fontName=REGULAR),
        box=derive("box", fontName=ITALIC, fontSize=9, leading=12),
        motion=derive("motion", fontName=BOLD, fontSize=11, leading=15),
        item=derive("item", fontName=BOLD, fontSize=15, leading=19, spaceBefore=0,
                    spaceAfter=4, keepWithNext=1),
        option=derive("option", fontSize=9.5, leading=12),
        part=derive("part", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=7,
                    spaceAfter=2, keepWithNext=1),
        kicker=derive("kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=muted,
                      spaceBefore=0, spaceAfter=2, keepWithNext=1),
    )


def grid_style(header_rows: int = 1) -> list[tuple]:
    """The common table look: thin grey grid, shaded bold header, top-aligned cells."""
    from reportlab.lib.colors import Color

    rule = Color(RULE_GREY, RULE_GREY, RULE_GREY)
    head = Color(HEAD_GREY, HEAD_GREY, HEAD_GREY)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, rule),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), head),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    return commands


def band(row: int) -> tuple:
    """A light grey band across one table row (category headings inside a table)."""
    from reportlab.lib.colors import Color

    return ("BACKGROUND", (0, row), (-1, row), Color(BAND_GREY, BAND_GREY, BAND_GREY))
