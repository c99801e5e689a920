"""The demo's use cases from the article: complaints within two hours, recurring enquiries, quotes.

German texts are written the Swiss way ("ss", never "ß"); English texts describe the same thing.
The quotes pilot is the one caught in the pilot trap and has the deliberately broken matrix.
"""

from __future__ import annotations

from leitplanken.domain.demo_build import (
    BOARD,
    DONE,
    MANAGEMENT,
    NA,
    OPEN,
    PARTLY,
    WIP,
    YES,
    Dec,
    Item,
    Spec,
)
from leitplanken.domain.model import (
    CxQuestion,
    DecisionKind,
    Integration,
    RiskClass,
)

COMPLAINTS = Spec(
    key="complaints",
    created=-290,
    title=("Reklamationen kategorisieren und innert zwei Stunden beantworten",
           "Categorise complaints and answer them within two hours"),
    problem=("Reklamationen kommen per E-Mail, Formular und Telefon und bleiben oft ein bis zwei "
             "Tage liegen, bis jemand sie zuordnet. Die KI kategorisiert jede Reklamation "
             "(Lieferverzug, Schaden, Montage, Rechnung), legt sie im CRM ab und entwirft eine "
             "erste Antwort.",
             "Complaints arrive by e-mail, web form and phone and often wait one or two days "
             "until someone assigns them. The AI categorises each complaint (late delivery, "
             "damage, installation, invoice), files it in the CRM and drafts a first reply."),
    relief_customers=("Innert zwei Stunden eine klare Antwort mit Ansprechperson und nächstem "
                      "Schritt – ein Zeichen von Verlässlichkeit.",
                      "A clear answer within two hours, naming a contact person and the next "
                      "step – a sign of reliability."),
    relief_employees=("Kein Sortieren des Postfachs mehr; der Kundendienst hat Zeit für die "
                      "schwierigen Fälle und für Besuche vor Ort.",
                      "No more sorting the mailbox; customer service has time for the difficult "
                      "cases and for visits on site."),
    boundary=("Die KI kategorisiert und schlägt die erste Antwort vor; Claudia Frei gibt sie frei. "
              "Kulanz, Gutschriften, Schäden über CHF 500 und verärgerte Kundschaft übernimmt "
              "immer ein Mensch, in der Regel am Telefon.",
              "The AI categorises and drafts the first reply; Claudia Frei approves it. Goodwill, "
              "credit notes, damage above CHF 500 and upset customers are always handled by a "
              "person, usually on the phone."),
    owner="anna",
    customer_facing=True,
    tool=("KI-Postfachassistent eines Schweizer Anbieters (Rechenzentrum Zürich)",
          "AI mailbox assistant from a Swiss provider (data centre in Zurich)"),
    personal_data_which=("Name, Adresse, E-Mail, Telefonnummer, Auftragsnummer, Fotos von Schäden",
                         "Name, address, e-mail, phone number, order number, photos of damage"),
    risk=RiskClass.LIMITED,
    cost_once="6500", cost_monthly="180", hours_saved="24",
    response_target=("Erste Antwort innert 2 Stunden (Werktage 7–17 Uhr)",
                     "First reply within 2 hours (working days, 7 am–5 pm)"),
    fallback=("Fällt das Werkzeug aus, landen Reklamationen wie früher im Postfach kundendienst@; "
              "Claudia Frei antwortet von Hand mit der Vorlage «Eingangsbestätigung».",
              "If the tool is down, complaints land in the service@ mailbox as before; Claudia "
              "Frei replies by hand using the 'acknowledgement' template."),
    tags=(("Kundendienst", "Customer service"), ("Reklamationen", "Complaints")),
    systems=(
        ("crm", Integration.AUTOMATED, ("Reklamation wird mit Kategorie im Kundendossier abgelegt",
                                        "Complaint is filed with its category in the customer record")),
        ("email", Integration.AUTOMATED, ("Liest das Postfach kundendienst@", "Reads the service@ mailbox")),
        ("web", Integration.AUTOMATED, ("Kontaktformular «Reklamation»", "Contact form 'Complaint'")),
        ("phone", Integration.MANUAL, ("Telefonische Reklamationen erfasst Claudia Frei im CRM",
                                       "Claudia Frei enters phone complaints into the CRM")),
    ),
    raci={
        "review_outputs": "anna:A claudia:R",
        "handle_exceptions": "anna:A claudia:R urs:C",
        "answer_for_decisions": "anna:A claudia:R thomas:I",
        "customer_escalation": "anna:A reto:R claudia:I",
        "data_protection": "sandra:A daniel:R corinne:C",
        "run_integration": "daniel:A stefan:R",
        "monitor_quality": "anna:A claudia:R thomas:I",
        "train_staff": "anna:A simon:R claudia:I",
        "decide_operation": "thomas:A anna:R margrit:I",
    },
    default_state=DONE,
    items={
        "resp_reviewer": Item(DONE, "claudia", note=(
            "Claudia Frei gibt jede Antwort frei; Anna Keller prüft wöchentlich 20 Stichproben.",
            "Claudia Frei approves every reply; Anna Keller checks 20 samples a week.")),
        "int_failure": Item(DONE, "anna", evidence=("Ausfallplan am Teamtreffen getestet",
                                                    "Fallback plan tested at the team meeting")),
        "dp_processor_agreement": Item(DONE, "sandra", evidence=(
            "Auftragsbearbeitungsvertrag unterzeichnet, abgelegt unter Verträge/IT",
            "Processor agreement signed, filed under Contracts/IT")),
        "dp_location": Item(DONE, "daniel", note=("Daten bleiben in der Schweiz (Rechenzentrum Zürich).",
                                                  "Data stays in Switzerland (data centre in Zurich).")),
        "dp_transparency": Item(DONE, "anna", evidence=(
            "Fusszeile jeder Antwort: «Diese Antwort wurde mit KI-Unterstützung erstellt und von "
            "uns geprüft.»",
            "Footer of every reply: 'This reply was prepared with AI support and checked by us.'")),
        "dp_human_review": Item(NA, "sandra", na_reason=(
            "Die KI entscheidet nichts mit erheblicher Wirkung: Kulanz und Gutschriften entscheidet "
            "immer ein Mensch.",
            "The AI decides nothing with significant effect: goodwill and credit notes are always "
            "decided by a person.")),
        "cx_response_time": Item(DONE, "anna", note=(
            "Gemessen im CRM (Eingang bis erste Antwort); Monatsbericht an die Geschäftsleitung.",
            "Measured in the CRM (arrival to first reply); monthly report to management.")),
        "cx_feedback": Item(WIP, "claudia", due=21, note=(
            "Kurze Umfrage mit zwei Fragen nach jeder abgeschlossenen Reklamation",
            "Short two-question survey after each closed complaint")),
        "op_success_criteria": Item(DONE, "anna", evidence=(
            "Ziel: 90 % innert 2 Stunden beantwortet; im Pilot erreicht: 94 %",
            "Target: 90% answered within 2 hours; reached in the pilot: 94%")),
        "op_capacity": Item(DONE, "thomas", note=("Claudia Frei 4 Std. pro Woche, Anna Keller 1 Std.",
                                                  "Claudia Frei 4 hours a week, Anna Keller 1 hour")),
        "op_external_partner": Item(DONE, "anna", note=(
            "Simon Oberli (Oberli Digital, KI-Konkret Netzwerk) für die Feinjustierung, 8 Std. pro Monat",
            "Simon Oberli (Oberli Digital, KI-Konkret network) for fine-tuning, 8 hours a month")),
    },
    cx={
        CxQuestion.COHERENT: (YES, ("Antworten im Ton der Schreinerei, unterschrieben vom Kundendienst.",
                                    "Replies in the joinery's tone, signed by customer service.")),
        CxQuestion.COMPREHENSIBLE: (YES, ("Die Kundschaft erfährt, was als Nächstes passiert und bis wann.",
                                          "Customers learn what happens next and by when.")),
        CxQuestion.RESPONSIBILITY: (YES, ("Jede Antwort nennt eine Ansprechperson mit Direktnummer.",
                                          "Every reply names a contact person with a direct number.")),
    },
    decisions=(
        Dec("eval", DecisionKind.START_EVALUATION, -270,
            ("Reklamationen bleiben zu lange liegen; die Kundschaft beklagt fehlende Rückmeldungen.",
             "Complaints wait too long; customers complain that they hear nothing back."),
            MANAGEMENT, review=-210),
        Dec("pilot", DecisionKind.START_PILOT, -205,
            ("Pilot mit dem Postfach kundendienst@ während drei Monaten; Erfolgskriterium: 90 % "
             "innert 2 Stunden beantwortet.",
             "Three-month pilot with the service@ mailbox; success criterion: 90% answered "
             "within 2 hours."),
            MANAGEMENT, conditions=("Jede Antwort wird vor dem Versand freigegeben.",
                                    "Every reply is approved before it is sent."), review=-115),
        Dec("pilot_fix", DecisionKind.START_PILOT, -198,
            ("Korrektur: Der Pilot startete erst nach der Schulung, eine Woche später als protokolliert.",
             "Correction: the pilot started only after the training, one week later than recorded."),
            MANAGEMENT, review=-108, corrects="pilot", recorded=-190),
        Dec("live", DecisionKind.GO_LIVE, -100,
            ("Pilotziel erreicht (94 % innert 2 Stunden); die Betriebsreife ist vollständig.",
             "Pilot target reached (94% within 2 hours); readiness is complete."),
            BOARD, conditions=("Quartalsbericht an den Verwaltungsrat.", "Quarterly report to the board."),
            review=-10),
        Dec("promise", DecisionKind.CHANGE, -30,
            ("Antwortzeit-Versprechen auf Werktage 7–17 Uhr präzisiert; Schäden über CHF 500 "
             "immer telefonisch.",
             "Response-time promise clarified to working days 7 am–5 pm; damage above CHF 500 "
             "always by phone."),
            MANAGEMENT, review=10),
    ),
)

ENQUIRIES = Spec(
    key="enquiries",
    created=-330,
    title=("Wiederkehrende Kundenanfragen automatisiert beantworten",
           "Answer recurring customer enquiries automatically"),
    problem=("Wiederkehrende Anfragen automatisiert beantworten: Öffnungszeiten, Liefertermine, "
             "Pflege von Holzoberflächen und Stand der Offerte machen rund 40 % der E-Mails an "
             "info@ aus und werden heute von Hand beantwortet.",
             "Answer recurring enquiries automatically: opening hours, delivery dates, care of "
             "wooden surfaces and the status of quotes make up about 40% of the e-mails to info@ "
             "and are answered by hand today."),
    relief_customers=("Antwort in Minuten statt Tagen, auch am Abend und am Wochenende.",
                      "An answer in minutes instead of days, also in the evening and at weekends."),
    relief_employees=("Das Team gewinnt rund 30 Stunden im Monat für die persönliche Beratung in "
                      "der Ausstellung.",
                      "The team gains about 30 hours a month for personal advice in the showroom."),
    boundary=("Die KI beantwortet nur Fragen aus der freigegebenen Wissensliste und nennt "
              "Liefertermine aus dem ERP. Alles andere – Preise, Reklamationen, Sonderwünsche – "
              "leitet sie an Claudia Frei weiter.",
              "The AI answers only questions from the approved knowledge list and gives delivery "
              "dates from the ERP. Everything else – prices, complaints, special requests – it "
              "forwards to Claudia Frei."),
    owner="anna",
    customer_facing=True,
    tool=("Antwortassistent im gemeinsamen Postfach, Anbieter mit Sitz in Deutschland",
          "Reply assistant in the shared mailbox, provider based in Germany"),
    personal_data_which=("Name, E-Mail-Adresse, Auftragsnummer, Liefertermin",
                         "Name, e-mail address, order number, delivery date"),
    risk=RiskClass.LIMITED,
    cost_once="3200", cost_monthly="95", hours_saved="30",
    response_target=("Automatische Antwort innert 15 Minuten; weitergeleitete Anfragen innert "
                     "eines Werktags",
                     "Automatic reply within 15 minutes; forwarded enquiries within one working day"),
    fallback=("Bei einem Ausfall erhält die Kundschaft die bisherige Eingangsbestätigung, und "
              "Claudia Frei beantwortet die Anfragen am selben Tag.",
              "If it fails, customers get the usual acknowledgement and Claudia Frei answers the "
              "enquiries the same day."),
    tags=(("Kundendienst", "Customer service"), ("E-Mail", "E-mail")),
    systems=(
        ("email", Integration.AUTOMATED, ("Liest und beantwortet das Postfach info@",
                                          "Reads and answers the info@ mailbox")),
        ("erp", Integration.AUTOMATED, ("Liest Liefertermine (nur Lesezugriff)",
                                        "Reads delivery dates (read-only access)")),
        ("crm", Integration.MANUAL, ("Offene Anfragen überträgt Claudia Frei ins CRM",
                                     "Claudia Frei transfers open enquiries to the CRM")),
        ("web", Integration.NOT_CONNECTED, ("Kontaktformular folgt in einer zweiten Phase",
                                            "Contact form follows in a second phase")),
    ),
    raci={
        "review_outputs": "anna:A claudia:R",
        "handle_exceptions": "anna:A claudia:R",
        "answer_for_decisions": "anna:A claudia:R",
        "customer_escalation": "anna:A claudia:R",
        "data_protection": "sandra:A daniel:R corinne:C",
        "run_integration": "daniel:A stefan:R nadine:C",
        "monitor_quality": "anna:A jonas:R",
        "train_staff": "anna:A simon:R",
        "decide_operation": "anna:A claudia:R thomas:C",
    },
    default_state=DONE,
    items={
        "dp_ai_literacy": Item(WIP, "anna", due=-5, note=(
            "Schulung mit Simon Oberli für das ganze Kundendienst-Team geplant",
            "Training with Simon Oberli planned for the whole customer service team")),
        "op_instructions": Item(OPEN, "claudia", due=14),
        "dp_location": Item(DONE, "daniel", note=(
            "Bearbeitung in der EU (Frankfurt); angemessener Schutz gemäss Länderliste des Bundesrats.",
            "Processing in the EU (Frankfurt); adequate protection according to the Federal "
            "Council's list of countries.")),
        "dp_human_review": Item(NA, "sandra", na_reason=(
            "Es werden nur Auskünfte erteilt, keine Entscheide gefällt.",
            "Only information is given; no decisions are made.")),
        "cx_feedback": Item(OPEN, "claudia"),
    },
    cx={
        CxQuestion.COHERENT: (YES, ("Antworten im Ton des Hauses, mit Unterschrift des Kundendienstes.",
                                    "Replies in the company's tone, signed by customer service.")),
        CxQuestion.COMPREHENSIBLE: (PARTLY, ("Antworten zu Lieferterminen teils zu allgemein; die "
                                             "Wissensliste wird ergänzt.",
                                             "Replies about delivery dates are sometimes too "
                                             "general; the knowledge list is being extended.")),
        CxQuestion.RESPONSIBILITY: (YES, ("Jede Antwort nennt Claudia Frei als Ansprechperson.",
                                          "Every reply names Claudia Frei as the contact person.")),
    },
    decisions=(
        Dec("eval", DecisionKind.START_EVALUATION, -320,
            ("Vier von zehn E-Mails stellen dieselben Fragen; das Team kommt kaum zur Beratung.",
             "Four in ten e-mails ask the same questions; the team hardly gets to advise customers."),
            MANAGEMENT),
        Dec("pilot", DecisionKind.START_PILOT, -260,
            ("Pilot für Öffnungszeiten, Pflegehinweise und Liefertermine.",
             "Pilot for opening hours, care instructions and delivery dates."),
            MANAGEMENT, conditions=("Nur Fragen aus der freigegebenen Wissensliste.",
                                    "Only questions from the approved knowledge list."), review=-170),
        Dec("extend", DecisionKind.EXTEND_PILOT, -170,
            ("Liefertermine aus dem ERP noch unzuverlässig; Pilot um 90 Tage verlängert.",
             "Delivery dates from the ERP still unreliable; pilot extended by 90 days."),
            MANAGEMENT, review=-80),
        Dec("live", DecisionKind.GO_LIVE, -75,
            ("Pilot erfolgreich: 38 % der Anfragen automatisch beantwortet, keine Beschwerden.",
             "Pilot successful: 38% of enquiries answered automatically, no complaints."),
            BOARD,
            conditions=("Schulung und Anleitung bis zur nächsten Überprüfung abschliessen.",
                        "Complete training and instructions by the next review."),
            override=("Schulung (KI-Kompetenz) und Anleitung für das Team folgen; bis dahin prüft "
                      "Anna Keller täglich alle versandten Antworten.",
                      "Training (AI literacy) and instructions for the team are still to come; "
                      "until then Anna Keller checks all sent replies daily."),
            review=40),
    ),
)
