"""The demo workspace: a fictional Swiss joinery with six AI use cases in every state.

"Schreinerei Holzwerk Brunner AG" in Thun, about twenty people, a board, the usual systems, and
use cases taken from the article (complaints answered within two hours, recurring enquiries
answered automatically, text suggestions for quotes) plus one pilot caught in the pilot trap,
one deliberately broken responsibility matrix and one idea with a vague problem statement.

Everything is deterministic: the same language and day give the same content, and the UUIDs are
derived with uuid5 from fixed names, so a German and an English demo describe the same records.
Dates are relative to `today` so the demo stays realistic whenever it is opened.
"""

from __future__ import annotations

from datetime import date

from leitplanken.domain.demo_build import DemoContext, build_use_case
from leitplanken.domain.demo_cases import COMPLAINTS, ENQUIRIES
from leitplanken.domain.demo_cases_more import INVOICES, MARKETING, PHONE_NOTES, QUOTES
from leitplanken.domain.model import (
    BoardMember,
    BoardRole,
    Company,
    Person,
    System,
    Workspace,
)

MAIL = "holzwerk-brunner.ch"


# key, name, internal, organisation, function (de, en), e-mail local part. Company names stay as
# they are; the words around them are translated in _ORGANISATIONS_EN.
_PEOPLE: tuple[tuple[str, str, bool, str, str, str, str], ...] = (
    ("margrit", "Margrit Brunner", True, "", "Präsidentin des Verwaltungsrats",
     "Chair of the board of directors", "margrit.brunner"),
    ("thomas", "Thomas Brunner", True, "", "Geschäftsführer, Delegierter des Verwaltungsrats",
     "Managing director, delegate of the board", "thomas.brunner"),
    ("sandra", "Sandra Zimmermann", True, "", "Leiterin Finanzen und Administration",
     "Head of finance and administration", "sandra.zimmermann"),
    ("anna", "Anna Keller", True, "", "Leiterin Kundendienst", "Head of customer service",
     "anna.keller"),
    ("urs", "Urs Meier", True, "", "Leiter Werkstatt", "Workshop manager", "urs.meier"),
    ("lukasz", "Łukasz Nowak", True, "", "Projektleiter Innenausbau",
     "Project manager, interior fittings", "lukasz.nowak"),
    ("monika", "Monika Gerber", True, "", "Verkauf und Offerten", "Sales and quotes",
     "monika.gerber"),
    ("reto", "Reto Schmid", True, "", "Leiter Montage", "Head of installation", "reto.schmid"),
    ("claudia", "Claudia Frei", True, "", "Sachbearbeiterin Kundendienst",
     "Customer service officer", "claudia.frei"),
    ("jonas", "Jonas Steiner", True, "", "Sachbearbeiter Auftragsabwicklung",
     "Order processing clerk", "jonas.steiner"),
    ("nadine", "Nadine Bühler", True, "", "Marketing und Website (60 %)",
     "Marketing and website (60%)", "nadine.buehler"),
    ("daniel", "Daniel Wyss", True, "", "Arbeitsvorbereitung, IT-Verantwortlicher",
     "Work planning, in charge of IT", "daniel.wyss"),
    ("elif", "Elif Demir", True, "", "Sachbearbeiterin Buchhaltung", "Accounts clerk",
     "elif.demir"),
    ("peter", "Peter Zürcher", True, "", "Teamleiter CNC-Fertigung", "Team lead, CNC production",
     "peter.zuercher"),
    ("lea", "Lea Hofer", True, "", "Innenarchitektin, Planung", "Interior designer, planning",
     "lea.hofer"),
    ("fabio", "Fabio Bernasconi", True, "", "Einkauf und Logistik", "Purchasing and logistics",
     "fabio.bernasconi"),
    ("stefan", "Stefan Kunz", False, "Kunz Informatik GmbH, Spiez", "IT-Dienstleister",
     "IT service provider", ""),
    ("corinne", "Corinne Favre", False, "Favre Datenschutz & Recht, Bern",
     "Datenschutzberaterin", "Data protection adviser", ""),
    ("simon", "Simon Oberli", False, "Oberli Digital, Mitglied im KI-Konkret Netzwerk",
     "KI-Berater", "AI consultant", ""),
    ("beat", "Beat Aebischer", False, "Aebischer Treuhand AG, Thun",
     "Mitglied des Verwaltungsrats, Treuhänder", "Member of the board, fiduciary", ""),
)

_ORGANISATIONS_EN = {
    "Oberli Digital, Mitglied im KI-Konkret Netzwerk":
        "Oberli Digital, member of the KI-Konkret network",
}

_BOARD = (("margrit", BoardRole.CHAIR), ("beat", BoardRole.MEMBER), ("thomas", BoardRole.MEMBER),
          ("sandra", BoardRole.MINUTE_TAKER))

# key, name (de, en), kind (de, en), note (de, en)
_SYSTEMS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("crm", "CRM Kundenstamm", "Customer CRM", "CRM", "CRM",
     "Kunden, Kontakte, Reklamationen und Offerten", "Customers, contacts, complaints and quotes"),
    ("erp", "ERP Auftragsabwicklung", "ERP order processing", "ERP", "ERP",
     "Aufträge, Stücklisten, Liefertermine", "Orders, bills of materials, delivery dates"),
    ("email", "E-Mail und Kalender", "E-mail and calendar", "E-Mail", "E-mail",
     "Gemeinsame Postfächer info@ und kundendienst@", "Shared mailboxes info@ and service@"),
    ("web", "Website mit Kontaktformular", "Website with contact form", "Website", "Website",
     "Betreut von Nadine Bühler", "Looked after by Nadine Bühler"),
    ("phone", "Telefonanlage", "Phone system", "Telefonie", "Telephony",
     "Cloud-Telefonie mit Anrufprotokoll", "Cloud telephony with call log"),
    ("accounting", "Finanzbuchhaltung", "Financial accounting", "Buchhaltung", "Accounting",
     "Kreditoren, Debitoren, Mehrwertsteuer", "Payables, receivables, VAT"),
)


def _company(ctx: DemoContext) -> Company:
    """The company and its settings (Swiss locale, CHF, a board of directors)."""
    return Company(
        uuid=ctx.uid("company"),
        name="Schreinerei Holzwerk Brunner AG",
        legal_form=ctx.t("Aktiengesellschaft (AG)", "Company limited by shares (AG)"),
        locale="de_CH" if ctx.german else "en_CH",
        currency="CHF",
        board_name=ctx.t("Verwaltungsrat", "Board of directors"),
        # A Swiss company: its catalogue is written the Swiss way too, like the demo's texts.
        language="de_CH" if ctx.german else "en",
        pilot_trap_days=90,
        bottleneck_threshold=4,
        # The board meets in a fortnight; the record is its paper.
        meeting_date=ctx.day(14),
        meeting_time="14:00",
        meeting_place=ctx.t("Sitzungszimmer, Werkstrasse 12, 3600 Thun",
                            "Meeting room, Werkstrasse 12, 3600 Thun"),
    )


def _people(ctx: DemoContext) -> list[Person]:
    """About twenty people, most internal; an IT provider, a data-protection adviser, an AI
    consultant and a fiduciary on the board are external."""
    return [
        Person(uuid=ctx.person(key), name=name, internal=internal,
               organisation=ctx.t(org, _ORGANISATIONS_EN.get(org, org)),
               function=ctx.t(de, en), email=f"{mail}@{MAIL}" if mail else "")
        for key, name, internal, org, de, en, mail in _PEOPLE
    ]


def _board(ctx: DemoContext) -> list[BoardMember]:
    """The board of directors: chair, member, delegate and the minute-taker."""
    return [
        BoardMember(uuid=ctx.uid(f"board/{key}"), person_uuid=ctx.person(key), role=role, sort=i)
        for i, (key, role) in enumerate(_BOARD)
    ]


def _systems(ctx: DemoContext) -> list[System]:
    """CRM, ERP, e-mail, website, phone and accounting."""
    return [
        System(uuid=ctx.system(key), name=ctx.t(de, en), kind=ctx.t(kde, ken),
               note=ctx.t(nde, nen))
        for key, de, en, kde, ken, nde, nen in _SYSTEMS
    ]


def demo_workspace(lang: str = "de_CH", today: date | None = None) -> Workspace:
    """The demo company in German ("de", "de_CH") or English ("en"), dated around `today`."""
    ctx = DemoContext(lang, today or date.today())
    ws = Workspace(company=_company(ctx), people=_people(ctx), board=_board(ctx),
                   systems=_systems(ctx))
    specs = (COMPLAINTS, ENQUIRIES, QUOTES, INVOICES, PHONE_NOTES, MARKETING)  # register order
    ws.use_cases = [build_use_case(ctx, ws, spec) for spec in specs]
    return ws
