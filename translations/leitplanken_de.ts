<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Clear the field</source>
            <extracomment>Widgets a user types into, picks from or moves through: each needs a name. Marks a name this module derived (so it may be derived again after a language switch).</extracomment>
            <translation>Feld leeren</translation>
        </message>
    </context>
    <context>
        <name>BoardNames</name>
        <message>
            <source>Board of directors</source>
            <extracomment>Formats offered, and the currency each one usually goes with. Formats and currency a new workspace starts with, per interface language. The usual names of a board, marked for translation once (the user may type their own).</extracomment>
            <translation>Verwaltungsrat</translation>
        </message>
        <message>
            <source>Management board</source>
            <translation>Geschäftsleitung</translation>
        </message>
        <message>
            <source>Advisory board</source>
            <translation>Beirat</translation>
        </message>
        <message>
            <source>Executive board</source>
            <translation>Vorstand</translation>
        </message>
    </context>
    <context>
        <name>BoardTab</name>
        <message>
            <source>a motion is written</source>
            <extracomment>The multi-line fields of the section, in the order the board reads them.</extracomment>
            <translation>ein Antrag geschrieben ist</translation>
        </message>
        <message>
            <source>the pilot waits too long for a decision (pilot trap)</source>
            <translation>der Pilot zu lange auf einen Entscheid wartet (Pilot-Falle)</translation>
        </message>
        <message>
            <source>no motion is written yet</source>
            <translation>noch kein Antrag geschrieben ist</translation>
        </message>
        <message>
            <source>Automatic means now: %1, because %2.</source>
            <translation>Automatisch heißt derzeit: %1, weil %2.</translation>
        </message>
        <message>
            <source>The record lists this use case as: %1.</source>
            <translation>Das Entscheidungsprotokoll führt diesen Anwendungsfall als: %1.</translation>
        </message>
        <message>
            <source>The usual options for the status “%1”</source>
            <translation>Die üblichen Optionen für den Status „%1“</translation>
        </message>
        <message>
            <source>The recommendation is not one of the options: %1 reads both, so better choose one of them.</source>
            <translation>Die Empfehlung ist keine der Optionen: %1 liest beides – wählen Sie besser eine davon.</translation>
        </message>
        <message>
            <source>e.g. %1 approves “%2” as proposed; %3 answers for it and reports at the next review.</source>
            <translation>z. B. %1 genehmigt „%2“ wie beantragt; %3 trägt die Verantwortung und berichtet an der nächsten Überprüfung.</translation>
        </message>
        <message>
            <source>the use case</source>
            <translation>den Anwendungsfall</translation>
        </message>
        <message>
            <source>the owner</source>
            <translation>die zuständige Person</translation>
        </message>
        <message>
            <source>The option you recommend; the reason below says why.</source>
            <translation>Die Option, die Sie empfehlen; die Begründung darunter sagt, warum.</translation>
        </message>
        <message>
            <source>What %1 is asked to decide on this use case. The decision record prints it on the item's own page: the motion, the options, your recommendation and why.</source>
            <translation>Was %1 zu diesem Anwendungsfall entscheiden soll. Das Entscheidungsprotokoll druckt es auf der eigenen Seite des Traktandums: den Antrag, die Optionen, Ihre Empfehlung und die Begründung.</translation>
        </message>
        <message>
            <source>&amp;Motion for %1:</source>
            <translation>Antra&amp;g an %1:</translation>
        </message>
        <message>
            <source>O&amp;ptions for %1:</source>
            <translation>&amp;Optionen für %1:</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <source>The options were replaced by the suggestion; Edit → Undo brings yours back.</source>
            <translation>Die Optionen wurden durch den Vorschlag ersetzt; Bearbeiten → Rückgängig holt Ihre zurück.</translation>
        </message>
        <message>
            <source>One sentence that says exactly what is resolved — what, by whom, until when, under which conditions — so the minute-taker can copy it into the minutes.</source>
            <translation>Ein Satz, der genau sagt, was beschlossen wird – was, durch wen, bis wann, unter welchen Auflagen –, damit die protokollführende Person ihn ins Protokoll übernehmen kann.</translation>
        </message>
        <message>
            <source>One option per line. “Suggest options” fills the usual ones for the status; you can change them.</source>
            <translation>Eine Option pro Zeile. „Optionen vorschlagen“ setzt die üblichen für den Status ein; Sie können sie ändern.</translation>
        </message>
        <message>
            <source>Su&amp;ggest options</source>
            <translation>Optionen vorsch&amp;lagen</translation>
        </message>
        <message>
            <source>e.g. The pilot met its success criteria; the open items are due by the next review.</source>
            <translation>z. B. Der Pilot hat seine Erfolgskriterien erreicht; die offenen Punkte sind bis zur nächsten Überprüfung erledigt.</translation>
        </message>
        <message>
            <source>e.g. Review ten answers a day for the first month.</source>
            <translation>z. B. Im ersten Monat täglich zehn Antworten prüfen.</translation>
        </message>
        <message>
            <source>Choose one of the options or type your own.</source>
            <translation>Wählen Sie eine der Optionen oder schreiben Sie eine eigene.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>New use cases start with these activities and checklist items (catalogue version %1). Items marked required count for readiness. Each use case may add its own and switch items off. The hints cite the rule an item comes from: guidance, not legal advice.</source>
            <translation>Neue Anwendungsfälle beginnen mit diesen Tätigkeiten und Checklistenpunkten (Katalogversion %1). Als erforderlich markierte Punkte zählen für die Betriebsreife. Jeder Anwendungsfall kann eigene ergänzen und Punkte ausschalten. Die Hinweise nennen die Regel, aus der ein Punkt stammt: eine Orientierung, keine Rechtsberatung.</translation>
        </message>
        <message>
            <source>This app knows catalogue version %1; this workspace keeps version %2.</source>
            <translation>Diese App kennt Katalogversion %1; dieser Arbeitsbereich behält Version %2.</translation>
        </message>
        <message>
            <source>Responsibility matrix (RACI): activities</source>
            <translation>Verantwortungsmatrix (RACI): Tätigkeiten</translation>
        </message>
        <message>
            <source>Integration checklist</source>
            <translation>Integrations-Checkliste</translation>
        </message>
        <message>
            <source>required</source>
            <translation>erforderlich</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
    </context>
    <context>
        <name>CheckFileDialog</name>
        <message>
            <source>Check file</source>
            <translation>Datei prüfen</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Datei: %1</translation>
        </message>
        <message>
            <source>Schema version: %1</source>
            <translation>Schema-Version: %1</translation>
        </message>
        <message>
            <source>Integrity: damaged</source>
            <translation>Integrität: beschädigt</translation>
        </message>
        <message>
            <source>Integrity: ok (every page and every reference checked)</source>
            <translation>Integrität: in Ordnung (jede Seite und jeder Verweis geprüft)</translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s)</source>
            <translation>
                <numerusform>%n Anwendungsfall</numerusform>
                <numerusform>%n Anwendungsfälle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n Entscheidung</numerusform>
                <numerusform>%n Entscheidungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n history entry(ies)</source>
            <translation>
                <numerusform>%n Eintrag im Verlauf</numerusform>
                <numerusform>%n Einträge im Verlauf</numerusform>
            </translation>
        </message>
        <message>
            <source>On disk: changed by someone else since you opened it.</source>
            <translation>Auf dem Datenträger: von jemand anderem geändert, seit Sie sie geöffnet haben.</translation>
        </message>
        <message>
            <source>In use: also opened by %1 on %2.</source>
            <translation>In Gebrauch: auch geöffnet von %1 auf %2.</translation>
        </message>
        <message>
            <source>Opened read-only.</source>
            <translation>Schreibgeschützt geöffnet.</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s).</source>
            <translation>
                <numerusform>%n Befund.</numerusform>
                <numerusform>%n Befunde.</numerusform>
            </translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>Keine Befunde.</translation>
        </message>
        <message>
            <source>The file is intact.</source>
            <translation>Die Datei ist unversehrt.</translation>
        </message>
        <message>
            <source>The rules found points to look at (below).</source>
            <translation>Die Regeln haben Punkte gefunden, die Sie ansehen sollten (unten).</translation>
        </message>
        <message>
            <source>The rules found nothing to fix.</source>
            <translation>Die Regeln haben nichts zu beanstanden.</translation>
        </message>
        <message>
            <source>The file is damaged. Save your work under a new name with “Save as…” and keep the damaged file for inspection.</source>
            <translation>Die Datei ist beschädigt. Speichern Sie Ihre Arbeit mit „Speichern unter…“ unter einem neuen Namen und bewahren Sie die beschädigte Datei zur Prüfung auf.</translation>
        </message>
        <message>
            <source>Checking every page of the file and every use case …</source>
            <translation>Jede Seite der Datei und jeder Anwendungsfall wird geprüft …</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Item</source>
            <extracomment>Columns of the tree. Role carrying the ChecklistItem of a row (None on category rows). A change was refused; the text says why (e.g. N/A without a reason). The user chose "not applicable" for this item (uuid): the view asks for the reason.</extracomment>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>%1 von %2 erledigt</translation>
        </message>
        <message>
            <source>Your own item: double-click to rename.</source>
            <translation>Eigener Punkt: Doppelklick zum Umbenennen.</translation>
        </message>
        <message>
            <source>Optional: does not count for readiness.</source>
            <translation>Optional: zählt nicht für die Betriebsreife.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Begründung: %1</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>keine angegeben</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Seit %n Tag überfällig</numerusform>
                <numerusform>Seit %n Tagen überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 – overdue</source>
            <translation>%1 – überfällig</translation>
        </message>
        <message>
            <source>Switch item on</source>
            <translation>Punkt einschalten</translation>
        </message>
        <message>
            <source>Switch item off</source>
            <translation>Punkt ausschalten</translation>
        </message>
        <message>
            <source>Rename item</source>
            <translation>Punkt umbenennen</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 of %2 done, %3 not applicable</source>
            <translation>%1 von %2 erledigt, %3 nicht zutreffend</translation>
        </message>
        <message>
            <source>Switched off: not needed for this use case. Right-click to switch it on again.</source>
            <translation>Ausgeschaltet: für diesen Anwendungsfall nicht nötig. Mit Rechtsklick wieder einschalten.</translation>
        </message>
        <message>
            <source>Tick the box (or press Space) when the item is done.</source>
            <translation>Setzen Sie das Häkchen (oder drücken Sie die Leertaste), wenn der Punkt erledigt ist.</translation>
        </message>
        <message>
            <source>Set owner</source>
            <translation>Zuständige Person festlegen</translation>
        </message>
        <message>
            <source>Set due date</source>
            <translation>Fälligkeit festlegen</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>Edit evidence</source>
            <translation>Nachweis bearbeiten</translation>
        </message>
        <message>
            <source>Please give a reason why this item does not apply.</source>
            <translation>Bitte begründen Sie, warum dieser Punkt nicht zutrifft.</translation>
        </message>
        <message>
            <source>Mark item not applicable</source>
            <translation>Punkt als nicht zutreffend markieren</translation>
        </message>
        <message>
            <source>Reopen item</source>
            <translation>Punkt wieder öffnen</translation>
        </message>
        <message>
            <source>Mark item in progress</source>
            <translation>Punkt als in Arbeit markieren</translation>
        </message>
        <message>
            <source>Mark item done</source>
            <translation>Punkt als erledigt markieren</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTab</name>
        <message>
            <source>Category of your own item</source>
            <extracomment>What Delete puts into a cell of each column.</extracomment>
            <translation>Kategorie des eigenen Punkts</translation>
        </message>
        <message>
            <source>Your own item…</source>
            <translation>Eigener Punkt …</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Punkt hinzufügen</translation>
        </message>
        <message>
            <source>Integration checklist</source>
            <translation>Integrations-Checkliste</translation>
        </message>
        <message>
            <source>Items by category. Space marks the current item done or open; the context menu sets any state or switches an item off.</source>
            <translation>Punkte nach Kategorie. Die Leertaste markiert den aktuellen Punkt als erledigt oder offen; das Kontextmenü setzt jeden Stand oder schaltet einen Punkt aus.</translation>
        </message>
        <message>
            <source>Tick an item (or press Space) when it is done. Right-click for every state and to switch an item off that this use case does not need. “Not applicable” needs a reason. Double-click or F2 edits a cell; Delete clears owner, date, note or evidence.</source>
            <translation>Haken Sie einen Punkt ab (oder drücken Sie die Leertaste), wenn er erledigt ist. Rechtsklick für jeden Stand und um einen Punkt auszuschalten, den dieser Anwendungsfall nicht braucht. „Nicht zutreffend“ braucht eine Begründung. Doppelklick oder F2 bearbeitet eine Zelle; Entf leert Zuständigkeit, Datum, Notiz oder Nachweis.</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>Einschalten</translation>
        </message>
        <message>
            <source>Switch this catalogue item on again for this use case</source>
            <translation>Diesen Katalogpunkt für diesen Anwendungsfall wieder einschalten</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>Ausschalten</translation>
        </message>
        <message>
            <source>This use case does not need the item: it is hidden and no longer counts (Edit → Undo brings it back)</source>
            <translation>Dieser Anwendungsfall braucht den Punkt nicht: Er wird ausgeblendet und zählt nicht mehr (Bearbeiten → Rückgängig holt ihn zurück)</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Punkt entfernen</translation>
        </message>
        <message>
            <source>“%1” is switched off for this use case. Edit → Undo or “Show switched-off items” brings it back.</source>
            <translation>„%1“ ist für diesen Anwendungsfall ausgeschaltet. Bearbeiten → Rückgängig oder „Ausgeschaltete Punkte zeigen“ holt ihn zurück.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Offen</translation>
        </message>
        <message>
            <source>&amp;In progress</source>
            <translation>&amp;In Arbeit</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Erledigt</translation>
        </message>
        <message>
            <source>&amp;Not applicable…</source>
            <translation>&amp;Nicht zutreffend …</translation>
        </message>
        <message>
            <source>Not needed for this use case: &amp;switch off</source>
            <translation>Für diesen Anwendungsfall nicht nötig: &amp;ausschalten</translation>
        </message>
        <message>
            <source>&amp;Switch on again</source>
            <translation>&amp;Wieder einschalten</translation>
        </message>
        <message>
            <source>&amp;Remove item</source>
            <translation>&amp;Punkt entfernen</translation>
        </message>
        <message>
            <source>Show switched-off items</source>
            <translation>Ausgeschaltete Punkte zeigen</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(niemand)</translation>
        </message>
        <message>
            <source>Removes your own item; catalogue items are switched off instead</source>
            <translation>Entfernt Ihren eigenen Punkt; Katalogpunkte werden stattdessen ausgeschaltet</translation>
        </message>
        <message>
            <source>Add checklist item</source>
            <translation>Checklisten-Punkt hinzufügen</translation>
        </message>
        <message>
            <source>Remove checklist item</source>
            <translation>Checklisten-Punkt entfernen</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>write the demo workspace to a file</source>
            <translation>den Demo-Arbeitsbereich in eine Datei schreiben</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>die zu schreibende Datei</translation>
        </message>
        <message>
            <source>language of the demo (default: the system language)</source>
            <translation>Sprache der Demo (Standard: die Systemsprache)</translation>
        </message>
        <message>
            <source>overwrite an existing file</source>
            <translation>eine vorhandene Datei überschreiben</translation>
        </message>
        <message>
            <source>%1 already exists. Use --force to overwrite it.</source>
            <translation>%1 existiert bereits. Mit --force wird die Datei überschrieben.</translation>
        </message>
        <message>
            <source>Demo workspace written to %1</source>
            <translation>Demo-Arbeitsbereich gespeichert in %1</translation>
        </message>
        <message>
            <source>check a file: integrity, schema and the rule findings</source>
            <translation>eine Datei prüfen: Unversehrtheit, Schema und Hinweise der Regeln</translation>
        </message>
        <message>
            <source>the file to check</source>
            <translation>die zu prüfende Datei</translation>
        </message>
        <message>
            <source>FILE is an encrypted copy: its passphrase is the first line of F</source>
            <translation>FILE ist eine verschlüsselte Kopie: Ihre Passphrase ist die erste Zeile von F</translation>
        </message>
        <message>
            <source>judge pilot traps as of this date (default: today)</source>
            <translation>Pilot-Fallen zu diesem Datum beurteilen (Standard: heute)</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Datei: %1</translation>
        </message>
        <message>
            <source>%1 (from version %2, migrated when opened for editing)</source>
            <translation>%1 (aus Version %2, wird beim Öffnen zum Bearbeiten umgewandelt)</translation>
        </message>
        <message>
            <source>Schema version: %1</source>
            <translation>Schema-Version: %1</translation>
        </message>
        <message>
            <source>Integrity: damaged</source>
            <translation>Unversehrtheit: beschädigt</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Unversehrtheit: in Ordnung</translation>
        </message>
        <message>
            <source>Warning: the “-wal” file beside it holds changes of another program that do not fit this workspace; they are not shown, and the app opens the file read-only until that program is closed.</source>
            <translation>Warnung: Die Datei „-wal“ daneben enthält Änderungen eines anderen Programms, die nicht zu diesem Arbeitsbereich passen; sie werden nicht angezeigt, und die App öffnet die Datei schreibgeschützt, bis jenes Programm geschlossen ist.</translation>
        </message>
        <message>
            <source>Company: %1</source>
            <translation>Unternehmen: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s)</source>
            <translation>
                <numerusform>%n Anwendungsfall</numerusform>
                <numerusform>%n Anwendungsfälle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n system(s)</source>
            <translation>
                <numerusform>%n System</numerusform>
                <numerusform>%n Systeme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n Entscheidung</numerusform>
                <numerusform>%n Entscheidungen</numerusform>
            </translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>hint</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Befunde:</translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>Keine Befunde.</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s).</source>
            <translation>
                <numerusform>%n Befund.</numerusform>
                <numerusform>%n Befunde.</numerusform>
            </translation>
        </message>
        <message>
            <source>Guardrails for AI use cases in your company.</source>
            <extracomment>The subcommands; other parts of the app append theirs here.</extracomment>
            <translation>Leitplanken für KI-Anwendungsfälle in Ihrem Unternehmen.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Befehle:</translation>
        </message>
        <message>
            <source>the workspace file to open</source>
            <translation>die zu öffnende Arbeitsbereich-Datei</translation>
        </message>
        <message>
            <source>open the app on a fresh copy of the demo workspace</source>
            <translation>die App mit einer frischen Kopie des Demo-Arbeitsbereichs öffnen</translation>
        </message>
        <message>
            <source>start-up check: open the window (on FILE if given), let it start and exit; 0 when it started, 2 when FILE could not be opened</source>
            <translation>Startprüfung: das Fenster öffnen (mit DATEI, falls angegeben), starten lassen und beenden; 0, wenn es gestartet ist, 2, wenn DATEI nicht geöffnet werden konnte</translation>
        </message>
        <message>
            <source>The window is not part of this installation.</source>
            <translation>Das Programmfenster ist in dieser Installation nicht enthalten.</translation>
        </message>
        <message>
            <source>Unexpected problem (an error in the program, not in your file): %1. Details: %2</source>
            <translation>Unerwartetes Problem (ein Fehler im Programm, nicht in Ihrer Datei): %1. Einzelheiten: %2</translation>
        </message>
        <message>
            <source>Give either a file or --demo, not both.</source>
            <translation>Bitte entweder eine Datei oder --demo angeben, nicht beides.</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Which column is what?</source>
            <translation>Welche Spalte ist was?</translation>
        </message>
        <message>
            <source>A target is suggested for every column from its heading and its values. Columns without a target are kept in the notes of each use case as “column: value”.</source>
            <translation>Für jede Spalte wird anhand ihrer Überschrift und ihrer Werte ein Ziel vorgeschlagen. Spalten ohne Ziel bleiben in den Notizen jedes Anwendungsfalls erhalten, als „Spalte: Wert“.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Values (sample)</source>
            <translation>Werte (Beispiele)</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Wird zu</translation>
        </message>
        <message>
            <source>&amp;Load mapping …</source>
            <translation>Zuordnung &amp;laden …</translation>
        </message>
        <message>
            <source>Sa&amp;ve mapping …</source>
            <translation>Zuordnung &amp;speichern …</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Notes (“column: value”)</source>
            <translation>Notizen („Spalte: Wert“)</translation>
        </message>
        <message>
            <source>• “%1”: “%2” takes its place (%3)</source>
            <translation>• „%1“: „%2“ tritt an ihre Stelle (%3)</translation>
        </message>
        <message>
            <source>• “%1”: not in this table</source>
            <translation>• „%1“: nicht in dieser Tabelle</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… und %1 weitere.</translation>
        </message>
        <message>
            <source>Choose the column that holds the title of each use case.</source>
            <translation>Wählen Sie die Spalte, die den Titel jedes Anwendungsfalls enthält.</translation>
        </message>
        <message>
            <source>Load mapping</source>
            <translation>Zuordnung laden</translation>
        </message>
        <message>
            <source>Mappings (*.json);;All files (*)</source>
            <translation>Zuordnungen (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Zuordnung speichern</translation>
        </message>
        <message>
            <source>Mappings (*.json)</source>
            <translation>Zuordnungen (*.json)</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Change</source>
            <extracomment>Commands with this id merge with the previous one (typing into one field is one step).</extracomment>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Entscheid festhalten</translation>
        </message>
    </context>
    <context>
        <name>CompanyPage</name>
        <message>
            <source>Name of board member %1</source>
            <extracomment>exec() result when the user chose "Later": create the workspace with what was typed.</extracomment>
            <translation>Name von Mitglied %1 des Gremiums</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Vor- und Nachname</translation>
        </message>
        <message>
            <source>Role of board member %1</source>
            <translation>Rolle von Mitglied %1 des Gremiums</translation>
        </message>
        <message>
            <source>New workspace: your company</source>
            <translation>Neuer Arbeitsbereich: Ihr Unternehmen</translation>
        </message>
        <message>
            <source>These details appear on the cover and the signature lines of the decision record. Fill in what you know now; everything can be changed later in Settings.</source>
            <translation>Diese Angaben erscheinen auf dem Deckblatt und bei den Unterschriften des Entscheidungsprotokolls. Füllen Sie aus, was Sie schon wissen; alles lässt sich später in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Company &amp;name:</source>
            <translation>&amp;Name des Unternehmens:</translation>
        </message>
        <message>
            <source>Legal f&amp;orm:</source>
            <translation>&amp;Rechtsform:</translation>
        </message>
        <message>
            <source>&amp;Formats:</source>
            <translation>&amp;Formate:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Währung:</translation>
        </message>
        <message>
            <source>&amp;Board:</source>
            <translation>&amp;Gremium:</translation>
        </message>
        <message>
            <source>&amp;I am:</source>
            <translation>&amp;Ich bin:</translation>
        </message>
        <message>
            <source>e.g. Muster Haustechnik</source>
            <translation>z. B. Muster Haustechnik</translation>
        </message>
        <message>
            <source>e.g. AG, GmbH</source>
            <translation>z. B. AG, GmbH</translation>
        </message>
        <message>
            <source>Your name: recorded with each change in the history</source>
            <translation>Ihr Name: wird bei jeder Änderung im Verlauf festgehalten</translation>
        </message>
        <message>
            <source>The body that receives the decision record; type your own name for it if none fits</source>
            <translation>Das Gremium, das das Entscheidungsprotokoll erhält; tippen Sie eine eigene Bezeichnung ein, wenn keine passt</translation>
        </message>
        <message>
            <source>Board &amp;members:</source>
            <translation>&amp;Mitglieder des Gremiums:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>The chair and the minute-taker sign the minutes (Swiss CO Art. 713 para. 3). Each member is added to your people.</source>
            <translation>Vorsitz und Protokollführung unterzeichnen das Protokoll (OR Art. 713 Abs. 3). Jedes Mitglied wird in Ihre Personen aufgenommen.</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>Mitglied &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Create workspace</source>
            <translation>Arbeitsbereich &amp;erstellen</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Creates the workspace now; the dashboard reminds you of what is missing</source>
            <translation>Erstellt den Arbeitsbereich jetzt; die Übersicht erinnert Sie an das, was noch fehlt</translation>
        </message>
    </context>
    <context>
        <name>CxTab</name>
        <message>
            <source>Customer experience is the compass: think every automation through from the customer's side. %1</source>
            <translation>Das Kundenerlebnis ist der Kompass: Denken Sie jede Automatisierung aus Sicht der Kundschaft. %1</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Verlässlichkeit</translation>
        </message>
        <message>
            <source>Response-time &amp;target:</source>
            <translation>Antwort&amp;zeit-Ziel:</translation>
        </message>
        <message>
            <source>e.g. a clear answer within two hours</source>
            <translation>z. B. eine klare Antwort innerhalb von zwei Stunden</translation>
        </message>
        <message>
            <source>Required for customer-facing use cases. Say also how it is measured.</source>
            <translation>Pflicht bei Anwendungsfällen mit Kundenkontakt. Sagen Sie auch, wie es gemessen wird.</translation>
        </message>
        <message>
            <source>R&amp;ating:</source>
            <translation>Be&amp;wertung:</translation>
        </message>
        <message>
            <source>Fallback &amp;when the AI fails:</source>
            <translation>Rück&amp;fallebene, wenn die KI ausfällt:</translation>
        </message>
        <message>
            <source>e.g. enquiries go to the service inbox and the team answers within one working day</source>
            <translation>z. B. Anfragen gehen ins Service-Postfach, das Team antwortet innerhalb eines Arbeitstags</translation>
        </message>
        <message>
            <source>e.g. the answer has our tone and fits what the customer asked</source>
            <translation>z. B. die Antwort trifft unseren Ton und passt zur Frage der Kundin oder des Kunden</translation>
        </message>
        <message>
            <source>e.g. the customer understands what happens next and why</source>
            <translation>z. B. die Kundschaft versteht, was als Nächstes passiert und warum</translation>
        </message>
        <message>
            <source>e.g. every answer names a person the customer can reach</source>
            <translation>z. B. jede Antwort nennt eine erreichbare Ansprechperson</translation>
        </message>
        <message>
            <source>Rate CX question</source>
            <translation>Kundenerlebnis-Frage bewerten</translation>
        </message>
        <message>
            <source>Edit CX note</source>
            <translation>Notiz zum Kundenerlebnis bearbeiten</translation>
        </message>
        <message>
            <source>Set response-time target</source>
            <translation>Antwortzeit-Ziel festlegen</translation>
        </message>
        <message>
            <source>Edit fallback</source>
            <translation>Rückfallebene bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>%1 – AI use cases</source>
            <extracomment>Marks the line that shows the next entries of a long attention list. How many attention entries are worded and shown at a time. Open a use case on a tab: (use case UUID, tab key, params for focus_target). Show the register filtered by one status (value of Status). Show the people page (load findings concern people, not a use case). The workspace is empty and the user wants to start (the guided first use case). Open Settings at the part that is missing: "name", "board", "meeting" or "me".</extracomment>
            <translation>%1 – KI-Anwendungsfälle</translation>
        </message>
        <message>
            <source>AI use cases</source>
            <translation>KI-Anwendungsfälle</translation>
        </message>
        <message>
            <source>Shows the use cases with status “%1” in the register</source>
            <translation>Zeigt die Anwendungsfälle mit Status „%1“ im Register</translation>
        </message>
        <message>
            <source>The company name is missing.</source>
            <translation>Der Name des Unternehmens fehlt.</translation>
        </message>
        <message>
            <source>Add it</source>
            <translation>Ergänzen</translation>
        </message>
        <message>
            <source>No board members yet: the record's signature lines stay empty.</source>
            <translation>Noch keine Mitglieder des Gremiums: Die Unterschriftszeilen des Protokolls bleiben leer.</translation>
        </message>
        <message>
            <source>Add them</source>
            <translation>Erfassen</translation>
        </message>
        <message>
            <source>Choose them</source>
            <translation>Festlegen</translation>
        </message>
        <message>
            <source>Set it</source>
            <translation>Festlegen</translation>
        </message>
        <message>
            <source>The history does not know who you are: changes are recorded under this computer's account name.</source>
            <translation>Der Verlauf weiß nicht, wer Sie sind: Änderungen werden unter dem Kontonamen dieses Computers festgehalten.</translation>
        </message>
        <message>
            <source>Choose your name</source>
            <translation>Namen wählen</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No use case yet. “Start with your first use case…” asks the article's three questions and fills in the use case and who answers for what; it takes about five minutes.</source>
            <translation>Noch kein Anwendungsfall. „Mit dem ersten Anwendungsfall beginnen …“ stellt die drei Fragen des Artikels und füllt damit den Anwendungsfall und die Verantwortlichkeiten; das dauert etwa fünf Minuten.</translation>
        </message>
        <message numerus="yes">
            <source>Show %n more entry(s)…</source>
            <translation>
                <numerusform>%n weiteren Eintrag zeigen …</numerusform>
                <numerusform>%n weitere Einträge zeigen …</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n not shown yet)</source>
            <translation>
                <numerusform>(%n noch nicht gezeigt)</numerusform>
                <numerusform>(%n noch nicht gezeigt)</numerusform>
            </translation>
        </message>
        <message>
            <source>The list is sorted by urgency: the most serious entries come first</source>
            <translation>Die Liste ist nach Dringlichkeit geordnet: Die wichtigsten Einträge stehen zuoberst</translation>
        </message>
        <message>
            <source>Click to open the people list</source>
            <translation>Klicken, um die Personenliste zu öffnen</translation>
        </message>
        <message>
            <source>Click to open the use case where this is fixed</source>
            <translation>Klicken, um den Anwendungsfall dort zu öffnen, wo sich das beheben lässt</translation>
        </message>
        <message>
            <source>&amp;Start with your first use case…</source>
            <translation>Mit dem ersten Anwendungsfall be&amp;ginnen …</translation>
        </message>
        <message>
            <source>Answers the article's three questions step by step and fills the use case and its responsibility matrix</source>
            <translation>Beantwortet die drei Fragen des Artikels Schritt für Schritt und füllt damit den Anwendungsfall und seine Verantwortungsmatrix</translation>
        </message>
        <message>
            <source>Use cases by status</source>
            <translation>Anwendungsfälle nach Status</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Nothing needs attention right now: no pilot waits too long, nothing is overdue and every responsibility matrix is valid.</source>
            <translation>Im Moment braucht nichts Aufmerksamkeit: Kein Pilot wartet zu lange, nichts ist überfällig und jede Verantwortungsmatrix ist gültig.</translation>
        </message>
        <message>
            <source>%1 has no chair or no minute-taker to sign the minutes.</source>
            <translation>%1 fehlt der Vorsitz oder die Protokollführung, die das Protokoll unterzeichnen.</translation>
        </message>
        <message>
            <source>No date for the next meeting of %1.</source>
            <translation>Für die nächste Sitzung %1 fehlt das Datum.</translation>
        </message>
        <message>
            <source>“For customers there is no pilot phase.” Pilots that wait too long for a decision are listed here as pilot traps.</source>
            <translation>„Für Kunden gibt es keine Pilotphase.“ Piloten, die zu lange auf einen Entscheid warten, erscheinen hier als Pilot-Falle.</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Correct decision</source>
            <translation>Entscheid korrigieren</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Entscheid festhalten</translation>
        </message>
        <message>
            <source>Why was it decided this way?</source>
            <translation>Warum wurde so entschieden?</translation>
        </message>
        <message>
            <source>e.g. review ten answers a day for the first month</source>
            <translation>z. B. im ersten Monat täglich zehn Antworten prüfen</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>z. B. %1</translation>
        </message>
        <message>
            <source>e.g. the management board</source>
            <translation>z. B. die Geschäftsleitung</translation>
        </message>
        <message>
            <source>e.g. The board accepts the open items; they are due by the next review.</source>
            <translation>z. B. Der Verwaltungsrat akzeptiert die offenen Punkte; sie sind bis zur nächsten Überprüfung erledigt.</translation>
        </message>
        <message>
            <source>Reason for going live any&amp;way (required):</source>
            <translation>Begründung für den Regelbetrieb &amp;trotzdem (Pflicht):</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Entscheid:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>D&amp;atum:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>Be&amp;gründung:</translation>
        </message>
        <message>
            <source>&amp;Conditions:</source>
            <translation>Auf&amp;lagen:</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Entschieden &amp;von:</translation>
        </message>
        <message>
            <source>&amp;Next review:</source>
            <translation>&amp;Nächste Überprüfung:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Festhalten</translation>
        </message>
        <message>
            <source>This new entry corrects the entry of %1 (%2). The old entry stays in the log.</source>
            <translation>Dieser neue Eintrag korrigiert den Eintrag vom %1 (%2). Der alte Eintrag bleibt im Protokoll.</translation>
        </message>
        <message>
            <source>Status stays: %1</source>
            <translation>Status bleibt: %1</translation>
        </message>
        <message>
            <source>Status: %1 → %2</source>
            <translation>Status: %1 → %2</translation>
        </message>
        <message>
            <source>Readiness is not complete. Still missing:</source>
            <translation>Die Betriebsreife ist nicht erreicht. Es fehlt noch:</translation>
        </message>
        <message>
            <source>Please give the date of the decision.</source>
            <translation>Bitte geben Sie das Datum des Entscheids an.</translation>
        </message>
        <message>
            <source>Readiness is not complete: please give the reason for going live anyway.</source>
            <translation>Die Betriebsreife ist nicht erreicht: Bitte begründen Sie, warum der Regelbetrieb trotzdem beginnt.</translation>
        </message>
    </context>
    <context>
        <name>DecisionsTab</name>
        <message>
            <source>Decision log</source>
            <extracomment>(tab, params): a readiness link was followed; the editor shows that tab.</extracomment>
            <translation>Entscheidungsprotokoll</translation>
        </message>
        <message>
            <source>Record decision…</source>
            <translation>Entscheid festhalten …</translation>
        </message>
        <message>
            <source>The status changes only through a recorded decision</source>
            <translation>Der Status ändert sich nur durch einen festgehaltenen Entscheid</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Korrigieren …</translation>
        </message>
        <message>
            <source>Adds a new entry that corrects the selected one; the log is never edited</source>
            <translation>Fügt einen neuen Eintrag hinzu, der den gewählten korrigiert; das Protokoll wird nie überschrieben</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheid</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Auflagen</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Entschieden von</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>Correction: %1</source>
            <translation>Korrektur: %1</translation>
        </message>
        <message>
            <source>%1 (corrected)</source>
            <translation>%1 (korrigiert)</translation>
        </message>
        <message>
            <source>Corrects the entry of %1</source>
            <translation>Korrigiert den Eintrag vom %1</translation>
        </message>
        <message>
            <source>Gone live with readiness incomplete. Reason: %1</source>
            <translation>Regelbetrieb ohne volle Betriebsreife. Begründung: %1</translation>
        </message>
        <message>
            <source>No decision recorded yet. The status changes only through a recorded decision.</source>
            <translation>Noch kein Entscheid festgehalten. Der Status ändert sich nur durch einen festgehaltenen Entscheid.</translation>
        </message>
        <message>
            <source>Corrects the entry of %1 (%2).</source>
            <translation>Korrigiert den Eintrag vom %1 (%2).</translation>
        </message>
        <message>
            <source>This entry was corrected by a later one.</source>
            <translation>Dieser Eintrag wurde durch einen späteren korrigiert.</translation>
        </message>
        <message>
            <source>Rationale: %1</source>
            <translation>Begründung: %1</translation>
        </message>
        <message>
            <source>Conditions: %1</source>
            <translation>Auflagen: %1</translation>
        </message>
        <message>
            <source>Decided by: %1</source>
            <translation>Entschieden von: %1</translation>
        </message>
        <message>
            <source>Next review: %1</source>
            <translation>Nächste Überprüfung: %1</translation>
        </message>
        <message>
            <source>Correct decision</source>
            <translation>Entscheid korrigieren</translation>
        </message>
        <message>
            <source>Record decision: %1</source>
            <translation>Entscheid festhalten: %1</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export decision record</source>
            <extracomment>Record languages, each named in its own language. The path a record was written to. A record rendered for the preview (RenderResult). The user cancelled an export or preview; nothing was written. The user wants to fix a problem in the settings: the part ("name", "board") to focus. The user wants to fix a problem in a use case: (uuid, field name such as "motion").</extracomment>
            <translation>Entscheidungsprotokoll exportieren</translation>
        </message>
        <message>
            <source>&amp;Register list (one table row per use case)</source>
            <translation>&amp;Register-Liste (eine Tabellenzeile pro Anwendungsfall)</translation>
        </message>
        <message>
            <source>A compact landscape table for large inventories: no motions, minutes or per-use-case pages.</source>
            <translation>Eine kompakte Tabelle im Querformat für grosse Bestände: ohne Anträge, Protokoll und Seiten pro Anwendungsfall.</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter (US)</translation>
        </message>
        <message>
            <source>e.g. Board meeting 4/2026</source>
            <translation>z. B. VR-Sitzung 4/2026</translation>
        </message>
        <message>
            <source>e.g. 14:00</source>
            <translation>z. B. 14:00</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Vertraulich</translation>
        </message>
        <message>
            <source>Add the minutes skeleton (present members, discussion, signatures)</source>
            <translation>Protokollvorlage beilegen (Anwesende, Beratung, Unterschriften)</translation>
        </message>
        <message>
            <source>Add a circular resolution (every board member votes and signs)</source>
            <translation>Zirkularbeschluss beilegen (jedes Mitglied stimmt ab und unterschreibt)</translation>
        </message>
        <message>
            <source>Who collects the signed copies</source>
            <translation>Wer die unterschriebenen Exemplare entgegennimmt</translation>
        </message>
        <message>
            <source>&amp;Decision record for %1</source>
            <translation>&amp;Entscheidungsprotokoll für %1</translation>
        </message>
        <message>
            <source>Language of the record:</source>
            <translation>Sprache des Protokolls:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papierformat:</translation>
        </message>
        <message>
            <source>Meeting:</source>
            <translation>Sitzung:</translation>
        </message>
        <message>
            <source>Meeting date:</source>
            <translation>Sitzungsdatum:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Zeit:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Ort:</translation>
        </message>
        <message>
            <source>Prepared by:</source>
            <translation>Erstellt von:</translation>
        </message>
        <message>
            <source>Confidentiality label:</source>
            <translation>Vertraulichkeitsvermerk:</translation>
        </message>
        <message>
            <source>Return by:</source>
            <translation>Zurück bis:</translation>
        </message>
        <message>
            <source>Return to:</source>
            <translation>Zurück an:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren …</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Export list…</source>
            <translation>Liste exportieren …</translation>
        </message>
        <message>
            <source>%1 (with unsaved changes)</source>
            <translation>%1 (mit ungespeicherten Änderungen)</translation>
        </message>
        <message>
            <source>Decision record.pdf</source>
            <translation>Entscheidungsprotokoll.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Choose at least one use case.</source>
            <translation>Wählen Sie mindestens einen Anwendungsfall.</translation>
        </message>
        <message>
            <source>%1 use cases are chosen; one register list takes at most %2. Narrow the list with the filters.</source>
            <translation>%1 Anwendungsfälle sind ausgewählt; eine Register-Liste fasst höchstens %2. Grenzen Sie die Auswahl mit den Filtern ein.</translation>
        </message>
        <message>
            <source>%1 use cases are chosen; one decision record takes at most %2. Choose the use cases %3 decides on.</source>
            <translation>%1 Anwendungsfälle sind ausgewählt; ein Entscheidungsprotokoll fasst höchstens %2. Wählen Sie die Anwendungsfälle, über die %3 entscheidet.</translation>
        </message>
        <message>
            <source>Preparing the decision record…</source>
            <translation>Entscheidungsprotokoll wird erstellt …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Use case %1 of %2…</source>
            <translation>Anwendungsfall %1 von %2 …</translation>
        </message>
        <message>
            <source>The font cannot draw these characters; they appear as "?" in the record:
%1</source>
            <translation>Die Schrift kann diese Zeichen nicht darstellen; sie erscheinen im Protokoll als „?“:
%1</translation>
        </message>
        <message>
            <source>The record could not be written to %1: %2</source>
            <translation>Das Protokoll konnte nicht nach %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The record cannot be made in this language: its translation is not installed (%1). Reinstall Leitplanken.</source>
            <translation>Das Protokoll kann in dieser Sprache nicht erstellt werden: Ihre Übersetzung ist nicht installiert (%1). Installieren Sie Leitplanken neu.</translation>
        </message>
    </context>
    <context>
        <name>ExportedBox</name>
        <message>
            <source>Export finished</source>
            <translation>Export abgeschlossen</translation>
        </message>
        <message>
            <source>The register list was saved as %1.</source>
            <translation>Die Register-Liste wurde als %1 gespeichert.</translation>
        </message>
        <message>
            <source>The decision record was saved as %1.</source>
            <translation>Das Entscheidungsprotokoll wurde als %1 gespeichert.</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>PDF öffnen</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Im Ordner zeigen</translation>
        </message>
    </context>
    <context>
        <name>FactsForm</name>
        <message>
            <source>— nobody yet —</source>
            <extracomment>(field, value, merge): a value the user finished entering.</extracomment>
            <translation>— noch niemand —</translation>
        </message>
        <message>
            <source>At most %1 tags of at most %2 characters each. Nothing was changed.</source>
            <translation>Höchstens %1 Schlagwörter mit je höchstens %2 Zeichen. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>“%1” is not a number. Please type digits, e.g. 1200.50.</source>
            <translation>„%1“ ist keine Zahl. Bitte Ziffern eingeben, z. B. 1200.50.</translation>
        </message>
        <message>
            <source>“%1” is outside the range: an amount must be below %2 (plus or minus), with at most %3 decimals. Nothing was changed.</source>
            <translation>„%1“ liegt außerhalb des Bereichs: Ein Betrag muss unter %2 liegen (plus oder minus), mit höchstens %3 Nachkommastellen. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>“%1” is outside the range: a number must be below %2 (plus or minus), with at most %3 decimals. Nothing was changed.</source>
            <translation>„%1“ liegt außerhalb des Bereichs: Eine Zahl muss unter %2 liegen (plus oder minus), mit höchstens %3 Nachkommastellen. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Customers deal with the result directly; a response-time target is then required.</source>
            <translation>Die Kundschaft ist direkt betroffen; dann braucht es ein Antwortzeit-Ziel.</translation>
        </message>
        <message>
            <source>Involves &amp;personal data</source>
            <translation>Betrifft &amp;Personendaten</translation>
        </message>
        <message>
            <source>Names, e-mails, customer histories …: list them and clarify data protection.</source>
            <translation>Namen, E-Mails, Kundenhistorien …: aufführen und den Datenschutz klären.</translation>
        </message>
        <message>
            <source>e.g. names, e-mail addresses, order history</source>
            <translation>z. B. Namen, E-Mail-Adressen, Bestellhistorie</translation>
        </message>
        <message>
            <source>e.g. the CRM's AI assistant, provider name</source>
            <translation>z. B. KI-Assistent des CRM, Name des Anbieters</translation>
        </message>
        <message>
            <source>e.g. a clear answer within two hours</source>
            <translation>z. B. eine klare Antwort innerhalb von zwei Stunden</translation>
        </message>
        <message>
            <source>A complaint answered clearly within two hours signals reliability.</source>
            <translation>Eine Reklamation, die innerhalb von zwei Stunden klar beantwortet wird, ist ein Zeichen von Verlässlichkeit.</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. customer service, e-mail</source>
            <translation>Durch Kommas getrennt, z. B. Kundendienst, E-Mail</translation>
        </message>
        <message>
            <source>Expected working hours saved per month</source>
            <translation>Erwartete eingesparte Arbeitsstunden pro Monat</translation>
        </message>
        <message>
            <source>An amount in the company currency, e.g. 1200.50</source>
            <translation>Ein Betrag in der Firmenwährung, z. B. 1200.50</translation>
        </message>
    </context>
    <context>
        <name>FieldWidgets</name>
        <message>
            <source>This field holds at most %1 characters; the rest was cut off.</source>
            <extracomment>A currency written before or after the amount ("CHF 1200", "1200 EUR", "Fr. 50", "€ 9"), the only letters a typed amount may carry: "1e999999" must not become 1999999. Characters a typed number may have: a trillion with grouping, decimals and a currency. Typed or pasted text went beyond max_length and was cut (the message says so). The most characters the field takes (a text field's limit, domain/limits.py). The message shown when typed or pasted text was cut at max_length ("" when not).</extracomment>
            <translation>Dieses Feld fasst höchstens %1 Zeichen; der Rest wurde abgeschnitten.</translation>
        </message>
        <message>
            <source>D</source>
            <extracomment>A calendar day (the date widget's own date() method hides the name inside its class). A typed date: three groups of digits with any of . / - or spaces between them.</extracomment>
            <translation>T</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Y</source>
            <translation>J</translation>
        </message>
        <message>
            <source>Open the calendar</source>
            <extracomment>The value changed by the user (an invalid QDate for "no date"). What was typed is no date; the text says so in the interface language.</extracomment>
            <translation>Kalender öffnen</translation>
        </message>
        <message>
            <source>Type a date, e.g. %1 or 2026-12-15, or pick it from the calendar. Empty means no date.</source>
            <translation>Tippen Sie ein Datum, z. B. %1 oder 2026-12-15, oder wählen Sie es im Kalender. Leer heißt: kein Datum.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Please type it like %2 or 2026-12-15; nothing was changed.</source>
            <translation>„%1“ ist kein Datum. Bitte tippen Sie es wie %2 oder 2026-12-15; nichts wurde geändert.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Position</source>
            <extracomment>The translation context of every field and record label. How people call it, with the mnemonic a form uses ("O&amp;wner"); shown elsewhere without The list holding these records: an attribute of UseCase for a use case's children, of Workspace for top-level records; None for the one company.</extracomment>
            <translation>Position</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Anwendungsfall</translation>
        </message>
        <message>
            <source>Company</source>
            <extracomment>Every record type, parents before children (the order storage inserts them in).</extracomment>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Firmenname</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Rechtsform</translation>
        </message>
        <message>
            <source>Formats</source>
            <translation>Formate</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Name of the board</source>
            <translation>Name des Gremiums</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Catalogue version</source>
            <translation>Katalogversion</translation>
        </message>
        <message>
            <source>Pilot trap after (days)</source>
            <translation>Pilot-Falle nach (Tagen)</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Papierformat</translation>
        </message>
        <message>
            <source>Bottleneck from (use cases)</source>
            <translation>Engpass ab (Anwendungsfällen)</translation>
        </message>
        <message>
            <source>Date of the next meeting</source>
            <translation>Datum der nächsten Sitzung</translation>
        </message>
        <message>
            <source>Time of the next meeting</source>
            <translation>Zeit der nächsten Sitzung</translation>
        </message>
        <message>
            <source>Place of the next meeting</source>
            <translation>Ort der nächsten Sitzung</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>&amp;Motion for the board</source>
            <translation>Antrag an das Gre&amp;mium</translation>
        </message>
        <message>
            <source>O&amp;ptions for the board</source>
            <translation>&amp;Optionen für das Gremium</translation>
        </message>
        <message>
            <source>Recomme&amp;ndation</source>
            <translation>Em&amp;pfehlung</translation>
        </message>
        <message>
            <source>Rea&amp;son for the recommendation</source>
            <translation>Begründung der Emp&amp;fehlung</translation>
        </message>
        <message>
            <source>On the &amp;agenda</source>
            <translation>&amp;Traktandierung</translation>
        </message>
        <message>
            <source>Condi&amp;tions proposed</source>
            <translation>&amp;Vorgeschlagene Auflagen</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Concrete problem</source>
            <translation>Konkretes Problem</translation>
        </message>
        <message>
            <source>Relief for customers</source>
            <translation>Entlastung für Kundschaft</translation>
        </message>
        <message>
            <source>Relief for employees</source>
            <translation>Entlastung für Mitarbeitende</translation>
        </message>
        <message>
            <source>Where automation ends and the human begins</source>
            <translation>Grenze zwischen Automatisierung und Mensch</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Tool or provider</source>
            <translation>Werkzeug oder Anbieter</translation>
        </message>
        <message>
            <source>Board member</source>
            <translation>Mitglied des Gremiums</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Customer-facing</source>
            <translation>K&amp;undenkontakt</translation>
        </message>
        <message>
            <source>O&amp;wner</source>
            <translation>&amp;Zuständig</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personendaten</translation>
        </message>
        <message>
            <source>Which personal data</source>
            <translation>Welche Personendaten</translation>
        </message>
        <message>
            <source>Risk class (EU AI Act)</source>
            <translation>Risikoklasse (EU AI Act)</translation>
        </message>
        <message>
            <source>One-off cost</source>
            <translation>Einmalige Kosten</translation>
        </message>
        <message>
            <source>Monthly cost</source>
            <translation>Monatliche Kosten</translation>
        </message>
        <message>
            <source>Hours saved per month</source>
            <translation>Eingesparte Stunden pro Monat</translation>
        </message>
        <message>
            <source>Response-time target</source>
            <translation>Antwortzeit-Ziel</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Rückfallebene</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Erfasst am</translation>
        </message>
        <message>
            <source>Pilot start</source>
            <translation>Pilotbeginn</translation>
        </message>
        <message>
            <source>Go-live</source>
            <translation>Einführung</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>System of a use case</source>
            <translation>System eines Anwendungsfalls</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Integration</translation>
        </message>
        <message>
            <source>RACI activity</source>
            <translation>RACI-Tätigkeit</translation>
        </message>
        <message>
            <source>RACI person</source>
            <translation>Person in der RACI-Matrix</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>CX check</source>
            <translation>Kundenerlebnis-Check</translation>
        </message>
        <message>
            <source>Catalogue entry</source>
            <translation>Katalogeintrag</translation>
        </message>
        <message>
            <source>RACI letter</source>
            <translation>RACI-Buchstabe</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Checklistenpunkt</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Reason for N/A</source>
            <translation>Begründung für „nicht anwendbar“</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fällig am</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <source>Switched on</source>
            <translation>Eingeschaltet</translation>
        </message>
        <message>
            <source>Required for readiness</source>
            <translation>Nötig für die Betriebsreife</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheid</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Entschieden am</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Auflagen</translation>
        </message>
        <message>
            <source>Deciders</source>
            <translation>Entscheidende</translation>
        </message>
        <message>
            <source>Corrects</source>
            <translation>Berichtigt</translation>
        </message>
        <message>
            <source>Reason despite gaps</source>
            <translation>Begründung trotz Lücken</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>Erfasst um</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Verfasst von</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
    </context>
    <context>
        <name>FileCommands</name>
        <message>
            <source>replace an existing file (the previous one is kept as NAME.bak) or write despite a stale “in use” marker</source>
            <translation>eine bestehende Datei ersetzen (die bisherige bleibt als NAME.bak erhalten) oder trotz veralteter „In Bearbeitung“-Markierung schreiben</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>%1 has an “in use” marker whose holder is gone (stale). Nothing was written; use --force to write anyway.</source>
            <translation>%1 hat eine „In Bearbeitung“-Markierung, deren Besitzer nicht mehr da ist (veraltet). Es wurde nichts geschrieben; mit --force wird trotzdem geschrieben.</translation>
        </message>
        <message>
            <source>%1 already exists. Nothing was written; use --force to replace it (the previous version is kept as %2).</source>
            <translation>%1 existiert bereits. Es wurde nichts geschrieben; mit --force wird die Datei ersetzt (die bisherige Fassung bleibt als %2 erhalten).</translation>
        </message>
        <message>
            <source>%1 is a Leitplanken workspace (or another database); the PDF must not overwrite it. Choose another name for the PDF.</source>
            <translation>%1 ist ein Leitplanken-Arbeitsbereich (oder eine andere Datenbank); das PDF darf ihn nicht überschreiben. Wählen Sie einen anderen Namen für das PDF.</translation>
        </message>
    </context>
    <context>
        <name>FileErrors</name>
        <message>
            <source>untitled workspace</source>
            <extracomment>Longest file name shown in a message before it is shortened in the middle.</extracomment>
            <translation>unbenannter Arbeitsbereich</translation>
        </message>
        <message>
            <source>The file “%1” was not found. Check the name and the folder, or whether the USB stick is still plugged in.</source>
            <translation>Die Datei „%1“ wurde nicht gefunden. Prüfen Sie Name und Ordner oder ob der USB-Stick noch eingesteckt ist.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a Leitplanken file. Choose the .leitplanken file inside it.</source>
            <translation>„%1“ ist ein Ordner, keine Leitplanken-Datei. Wählen Sie die .leitplanken-Datei darin.</translation>
        </message>
        <message>
            <source>You have no permission to use “%1”. Ask whoever manages the folder for access, or copy the file into a folder of your own.</source>
            <translation>Sie haben keine Berechtigung für „%1“. Bitten Sie die zuständige Person um Zugriff auf den Ordner oder kopieren Sie die Datei in einen eigenen Ordner.</translation>
        </message>
        <message>
            <source>“%1” is empty (0 bytes), probably cut off while copying. Use the original, or the backup copy ending in .bak beside it.</source>
            <translation>„%1“ ist leer (0 Bytes), vermutlich beim Kopieren abgeschnitten. Verwenden Sie das Original oder die Sicherungskopie mit der Endung .bak daneben.</translation>
        </message>
        <message>
            <source>“%1” is not a Leitplanken file. It may be another kind of document (a text file, a ZIP archive) that was renamed. Nothing was changed.</source>
            <translation>„%1“ ist keine Leitplanken-Datei. Vielleicht wurde ein anderes Dokument (eine Textdatei, ein ZIP-Archiv) umbenannt. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>“%1” is a database of another program, not a Leitplanken workspace. Nothing was changed.</source>
            <translation>„%1“ ist eine Datenbank eines anderen Programms, kein Leitplanken-Arbeitsbereich. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer version of Leitplanken (file version %2; this version reads up to %3). Install the current version of Leitplanken to open it. Nothing was changed.</source>
            <translation>„%1“ wurde mit einer neueren Version von Leitplanken gespeichert (Dateiversion %2; diese Version liest bis %3). Installieren Sie die aktuelle Version von Leitplanken, um sie zu öffnen. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>“%1” is damaged and cannot be opened. Nothing was changed. Open the backup copy ending in .bak beside it, or ask the sender for the file again.</source>
            <translation>„%1“ ist beschädigt und kann nicht geöffnet werden. Es wurde nichts verändert. Öffnen Sie die Sicherungskopie mit der Endung .bak daneben oder bitten Sie den Absender um die Datei.</translation>
        </message>
        <message>
            <source>“%1” contains program code (triggers, views or formulas) that a Leitplanken file never contains. To protect your data it was not opened and nothing was changed. Ask the sender where the file comes from.</source>
            <translation>„%1“ enthält Programmcode (Trigger, Sichten oder Formeln), den eine Leitplanken-Datei nie enthält. Zum Schutz Ihrer Daten wurde sie nicht geöffnet und nichts verändert. Fragen Sie den Absender, woher die Datei stammt.</translation>
        </message>
        <message>
            <source>“%1” has a structure Leitplanken does not know; it was probably changed with another tool. It was not opened and nothing was changed.</source>
            <translation>„%1“ hat einen Aufbau, den Leitplanken nicht kennt; vermutlich wurde sie mit einem anderen Werkzeug verändert. Sie wurde nicht geöffnet und nichts verändert.</translation>
        </message>
        <message>
            <source>“%1” is being used by someone else right now. Open it read-only, open a copy, or try again later.</source>
            <translation>„%1“ wird gerade von jemand anderem verwendet. Öffnen Sie sie schreibgeschützt, öffnen Sie eine Kopie oder versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>“%1” can only be read (the file or the medium is read-only). Your changes are kept; use “Save as…” to store them elsewhere.</source>
            <translation>„%1“ kann nur gelesen werden (Datei oder Datenträger sind schreibgeschützt). Ihre Änderungen bleiben erhalten; speichern Sie sie mit „Speichern unter…“ an einem anderen Ort.</translation>
        </message>
        <message>
            <source>Not saved: the medium holding “%1” is full. The file is unchanged and your changes are kept; free some space or use “Save as…” on another drive.</source>
            <translation>Nicht gespeichert: Der Datenträger von „%1“ ist voll. Die Datei ist unverändert und Ihre Änderungen bleiben erhalten; schaffen Sie Platz oder wählen Sie „Speichern unter…“ auf einem anderen Laufwerk.</translation>
        </message>
        <message>
            <source>“%1” could not be reached: its folder was deleted or the USB stick removed. Your changes are kept; reconnect the medium or use “Save as…”.</source>
            <translation>„%1“ ist nicht erreichbar: Der Ordner wurde gelöscht oder der USB-Stick entfernt. Ihre Änderungen bleiben erhalten; schliessen Sie den Datenträger wieder an oder wählen Sie „Speichern unter…“.</translation>
        </message>
        <message>
            <source>“%1” was changed by someone else since you opened it. Merge their changes, save under another name, or overwrite knowingly.</source>
            <translation>„%1“ wurde seit dem Öffnen von jemand anderem geändert. Führen Sie die Änderungen zusammen, speichern Sie unter einem anderen Namen oder überschreiben Sie bewusst.</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy. Enter its passphrase to open it.</source>
            <translation>„%1“ ist eine verschlüsselte Kopie. Geben Sie die Passphrase ein, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>The passphrase for “%1” is wrong, or the file was altered on the way. Check the passphrase and try again.</source>
            <translation>Die Passphrase für „%1“ ist falsch oder die Datei wurde unterwegs verändert. Prüfen Sie die Passphrase und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“%1” is not a complete encrypted copy; it is damaged or was cut off. Ask the sender for the file again.</source>
            <translation>„%1“ ist keine vollständige verschlüsselte Kopie; sie ist beschädigt oder abgeschnitten. Bitten Sie den Absender erneut um die Datei.</translation>
        </message>
        <message>
            <source>“%1” is the file that is open right now. Choose another file.</source>
            <translation>„%1“ ist die Datei, die gerade geöffnet ist. Wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>“%1” cannot be used as a file name on every computer (reserved names such as CON, dots or spaces at the end, invisible or special characters, or longer than the 240 bytes a file system allows for a name, fewer letters with umlauts or accents). Choose a short, plain name.</source>
            <translation>„%1“ ist nicht auf jedem Computer als Dateiname verwendbar (reservierte Namen wie CON, Punkte oder Leerzeichen am Ende, unsichtbare oder Sonderzeichen, oder länger als die 240 Bytes, die ein Dateisystem für einen Namen erlaubt, mit Umlauten oder Akzenten weniger Buchstaben). Wählen Sie einen kurzen, einfachen Namen.</translation>
        </message>
        <message>
            <source>Leitplanken’s own working folder (%2) is full, so “%1” cannot be worked on. The file itself is unchanged. Free some space on the drive holding that folder, then try again.</source>
            <translation>Der eigene Arbeitsordner von Leitplanken (%2) ist voll, deshalb kann mit „%1“ nicht gearbeitet werden. Die Datei selbst ist unverändert. Schaffen Sie Platz auf dem Laufwerk dieses Ordners und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>“%1” is a SQLite database in UTF-16 encoding. Leitplanken always writes UTF-8, so this file was made or converted by another tool and is not one of ours. Nothing was changed.</source>
            <translation>„%1“ ist eine SQLite-Datenbank in UTF-16-Kodierung. Leitplanken schreibt immer UTF-8; diese Datei wurde also mit einem anderen Programm erstellt oder umgewandelt und ist keine Leitplanken-Datei. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>“%1” is a link that points to itself (directly or through other links), so there is no file behind it. Choose the real file instead. Nothing was changed.</source>
            <translation>„%1“ ist eine Verknüpfung, die (direkt oder über andere Verknüpfungen) auf sich selbst zeigt; dahinter liegt keine Datei. Wählen Sie stattdessen die eigentliche Datei. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>“%1” is not a regular file (it is a pipe, a socket or a device). Choose a .leitplanken file. Nothing was changed.</source>
            <translation>„%1“ ist keine gewöhnliche Datei (sondern eine Pipe, ein Socket oder ein Gerät). Wählen Sie eine .leitplanken-Datei. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>“%1” was opened read-only: its name is too long to save beside it (the backup and lock files need a few more characters than the file system allows). Use “Save as…” with a shorter name to keep your changes.</source>
            <translation>„%1“ wurde schreibgeschützt geöffnet: Der Name ist zu lang, um daneben zu speichern (Sicherungs- und Sperrdateien brauchen einige Zeichen mehr, als das Dateisystem erlaubt). Verwenden Sie „Speichern unter…“ mit einem kürzeren Namen, um Ihre Änderungen zu behalten.</translation>
        </message>
        <message>
            <source>“%1” was opened read-only: beside it lies a file “-wal” with changes another program made, and they do not fit this workspace (another program may have changed its structure, or the file belongs to another database). They are shown without those changes and nothing was removed. Close the other program and open the file again, or use “Save as…” to keep your own changes in another file.</source>
            <translation>„%1“ wurde schreibgeschützt geöffnet: Daneben liegt eine Datei „-wal“ mit Änderungen eines anderen Programms, die nicht zu diesem Arbeitsbereich passen (ein anderes Programm hat vielleicht seine Struktur geändert, oder die Datei gehört zu einer anderen Datenbank). Angezeigt wird er ohne diese Änderungen, und nichts wurde entfernt. Schliessen Sie das andere Programm und öffnen Sie die Datei erneut, oder sichern Sie Ihre eigenen Änderungen mit „Speichern unter…“ in einer anderen Datei.</translation>
        </message>
        <message>
            <source>“%1” seems to be in use, but its “in use” marker (.~lock.…#) cannot be read: it is damaged or was not written by Leitplanken. If you are sure nobody is working on the file, break the marker; otherwise open it read-only or open a copy.</source>
            <translation>„%1“ scheint in Bearbeitung zu sein, aber seine „In Bearbeitung“-Markierung (.~lock.…#) ist nicht lesbar: Sie ist beschädigt oder stammt nicht von Leitplanken. Wenn Sie sicher sind, dass niemand an der Datei arbeitet, heben Sie die Markierung auf; andernfalls öffnen Sie sie schreibgeschützt oder als Kopie.</translation>
        </message>
        <message>
            <source>“%1” is open by %2 on %3 since %4. Open it read-only, open a copy, or try again later.</source>
            <translation>„%1“ ist seit %4 von %2 auf %3 geöffnet. Öffnen Sie sie schreibgeschützt, öffnen Sie eine Kopie oder versuchen Sie es später erneut.</translation>
        </message>
    </context>
    <context>
        <name>FileErrorsCli</name>
        <message>
            <source>write the result elsewhere with -o OUT</source>
            <extracomment>The parts of the CLI a message may speak for: a command, or the file a command only reads. "merge" is the file merge writes (MINE, or OUT); "merge-theirs" the copy merged in; "send-copy" the copy written (OUT), "send-copy-file" the workspace it is made from.</extracomment>
            <translation>schreiben Sie das Ergebnis mit -o OUT an einen anderen Ort</translation>
        </message>
        <message>
            <source>give an OUT in a folder you may write to</source>
            <translation>geben Sie als OUT eine Datei in einem Ordner an, in den Sie schreiben dürfen</translation>
        </message>
        <message>
            <source>copy the file into a folder of your own (cp) and try again</source>
            <translation>kopieren Sie die Datei in einen eigenen Ordner (cp) und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy. Only the copy merged in may be encrypted: give it second (as THEIRS) with --passphrase-file FILE, and write the result with -o OUT.</source>
            <translation>„%1“ ist eine verschlüsselte Kopie. Verschlüsselt darf nur die hineingeführte Kopie sein: Geben Sie sie als zweite an (als THEIRS), mit --passphrase-file FILE, und schreiben Sie das Ergebnis mit -o OUT.</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy. Merge it into a workspace first (merge MINE THEIRS --passphrase-file FILE), then export that workspace.</source>
            <translation>„%1“ ist eine verschlüsselte Kopie. Führen Sie sie zuerst in einen Arbeitsbereich zusammen (merge MINE THEIRS --passphrase-file FILE) und exportieren Sie dann diesen Arbeitsbereich.</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy; use cases are imported into a workspace file. Merge the copy into your file first (merge MINE THEIRS --passphrase-file FILE), then import into that file.</source>
            <translation>„%1“ ist eine verschlüsselte Kopie; Anwendungsfälle werden in eine Arbeitsbereich-Datei importiert. Führen Sie die Kopie zuerst mit Ihrer Datei zusammen (merge MINE THEIRS --passphrase-file FILE) und importieren Sie dann in diese Datei.</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy. Send it as it is, or merge it into your file first (merge MINE THEIRS --passphrase-file FILE).</source>
            <translation>„%1“ ist eine verschlüsselte Kopie. Senden Sie sie so, wie sie ist, oder führen Sie sie zuerst in Ihre Datei zusammen (merge MINE THEIRS --passphrase-file FILE).</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy. Give its passphrase with --passphrase-file FILE (the first line of FILE).</source>
            <translation>„%1“ ist eine verschlüsselte Kopie. Geben Sie ihre Passphrase mit --passphrase-file FILE an (die erste Zeile von FILE).</translation>
        </message>
        <message>
            <source>You have no permission to use “%1”. Ask whoever manages the folder for access, or %2.</source>
            <translation>Sie haben keine Berechtigung für „%1“. Bitten Sie die Person, die den Ordner verwaltet, um Zugriff, oder %2.</translation>
        </message>
        <message>
            <source>“%1” is being used by someone else right now. Try again when it is closed there, or work on a copy (cp) of it.</source>
            <translation>„%1“ wird gerade von jemand anderem verwendet. Versuchen Sie es erneut, wenn die Datei dort geschlossen ist, oder arbeiten Sie mit einer Kopie (cp) davon.</translation>
        </message>
        <message>
            <source>“%1” can only be read (the file or the medium is read-only). It is unchanged; %2.</source>
            <translation>„%1“ kann nur gelesen werden (die Datei oder der Datenträger ist schreibgeschützt). Sie ist unverändert; %2.</translation>
        </message>
        <message>
            <source>Not saved: the medium holding “%1” is full. The file is unchanged; free some space, or %2.</source>
            <translation>Nicht gespeichert: Der Datenträger mit „%1“ ist voll. Die Datei ist unverändert; schaffen Sie Platz, oder %2.</translation>
        </message>
        <message>
            <source>“%1” could not be reached: its folder was deleted or the USB stick removed. Nothing was written; reconnect the medium and try again, or %2.</source>
            <translation>„%1“ ist nicht erreichbar: Ihr Ordner wurde gelöscht oder der USB-Stick entfernt. Es wurde nichts geschrieben; schließen Sie den Datenträger wieder an und versuchen Sie es erneut, oder %2.</translation>
        </message>
        <message>
            <source>“%1” was changed by someone else while the command ran. Nothing was written; run the command again.</source>
            <translation>„%1“ wurde von jemand anderem geändert, während der Befehl lief. Es wurde nichts geschrieben; führen Sie den Befehl erneut aus.</translation>
        </message>
        <message>
            <source>The passphrase for “%1” is wrong, or the file was altered on the way. Check the first line of the --passphrase-file FILE and try again.</source>
            <translation>Die Passphrase für „%1“ ist falsch, oder die Datei wurde unterwegs verändert. Prüfen Sie die erste Zeile der Datei von --passphrase-file FILE und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“%1” is the same file as the other one given. Give another file.</source>
            <translation>„%1“ ist dieselbe Datei wie die andere angegebene. Geben Sie eine andere Datei an.</translation>
        </message>
        <message>
            <source>“%1” cannot be written: its name is too long to save beside it (the backup and lock files need a few more characters than the file system allows). It is unchanged; %2, or give it a shorter name (mv).</source>
            <translation>„%1“ kann nicht geschrieben werden: Ihr Name ist zu lang, um daneben zu speichern (die Sicherungs- und Sperrdateien brauchen einige Zeichen mehr, als das Dateisystem erlaubt). Sie ist unverändert; %2, oder geben Sie ihr einen kürzeren Namen (mv).</translation>
        </message>
        <message>
            <source>“%1”: beside it lies a file “-wal” with changes another program made, and they do not fit this workspace (another program may have changed its structure, or the file belongs to another database). Nothing was written and nothing was removed. Close the other program and try again.</source>
            <translation>„%1“: Daneben liegt eine Datei „-wal“ mit Änderungen eines anderen Programms, die nicht zu diesem Arbeitsbereich passen (ein anderes Programm hat vielleicht seine Struktur geändert, oder die Datei gehört zu einer anderen Datenbank). Es wurde nichts geschrieben und nichts entfernt. Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>“%1” seems to be in use, but its “in use” marker (.~lock.…#) cannot be read: it is damaged or was not written by Leitplanken. If you are sure nobody is working on the file, repeat the command with --force; otherwise work on a copy (cp) of it.</source>
            <translation>„%1“ scheint in Bearbeitung zu sein, aber seine „In Bearbeitung“-Markierung (.~lock.…#) ist nicht lesbar: Sie ist beschädigt oder stammt nicht von Leitplanken. Wenn Sie sicher sind, dass niemand an der Datei arbeitet, wiederholen Sie den Befehl mit --force; andernfalls arbeiten Sie mit einer Kopie (cp) davon.</translation>
        </message>
        <message>
            <source>“%1” is open by %2 on %3 since %4. Try again when it is closed there, or work on a copy (cp) of it.</source>
            <translation>„%1“ ist seit %4 von %2 auf %3 geöffnet. Versuchen Sie es erneut, wenn die Datei dort geschlossen ist, oder arbeiten Sie mit einer Kopie (cp) davon.</translation>
        </message>
    </context>
    <context>
        <name>FileGuard</name>
        <message>
            <source>File changed by someone else</source>
            <translation>Datei von jemand anderem geändert</translation>
        </message>
        <message>
            <source>“%1” was changed by someone else since you opened it. Saving now would overwrite their changes.

Merge their changes into yours first, save yours under another name, or overwrite theirs knowingly.</source>
            <translation>„%1“ wurde von jemand anderem geändert, seit Sie die Datei geöffnet haben. Jetzt zu speichern würde diese Änderungen überschreiben.

Übernehmen Sie zuerst die fremden Änderungen in Ihre, speichern Sie Ihre Fassung unter einem anderen Namen oder überschreiben Sie die fremden Änderungen bewusst.</translation>
        </message>
        <message>
            <source>&amp;Merge their changes</source>
            <translation>Änderungen &amp;zusammenführen</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>&amp;Overwrite their changes</source>
            <translation>Fremde Änderungen &amp;überschreiben</translation>
        </message>
    </context>
    <context>
        <name>FileOps</name>
        <message>
            <source>Leitplanken</source>
            <translation>Leitplanken</translation>
        </message>
        <message>
            <source>Leitplanken workspaces (*%1);;All files (*)</source>
            <extracomment>The file extension of workspace files. A workspace was opened or created: the window shows this session.</extracomment>
            <translation>Leitplanken-Arbeitsbereiche (*%1);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <source>Opened read-only: use Save as to keep your changes in another file.</source>
            <translation>Schreibgeschützt geöffnet: Mit „Speichern unter“ behalten Sie Ihre Änderungen in einer anderen Datei.</translation>
        </message>
        <message>
            <source>Opening “%1” …</source>
            <translation>„%1“ wird geöffnet …</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>Save workspace as</source>
            <translation>Arbeitsbereich speichern unter</translation>
        </message>
        <message>
            <source>Not saved: cancelled. The file is as it was; your changes are kept.</source>
            <translation>Nicht gespeichert: abgebrochen. Die Datei ist unverändert; Ihre Änderungen bleiben erhalten.</translation>
        </message>
        <message>
            <source>Save workspace</source>
            <translation>Arbeitsbereich speichern</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Gespeichert in %1</translation>
        </message>
        <message>
            <source>Saving “%1” …</source>
            <translation>„%1“ wird gespeichert …</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>%1 (not saved yet)</source>
            <translation>%1 (noch nicht gespeichert)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved yet. Save them?</source>
            <translation>„%1“ hat Änderungen, die noch nicht gespeichert sind. Jetzt speichern?</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Which table?</source>
            <translation>Welche Tabelle?</translation>
        </message>
        <message>
            <source>A CSV, TSV or Excel file (.xlsx) with one use case per row. Check in the preview that the columns are split correctly.</source>
            <translation>Eine CSV-, TSV- oder Excel-Datei (.xlsx) mit einem Anwendungsfall pro Zeile. Prüfen Sie in der Vorschau, ob die Spalten richtig getrennt sind.</translation>
        </message>
        <message>
            <source>Choose a file …</source>
            <translation>Datei wählen …</translation>
        </message>
        <message>
            <source>&amp;Choose …</source>
            <translation>Wä&amp;hlen …</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Erkennen</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Zeichensatz:</translation>
        </message>
        <message>
            <source>&amp;Separator:</source>
            <translation>&amp;Trennzeichen:</translation>
        </message>
        <message>
            <source>&amp;Header in row:</source>
            <translation>Überschrift i&amp;n Zeile:</translation>
        </message>
        <message>
            <source>Shee&amp;t:</source>
            <translation>Tabellen&amp;blatt:</translation>
        </message>
        <message>
            <source>Import use cases</source>
            <translation>Anwendungsfälle importieren</translation>
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Tabellen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>%1, separator: %2</source>
            <translation>%1, Trennzeichen: %2</translation>
        </message>
        <message>
            <source>sheet “%1”</source>
            <translation>Blatt „%1“</translation>
        </message>
        <message>
            <source>header in row %1</source>
            <translation>Überschrift in Zeile %1</translation>
        </message>
        <message>
            <source>A saved mapping fits this table: %1</source>
            <translation>Eine gespeicherte Zuordnung passt zu dieser Tabelle: %1</translation>
        </message>
    </context>
    <context>
        <name>FileSharing</name>
        <message>
            <source>Send &amp;copy…</source>
            <translation>&amp;Kopie senden…</translation>
        </message>
        <message>
            <source>Writes a clean copy for a USB stick or an e-mail, optionally encrypted</source>
            <translation>Schreibt eine saubere Kopie für einen USB-Stick oder eine E-Mail, auf Wunsch verschlüsselt</translation>
        </message>
        <message>
            <source>&amp;Merge from file…</source>
            <translation>Aus Datei &amp;zusammenführen…</translation>
        </message>
        <message>
            <source>Takes over the changes of a colleague's copy; you decide where both changed</source>
            <translation>Übernimmt die Änderungen aus der Kopie einer Kollegin oder eines Kollegen; wo beide geändert haben, entscheiden Sie</translation>
        </message>
        <message>
            <source>Chec&amp;k file…</source>
            <translation>Datei &amp;prüfen…</translation>
        </message>
        <message>
            <source>Checks the file's integrity and lists what the rules find</source>
            <translation>Prüft die Unversehrtheit der Datei und listet auf, was die Regeln finden</translation>
        </message>
    </context>
    <context>
        <name>FileTask</name>
        <message>
            <source>Cancel</source>
            <extracomment>How long a task runs before its progress window shows (ms). The bar's resolution: progress in bytes (hundreds of MB) does not fit Qt's int range. The user pressed Cancel (or Esc) while cancelling was allowed.</extracomment>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stopping …</source>
            <translation>Wird angehalten …</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>“%1”</source>
            <extracomment>Set by a document with its own language (a record): its dates follow that language.
----------
The catalogue item that asks for the EU AI Act risk class to be assessed.</extracomment>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>an activity</source>
            <translation>eine Aktivität</translation>
        </message>
        <message>
            <source>a checklist item</source>
            <translation>ein Checklistenpunkt</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>an unknown person</source>
            <translation>eine unbekannte Person</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>The responsibility matrix has no activities yet.</source>
            <extracomment>Every code the rules produce; each has its sentence below.</extracomment>
            <translation>Die Verantwortungsmatrix enthält noch keine Aktivitäten.</translation>
        </message>
        <message>
            <source>Nobody is entered in the responsibility matrix yet. Start with the person who answers for it (A).</source>
            <translation>In der Verantwortungsmatrix ist noch niemand eingetragen. Beginnen Sie mit der Person, die dafür geradesteht (A).</translation>
        </message>
        <message>
            <source>%1 has no Accountable (A): exactly one person must answer for it.</source>
            <translation>%1 hat keine rechenschaftspflichtige Person (A): Genau eine Person muss dafür einstehen.</translation>
        </message>
        <message>
            <source>%1 has two Accountables: %2</source>
            <translation>%1 hat zwei Rechenschaftspflichtige (A): %2</translation>
        </message>
        <message>
            <source>%1 has %2 Accountables: %3</source>
            <translation>%1 hat %2 Rechenschaftspflichtige (A): %3</translation>
        </message>
        <message>
            <source>The accountable person for %1 is external: %2. Accountability must stay inside the company.</source>
            <translation>Die rechenschaftspflichtige Person für %1 ist extern: %2. Die Verantwortung muss im Unternehmen bleiben.</translation>
        </message>
        <message>
            <source>The accountable person for %1 is no longer in the people list.</source>
            <translation>Die rechenschaftspflichtige Person für %1 steht nicht mehr in der Personenliste.</translation>
        </message>
        <message>
            <source>Nobody is marked R for %1: who does the work?</source>
            <translation>Für %1 ist niemand mit R eingetragen: Wer erledigt die Arbeit?</translation>
        </message>
        <message>
            <source>%1 holds several letters for %2 (%3): one letter per person and activity.</source>
            <translation>%1 hat bei %2 mehrere Buchstaben (%3): ein Buchstabe pro Person und Aktivität.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is accountable for %n use case(s) – a bottleneck when they are away.</source>
            <translation>
                <numerusform>%1 ist bei %n Anwendungsfall rechenschaftspflichtig – ein Engpass, wenn die Person ausfällt.</numerusform>
                <numerusform>%1 ist bei %n Anwendungsfällen rechenschaftspflichtig – ein Engpass, wenn die Person ausfällt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The responsibility matrix has %n error(s).</source>
            <translation>
                <numerusform>Die Verantwortungsmatrix hat %n Fehler.</numerusform>
                <numerusform>Die Verantwortungsmatrix hat %n Fehler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The responsibility matrix has %n error(s): %1</source>
            <translation>
                <numerusform>Die Verantwortungsmatrix hat %n Fehler: %1</numerusform>
                <numerusform>Die Verantwortungsmatrix hat %n Fehler, als Erstes: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The concrete problem is not described yet.</source>
            <translation>Das konkrete Problem ist noch nicht beschrieben.</translation>
        </message>
        <message>
            <source>The problem statement is not concrete enough: not “raise efficiency”, but e.g. “answer recurring enquiries automatically”.</source>
            <translation>Die Problembeschreibung ist zu wenig konkret: nicht „Effizienz steigern“, sondern z. B. „Wiederkehrende Anfragen automatisiert beantworten“.</translation>
        </message>
        <message>
            <source>No relief is stated, neither for customers nor for employees.</source>
            <translation>Es ist keine Entlastung angegeben, weder für die Kundschaft noch für Mitarbeitende.</translation>
        </message>
        <message>
            <source>The boundary between automation and human is not written down.</source>
            <translation>Die Grenze zwischen Automatisierung und Mensch ist nicht festgehalten.</translation>
        </message>
        <message>
            <source>The responsibility matrix is empty.</source>
            <translation>Die Verantwortungsmatrix ist leer.</translation>
        </message>
        <message>
            <source>%1: %2 is not done yet.</source>
            <translation>%1: %2 ist noch nicht erledigt.</translation>
        </message>
        <message>
            <source>Checklist: %1 is marked not applicable without a reason.</source>
            <translation>Checkliste: %1 ist ohne Begründung als nicht zutreffend markiert.</translation>
        </message>
        <message>
            <source>Data protection and law: %1 is not resolved yet.</source>
            <translation>Datenschutz und Recht: %1 ist noch nicht geklärt.</translation>
        </message>
        <message>
            <source>CX check: %1 is not rated yet.</source>
            <translation>Kundenerlebnis-Check: %1 ist noch nicht bewertet.</translation>
        </message>
        <message>
            <source>No response-time target is set, though customers deal with this use case.</source>
            <translation>Es ist keine Antwortzeit festgelegt, obwohl die Kundschaft mit diesem Anwendungsfall zu tun hat.</translation>
        </message>
        <message>
            <source>Personal data is involved, but which data is not listed.</source>
            <translation>Es werden Personendaten bearbeitet, aber es ist nicht aufgeführt, welche.</translation>
        </message>
        <message>
            <source>The EU AI Act risk class is not assessed yet.</source>
            <translation>Die Risikoklasse nach EU AI Act ist noch nicht beurteilt.</translation>
        </message>
        <message>
            <source>The risk class is %1: this use must not go live.</source>
            <translation>Die Risikoklasse ist %1: Diese Anwendung darf nicht in Betrieb gehen.</translation>
        </message>
        <message>
            <source>Sounds like a goal rather than a problem: %1. Which concrete problem does AI solve? Not “raise efficiency”, but e.g. “answer recurring enquiries automatically”.</source>
            <translation>Klingt eher nach einem Ziel als nach einem Problem: %1. Welches konkrete Problem löst KI? Nicht „Effizienz steigern“, sondern z. B. „Wiederkehrende Anfragen automatisiert beantworten“.</translation>
        </message>
        <message numerus="yes">
            <source>The problem statement has only %n word(s). Describe what happens today and what should change.</source>
            <translation>
                <numerusform>Die Problembeschreibung hat nur %n Wort. Beschreiben Sie, was heute passiert und was sich ändern soll.</numerusform>
                <numerusform>Die Problembeschreibung hat nur %n Wörter. Beschreiben Sie, was heute passiert und was sich ändern soll.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pilot trap: no decision for %n day(s) (since %1, limit %2 days). Go live, extend or stop?</source>
            <translation>
                <numerusform>Pilot-Falle: %n Tag ohne Entscheidung (seit %1, Grenze %2 Tage). Regelbetrieb, verlängern oder einstellen?</numerusform>
                <numerusform>Pilot-Falle: %n Tage ohne Entscheidung (seit %1, Grenze %2 Tage). Regelbetrieb, verlängern oder einstellen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 was due on %2 (%n day(s) ago); owner: %3.</source>
            <translation>
                <numerusform>%1 war am %2 fällig (vor %n Tag); zuständig: %3.</numerusform>
                <numerusform>%1 war am %2 fällig (vor %n Tagen); zuständig: %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 was due on %2 (%n day(s) ago) and has no owner.</source>
            <translation>
                <numerusform>%1 war am %2 fällig (vor %n Tag) und hat keine zuständige Person.</numerusform>
                <numerusform>%1 war am %2 fällig (vor %n Tagen) und hat keine zuständige Person.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The review was due on %1 (%n day(s) ago).</source>
            <translation>
                <numerusform>Die Überprüfung war am %1 fällig (vor %n Tag).</numerusform>
                <numerusform>Die Überprüfung war am %1 fällig (vor %n Tagen).</numerusform>
            </translation>
        </message>
        <message>
            <source>The review is due today.</source>
            <translation>Die Überprüfung ist heute fällig.</translation>
        </message>
        <message numerus="yes">
            <source>The review is due on %1 (in %n day(s)).</source>
            <translation>
                <numerusform>Die Überprüfung ist am %1 fällig (in %n Tag).</numerusform>
                <numerusform>Die Überprüfung ist am %1 fällig (in %n Tagen).</numerusform>
            </translation>
        </message>
        <message>
            <source>This decision belongs to another use case.</source>
            <translation>Diese Entscheidung gehört zu einem anderen Anwendungsfall.</translation>
        </message>
        <message>
            <source>This decision is already in the decision record. Entries are never changed; record a correction instead.</source>
            <translation>Diese Entscheidung steht bereits im Entscheidungsprotokoll. Einträge werden nie geändert; erfassen Sie stattdessen eine Korrektur.</translation>
        </message>
        <message>
            <source>A correction cannot refer to itself.</source>
            <translation>Eine Korrektur kann sich nicht auf sich selbst beziehen.</translation>
        </message>
        <message>
            <source>The corrected entry is not in this use case's decision record.</source>
            <translation>Der korrigierte Eintrag steht nicht im Entscheidungsprotokoll dieses Anwendungsfalls.</translation>
        </message>
        <message>
            <source>Only a pilot can be extended; this use case is %1.</source>
            <translation>Nur ein Pilot kann verlängert werden; dieser Anwendungsfall hat den Status %1.</translation>
        </message>
        <message>
            <source>The next review (%1) lies before the date of the decision.</source>
            <translation>Die nächste Überprüfung (%1) liegt vor dem Datum der Entscheidung.</translation>
        </message>
        <message>
            <source>The readiness check is not complete: going to regular operation needs a reason, which the decision record shows.</source>
            <translation>Die Betriebsreife ist nicht vollständig: Für den Regelbetrieb braucht es eine Begründung, die im Entscheidungsprotokoll erscheint.</translation>
        </message>
        <message>
            <source>Unknown finding: %1</source>
            <translation>Unbekannter Befund: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstUseCaseWizard</name>
        <message>
            <source>Guided start</source>
            <translation>Geführter Einstieg</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Weiter &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Abschließen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Throw away your answers?</source>
            <translation>Ihre Antworten verwerfen?</translation>
        </message>
        <message>
            <source>Nothing has been created yet. Your answers are lost when you close the guided start now.</source>
            <translation>Es wurde noch nichts angelegt. Wenn Sie den geführten Einstieg jetzt schließen, gehen Ihre Antworten verloren.</translation>
        </message>
        <message>
            <source>&amp;Discard answers</source>
            <translation>Antworten &amp;verwerfen</translation>
        </message>
        <message>
            <source>&amp;Keep answering</source>
            <translation>&amp;Weiter beantworten</translation>
        </message>
        <message>
            <source>Create first use case</source>
            <translation>Ersten Anwendungsfall anlegen</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Person hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Getting started</source>
            <extracomment>topic -&gt; (title, paragraphs); the words are the glossary's (PRODUCT.md).</extracomment>
            <translation>Erste Schritte</translation>
        </message>
        <message>
            <source>Leitplanken keeps one company's AI use cases in one file: who answers for what, what is still missing before regular operation, and the decision record for your board.</source>
            <translation>Leitplanken hält die KI-Anwendungsfälle eines Unternehmens in einer Datei zusammen: wer wofür geradesteht, was vor dem Regelbetrieb noch fehlt, und das Entscheidungsprotokoll für Ihr Gremium.</translation>
        </message>
        <message>
            <source>Create your company's workspace to start, open a file you received, or look at the demo company first; the demo never touches your own files.</source>
            <translation>Legen Sie zum Start den Arbeitsbereich Ihres Unternehmens an, öffnen Sie eine erhaltene Datei oder sehen Sie sich zuerst die Demo-Firma an; die Demo verändert Ihre eigenen Dateien nie.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>The dashboard counts the use cases per status and lists what needs attention: pilots in the pilot trap, overdue checklist items, responsibility matrices without exactly one Accountable, reviews that are due and people who are accountable for many use cases.</source>
            <translation>Die Übersicht zählt die Anwendungsfälle je Status und listet, was Aufmerksamkeit braucht: Pilote in der Pilot-Falle, überfällige Punkte der Integrations-Checkliste, Verantwortungsmatrizen ohne genau ein A, fällige Überprüfungen und Personen, die für viele Anwendungsfälle geradestehen.</translation>
        </message>
        <message>
            <source>Double-click an entry to open the use case where the problem is; click a status to see those use cases in the register.</source>
            <translation>Ein Doppelklick auf einen Eintrag öffnet den Anwendungsfall dort, wo das Problem liegt; ein Klick auf einen Status zeigt diese Anwendungsfälle im Verzeichnis.</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Anwendungsfälle</translation>
        </message>
        <message>
            <source>The register lists every use case. Type in the search field to find words in titles, problems and tags; the filters narrow it down by status, owner, risk class, customer contact and readiness. Click a column heading to sort.</source>
            <translation>Das Verzeichnis listet alle Anwendungsfälle. Im Suchfeld finden Sie Wörter in Titeln, Problemen und Schlagwörtern; die Filter grenzen nach Status, verantwortlicher Person, Risikoklasse, Kundenkontakt und Betriebsreife ein. Ein Klick auf eine Spaltenüberschrift sortiert.</translation>
        </message>
        <message>
            <source>Open a use case with a double-click or Enter. File → Import use cases adds them from a spreadsheet or an existing inventory.</source>
            <translation>Öffnen Sie einen Anwendungsfall mit Doppelklick oder Eingabetaste. Datei → Anwendungsfälle importieren übernimmt sie aus einer Tabelle oder einem bestehenden Inventar.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>The company's people, internal and external (advisers, providers). External partners can take on checklist items and roles in the responsibility matrix, but the Accountable for an activity must always be an internal person.</source>
            <translation>Die Personen des Unternehmens, interne und externe (Beratung, Anbieter). Externe Partner können Punkte der Checkliste und Rollen in der Verantwortungsmatrix übernehmen; das A einer Tätigkeit muss aber immer eine interne Person sein.</translation>
        </message>
        <message>
            <source>Systems</source>
            <translation>Systeme</translation>
        </message>
        <message>
            <source>The systems the company already works with (CRM, ERP, e-mail, website, phone, accounting). A tool that does not talk to them stays an experiment: each use case records which systems it touches and how.</source>
            <translation>Die Systeme, mit denen das Unternehmen schon arbeitet (CRM, ERP, E-Mail, Website, Telefon, Buchhaltung). Ein Werkzeug, das nicht mit ihnen spricht, bleibt ein Experiment: Jeder Anwendungsfall hält fest, welche Systeme er berührt und wie.</translation>
        </message>
        <message>
            <source>Use case: overview</source>
            <translation>Anwendungsfall: Überblick</translation>
        </message>
        <message>
            <source>Answer the article's three questions: which concrete problem the use case solves (not “raise efficiency” but “answer recurring enquiries automatically”), where it relieves customers and employees, and who keeps responsibility.</source>
            <translation>Beantworten Sie die drei Fragen des Artikels: welches konkrete Problem der Anwendungsfall löst (nicht „Effizienz steigern“, sondern „wiederkehrende Anfragen automatisiert beantworten“), wo er Kundschaft und Mitarbeitende entlastet und wer die Verantwortung behält.</translation>
        </message>
        <message>
            <source>Write down where automation ends and the human begins. The status changes only through a recorded decision (Decisions tab).</source>
            <translation>Halten Sie die Grenze zwischen Automatisierung und Mensch fest. Der Status ändert sich nur durch einen festgehaltenen Entscheid (Reiter „Entscheide“).</translation>
        </message>
        <message>
            <source>Use case: systems</source>
            <translation>Anwendungsfall: Systeme</translation>
        </message>
        <message>
            <source>Which of the company's systems this use case works with, and how: not connected, manual transfer or automated. A manual transfer needs someone who owns it.</source>
            <translation>Mit welchen Systemen des Unternehmens dieser Anwendungsfall arbeitet, und wie: nicht angebunden, manuelle Übertragung oder automatisiert. Eine manuelle Übertragung braucht jemanden, der dafür zuständig ist.</translation>
        </message>
        <message>
            <source>Responsibility matrix (RACI)</source>
            <translation>Verantwortungsmatrix (RACI)</translation>
        </message>
        <message>
            <source>One row per activity, one column per person. R does the work, A answers for it, C is consulted, I is informed. Each activity needs exactly one A, an internal person, never an external provider; at least one R (A may also be R).</source>
            <translation>Eine Zeile je Tätigkeit, eine Spalte je Person. R führt aus, A steht dafür gerade, C wird beigezogen, I wird informiert. Jede Tätigkeit braucht genau ein A, eine interne Person, nie einen externen Anbieter; dazu mindestens ein R (A darf auch R sein).</translation>
        </message>
        <message>
            <source>Type R, A, C or I into a cell, or Delete to clear it; AI makes no decisions, people do.</source>
            <translation>Tippen Sie R, A, C oder I in eine Zelle, Entf leert sie; KI trifft keine Entscheidungen, Menschen tun es.</translation>
        </message>
        <message>
            <source>Integration checklist</source>
            <translation>Integrations-Checkliste</translation>
        </message>
        <message>
            <source>What must be settled before regular operation, by category. Tick an item (or press Space) when it is done; the context menu sets every state. “Not applicable” needs a reason, which the decision record shows.</source>
            <translation>Was vor dem Regelbetrieb geklärt sein muss, nach Kategorien. Haken Sie einen Punkt ab (oder drücken Sie die Leertaste), wenn er erledigt ist; das Kontextmenü setzt jeden Zustand. „Nicht zutreffend“ braucht eine Begründung, die das Entscheidungsprotokoll zeigt.</translation>
        </message>
        <message>
            <source>Give each item an owner and a due date; add your own items, or switch off a catalogue item this use case does not need. Required items count for readiness.</source>
            <translation>Geben Sie jedem Punkt eine zuständige Person und ein Fälligkeitsdatum; ergänzen Sie eigene Punkte oder schalten Sie einen Katalogpunkt aus, den dieser Anwendungsfall nicht braucht. Pflichtpunkte zählen für die Betriebsreife.</translation>
        </message>
        <message>
            <source>Customer experience (CX) check</source>
            <translation>Kundenerlebnis-Check</translation>
        </message>
        <message>
            <source>Customer experience is the compass: does it feel coherent, is it comprehensible, is responsibility visibly taken? Rate each question and note why.</source>
            <translation>Das Kundenerlebnis ist der Kompass: Wirkt es stimmig, ist es nachvollziehbar, wird sichtbar Verantwortung übernommen? Bewerten Sie jede Frage und notieren Sie, warum.</translation>
        </message>
        <message>
            <source>Set a response-time target for customer-facing use cases and a fallback for when the AI fails.</source>
            <translation>Legen Sie für Anwendungsfälle mit Kundenkontakt ein Ziel für die Antwortzeit fest und eine Rückfallebene für den Fall, dass die KI ausfällt.</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Entscheide</translation>
        </message>
        <message>
            <source>The decision log is kept forever: start evaluation, start pilot, extend pilot, go live, pause, stop, change. A mistake is corrected by a new entry that refers to the old one.</source>
            <translation>Der Entscheidungsverlauf bleibt für immer: Prüfung starten, Pilot starten, Pilot verlängern, in den Regelbetrieb, pausieren, einstellen, ändern. Ein Fehler wird durch einen neuen Eintrag berichtigt, der auf den alten verweist.</translation>
        </message>
        <message>
            <source>The readiness check shows what is still missing for regular operation; going live without it needs a reason, which the decision record prints.</source>
            <translation>Die Prüfung der Betriebsreife zeigt, was für den Regelbetrieb noch fehlt; wer ohne sie in den Regelbetrieb geht, braucht eine Begründung, die das Entscheidungsprotokoll abdruckt.</translation>
        </message>
        <message>
            <source>For the board</source>
            <translation>Für das Gremium</translation>
        </message>
        <message>
            <source>The motion is the one sentence the board decides on and the minute-taker copies. Give the options, your recommendation and why; the decision record prints them on the use case's page.</source>
            <translation>Der Antrag ist der eine Satz, über den das Gremium entscheidet und den die protokollführende Person übernimmt. Nennen Sie die Optionen, Ihre Empfehlung und ihre Begründung; das Entscheidungsprotokoll druckt sie auf der Seite des Anwendungsfalls.</translation>
        </message>
        <message>
            <source>Recording a decision</source>
            <translation>Einen Entscheid festhalten</translation>
        </message>
        <message>
            <source>Record what was decided, when, why, under which conditions and by whom, and when it is reviewed next. The use case's status follows the decision.</source>
            <translation>Halten Sie fest, was wann, warum, unter welchen Auflagen und von wem entschieden wurde, und wann es wieder überprüft wird. Der Status des Anwendungsfalls folgt dem Entscheid.</translation>
        </message>
        <message>
            <source>Guided start</source>
            <translation>Geführter Einstieg</translation>
        </message>
        <message>
            <source>Three short pages for a first use case: the concrete problem and the relief, where automation ends and the human begins, and who checks, who intervenes and who answers for it. Everything can be changed later in the use case.</source>
            <translation>Drei kurze Seiten für einen ersten Anwendungsfall: das konkrete Problem und die Entlastung, die Grenze zwischen Automatisierung und Mensch, und wer prüft, wer eingreift und wer dafür geradesteht. Alles lässt sich später im Anwendungsfall ändern.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>The interface language, the company (name, legal form, formats and currency), the board with its members and their roles (chair, minute-taker), the next meeting, the days after which a pilot counts as a pilot trap, and the paper size of the decision record.</source>
            <translation>Die Sprache der Oberfläche, das Unternehmen (Name, Rechtsform, Formate und Währung), das Gremium mit seinen Mitgliedern und ihren Rollen (Vorsitz, Protokoll), die nächste Sitzung, die Tage, nach denen ein Pilot als Pilot-Falle gilt, und das Papierformat des Entscheidungsprotokolls.</translation>
        </message>
        <message>
            <source>Decision record</source>
            <translation>Entscheidungsprotokoll</translation>
        </message>
        <message>
            <source>The decision record is a board paper: cover, agenda, one page per item for decision with the motion, options and recommendation, items for information, a minutes skeleton and an appendix with the details.</source>
            <translation>Das Entscheidungsprotokoll ist eine Sitzungsunterlage: Deckblatt, Tagesordnung, eine Seite je Geschäft zum Beschluss mit Antrag, Optionen und Empfehlung, Geschäfte zur Kenntnisnahme, ein Protokollgerüst und ein Anhang mit den Einzelheiten.</translation>
        </message>
        <message>
            <source>Choose the use cases and whether each is for decision or for information; the dialog lists what is missing (company, board members, motions) before you export. The record's language may differ from the interface's.</source>
            <translation>Wählen Sie die Anwendungsfälle und ob jeder zum Beschluss oder zur Kenntnisnahme vorliegt; der Dialog listet vor dem Export, was fehlt (Unternehmen, Mitglieder des Gremiums, Anträge). Die Sprache des Protokolls darf von jener der Oberfläche abweichen.</translation>
        </message>
        <message>
            <source>Importing use cases</source>
            <translation>Anwendungsfälle importieren</translation>
        </message>
        <message>
            <source>File → Import use cases adds them from a spreadsheet or an inventory (CSV, TSV or Excel): one row per use case, a header row naming the columns. The wizard shows a preview, lets you match columns and values, and adds nothing before you confirm; Edit → Undo takes the whole import back.</source>
            <translation>Datei → Anwendungsfälle importieren übernimmt sie aus einer Tabelle oder einem Inventar (CSV, TSV oder Excel): eine Zeile je Anwendungsfall, eine Kopfzeile mit den Spaltennamen. Der Assistent zeigt eine Vorschau, lässt Sie Spalten und Werte zuordnen und übernimmt nichts, bevor Sie bestätigen; Bearbeiten → Rückgängig nimmt den ganzen Import zurück.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Every change with its time and author: choose a day, for example the last board meeting, to see what changed since. The author is the person chosen in Settings (“I am …”).</source>
            <translation>Jede Änderung mit Zeit und Urheber: Wählen Sie einen Tag, etwa die letzte Sitzung des Gremiums, um zu sehen, was sich seither geändert hat. Urheber ist die Person, die in den Einstellungen gewählt ist („Ich bin …“).</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>The standard activities of the responsibility matrix and the items of the integration checklist that new use cases start with. The hints cite the rule an item comes from: guidance, not legal advice.</source>
            <translation>Die Standardtätigkeiten der Verantwortungsmatrix und die Punkte der Integrations-Checkliste, mit denen neue Anwendungsfälle beginnen. Die Hinweise nennen die Regel, aus der ein Punkt stammt: Orientierung, keine Rechtsberatung.</translation>
        </message>
        <message>
            <source>Sharing the file</source>
            <translation>Die Datei teilen</translation>
        </message>
        <message>
            <source>Send copy writes a copy for a colleague or an adviser, encrypted if you like; Merge from file takes their changes back and asks where both of you changed the same thing; Check file tells whether a file is intact.</source>
            <translation>„Kopie senden“ schreibt eine Kopie für eine Kollegin, einen Kollegen oder die Beratung, auf Wunsch verschlüsselt; „Aus Datei zusammenführen“ übernimmt deren Änderungen und fragt nach, wo beide dasselbe geändert haben; „Datei prüfen“ sagt, ob eine Datei unversehrt ist.</translation>
        </message>
        <message>
            <source>A file open elsewhere opens read-only; after a crash the unsaved work is offered back at the next start.</source>
            <translation>Eine Datei, die anderswo offen ist, öffnet schreibgeschützt; nach einem Absturz wird die ungesicherte Arbeit beim nächsten Start wieder angeboten.</translation>
        </message>
        <message>
            <source>Other screens</source>
            <extracomment>Class name of a screen (page, editor tab, dialog) -&gt; its help topic.</extracomment>
            <translation>Andere Ansichten</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <source>&amp;Help for this screen</source>
            <translation>&amp;Hilfe zu dieser Ansicht</translation>
        </message>
        <message>
            <source>A short help page for the screen in front (F1)</source>
            <translation>Eine kurze Hilfeseite zur Ansicht im Vordergrund (F1)</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>Changes &amp;since:</source>
            <translation>Änderungen &amp;seit:</translation>
        </message>
        <message>
            <source>Starts at the latest recorded decision, usually the last board meeting.</source>
            <translation>Beginnt bei der letzten erfassten Entscheidung, meist der letzten Sitzung des Gremiums.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n Änderung</numerusform>
                <numerusform>%n Änderungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>(removed)</source>
            <extracomment>How many of the latest entries the dialog reads; older ones are rarely asked for. Up to this many rows are made as tall as their text (more would make filtering slow). The history action whose entry holds an update's old and new values (storage.writes). Formats for times and dates per interface language, when the company's are another's.</extracomment>
            <translation>(entfernt)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation>%1 „%2“</translation>
        </message>
        <message>
            <source>%1 in “%2”</source>
            <translation>%1 in „%2“</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Taken over from a merged copy</source>
            <translation>Aus einer zusammengeführten Kopie übernommen</translation>
        </message>
        <message>
            <source>Other version kept by a merge</source>
            <translation>Andere Fassung beim Zusammenführen aufbewahrt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>import use cases from a spreadsheet (CSV, TSV, XLSX)</source>
            <translation>Anwendungsfälle aus einer Tabelle importieren (CSV, TSV, XLSX)</translation>
        </message>
        <message>
            <source>the workspace file (created, with an empty company, when missing)</source>
            <translation>die Arbeitsdatei (wird mit einer leeren Firma angelegt, wenn sie fehlt)</translation>
        </message>
        <message>
            <source>the spreadsheet: .csv, .tsv, .txt or .xlsx</source>
            <translation>die Tabelle: .csv, .tsv, .txt oder .xlsx</translation>
        </message>
        <message>
            <source>use this saved mapping (columns and values it does not name are suggested)</source>
            <translation>diese gespeicherte Zuordnung verwenden (Spalten und Werte, die sie nicht nennt, werden vorgeschlagen)</translation>
        </message>
        <message>
            <source>save the mapping used, to check or reuse it</source>
            <translation>die verwendete Zuordnung speichern, um sie zu prüfen oder wiederzuverwenden</translation>
        </message>
        <message>
            <source>show what would be imported and write nothing</source>
            <translation>zeigen, was importiert würde, und nichts schreiben</translation>
        </message>
        <message>
            <source>the sheet of an XLSX workbook to import (the first one by default)</source>
            <translation>das Tabellenblatt einer XLSX-Arbeitsmappe, das importiert wird (standardmässig das erste)</translation>
        </message>
        <message>
            <source>ignore</source>
            <translation>ignorieren</translation>
        </message>
        <message>
            <source>not recognised: the use case starts as Idea, the value is kept in the notes</source>
            <translation>nicht erkannt: Der Anwendungsfall beginnt als Idee, der Wert bleibt in den Notizen erhalten</translation>
        </message>
        <message>
            <source>not recognised: the field keeps its default, the value is kept in the notes</source>
            <translation>nicht erkannt: Das Feld behält seine Voreinstellung, der Wert bleibt in den Notizen erhalten</translation>
        </message>
        <message>
            <source>no title</source>
            <translation>kein Titel</translation>
        </message>
        <message>
            <source>a quotation mark is opened and never closed; the line was left out and reading went on with the next one</source>
            <translation>ein Anführungszeichen wird geöffnet und nie geschlossen; die Zeile wurde ausgelassen, das Lesen ging mit der nächsten weiter</translation>
        </message>
        <message>
            <source>more cells than the header has columns (%1)</source>
            <translation>mehr Zellen, als die Überschrift Spalten hat (%1)</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>nicht lesbar (%1)</translation>
        </message>
        <message>
            <source>“%1” is empty.</source>
            <translation>„%1“ ist leer.</translation>
        </message>
        <message>
            <source>“%1” is larger than %2 MB, the most one import takes. Split the table into smaller files.</source>
            <translation>„%1“ ist grösser als %2 MB, das Maximum eines Imports. Teilen Sie die Tabelle in kleinere Dateien auf.</translation>
        </message>
        <message>
            <source>“%1” has more than %2 rows, the most one import takes. Split the table into smaller files.</source>
            <translation>„%1“ hat mehr als %2 Zeilen, das Maximum eines Imports. Teilen Sie die Tabelle in kleinere Dateien auf.</translation>
        </message>
        <message>
            <source>“%1” has more than %2 columns, the most one import takes.</source>
            <translation>„%1“ hat mehr als %2 Spalten, das Maximum eines Imports.</translation>
        </message>
        <message>
            <source>“%1” would unpack to far more data than a spreadsheet holds (%2); it is not imported.</source>
            <translation>„%1“ würde entpackt weit mehr Daten ergeben, als eine Tabelle enthält (%2); die Datei wird nicht importiert.</translation>
        </message>
        <message>
            <source>“%1” is not a workbook this program can read (%2). Save it again as .xlsx or as CSV.</source>
            <translation>„%1“ ist keine Arbeitsmappe, die dieses Programm lesen kann (%2). Speichern Sie sie erneut als .xlsx oder als CSV.</translation>
        </message>
        <message>
            <source>“%1” is an old Excel workbook (.xls). Save it as .xlsx or as CSV and import that.</source>
            <translation>„%1“ ist eine alte Excel-Arbeitsmappe (.xls). Speichern Sie sie als .xlsx oder als CSV und importieren Sie diese Datei.</translation>
        </message>
        <message>
            <source>“%1” is not a table the import understands (%2). Save the spreadsheet as CSV or XLSX.</source>
            <translation>„%1“ ist keine Tabelle, die der Import versteht (%2). Speichern Sie die Tabelle als CSV oder XLSX.</translation>
        </message>
        <message>
            <source>“%1” cannot be read in the chosen encoding (%2).</source>
            <translation>„%1“ lässt sich im gewählten Zeichensatz nicht lesen (%2).</translation>
        </message>
        <message>
            <source>“%1” has no header row.</source>
            <translation>„%1“ hat keine Überschriftenzeile.</translation>
        </message>
        <message>
            <source>“%1” has no sheet of that name. Its sheets: %2</source>
            <translation>„%1“ hat kein Tabellenblatt dieses Namens. Seine Tabellenblätter: %2</translation>
        </message>
        <message>
            <source>“%1” is not a spreadsheet (XLSX): it is neither a workbook nor a table of text, though its name ends in %2.</source>
            <translation>„%1“ ist keine Tabelle (XLSX): Die Datei ist weder eine Arbeitsmappe noch eine Texttabelle, obwohl ihr Name auf %2 endet.</translation>
        </message>
        <message>
            <source>No column of “%1” can be the title of a use case. Columns found: %2</source>
            <translation>Keine Spalte von „%1“ kann der Titel eines Anwendungsfalls sein. Gefundene Spalten: %2</translation>
        </message>
        <message>
            <source>The mapping “%1” cannot be used: %2</source>
            <translation>Die Zuordnung „%1“ ist nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>The mapping could not be saved as “%1”: %2</source>
            <translation>Die Zuordnung konnte nicht als „%1“ gespeichert werden: %2</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>„%1“ konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>separator “%1”, encoding %2</source>
            <translation>Trennzeichen „%1“, Zeichensatz %2</translation>
        </message>
        <message>
            <source>sheet “%1”</source>
            <translation>Blatt „%1“</translation>
        </message>
        <message>
            <source>%1: %2 rows, %3, header in row %4.</source>
            <translation>%1: %2 Zeilen, %3, Überschrift in Zeile %4.</translation>
        </message>
        <message>
            <source>The workbook's sheets: %1 (another one with --sheet NAME).</source>
            <translation>Tabellenblätter der Arbeitsmappe: %1 (ein anderes mit --sheet NAME).</translation>
        </message>
        <message>
            <source>%1 formula cell(s) have no computed value (the file was not last saved by a spreadsheet program) and read as empty. Open and save it in Excel or LibreOffice to import their values.  !</source>
            <translation>%1 Formelzelle(n) haben keinen berechneten Wert (die Datei wurde zuletzt nicht von einem Tabellenprogramm gespeichert) und werden als leer gelesen. Öffnen und speichern Sie sie in Excel oder LibreOffice, um ihre Werte zu importieren.  !</translation>
        </message>
        <message>
            <source>Reading stopped at row %1: the %2 rows before it are empty (only formatted).</source>
            <translation>Das Lesen endete bei Zeile %1: Die %2 Zeilen davor sind leer (nur formatiert).</translation>
        </message>
        <message>
            <source>Mapping: %1</source>
            <translation>Zuordnung: %1</translation>
        </message>
        <message>
            <source>Mapping: suggested from the headers and values (check it; --save-mapping keeps it)</source>
            <translation>Zuordnung: aus Überschriften und Werten vorgeschlagen (prüfen Sie sie; --save-mapping speichert sie)</translation>
        </message>
        <message>
            <source>  The column “%1” of the mapping is not in the table; “%2” takes its place (%3)  !</source>
            <translation>  Die Spalte „%1“ der Zuordnung fehlt in der Tabelle; „%2“ tritt an ihre Stelle (%3)  !</translation>
        </message>
        <message>
            <source>  The column “%1” of the mapping is not in the table.  !</source>
            <translation>  Die Spalte „%1“ der Zuordnung fehlt in der Tabelle.  !</translation>
        </message>
        <message>
            <source>Columns:</source>
            <translation>Spalten:</translation>
        </message>
        <message>
            <source>  kept in the notes as “column: value” (%1): %2</source>
            <translation>  in den Notizen als „Spalte: Wert“ erhalten (%1): %2</translation>
        </message>
        <message>
            <source>Values of “%1” → %2:</source>
            <translation>Werte von „%1“ → %2:</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>? not given: the field keeps its default (%1)</source>
            <translation>? nicht angegeben: Das Feld behält seinen Standardwert (%1)</translation>
        </message>
        <message>
            <source>New people (%1): %2</source>
            <translation>Neue Personen (%1): %2</translation>
        </message>
        <message>
            <source>Not made into people, they look like formulas (kept in the notes): %1  !</source>
            <translation>Nicht als Personen angelegt, weil sie wie Formeln aussehen (in den Notizen behalten): %1  !</translation>
        </message>
        <message>
            <source>“%1”: %2 value(s) could not be read and are kept in the notes.</source>
            <translation>„%1“: %2 Wert(e) konnten nicht gelesen werden und bleiben in den Notizen erhalten.</translation>
        </message>
        <message>
            <source>“%1”: %2 amount(s) in another currency than %3 were not converted; they are kept in the notes and the amount is left empty.</source>
            <translation>„%1“: %2 Betrag/Beträge in einer anderen Währung als %3 wurden nicht umgerechnet; sie stehen in den Notizen, der Betrag bleibt leer.</translation>
        </message>
        <message>
            <source>%1 value(s) were longer than their field holds and were cut.</source>
            <translation>%1 Wert(e) waren länger, als ihr Feld fasst, und wurden gekürzt.</translation>
        </message>
        <message>
            <source>Line %1 left out: %2</source>
            <translation>Zeile %1 ausgelassen: %2</translation>
        </message>
        <message>
            <source>… and %1 more rows left out.</source>
            <translation>… und %1 weitere Zeilen ausgelassen.</translation>
        </message>
        <message>
            <source>This was the sheet “%1”; the workbook also has %2. Choose one with --sheet NAME.</source>
            <translation>Dies war das Tabellenblatt „%1“; die Arbeitsmappe hat auch %2. Wählen Sie eines mit --sheet NAME.</translation>
        </message>
        <message>
            <source>“%1” contains no use case to import; nothing was written.</source>
            <translation>„%1“ enthält keinen Anwendungsfall zum Importieren; nichts wurde geschrieben.</translation>
        </message>
        <message>
            <source>%1 of the rows have the title of a use case already in the file (imported before?); they are added as new use cases: %2  !</source>
            <translation>%1 der Zeilen haben den Titel eines Anwendungsfalls, der schon in der Datei ist (schon einmal importiert?); sie werden als neue Anwendungsfälle hinzugefügt: %2  !</translation>
        </message>
        <message numerus="yes">
            <source>Dry run: %n use case(s) would be imported; nothing was written.</source>
            <translation>
                <numerusform>Probelauf: %n Anwendungsfall würde importiert; nichts wurde geschrieben.</numerusform>
                <numerusform>Probelauf: %n Anwendungsfälle würden importiert; nichts wurde geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 imported into %2.</source>
            <translation>%1 in %2 importiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s)</source>
            <translation>
                <numerusform>%n Anwendungsfall</numerusform>
                <numerusform>%n Anwendungsfälle</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import use cases</source>
            <extracomment>Rows of the summary's list of rows left out (the rest are counted). A mapping loaded by the user, fitted to the table: the columns it names that are missing.</extracomment>
            <translation>Anwendungsfälle importieren</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>This is the sheet “%1”; the workbook also has %2. Another one can be chosen in the first step.</source>
            <translation>Dies ist das Blatt „%1“; die Arbeitsmappe enthält auch %2. Ein anderes Blatt können Sie im ersten Schritt wählen.</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n use case(s) …</source>
            <translation>
                <numerusform>%n Anwendungsfall wird hinzugefügt …</numerusform>
                <numerusform>%n Anwendungsfälle werden hinzugefügt …</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message numerus="yes">
            <source>Writing %n use case(s) …</source>
            <translation>
                <numerusform>%n Anwendungsfall wird gespeichert …</numerusform>
                <numerusform>%n Anwendungsfälle werden gespeichert …</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n use case(s)</source>
            <translation>
                <numerusform>%n Anwendungsfall importieren</numerusform>
                <numerusform>%n Anwendungsfälle importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of data</source>
            <translation>
                <numerusform>%n Datenzeile</numerusform>
                <numerusform>%n Datenzeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be read (listed in the summary)</source>
            <translation>
                <numerusform>%n Zeile kann nicht gelesen werden (in der Zusammenfassung aufgeführt)</numerusform>
                <numerusform>%n Zeilen können nicht gelesen werden (in der Zusammenfassung aufgeführt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The mapping “%1” names %n column(s) this table does not have:</source>
            <translation>
                <numerusform>Die Zuordnung „%1“ nennt %n Spalte, die diese Tabelle nicht hat:</numerusform>
                <numerusform>Die Zuordnung „%1“ nennt %n Spalten, die diese Tabelle nicht hat:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s) will be added.</source>
            <translation>
                <numerusform>%n Anwendungsfall wird hinzugefügt.</numerusform>
                <numerusform>%n Anwendungsfälle werden hinzugefügt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new person(s): %1</source>
            <translation>
                <numerusform>%n neue Person: %1</numerusform>
                <numerusform>%n neue Personen: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kept in the notes as “column: value” (%n column(s)): %1</source>
            <translation>
                <numerusform>In den Notizen als „Spalte: Wert“ erhalten (%n Spalte): %1</numerusform>
                <numerusform>In den Notizen als „Spalte: Wert“ erhalten (%n Spalten): %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n value(s) could not be read and are kept in the notes.</source>
            <translation>
                <numerusform>„%1“: %n Wert konnte nicht gelesen werden und bleibt in den Notizen erhalten.</numerusform>
                <numerusform>„%1“: %n Werte konnten nicht gelesen werden und bleiben in den Notizen erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s) without a readable date in “%1” get today's date.</source>
            <translation>
                <numerusform>%n Anwendungsfall ohne lesbares Datum in „%1“ erhält das heutige Datum.</numerusform>
                <numerusform>%n Anwendungsfälle ohne lesbares Datum in „%1“ erhalten das heutige Datum.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n amount(s) in another currency than %2 are not converted; they are kept in the notes and the amount is left empty.</source>
            <translation>
                <numerusform>„%1“: %n Betrag in einer anderen Währung als %2 wird nicht umgerechnet; er bleibt in den Notizen erhalten, und der Betrag bleibt leer.</numerusform>
                <numerusform>„%1“: %n Beträge in einer anderen Währung als %2 werden nicht umgerechnet; sie bleiben in den Notizen erhalten, und der Betrag bleibt leer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1” is empty in %n row(s): the field keeps its default (%2).</source>
            <translation>
                <numerusform>„%1“ ist in %n Zeile leer: Das Feld behält seine Voreinstellung (%2).</numerusform>
                <numerusform>„%1“ ist in %n Zeilen leer: Das Feld behält seine Voreinstellung (%2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) were not recognised (see the values step); the fields keep their default and the values are kept in the notes.</source>
            <translation>
                <numerusform>%n Wert wurde nicht erkannt (siehe Schritt Werte); das Feld behält seine Voreinstellung, und der Wert bleibt in den Notizen erhalten.</numerusform>
                <numerusform>%n Werte wurden nicht erkannt (siehe Schritt Werte); die Felder behalten ihre Voreinstellung, und die Werte bleiben in den Notizen erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) are longer than their fields hold and will be cut.</source>
            <translation>
                <numerusform>%n Wert ist länger, als sein Feld fasst, und wird gekürzt.</numerusform>
                <numerusform>%n Werte sind länger, als ihre Felder fassen, und werden gekürzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) will be left out:</source>
            <translation>
                <numerusform>%n Zeile wird ausgelassen:</numerusform>
                <numerusform>%n Zeilen werden ausgelassen:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) have the title of a use case already in the workspace (imported before?); they will be added as new use cases: %1</source>
            <translation>
                <numerusform>%n Zeile hat den Titel eines Anwendungsfalls, der schon im Arbeitsbereich ist (schon einmal importiert?); sie wird als neuer Anwendungsfall hinzugefügt: %1</numerusform>
                <numerusform>%n Zeilen haben den Titel eines Anwendungsfalls, der schon im Arbeitsbereich ist (schon einmal importiert?); sie werden als neue Anwendungsfälle hinzugefügt: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n formula cell(s) have no computed value (the file was not last saved by a spreadsheet program) and read as empty. Open and save it in Excel or LibreOffice to import their values.</source>
            <translation>
                <numerusform>%n Formelzelle hat keinen berechneten Wert (die Datei wurde zuletzt nicht von einem Tabellenprogramm gespeichert) und wird als leer gelesen. Öffnen und speichern Sie die Datei in Excel oder LibreOffice, um die Werte zu importieren.</numerusform>
                <numerusform>%n Formelzellen haben keinen berechneten Wert (die Datei wurde zuletzt nicht von einem Tabellenprogramm gespeichert) und werden als leer gelesen. Öffnen und speichern Sie die Datei in Excel oder LibreOffice, um die Werte zu importieren.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Pilot</source>
            <translation>Pilot</translation>
        </message>
        <message>
            <source>Regular operation</source>
            <translation>Regelbetrieb</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Eingestellt</translation>
        </message>
        <message>
            <source>Unclear</source>
            <translation>Unklar</translation>
        </message>
        <message>
            <source>Minimal risk</source>
            <translation>Minimales Risiko</translation>
        </message>
        <message>
            <source>Limited risk (transparency)</source>
            <translation>Begrenztes Risiko (Transparenz)</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Hohes Risiko</translation>
        </message>
        <message>
            <source>Prohibited practice</source>
            <translation>Verbotene Praxis</translation>
        </message>
        <message>
            <source>Not assessed yet. Assess the risk class before a pilot goes live.</source>
            <translation>Noch nicht beurteilt. Beurteilen Sie die Risikoklasse, bevor ein Pilot in Betrieb geht.</translation>
        </message>
        <message>
            <source>E.g. spam filters or text suggestions checked by staff: no specific duties beyond AI literacy (EU AI Act Art. 4).</source>
            <translation>Z. B. Spamfilter oder Textvorschläge, die Mitarbeitende prüfen: keine besonderen Pflichten außer KI-Kompetenz (EU AI Act Art. 4).</translation>
        </message>
        <message>
            <source>Chatbots and generated content: people must be told they deal with AI (EU AI Act Art. 50).</source>
            <translation>Chatbots und erzeugte Inhalte: Menschen müssen erfahren, dass sie es mit KI zu tun haben (EU AI Act Art. 50).</translation>
        </message>
        <message>
            <source>E.g. recruiting, credit scoring, essential services (EU AI Act Annex III): strict duties, get advice.</source>
            <translation>Z. B. Personalauswahl, Kreditwürdigkeitsprüfung, grundlegende Dienste (EU AI Act Anhang III): strenge Pflichten, holen Sie Rat ein.</translation>
        </message>
        <message>
            <source>E.g. social scoring or manipulation (EU AI Act Art. 5): must not be used.</source>
            <translation>Z. B. Social Scoring oder Manipulation (EU AI Act Art. 5): darf nicht eingesetzt werden.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Nicht zutreffend</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Integration</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Verantwortung</translation>
        </message>
        <message>
            <source>Data protection and law</source>
            <translation>Datenschutz und Recht</translation>
        </message>
        <message>
            <source>Customer experience</source>
            <translation>Kundenerlebnis</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht angebunden</translation>
        </message>
        <message>
            <source>Manual transfer</source>
            <translation>Manuelle Übertragung</translation>
        </message>
        <message>
            <source>Automated</source>
            <translation>Automatisiert</translation>
        </message>
        <message>
            <source>Start evaluation</source>
            <translation>Prüfung starten</translation>
        </message>
        <message>
            <source>Start pilot</source>
            <translation>Pilot starten</translation>
        </message>
        <message>
            <source>Extend pilot</source>
            <translation>Pilot verlängern</translation>
        </message>
        <message>
            <source>Go live (regular operation)</source>
            <translation>In den Regelbetrieb überführen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Einstellen</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Does it feel coherent to the customer?</source>
            <translation>Fühlt es sich für die Kundschaft stimmig an?</translation>
        </message>
        <message>
            <source>Is it comprehensible?</source>
            <translation>Ist es nachvollziehbar?</translation>
        </message>
        <message>
            <source>Is responsibility visibly taken?</source>
            <translation>Wird sichtbar Verantwortung übernommen?</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Teilweise</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Vorsitz</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Protokollführung</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>R – Responsible: does the work</source>
            <translation>R – Durchführung: erledigt die Arbeit</translation>
        </message>
        <message>
            <source>A – Accountable: answers for it (exactly one, internal)</source>
            <translation>A – Rechenschaft: steht dafür ein (genau eine Person, intern)</translation>
        </message>
        <message>
            <source>C – Consulted: is asked beforehand</source>
            <translation>C – Konsultiert: wird vorher gefragt</translation>
        </message>
        <message>
            <source>I – Informed: is told afterwards</source>
            <translation>I – Informiert: erfährt es danach</translation>
        </message>
        <message>
            <source>As the rules suggest</source>
            <translation>Wie die Regeln vorschlagen</translation>
        </message>
        <message>
            <source>For decision</source>
            <translation>Zum Beschluss</translation>
        </message>
        <message>
            <source>For information</source>
            <translation>Zur Kenntnisnahme</translation>
        </message>
        <message>
            <source>board</source>
            <extracomment>The label function of each enum a field can hold, for showing any field's value.</extracomment>
            <translation>Gremium</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>File in use</source>
            <translation>Datei in Bearbeitung</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>jemand</translation>
        </message>
        <message>
            <source>“%1” is open by %2 on the computer “%3” since %4.</source>
            <translation>„%1“ ist von %2 auf dem Computer „%3“ geöffnet, seit %4.</translation>
        </message>
        <message>
            <source>“%1” seems to be in use, but its “in use” marker cannot be read: it is damaged, or it is not a file Leitplanken wrote (a link, a folder, a pipe).</source>
            <translation>„%1“ scheint in Bearbeitung zu sein, aber seine „In Bearbeitung“-Markierung ist nicht lesbar: Sie ist beschädigt, oder sie ist keine Datei, die Leitplanken geschrieben hat (eine Verknüpfung, ein Ordner, eine Pipe).</translation>
        </message>
        <message>
            <source>The app that opened it seems to be gone (it crashed, or the marker is very old). If you are sure nobody is working on it, you may break the marker.</source>
            <translation>Das Programm, das sie geöffnet hat, läuft offenbar nicht mehr (abgestürzt, oder die Markierung ist sehr alt). Wenn Sie sicher sind, dass niemand daran arbeitet, können Sie die Markierung aufheben.</translation>
        </message>
        <message>
            <source>To avoid overwriting each other's work, open it read-only or open a copy and merge it back later (File → Merge from file…).</source>
            <translation>Damit niemand die Arbeit des anderen überschreibt: Öffnen Sie die Datei schreibgeschützt, oder öffnen Sie eine Kopie und führen Sie sie später wieder zusammen (Datei → Aus Datei zusammenführen…).</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>&amp;Schreibgeschützt öffnen</translation>
        </message>
        <message>
            <source>Open a &amp;copy</source>
            <translation>Eine &amp;Kopie öffnen</translation>
        </message>
        <message>
            <source>&amp;Break the marker and open</source>
            <translation>Markierung &amp;aufheben und öffnen</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>(read-only)</source>
            <extracomment>Sidebar rows, in order.</extracomment>
            <translation>(schreibgeschützt)</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>%1 — unsaved changes</source>
            <translation>%1 — ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>New use case</source>
            <translation>Neuer Anwendungsfall</translation>
        </message>
        <message>
            <source>Add use case</source>
            <translation>Anwendungsfall hinzufügen</translation>
        </message>
        <message>
            <source>Remove use case</source>
            <translation>Anwendungsfall entfernen</translation>
        </message>
        <message>
            <source>Remove “%1” with its responsibility matrix, checklist and decisions? Edit → Undo brings it back.</source>
            <translation>„%1“ mit Verantwortungsmatrix, Checkliste und Entscheiden entfernen? Bearbeiten → Rückgängig holt ihn zurück.</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>About Leitplanken</source>
            <translation>Über Leitplanken</translation>
        </message>
        <message>
            <source>Leitplanken %1

Guardrails for AI in small and medium-sized enterprises: use cases, responsibility matrix, integration checklist and the board's decision record.

Guidance, not legal advice.</source>
            <translation>Leitplanken %1

Leitplanken für KI in KMU: Anwendungsfälle, Verantwortungsmatrix, Integrations-Checkliste und das Entscheidungsprotokoll für das Gremium.

Orientierungshilfe, keine Rechtsberatung.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Anwendungsfälle</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Systems</source>
            <translation>Systeme</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
    </context>
    <context>
        <name>MergeCommand</name>
        <message>
            <source>merge a colleague's copy into a file</source>
            <translation>die Kopie einer Kollegin oder eines Kollegen in eine Datei zusammenführen</translation>
        </message>
        <message>
            <source>your file (changed in place unless -o is given)</source>
            <translation>Ihre Datei (wird direkt geändert, außer mit -o)</translation>
        </message>
        <message>
            <source>the other copy</source>
            <translation>die andere Kopie</translation>
        </message>
        <message>
            <source>write the result here and leave MINE as it is</source>
            <translation>das Ergebnis hierhin schreiben und MINE unverändert lassen</translation>
        </message>
        <message>
            <source>whose version wins a conflict (default: mine)</source>
            <translation>wessen Fassung bei einem Konflikt gilt (Standard: mine = die eigene)</translation>
        </message>
        <message>
            <source>THEIRS is an encrypted copy: its passphrase is the first line of F</source>
            <translation>THEIRS ist eine verschlüsselte Kopie: ihre Passphrase steht in der ersten Zeile von F</translation>
        </message>
        <message>
            <source>%1 is the copy being merged in; write the result to another file.</source>
            <translation>%1 ist die Kopie, die zusammengeführt wird; schreiben Sie das Ergebnis in eine andere Datei.</translation>
        </message>
        <message>
            <source>Merged %1 into %2.</source>
            <translation>%1 in %2 zusammengeführt.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) added</source>
            <translation>
                <numerusform>%n Datensatz hinzugefügt</numerusform>
                <numerusform>%n Datensätze hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) changed</source>
            <translation>
                <numerusform>%n Datensatz geändert</numerusform>
                <numerusform>%n Datensätze geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) deleted</source>
            <translation>
                <numerusform>%n Datensatz gelöscht</numerusform>
                <numerusform>%n Datensätze gelöscht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) were removed by a deletion in the other copy that had not seen them; each is kept whole in the history.</source>
            <translation>
                <numerusform>%n Änderung wurde durch eine Löschung in der anderen Kopie entfernt, die sie nicht kannte; sie bleibt vollständig in der Änderungsgeschichte erhalten.</numerusform>
                <numerusform>%n Änderungen wurden durch eine Löschung in der anderen Kopie entfernt, die sie nicht kannte; jede bleibt vollständig in der Änderungsgeschichte erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) differ between the copies although decisions are never changed (edited with another tool?): yours stay, theirs were added as separate entries.</source>
            <translation>
                <numerusform>%n Entscheid unterscheidet sich zwischen den Kopien, obwohl Entscheide nie geändert werden (mit einem anderen Werkzeug bearbeitet?): Ihrer bleibt, der andere wurde als eigener Eintrag hinzugefügt.</numerusform>
                <numerusform>%n Entscheide unterscheiden sich zwischen den Kopien, obwohl Entscheide nie geändert werden (mit einem anderen Werkzeug bearbeitet?): Ihre bleiben, die anderen wurden als eigene Einträge hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Keine Konflikte.</translation>
        </message>
        <message>
            <source>kept mine</source>
            <translation>eigene Fassung behalten</translation>
        </message>
        <message>
            <source>took theirs</source>
            <translation>fremde Fassung übernommen</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s), changed on both sides:</source>
            <translation>
                <numerusform>%n Konflikt, auf beiden Seiten geändert:</numerusform>
                <numerusform>%n Konflikte, auf beiden Seiten geändert:</numerusform>
            </translation>
        </message>
        <message>
            <source>The other version of each conflict is kept whole in the history.</source>
            <translation>Die andere Fassung jedes Konflikts bleibt vollständig in der Änderungsgeschichte erhalten.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge from file</source>
            <translation>Aus Datei zusammenführen</translation>
        </message>
        <message>
            <source>Merging “%1”: %2 added, %3 changed and %4 deleted automatically (changed on one side only).</source>
            <translation>Zusammenführen von „%1“: %2 hinzugefügt, %3 geändert und %4 gelöscht, automatisch (nur auf einer Seite geändert).</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were changed on both sides. Choose which version to keep; the other one stays in the history.</source>
            <translation>
                <numerusform>%n Datensatz wurde auf beiden Seiten geändert. Wählen Sie, welche Fassung gilt; die andere bleibt im Verlauf erhalten.</numerusform>
                <numerusform>%n Datensätze wurden auf beiden Seiten geändert. Wählen Sie, welche Fassung gilt; die andere bleibt im Verlauf erhalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed on both sides: no decision needed.</source>
            <translation>Nichts wurde auf beiden Seiten geändert: keine Entscheidung nötig.</translation>
        </message>
        <message>
            <source>Record / field</source>
            <translation>Datensatz / Feld</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Meine</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Fremde</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Keep all m&amp;ine</source>
            <translation>Alle &amp;meine behalten</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Alle &amp;fremden übernehmen</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Zusammenführen</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) are removed by a deletion in the other copy that had not seen them; each is kept whole in the history.</source>
            <translation>
                <numerusform>%n Änderung wird durch eine Löschung in der anderen Kopie entfernt, die sie nicht kannte; sie bleibt vollständig in der Änderungsgeschichte erhalten.</numerusform>
                <numerusform>%n Änderungen werden durch eine Löschung in der anderen Kopie entfernt, die sie nicht kannte; jede bleibt vollständig in der Änderungsgeschichte erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) differ between the copies although decisions are never changed (edited with another tool?): yours stay, theirs are added as separate entries.</source>
            <translation>
                <numerusform>%n Entscheid unterscheidet sich zwischen den Kopien, obwohl Entscheide nie geändert werden (mit einem anderen Werkzeug bearbeitet?): Ihrer bleibt, der andere wird als eigener Eintrag hinzugefügt.</numerusform>
                <numerusform>%n Entscheide unterscheiden sich zwischen den Kopien, obwohl Entscheide nie geändert werden (mit einem anderen Werkzeug bearbeitet?): Ihre bleiben, die anderen werden als eigene Einträge hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Anwendungsfall</translation>
        </message>
        <message>
            <source>RACI letter</source>
            <translation>RACI-Buchstabe</translation>
        </message>
        <message>
            <source>RACI activity</source>
            <translation>RACI-Tätigkeit</translation>
        </message>
        <message>
            <source>RACI member</source>
            <translation>RACI-Mitglied</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Punkt der Integrations-Checkliste</translation>
        </message>
        <message>
            <source>CX check answer</source>
            <translation>Antwort im Kundenerlebnis-Check</translation>
        </message>
        <message>
            <source>System link</source>
            <translation>Systemanbindung</translation>
        </message>
        <message>
            <source>Board member</source>
            <translation>Mitglied des Gremiums</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>%1 added on both sides: %2</source>
            <translation>%1 auf beiden Seiten hinzugefügt: %2</translation>
        </message>
        <message>
            <source>Reading “%1” and comparing it with your workspace …</source>
            <translation>„%1“ wird gelesen und mit Ihrem Arbeitsbereich verglichen …</translation>
        </message>
        <message>
            <source>Merging “%1” into your workspace …</source>
            <translation>„%1“ wird in Ihren Arbeitsbereich zusammengeführt …</translation>
        </message>
        <message>
            <source>The merge of “%1” was cancelled. Nothing was merged: your workspace is exactly as it was before.</source>
            <translation>Das Zusammenführen von „%1“ wurde abgebrochen. Es wurde nichts zusammengeführt: Ihr Arbeitsbereich ist genau so wie vorher.</translation>
        </message>
        <message>
            <source>“%1” was changed again while you were merging. Nothing has been merged yet: the merge starts over with the newest version, so neither change is lost. Please check your choices again.</source>
            <translation>„%1“ wurde während des Zusammenführens erneut geändert. Noch wurde nichts übernommen: Das Zusammenführen beginnt von vorn mit der neuesten Fassung, so geht keine der Änderungen verloren. Bitte prüfen Sie Ihre Auswahl noch einmal.</translation>
        </message>
        <message>
            <source>Leitplanken workspaces (*%1);;All files (*)</source>
            <translation>Leitplanken-Arbeitsbereiche (*%1);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>Motions</name>
        <message>
            <source>Start an evaluation</source>
            <translation>Eine Prüfung starten</translation>
        </message>
        <message>
            <source>Start a pilot</source>
            <translation>Einen Pilot starten</translation>
        </message>
        <message>
            <source>Continue the evaluation</source>
            <translation>Die Prüfung fortsetzen</translation>
        </message>
        <message>
            <source>Go live: take it into regular operation</source>
            <translation>In den Regelbetrieb überführen</translation>
        </message>
        <message>
            <source>Extend the pilot with conditions and a new review date</source>
            <translation>Den Pilot mit Auflagen und neuem Überprüfungstermin verlängern</translation>
        </message>
        <message>
            <source>Continue as it is</source>
            <translation>Unverändert weiterführen</translation>
        </message>
        <message>
            <source>Change it (scope, tool or responsibility)</source>
            <translation>Anpassen (Umfang, Werkzeug oder Verantwortung)</translation>
        </message>
        <message>
            <source>Resume it as a pilot</source>
            <translation>Als Pilot wieder aufnehmen</translation>
        </message>
        <message>
            <source>Keep it paused until the next review</source>
            <translation>Bis zur nächsten Überprüfung pausiert lassen</translation>
        </message>
        <message>
            <source>Stop it</source>
            <translation>Einstellen</translation>
        </message>
        <message>
            <source>Look at it again (new evaluation)</source>
            <translation>Neu prüfen (neue Prüfung)</translation>
        </message>
    </context>
    <context>
        <name>NaReasonDialog</name>
        <message>
            <source>Not applicable</source>
            <translation>Nicht zutreffend</translation>
        </message>
        <message>
            <source>Why does this item not apply to this use case?</source>
            <translation>Warum trifft dieser Punkt auf diesen Anwendungsfall nicht zu?</translation>
        </message>
        <message>
            <source>e.g. No personal data is processed: the tool only sees product numbers.</source>
            <translation>z. B. Es werden keine Personendaten bearbeitet: Das Werkzeug sieht nur Artikelnummern.</translation>
        </message>
        <message>
            <source>A reason is required: an item is only “not applicable” with a reason.</source>
            <translation>Eine Begründung ist nötig: Ein Punkt ist nur mit Begründung „nicht zutreffend“.</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <source>e.g. Head of customer service</source>
            <translation>z. B. Leitung Kundendienst</translation>
        </message>
        <message>
            <source>External (adviser, provider)</source>
            <translation>Extern (Beratung, Anbieter)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Function:</source>
            <translation>&amp;Funktion:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>External people can be consulted or do the work, but the A stays internal.</source>
            <translation>Externe können befragt werden oder die Arbeit erledigen, das A bleibt aber intern.</translation>
        </message>
        <message>
            <source>Please enter a name.</source>
            <translation>Bitte geben Sie einen Namen ein.</translation>
        </message>
    </context>
    <context>
        <name>NewSystemDialog</name>
        <message>
            <source>New system</source>
            <translation>Neues System</translation>
        </message>
        <message>
            <source>e.g. CRM, ERP, e-mail, website, phone, accounting</source>
            <translation>z. B. CRM, ERP, E-Mail, Website, Telefon, Buchhaltung</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>Please enter the system's name.</source>
            <translation>Bitte geben Sie den Namen des Systems ein.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>%1 names a goal, not a problem. What concretely happens today, and what should change? Not “raise efficiency”, but “answer recurring enquiries automatically”.</source>
            <translation>%1 nennt ein Ziel, kein Problem. Was passiert heute konkret, und was soll anders werden? Nicht „Effizienz steigern“, sondern „Wiederkehrende Anfragen automatisiert beantworten“.</translation>
        </message>
        <message>
            <source>Tip: %1 is a general goal. The concrete part of your description is what counts.</source>
            <translation>Tipp: %1 ist ein allgemeines Ziel. Entscheidend ist der konkrete Teil Ihrer Beschreibung.</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <extracomment>The user wants the responsibility matrix (the third question is answered there).</extracomment>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <source>Where does AI bring relief for customers?</source>
            <translation>Wo entlastet KI spürbar die Kundschaft?</translation>
        </message>
        <message>
            <source>… and for employees?</source>
            <translation>… und die Mitarbeitenden?</translation>
        </message>
        <message>
            <source>Who checks, who steps in and who answers for it is set in the responsibility matrix (RACI).</source>
            <translation>Wer prüft, wer greift ein und wer trägt die Verantwortung, legen Sie in der Verantwortungsmatrix (RACI) fest.</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>z. B. %1</translation>
        </message>
        <message>
            <source>e.g. Customers get a clear answer within two hours instead of waiting days.</source>
            <translation>z. B. Die Kundschaft erhält innerhalb von zwei Stunden eine klare Antwort, statt tagelang zu warten.</translation>
        </message>
        <message>
            <source>e.g. The team no longer sorts enquiries by hand and gains time for personal advice.</source>
            <translation>z. B. Das Team sortiert Anfragen nicht mehr von Hand und gewinnt Zeit für die persönliche Beratung.</translation>
        </message>
        <message>
            <source>Open RACI</source>
            <translation>RACI öffnen</translation>
        </message>
        <message>
            <source>Shows the responsibility matrix of this use case</source>
            <translation>Zeigt die Verantwortungsmatrix dieses Anwendungsfalls</translation>
        </message>
        <message>
            <source>A short name, e.g. “Answer complaints within two hours”</source>
            <translation>Ein kurzer Name, z. B. „Reklamationen innerhalb von zwei Stunden beantworten“</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted copy</source>
            <translation>Verschlüsselte Kopie</translation>
        </message>
        <message>
            <source>“%1” is encrypted. Enter its passphrase to open it.</source>
            <translation>„%1“ ist verschlüsselt. Geben Sie die Passphrase ein, um die Datei zu öffnen.</translation>
        </message>
        <message>
            <source>Decrypting “%1” …</source>
            <translation>„%1“ wird entschlüsselt …</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Decision record – preview</source>
            <translation>Entscheidungsprotokoll – Vorschau</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Vorherige Seite</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Nächste Seite</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken …</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>Who is responsible?</source>
            <translation>Wer ist zuständig?</translation>
        </message>
        <message>
            <source>Names in the owner column are matched with the people you have (capitals and accents do not matter). Untick a new person to leave those use cases without an owner; the name is then kept in the notes.</source>
            <translation>Namen in der Spalte für die zuständige Person werden mit Ihren Personen abgeglichen (Gross-/Kleinschreibung und Akzente spielen keine Rolle). Entfernen Sie das Häkchen bei einer neuen Person, bleiben deren Anwendungsfälle ohne zuständige Person; der Name bleibt dann in den Notizen erhalten.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>No column is mapped to the owner: the use cases are imported without an owner.</source>
            <translation>Keine Spalte ist der zuständigen Person zugeordnet: Die Anwendungsfälle werden ohne zuständige Person importiert.</translation>
        </message>
        <message>
            <source>create as new person</source>
            <translation>als neue Person anlegen</translation>
        </message>
        <message>
            <source>exists: %1</source>
            <translation>vorhanden: %1</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>Only internal people can be accountable (A)</source>
            <translation>Nur interne Personen können rechenschaftspflichtig (A) sein</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>For external people: their company</source>
            <translation>Für Externe: ihr Unternehmen</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Person bearbeiten</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <source>%1: %2 (removed)</source>
            <translation>%1: %2 (wird entfernt)</translation>
        </message>
        <message>
            <source>%1 of %2: %3 (cleared)</source>
            <translation>%1 bei %2: %3 (wird geleert)</translation>
        </message>
        <message>
            <source>Clear %1</source>
            <translation>%1 leeren</translation>
        </message>
        <message>
            <source>%1 is still named in the workspace: %2. Remove the person and all of these?</source>
            <translation>%1 ist im Arbeitsbereich noch eingetragen: %2. Person und all dies entfernen?</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>Person entfernen</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
        <message>
            <source>Remove RACI letters</source>
            <translation>RACI-Buchstaben entfernen</translation>
        </message>
        <message>
            <source>The people who take part in your use cases. External advisers and providers can do the work (R) or be consulted (C), but accountability (A) stays with an internal person.</source>
            <translation>Die Personen, die an Ihren Anwendungsfällen mitwirken. Externe Beraterinnen und Anbieter können die Arbeit machen (R) oder beigezogen werden (C), die Rechenschaft (A) bleibt aber bei einer internen Person.</translation>
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation>Person hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Adds a person to the company list</source>
            <translation>Fügt der Liste des Unternehmens eine Person hinzu</translation>
        </message>
        <message>
            <source>&amp;Remove person</source>
            <translation>Person &amp;entfernen</translation>
        </message>
        <message>
            <source>Removes the selected person (Delete)</source>
            <translation>Entfernt die ausgewählte Person (Entf)</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>Unexpected problem</source>
            <extracomment>True while an unexpected-problem box is open: a cascade of the same bug logs, not piles up.</extracomment>
            <translation>Unerwartetes Problem</translation>
        </message>
        <message>
            <source>Leitplanken ran into an unexpected problem. This is an error in the program, not in your file.</source>
            <translation>Leitplanken ist auf ein unerwartetes Problem gestossen. Das ist ein Fehler im Programm, nicht in Ihrer Datei.</translation>
        </message>
        <message>
            <source>Your work is kept in the working copy: you can go on and save as usual. The details were written to %1; please send that file along when you report the problem.</source>
            <translation>Ihre Arbeit ist in der Arbeitskopie erhalten: Sie können weiterarbeiten und wie gewohnt speichern. Die Einzelheiten stehen in %1; bitte schicken Sie diese Datei mit, wenn Sie das Problem melden.</translation>
        </message>
        <message>
            <source>Translation missing</source>
            <translation>Übersetzung fehlt</translation>
        </message>
        <message>
            <source>The translation for %1 is not installed (%2), so the window speaks English. Reinstall Leitplanken to get it back.</source>
            <translation>Die Übersetzung für %1 ist nicht installiert (%2), darum ist das Fenster englisch. Installieren Sie Leitplanken neu, um sie zurückzuerhalten.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message numerus="yes">
            <source>… and %n more, each fixed the same way.</source>
            <extracomment>Rows shown at most; the rest is counted ("… and 12 more"), each fixed in its turn. Pixels the list of problems may take before it scrolls (the options below must fit). The user wants to fix this problem (a RecordProblem).</extracomment>
            <translation>
                <numerusform>… und %n weitere, jeweils auf dieselbe Weise zu beheben.</numerusform>
                <numerusform>… und %n weitere, jeweils auf dieselbe Weise zu beheben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Before you export: %n thing(s) the board paper lacks</source>
            <translation>
                <numerusform>Vor dem Export: Dem Protokoll fehlt %n Angabe</numerusform>
                <numerusform>Vor dem Export: Dem Protokoll fehlen %n Angaben</numerusform>
            </translation>
        </message>
        <message>
            <source>You can export anyway. A missing motion is marked as missing in the record, never made up.</source>
            <translation>Sie können trotzdem exportieren. Ein fehlender Antrag wird im Protokoll als fehlend markiert, nie erfunden.</translation>
        </message>
        <message>
            <source>Open company settings</source>
            <translation>Unternehmens-Einstellungen öffnen</translation>
        </message>
        <message>
            <source>Set the return date</source>
            <translation>Rückgabedatum setzen</translation>
        </message>
        <message>
            <source>Write the motion</source>
            <translation>Antrag schreiben</translation>
        </message>
        <message>
            <source>Open “For the board”</source>
            <translation>„Für das Gremium“ öffnen</translation>
        </message>
    </context>
    <context>
        <name>RaciModel</name>
        <message numerus="yes">
            <source>accountable (A) on %n use case(s)</source>
            <extracomment>Background of a cell holding the A, so the one accountable person stands out.</extracomment>
            <translation>
                <numerusform>rechenschaftspflichtig (A) bei %n Anwendungsfall</numerusform>
                <numerusform>rechenschaftspflichtig (A) bei %n Anwendungsfällen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>responsible (R) on %n use case(s)</source>
            <translation>
                <numerusform>verantwortlich (R) bei %n Anwendungsfall</numerusform>
                <numerusform>verantwortlich (R) bei %n Anwendungsfällen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 – %2: no letter (type R, A, C or I)</source>
            <translation>%1 – %2: kein Buchstabe (R, A, C oder I tippen)</translation>
        </message>
        <message>
            <source>No letter</source>
            <translation>Kein Buchstabe</translation>
        </message>
        <message>
            <source>Your own activity: double-click to rename.</source>
            <translation>Eigene Tätigkeit: Doppelklick zum Umbenennen.</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>%1 (ext.)</source>
            <translation>%1 (ext.)</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Intern</translation>
        </message>
        <message>
            <source>organisation not named</source>
            <translation>Organisation nicht angegeben</translation>
        </message>
        <message>
            <source>External (%1): may not be accountable (A)</source>
            <translation>Extern (%1): darf nicht rechenschaftspflichtig (A) sein</translation>
        </message>
        <message>
            <source>Accountable on many use cases: a possible bottleneck.</source>
            <translation>Rechenschaftspflichtig bei vielen Anwendungsfällen: ein möglicher Engpass.</translation>
        </message>
        <message>
            <source>Clear RACI letter</source>
            <translation>RACI-Buchstaben löschen</translation>
        </message>
        <message>
            <source>Set RACI letter</source>
            <translation>RACI-Buchstaben setzen</translation>
        </message>
        <message>
            <source>Rename activity</source>
            <translation>Tätigkeit umbenennen</translation>
        </message>
    </context>
    <context>
        <name>RaciTab</name>
        <message>
            <source>Add person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <source>Add someone from the company's people, or create a new person</source>
            <translation>Jemanden aus den Personen des Unternehmens hinzufügen oder eine neue Person erfassen</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>Person entfernen</translation>
        </message>
        <message>
            <source>Removes the selected person's column</source>
            <translation>Entfernt die Spalte der gewählten Person</translation>
        </message>
        <message>
            <source>Your own activity…</source>
            <translation>Eigene Tätigkeit …</translation>
        </message>
        <message>
            <source>Add activity</source>
            <translation>Tätigkeit hinzufügen</translation>
        </message>
        <message>
            <source>Remove activity</source>
            <translation>Tätigkeit entfernen</translation>
        </message>
        <message>
            <source>Only your own activities can be removed</source>
            <translation>Nur eigene Tätigkeiten lassen sich entfernen</translation>
        </message>
        <message>
            <source>What the rules say</source>
            <translation>Was die Regeln sagen</translation>
        </message>
        <message>
            <source>Click a cell or type R, A, C or I; Delete clears it.</source>
            <translation>Zelle anklicken oder R, A, C oder I tippen; Entf löscht sie.</translation>
        </message>
        <message>
            <source>Every activity has exactly one internal A and at least one R.</source>
            <translation>Jede Tätigkeit hat genau ein internes A und mindestens ein R.</translation>
        </message>
        <message>
            <source>Select a person's cell to see their load across use cases.</source>
            <translation>Wählen Sie eine Zelle einer Person, um ihre Belastung über alle Anwendungsfälle zu sehen.</translation>
        </message>
        <message>
            <source>%1 (ext.)</source>
            <translation>%1 (ext.)</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>Neue Person …</translation>
        </message>
        <message>
            <source>Add person to RACI</source>
            <translation>Person zur Verantwortungsmatrix hinzufügen</translation>
        </message>
        <message>
            <source>Remove person from RACI</source>
            <translation>Person aus der Verantwortungsmatrix entfernen</translation>
        </message>
    </context>
    <context>
        <name>RaciView</name>
        <message>
            <source>C&amp;lear (Delete)</source>
            <translation>&amp;Löschen (Entf)</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>This file is open read-only (the file or the medium is write-protected, someone else has it open, or you chose so). You can look at everything; to keep changes, save a copy with “Save as…”.</source>
            <translation>Diese Datei ist schreibgeschützt geöffnet (die Datei oder der Datenträger ist schreibgeschützt, jemand anderes hat sie geöffnet, oder Sie haben es so gewählt). Sie können alles ansehen; um Änderungen zu behalten, speichern Sie eine Kopie mit „Speichern unter…“.</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
    </context>
    <context>
        <name>ReadinessPanel</name>
        <message>
            <source>Readiness for regular operation</source>
            <extracomment>Role holding the navigation target (tab, params) of a gap. (tab, params): the user wants to fix a gap; the editor shows the tab and focuses the place.</extracomment>
            <translation>Betriebsreife für den Regelbetrieb</translation>
        </message>
        <message>
            <source>Click an entry to go where it is fixed</source>
            <translation>Klicken Sie auf einen Eintrag, um dorthin zu gelangen, wo er behoben wird</translation>
        </message>
        <message>
            <source>Nothing is missing: the use case is ready for regular operation.</source>
            <translation>Es fehlt nichts: Der Anwendungsfall ist bereit für den Regelbetrieb.</translation>
        </message>
        <message>
            <source>%1 of %2 criteria met. Still missing:</source>
            <translation>%1 von %2 Kriterien erfüllt. Es fehlt noch:</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <source>Open &amp;recent</source>
            <extracomment>How many files the menu remembers.</extracomment>
            <translation>Zuletz&amp;t geöffnet</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Keine zuletzt geöffneten Dateien</translation>
        </message>
    </context>
    <context>
        <name>RecordProblems</name>
        <message>
            <source>The company has no name: the cover would show none.</source>
            <translation>Das Unternehmen hat keinen Namen: Das Deckblatt würde keinen zeigen.</translation>
        </message>
        <message>
            <source>The board has no members: the minutes and signature lines would carry no names.</source>
            <translation>Das Gremium hat keine Mitglieder: Protokoll und Unterschriftszeilen blieben ohne Namen.</translation>
        </message>
        <message>
            <source>The board has no chair to sign the minutes.</source>
            <translation>Das Gremium hat keinen Vorsitz, der das Protokoll unterschreibt.</translation>
        </message>
        <message>
            <source>The board has no minute-taker to sign the minutes.</source>
            <translation>Das Gremium hat keine Protokollführung, die das Protokoll unterschreibt.</translation>
        </message>
        <message>
            <source>“%1” is for decision but has no motion: write what exactly the board is to resolve, or put it on the agenda for information.</source>
            <translation>„%1“ steht zum Beschluss auf der Tagesordnung, hat aber keinen Antrag: Halten Sie fest, was genau beschlossen werden soll, oder setzen Sie den Punkt zur Kenntnisnahme auf die Tagesordnung.</translation>
        </message>
        <message>
            <source>The recommendation for “%1” is not one of its options.</source>
            <translation>Die Empfehlung zu „%1“ ist keine seiner Optionen.</translation>
        </message>
        <message>
            <source>The circular resolution has no return date.</source>
            <translation>Für den Zirkularbeschluss ist kein Rücksendedatum gesetzt.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover unsaved work</source>
            <translation>Ungespeicherte Arbeit wiederherstellen</translation>
        </message>
        <message>
            <source>Leitplanken was closed unexpectedly last time (a crash, a power cut or a killed process). The following work was not saved yet. Recover it to continue where you left off; saving then writes it to its file.</source>
            <translation>Leitplanken wurde beim letzten Mal unerwartet beendet (Absturz, Stromausfall oder ein abgebrochener Prozess). Die folgende Arbeit war noch nicht gespeichert. Stellen Sie sie wieder her, um dort weiterzumachen, wo Sie aufgehört haben; Speichern schreibt sie dann in ihre Datei.</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Verwerfen…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Untitled workspace</source>
            <translation>Unbenannter Arbeitsbereich</translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved change(s)</source>
            <translation>
                <numerusform>%n ungespeicherte Änderung</numerusform>
                <numerusform>%n ungespeicherte Änderungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — last change %2, %3</source>
            <translation>%1 — letzte Änderung %2, %3</translation>
        </message>
        <message>
            <source>Discard unsaved work</source>
            <translation>Ungespeicherte Arbeit verwerfen</translation>
        </message>
        <message>
            <source>Discard this unsaved work for good? It cannot be brought back.</source>
            <translation>Diese ungespeicherte Arbeit endgültig verwerfen? Sie lässt sich nicht zurückholen.</translation>
        </message>
    </context>
    <context>
        <name>RegisterList</name>
        <message>
            <source>No.</source>
            <extracomment>The catalogue activity whose Accountable answers for the use case as a whole. Columns: key and share of the width left after the fixed ones (title takes the rest).</extracomment>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Anwendungsfall</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>Rechenschaft (A)</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Betriebsreife</translation>
        </message>
        <message>
            <source>Risk class</source>
            <translation>Risikoklasse</translation>
        </message>
        <message>
            <source>Pilot age</source>
            <translation>Pilot seit</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>vollständig</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, pilot trap</source>
            <translation>%1, Pilot-Falle</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (überfällig)</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Tag: %1</source>
            <translation>Schlagwort: %1</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>Zuständig: %1</translation>
        </message>
        <message>
            <source>only pilots in the pilot trap</source>
            <translation>nur Pilote in der Pilot-Falle</translation>
        </message>
        <message>
            <source>Filtered by %1</source>
            <translation>Gefiltert nach %1</translation>
        </message>
        <message>
            <source>Register of use cases</source>
            <translation>Register der Anwendungsfälle</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 für %2</translation>
        </message>
        <message>
            <source>Fingerprint %1</source>
            <translation>Fingerabdruck %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>Stand %1</translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s)</source>
            <translation>
                <numerusform>%n Anwendungsfall</numerusform>
                <numerusform>%n Anwendungsfälle</numerusform>
            </translation>
        </message>
        <message>
            <source>Made from %1</source>
            <translation>Erstellt aus %1</translation>
        </message>
        <message>
            <source>%1, last change %2</source>
            <translation>%1, letzte Änderung %2</translation>
        </message>
        <message>
            <source>Fingerprint %1: identifies the data this list was made from.</source>
            <translation>Fingerabdruck %1: kennzeichnet die Daten, aus denen diese Liste erstellt wurde.</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>(untitled)</source>
            <extracomment>Role carrying a plain value to sort by (strings folded, numbers as numbers). Role carrying the use case's UUID (any column). The roles the register answers (plain integers, compared fast). Sort ranks of statuses and risk classes: their declared order. The filters the register offers; a value of None means "any". Letters that Unicode does not decompose but readers file under a base letter. Every use case in the current sort order; `_rows` are those the filters let through. False once a change may have moved a row since the last sort. Every use case by title, the order a sort starts from (None: to be made again).</extracomment>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n offen</numerusform>
                <numerusform>%n offen</numerusform>
            </translation>
        </message>
        <message>
            <source>Pilot trap</source>
            <translation>Pilot-Falle</translation>
        </message>
        <message>
            <source>This pilot has waited longer than %1 days for a decision.</source>
            <translation>Dieser Pilot wartet seit mehr als %1 Tagen auf einen Entscheid.</translation>
        </message>
        <message>
            <source>%1 of %2 readiness criteria met</source>
            <translation>%1 von %2 Kriterien der Betriebsreife erfüllt</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Betriebsreife</translation>
        </message>
        <message>
            <source>Risk class</source>
            <translation>Risikoklasse</translation>
        </message>
        <message>
            <source>Customer-facing</source>
            <translation>Kundenkontakt</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>The use case's name</source>
            <translation>Der Name des Anwendungsfalls</translation>
        </message>
        <message>
            <source>Changed only through a recorded decision</source>
            <translation>Ändert sich nur durch einen festgehaltenen Entscheid</translation>
        </message>
        <message>
            <source>Who owns the use case</source>
            <translation>Wer für den Anwendungsfall zuständig ist</translation>
        </message>
        <message>
            <source>Readiness for regular operation: criteria met of all criteria</source>
            <translation>Betriebsreife für den Regelbetrieb: erfüllte von allen Kriterien</translation>
        </message>
        <message>
            <source>EU AI Act risk class as assessed</source>
            <translation>Risikoklasse nach EU AI Act, wie eingeschätzt</translation>
        </message>
        <message>
            <source>Whether customers deal with it directly</source>
            <translation>Ob die Kundschaft direkt damit zu tun hat</translation>
        </message>
        <message>
            <source>When the use case is looked at again</source>
            <translation>Wann der Anwendungsfall wieder angeschaut wird</translation>
        </message>
        <message>
            <source>A pilot without a decision for too long</source>
            <translation>Ein Pilot, der zu lange ohne Entscheid ist</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Customer-facing</source>
            <extracomment>A use case was chosen for editing (UUID). The user asked for a new use case.</extracomment>
            <translation>Mit Kundenkontakt</translation>
        </message>
        <message>
            <source>Internal only</source>
            <translation>Nur intern</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Betriebsreif</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Nicht betriebsreif</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s)</source>
            <translation>
                <numerusform>%n Anwendungsfall</numerusform>
                <numerusform>%n Anwendungsfälle</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 use cases shown</source>
            <translation>%1 von %2 Anwendungsfällen angezeigt</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>Title, problem, relief, boundary, tool, tags …</source>
            <translation>Titel, Problem, Entlastung, Grenze, Werkzeug, Schlagwörter …</translation>
        </message>
        <message>
            <source>Shows use cases whose texts contain all the words typed here</source>
            <translation>Zeigt Anwendungsfälle, deren Texte alle hier eingegebenen Wörter enthalten</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>O&amp;wner:</source>
            <translation>&amp;Zuständig:</translation>
        </message>
        <message>
            <source>&amp;Risk class:</source>
            <translation>&amp;Risikoklasse:</translation>
        </message>
        <message>
            <source>&amp;Customers:</source>
            <translation>&amp;Kundenkontakt:</translation>
        </message>
        <message>
            <source>Rea&amp;diness:</source>
            <translation>Betriebsr&amp;eife:</translation>
        </message>
        <message>
            <source>&amp;New use case</source>
            <translation>Neuer An&amp;wendungsfall</translation>
        </message>
        <message>
            <source>Adds a use case and opens it (Ctrl+Shift+N)</source>
            <translation>Fügt einen Anwendungsfall hinzu und öffnet ihn (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Opens the selected use case (Enter or double-click)</source>
            <translation>Öffnet den ausgewählten Anwendungsfall (Eingabetaste oder Doppelklick)</translation>
        </message>
        <message>
            <source>Show a&amp;ll</source>
            <translation>Alle zei&amp;gen</translation>
        </message>
        <message>
            <source>Clears the search and every filter</source>
            <translation>Leert die Suche und alle Filter</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>Zeilen &amp;kopieren</translation>
        </message>
        <message>
            <source>Copies the selected rows as a table for Excel or Word (Ctrl+C)</source>
            <translation>Kopiert die gewählten Zeilen als Tabelle für Excel oder Word (Strg+C)</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Fingerprint %1</source>
            <translation>Fingerabdruck %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 für %2</translation>
        </message>
        <message>
            <source>Items for information</source>
            <translation>Punkte zur Kenntnisnahme</translation>
        </message>
        <message>
            <source>Appendix</source>
            <translation>Anhang</translation>
        </message>
        <message>
            <source>The full detail of every use case on the agenda: the three questions, systems, responsibility matrix, checklist, customer experience check and decision log.</source>
            <translation>Die Einzelheiten jedes Anwendungsfalls auf der Tagesordnung: die drei Fragen, Systeme, Verantwortungsmatrix, Integrations-Checkliste, Kundenerlebnis-Check und Entscheidungsverlauf.</translation>
        </message>
        <message>
            <source>Integration checklist</source>
            <translation>Integrations-Checkliste</translation>
        </message>
        <message>
            <source>No checklist items.</source>
            <translation>Keine Punkte in der Checkliste.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Readiness for regular operation: %1 (the required items below count towards it).</source>
            <translation>Betriebsreife: %1 (die Pflichtpunkte unten zählen dazu).</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Note and evidence</source>
            <translation>Notiz und Nachweis</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Begründung:</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Nachweis:</translation>
        </message>
        <message>
            <source>Decision record</source>
            <translation>Entscheidungsprotokoll</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>%1, %2 (time zone %3)</source>
            <translation>%1, %2 Uhr (Zeitzone %3)</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Gremium</translation>
        </message>
        <message>
            <source>Meeting of %1</source>
            <translation>Sitzung %1</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>The fingerprint identifies the data this record was made from: printouts with the same fingerprint show the same data.</source>
            <translation>Der Fingerabdruck bezeichnet die Daten, aus denen dieses Protokoll erstellt wurde: Ausdrucke mit demselben Fingerabdruck zeigen dieselben Daten.</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Erstellt von</translation>
        </message>
        <message>
            <source>Prepared on</source>
            <translation>Erstellt am</translation>
        </message>
        <message>
            <source>For decision: %1 · for information: %2</source>
            <translation>Zum Beschluss: %1 · zur Kenntnisnahme: %2</translation>
        </message>
        <message>
            <source>Made from this data</source>
            <translation>Grundlage dieses Protokolls</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Unsaved workspace</source>
            <translation>Noch nicht gespeicherter Arbeitsbereich</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Letzte Änderung</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Fingerabdruck</translation>
        </message>
        <message>
            <source>For decision</source>
            <translation>Zum Beschluss</translation>
        </message>
        <message>
            <source>For information</source>
            <translation>Zur Kenntnisnahme</translation>
        </message>
        <message>
            <source>%1 since %2 (1 day)</source>
            <translation>%1 seit %2 (1 Tag)</translation>
        </message>
        <message>
            <source>%1 since %2 (%3 days)</source>
            <translation>%1 seit %2 (%3 Tage)</translation>
        </message>
        <message>
            <source>No motion written.</source>
            <extracomment>Characters of a motion the agenda quotes under the item's title (its page has all).</extracomment>
            <translation>Kein Antrag geschrieben.</translation>
        </message>
        <message>
            <source>Motion: %1</source>
            <translation>Antrag: %1</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <source>No use cases were chosen.</source>
            <translation>Es wurden keine Anwendungsfälle ausgewählt.</translation>
        </message>
        <message>
            <source>For decision: %1 · for information: %2. Each item for decision has its own page with the motion; the detail of every use case is in the appendix.</source>
            <translation>Zum Beschluss: %1 · zur Kenntnisnahme: %2. Jeder Punkt zum Beschluss hat eine eigene Seite mit dem Antrag; die Einzelheiten jedes Anwendungsfalls stehen im Anhang.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Anwendungsfall</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Betriebsreife</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>vollständig</translation>
        </message>
        <message>
            <source>The risk class is given as %1, but the checklist item %2 is not ticked off yet.</source>
            <extracomment>Readiness gaps a board must see before it decides: the use case is unclear, nobody answers for it, the law is not looked at, or customers are given no promise. Open items of the checklist are its business, shown in the appendix, not on the motion page.</extracomment>
            <translation>Die Risikoklasse ist als %1 angegeben, der Checklistenpunkt %2 ist aber noch nicht abgehakt.</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Handlungsbedarf</translation>
        </message>
        <message>
            <source>Nothing needs attention: no pilot traps, no invalid responsibility matrix, nothing overdue.</source>
            <translation>Kein Handlungsbedarf: keine Pilot-Falle, keine ungültige Verantwortungsmatrix, nichts überfällig.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Befund</translation>
        </message>
        <message>
            <source>Place, date and signature</source>
            <translation>Ort, Datum und Unterschrift</translation>
        </message>
        <message>
            <source>Item %1 · %2</source>
            <translation>Punkt %1 · %2</translation>
        </message>
        <message>
            <source>Yes: waiting %1 days for a decision (threshold %2)</source>
            <translation>Ja: wartet seit %1 Tagen auf einen Entscheid (Schwelle %2)</translation>
        </message>
        <message>
            <source>No: last decision %1 days ago (threshold %2)</source>
            <translation>Nein: letzter Entscheid vor %1 Tagen (Schwelle %2)</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (überfällig)</translation>
        </message>
        <message>
            <source>%1 of %2 criteria met</source>
            <translation>%1 von %2 Kriterien erfüllt</translation>
        </message>
        <message>
            <source>Pilot trap</source>
            <translation>Pilot-Falle</translation>
        </message>
        <message>
            <source>Cost once</source>
            <translation>Kosten einmalig</translation>
        </message>
        <message>
            <source>Cost per month</source>
            <translation>Kosten pro Monat</translation>
        </message>
        <message>
            <source>No motion written. The board cannot vote on this item until the preparer writes what exactly is to be resolved.</source>
            <translation>Kein Antrag geschrieben. Über diesen Punkt kann erst abgestimmt werden, wenn festgehalten ist, was genau beschlossen werden soll.</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Antrag</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>recommended</source>
            <translation>empfohlen</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Option %1: %2</source>
            <translation>Option %1: %2</translation>
        </message>
        <message>
            <source>%1 (not one of the options above)</source>
            <translation>%1 (keine der obigen Optionen)</translation>
        </message>
        <message>
            <source>The preparer has made no recommendation.</source>
            <translation>Es wurde keine Empfehlung abgegeben.</translation>
        </message>
        <message>
            <source>Conditions proposed</source>
            <translation>Vorgeschlagene Auflagen</translation>
        </message>
        <message>
            <source>What stands in the way</source>
            <translation>Was dem Entscheid entgegensteht</translation>
        </message>
        <message>
            <source>Nothing blocks the decision: the use case is clear, someone answers for it and data protection is resolved.</source>
            <translation>Dem Entscheid steht nichts entgegen: Der Anwendungsfall ist klar, jemand steht dafür ein und der Datenschutz ist geklärt.</translation>
        </message>
        <message>
            <source>and %1 more (see the appendix).</source>
            <translation>und %1 weitere (siehe Anhang).</translation>
        </message>
        <message>
            <source>Votes: for %1   against %2   abstentions %3</source>
            <translation>Stimmen: dafür %1   dagegen %2   Enthaltungen %3</translation>
        </message>
        <message>
            <source>Resolution of the board</source>
            <translation>Beschluss</translation>
        </message>
        <message>
            <source>Conditions and remarks:</source>
            <translation>Auflagen und Bemerkungen:</translation>
        </message>
        <message>
            <source>Items for decision</source>
            <translation>Punkte zum Beschluss</translation>
        </message>
        <message>
            <source>Points blocking regular operation: %1 (listed in the appendix).</source>
            <translation>Punkte, die dem Regelbetrieb entgegenstehen: %1 (im Anhang aufgeführt).</translation>
        </message>
        <message>
            <source>Noted for information:</source>
            <translation>Zur Kenntnis:</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>angenommen</translation>
        </message>
        <message>
            <source>%1 (external: %2)</source>
            <translation>%1 (extern: %2)</translation>
        </message>
        <message>
            <source>%1 (external)</source>
            <translation>%1 (extern)</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 Std.</translation>
        </message>
        <message>
            <source>Answers for it (A)</source>
            <translation>Steht dafür ein (A)</translation>
        </message>
        <message>
            <source>Hours saved a month</source>
            <translation>Gesparte Stunden/Monat</translation>
        </message>
        <message>
            <source>approved with conditions</source>
            <translation>mit Auflagen angenommen</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>deferred</source>
            <translation>zurückgestellt</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <source>Swiss Code of Obligations, Art. 713 para. %1</source>
            <translation>Art. 713 Abs. %1 OR</translation>
        </message>
        <message>
            <source>present</source>
            <translation>anwesend</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>entschuldigt</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Gast</translation>
        </message>
        <message>
            <source>Conflicts of interest (recusal): %1 none declared   %1 declared by: %2</source>
            <translation>Interessenkonflikte (Ausstand): %1 keine erklärt   %1 erklärt von: %2</translation>
        </message>
        <message>
            <source>Discussion:</source>
            <translation>Beratung:</translation>
        </message>
        <message>
            <source>No motion written: not voted on at this meeting.</source>
            <translation>Kein Antrag geschrieben: an dieser Sitzung nicht abgestimmt.</translation>
        </message>
        <message>
            <source>Resolution, votes and conditions: as ticked on page</source>
            <translation>Beschluss, Stimmen und Auflagen: wie angekreuzt auf Seite</translation>
        </message>
        <message>
            <source>%1 taken note of</source>
            <translation>%1 zur Kenntnis genommen</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Opened / closed</source>
            <translation>Beginn / Schluss</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Vorsitz</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Protokollführung</translation>
        </message>
        <message>
            <source>Members present: %1 of %2. %3 %4 has a quorum   %4 has no quorum.</source>
            <translation>Anwesende Mitglieder: %1 von %2. %3 ist %4 beschlussfähig   %4 nicht beschlussfähig.</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Tagesordnungspunkte</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Unterschriften</translation>
        </message>
        <message>
            <source>Board minutes are signed by the chair and the minute-taker (%1).</source>
            <translation>Das Protokoll wird von der vorsitzenden und der protokollführenden Person unterzeichnet (%1).</translation>
        </message>
        <message>
            <source>Board minutes are signed by the chair and the minute-taker.</source>
            <translation>Das Protokoll wird von der vorsitzenden und der protokollführenden Person unterzeichnet.</translation>
        </message>
        <message>
            <source>Circular resolution</source>
            <translation>Zirkularbeschluss</translation>
        </message>
        <message>
            <source>A circular resolution is valid only if no member requests oral deliberation (%1).</source>
            <translation>Ein Zirkularbeschluss ist nur gültig, wenn kein Mitglied die mündliche Beratung verlangt (%1).</translation>
        </message>
        <message>
            <source>A circular resolution is valid only if no member requests oral deliberation.</source>
            <translation>Ein Zirkularbeschluss ist nur gültig, wenn kein Mitglied die mündliche Beratung verlangt.</translation>
        </message>
        <message>
            <source>Please return your signed votes to %1 by %2.</source>
            <translation>Bitte senden Sie Ihre Stimmabgabe unterschrieben bis %2 an %1 zurück.</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>The sole member of %1 resolves the following motions in writing (circular resolution).</source>
            <translation>Das einzige Mitglied %1 beschließt die folgenden Anträge schriftlich (Zirkularbeschluss).</translation>
        </message>
        <message>
            <source>The members of %1 resolve the following motions in writing (circular resolution).</source>
            <translation>Die Mitglieder %1 beschließen die folgenden Anträge schriftlich (Zirkularbeschluss).</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>abstain</source>
            <translation>Enthaltung</translation>
        </message>
        <message>
            <source>Motion on item %1</source>
            <translation>Antrag zu Punkt %1</translation>
        </message>
        <message>
            <source>I request oral deliberation (%1).</source>
            <translation>Ich verlange die mündliche Beratung (%1).</translation>
        </message>
        <message>
            <source>I request oral deliberation.</source>
            <translation>Ich verlange die mündliche Beratung.</translation>
        </message>
        <message>
            <source>There is no motion to resolve in writing.</source>
            <translation>Es liegt kein Antrag vor, der schriftlich beschlossen werden kann.</translation>
        </message>
        <message>
            <source>Item %1 has no motion written and is not part of this circular resolution.</source>
            <translation>Zu Punkt %1 ist kein Antrag geschrieben; es ist nicht Teil dieses Zirkularbeschlusses.</translation>
        </message>
        <message>
            <source>external</source>
            <extracomment>Names in the matrix's heading are never set smaller than this; longer words wrap. The fewest letters a name is cut into at a hyphen the record adds ("Zimmer-" / "mann").</extracomment>
            <translation>extern</translation>
        </message>
        <message>
            <source>Responsibility matrix (RACI)</source>
            <translation>Verantwortungsmatrix (RACI)</translation>
        </message>
        <message>
            <source>No responsibilities assigned yet.</source>
            <translation>Noch keine Verantwortlichkeiten vergeben.</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>Untitled use case</source>
            <extracomment>Blocking gaps listed on a motion page; the rest are counted and left to the appendix. Characters of the concrete problem an item for information quotes (the appendix has all). Motions up to this length are framed; longer ones (no real motion is) flow unframed.</extracomment>
            <translation>Anwendungsfall ohne Titel</translation>
        </message>
        <message>
            <source>Appendix to item %1</source>
            <translation>Anhang zu Punkt %1</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Noch nicht beantwortet.</translation>
        </message>
        <message>
            <source>The three questions</source>
            <translation>Die drei Fragen</translation>
        </message>
        <message>
            <source>1. Which concrete problem does AI solve?</source>
            <translation>1. Welches konkrete Problem löst KI?</translation>
        </message>
        <message>
            <source>2. Where does AI noticeably relieve customers?</source>
            <translation>2. Wo entlastet KI die Kundschaft spürbar?</translation>
        </message>
        <message>
            <source>2. Where does AI noticeably relieve employees?</source>
            <translation>2. Wo entlastet KI die Mitarbeitenden spürbar?</translation>
        </message>
        <message>
            <source>3. Who keeps responsibility? Where automation ends and the human begins</source>
            <translation>3. Wer behält die Verantwortung? Grenze zwischen Automatisierung und Mensch</translation>
        </message>
        <message>
            <source>Who checks, who intervenes and who answers for it: see the responsibility matrix below.</source>
            <translation>Wer prüft, wer greift ein, wer trägt die Verantwortung: siehe Verantwortungsmatrix unten.</translation>
        </message>
        <message>
            <source>Systems and integration</source>
            <translation>Systeme und Anbindung</translation>
        </message>
        <message>
            <source>No systems recorded.</source>
            <translation>Keine Systeme erfasst.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Anbindung</translation>
        </message>
        <message>
            <source>Customer experience check</source>
            <translation>Kundenerlebnis-Check</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Response-time target</source>
            <translation>Ziel für die Antwortzeit</translation>
        </message>
        <message>
            <source>Fallback when the AI fails</source>
            <translation>Ausweichweg, wenn die KI ausfällt</translation>
        </message>
        <message>
            <source>Risk and data protection</source>
            <translation>Risiko und Datenschutz</translation>
        </message>
        <message>
            <source>Checklist items not done yet: %1 (see the checklist).</source>
            <translation>Noch nicht erledigte Punkte der Checkliste: %1 (siehe Checkliste).</translation>
        </message>
        <message>
            <source>Risk class (EU AI Act)</source>
            <translation>Risikoklasse (EU AI Act)</translation>
        </message>
        <message>
            <source>Personal data involved</source>
            <translation>Personendaten betroffen</translation>
        </message>
        <message>
            <source>Which personal data</source>
            <translation>Welche Personendaten</translation>
        </message>
        <message>
            <source>Guidance, not legal advice.</source>
            <translation>Orientierungshilfe, keine Rechtsberatung.</translation>
        </message>
        <message>
            <source>Decision log</source>
            <translation>Entscheidungsverlauf</translation>
        </message>
        <message>
            <source>No decisions recorded yet.</source>
            <translation>Noch keine Entscheide erfasst.</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheid</translation>
        </message>
        <message>
            <source>Rationale and conditions</source>
            <translation>Begründung und Auflagen</translation>
        </message>
        <message>
            <source>Deciders</source>
            <translation>Entschieden von</translation>
        </message>
        <message>
            <source>Conditions:</source>
            <translation>Auflagen:</translation>
        </message>
        <message>
            <source>Readiness incomplete, reason given:</source>
            <translation>Betriebsreife unvollständig, Begründung:</translation>
        </message>
        <message>
            <source>Corrects the entry of %1.</source>
            <translation>Berichtigt den Eintrag vom %1.</translation>
        </message>
        <message>
            <source>Corrected by the entry of %1.</source>
            <translation>Berichtigt durch den Eintrag vom %1.</translation>
        </message>
        <message>
            <source>Readiness for regular operation</source>
            <translation>Betriebsreife für den Regelbetrieb</translation>
        </message>
        <message>
            <source>Complete: all %1 criteria are met.</source>
            <translation>Vollständig: alle %1 Kriterien sind erfüllt.</translation>
        </message>
        <message>
            <source>%1 of %2 criteria are met. Missing:</source>
            <translation>%1 von %2 Kriterien sind erfüllt. Es fehlt:</translation>
        </message>
        <message>
            <source>Went live with incomplete readiness. Reason given</source>
            <translation>In den Regelbetrieb trotz unvollständiger Betriebsreife. Begründung</translation>
        </message>
        <message>
            <source>Use case “%1”</source>
            <translation>Anwendungsfall „%1“</translation>
        </message>
        <message>
            <source>%1 – %2: %3</source>
            <translation>%1 – %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ReportCli</name>
        <message>
            <source>write the decision record (PDF) for the board</source>
            <translation>das Entscheidungsprotokoll (PDF) für das Gremium schreiben</translation>
        </message>
        <message>
            <source>the workspace file</source>
            <translation>die Arbeitsbereich-Datei</translation>
        </message>
        <message>
            <source>the PDF to write (default: FILE with .pdf)</source>
            <translation>die zu schreibende PDF-Datei (Standard: DATEI mit .pdf)</translation>
        </message>
        <message>
            <source>language of the record (default: the company's)</source>
            <translation>Sprache des Protokolls (Standard: die des Unternehmens)</translation>
        </message>
        <message>
            <source>paper size (default: the company's setting)</source>
            <translation>Papierformat (Standard: Einstellung des Unternehmens)</translation>
        </message>
        <message>
            <source>only this use case (UUID, UUID prefix or exact title; repeatable; default: all that are not stopped)</source>
            <translation>nur dieser Anwendungsfall (UUID, Anfang der UUID oder genauer Titel; mehrfach möglich; Standard: alle nicht eingestellten)</translation>
        </message>
        <message>
            <source>name of the meeting on the cover</source>
            <translation>Name der Sitzung auf dem Deckblatt</translation>
        </message>
        <message>
            <source>date of the meeting</source>
            <translation>Datum der Sitzung</translation>
        </message>
        <message>
            <source>who prepared the record</source>
            <translation>wer das Protokoll erstellt hat</translation>
        </message>
        <message>
            <source>confidentiality label on every page</source>
            <translation>Vertraulichkeitsvermerk auf jeder Seite</translation>
        </message>
        <message>
            <source>add a page for a circular resolution signed by every board member</source>
            <translation>eine Seite für einen Zirkularbeschluss anfügen, den alle Mitglieder unterschreiben</translation>
        </message>
        <message>
            <source>date by which the signed circular resolution is to be returned</source>
            <translation>Datum, bis zu dem der unterzeichnete Zirkularbeschluss zurückgesandt werden soll</translation>
        </message>
        <message>
            <source>to whom the signed circular resolution is returned (default: the minute-taker)</source>
            <translation>an wen der unterzeichnete Zirkularbeschluss zurückgeht (Standard: die protokollführende Person)</translation>
        </message>
        <message>
            <source>write the register list instead: one table row per use case, landscape (default output: FILE-list.pdf)</source>
            <translation>stattdessen die Register-Liste schreiben: eine Tabellenzeile pro Anwendungsfall, Querformat (Standard: FILE-list.pdf)</translation>
        </message>
        <message>
            <source>only use cases with this status (idea, evaluation, pilot, operation, paused, stopped; repeatable)</source>
            <translation>nur Anwendungsfälle mit diesem Status (idea, evaluation, pilot, operation, paused, stopped oder der deutsche Name; wiederholbar)</translation>
        </message>
        <message>
            <source>only use cases with this tag (repeatable: any of them)</source>
            <translation>nur Anwendungsfälle mit diesem Schlagwort (wiederholbar: eines davon genügt)</translation>
        </message>
        <message>
            <source>only use cases this person owns (name, case and accents do not matter; repeatable)</source>
            <translation>nur Anwendungsfälle, für die diese Person zuständig ist (Name; Gross-/Kleinschreibung und Akzente spielen keine Rolle; wiederholbar)</translation>
        </message>
        <message>
            <source>only pilots in the pilot trap (longer without a decision than the company allows)</source>
            <translation>nur Pilote in der Pilot-Falle (länger ohne Entscheid, als das Unternehmen zulässt)</translation>
        </message>
        <message>
            <source>date of the record (default: today)</source>
            <translation>Datum des Protokolls (Standard: heute)</translation>
        </message>
        <message>
            <source>No use case passes the filters (--status, --tag, --owner, --pilot-trap); nothing was written.</source>
            <translation>Kein Anwendungsfall erfüllt die Filter (--status, --tag, --owner, --pilot-trap); es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>The list would hold %1 use cases; one list holds at most %2. Narrow it with --status, --tag, --owner or --use-case.</source>
            <translation>Die Liste enthielte %1 Anwendungsfälle; eine Liste fasst höchstens %2. Grenzen Sie sie mit --status, --tag, --owner oder --use-case ein.</translation>
        </message>
        <message>
            <source>The record would hold %1 use cases; one record holds at most %2 (about three pages each). Choose the ones for the meeting with --use-case, or stop those that are finished.</source>
            <translation>Das Entscheidungsprotokoll enthielte %1 Anwendungsfälle; eines fasst höchstens %2 (je etwa drei Seiten). Wählen Sie die für die Sitzung mit --use-case aus oder stellen Sie abgeschlossene ein.</translation>
        </message>
        <message>
            <source>The PDF must not overwrite the workspace file.</source>
            <translation>Die PDF-Datei darf die Arbeitsbereich-Datei nicht überschreiben.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>The record cannot be written in %1: that language's translation is not installed (%2). Reinstall Leitplanken.</source>
            <translation>Das Protokoll kann nicht auf %1 geschrieben werden: Die Übersetzung dieser Sprache ist nicht installiert (%2). Installieren Sie Leitplanken neu.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Register list written to %1 (%2)</source>
            <translation>Register-Liste nach %1 geschrieben (%2)</translation>
        </message>
        <message>
            <source>Decision record written to %1 (%2)</source>
            <translation>Entscheidungsprotokoll geschrieben: %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning: the font cannot draw these characters; they appear as "?": %1</source>
            <translation>Warnung: Die Schrift kann diese Zeichen nicht darstellen; sie erscheinen als „?“: %1</translation>
        </message>
        <message>
            <source>No use case matches "%1".</source>
            <translation>Kein Anwendungsfall passt zu „%1“.</translation>
        </message>
        <message>
            <source>"%1" matches %2 use cases; give more of the ID.</source>
            <translation>„%1“ passt zu %2 Anwendungsfällen; geben Sie mehr von der ID an.</translation>
        </message>
        <message>
            <source>No status is called "%1". Use one of: %2.</source>
            <translation>Keinen Status namens „%1“ gibt es. Verwenden Sie einen von: %2.</translation>
        </message>
        <message>
            <source>Nobody called "%1" is in the file (owners are matched by name, case and accents do not matter).</source>
            <translation>Niemand namens „%1“ ist in der Datei (Zuständige werden nach Namen gesucht; Gross-/Kleinschreibung und Akzente spielen keine Rolle).</translation>
        </message>
    </context>
    <context>
        <name>SendCopyCommand</name>
        <message>
            <source>write a clean copy to send, optionally encrypted</source>
            <translation>eine saubere Kopie zum Versenden schreiben, auf Wunsch verschlüsselt</translation>
        </message>
        <message>
            <source>the workspace file</source>
            <translation>die Arbeitsbereich-Datei</translation>
        </message>
        <message>
            <source>where to write the copy</source>
            <translation>wohin die Kopie geschrieben wird</translation>
        </message>
        <message>
            <source>encrypt with the passphrase in the first line of F</source>
            <translation>mit der Passphrase aus der ersten Zeile von F verschlüsseln</translation>
        </message>
        <message>
            <source>Cannot read the passphrase from %1.</source>
            <translation>Die Passphrase kann nicht aus %1 gelesen werden.</translation>
        </message>
        <message>
            <source>The passphrase file is empty.</source>
            <translation>Die Passphrase-Datei ist leer.</translation>
        </message>
        <message>
            <source>%1 is the workspace itself; write the copy to another file.</source>
            <translation>%1 ist der Arbeitsbereich selbst; schreiben Sie die Kopie in eine andere Datei.</translation>
        </message>
        <message>
            <source>Encrypted copy written to %1.</source>
            <translation>Verschlüsselte Kopie nach %1 geschrieben.</translation>
        </message>
        <message>
            <source>Copy written to %1.</source>
            <translation>Kopie nach %1 geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>SendCopyDialog</name>
        <message>
            <source>Send copy</source>
            <extracomment>Shorter passphrases are refused: scrypt slows guessing, it cannot make "1234" safe.</extracomment>
            <translation>Kopie senden</translation>
        </message>
        <message>
            <source>Writes a clean copy of the workspace to another place, for a USB stick or an e-mail. The open file stays as it is. The copy keeps the history, so it can be merged back later.</source>
            <translation>Schreibt eine saubere Kopie des Arbeitsbereichs an einen anderen Ort, für einen USB-Stick oder eine E-Mail. Die geöffnete Datei bleibt, wie sie ist. Die Kopie behält den Verlauf, damit sie später wieder zusammengeführt werden kann.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>&amp;Encrypt with a passphrase</source>
            <translation>Mit einer Passphrase &amp;verschlüsseln</translation>
        </message>
        <message>
            <source>Tell the recipient the passphrase another way (by phone, not in the same e-mail). Without it the copy cannot be opened; nobody can recover it.</source>
            <translation>Teilen Sie die Passphrase auf anderem Weg mit (per Telefon, nicht in derselben E-Mail). Ohne sie lässt sich die Kopie nicht öffnen; niemand kann sie wiederherstellen.</translation>
        </message>
        <message>
            <source>Copy to:</source>
            <translation>Kopie nach:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Repeat passphrase:</source>
            <translation>Passphrase wiederholen:</translation>
        </message>
        <message>
            <source>&amp;Send copy</source>
            <translation>Kopie &amp;senden</translation>
        </message>
        <message>
            <source>Leitplanken workspaces (*%1)</source>
            <translation>Leitplanken-Arbeitsbereiche (*%1)</translation>
        </message>
        <message>
            <source>Choose where the copy goes.</source>
            <translation>Wählen Sie, wohin die Kopie geht.</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>Die Passphrase braucht mindestens %1 Zeichen.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <source>Writing an encrypted copy to “%1” …</source>
            <translation>Eine verschlüsselte Kopie wird nach „%1“ geschrieben …</translation>
        </message>
        <message>
            <source>Writing a copy to “%1” …</source>
            <translation>Eine Kopie wird nach „%1“ geschrieben …</translation>
        </message>
        <message>
            <source>Send copy cancelled: no copy was written.</source>
            <translation>Kopie senden abgebrochen: Es wurde keine Kopie geschrieben.</translation>
        </message>
        <message>
            <source>Encrypted copy written to %1</source>
            <translation>Verschlüsselte Kopie nach %1 geschrieben</translation>
        </message>
        <message>
            <source>Copy written to %1</source>
            <translation>Kopie nach %1 geschrieben</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Letter</source>
            <extracomment>Interface languages, each named in its own language (as language pickers do).</extracomment>
            <translation>Letter (US)</translation>
        </message>
        <message>
            <source>Choose a person or type a new name</source>
            <translation>Person wählen oder neuen Namen eintippen</translation>
        </message>
        <message>
            <source>Board member %1</source>
            <translation>Mitglied %1 des Gremiums</translation>
        </message>
        <message>
            <source>Role of board member %1</source>
            <translation>Rolle von Mitglied %1 des Gremiums</translation>
        </message>
        <message>
            <source>Change settings</source>
            <translation>Einstellungen ändern</translation>
        </message>
        <message>
            <source>Change company settings</source>
            <translation>Firmeneinstellungen ändern</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <source>Remove board member</source>
            <translation>Gremiumsmitglied entfernen</translation>
        </message>
        <message>
            <source>Change board member</source>
            <translation>Gremiumsmitglied ändern</translation>
        </message>
        <message>
            <source>Add board member</source>
            <translation>Gremiumsmitglied hinzufügen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <source>Company (saved in the file)</source>
            <translation>Unternehmen (in der Datei gespeichert)</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Gremium</translation>
        </message>
        <message>
            <source>Next board meeting (for the record's cover)</source>
            <translation>Nächste Sitzung des Gremiums (für das Deckblatt des Protokolls)</translation>
        </message>
        <message>
            <source>Choose yourself among the people or type your name</source>
            <translation>Sich selbst unter den Personen wählen oder Namen eintippen</translation>
        </message>
        <message>
            <source>Your name, recorded with each change in the history (kept on this computer)</source>
            <translation>Ihr Name, der bei jeder Änderung im Verlauf festgehalten wird (auf diesem Computer gespeichert)</translation>
        </message>
        <message>
            <source>e.g. 14:00</source>
            <translation>z. B. 14:00</translation>
        </message>
        <message>
            <source>e.g. meeting room, head office</source>
            <translation>z. B. Sitzungszimmer, Hauptsitz</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Sprache der Oberfläche:</translation>
        </message>
        <message>
            <source>&amp;I am:</source>
            <translation>&amp;Ich bin:</translation>
        </message>
        <message>
            <source>Company &amp;name:</source>
            <translation>&amp;Name des Unternehmens:</translation>
        </message>
        <message>
            <source>Legal &amp;form:</source>
            <translation>&amp;Rechtsform:</translation>
        </message>
        <message>
            <source>For&amp;mats (locale):</source>
            <translation>Form&amp;ate (Region):</translation>
        </message>
        <message>
            <source>Pilot &amp;trap after (days):</source>
            <translation>&amp;Pilot-Falle nach (Tagen):</translation>
        </message>
        <message>
            <source>Name of the &amp;board:</source>
            <translation>&amp;Bezeichnung des Gremiums:</translation>
        </message>
        <message>
            <source>Dat&amp;e:</source>
            <translation>Dat&amp;um:</translation>
        </message>
        <message>
            <source>&amp;Start time:</source>
            <translation>&amp;Zeit:</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <translation>&amp;Währung:</translation>
        </message>
        <message>
            <source>Language of catalogue and &amp;decision record:</source>
            <translation>Sprache von Katalog und &amp;Entscheidungsprotokoll:</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>Papier&amp;format:</translation>
        </message>
        <message>
            <source>e.g. AG, GmbH</source>
            <translation>z. B. AG, GmbH</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>A pilot without a decision for longer than this is flagged as a pilot trap.</source>
            <translation>Ein Pilot, der länger ohne Entscheid bleibt, wird als Pilot-Falle markiert.</translation>
        </message>
        <message>
            <source>How dates, numbers and money are written (e.g. de_CH: 25.11.2026, CHF 1’200.00)</source>
            <translation>Wie Daten, Zahlen und Beträge geschrieben werden (z. B. de_CH: 25.11.2026, CHF 1’200.00)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>The chair and the minute-taker sign the minutes (Swiss CO Art. 713 para. 3).</source>
            <translation>Vorsitz und Protokollführung unterzeichnen das Protokoll (OR Art. 713 Abs. 3).</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>Mitglied &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove member</source>
            <translation>Mitglied en&amp;tfernen</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The file you worked on last, “%1”, is not where it was (%2). If it is on a USB stick or a network drive, connect it and choose Open a file.</source>
            <extracomment>Opens what the command line asked for: (window, path, demo) → (session, notice).</extracomment>
            <translation>Die Datei, an der Sie zuletzt gearbeitet haben, „%1“, ist nicht mehr dort, wo sie war (%2). Liegt sie auf einem USB-Stick oder einem Netzlaufwerk, schließen Sie es an und wählen Sie „Datei öffnen“.</translation>
        </message>
        <message>
            <source>The file you worked on last could not be opened again: %1</source>
            <translation>Die Datei, an der Sie zuletzt gearbeitet haben, ließ sich nicht wieder öffnen: %1</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Ready to import</source>
            <translation>Bereit zum Import</translation>
        </message>
        <message>
            <source>Check what happens. The import is one step: Edit → Undo takes it back whole.</source>
            <translation>Prüfen Sie, was geschieht. Der Import ist ein Schritt: Bearbeiten → Rückgängig nimmt ihn ganz zurück.</translation>
        </message>
        <message>
            <source>No column holds the creation date: the use cases get today's date.</source>
            <translation>Keine Spalte enthält das Erfassungsdatum: Die Anwendungsfälle erhalten das heutige Datum.</translation>
        </message>
        <message>
            <source>Not made into people, they look like formulas (kept in the notes): %1</source>
            <translation>Nicht als Personen angelegt, weil sie wie Formeln aussehen (in den Notizen erhalten): %1</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… und %1 weitere.</translation>
        </message>
    </context>
    <context>
        <name>SystemsTab</name>
        <message>
            <source>Which of the company's systems does this use case touch? A tool that does not talk to the CRM stays an experiment: say for each system whether data flows automatically, by manual transfer (who does it?) or not at all.</source>
            <translation>Welche Systeme des Unternehmens berührt dieser Anwendungsfall? Ein Werkzeug, das nicht mit dem CRM kommuniziert, bleibt ein Experiment: Halten Sie pro System fest, ob Daten automatisch, durch manuelle Übertragung (wer macht sie?) oder gar nicht fliessen.</translation>
        </message>
        <message>
            <source>Link system</source>
            <translation>System verknüpfen</translation>
        </message>
        <message>
            <source>New system…</source>
            <translation>Neues System …</translation>
        </message>
        <message>
            <source>Adds a system to the company's list and links it here</source>
            <translation>Erfasst ein System in der Liste des Unternehmens und verknüpft es hier</translation>
        </message>
        <message>
            <source>Unlink system</source>
            <translation>Verknüpfung lösen</translation>
        </message>
        <message>
            <source>Add and link system</source>
            <translation>System erfassen und verknüpfen</translation>
        </message>
    </context>
    <context>
        <name>SystemsView</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>e.g. CRM, ERP, e-mail, website, phone, accounting</source>
            <translation>z. B. CRM, ERP, E-Mail, Website, Telefon, Buchhaltung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Edit system</source>
            <translation>System bearbeiten</translation>
        </message>
        <message>
            <source>New system</source>
            <translation>Neues System</translation>
        </message>
        <message>
            <source>Add system</source>
            <translation>System hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>%1 is linked to %n use case(s). Remove the system and these links?</source>
            <translation>
                <numerusform>%1 ist mit %n Anwendungsfall verknüpft. System und Verknüpfung entfernen?</numerusform>
                <numerusform>%1 ist mit %n Anwendungsfällen verknüpft. System und Verknüpfungen entfernen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove system</source>
            <translation>System entfernen</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
        <message>
            <source>The systems your company already works with. An AI tool that does not talk to them stays an experiment: each use case records which systems it touches and how.</source>
            <translation>Die Systeme, mit denen Ihr Unternehmen bereits arbeitet. Ein KI-Werkzeug, das nicht mit ihnen kommuniziert, bleibt ein Experiment: Jeder Anwendungsfall hält fest, welche Systeme er wie berührt.</translation>
        </message>
        <message>
            <source>&amp;Add system</source>
            <translation>System hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Adds a system to the company list</source>
            <translation>Fügt der Liste des Unternehmens ein System hinzu</translation>
        </message>
        <message>
            <source>&amp;Remove system</source>
            <translation>System &amp;entfernen</translation>
        </message>
        <message>
            <source>Removes the selected system (Delete)</source>
            <translation>Entfernt das ausgewählte System (Entf)</translation>
        </message>
    </context>
    <context>
        <name>TableCli</name>
        <message>
            <source>write the register, RACI, checklists or decisions as CSV or XLSX</source>
            <translation>das Register, RACI, Checklisten oder Entscheide als CSV oder XLSX schreiben</translation>
        </message>
        <message>
            <source>the workspace file</source>
            <translation>die Arbeitsbereich-Datei</translation>
        </message>
        <message>
            <source>the list to write: .csv or .xlsx (an existing list is replaced)</source>
            <translation>die zu schreibende Liste: .csv oder .xlsx (eine bestehende Liste wird ersetzt)</translation>
        </message>
        <message>
            <source>which list: the register (default), one row per RACI letter, per checklist item or per decision</source>
            <translation>welche Liste: das Register (Standard), eine Zeile je RACI-Buchstabe, je Checklistenpunkt oder je Entscheid</translation>
        </message>
        <message>
            <source>language of the column titles and values (default: the company's)</source>
            <translation>Sprache der Spaltentitel und Werte (Standard: die des Unternehmens)</translation>
        </message>
        <message>
            <source>CSV for German Excel: semicolons, decimal comma, dates as 31.12.2026 (default for German)</source>
            <translation>CSV für deutsches Excel: Semikolons, Dezimalkomma, Daten als 31.12.2026 (Standard für Deutsch)</translation>
        </message>
        <message>
            <source>CSV with commas, decimal point and dates as 2026-12-31 (default for English)</source>
            <translation>CSV mit Kommas, Dezimalpunkt und Daten als 2026-12-31 (Standard für Englisch)</translation>
        </message>
        <message>
            <source>register only: also write the mapping that imports this list again (import-csv --mapping)</source>
            <translation>nur Register: zusätzlich die Zuordnung schreiben, mit der diese Liste wieder importiert wird (import-csv --mapping)</translation>
        </message>
        <message>
            <source>FILE is an encrypted copy: its passphrase is the first line of F</source>
            <translation>FILE ist eine verschlüsselte Kopie: Ihre Passphrase ist die erste Zeile von F</translation>
        </message>
        <message>
            <source>judge pilot traps as of this date (default: today)</source>
            <translation>Pilot-Fallen auf dieses Datum beurteilen (Standard: heute)</translation>
        </message>
        <message>
            <source>%1: the list is written as .csv or .xlsx; give OUT one of these endings.</source>
            <translation>%1: Die Liste wird als .csv oder .xlsx geschrieben; geben Sie OUT eine dieser Endungen.</translation>
        </message>
        <message>
            <source>--save-mapping goes with the register: only its rows are use cases an import can read back.</source>
            <translation>--save-mapping gehört zum Register: Nur seine Zeilen sind Anwendungsfälle, die ein Import wieder einlesen kann.</translation>
        </message>
        <message>
            <source>%1: the mapping must not overwrite the workspace or the list. Choose another name for it.</source>
            <translation>%1: Die Zuordnung darf weder den Arbeitsbereich noch die Liste überschreiben. Wählen Sie einen anderen Namen dafür.</translation>
        </message>
        <message>
            <source>%1 is a Leitplanken workspace (or another database); the list must not overwrite it. Choose another name for the list.</source>
            <translation>%1 ist ein Leitplanken-Arbeitsbereich (oder eine andere Datenbank); die Liste darf ihn nicht überschreiben. Wählen Sie einen anderen Namen für die Liste.</translation>
        </message>
        <message>
            <source>The list cannot be written in %1: that language's translation is not installed (%2). Reinstall Leitplanken.</source>
            <translation>Die Liste kann nicht in der Sprache %1 geschrieben werden: Die Übersetzung dieser Sprache ist nicht installiert (%2). Installieren Sie Leitplanken neu.</translation>
        </message>
        <message>
            <source>The list has %1 rows; an Excel sheet holds at most %2. Nothing was written; write it as .csv instead.</source>
            <translation>Die Liste hat %1 Zeilen; ein Excel-Tabellenblatt fasst höchstens %2. Es wurde nichts geschrieben; schreiben Sie sie stattdessen als .csv.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 written (%2).</source>
            <translation>%1 geschrieben (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Mapping for importing the list again written to %1.</source>
            <translation>Zuordnung für den erneuten Import der Liste nach %1 geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>TableExportDialog</name>
        <message>
            <source>Export list</source>
            <extracomment>Languages of the list, each named in its own language. (done, total): use cases while building, rows while writing an XLSX. The ExportResult. The user cancelled; nothing was written. The exception (OSError when writing, MissingCatalogue, or a bug). The ExportResult of a written list. The user cancelled a running export; nothing was written.</extracomment>
            <translation>Liste exportieren</translation>
        </message>
        <message>
            <source>Use-case register (one row per use case)</source>
            <translation>Register der Anwendungsfälle (eine Zeile je Anwendungsfall)</translation>
        </message>
        <message>
            <source>Responsibility matrices (one row per RACI letter)</source>
            <translation>Verantwortungsmatrizen (eine Zeile je RACI-Buchstabe)</translation>
        </message>
        <message>
            <source>Integration checklists (one row per item)</source>
            <translation>Integrations-Checklisten (eine Zeile je Punkt)</translation>
        </message>
        <message>
            <source>Decision log (one row per decision)</source>
            <translation>Entscheidungsverlauf (eine Zeile je Entscheid)</translation>
        </message>
        <message>
            <source>CSV (text, opens in any spreadsheet)</source>
            <translation>CSV (Text, öffnet in jeder Tabellenkalkulation)</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel-Arbeitsmappe (XLSX)</translation>
        </message>
        <message>
            <source>German Excel: semicolons, decimal comma, 31.12.2026</source>
            <translation>Deutsches Excel: Semikolons, Dezimalkomma, 31.12.2026</translation>
        </message>
        <message>
            <source>Commas, decimal point, 2026-12-31</source>
            <translation>Kommas, Dezimalpunkt, 2026-12-31</translation>
        </message>
        <message>
            <source>Also save the &amp;mapping for importing this list again (beside it, found by the import)</source>
            <translation>Auch die &amp;Zuordnung für den erneuten Import dieser Liste speichern (daneben, der Import findet sie)</translation>
        </message>
        <message>
            <source>Texts starting with =, +, -, @ or a tab are written so that no spreadsheet runs them as a formula.</source>
            <translation>Texte, die mit =, +, -, @ oder einem Tabulator beginnen, werden so geschrieben, dass keine Tabellenkalkulation sie als Formel ausführt.</translation>
        </message>
        <message>
            <source>&amp;List:</source>
            <translation>&amp;Liste:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>CSV &amp;separator:</source>
            <translation>CSV-&amp;Trennzeichen:</translation>
        </message>
        <message>
            <source>Lan&amp;guage of the list:</source>
            <translation>&amp;Sprache der Liste:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Leitplanken</source>
            <translation>Leitplanken</translation>
        </message>
        <message>
            <source>register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>RACI</source>
            <translation>RACI</translation>
        </message>
        <message>
            <source>checklists</source>
            <translation>Checklisten</translation>
        </message>
        <message>
            <source>decisions</source>
            <translation>Entscheide</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>%1 is the workspace file itself; the list must not overwrite it. Choose another name.</source>
            <translation>%1 ist die Arbeitsbereich-Datei selbst; die Liste darf sie nicht überschreiben. Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Writing the list…</source>
            <translation>Die Liste wird geschrieben…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>The list was written to %1 (%2).</source>
            <translation>Die Liste wurde nach %1 geschrieben (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>File → Import use cases… reads it back with the mapping %1.</source>
            <translation>Datei → Anwendungsfälle importieren … liest sie mit der Zuordnung %1 wieder ein.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Im &amp;Ordner zeigen</translation>
        </message>
        <message>
            <source>The list could not be written to %1: %2. Nothing was changed. If the file is open in a spreadsheet, close it there and export again; otherwise choose another folder or name.</source>
            <translation>Die Liste konnte nicht nach %1 geschrieben werden: %2. Es wurde nichts verändert. Ist die Datei in einer Tabellenkalkulation geöffnet, schließen Sie sie dort und exportieren Sie erneut; andernfalls wählen Sie einen anderen Ordner oder Namen.</translation>
        </message>
        <message>
            <source>The list has %1 rows; an Excel sheet holds at most %2. Nothing was written; choose CSV instead.</source>
            <translation>Die Liste hat %1 Zeilen; ein Excel-Tabellenblatt fasst höchstens %2. Es wurde nichts geschrieben; wählen Sie stattdessen CSV.</translation>
        </message>
        <message>
            <source>The list cannot be made in this language: its translation is not installed (%1). Reinstall Leitplanken.</source>
            <translation>Die Liste kann in dieser Sprache nicht erstellt werden: Ihre Übersetzung ist nicht installiert (%1). Installieren Sie Leitplanken neu.</translation>
        </message>
    </context>
    <context>
        <name>UseCaseEditor</name>
        <message>
            <source>(untitled)</source>
            <extracomment>(tab key as findings name it, module, class) in the order PRODUCT.md lists the tabs. The user wants to go back to the register.</extracomment>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>The status changes only through a recorded decision (Decisions tab).</source>
            <translation>Der Status ändert sich nur durch einen erfassten Entscheid (Register „Entscheide“).</translation>
        </message>
        <message>
            <source>Prepare the mot&amp;ion</source>
            <translation>Antrag vorbere&amp;iten</translation>
        </message>
        <message>
            <source>Pilot trap: this pilot has gone %1 days without a decision (the limit is %2). %3 should decide: go live, extend with conditions, or stop.</source>
            <translation>Pilot-Falle: Dieser Pilot läuft seit %1 Tagen ohne Entscheid (die Grenze liegt bei %2). %3 sollte entscheiden: in den Regelbetrieb, mit Auflagen verlängern oder einstellen.</translation>
        </message>
        <message>
            <source>Opens “%1” to write the motion for the next meeting</source>
            <translation>Öffnet „%1“, um den Antrag für die nächste Sitzung zu schreiben</translation>
        </message>
        <message>
            <source>For %1</source>
            <translation>Für %1</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Überblick</translation>
        </message>
        <message>
            <source>S&amp;ystems</source>
            <translation>S&amp;ysteme</translation>
        </message>
        <message>
            <source>&amp;Responsibility (RACI)</source>
            <translation>Verantwortung (&amp;RACI)</translation>
        </message>
        <message>
            <source>&amp;Integration checklist</source>
            <translation>Integrations-&amp;Checkliste</translation>
        </message>
        <message>
            <source>Customer e&amp;xperience</source>
            <translation>&amp;Kundenerlebnis</translation>
        </message>
        <message>
            <source>&amp;Decisions</source>
            <translation>&amp;Entscheide</translation>
        </message>
        <message>
            <source>← All use cases</source>
            <translation>← Alle Anwendungsfälle</translation>
        </message>
        <message>
            <source>Back to the register (Alt+Left)</source>
            <translation>Zurück zum Register (Alt+Links)</translation>
        </message>
    </context>
    <context>
        <name>UseCasePicker</name>
        <message>
            <source>All statuses</source>
            <extracomment>Ticks, filters or an agenda choice changed (the dialog re-checks its problems). Agenda choices of a read-only file: used for this record, not stored.</extracomment>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Alle Zuständigen</translation>
        </message>
        <message>
            <source>Only pilots in the pilot trap</source>
            <translation>Nur Pilote in der Pilot-Falle</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Anwendungsfall</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>On the agenda</source>
            <translation>Traktandum</translation>
        </message>
        <message>
            <source>Tick the use cases for the record. Click “On the agenda” to put one up for decision or for information; the choice is kept in the use case.</source>
            <translation>Haken Sie die Anwendungsfälle für das Protokoll an. Ein Klick auf „Traktandum“ setzt einen zum Beschluss oder zur Kenntnisnahme auf die Liste; die Wahl bleibt im Anwendungsfall gespeichert.</translation>
        </message>
        <message>
            <source>Select all shown</source>
            <translation>Alle angezeigten auswählen</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Keine auswählen</translation>
        </message>
        <message>
            <source>Agenda for all shown</source>
            <translation>Traktandum für alle</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Automatic: %1</source>
            <translation>Automatisch: %1</translation>
        </message>
        <message>
            <source>%1 (automatic)</source>
            <translation>%1 (automatisch)</translation>
        </message>
        <message>
            <source>On the agenda: %1</source>
            <translation>Traktandum: %1</translation>
        </message>
        <message>
            <source>On the agenda: %1 (%2 use cases)</source>
            <translation>Traktandum: %1 (%2 Anwendungsfälle)</translation>
        </message>
        <message>
            <source>%1 of %2 chosen</source>
            <translation>%1 von %2 ausgewählt</translation>
        </message>
    </context>
    <context>
        <name>UseCaseSystemsModel</name>
        <message>
            <source>(unknown system)</source>
            <translation>(unbekanntes System)</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>How data flows</source>
            <translation>Wie Daten fliessen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>A manual transfer needs an owner: name who copies the data, and how often.</source>
            <translation>Eine manuelle Übertragung braucht eine zuständige Person: Nennen Sie, wer die Daten überträgt und wie oft.</translation>
        </message>
        <message>
            <source>Set integration</source>
            <translation>Anbindung festlegen</translation>
        </message>
        <message>
            <source>Edit system note</source>
            <translation>Notiz zum System bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <source>Which value means what?</source>
            <translation>Welcher Wert bedeutet was?</translation>
        </message>
        <message>
            <source>Each value found, how often, and what it becomes. A value marked “not recognised” keeps the field's default (a status: Idea) and is kept in the notes.</source>
            <translation>Jeder gefundene Wert, wie oft er vorkommt und was daraus wird. Bei einem Wert „nicht erkannt“ behält das Feld seine Voreinstellung (ein Status: Idee), und der Wert bleibt in den Notizen erhalten.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Wird zu</translation>
        </message>
        <message>
            <source>No column holds a status, risk class or yes/no: nothing to decide here.</source>
            <translation>Keine Spalte enthält einen Status, eine Risikoklasse oder Ja/Nein: Hier ist nichts zu entscheiden.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>not recognised (kept in the notes)</source>
            <translation>nicht erkannt (bleibt in den Notizen)</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Leitplanken</source>
            <extracomment>"Create my company's workspace" was chosen. "Open a file…" was chosen. "Look at the demo" was chosen. A recent file was chosen (its path).</extracomment>
            <translation>Willkommen bei Leitplanken</translation>
        </message>
        <message>
            <source>Leitplanken keeps your company's AI use cases in order: who answers for what, what still has to be done before regular operation, and the decision record for your board. Everything stays in one file on this computer.</source>
            <translation>Leitplanken hält die KI-Anwendungsfälle Ihres Unternehmens in Ordnung: wer wofür geradesteht, was vor dem Regelbetrieb noch zu tun ist, und das Entscheidungsprotokoll für Ihr Gremium. Alles bleibt in einer Datei auf diesem Computer.</translation>
        </message>
        <message>
            <source>&amp;Create my company's workspace…</source>
            <translation>Arbeitsbereich für mein Unternehmen &amp;erstellen …</translation>
        </message>
        <message>
            <source>Asks for your company and its board on one short page; you can also fill it in later.</source>
            <translation>Fragt auf einer kurzen Seite nach Ihrem Unternehmen und seinem Gremium; Sie können das auch später ausfüllen.</translation>
        </message>
        <message>
            <source>&amp;Open a file…</source>
            <translation>Datei ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>A workspace file (.leitplanken) from this computer, a USB stick or an e-mail.</source>
            <translation>Eine Arbeitsbereich-Datei (.leitplanken) von diesem Computer, einem USB-Stick oder aus einer E-Mail.</translation>
        </message>
        <message>
            <source>Look at the &amp;demo</source>
            <translation>Demo an&amp;sehen</translation>
        </message>
        <message>
            <source>A made-up company with a few use cases, to try everything out. Nothing you change there touches your own files.</source>
            <translation>Ein erfundenes Unternehmen mit einigen Anwendungsfällen, um alles auszuprobieren. Was Sie dort ändern, berührt Ihre eigenen Dateien nicht.</translation>
        </message>
        <message>
            <source>&amp;Recent files (double-click to open):</source>
            <translation>&amp;Zuletzt geöffnete Dateien (Doppelklick öffnet):</translation>
        </message>
        <message>
            <source>No recent files yet.</source>
            <translation>Noch keine zuletzt geöffneten Dateien.</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Wiederherstellen: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Use case</source>
            <translation>&amp;Anwendungsfall</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>A&amp;nsicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>Starts an empty workspace for a company</source>
            <translation>Beginnt einen leeren Arbeitsbereich für ein Unternehmen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Opens a workspace file (.leitplanken)</source>
            <translation>Öffnet eine Arbeitsbereich-Datei (.leitplanken)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Saves the workspace to its file</source>
            <translation>Speichert den Arbeitsbereich in seine Datei</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Speichern &amp;unter …</translation>
        </message>
        <message>
            <source>Saves the workspace to a new file</source>
            <translation>Speichert den Arbeitsbereich in eine neue Datei</translation>
        </message>
        <message>
            <source>&amp;Export decision record…</source>
            <translation>Entscheidungsprotokoll e&amp;xportieren …</translation>
        </message>
        <message>
            <source>Writes the decision record for the board as a PDF (Ctrl+E)</source>
            <translation>Schreibt das Entscheidungsprotokoll für das Gremium als PDF (Strg+E)</translation>
        </message>
        <message>
            <source>Export &amp;list…</source>
            <translation>&amp;Liste exportieren…</translation>
        </message>
        <message>
            <source>Writes the register, RACI matrices, checklists or decisions as CSV or Excel (XLSX)</source>
            <translation>Schreibt das Register, die Verantwortungsmatrizen, Checklisten oder Entscheide als CSV oder Excel (XLSX)</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Verlauf …</translation>
        </message>
        <message>
            <source>What changed since a chosen day, and by whom (Ctrl+H)</source>
            <translation>Was sich seit einem gewählten Tag geändert hat, und durch wen (Strg+H)</translation>
        </message>
        <message>
            <source>&amp;Catalogue…</source>
            <translation>&amp;Katalog …</translation>
        </message>
        <message>
            <source>The standard activities and checklist items new use cases start with</source>
            <translation>Die Standard-Tätigkeiten und Checklistenpunkte, mit denen neue Anwendungsfälle beginnen</translation>
        </message>
        <message>
            <source>&amp;Import use cases…</source>
            <translation>Anwendungsfälle &amp;importieren…</translation>
        </message>
        <message>
            <source>Adds use cases from a spreadsheet or inventory (CSV, TSV or Excel)</source>
            <translation>Fügt Anwendungsfälle aus einer Tabelle oder einem Inventar hinzu (CSV, TSV oder Excel)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Closes Leitplanken (asks about unsaved changes)</source>
            <translation>Schliesst Leitplanken (fragt nach ungespeicherten Änderungen)</translation>
        </message>
        <message>
            <source>Takes back the last change</source>
            <translation>Nimmt die letzte Änderung zurück</translation>
        </message>
        <message>
            <source>Makes the last undone change again</source>
            <translation>Führt die zuletzt zurückgenommene Änderung erneut aus</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copies the selection; in the register the selected rows, as a table for Excel or Word (Ctrl+C)</source>
            <translation>Kopiert die Auswahl; im Register die gewählten Zeilen als Tabelle für Excel oder Word (Strg+C)</translation>
        </message>
        <message>
            <source>&amp;Find use case</source>
            <translation>Anwendungsfall &amp;suchen</translation>
        </message>
        <message>
            <source>Goes to the register's search field</source>
            <translation>Springt ins Suchfeld des Registers</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <source>Language, company, board, pilot trap and paper size</source>
            <translation>Sprache, Unternehmen, Gremium, Pilot-Falle und Papierformat</translation>
        </message>
        <message>
            <source>&amp;New use case</source>
            <translation>&amp;Neuer Anwendungsfall</translation>
        </message>
        <message>
            <source>Adds a use case and opens it</source>
            <translation>Fügt einen Anwendungsfall hinzu und öffnet ihn</translation>
        </message>
        <message>
            <source>&amp;Remove use case…</source>
            <translation>Anwendungsfall &amp;entfernen …</translation>
        </message>
        <message>
            <source>Removes the selected or open use case</source>
            <translation>Entfernt den ausgewählten oder geöffneten Anwendungsfall</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>Ü&amp;bersicht</translation>
        </message>
        <message>
            <source>Counts per status and what needs attention</source>
            <translation>Anzahl je Status und was Aufmerksamkeit braucht</translation>
        </message>
        <message>
            <source>&amp;Use cases</source>
            <translation>&amp;Anwendungsfälle</translation>
        </message>
        <message>
            <source>The register of all use cases</source>
            <translation>Das Register aller Anwendungsfälle</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Personen</translation>
        </message>
        <message>
            <source>The company's people, internal and external</source>
            <translation>Die Personen des Unternehmens, intern und extern</translation>
        </message>
        <message>
            <source>&amp;Systems</source>
            <translation>S&amp;ysteme</translation>
        </message>
        <message>
            <source>The company's existing systems</source>
            <translation>Die bestehenden Systeme des Unternehmens</translation>
        </message>
        <message>
            <source>&amp;Back to the register</source>
            <translation>&amp;Zurück zum Register</translation>
        </message>
        <message>
            <source>Leaves the use-case editor</source>
            <translation>Verlässt die Bearbeitung des Anwendungsfalls</translation>
        </message>
        <message>
            <source>&amp;About Leitplanken</source>
            <translation>Ü&amp;ber Leitplanken</translation>
        </message>
        <message>
            <source>Version and licence</source>
            <translation>Version und Lizenz</translation>
        </message>
        <message>
            <source>&amp;Guided start…</source>
            <translation>&amp;Geführter Start …</translation>
        </message>
        <message>
            <source>A new use case through the article's three questions, step by step</source>
            <translation>Ein neuer Anwendungsfall über die drei Fragen des Artikels, Schritt für Schritt</translation>
        </message>
        <message>
            <source>Show the &amp;demo</source>
            <translation>&amp;Demo zeigen</translation>
        </message>
        <message>
            <source>Opens a made-up company to try things out; your own files stay untouched</source>
            <translation>Öffnet ein erfundenes Unternehmen zum Ausprobieren; Ihre eigenen Dateien bleiben unberührt</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Lists the keys for the menu commands</source>
            <translation>Listet die Tasten für die Menübefehle auf</translation>
        </message>
    </context>
    <context>
        <name>_BoundaryPage</name>
        <message>
            <source>e.g. %1</source>
            <translation>z. B. %1</translation>
        </message>
        <message>
            <source>Customers deal with it directly (customer-facing)</source>
            <translation>Die Kundschaft hat direkt damit zu tun (mit Kundenkontakt)</translation>
        </message>
    </context>
    <context>
        <name>_QuestionsPage</name>
        <message>
            <source>Your first use case</source>
            <extracomment>Who gets which letter on the catalogue activities: the article's three roles. (activity key, role, letter); every activity also gets the A of "who answers for it". What an external provider named on the roles page does: runs the integration (R) and is consulted on data protection (C); the A on those rows stays with whoever answers for it.</extracomment>
            <translation>Ihr erster Anwendungsfall</translation>
        </message>
        <message>
            <source>Three questions every small business should answer before AI becomes everyday work.</source>
            <translation>Drei Fragen, die jedes KMU beantworten sollte, bevor KI zum Alltag wird.</translation>
        </message>
        <message>
            <source>e.g. Answer customer enquiries</source>
            <translation>z. B. Kundenanfragen beantworten</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>z. B. %1</translation>
        </message>
        <message>
            <source>e.g. customers get a clear answer within two hours</source>
            <translation>z. B. die Kundschaft erhält innerhalb von zwei Stunden eine klare Antwort</translation>
        </message>
        <message>
            <source>e.g. the team gains time for personal advice</source>
            <translation>z. B. das Team gewinnt Zeit für die persönliche Beratung</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>For &amp;customers:</source>
            <translation>Für die &amp;Kundschaft:</translation>
        </message>
        <message>
            <source>For &amp;employees:</source>
            <translation>Für die &amp;Mitarbeitenden:</translation>
        </message>
        <message>
            <source>Example: %1</source>
            <translation>Beispiel: %1</translation>
        </message>
    </context>
    <context>
        <name>_RolesPage</name>
        <message>
            <source>Name (optional)</source>
            <translation>Name (freiwillig)</translation>
        </message>
        <message>
            <source>Firm</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Who &amp;checks the AI's outputs?</source>
            <translation>Wer &amp;prüft die Ergebnisse der KI?</translation>
        </message>
        <message>
            <source>Who &amp;intervenes on exceptions?</source>
            <translation>Wer &amp;greift bei Ausnahmen ein?</translation>
        </message>
        <message>
            <source>Who &amp;answers for it?</source>
            <translation>Wer &amp;trägt die Verantwortung?</translation>
        </message>
        <message>
            <source>Pick someone from the list or type a new name (added as an internal person). The one who answers for it must be internal.</source>
            <translation>Wählen Sie jemanden aus der Liste oder tippen Sie einen neuen Namen (wird als interne Person erfasst). Wer die Verantwortung trägt, muss intern sein.</translation>
        </message>
        <message>
            <source>E&amp;xternal provider:</source>
            <translation>E&amp;xterner Dienstleister:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>If a provider does part of the work, they are added as an external person with: %1. You can change this later in the responsibility matrix.</source>
            <translation>Erledigt ein Dienstleister einen Teil der Arbeit, wird er als externe Person erfasst mit: %1. Sie können das später in der Verantwortungsmatrix ändern.</translation>
        </message>
        <message>
            <source>Example: %1</source>
            <translation>Beispiel: %1</translation>
        </message>
        <message>
            <source>%1 is external. The one who answers for automated decisions must be an internal person.</source>
            <translation>%1 ist extern. Wer für automatisierte Entscheidungen geradesteht, muss eine interne Person sein.</translation>
        </message>
    </context>
</TS>