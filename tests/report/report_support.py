"""Helpers for the decision record tests: a rich company and PDF text access.

A module of its own (not conftest) so tests import it by a name no other folder uses.
"""

from __future__ import annotations

import io
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import (
    BoardMember,
    BoardRole,
    Company,
    CxQuestion,
    CxRating,
    Decision,
    DecisionKind,
    Integration,
    ItemState,
    Letter,
    Person,
    RaciActivity,
    RaciCell,
    RaciMember,
    RiskClass,
    Status,
    System,
    UseCase,
    UseCaseSystem,
    Workspace,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

TODAY = date(2026, 11, 20)


def _cell(uc: UseCase, activity: RaciActivity, person: Person, letter: Letter) -> None:
    uc.cells.append(RaciCell(use_case_uuid=uc.uuid, activity_uuid=activity.uuid,
                             person_uuid=person.uuid, letter=letter))


def rich_workspace() -> Workspace:
    """A company with every kind of data the record shows, and rule findings to print."""
    company = Company(name="Muster Elektro AG", legal_form="AG", locale="de_CH", currency="CHF",
                      board_name="Verwaltungsrat", pilot_trap_days=90)
    anna = Person(name="Anna Keller", function="Geschäftsführerin")
    urs = Person(name="Urs Meier", function="Leiter Kundendienst")
    lea = Person(name="Lea Brunner", function="Datenschutzberaterin")
    marco = Person(name="Marco Rossi", function="Berater", internal=False,
                   organisation="KI-Konkret Partner GmbH")
    people = [anna, urs, lea, marco]
    board = [BoardMember(person_uuid=anna.uuid, role=BoardRole.CHAIR, sort=0),
             BoardMember(person_uuid=lea.uuid, role=BoardRole.MINUTE_TAKER, sort=1),
             BoardMember(person_uuid=urs.uuid, role=BoardRole.MEMBER, sort=2)]
    crm = System(name="Kunden-CRM Zeus", kind="CRM")
    mail = System(name="Outlook-Postfach", kind="E-Mail")
    erp = System(name="Abacus ERP", kind="ERP")

    complaints = UseCase(
        title="Reklamationen automatisch kategorisieren",
        problem="Wiederkehrende Reklamationen per E-Mail automatisch einer Kategorie zuordnen "
                "und einen Antwortentwurf vorschlagen.",
        relief_customers="Klare Antwort innerhalb von zwei Stunden statt zwei Tagen.",
        relief_employees="Der Kundendienst spart das Sortieren am Morgen.",
        boundary="Die KI schlägt vor; ein Mensch gibt jede Antwort frei und übernimmt Kulanzfälle.",
        customer_facing=True, status=Status.PILOT, owner_uuid=urs.uuid,
        tool="MailSorter Pro (Anbieter: Helvetic AI GmbH)", personal_data=True,
        personal_data_which="Name, E-Mail-Adresse, Bestellnummer",
        risk_class=RiskClass.LIMITED, cost_once=Decimal("4800"), cost_monthly=Decimal("350.50"),
        hours_saved_month=Decimal("22.5"), response_target="Antwort innert 2 Stunden (Bürozeit)",
        fallback="Bei Ausfall sortiert das Team wie bisher von Hand.",
        motion="Der Verwaltungsrat beschliesst den Übergang in den Regelbetrieb per 1. Januar.",
        created_on=date(2026, 2, 1), pilot_start=date(2026, 3, 1),
        next_review=date(2026, 12, 10), tags=["Kundendienst", "E-Mail"],
    )
    seed_use_case(complaints, "de")
    complaints.systems = [
        UseCaseSystem(use_case_uuid=complaints.uuid, system_uuid=crm.uuid,
                      integration=Integration.MANUAL, note="Export jeden Abend als CSV"),
        UseCaseSystem(use_case_uuid=complaints.uuid, system_uuid=mail.uuid,
                      integration=Integration.AUTOMATED, note="Liest das Postfach service@"),
    ]
    complaints.members = [RaciMember(use_case_uuid=complaints.uuid, person_uuid=p.uuid, sort=i)
                          for i, p in enumerate(people)]
    acts = complaints.activities
    _cell(complaints, acts[0], urs, Letter.A)
    _cell(complaints, acts[0], lea, Letter.R)
    _cell(complaints, acts[1], anna, Letter.A)
    _cell(complaints, acts[1], urs, Letter.A)  # two Accountables: an error
    _cell(complaints, acts[2], marco, Letter.A)  # external Accountable: an error
    _cell(complaints, acts[2], anna, Letter.C)
    _cell(complaints, acts[3], lea, Letter.I)
    own = RaciActivity(use_case_uuid=complaints.uuid, title="Kulanzentscheide über CHF 500",
                       sort=99)
    complaints.activities.append(own)
    _cell(complaints, own, anna, Letter.A)
    _cell(complaints, own, urs, Letter.R)
    items = complaints.checklist
    items[0].state, items[0].owner_uuid = ItemState.DONE, urs.uuid
    items[0].evidence = "Systemliste vom 3. März"
    items[1].state, items[1].owner_uuid = ItemState.IN_PROGRESS, marco.uuid
    items[1].due_date, items[1].note = date(2026, 10, 1), "Schnittstelle zum CRM in Arbeit"
    items[2].state, items[2].na_reason = ItemState.NOT_APPLICABLE, "Prozess läuft ohne KI weiter"
    items[3].enabled = False
    items[3].note = "switched-off item must not appear"
    for answer, (rating, note) in zip(
        sorted(complaints.cx, key=lambda a: list(CxQuestion).index(a.question)),
        [(CxRating.YES, "Antworten klingen wie unser Team"),
         (CxRating.PARTLY, "Kategorie ist für Kunden nicht sichtbar"),
         (CxRating.NO, "Noch kein Hinweis auf KI in der Antwort")], strict=True):
        answer.rating, answer.note = rating, note
    first = Decision(use_case_uuid=complaints.uuid, decided_on=date(2026, 2, 10),
                     kind=DecisionKind.START_EVALUATION, rationale="Viele Reklamationen im Winter",
                     deciders="Geschäftsleitung", recorded_at="2026-02-10T10:00:00Z")
    pilot = Decision(use_case_uuid=complaints.uuid, decided_on=date(2026, 3, 1),
                     kind=DecisionKind.START_PILOT, rationale="Evaluation erfolgreich",
                     conditions="Nur Reklamationen ohne Personendaten im Anhang",
                     deciders="Verwaltungsrat", next_review=date(2026, 6, 1),
                     recorded_at="2026-03-01T10:00:00Z")
    fix = Decision(use_case_uuid=complaints.uuid, decided_on=date(2026, 3, 2),
                   kind=DecisionKind.CHANGE, rationale="Datum des Pilotstarts war falsch erfasst",
                   deciders="Urs Meier", corrects_uuid=pilot.uuid,
                   recorded_at="2026-03-02T10:00:00Z")
    complaints.decisions = [first, pilot, fix]

    quotes = UseCase(
        title="Offerten-Entwürfe aus dem ERP",
        problem="Standardofferten für Ersatzteile automatisch aus dem ERP vorbereiten.",
        relief_customers="Offerte am selben Tag.", relief_employees="Weniger Abtippen im Verkauf.",
        boundary="Der Verkauf prüft Preise und Rabatte vor dem Versand.",
        status=Status.OPERATION, owner_uuid=anna.uuid, tool="Offertenassistent",
        risk_class=RiskClass.MINIMAL, created_on=date(2025, 9, 1), go_live=date(2026, 1, 15),
        next_review=date(2026, 11, 1), motion="Weiterbetrieb mit jährlicher Überprüfung.",
    )
    seed_use_case(quotes, "de")
    quotes.systems = [UseCaseSystem(use_case_uuid=quotes.uuid, system_uuid=erp.uuid,
                                    integration=Integration.AUTOMATED)]
    quotes.members = [RaciMember(use_case_uuid=quotes.uuid, person_uuid=anna.uuid)]
    for activity in quotes.activities:
        _cell(quotes, activity, anna, Letter.A)
    quotes.decisions = [Decision(
        use_case_uuid=quotes.uuid, decided_on=date(2026, 1, 10), kind=DecisionKind.GO_LIVE,
        rationale="Kunden warten sonst eine Woche", deciders="Anna Keller, Urs Meier",
        readiness_override="Saisonstart; fehlende Schulung wird bis Ende Februar nachgeholt",
        recorded_at="2026-01-10T10:00:00Z")]

    idea = UseCase(title="Telefonnotizen zusammenfassen", status=Status.IDEA,
                   problem="Effizienz steigern", created_on=date(2026, 10, 1))
    stopped = UseCase(title="Chatbot auf der Website (eingestellt)", status=Status.STOPPED,
                      created_on=date(2025, 1, 1))
    return Workspace(company=company, people=people, board=board, systems=[crm, mail, erp],
                     use_cases=[complaints, quotes, idea, stopped])


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, pages joined."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


_FURNITURE = re.compile(
    r"^(Decision record|Entscheidungsprotokoll) · .*$|^.*(Fingerprint|Fingerabdruck) [0-9a-f]{12}$"
    r"|^(Page|Seite) \d+ (of|von) \d+$", re.MULTILINE)


def body_text(pdf: bytes, *, header_right: str = "", drop: tuple[str, ...] = ()) -> str:
    """The PDF's text without page headers and footers, so text split over pages joins up.

    `drop` names the beginnings of further furniture lines (a long label shortened with "…").
    """
    text = _FURNITURE.sub("", pdf_text(pdf))
    if drop:
        text = "\n".join(line for line in text.split("\n")
                         if not (line.startswith(drop) and line.endswith("…")))
    return text.replace(header_right, "") if header_right else text


def squash(text: str) -> str:
    """Text without any whitespace, so line wrapping does not hide a value."""
    return re.sub(r"\s+", "", text)
