"""The demo's other use cases: the quotes pilot in the pilot trap, invoices, phone notes, an idea.

The quotes pilot started about 150 days ago and nobody has decided since; its matrix is broken on
purpose (two Accountables for data protection, an external consultant accountable for automated
decisions). The marketing idea has the vague problem statement the article warns about.
"""

from __future__ import annotations

from leitplanken.domain.demo_build import (
    BOARD,
    DONE,
    MANAGEMENT,
    NA,
    NO,
    OPEN,
    PARTLY,
    WIP,
    Dec,
    Item,
    Spec,
)
from leitplanken.domain.model import CxQuestion, DecisionKind, Integration, RiskClass

QUOTES = Spec(
    key="quotes",
    created=-200,
    title=("Textvorschläge für Offerten", "Text suggestions for quotes"),
    problem=("Für jede Offerte schreibt Monika Gerber die Beschreibung der Arbeiten neu – im "
             "Schnitt 45 Minuten pro Offerte. Die KI schlägt Texte aus früheren, ähnlichen "
             "Aufträgen vor.",
             "For every quote Monika Gerber rewrites the description of the work – 45 minutes "
             "per quote on average. The AI suggests texts from earlier, similar jobs."),
    relief_customers=("Offerten kommen schneller: innert drei statt sieben Arbeitstagen.",
                      "Quotes arrive sooner: within three working days instead of seven."),
    relief_employees=("Weniger Schreibarbeit im Verkauf, mehr Zeit für Beratung und Aufmass vor Ort.",
                      "Less writing in sales, more time for advice and measuring on site."),
    boundary=("Die KI schlägt Texte vor; Preise, Termine und Zusagen setzt immer ein Mensch. Jede "
              "Offerte wird von Monika Gerber gelesen und unterschrieben.",
              "The AI suggests texts; prices, dates and commitments are always set by a person. "
              "Every quote is read and signed by Monika Gerber."),
    owner="monika",
    customer_facing=True,
    tool=("Textgenerator im Offertmodul des ERP (Cloud, Anbieter in den USA)",
          "Text generator in the ERP's quote module (cloud, US provider)"),
    personal_data_which=("Name und Adresse der Kundschaft, Angaben zum Objekt",
                         "Customer name and address, details of the property"),
    risk=RiskClass.MINIMAL,
    cost_once="2400", cost_monthly="60", hours_saved="18",
    response_target=("Offerte innert 3 Arbeitstagen", "Quote within 3 working days"),
    fallback=("Ohne das Werkzeug werden Offerten wie bisher mit den Vorlagen geschrieben.",
              "Without the tool, quotes are written with the templates as before."),
    motion=("Der Verwaltungsrat verlängert den Pilot «Textvorschläge für Offerten» um 60 Tage "
            "unter den vorgeschlagenen Auflagen und entscheidet an der nächsten Sitzung über "
            "den Regelbetrieb.",
            "The board extends the pilot 'Text suggestions for quotes' by 60 days under the "
            "proposed conditions and decides on regular operation at its next meeting."),
    options=("In den Regelbetrieb überführen, wie der Pilot heute läuft\n"
             "Um 60 Tage mit Auflagen verlängern, danach Entscheid über den Regelbetrieb\n"
             "Einstellen und zu den Offertvorlagen zurückkehren",
             "Take it into regular operation as the pilot runs today\n"
             "Extend by 60 days with conditions, then decide on regular operation\n"
             "Stop it and return to the quote templates"),
    recommendation=("Um 60 Tage mit Auflagen verlängern, danach Entscheid über den Regelbetrieb",
                    "Extend by 60 days with conditions, then decide on regular operation"),
    reason=("Im Pilot sank die Zeit pro Offerte von 45 auf rund 30 Minuten; das Ziel ist "
            "erreicht. Die Verantwortung für die Vorschläge trägt aber der externe Berater, "
            "Auftragsbearbeitung und Datenstandort sind ungeklärt, und im Verkauf fehlt die Zeit "
            "für die Prüfung der Texte. Ein Regelbetrieb heute würde die Pilot-Falle nur "
            "verschieben; ein Abbruch würde ein funktionierendes Werkzeug aufgeben.",
            "In the pilot the time per quote fell from 45 to about 30 minutes; the target is met. "
            "But the external consultant answers for the suggestions, the processor agreement "
            "and the data location are unresolved, and sales has no time to check the texts. "
            "Going live today would only postpone the pilot trap; stopping would give up a tool "
            "that works."),
    conditions=("1. Monika Gerber übernimmt die Verantwortung für die automatisierten Vorschläge "
                "(A) anstelle des externen Beraters.\n"
                "2. Im Verkauf werden 3 Stunden pro Woche für die Prüfung der Texte eingeplant.\n"
                "3. Der Auftragsbearbeitungsvertrag ist unterzeichnet und der Datenstandort "
                "geklärt, bevor die Verlängerung beginnt.",
                "1. Monika Gerber answers for the automated suggestions (A) instead of the "
                "external consultant.\n"
                "2. Sales plans 3 hours a week for checking the texts.\n"
                "3. The processor agreement is signed and the data location settled before the "
                "extension begins."),
    tags=(("Verkauf", "Sales"), ("Pilot", "Pilot")),
    systems=(
        ("erp", Integration.MANUAL, ("Texte werden von Hand aus dem Werkzeug in die Offerte kopiert",
                                     "Texts are copied by hand from the tool into the quote")),
        ("crm", Integration.NOT_CONNECTED, ("Offertstatus wird im CRM nicht nachgeführt",
                                            "Quote status is not updated in the CRM")),
    ),
    raci={
        "review_outputs": "monika:A lukasz:R",
        "handle_exceptions": "monika:A lea:R",
        "answer_for_decisions": "simon:A monika:R",
        "customer_escalation": "anna:A monika:R",
        "data_protection": "anna:A urs:A corinne:C",
        "run_integration": "daniel:A stefan:R",
        "monitor_quality": "monika:A lukasz:R",
        "train_staff": "monika:A simon:R",
        "decide_operation": "thomas:A monika:R",
    },
    items={
        "int_systems_named": Item(DONE, "daniel"),
        "int_data_flow": Item(WIP, "daniel", due=-30, note=(
            "Offerttexte werden noch von Hand aus dem Werkzeug ins ERP kopiert.",
            "Quote texts are still copied by hand from the tool into the ERP.")),
        "resp_reviewer": Item(DONE, "monika"),
        "resp_one_accountable": Item(OPEN, "thomas", due=-20, note=(
            "Zurzeit trägt der externe Berater die Verantwortung – das muss intern geregelt werden.",
            "At present the external consultant carries the responsibility – this must be "
            "settled internally.")),
        "resp_boundary": Item(DONE, "monika"),
        "dp_personal_data": Item(DONE, "monika"),
        "dp_processor_agreement": Item(WIP, "corinne", due=-10, note=(
            "Standardvertrag des Anbieters wird geprüft (Datenübermittlung in die USA).",
            "Provider's standard contract under review (transfer of data to the USA).")),
        "dp_transparency": Item(NA, "monika", na_reason=(
            "Offerten werden vor dem Versand immer von einem Menschen überarbeitet und unterschrieben.",
            "Quotes are always revised and signed by a person before they are sent.")),
        "dp_risk_class": Item(DONE, "simon"),
        "dp_human_review": Item(NA, "monika", na_reason=(
            "Die KI entscheidet nichts; sie schlägt nur Texte vor.",
            "The AI decides nothing; it only suggests texts.")),
        "op_success_criteria": Item(DONE, "monika", evidence=(
            "Kriterien: 30 % weniger Zeit pro Offerte, keine Zunahme der Rückfragen.",
            "Criteria: 30% less time per quote, no increase in follow-up questions.")),
        "op_capacity": Item(OPEN, "thomas", due=-45, note=(
            "Genau hier hängt es: Im Tagesgeschäft hat niemand Zeit, den Pilot in den Alltag zu "
            "überführen.",
            "This is exactly where it is stuck: in day-to-day business nobody has time to carry "
            "the pilot into everyday work.")),
        "op_external_partner": Item(DONE, "monika", note=("Oberli Digital (KI-Konkret Netzwerk)",
                                                          "Oberli Digital (KI-Konkret network)")),
    },
    cx={
        CxQuestion.COHERENT: (PARTLY, ("Die Vorschläge klingen manchmal nicht nach uns.",
                                       "The suggestions sometimes do not sound like us.")),
    },
    decisions=(
        Dec("eval", DecisionKind.START_EVALUATION, -190,
            ("Offerten dauern zu lange; Kundschaft springt ab, bevor die Offerte kommt.",
             "Quotes take too long; customers drop out before the quote arrives."), MANAGEMENT),
        Dec("pilot", DecisionKind.START_PILOT, -150,
            ("Pilot mit Offerten für Küchen und Einbauschränke.",
             "Pilot with quotes for kitchens and built-in wardrobes."),
            MANAGEMENT, conditions=("Erfolgskriterium: 30 % weniger Zeit pro Offerte; Entscheid "
                                    "nach 60 Tagen.",
                                    "Success criterion: 30% less time per quote; decision after "
                                    "60 days."), review=-90),
    ),
)

INVOICES = Spec(
    key="invoices",
    created=-60,
    title=("Eingangsrechnungen erfassen und dem Auftrag zuordnen",
           "Capture incoming invoices and match them to jobs"),
    problem=("Rund 400 Lieferantenrechnungen pro Monat werden von Hand in die Buchhaltung "
             "abgetippt und einem Auftrag zugeordnet; Fehler fallen erst bei der Nachkalkulation auf.",
             "About 400 supplier invoices a month are typed into accounting by hand and assigned "
             "to a job; mistakes only show up in the post-calculation."),
    relief_customers=("", ""),
    relief_employees=("Elif Demir spart rund 20 Stunden im Monat; die Nachkalkulation stimmt früher.",
                      "Elif Demir saves about 20 hours a month; the post-calculation is right sooner."),
    boundary=("Die KI liest die Rechnung und schlägt Konto und Auftrag vor; gebucht und bezahlt "
              "wird erst nach Freigabe durch Elif Demir, über CHF 5000 zusätzlich durch Sandra "
              "Zimmermann.",
              "The AI reads the invoice and suggests account and job; nothing is booked or paid "
              "before Elif Demir approves it, above CHF 5,000 Sandra Zimmermann as well."),
    owner="sandra",
    tool=("Belegerkennung der Buchhaltungssoftware (Cloud, Schweiz)",
          "Document recognition of the accounting software (cloud, Switzerland)"),
    personal_data_which=("Namen und Bankverbindungen von Lieferanten (Einzelfirmen)",
                         "Names and bank details of suppliers (sole traders)"),
    risk=RiskClass.MINIMAL,
    cost_once="1500", cost_monthly="45", hours_saved="20",
    motion=("Der Verwaltungsrat bewilligt einen Pilot der Belegerkennung für alle "
            "Eingangsrechnungen während drei Monaten, mit einmaligen Kosten von CHF 1500 und "
            "CHF 45 pro Monat.",
            "The board approves a three-month pilot of document recognition for all incoming "
            "invoices, at a one-off cost of CHF 1,500 and CHF 45 a month."),
    options=("Pilot für drei Monate starten\n"
             "Prüfung fortsetzen, bis der Auftragsbearbeitungsvertrag unterzeichnet ist\n"
             "Nicht weiterverfolgen",
             "Start a three-month pilot\n"
             "Continue the evaluation until the processor agreement is signed\n"
             "Do not pursue it"),
    recommendation=("Pilot für drei Monate starten", "Start a three-month pilot"),
    reason=("In der Prüfung las die Belegerkennung 46 von 50 Testrechnungen fehlerfrei. Gebucht "
            "und bezahlt wird weiterhin erst nach Freigabe durch Elif Demir; sie gewinnt rund "
            "20 Stunden im Monat für die Nachkalkulation.",
            "In the evaluation, document recognition read 46 of 50 test invoices without error. "
            "Nothing is booked or paid before Elif Demir approves it; she gains about 20 hours "
            "a month for the post-calculation."),
    conditions=("Der Pilot beginnt erst, wenn der Auftragsbearbeitungsvertrag unterzeichnet ist "
                "(Prüfung durch Corinne Favre). Erkennungsquote und Zeit pro Rechnung werden "
                "vor dem Start als Erfolgskriterien festgehalten.",
                "The pilot starts only once the processor agreement is signed (reviewed by "
                "Corinne Favre). Recognition rate and time per invoice are written down as "
                "success criteria before the start."),
    tags=(("Finanzen", "Finance"),),
    systems=(
        ("accounting", Integration.AUTOMATED, ("Buchungsvorschläge direkt in der Kreditorenbuchhaltung",
                                               "Booking suggestions directly in accounts payable")),
        ("erp", Integration.MANUAL, ("Auftragsnummer wird von Hand nachgetragen",
                                     "Job number is added by hand")),
        ("email", Integration.AUTOMATED, ("Rechnungen an rechnungen@ werden automatisch eingelesen",
                                          "Invoices sent to invoices@ are read in automatically")),
    ),
    raci={
        "review_outputs": "sandra:A elif:R",
        "handle_exceptions": "sandra:A elif:R",
        "answer_for_decisions": "sandra:A elif:R",
        "customer_escalation": "sandra:A fabio:R",
        "data_protection": "sandra:A elif:R corinne:C",
        "run_integration": "sandra:A stefan:R daniel:C",
        "monitor_quality": "sandra:A elif:R",
        "train_staff": "sandra:A simon:R elif:I",
        "decide_operation": "sandra:A elif:R thomas:C",
    },
    items={
        "int_systems_named": Item(DONE, "daniel"),
        "dp_personal_data": Item(DONE, "sandra"),
        "dp_location": Item(DONE, "daniel", note=("Rechenzentren in Genf und Zürich.",
                                                  "Data centres in Geneva and Zurich.")),
        "dp_processor_agreement": Item(OPEN, "sandra", due=-12, note=(
            "Vertragsentwurf des Anbieters liegt bei Corinne Favre zur Prüfung.",
            "The provider's draft agreement is with Corinne Favre for review.")),
        "op_success_criteria": Item(WIP, "sandra", due=10),
        "dp_risk_class": Item(DONE, "sandra", note=(
            "Minimales Risiko: die KI schlägt Buchungen vor, entscheidet nichts.",
            "Minimal risk: the AI suggests bookings and decides nothing.")),
        "dp_transparency": Item(NA, "sandra", na_reason=(
            "Keine Kundschaft betroffen: die KI liest nur Rechnungen von Lieferanten.",
            "No customers involved: the AI only reads suppliers' invoices.")),
    },
    decisions=(
        Dec("eval", DecisionKind.START_EVALUATION, -40,
            ("Prüfen, ob die Belegerkennung unsere Lieferantenrechnungen zuverlässig liest.",
             "Check whether document recognition reads our supplier invoices reliably."),
            MANAGEMENT, review=-3),
    ),
)

PHONE_NOTES = Spec(
    key="phone_notes",
    created=-240,
    title=("Telefonnotizen zusammenfassen und ins CRM übertragen",
           "Summarise phone notes and transfer them to the CRM"),
    problem=("Absprachen aus Telefonaten mit Kundschaft und Architekten gehen verloren, weil "
             "niemand sie ins CRM überträgt; auf der Baustelle fehlen dann Masse und Termine.",
             "Agreements from phone calls with customers and architects get lost because nobody "
             "enters them into the CRM; measurements and dates are then missing on site."),
    relief_customers=("Zusagen am Telefon gelten – niemand muss etwas zweimal erklären.",
                      "Promises made on the phone hold – nobody has to explain anything twice."),
    relief_employees=("Projektleitung und Montage finden alle Absprachen an einem Ort.",
                      "Project management and installation find all agreements in one place."),
    boundary=("Die KI fasst das Gespräch zusammen; Łukasz Nowak prüft die Zusammenfassung, bevor "
              "sie im CRM gespeichert wird. Aufgezeichnet wird nur mit Einwilligung.",
              "The AI summarises the call; Łukasz Nowak checks the summary before it is saved in "
              "the CRM. Calls are recorded only with consent."),
    owner="lukasz",
    customer_facing=True,
    tool=("Transkription in der Telefonanlage (Cloud, USA)",
          "Transcription in the phone system (cloud, USA)"),
    personal_data_which=("Gesprächsinhalte, Namen, Telefonnummern, Baustellenadressen",
                         "Call contents, names, phone numbers, site addresses"),
    risk=RiskClass.LIMITED,
    cost_monthly="140", hours_saved="12",
    motion=("Der Verwaltungsrat stellt die Transkription mit dem heutigen Anbieter (Server in "
            "den USA) ein und beauftragt Łukasz Nowak, bis zur nächsten Sitzung einen Anbieter "
            "mit Datenhaltung in der Schweiz zu prüfen.",
            "The board stops transcription with the current provider (servers in the USA) and "
            "asks Łukasz Nowak to evaluate a provider that keeps the data in Switzerland by the "
            "next meeting."),
    options=("Weiter pausieren, bis die Datenschutzabklärung abgeschlossen ist\n"
             "Mit dem heutigen Anbieter einstellen und einen Anbieter mit Datenhaltung in der "
             "Schweiz prüfen\n"
             "Ganz einstellen",
             "Keep it paused until the data protection assessment is finished\n"
             "Stop with the current provider and evaluate a provider that keeps the data in "
             "Switzerland\n"
             "Stop it altogether"),
    recommendation=("Mit dem heutigen Anbieter einstellen und einen Anbieter mit Datenhaltung in "
                    "der Schweiz prüfen",
                    "Stop with the current provider and evaluate a provider that keeps the data "
                    "in Switzerland"),
    reason=("Seit der Pause sind die Einwilligung der Anrufenden und die Bekanntgabe der "
            "Gespräche in die USA ungeklärt; Corinne Favre rät davon ab, sie mit dem heutigen "
            "Anbieter zu lösen. Das Problem – verlorene Absprachen – besteht weiter, ein "
            "Anbieter in der Schweiz löst beides.",
            "Since the pause, callers' consent and the transfer of the calls to the USA have "
            "stayed unresolved; Corinne Favre advises against solving them with the current "
            "provider. The problem – agreements that get lost – remains, and a provider in "
            "Switzerland solves both."),
    tags=(("Projektleitung", "Project management"),),
    systems=(
        ("phone", Integration.AUTOMATED, ("Gespräche werden in der Telefonanlage transkribiert",
                                          "Calls are transcribed in the phone system")),
        ("crm", Integration.MANUAL, ("Geprüfte Zusammenfassung wird ins Kundendossier kopiert",
                                     "The checked summary is copied into the customer record")),
    ),
    raci={
        "review_outputs": "lukasz:A jonas:R",
        "handle_exceptions": "lukasz:A lea:R",
        "answer_for_decisions": "lukasz:A jonas:R",
        "customer_escalation": "anna:A reto:R lukasz:C",
        "data_protection": "lukasz:A daniel:R corinne:C",
        "run_integration": "lukasz:A stefan:R",
        "monitor_quality": "lukasz:A jonas:R",
        "train_staff": "lukasz:A simon:R",
        "decide_operation": "urs:A lukasz:R thomas:I",
    },
    items={
        "int_systems_named": Item(DONE, "lukasz"),
        "int_data_flow": Item(DONE, "lukasz"),
        "resp_reviewer": Item(DONE, "lukasz"),
        "dp_personal_data": Item(DONE, "lukasz"),
        "dp_transparency": Item(OPEN, "lukasz", note=(
            "Anrufende müssen erfahren, dass das Gespräch transkribiert wird; Einwilligung ungeklärt.",
            "Callers must be told that the call is transcribed; consent is unresolved.")),
        "dp_location": Item(OPEN, "corinne", note=(
            "Server in den USA: Garantien für die Bekanntgabe ins Ausland klären.",
            "Servers in the USA: clarify safeguards for disclosure abroad.")),
    },
    cx={
        CxQuestion.COHERENT: (PARTLY, ("Zusammenfassungen sind gut, aber die Ansage zu Beginn wirkt fremd.",
                                       "Summaries are good, but the announcement at the start feels odd.")),
        CxQuestion.RESPONSIBILITY: (NO, ("Anrufende wissen nicht, dass mitgeschrieben wird.",
                                         "Callers do not know that the call is being transcribed.")),
    },
    decisions=(
        Dec("eval", DecisionKind.START_EVALUATION, -230,
            ("Absprachen gehen verloren; zwei Montagen mussten deshalb wiederholt werden.",
             "Agreements get lost; two installations had to be redone because of it."), MANAGEMENT),
        Dec("pilot", DecisionKind.START_PILOT, -185,
            ("Pilot mit den Anrufen der Projektleitung.", "Pilot with the project managers' calls."),
            MANAGEMENT, review=-110),
        Dec("pause", DecisionKind.PAUSE, -110,
            ("Einwilligung der Anrufenden und Datenübermittlung in die USA ungeklärt; pausiert, "
             "bis Corinne Favre die Abklärung abgeschlossen hat.",
             "Callers' consent and the transfer of data to the USA are unresolved; paused until "
             "Corinne Favre has finished her assessment."),
            BOARD, review=25),
    ),
)

MARKETING = Spec(
    key="marketing",
    created=-12,
    title=("KI im Marketing", "AI in marketing"),
    problem=("Mit KI effizienter werden und die Prozesse im Marketing optimieren.",
             "Become more efficient with AI and optimise our marketing processes."),
    relief_customers=("", ""),
    relief_employees=("", ""),
    boundary=("", ""),
    owner="nadine",
    tags=(("Idee", "Idea"), ("Marketing", "Marketing")),
)
