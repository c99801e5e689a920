"""The one shape every rule reports in, so the dashboard, the CLI and the PDF can show any of them.

A rule never produces text: it names what it found (`code`), how serious it is, where the user
can act on it (use case, activity, checklist item, people, and `params["tab"]`/`params["field"]`)
and the values a sentence needs. `leitplanken.i18n.findings.finding_text` turns that into words in
any language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Severity = Literal["error", "warning", "hint"]

#: Sort rank of each severity: errors first.
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "hint": 2}


@dataclass(frozen=True)
class Finding:
    """Something a rule noticed about the workspace, with the place to fix it."""

    code: str
    severity: Severity
    use_case_uuid: str | None = None
    activity_uuid: str | None = None
    item_uuid: str | None = None
    person_uuids: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    #: The date that matters for sorting (due date, review date, last decision); None if none.
    on: date | None = None

    @property
    def tab(self) -> str | None:
        """The use-case editor tab where the user fixes this ("overview", "raci", …)."""
        value = self.params.get("tab")
        return str(value) if value is not None else None

    @property
    def is_error(self) -> bool:
        """Whether this blocks something (an invalid RACI, a prohibited practice …)."""
        return self.severity == "error"


def sort_key(finding: Finding) -> tuple[int, int, date, str]:
    """Orders findings by severity, then dated ones by date (oldest first), then by code."""
    return (
        SEVERITY_RANK.get(finding.severity, 9),
        0 if finding.on is not None else 1,
        finding.on or date.max,
        finding.code,
    )


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in the order a user should look at them (stable for equal keys)."""
    return sorted(findings, key=sort_key)


def worst_severity(findings: Iterable[Finding]) -> Severity | None:
    """The most serious severity among findings (None when there are none), e.g. for exit codes."""
    worst: Severity | None = None
    for f in findings:
        if worst is None or SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst]:
            worst = f.severity
    return worst
