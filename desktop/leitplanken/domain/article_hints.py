"""The article's guidance for the three questions and the CX compass, for form hints and the wizard.

Each key has the question as the article asks it, a hint in its words and an example. German is
standard spelling; Swiss German is derived ("ss" for "ß") by `catalogue_text`.
"""

from __future__ import annotations

from leitplanken.domain.catalogue_types import Texts

#: key → {"question": Texts, "hint": Texts, "example": Texts}
ARTICLE_HINTS: dict[str, dict[str, Texts]] = {
    "problem": {
        "question": {
            "de": "Welches konkrete Problem löst KI?",
            "en": "Which concrete problem does AI solve?",
        },
        "hint": {
            "de": "Nicht „Effizienz steigern“, sondern: „Wiederkehrende Anfragen automatisiert "
            "beantworten.“ Beschreiben Sie, was heute konkret passiert und was anders werden "
            "soll.",
            "en": "Not “raise efficiency”, but: “Answer recurring enquiries automatically.” "
            "Describe what concretely happens today and what should change.",
        },
        "example": {
            "de": "Wiederkehrende Anfragen automatisiert beantworten.",
            "en": "Answer recurring enquiries automatically.",
        },
    },
    "relief": {
        "question": {
            "de": "Wo entlastet KI spürbar – für Kundschaft und Mitarbeitende?",
            "en": "Where does AI bring noticeable relief – for customers and employees?",
        },
        "hint": {
            "de": "Entlastung schafft Raum für das, was KMU stark macht: persönliche Beratung, "
            "Erfahrung, Beziehung.",
            "en": "Relief makes room for what makes small businesses strong: personal advice, "
            "experience, relationships.",
        },
        "example": {
            "de": "Kundinnen und Kunden erhalten innerhalb von zwei Stunden eine klare Antwort; "
            "das Team gewinnt Zeit für die persönliche Beratung.",
            "en": "Customers get a clear answer within two hours; the team gains time for "
            "personal advice.",
        },
    },
    "responsibility": {
        "question": {
            "de": "Wer behält die Verantwortung?",
            "en": "Who keeps the responsibility?",
        },
        "hint": {
            "de": "KI trifft keine Entscheidungen. Menschen tun das. Die Frage ist nur: Wer "
            "prüft, wer greift ein, wer trägt die Verantwortung?",
            "en": "AI makes no decisions. People do. The only question is: who checks, who "
            "steps in, who answers for it?",
        },
        "example": {
            "de": "Die Leiterin Kundendienst prüft täglich Stichproben und trägt die "
            "Verantwortung; der Werkstattleiter greift bei Ausnahmen ein.",
            "en": "The head of customer service checks samples daily and answers for it; the "
            "workshop manager steps in on exceptions.",
        },
    },
    "boundary": {
        "question": {
            "de": "Wo endet die Automatisierung – und wo beginnt der Mensch?",
            "en": "Where does automation end – and where does the human begin?",
        },
        "hint": {
            "de": "Der Mensch bleibt für Ausnahmen und Beziehung zuständig. Diese "
            "Rollenverteilung muss von Anfang an klar sein.",
            "en": "People stay in charge of exceptions and relationships. This division of "
            "roles must be clear from the start.",
        },
        "example": {
            "de": "Die KI kategorisiert und schlägt eine Antwort vor; Kulanz, Gutschriften und "
            "verärgerte Kundschaft übernimmt immer ein Mensch.",
            "en": "The AI categorises and drafts a reply; goodwill, credit notes and upset "
            "customers are always handled by a person.",
        },
    },
    "cx": {
        "question": {
            "de": "Fühlt sich das stimmig an? Ist es nachvollziehbar? Wird Verantwortung "
            "übernommen?",
            "en": "Does it feel coherent? Is it comprehensible? Is responsibility taken?",
        },
        "hint": {
            "de": "Customer Experience funktioniert wie ein Kompass: Sie zwingt dazu, jede "
            "Automatisierung aus Sicht der Kundschaft zu denken.",
            "en": "Customer experience works like a compass: it forces you to think every "
            "automation through from the customer's side.",
        },
        "example": {
            "de": "Eine automatisch kategorisierte Reklamation, die innerhalb von zwei Stunden "
            "eine klare Antwort erhält, ist für die Kundschaft ein Zeichen von Verlässlichkeit.",
            "en": "A complaint categorised automatically that gets a clear answer within two "
            "hours is a sign of reliability to the customer.",
        },
    },
    "pilot_trap": {
        "question": {
            "de": "Wird aus dem Pilot ein verlässlicher Prozess?",
            "en": "Does the pilot become a reliable process?",
        },
        "hint": {
            "de": "Für Kunden gibt es keine Pilotphase. Sie erleben nur, ob eine Antwort kommt "
            "– zuverlässig oder eben nicht.",
            "en": "Customers have no pilot phase. They only experience whether an answer comes "
            "– reliably or not.",
        },
        "example": {
            "de": "Nach 90 Tagen entscheidet die Geschäftsleitung: Regelbetrieb, Verlängerung "
            "mit Auflagen oder Einstellung.",
            "en": "After 90 days the management decides: regular operation, an extension with "
            "conditions, or stop.",
        },
    },
}
