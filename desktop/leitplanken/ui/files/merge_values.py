"""Field names and values of records in words, for the merge conflict list.

A conflict shows the field ("Concrete problem", not `problem`) and both values as a user
reads them elsewhere: statuses and letters by their translated names, people and systems by
their names instead of UUIDs, dates and yes/no in the user's language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from leitplanken.domain import model as m
from leitplanken.i18n import labels
from leitplanken.i18n.translator import AppTranslator

_MAX_SHOWN = 300


def field_label(name: str) -> str:
    """The field's name as the forms call it; the raw name for a field not listed."""
    q = QCoreApplication
    names = {
        "title": q.translate("MergeValues", "Title"), "problem": q.translate("MergeValues", "Concrete problem"),
        "relief_customers": q.translate("MergeValues", "Relief for customers"),
        "relief_employees": q.translate("MergeValues", "Relief for employees"),
        "boundary": q.translate("MergeValues", "Where automation ends and the human begins"),
        "customer_facing": q.translate("MergeValues", "Customer-facing"), "status": q.translate("MergeValues", "Status"),
        "owner_uuid": q.translate("MergeValues", "Owner"), "tool": q.translate("MergeValues", "Tool or provider"),
        "personal_data": q.translate("MergeValues", "Personal data"), "personal_data_which": q.translate("MergeValues", "Which personal data"),
        "risk_class": q.translate("MergeValues", "Risk class (EU AI Act)"), "cost_once": q.translate("MergeValues", "One-off cost"),
        "cost_monthly": q.translate("MergeValues", "Monthly cost"), "hours_saved_month": q.translate("MergeValues", "Hours saved per month"),
        "response_target": q.translate("MergeValues", "Response-time target"), "fallback": q.translate("MergeValues", "Fallback"),
        "motion": q.translate("MergeValues", "Motion for the board"), "created_on": q.translate("MergeValues", "Created on"),
        "pilot_start": q.translate("MergeValues", "Pilot start"), "go_live": q.translate("MergeValues", "Go-live"),
        "next_review": q.translate("MergeValues", "Next review"), "tags": q.translate("MergeValues", "Tags"), "name": q.translate("MergeValues", "Name"),
        "function": q.translate("MergeValues", "Function"), "internal": q.translate("MergeValues", "Internal"),
        "organisation": q.translate("MergeValues", "Organisation"), "email": q.translate("MergeValues", "E-mail"), "kind": q.translate("MergeValues", "Kind"),
        "note": q.translate("MergeValues", "Note"), "legal_form": q.translate("MergeValues", "Legal form"), "locale": q.translate("MergeValues", "Formats"),
        "currency": q.translate("MergeValues", "Currency"), "board_name": q.translate("MergeValues", "Name of the board"),
        "language": q.translate("MergeValues", "Language"), "catalogue_version": q.translate("MergeValues", "Catalogue version"),
        "pilot_trap_days": q.translate("MergeValues", "Pilot trap after (days)"), "paper_size": q.translate("MergeValues", "Paper size"),
        "bottleneck_threshold": q.translate("MergeValues", "Bottleneck from (use cases)"),
        "person_uuid": q.translate("MergeValues", "Person"), "system_uuid": q.translate("MergeValues", "System"),
        "activity_uuid": q.translate("MergeValues", "Activity"), "use_case_uuid": q.translate("MergeValues", "Use case"),
        "role": q.translate("MergeValues", "Role"), "sort": q.translate("MergeValues", "Position"), "integration": q.translate("MergeValues", "Integration"),
        "catalogue_key": q.translate("MergeValues", "Catalogue entry"), "letter": q.translate("MergeValues", "RACI letter"),
        "category": q.translate("MergeValues", "Category"), "state": q.translate("MergeValues", "State"), "na_reason": q.translate("MergeValues", "Reason for N/A"),
        "due_date": q.translate("MergeValues", "Due date"), "evidence": q.translate("MergeValues", "Evidence"), "enabled": q.translate("MergeValues", "Switched on"),
        "required": q.translate("MergeValues", "Required for readiness"), "question": q.translate("MergeValues", "Question"),
        "rating": q.translate("MergeValues", "Rating"), "decided_on": q.translate("MergeValues", "Decided on"), "rationale": q.translate("MergeValues", "Rationale"),
        "conditions": q.translate("MergeValues", "Conditions"), "deciders": q.translate("MergeValues", "Deciders"),
        "corrects_uuid": q.translate("MergeValues", "Corrects"), "readiness_override": q.translate("MergeValues", "Reason despite gaps"),
    }
    return names.get(name, name)


def value_text(value: Any, names: dict[str, str], fmt: Any = None) -> str:
    """One value in words; `names` maps UUIDs of people, systems … to their names; dates go
    through the workspace's Formatter when one is given."""
    tr = AppTranslator()
    enum_labels = {
        m.Status: labels.status_label, m.RiskClass: labels.risk_label,
        m.ItemState: labels.item_state_label, m.Category: labels.category_label,
        m.Integration: labels.integration_label, m.DecisionKind: labels.decision_kind_label,
        m.CxQuestion: labels.cx_question_label, m.CxRating: labels.cx_rating_label,
        m.BoardRole: labels.board_role_label, m.Letter: labels.letter_label,
    }
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        text = labels.yes_no(value, tr)
    elif type(value) in enum_labels:
        text = enum_labels[type(value)](value, tr)
    elif isinstance(value, date):
        text = fmt.date(value) if fmt is not None else value.isoformat()
    elif isinstance(value, list):
        text = ", ".join(str(v) for v in value) or "—"
    elif isinstance(value, str) and value in names:
        text = names[value]
    else:
        text = str(value)
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"
