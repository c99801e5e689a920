"""Translated names of the domain's values (statuses, risk classes, states, …).

Each function takes anything with a `translate` method (a `Translator` for the PDF and CLI, an
`AppTranslator` for the window) so the same words appear everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from leitplanken.domain.fields import LABEL_CONTEXT, field_of, record_type, record_type_of_table
from leitplanken.domain.model import (
    AgendaKind,
    BoardRole,
    Category,
    CxQuestion,
    CxRating,
    DecisionKind,
    Integration,
    ItemState,
    Letter,
    Record,
    RiskClass,
    Status,
)
from leitplanken.i18n.board_grammar import BoardPhrases, interface_phrases
from leitplanken.i18n.translator import Translates, fill


def status_label(value: Status, tr: Translates) -> str:
    """Idea / evaluation / pilot / regular operation / paused / stopped."""
    return {
        Status.IDEA: tr.translate("Labels", "Idea"),
        Status.EVALUATION: tr.translate("Labels", "Evaluation"),
        Status.PILOT: tr.translate("Labels", "Pilot"),
        Status.OPERATION: tr.translate("Labels", "Regular operation"),
        Status.PAUSED: tr.translate("Labels", "Paused"),
        Status.STOPPED: tr.translate("Labels", "Stopped"),
    }[Status(value)]


def risk_label(value: RiskClass, tr: Translates) -> str:
    """The EU AI Act risk class in words."""
    return {
        RiskClass.UNCLEAR: tr.translate("Labels", "Unclear"),
        RiskClass.MINIMAL: tr.translate("Labels", "Minimal risk"),
        RiskClass.LIMITED: tr.translate("Labels", "Limited risk (transparency)"),
        RiskClass.HIGH: tr.translate("Labels", "High risk"),
        RiskClass.PROHIBITED: tr.translate("Labels", "Prohibited practice"),
    }[RiskClass(value)]


def risk_hint(value: RiskClass, tr: Translates) -> str:
    """A one-sentence hint per risk class, citing the rule it comes from (guidance, not advice)."""
    return {
        RiskClass.UNCLEAR: tr.translate(
            "Labels", "Not assessed yet. Assess the risk class before a pilot goes live."
        ),
        RiskClass.MINIMAL: tr.translate(
            "Labels", "E.g. spam filters or text suggestions checked by staff: no specific duties beyond AI literacy (EU AI Act Art. 4)."
        ),
        RiskClass.LIMITED: tr.translate(
            "Labels", "Chatbots and generated content: people must be told they deal with AI (EU AI Act Art. 50)."
        ),
        RiskClass.HIGH: tr.translate(
            "Labels", "E.g. recruiting, credit scoring, essential services (EU AI Act Annex III): strict duties, get advice."
        ),
        RiskClass.PROHIBITED: tr.translate(
            "Labels", "E.g. social scoring or manipulation (EU AI Act Art. 5): must not be used."
        ),
    }[RiskClass(value)]


def item_state_label(value: ItemState, tr: Translates) -> str:
    """Open / in progress / done / not applicable."""
    return {
        ItemState.OPEN: tr.translate("Labels", "Open"),
        ItemState.IN_PROGRESS: tr.translate("Labels", "In progress"),
        ItemState.DONE: tr.translate("Labels", "Done"),
        ItemState.NOT_APPLICABLE: tr.translate("Labels", "Not applicable"),
    }[ItemState(value)]


def category_label(value: Category, tr: Translates) -> str:
    """The integration checklist's category headings."""
    return {
        Category.INTEGRATION: tr.translate("Labels", "Integration"),
        Category.RESPONSIBILITY: tr.translate("Labels", "Responsibility"),
        Category.DATA_PROTECTION: tr.translate("Labels", "Data protection and law"),
        Category.CUSTOMER_EXPERIENCE: tr.translate("Labels", "Customer experience"),
        Category.OPERATION: tr.translate("Labels", "Regular operation"),
    }[Category(value)]


def integration_label(value: Integration, tr: Translates) -> str:
    """How a use case is connected to a system."""
    return {
        Integration.NOT_CONNECTED: tr.translate("Labels", "Not connected"),
        Integration.MANUAL: tr.translate("Labels", "Manual transfer"),
        Integration.AUTOMATED: tr.translate("Labels", "Automated"),
    }[Integration(value)]


def decision_kind_label(value: DecisionKind, tr: Translates) -> str:
    """What a decision decided."""
    return {
        DecisionKind.START_EVALUATION: tr.translate("Labels", "Start evaluation"),
        DecisionKind.START_PILOT: tr.translate("Labels", "Start pilot"),
        DecisionKind.EXTEND_PILOT: tr.translate("Labels", "Extend pilot"),
        DecisionKind.GO_LIVE: tr.translate("Labels", "Go live (regular operation)"),
        DecisionKind.PAUSE: tr.translate("Labels", "Pause"),
        DecisionKind.STOP: tr.translate("Labels", "Stop"),
        DecisionKind.CHANGE: tr.translate("Labels", "Change"),
    }[DecisionKind(value)]


def cx_question_label(value: CxQuestion, tr: Translates) -> str:
    """The article's three customer-experience questions."""
    return {
        CxQuestion.COHERENT: tr.translate("Labels", "Does it feel coherent to the customer?"),
        CxQuestion.COMPREHENSIBLE: tr.translate("Labels", "Is it comprehensible?"),
        CxQuestion.RESPONSIBILITY: tr.translate("Labels", "Is responsibility visibly taken?"),
    }[CxQuestion(value)]


def cx_rating_label(value: CxRating, tr: Translates) -> str:
    """The answer to a CX question."""
    return {
        CxRating.NOT_RATED: tr.translate("Labels", "Not rated"),
        CxRating.YES: tr.translate("Labels", "Yes"),
        CxRating.PARTLY: tr.translate("Labels", "Partly"),
        CxRating.NO: tr.translate("Labels", "No"),
    }[CxRating(value)]


def board_role_label(value: BoardRole, tr: Translates) -> str:
    """Chair, minute-taker or member of the board."""
    return {
        BoardRole.CHAIR: tr.translate("Labels", "Chair"),
        BoardRole.MINUTE_TAKER: tr.translate("Labels", "Minute-taker"),
        BoardRole.MEMBER: tr.translate("Labels", "Member"),
    }[BoardRole(value)]


def letter_label(value: Letter, tr: Translates) -> str:
    """The meaning of a RACI letter, for legends and tooltips."""
    return {
        Letter.R: tr.translate("Labels", "R – Responsible: does the work"),
        Letter.A: tr.translate("Labels", "A – Accountable: answers for it (exactly one, internal)"),
        Letter.C: tr.translate("Labels", "C – Consulted: is asked beforehand"),
        Letter.I: tr.translate("Labels", "I – Informed: is told afterwards"),
    }[Letter(value)]


def yes_no(value: bool, tr: Translates) -> str:
    """Yes or no."""
    return tr.translate("Labels", "Yes") if value else tr.translate("Labels", "No")


def agenda_label(value: AgendaKind, tr: Translates) -> str:
    """How a use case stands on the board's agenda."""
    return {
        AgendaKind.AUTO: tr.translate("Labels", "As the rules suggest"),
        AgendaKind.DECISION: tr.translate("Labels", "For decision"),
        AgendaKind.INFORMATION: tr.translate("Labels", "For information"),
    }[AgendaKind(value)]


#: The label function of each enum a field can hold, for showing any field's value.
ENUM_LABELS: dict[type, Callable[[Any, Translates], str]] = {
    Status: status_label, RiskClass: risk_label, ItemState: item_state_label,
    Category: category_label, Integration: integration_label,
    DecisionKind: decision_kind_label, CxQuestion: cx_question_label,
    CxRating: cx_rating_label, BoardRole: board_role_label, Letter: letter_label,
    AgendaKind: agenda_label,
}


def board_words(board_name: str, language: str, tr: Translates) -> BoardPhrases:
    """The company's board in the window's sentences ("den Verwaltungsrat"), "the board" unnamed.

    The owner named the board; the window speaks of it by that name, with German's article and
    case from `board_grammar`, not of a generic "Gremium".
    """
    return interface_phrases(board_name, language, tr.translate("Labels", "board"))


def mnemonic_on_noun(phrase: str, taken: str = "") -> str:
    """The board's phrase with the mnemonic in its noun ("den &Verwaltungsrat", "the &board").

    The name is the owner's, so no translation can carry the "&"; an "&" in it stays a letter.
    The first letter of the noun not among the `taken` letters of the same window gets it
    ("den Ver&waltungsrat" when V, e and r are taken); the noun's first letter if all are.
    """
    article, space, rest = phrase.partition(" ")
    if not (space and rest):
        article, space, rest = "", "", phrase
    taken = taken.casefold()
    position = next((i for i, c in enumerate(rest) if c.isalnum() and c.casefold() not in taken), 0)
    noun = rest[:position].replace("&", "&&") + "&" + rest[position:].replace("&", "&&")
    return f"{article}{space}{noun}"


def mnemonic_letters(texts: list[str]) -> str:
    """The mnemonic letters of texts ("Se&ttings" → "t"), to keep a new one off them."""
    letters = ""
    for text in texts:
        plain = text.replace("&&", "")
        at = plain.find("&")
        if 0 <= at < len(plain) - 1:
            letters += plain[at + 1].casefold()
    return letters


def without_mnemonic(text: str) -> str:
    """A label without its keyboard mnemonic ("O&wner" → "Owner"; "&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic_label(cls: type[Record], name: str, tr: Translates) -> str:
    """A field's declared name with its mnemonic, for a check box or a form ("O&wner")."""
    declared = field_of(cls, name)
    return tr.translate(LABEL_CONTEXT, declared.label) if declared is not None else name


def form_label(cls: type[Record], name: str, tr: Translates) -> str:
    """A field's label in a form: its declared name with mnemonic and the colon ("O&wner:")."""
    return fill(tr.translate("Fields", "%1:"), mnemonic_label(cls, name, tr))


def field_label(cls: type[Record], name: str, tr: Translates) -> str:
    """A field's name as people read it ("Concrete problem"), from its one declaration.

    The raw name only for something that is not a declared field (a stamp such as uuid).
    """
    return without_mnemonic(mnemonic_label(cls, name, tr))


def record_label(cls: type[Record], tr: Translates) -> str:
    """What a record type is called ("Use case", "Checklist item")."""
    return without_mnemonic(tr.translate(LABEL_CONTEXT, record_type(cls).label))


def table_label(table: str, tr: Translates) -> str:
    """What the records of a table are called, for the history; the table name if unknown."""
    rt = record_type_of_table(table)
    return without_mnemonic(tr.translate(LABEL_CONTEXT, rt.label)) if rt is not None else table
