"""Which data a record was made from: the latest change recorded in the workspace itself.

The file's own time stamp changes when it is copied to a USB stick or mailed; the records'
`modified_at` does not, so two printouts of the same data name the same last change.
"""

from __future__ import annotations

from datetime import UTC, datetime

from leitplanken.domain.fields import every_record
from leitplanken.domain.model import Workspace
from leitplanken.i18n.fmt import Formatter


def last_change_at(ws: Workspace, latest: str | None = None) -> datetime | None:
    """The latest `modified_at` of any record (UTC), None when nothing was ever stored.

    `latest`: that time as the file already knows it (one query instead of reading every use
    case's children).
    """
    if latest is None:
        latest = max((r.modified_at for r in every_record(ws) if r.modified_at), default="")
    if not latest:
        return None
    try:
        moment = datetime.fromisoformat(latest.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def last_change(ws: Workspace, latest: str | None = None) -> str:
    """The latest change in the reader's local time and the company's format ("" when unknown):
    to the minute and with the time zone, as the record's cover gives it ("02.12.2026, 01:16
    (UTC)").

    Board minutes speak local time; the same data still gives the same PDF on one machine.
    """
    moment = last_change_at(ws, latest)
    if moment is None:
        return ""
    local = moment.astimezone()
    zone = local.tzname() or local.strftime("%z")
    return f"{Formatter(ws.company.locale).date_short(local.date())}, {local:%H:%M} ({zone})"
