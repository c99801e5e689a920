"""Catalogue version 1, derived from the article: the standard RACI activities and checklist items.

Texts are in German (standard spelling; Swiss German is derived by writing "ss" for "ß") and
English. Keys are stable forever: files store them, and a later version may add entries or
reword them but never reuse a key for something else. Hints cite the rule they come from; they
are guidance, not legal advice.
"""

from __future__ import annotations

from leitplanken.domain.catalogue_types import ActivityDef, CatalogueVersion, ItemDef
from leitplanken.domain.model import Category

_I = Category.INTEGRATION
_R = Category.RESPONSIBILITY
_D = Category.DATA_PROTECTION
_C = Category.CUSTOMER_EXPERIENCE
_O = Category.OPERATION

ACTIVITIES_V1: tuple[ActivityDef, ...] = (
    ActivityDef(
        "review_outputs",
        {"de": "KI-Ergebnisse prüfen", "en": "Review AI outputs"},
        {
            "de": "Wer prüft, was die KI liefert – wie oft und wie viel (jede Antwort oder z. B. "
            "täglich zehn Stichproben)?",
            "en": "Who checks what the AI produces – how often and how much (every answer, or "
            "e.g. ten samples a day)?",
        },
    ),
    ActivityDef(
        "handle_exceptions",
        {"de": "Ausnahmen behandeln und eingreifen", "en": "Handle exceptions and intervene"},
        {
            "de": "Wer greift ein, wenn die KI unsicher ist, danebenliegt oder der Fall "
            "ungewöhnlich ist? Ausnahmen bleiben beim Menschen.",
            "en": "Who steps in when the AI is unsure, wrong, or the case is unusual? "
            "Exceptions stay with people.",
        },
    ),
    ActivityDef(
        "answer_for_decisions",
        {
            "de": "Verantwortung für automatisierte Entscheidungen tragen",
            "en": "Answer for automated decisions",
        },
        {
            "de": "Wer steht für das ein, was die KI entscheidet oder vorbereitet? Genau eine "
            "interne Person – KI trifft keine Entscheidungen, Menschen tun das.",
            "en": "Who answers for what the AI decides or prepares? Exactly one internal "
            "person – AI makes no decisions, people do.",
        },
    ),
    ActivityDef(
        "customer_escalation",
        {"de": "Kundenkontakt bei Eskalation", "en": "Customer contact on escalation"},
        {
            "de": "Wer spricht mit der Kundin oder dem Kunden, wenn etwas schiefläuft? Die "
            "Beziehung bleibt beim Menschen.",
            "en": "Who talks to the customer when something goes wrong? The relationship "
            "stays human.",
        },
    ),
    ActivityDef(
        "data_protection",
        {"de": "Datenschutz", "en": "Data protection"},
        {
            "de": "Wer sorgt dafür, dass Personendaten rechtmäßig bearbeitet werden (DSG, wo "
            "anwendbar DSGVO), und beantwortet Auskunftsbegehren?",
            "en": "Who makes sure personal data is processed lawfully (Swiss FADP, GDPR where "
            "it applies) and answers requests for information?",
        },
    ),
    ActivityDef(
        "run_integration",
        {
            "de": "Anbindung betreiben und pflegen (CRM, E-Mail, ERP)",
            "en": "Run and maintain the integration (CRM, e-mail, ERP)",
        },
        {
            "de": "Wer hält die Verbindung zu CRM, E-Mail und ERP am Laufen und merkt, wenn "
            "sie ausfällt?",
            "en": "Who keeps the connection to the CRM, e-mail and ERP running, and notices "
            "when it breaks?",
        },
    ),
    ActivityDef(
        "monitor_quality",
        {
            "de": "Qualität und Antwortzeiten überwachen",
            "en": "Monitor quality and response times",
        },
        {
            "de": "Wer beobachtet, ob die Antworten gut bleiben und zugesagte Antwortzeiten "
            "eingehalten werden, und meldet Abweichungen?",
            "en": "Who watches whether answers stay good and promised response times are "
            "kept, and reports deviations?",
        },
    ),
    ActivityDef(
        "train_staff",
        {"de": "Mitarbeitende schulen (KI-Kompetenz)", "en": "Train staff (AI literacy)"},
        {
            "de": "Wer sorgt dafür, dass alle, die mit dem Werkzeug arbeiten, es verstehen und "
            "wissen, wann sie die KI übersteuern (EU AI Act Art. 4)?",
            "en": "Who makes sure everyone working with the tool understands it and knows "
            "when to override the AI (EU AI Act Art. 4)?",
        },
    ),
    ActivityDef(
        "decide_operation",
        {
            "de": "Über Pilot → Regelbetrieb entscheiden",
            "en": "Decide on pilot → regular operation",
        },
        {
            "de": "Wer entscheidet nach welchen Kriterien, ob der Pilot zum verlässlichen "
            "Prozess wird, verlängert oder eingestellt wird – damit er nicht in der "
            "Pilot-Falle landet?",
            "en": "Who decides, on which criteria, whether the pilot becomes a reliable "
            "process, is extended or is stopped – so it does not end in the pilot trap?",
        },
    ),
)


def _item(key: str, category: Category, required: bool,
          de: str, en: str, hint_de: str, hint_en: str) -> ItemDef:
    """Keeps the item table below readable: one call per item, both languages side by side."""
    return ItemDef(key, category, required, {"de": de, "en": en}, {"de": hint_de, "en": hint_en})


ITEMS_V1: tuple[ItemDef, ...] = (
    # Integration
    _item("int_systems_named", _I, True,
          "Die Systeme, mit denen es zusammenarbeiten muss, sind benannt",
          "The systems it must work with are named",
          "Ein KI-Werkzeug, das nicht mit dem CRM kommuniziert, bleibt ein Experiment.",
          "An AI tool that does not talk to the CRM stays an experiment."),
    _item("int_data_flow", _I, True,
          "Daten fließen ohne Kopieren und Einfügen hinein und hinaus – oder der manuelle "
          "Schritt hat eine zuständige Person",
          "Data flows in and out without copy and paste – or the manual step has an owner",
          "Jede manuelle Übertragung ist eine Stelle, an der der Prozess stillsteht, wenn "
          "jemand fehlt.",
          "Every manual transfer is a point where the process stops when someone is away."),
    _item("int_failure", _I, True,
          "Ein Ausfall des KI-Werkzeugs legt den Prozess nicht lahm",
          "A failure of the AI tool does not stop the process",
          "Festhalten, wer bei einem Ausfall übernimmt und wie die Arbeit trotzdem "
          "weitergeht.",
          "Write down who takes over when the tool is down and how work carries on."),
    # Responsibility
    _item("resp_reviewer", _R, True,
          "Eine benannte Person prüft die Ergebnisse – mit Angabe, wie oft und wie viel",
          "A named person reviews the outputs – stating how often and how much",
          "Wenn niemand die Ausgaben prüft, bleibt das Werkzeug ein Experiment.",
          "If nobody checks the outputs, the tool stays an experiment."),
    _item("resp_escalation", _R, True,
          "Ein Eskalationsweg für Ausnahmen besteht",
          "An escalation path for exceptions exists",
          "Der Mensch bleibt für Ausnahmen und Beziehung zuständig.",
          "People stay in charge of exceptions and relationships."),
    _item("resp_one_accountable", _R, True,
          "Genau eine Person trägt die Verantwortung für automatisierte Entscheidungen",
          "Exactly one person answers for automated decisions",
          "KI trifft keine Entscheidungen. Menschen tun das. Siehe das A in der "
          "Verantwortungsmatrix.",
          "AI makes no decisions. People do. See the A in the responsibility matrix."),
    _item("resp_boundary", _R, True,
          "Die Grenze zwischen Automatisierung und Mensch ist schriftlich festgehalten",
          "The boundary between automation and human is written down",
          "Wo endet die Automatisierung, wo beginnt der Mensch? Die Rollen müssen von Anfang "
          "an klar sein.",
          "Where does automation end and the human begin? The roles must be clear from the "
          "start."),
    _item("resp_override", _R, True,
          "Mitarbeitende wissen, wann sie die KI übersteuern",
          "Staff know when to override the AI",
          "Beispiele für Fälle, die die KI nicht allein erledigen darf, helfen mehr als "
          "Regeln.",
          "Examples of cases the AI must not handle alone help more than rules."),
    # Data protection and law
    _item("dp_personal_data", _D, True,
          "Die betroffenen Personendaten sind aufgelistet",
          "The personal data involved is listed",
          "Schweizer Datenschutzgesetz (DSG), wo anwendbar DSGVO: wissen, welche "
          "Personendaten das Werkzeug sieht.",
          "Swiss Federal Act on Data Protection (FADP), GDPR where it applies: know which "
          "personal data the tool sees."),
    _item("dp_processor_agreement", _D, True,
          "Auftragsbearbeitungsvertrag mit dem Anbieter liegt vor",
          "A processor agreement with the provider is in place",
          "DSG Art. 9, DSGVO Art. 28: Ein Anbieter bearbeitet Daten in Ihrem Auftrag nur "
          "mit Vertrag.",
          "FADP Art. 9, GDPR Art. 28: a provider processes data on your behalf only under a "
          "contract."),
    _item("dp_location", _D, True,
          "Es ist bekannt, wo Daten gespeichert und bearbeitet werden (Cloud, Land)",
          "Where data is stored and processed is known (cloud, country)",
          "DSG Art. 16–17: Bekanntgabe ins Ausland nur bei angemessenem Schutz oder "
          "geeigneten Garantien.",
          "FADP Art. 16–17: disclosure abroad only with adequate protection or suitable "
          "safeguards."),
    _item("dp_transparency", _D, True,
          "Kundinnen und Kunden erfahren, wenn sie es mit KI zu tun haben",
          "Customers are told when they deal with AI",
          "EU AI Act Art. 50, wo anwendbar (Chatbots, erzeugte Inhalte); Informationspflicht "
          "nach DSG Art. 19.",
          "EU AI Act Art. 50 where it applies (chatbots, generated content); duty to inform "
          "under FADP Art. 19."),
    _item("dp_risk_class", _D, True,
          "Die Risikoklasse nach EU AI Act ist beurteilt",
          "The EU AI Act risk class is assessed",
          "Relevant, sobald Ergebnisse in der EU verwendet werden (Art. 2). Die meisten "
          "KMU-Anwendungen haben ein minimales oder begrenztes Risiko.",
          "Relevant as soon as outputs are used in the EU (Art. 2). Most SME uses carry "
          "minimal or limited risk."),
    _item("dp_ai_literacy", _D, True,
          "Mitarbeitende, die das Werkzeug nutzen, sind geschult (KI-Kompetenz)",
          "Staff using the tool are trained (AI literacy)",
          "EU AI Act Art. 4: Betreiber sorgen für ausreichende KI-Kompetenz ihres Personals.",
          "EU AI Act Art. 4: deployers ensure a sufficient level of AI literacy of their "
          "staff."),
    _item("dp_human_review", _D, True,
          "Automatisierte Entscheidungen mit erheblicher Wirkung werden auf Wunsch von einem "
          "Menschen überprüft",
          "Automated decisions with significant effect are reviewed by a person on request",
          "DSG Art. 21: die betroffene Person informieren und ihr auf Verlangen eine "
          "Überprüfung durch einen Menschen ermöglichen (ähnlich DSGVO Art. 22).",
          "FADP Art. 21: inform the person concerned and let them ask for a review by a "
          "human (similar to GDPR Art. 22)."),
    # Customer experience
    _item("cx_three_questions", _C, True,
          "Stimmig, nachvollziehbar, Verantwortung sichtbar: die drei Fragen des "
          "Kundenerlebnis-Checks sind beantwortet",
          "Coherent, comprehensible, responsibility visible: the three questions of the "
          "CX check are answered",
          "Customer Experience als Kompass: jede Automatisierung aus Sicht der Kundschaft "
          "denken.",
          "Customer experience as the compass: think every automation through from the "
          "customer's side."),
    _item("cx_response_time", _C, True,
          "Ein Antwortzeit-Versprechen ist festgelegt, und es ist geklärt, wie es gemessen wird",
          "A response-time promise is set, and how it is measured",
          "Eine Reklamation, die innerhalb von zwei Stunden eine klare Antwort erhält, ist "
          "ein Zeichen von Verlässlichkeit.",
          "A complaint that gets a clear answer within two hours is a sign of reliability."),
    _item("cx_fallback", _C, True,
          "Es gibt einen Ausweichweg für die Kundschaft, wenn die KI versagt",
          "There is a fallback for customers when the AI fails",
          "Für Kunden gibt es keine Pilotphase: Sie erleben nur, ob eine Antwort kommt.",
          "Customers have no pilot phase: they only experience whether an answer comes."),
    _item("cx_feedback", _C, False,
          "Rückmeldungen der Kundschaft werden gesammelt",
          "Customer feedback is collected",
          "Wurde mir geholfen? War die Antwort klar? Fühle ich mich ernst genommen?",
          "Was I helped? Was the answer clear? Do I feel taken seriously?"),
    # Regular operation
    _item("op_success_criteria", _O, True,
          "Erfolgskriterien für den Pilot sind vor dem Start festgehalten und werden gemessen",
          "Success criteria for the pilot are written down before it starts, and measured",
          "Ohne Kriterien kann niemand entscheiden, wann der Pilot vorbei ist.",
          "Without criteria nobody can decide when the pilot is over."),
    _item("op_capacity", _O, True,
          "Die Kapazität im Alltag ist geplant (wer, wie viele Stunden pro Woche)",
          "Day-to-day capacity is planned (who, how many hours a week)",
          "Fehlende Kapazität im Tagesgeschäft ist der Hauptgrund, warum Piloten versanden: "
          "die Pilot-Falle.",
          "Missing capacity in day-to-day business is the main reason pilots fade away: the "
          "pilot trap."),
    _item("op_external_partner", _O, False,
          "Wo Know-how oder Kapazität fehlt, ist ein externer Partner benannt",
          "Where know-how or capacity is missing, an external partner is named",
          "Externe Anbieter, etwa aus dem KI-Konkret Netzwerk, können gezielt unterstützen; "
          "die Verantwortung bleibt intern.",
          "External providers, e.g. from the KI-Konkret network, can help where needed; "
          "accountability stays internal."),
    _item("op_instructions", _O, True,
          "Eine Anleitung für Mitarbeitende liegt vor",
          "Instructions for staff are written",
          "Eine Seite genügt: was das Werkzeug tut, was es nicht darf, wen man fragt.",
          "One page is enough: what the tool does, what it must not do, whom to ask."),
    _item("op_review_date", _O, True,
          "Ein Termin für die Überprüfung ist festgelegt",
          "A review date is set",
          "Auch der Regelbetrieb wird überprüft: Macht es den Alltag noch einfacher?",
          "Regular operation is reviewed too: does it still make everyday work easier?"),
    _item("op_go_live_decision", _O, False,
          "Die Entscheidung für den Regelbetrieb ist im Entscheidungsprotokoll festgehalten",
          "The go-live decision is recorded in the decision record",
          "Mit Begründung, Auflagen und wer entschieden hat.",
          "With rationale, conditions and who decided."),
)

CATALOGUE_V1 = CatalogueVersion(1, ACTIVITIES_V1, ITEMS_V1)
