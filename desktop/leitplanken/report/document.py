"""The page frame of the decision record: header, footer, "Page x of y", bookmarks, laziness.

"Page x of y" is drawn through one small form XObject per page that is filled in when the
total is known, just before saving. The popular recipe that stores every page's state and
replays it at the end breaks bookmarks and doubles the work; this one does neither.

Use cases are expanded into flowables only when the layout reaches them (`Deferred`), so the
story never holds more than one use case at a time and memory does not grow with the record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from leitplanken.i18n.translator import fill
from leitplanken.report.fonts import BOLD, REGULAR
from leitplanken.report.options import Cancelled
from leitplanken.report.text import fit

MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm


class Deferred(Flowable):
    """Stands in the story for flowables that are built only when the layout reaches them."""

    def __init__(self, make: Callable[[], list[Any]]) -> None:
        """`make` returns the flowables (it may raise Cancelled to stop the export)."""
        super().__init__()
        self.make = make

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Takes no room; the document replaces it before it would ever be laid out."""
        return 0, 0

    def draw(self) -> None:
        """Never drawn: the document expands it first."""


class Bookmark(Flowable):
    """An invisible marker that adds an outline entry for the page it lands on."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        """`title` must already be plain, drawable text."""
        super().__init__()
        self.key, self.title, self.level = key, title, level

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Takes no room on the page."""
        return 0, 0

    def draw(self) -> None:
        """Anchors the outline entry at the marker's height on the page."""
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, 0)
        canv.addOutlineEntry(self.title[:200], self.key, level=self.level, closed=True)


class Heading(Paragraph):
    """A heading that adds itself to the outline where it is actually drawn.

    A separate marker before a heading that keeps with the next flowable can stay behind on
    the previous page; the heading itself cannot.
    """

    def __init__(self, markup: str, style: Any, key: str, title: str, level: int = 0) -> None:
        """`title` is the outline text (plain, drawable)."""
        super().__init__(markup, style)
        self.key, self.title, self.level = key, title, level

    def draw(self) -> None:
        """Draws the heading, then anchors the outline entry at its top."""
        super().draw()
        placed = getattr(self.canv, "placed", None)
        if placed is not None:  # where PageRef finds it
            placed.setdefault(self.key, self.canv.getPageNumber())
        self.canv.bookmarkHorizontal(self.key, 0, self.height + self.style.leading)
        self.canv.addOutlineEntry(self.title[:200], self.key, level=self.level, closed=True)


class PageRef(Flowable):
    """The page a Heading (by its key) lands on, written once the whole record is laid out.

    Like "Page x of y" it draws a form XObject that the canvas fills in just before saving,
    so the agenda can name pages that are laid out after it.
    """

    def __init__(self, key: str, size: float = 8.5) -> None:
        """`key` is the Heading's outline key ("item3")."""
        super().__init__()
        self.key, self.size = key, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """One line of the given size."""
        self.width = avail_width
        return avail_width, self.size * 1.2

    def draw(self) -> None:
        """Places the (not yet written) page number at the flowable's baseline."""
        canv = self.canv
        wanted = getattr(canv, "wanted", None)
        if wanted is None:
            return
        wanted[self.key] = self.size
        canv.saveState()
        canv.translate(0, self.size * 0.25)
        canv.doForm(f"ref_{self.key}")
        canv.restoreState()


@dataclass
class PageTexts:
    """What the header and footer of every page say (already cleaned)."""

    header_left: str
    header_right: str
    footer_left: str
    page_of: str  # translated "Page %1 of %2"


def _timestamp(day: date) -> Any:
    """reportlab's time stamp fixed to the export day, so identical exports are identical."""
    from reportlab.lib.utils import TimeStamp

    stamp = TimeStamp(invariant=1)
    moment = datetime.combine(day, time(0, 0), tzinfo=UTC)
    stamp.t = moment.timestamp()
    stamp.lt = moment.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


class NumberedCanvas(Canvas):
    """A canvas that fills every page's "Page x of y" form once the page count is known."""

    def __init__(self, *args: Any, page_of: str = "%1 / %2", day: date | None = None,
                 **kwargs: Any) -> None:
        """`page_of` is the translated pattern; `day` becomes the creation date."""
        kwargs["initialFontName"] = REGULAR
        kwargs["invariant"] = 1
        super().__init__(*args, **kwargs)
        self._page_of = page_of
        self._numbered: list[int] = []
        #: Page of each Heading by key, and the keys PageRefs ask for (with their size).
        self.placed: dict[str, int] = {}
        self.wanted: dict[str, float] = {}
        if day is not None:
            self._doc._timeStamp = _timestamp(day)

    def page_number_at(self, x: float, y: float) -> None:
        """Places this page's (not yet written) "Page x of y", right-aligned at x."""
        number = self.getPageNumber()
        self._numbered.append(number)
        self.saveState()
        self.translate(x, y)
        self.doForm(f"pageof{number}")
        self.restoreState()

    def save(self) -> None:
        """Writes the page number forms with the final total, then the file."""
        total = self.getPageNumber() - 1 if not self._code else self.getPageNumber()
        for number in self._numbered:
            self.beginForm(f"pageof{number}", lowerx=-400, lowery=-5, upperx=5, uppery=20)
            self.setFont(REGULAR, 8)
            self.setFillGray(0.2)
            self.drawRightString(0, 0, fill(self._page_of, number, total))
            self.endForm()
        for key, size in self.wanted.items():
            self.beginForm(f"ref_{key}", lowerx=-5, lowery=-5, upperx=100, uppery=20)
            self.setFont(REGULAR, size)
            page = self.placed.get(key)
            self.drawString(0, 0, str(page) if page is not None else "–")
            self.endForm()
        super().save()


class DecisionDocument(BaseDocTemplate):
    """The record's page layout; expands Deferred parts and reports progress while building."""

    def __init__(self, stream: Any, *, pagesize: tuple[float, float], texts: PageTexts,
                 **kwargs: Any) -> None:
        """Sets up the cover and body page templates on the chosen paper."""
        super().__init__(
            stream, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=1,
            pageCompression=1, initialFontName=REGULAR, **kwargs,
        )
        self.texts = texts
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [frame], onPage=self._footer),
            PageTemplate("body", [frame], onPage=self._header_footer),
            PageTemplate("plain", [frame], onPage=self._title_footer),
        ])

    def filterFlowables(self, flowables: list[Any]) -> None:  # noqa: N802 - reportlab's hook
        """Expands Deferred parts at the front of the story just before they are laid out.

        A heading that keeps with the next flowable would otherwise pack a still unexpanded
        part into its KeepTogether, so parts right behind such headings are expanded too.
        """
        while True:
            i = 0
            while (i < len(flowables) and flowables[i] is not None
                   and not isinstance(flowables[i], Deferred)
                   and flowables[i].getKeepWithNext()):
                i += 1
            if i < len(flowables) and isinstance(flowables[i], Deferred):
                part = flowables.pop(i)
                flowables[i:i] = part.make()
                continue
            break
        if not flowables:
            flowables.append(None)

    def _footer(self, canv: NumberedCanvas, doc: Any) -> None:
        """Confidentiality label left, "Page x of y" right, above a thin rule."""
        if canv.getPageNumber() == 1:
            canv.showOutline()  # the reader opens with the bookmarks shown (the record's parts)
        width, _height = self.pagesize
        y = MARGIN_BOTTOM - 10 * mm
        canv.saveState()
        canv.setStrokeGray(0.55)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
        canv.setFillGray(0.2)
        canv.setFont(BOLD, 8)
        usable = width - 2 * MARGIN_X - 30 * mm
        canv.drawString(MARGIN_X, y, fit(self.texts.footer_left, usable, BOLD, 8))
        canv.restoreState()
        canv.page_number_at(width - MARGIN_X, y)

    def _title_footer(self, canv: NumberedCanvas, doc: Any) -> None:
        """Title and company without the meeting (the circular resolution has none)."""
        self._header_footer(canv, doc, meeting=False)

    def _header_footer(self, canv: NumberedCanvas, doc: Any, meeting: bool = True) -> None:
        """Title and company left, meeting right, above a thin rule; then the footer."""
        width, height = self.pagesize
        y = height - MARGIN_TOP + 8 * mm
        half = (width - 2 * MARGIN_X) / 2 - 4 * mm
        canv.saveState()
        canv.setFillGray(0.2)
        canv.setFont(REGULAR, 8)
        right = min(half, stringWidth(self.texts.header_right, REGULAR, 8)) if meeting else 0
        left = width - 2 * MARGIN_X - right - (8 * mm if right else 0)
        canv.drawString(MARGIN_X, y, fit(self.texts.header_left, left, REGULAR, 8))
        if meeting:
            canv.drawRightString(width - MARGIN_X, y, fit(self.texts.header_right, half,
                                                          REGULAR, 8))
        canv.setStrokeGray(0.55)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, y - 4, width - MARGIN_X, y - 4)
        canv.restoreState()
        self._footer(canv, doc)


def check_cancel(progress: Callable[[int, int], bool] | None, done: int, total: int) -> None:
    """Reports progress and raises Cancelled when the caller asked to stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
