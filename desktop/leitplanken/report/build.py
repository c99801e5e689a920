"""Builds the decision record from a workspace: the one entry point of the report package."""

from __future__ import annotations

import io
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import NextPageTemplate, PageBreak

from leitplanken import APP_NAME, __version__
from leitplanken.domain.limits import PDF_MAX_USE_CASES
from leitplanken.domain.model import Workspace
from leitplanken.i18n.fmt import Formatter, record_locale
from leitplanken.i18n.translator import fill, normalize_language, require_translator
from leitplanken.report.agenda import AgendaItem, agenda_items, agenda_section
from leitplanken.report.circular import circular_resolution
from leitplanken.report.context import Context
from leitplanken.report.document import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    DecisionDocument,
    Deferred,
    Heading,
    NumberedCanvas,
    PageTexts,
    check_cancel,
)
from leitplanken.report.fingerprint import fingerprint
from leitplanken.report.fonts import register_fonts
from leitplanken.report.front import attention, cover, document_title, meeting_facts
from leitplanken.report.minutes import minutes
from leitplanken.report.motion import decision_page, information_item
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
                  fmt=Formatter(record_locale(lang, workspace.company.locale)), clean=clean,
                  styles=make_styles(), width=pagesize[0] - 2 * _margin(), today=options.today,
                  people=workspace.people_by_uuid(),
                  height=pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM, digests=options.digests)
    items = agenda_items(workspace, chosen, options)
    title = document_title(ctx)
    company = clean.plain(workspace.company.name)
    meeting = meeting_facts(ctx, options)
    day = meeting[0][1]
    header_meeting = " · ".join(x for x in (clean.plain(options.meeting), day) if x)
    print_id = fingerprint(workspace, chosen)
    texts = PageTexts(
        header_left=" · ".join(x for x in (title, company) if x),
        header_right=header_meeting,
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
    total = len(items)
    check_cancel(options.progress, 0, total)
    story: list[Any] = cover(ctx, options, items, print_id)
    story += [NextPageTemplate("body"), PageBreak()]
    story += agenda_section(ctx, items, " · ".join(v for _label, v in meeting if v))
    decide = [item for item in items if item.for_decision]
    for index, item in enumerate(decide):
        story.append(Deferred(partial(decision_page, ctx, item, index == 0)))
    story += _information(ctx, [i for i in items if not i.for_decision])
    if options.include_minutes:
        story += minutes(ctx, items, meeting)
    if options.circular_resolution:
        story += circular_resolution(ctx, items, options)
    story += _appendix(ctx, items)
    for index, item in enumerate(items):
        story.append(Deferred(partial(_part, ctx, item, index, total, options)))
    doc.build(story, canvasmaker=partial(NumberedCanvas, page_of=texts.page_of,
                                         day=options.today))
    check_cancel(options.progress, total, total)
    pages = doc.canv.getPageNumber() - 1
    return RenderResult(pdf=buffer.getvalue(), missing_glyphs=set(clean.missing), pages=pages)


def _information(ctx: Context, items: list[AgendaItem]) -> list[Any]:
    """The items for information, half a page each, under one heading."""
    if not items:
        return []
    title = ctx.tr.translate("Report", "Items for information")
    story: list[Any] = [NextPageTemplate("body"), PageBreak(),
                        Heading(ctx.esc(title), ctx.styles.h1, "information",
                                ctx.clean.plain(title))]
    for item in items:
        story.append(Deferred(partial(information_item, ctx, item)))
    return story


def _appendix(ctx: Context, items: list[AgendaItem]) -> list[Any]:
    """The appendix's heading (a top-level bookmark) and the attention list that opens it."""
    tr = ctx.tr
    title = tr.translate("Report", "Appendix")
    story: list[Any] = [NextPageTemplate("body"), PageBreak(),
                        Heading(ctx.esc(title), ctx.styles.h1, "appendix",
                                ctx.clean.plain(title)),
                        ctx.label(tr.translate(
                            "Report", "The full detail of every use case on the agenda: the "
                            "three questions, systems, responsibility matrix, checklist, "
                            "customer experience check and decision log."), ctx.styles.muted)]
    numbers = {i.use_case.uuid: i.number for i in items}
    story += attention(ctx, [i.use_case for i in items], numbers)
    return story


def _part(ctx: Context, item: AgendaItem, index: int, total: int,
          options: ReportOptions) -> list[Any]:
    """One use case's appendix, built when the layout reaches it (progress reported first)."""
    check_cancel(options.progress, index, total)
    return use_case_story(ctx, item.use_case, item.number)


def _margin() -> float:
    """The left/right page margin in points."""
    return MARGIN_X
