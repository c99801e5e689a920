"""Builds the decision record from a workspace: the one entry point of the report package."""

from __future__ import annotations

import io
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from leitplanken import APP_NAME, __version__
from leitplanken.domain.limits import PDF_MAX_USE_CASES
from leitplanken.domain.model import UseCase, Workspace
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.translator import fill, normalize_language, require_translator
from leitplanken.report.context import Context
from leitplanken.report.document import (
    MARGIN_X,
    DecisionDocument,
    Deferred,
    NumberedCanvas,
    PageTexts,
    check_cancel,
)
from leitplanken.report.fingerprint import fingerprint
from leitplanken.report.fonts import register_fonts
from leitplanken.report.front import attention, cover, document_title, summary
from leitplanken.report.motion import circular_resolution
from leitplanken.report.options import RenderResult, ReportOptions, TooManyUseCases
from leitplanken.report.selection import choose_use_cases
from leitplanken.report.styles import make_styles
from leitplanken.report.text import TextCleaner
from leitplanken.report.use_case import use_case_story

_LANG_TAGS = {"de": "de-DE", "de_CH": "de-CH", "en": "en"}


def render(workspace: Workspace, options: ReportOptions) -> RenderResult:
    """The decision record as PDF bytes, with the characters the font could not draw.

    Raises Cancelled when options.progress returns False, KeyError for an unknown use case,
    MissingCatalogue when the record's language is not installed, TooManyUseCases beyond
    limits.PDF_MAX_USE_CASES (callers check first and say so in the user's words).
    """
    chosen = choose_use_cases(workspace, options.use_case_uuids)
    if len(chosen) > PDF_MAX_USE_CASES:
        raise TooManyUseCases(len(chosen))
    lang = normalize_language(options.language)
    tr = require_translator(lang)
    clean = TextCleaner(register_fonts())
    pagesize = LETTER if (options.paper or "").lower() == "letter" else A4
    ctx = Context(workspace=workspace, tr=tr, lang=lang,
                  fmt=Formatter(workspace.company.locale), clean=clean, styles=make_styles(),
                  width=pagesize[0] - 2 * _margin(), today=options.today,
                  people=workspace.people_by_uuid())
    numbers = {uc.uuid: i for i, uc in enumerate(chosen, start=1)}
    title = document_title(ctx)
    company = clean.plain(workspace.company.name)
    meeting = " · ".join(x for x in (clean.plain(options.meeting),
                                     ctx.fmt.date(options.meeting_date)) if x)
    print_id = fingerprint(workspace, chosen)
    texts = PageTexts(
        header_left=" · ".join(x for x in (title, company) if x),
        header_right=meeting,
        footer_left=" · ".join(x for x in (clean.plain(options.confidentiality),
                                           fill(tr.translate("Report", "Fingerprint %1"),
                                                print_id)) if x),
        page_of=tr.translate("Report", "Page %1 of %2"),
    )
    subject = fill(tr.translate("Report", "%1 for %2"), title, company) if company else title
    buffer = io.BytesIO()
    doc = DecisionDocument(
        buffer, pagesize=pagesize, texts=texts,
        title=" – ".join(x for x in (title, clean.plain(options.meeting)) if x),
        author=clean.plain(options.author) or company, subject=subject,
        creator=f"{APP_NAME} {__version__}", lang=_LANG_TAGS[lang],
        keywords=print_id,
    )
    total = len(chosen)
    check_cancel(options.progress, 0, total)
    story: list[Any] = cover(ctx, options, chosen, print_id)
    story += summary(ctx, chosen, numbers)
    story += attention(ctx, chosen, numbers)
    for index, uc in enumerate(chosen):
        story.append(Deferred(partial(_part, ctx, uc, index, total, options)))
    if options.circular_resolution:
        story += circular_resolution(ctx, chosen, numbers)
    doc.build(story, canvasmaker=partial(NumberedCanvas, page_of=texts.page_of,
                                         day=options.today))
    check_cancel(options.progress, total, total)
    pages = doc.canv.getPageNumber() - 1
    return RenderResult(pdf=buffer.getvalue(), missing_glyphs=set(clean.missing), pages=pages)


def _part(ctx: Context, uc: UseCase, index: int, total: int, options: ReportOptions) -> list[Any]:
    """One use case's flowables, built when the layout reaches it (progress reported first)."""
    check_cancel(options.progress, index, total)
    return use_case_story(ctx, uc, index + 1)


def _margin() -> float:
    """The left/right page margin in points."""
    return MARGIN_X
