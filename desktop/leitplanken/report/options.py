"""What the caller chooses for one decision record, and what comes back.

Kept free of reportlab so the window and the CLI can build options without paying for the
PDF library's import until a record is actually made.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from leitplanken.domain.digest import UseCaseDigest
from leitplanken.domain.limits import PDF_MAX_USE_CASES
from leitplanken.report.selection import Filters

#: Called after each use case with (done, total); returning False cancels the export.
ProgressCallback = Callable[[int, int], bool]

PAPERS = ("a4", "letter")


class Cancelled(Exception):
    """Raised inside the build when the progress callback asks to stop; render() lets it out."""


@dataclass
class ReportOptions:
    """The choices of one export: language and paper independent of the interface."""

    language: str = "de"
    paper: str = "a4"
    #: None means every use case that is not stopped, in workspace order.
    use_case_uuids: list[str] | None = None
    #: The meeting's name ("VR-Sitzung 4/2026"); date, time and place come from the company's
    #: next meeting (Company.meeting_*) unless set here.
    meeting: str = ""
    meeting_date: date | None = None
    meeting_time: str = ""
    meeting_place: str = ""
    author: str = ""
    confidentiality: str = ""
    #: File name and last change of the data the record was made from (cover page).
    source_name: str = ""
    source_modified: str = ""
    #: The day the record is made; also the PDF's creation date, so exports are reproducible.
    today: date = field(default_factory=date.today)
    #: Adds the minutes skeleton (present members, quorum, discussion, one signature block).
    include_minutes: bool = True
    #: Adds a page for a written resolution (Zirkularbeschluss) signed by every board member.
    circular_resolution: bool = False
    #: When and to whom the members return the signed circular resolution.
    circular_return_date: date | None = None
    circular_return_to: str = ""
    #: A compact table of the chosen use cases (report/register_list.py) instead of the record.
    register_list: bool = False
    #: The filters that narrowed the choice, for saying so on the page (the choice itself is
    #: already in use_case_uuids: report.selection.filtered_use_cases made it).
    filters: Filters | None = None
    progress: ProgressCallback | None = None
    #: The latest change of any record (ISO 8601) where the caller knows it without reading
    #: every use case's children; empty: worked out from the workspace.
    last_changed: str = ""
    #: Every use case's digest by UUID where the caller has them (the attention list then
    #: judges all use cases without reading their children); None: worked out here.
    digests: Mapping[str, UseCaseDigest] | None = None


@dataclass
class RenderResult:
    """The finished PDF, the characters the font had to replace, and its page count."""

    pdf: bytes
    missing_glyphs: set[str]
    pages: int


class TooManyUseCases(ValueError):
    """More use cases than one record takes (limits.PDF_MAX_USE_CASES): refused before any work."""

    def __init__(self, count: int) -> None:
        """Keeps how many were chosen; the limit is limits.PDF_MAX_USE_CASES."""
        super().__init__(f"{count} use cases, at most {PDF_MAX_USE_CASES} in one record")
        self.count = count
