"""The words a spreadsheet uses for each import target and value, in English and German.

These are vocabularies, not column names: the suggestion (import_mapping.py) compares a
header's word stems with them, fuzzily, so a header it has never seen ("Titel des Vorhabens",
"Project owner") still finds its target. A word belongs here when people commonly use it
for the thing in any inventory; the headers of one particular inventory do not (its mapping
is a data file in resources/mappings/). Keys are the targets of import_mapping.TARGETS.
"""

from __future__ import annotations

from leitplanken.domain.model import RiskClass, Status

#: Words (or short phrases) per target; each is matched by its stems.
TARGET_WORDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "titel", "name", "bezeichnung", "benennung", "use case", "anwendungsfall",
              "anwendung", "vorhaben", "headline", "überschrift", "thema", "subject", "kurztitel"),
    "problem": ("problem", "concrete problem", "konkretes problem", "description", "beschreibung",
                "purpose", "zweck", "ziel", "goal", "aim", "objective", "benefit", "nutzen",
                "ausgangslage", "challenge", "herausforderung", "summary", "zusammenfassung",
                "details", "anliegen"),
    "relief_customers": ("relief for customers", "entlastung kundschaft", "entlastung kunden",
                         "customer benefit", "kundennutzen", "nutzen für kunden", "customer value",
                         "mehrwert kunden"),
    "relief_employees": ("relief for employees", "entlastung mitarbeitende", "entlastung mitarbeiter",
                         "employee benefit", "nutzen für mitarbeitende", "staff benefit",
                         "output", "outputs", "ergebnis", "result", "entlastung team"),
    "boundary": ("boundary", "grenze", "automation boundary", "human in the loop", "mensch",
                 "human oversight", "menschliche kontrolle", "autonomy", "autonomie",
                 "automatisierungsgrad", "wo endet automatisierung", "eskalation", "escalation",
                 "intervention", "eingriff"),
    "customer_facing": ("customer facing", "kundenkontakt", "kundenseitig", "public facing",
                        "external", "kundensichtbar", "public", "öffentlich", "customer contact",
                        "mit kundschaft", "extern sichtbar"),
    "status": ("status", "stage", "phase", "state", "stand", "zustand", "stadium", "progress",
               "fortschritt", "reifegrad", "maturity", "projektstatus", "lebenszyklus"),
    "owner": ("owner", "verantwortlich", "verantwortung", "zuständig", "responsible",
              "accountable", "lead", "leitung", "ansprechperson", "ansprechpartner", "contact person",
              "kontaktperson", "person", "besitzer", "eigentümer", "product owner", "manager",
              "projektleiter", "sponsor", "federführung", "betreuer", "assigned", "zugewiesen",
              "bearbeiter", "wer"),
    "tool": ("tool", "werkzeug", "provider", "anbieter", "vendor", "lieferant", "software",
             "system", "product", "produkt", "plattform", "platform", "lösung", "solution",
             "model", "modell", "service", "dienst", "technology", "technologie", "hersteller"),
    "personal_data": ("personal data", "personendaten", "personenbezogene daten", "pii",
                      "datenschutz", "data protection", "gdpr", "dsgvo", "dsg", "privacy",
                      "personal information", "personenbezug"),
    "personal_data_which": ("which personal data", "welche personendaten", "data used",
                            "datenquellen", "data sources", "verwendete daten", "daten", "data",
                            "data categories", "datenkategorien"),
    "risk_class": ("risk", "risiko", "risk class", "risikoklasse", "risikostufe", "risk level",
                   "ai act", "eu ai act", "impact", "auswirkung", "einstufung", "classification",
                   "kritikalität", "criticality"),
    "cost_once": ("one off cost", "einmalige kosten", "kosten einmalig", "einmalkosten",
                  "setup cost", "investment", "investition", "initial cost", "anschaffung",
                  "projektkosten", "implementation cost", "cost", "kosten", "budget", "preis", "price"),
    "cost_monthly": ("monthly cost", "monatliche kosten", "kosten monatlich", "monatskosten",
                     "running cost", "laufende kosten", "betriebskosten", "subscription", "abo",
                     "lizenz pro monat", "per month", "pro monat", "recurring cost", "wiederkehrend"),
    "hours_saved_month": ("hours saved", "stunden gespart", "eingesparte stunden", "zeitersparnis",
                          "time saved", "ersparnis stunden", "hours per month", "stunden pro monat",
                          "aufwand gespart", "effort saved"),
    "response_target": ("response time", "antwortzeit", "reaktionszeit", "response target",
                        "sla", "service level", "bearbeitungszeit"),
    "fallback": ("fallback", "rückfallebene", "notfall", "plan b", "ausfall", "workaround",
                 "ersatzlösung", "contingency", "backup"),
    "motion": ("motion", "antrag", "beschlussantrag", "board motion", "antrag an"),
    "created_on": ("created", "erstellt", "erfasst", "angelegt", "created on", "date created",
                   "erstellungsdatum", "erfassungsdatum", "start", "begonnen", "initiated", "seit",
                   "since", "date", "datum", "eingereicht", "submitted", "aufgenommen"),
    "pilot_start": ("pilot start", "pilotstart", "start pilot", "pilotbeginn", "beginn pilot",
                    "test start", "testbeginn", "trial start", "development began", "entwicklung ab"),
    "go_live": ("go live", "golive", "livegang", "produktivsetzung", "inbetriebnahme", "launch",
                "implemented", "eingeführt", "einführung", "rollout", "deployed", "deployment date",
                "live seit", "produktiv seit", "in betrieb seit"),
    "next_review": ("next review", "nächste überprüfung", "review", "überprüfung", "wiedervorlage",
                    "nächste prüfung", "review date", "follow up", "termin", "due", "fällig"),
    "tags": ("tags", "tag", "schlagwort", "schlagwörter", "stichwort", "stichworte", "keywords",
             "labels", "kategorie", "category", "bereich", "abteilung", "department", "area",
             "topic", "themengebiet", "gruppe", "group", "unit", "einheit", "team", "domain"),
    "motion_options": ("options", "optionen", "alternativen", "alternatives", "varianten"),
    "recommendation": ("recommendation", "empfehlung", "vorschlag", "suggestion"),
    "recommendation_reason": ("reason for recommendation", "begründung der empfehlung",
                              "begründung", "rationale"),
    "conditions": ("conditions", "bedingungen", "auflagen", "voraussetzungen", "prerequisites",
                   "constraints"),
    "notes": ("notes", "notizen", "bemerkungen", "bemerkung", "kommentar", "kommentare",
              "comment", "comments", "remarks", "anmerkungen", "hinweise", "note", "notiz", "sonstiges",
              "misc", "other", "info"),
}

#: The names the program itself gives the notes field in its languages (its register export
#: writes them as the header): such a column is the notes text itself, not "header: value".
#: tests/storage/test_attack_import.py checks them against the translated labels.
NOTES_FIELD_NAMES = ("notes", "notizen")

#: Words that say what kind of thing a header is about, not which field it is ("Name of the
#: use case", "KI-Projekt Titel"); they count only when a header has no other word.
CONTEXT_WORDS = frozenset({
    "use", "case", "usecase", "anwendungsfall", "anwendungsfälle", "ai", "ki", "ml", "project",
    "projekt", "vorhaben", "initiative", "idea", "idee", "item", "eintrag", "feld", "field",
    "spalte", "column", "wert", "value", "the", "our", "unser", "unsere",
})

#: Words dropped from headers and values before comparing (articles, prepositions …).
STOP_WORDS = frozenset({
    "of", "the", "a", "an", "for", "to", "in", "on", "at", "by", "and", "or", "is", "per",
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "für", "von",
    "vom", "zum", "zur", "im", "am", "auf", "und", "oder", "mit", "bei", "ist", "pro",
    "je", "wie", "with", "from",
})

#: Words and phrases for each status: matched against the values of a status column.
STATUS_WORDS: dict[Status, tuple[str, ...]] = {
    Status.IDEA: ("idea", "idee", "planned", "geplant", "planung", "planning", "initiated",
                  "initiiert", "concept", "konzept", "vorschlag", "proposal", "proposed", "backlog",
                  "new", "neu", "entwurf", "draft", "eingereicht", "submitted", "angedacht"),
    Status.EVALUATION: ("evaluation", "prüfung", "in prüfung", "evaluierung", "assessment",
                        "analysis", "analyse", "abklärung", "development", "entwicklung",
                        "in entwicklung", "acquisition", "beschaffung", "pre deployment",
                        "vorbereitung", "preparation", "design", "review", "bewertung",
                        "machbarkeit", "feasibility", "under review", "in bearbeitung",
                        "in progress"),
    Status.PILOT: ("pilot", "pilotphase", "pilotierung", "test", "testing", "testphase", "trial",
                   "proof of concept", "poc", "erprobung", "implementation", "umsetzung",
                   "einführung", "beta", "mvp", "prototype", "prototyp"),
    Status.OPERATION: ("regular operation", "operation", "regelbetrieb", "betrieb", "in betrieb",
                       "production", "in production", "produktiv", "produktion", "live",
                       "deployed", "im einsatz", "einsatz", "operational", "maintenance",
                       "wartung", "mission", "rollout", "ausgerollt", "aktiv", "active",
                       "in use", "genutzt", "operating", "released", "umgesetzt", "done"),
    Status.PAUSED: ("paused", "pausiert", "pause", "on hold", "zurückgestellt", "hold",
                    "ruht", "suspended", "unterbrochen", "wartend", "waiting", "postponed",
                    "verschoben"),
    Status.STOPPED: ("stopped", "eingestellt", "retired", "abgebrochen", "cancelled", "canceled",
                     "beendet", "decommissioned", "verworfen", "rejected", "abgelehnt", "archived",
                     "archiviert", "discontinued", "terminated", "stop", "gestoppt", "ausser betrieb",
                     "außer betrieb", "abgeschaltet", "sunset"),
}

#: Words for each risk class of the EU AI Act.
RISK_WORDS: dict[RiskClass, tuple[str, ...]] = {
    RiskClass.UNCLEAR: ("unclear", "unklar", "unknown", "unbekannt", "offen", "open", "tbd",
                        "to be assessed", "noch offen", "ungeklärt", "nicht bewertet"),
    RiskClass.MINIMAL: ("minimal", "minimal risk", "low", "gering", "niedrig", "kein risiko",
                        "no risk", "tief", "minimales risiko", "geringes risiko"),
    RiskClass.LIMITED: ("limited", "limited risk", "begrenzt", "begrenztes risiko", "transparency",
                        "transparenz", "transparenzpflicht", "medium", "mittel", "moderate"),
    RiskClass.HIGH: ("high", "high risk", "hoch", "hochrisiko", "hohes risiko", "high-risk",
                     "kritisch", "critical", "annex iii", "anhang iii"),
    RiskClass.PROHIBITED: ("prohibited", "verboten", "unacceptable", "unannehmbar", "inakzeptabel",
                           "forbidden", "untersagt", "article 5", "artikel 5"),
}

#: Words for yes and for no in a yes/no column.
YES_WORDS = ("yes", "ja", "y", "j", "true", "wahr", "1", "x", "✓", "✔", "oui", "si", "sì",
             "vorhanden", "zutreffend", "applies", "trifft zu")
NO_WORDS = ("no", "nein", "n", "false", "falsch", "0", "-", "–", "none", "keine", "kein",
            "non", "nicht", "entfällt", "n/a", "na", "not applicable", "trifft nicht zu")

#: Month names, English and German (also short forms), for dates like "März 2024".
MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "januar": 1, "jänner": 1, "feb": 2, "february": 2, "februar": 2,
    "mar": 3, "march": 3, "mär": 3, "märz": 3, "maerz": 3, "apr": 4, "april": 4, "may": 5,
    "mai": 5, "jun": 6, "june": 6, "juni": 6, "jul": 7, "july": 7, "juli": 7, "aug": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "okt": 10,
    "oktober": 10, "nov": 11, "november": 11, "dec": 12, "december": 12, "dez": 12,
    "dezember": 12,
}
