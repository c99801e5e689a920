"""The register list: the chosen use cases as one compact landscape table, no per-case pages.

For an inventory of hundreds or thousands of use cases the full decision record is a book; the
list gives the board one line per use case (title, status, owner, accountable, readiness, risk
class, pilot age, next review) with the header row repeated on every page.

It is laid out and drawn straight on the canvas: cells are line-broken once, rows are placed
on pages before anything is drawn (so "Page x of y" is known while drawing), and each page's
text goes out as a single text object. That keeps 1,757 use cases well below a second, where
a platypus table of the same size spends most of its time measuring cells twice.
"""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from leitplanken import APP_NAME, __version__
from leitplanken.domain.limits import PDF_MAX_USE_CASES
from leitplanken.domain.model import Letter, Status, UseCase, Workspace
from leitplanken.domain.pilot import is_pilot_trap, pilot_trap_days
from leitplanken.domain.readiness import readiness
from leitplanken.i18n.fmt import Formatter, record_locale
from leitplanken.i18n.labels import field_label, risk_label, status_label
from leitplanken.i18n.translator import Translator, fill, normalize_language, require_translator
from leitplanken.report.atomic import write_atomically
from leitplanken.report.fonts import BOLD, REGULAR, register_fonts
from leitplanken.report.options import Cancelled, RenderResult, ReportOptions, TooManyUseCases
from leitplanken.report.selection import choose_use_cases
from leitplanken.report.text import TextCleaner, fit

MARGIN_X = 14 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 16 * mm
SIZE = 7.5  # cell text; the header row is bold at the same size
LEADING = 9.0
PAD = 2.4  # above and below a cell's text
PAD_X = 2.5
TITLE_SIZE = 13.0
#: The catalogue activity whose Accountable answers for the use case as a whole.
ANSWER_ACTIVITY = "answer_for_decisions"
#: Columns: key and share of the width left after the fixed ones (title takes the rest).
_FIXED = {"no": 22.0, "status": 70.0, "owner": 86.0, "accountable": 86.0, "readiness": 62.0,
          "risk": 82.0, "pilot_age": 58.0, "next_review": 64.0}
COLUMNS = ("no", "title", "status", "owner", "accountable", "readiness", "risk", "pilot_age",
           "next_review")
_LANG_TAGS = {"de": "de-DE", "de_CH": "de-CH", "en": "en"}
_SOFT_HYPHEN = {0xAD: None}


def headers(tr: Translator) -> dict[str, str]:
    """The column headings in the record's language (declared fields by their declared label)."""
    return {"no": tr.translate("RegisterList", "No."),
            "title": tr.translate("RegisterList", "Use case"),
            "status": field_label(UseCase, "status", tr),
            "owner": field_label(UseCase, "owner_uuid", tr),
            "accountable": tr.translate("RegisterList", "Accountable"),
            "readiness": tr.translate("RegisterList", "Readiness"),
            "risk": tr.translate("RegisterList", "Risk class"),
            "pilot_age": tr.translate("RegisterList", "Pilot age"),
            "next_review": field_label(UseCase, "next_review", tr)}


def accountable(uc: UseCase) -> str | None:
    """The person answering for the use case: the A of "answer for automated decisions".

    Without that activity (or an A on it), the person holding most A letters on the use case.
    """
    answer = {a.uuid for a in uc.activities if a.catalogue_key == ANSWER_ACTIVITY}
    letters = [c for c in uc.cells if c.letter == Letter.A]
    for cell in letters:
        if cell.activity_uuid in answer:
            return cell.person_uuid
    counts = Counter(c.person_uuid for c in letters)
    return counts.most_common(1)[0][0] if counts else None


@dataclass
class _Row:
    """One use case's cells, each already broken into lines."""

    lines: list[list[str]]

    @property
    def depth(self) -> int:
        """Lines of the tallest cell."""
        return max(len(cell) for cell in self.lines)


class _Layout:
    """Column positions and line breaking for one page size."""

    def __init__(self, width: float, clean: TextCleaner) -> None:
        """Gives the title column what the fixed columns leave of `width`."""
        self.clean = clean
        title = width - sum(_FIXED.values())
        widths = {**_FIXED, "title": title}
        self.widths = [widths[key] for key in COLUMNS]
        self.lefts: list[float] = []
        x = MARGIN_X
        for w in self.widths:
            self.lefts.append(x)
            x += w
        self._cache: dict[tuple[str, int, str], list[str]] = {}

    def lines(self, text: str, column: int, font: str = REGULAR) -> list[str]:
        """The text broken into lines that fit the column (long words broken where they must)."""
        key = (text, column, font)
        done = self._cache.get(key)
        if done is not None:
            return done
        width = self.widths[column] - 2 * PAD_X
        plain = self.clean.plain(text).translate(_SOFT_HYPHEN)
        out = list(_wrap(plain, width, font)) or [""]
        if len(text) <= 60:  # short texts repeat (statuses, names, dates): worth keeping
            self._cache[key] = out
        return out


def _wrap(text: str, width: float, font: str) -> Iterator[str]:
    """Greedy line breaking at spaces; a word wider than the line is cut into pieces."""
    space = stringWidth(" ", font, SIZE)
    line: list[str] = []
    used = 0.0
    for word in text.split():
        w = stringWidth(word, font, SIZE)
        if w > width:
            if line:
                yield " ".join(line)
                line, used = [], 0.0
            *pieces, word = _pieces(word, width, font)
            yield from pieces
            w = stringWidth(word, font, SIZE)
        if line and used + space + w > width:
            yield " ".join(line)
            line, used = [], 0.0
        used += (space if line else 0.0) + w
        line.append(word)
    if line:
        yield " ".join(line)


def _pieces(word: str, width: float, font: str) -> list[str]:
    """A word too wide for a line in pieces that fit (the last piece may be short)."""
    out = []
    while word:
        low, high = 1, len(word)
        while low < high:  # the longest prefix that fits, at least one character
            mid = (low + high + 1) // 2
            if stringWidth(word[:mid], font, SIZE) <= width:
                low = mid
            else:
                high = mid - 1
        out.append(word[:low])
        word = word[low:]
    return out


def _cells(uc: UseCase, number: int, ws: Workspace, tr: Translator, fmt: Formatter,
           today: date, people: dict[str, Any]) -> list[str]:
    """The texts of one row, in COLUMNS order."""
    def name(uuid: str | None) -> str:
        person = people.get(uuid or "")
        return person.name if person else "–"

    ready = readiness(uc, people)
    said_ready = (tr.translate("RegisterList", "complete") if ready.ready
                  else fill(tr.translate("RegisterList", "%1 of %2"), ready.done, ready.total))
    age = pilot_trap_days(uc, today)
    if age is None:
        pilot = "–"
    else:
        pilot = tr.translate("RegisterList", "%n day(s)", None, age)
        if is_pilot_trap(uc, today, ws.company.pilot_trap_days):
            pilot = fill(tr.translate("RegisterList", "%1, pilot trap"), pilot)
    review = fmt.date_short(uc.next_review) if uc.next_review else "–"
    if uc.next_review is not None and uc.next_review < today and uc.status != Status.STOPPED:
        review = fill(tr.translate("RegisterList", "%1 (overdue)"), review)
    return [str(number), uc.title or "–", status_label(uc.status, tr), name(uc.owner_uuid),
            name(accountable(uc)), said_ready, risk_label(uc.risk_class, tr), pilot, review]


def _timestamp(day: date) -> Any:
    """reportlab's time stamp fixed to the record's day, so identical exports are identical."""
    from reportlab.lib.utils import TimeStamp

    stamp = TimeStamp(invariant=1)
    moment = datetime.combine(day, time(0, 0), tzinfo=UTC)
    stamp.t = moment.timestamp()
    stamp.lt = moment.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


def _progress(options: ReportOptions) -> Callable[[int, int], None]:
    """Reports (done, total) to the caller; raises Cancelled when it asks to stop."""
    def report(done: int, total: int) -> None:
        if options.progress is not None and options.progress(done, total) is False:
            raise Cancelled()
    return report


def describe_filters(options: ReportOptions, tr: Translator, ws: Workspace) -> str:
    """The filters in words for the list's first page ("" when none is set)."""
    filters = options.filters
    if filters is None or not filters.active():
        return ""
    parts = []
    if filters.statuses:
        parts.append(fill(tr.translate("RegisterList", "Status: %1"),
                          ", ".join(status_label(s, tr) for s in filters.statuses)))
    if filters.tags:
        parts.append(fill(tr.translate("RegisterList", "Tag: %1"), ", ".join(filters.tags)))
    if filters.owner_uuids:
        names = [p.name for uuid in filters.owner_uuids if (p := ws.person(uuid)) is not None]
        parts.append(fill(tr.translate("RegisterList", "Owner: %1"), ", ".join(names)))
    if filters.pilot_trap:
        parts.append(tr.translate("RegisterList", "only pilots in the pilot trap"))
    return fill(tr.translate("RegisterList", "Filtered by %1"), "; ".join(parts))


def render_list(workspace: Workspace, options: ReportOptions) -> RenderResult:
    """The register list as PDF bytes, with the characters the font could not draw.

    Raises Cancelled when options.progress returns False, KeyError for an unknown use case,
    MissingCatalogue when the language is not installed, TooManyUseCases beyond the limit.
    """
    chosen = choose_use_cases(workspace, options.use_case_uuids)
    if len(chosen) > PDF_MAX_USE_CASES:
        raise TooManyUseCases(len(chosen))
    report = _progress(options)
    total = len(chosen)
    report(0, total)
    lang = normalize_language(options.language)
    tr = require_translator(lang)
    clean = TextCleaner(register_fonts())
    fmt = Formatter(record_locale(lang, workspace.company.locale))
    base = LETTER if (options.paper or "").lower() == "letter" else A4
    pagesize = landscape(base)
    layout = _Layout(pagesize[0] - 2 * MARGIN_X, clean)
    people = workspace.people_by_uuid()
    rows = []
    digest = hashlib.sha256(workspace.company.name.encode("utf-8", "surrogatepass"))
    for number, uc in enumerate(chosen, start=1):
        texts = _cells(uc, number, workspace, tr, fmt, options.today, people)
        digest.update("\x1f".join([uc.uuid, *texts, "\x1e"]).encode("utf-8", "surrogatepass"))
        rows.append(_Row([layout.lines(t, c) for c, t in enumerate(texts)]))
        if number % 200 == 0:
            report(number, total)
    head = _Row([layout.lines(t, c, BOLD) for c, t in enumerate(headers(tr).values())])
    title = tr.translate("RegisterList", "Register of use cases")
    company = clean.plain(workspace.company.name)
    # What the list shows, row by row: two printouts with the same rows share it.
    print_id = digest.hexdigest()[:12]
    intro = _intro_lines(options, tr, workspace, fmt, clean, len(chosen), print_id)
    top = pagesize[1] - MARGIN_TOP
    first_top = top - TITLE_SIZE * 1.6 - len(intro) * (LEADING + 1) - 6
    pages = _paginate(rows, head, first_top, top, MARGIN_BOTTOM)

    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=pagesize, invariant=1, pageCompression=1,
                  initialFontName=REGULAR, lang=_LANG_TAGS.get(lang, "en"))
    canv._doc._timeStamp = _timestamp(options.today)
    canv.setTitle(" – ".join(x for x in (title, clean.plain(options.meeting)) if x))
    canv.setAuthor(clean.plain(options.author) or company)
    canv.setSubject(fill(tr.translate("RegisterList", "%1 for %2"), title, company)
                    if company else title)
    canv.setCreator(f"{APP_NAME} {__version__}")
    canv.setKeywords(print_id)
    frame = _Frame(
        header_left=" · ".join(x for x in (title, company) if x),
        header_right=" · ".join(x for x in (clean.plain(options.meeting),
                                            fmt.date(options.meeting_date)) if x),
        footer_left=" · ".join(x for x in (clean.plain(options.confidentiality), fill(
            tr.translate("RegisterList", "Fingerprint %1"), print_id)) if x),
        page_of=tr.translate("RegisterList", "Page %1 of %2"), total=len(pages))
    done = 0
    for index, page in enumerate(pages):
        y = top
        if index == 0:
            canv.bookmarkPage("register")
            canv.addOutlineEntry(title[:200], "register", level=0)
            canv.setFont(BOLD, TITLE_SIZE)
            canv.drawString(MARGIN_X, y - TITLE_SIZE, fit(title, pagesize[0] - 2 * MARGIN_X,
                                                          BOLD, TITLE_SIZE))
            y -= TITLE_SIZE * 1.6
            canv.setFont(REGULAR, SIZE + 0.5)
            for line in intro:
                y -= LEADING + 1
                canv.drawString(MARGIN_X, y, line)
            y = first_top
        _draw_page(canv, layout, head, page, y, pagesize)
        frame.draw(canv, index + 1, pagesize)
        canv.showPage()
        done += sum(1 for row, _first, last in page if last == row.depth)
        report(min(done, total), total)
    canv.save()
    report(total, total)
    return RenderResult(pdf=buffer.getvalue(), missing_glyphs=set(clean.missing),
                        pages=len(pages))


def _intro_lines(options: ReportOptions, tr: Translator, ws: Workspace, fmt: Formatter,
                 clean: TextCleaner, count: int, print_id: str) -> list[str]:
    """The lines under the title: company and date, count, filters, where the data came from."""
    width = landscape(A4)[0] - 2 * MARGIN_X
    first = " · ".join(x for x in (
        clean.plain(ws.company.name), fill(tr.translate("RegisterList", "as of %1"),
                                           fmt.date(options.today)),
        tr.translate("RegisterList", "%n use case(s)", None, count)) if x)
    lines = [first]
    said = describe_filters(options, tr, ws)
    if said:
        lines.append(clean.plain(said))
    if options.source_name:
        source = fill(tr.translate("RegisterList", "Made from %1"), clean.plain(options.source_name))
        if options.source_modified:
            source = fill(tr.translate("RegisterList", "%1, last change %2"), source,
                          clean.plain(options.source_modified))
        lines.append(source)
    lines.append(fill(tr.translate("RegisterList", "Fingerprint %1: identifies the data this "
                                   "list was made from."), print_id))
    return [fit(line, width, REGULAR, SIZE + 0.5) for line in lines]


def _height(depth: int) -> float:
    """A row's height for its tallest cell's number of lines."""
    return depth * LEADING + 2 * PAD


#: One placed piece of a row: (row, first line, line after the last) on one page.
_Part = tuple[_Row, int, int]


def _paginate(rows: list[_Row], head: _Row, first_top: float, top: float,
              bottom: float) -> list[list[_Part]]:
    """Places rows on pages under a repeated header; only a row taller than a page is split."""
    pages: list[list[_Part]] = [[]]
    y = first_top - _height(head.depth)
    full = int((top - _height(head.depth) - bottom - 2 * PAD) // LEADING)
    for row in rows:
        start = 0
        while start < row.depth:
            left = row.depth - start
            room = int((y - bottom - 2 * PAD) // LEADING)
            # does not fit here but would on a fresh page (a taller row is split instead)
            if room < min(left, full) and (pages[-1] or left <= full):
                pages.append([])
                y = top - _height(head.depth)
                continue
            take = max(1, min(room, left))
            pages[-1].append((row, start, start + take))
            y -= _height(take)
            start += take
    return pages


def _draw_page(canv: Canvas, layout: _Layout, head: _Row, parts: list[_Part], y: float,
               pagesize: tuple[float, float]) -> None:
    """The header row and this page's rows: shading and rules first, then one text object."""
    right = pagesize[0] - MARGIN_X
    placed: list[tuple[_Row, int, int, float, str]] = []
    h = _height(head.depth)
    canv.setFillGray(0.86)
    canv.rect(MARGIN_X, y - h, right - MARGIN_X, h, stroke=0, fill=1)
    placed.append((head, 0, head.depth, y, BOLD))
    y -= h
    canv.setFillGray(0.955)
    for number, (row, first, last) in enumerate(parts):
        h = _height(last - first)
        if number % 2:
            canv.rect(MARGIN_X, y - h, right - MARGIN_X, h, stroke=0, fill=1)
        placed.append((row, first, last, y, REGULAR))
        y -= h
    canv.setStrokeGray(0.6)
    canv.setLineWidth(0.3)
    for _row, _first, _last, top_y, _font in placed[1:]:
        canv.line(MARGIN_X, top_y, right, top_y)
    canv.line(MARGIN_X, y, right, y)
    canv.setFillGray(0)
    text = canv.beginText()
    for row, first, last, top_y, font in placed:
        text.setFont(font, SIZE, LEADING)
        for c, cell in enumerate(row.lines):
            base = top_y - PAD - SIZE
            for line in cell[first:last]:
                if line:
                    text.setTextOrigin(layout.lefts[c] + PAD_X, base)
                    text.textOut(line)
                base -= LEADING
    canv.drawText(text)


@dataclass
class _Frame:
    """Header and footer of every page."""

    header_left: str
    header_right: str
    footer_left: str
    page_of: str
    total: int

    def draw(self, canv: Canvas, number: int, pagesize: tuple[float, float]) -> None:
        """Title and company left, meeting right; confidentiality, fingerprint, page x of y."""
        width, height = pagesize
        half = (width - 2 * MARGIN_X) / 2 - 4 * mm
        canv.setFillGray(0.2)
        canv.setFont(REGULAR, 8)
        y = height - MARGIN_TOP + 7 * mm
        canv.drawString(MARGIN_X, y, fit(self.header_left, half, REGULAR, 8))
        canv.drawRightString(width - MARGIN_X, y, fit(self.header_right, half, REGULAR, 8))
        canv.setStrokeGray(0.55)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, y - 4, width - MARGIN_X, y - 4)
        y = MARGIN_BOTTOM - 9 * mm
        canv.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
        canv.setFont(BOLD, 8)
        canv.drawString(MARGIN_X, y, fit(self.footer_left, width - 2 * MARGIN_X - 40 * mm,
                                         BOLD, 8))
        canv.setFont(REGULAR, 8)
        canv.drawRightString(width - MARGIN_X, y, fill(self.page_of, number, self.total))
        canv.setFillGray(0)


def write_list(workspace: Workspace, options: ReportOptions, path: object) -> RenderResult:
    """Builds the list and writes it to `path` in one go (a half-written PDF never remains)."""
    result = render_list(workspace, options)
    write_atomically(result.pdf, path)
    return result
