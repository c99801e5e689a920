<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Clear the field</source>
            <extracomment>Widgets a user types into, picks from or moves through: each needs a name. Marks a name this module derived (so it may be derived again after a language switch).</extracomment>
            <translation>Clear the field</translation>
        </message>
    </context>
    <context>
        <name>BoardNames</name>
        <message>
            <source>Board of directors</source>
            <extracomment>Formats offered, and the currency each one usually goes with. Formats and currency a new workspace starts with, per interface language. The usual names of a board, marked for translation once (the user may type their own).</extracomment>
            <translation>Board of directors</translation>
        </message>
        <message>
            <source>Management board</source>
            <translation>Management board</translation>
        </message>
        <message>
            <source>Advisory board</source>
            <translation>Advisory board</translation>
        </message>
        <message>
            <source>Executive board</source>
            <translation>Executive board</translation>
        </message>
    </context>
    <context>
        <name>BoardTab</name>
        <message>
            <source>a motion is written</source>
            <extracomment>The multi-line fields of the section, in the order the board reads them.</extracomment>
            <translation>a motion is written</translation>
        </message>
        <message>
            <source>the pilot waits too long for a decision (pilot trap)</source>
            <translation>the pilot waits too long for a decision (pilot trap)</translation>
        </message>
        <message>
            <source>no motion is written yet</source>
            <translation>no motion is written yet</translation>
        </message>
        <message>
            <source>Automatic means now: %1, because %2.</source>
            <translation>Automatic means now: %1, because %2.</translation>
        </message>
        <message>
            <source>The record lists this use case as: %1.</source>
            <translation>The record lists this use case as: %1.</translation>
        </message>
        <message>
            <source>The usual options for the status “%1”</source>
            <translation>The usual options for the status “%1”</translation>
        </message>
        <message>
            <source>The recommendation is not one of the options: %1 reads both, so better choose one of them.</source>
            <translation>The recommendation is not one of the options: %1 reads both, so better choose one of them.</translation>
        </message>
        <message>
            <source>e.g. %1 approves “%2” as proposed; %3 answers for it and reports at the next review.</source>
            <translation>e.g. %1 approves “%2” as proposed; %3 answers for it and reports at the next review.</translation>
        </message>
        <message>
            <source>the use case</source>
            <translation>the use case</translation>
        </message>
        <message>
            <source>the owner</source>
            <translation>the owner</translation>
        </message>
        <message>
            <source>The option you recommend; the reason below says why.</source>
            <translation>The option you recommend; the reason below says why.</translation>
        </message>
        <message>
            <source>What %1 is asked to decide on this use case. The decision record prints it on the item's own page: the motion, the options, your recommendation and why.</source>
            <translation>What %1 is asked to decide on this use case. The decision record prints it on the item's own page: the motion, the options, your recommendation and why.</translation>
        </message>
        <message>
            <source>&amp;Motion for %1:</source>
            <translation>&amp;Motion for %1:</translation>
        </message>
        <message>
            <source>O&amp;ptions for %1:</source>
            <translation>O&amp;ptions for %1:</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <source>The options were replaced by the suggestion; Edit → Undo brings yours back.</source>
            <translation>The options were replaced by the suggestion; Edit → Undo brings yours back.</translation>
        </message>
        <message>
            <source>One sentence that says exactly what is resolved — what, by whom, until when, under which conditions — so the minute-taker can copy it into the minutes.</source>
            <translation>One sentence that says exactly what is resolved — what, by whom, until when, under which conditions — so the minute-taker can copy it into the minutes.</translation>
        </message>
        <message>
            <source>One option per line. “Suggest options” fills the usual ones for the status; you can change them.</source>
            <translation>One option per line. “Suggest options” fills the usual ones for the status; you can change them.</translation>
        </message>
        <message>
            <source>Su&amp;ggest options</source>
            <translation>Su&amp;ggest options</translation>
        </message>
        <message>
            <source>e.g. The pilot met its success criteria; the open items are due by the next review.</source>
            <translation>e.g. The pilot met its success criteria; the open items are due by the next review.</translation>
        </message>
        <message>
            <source>e.g. Review ten answers a day for the first month.</source>
            <translation>e.g. Review ten answers a day for the first month.</translation>
        </message>
        <message>
            <source>Choose one of the options or type your own.</source>
            <translation>Choose one of the options or type your own.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>New use cases start with these activities and checklist items (catalogue version %1). Items marked required count for readiness. Each use case may add its own and switch items off. The hints cite the rule an item comes from: guidance, not legal advice.</source>
            <translation>New use cases start with these activities and checklist items (catalogue version %1). Items marked required count for readiness. Each use case may add its own and switch items off. The hints cite the rule an item comes from: guidance, not legal advice.</translation>
        </message>
        <message>
            <source>This app knows catalogue version %1; this workspace keeps version %2.</source>
            <translation>This app knows catalogue version %1; this workspace keeps version %2.</translation>
        </message>
        <message>
            <source>Responsibility matrix (RACI): activities</source>
            <translation>Responsibility matrix (RACI): activities</translation>
        </message>
        <message>
            <source>Integration checklist</source>
            <translation>Integration checklist</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
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
            <translation>Check file</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>File: %1</translation>
        </message>
        <message>
            <source>Schema version: %1</source>
            <translation>Schema version: %1</translation>
        </message>
        <message>
            <source>Integrity: damaged</source>
            <translation>Integrity: damaged</translation>
        </message>
        <message>
            <source>Integrity: ok (every page and every reference checked)</source>
            <translation>Integrity: ok (every page and every reference checked)</translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s)</source>
            <translation>
                <numerusform>%n use case</numerusform>
                <numerusform>%n use cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n decision</numerusform>
                <numerusform>%n decisions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n history entry(ies)</source>
            <translation>
                <numerusform>%n history entry</numerusform>
                <numerusform>%n history entries</numerusform>
            </translation>
        </message>
        <message>
            <source>On disk: changed by someone else since you opened it.</source>
            <translation>On disk: changed by someone else since you opened it.</translation>
        </message>
        <message>
            <source>In use: also opened by %1 on %2.</source>
            <translation>In use: also opened by %1 on %2.</translation>
        </message>
        <message>
            <source>Opened read-only.</source>
            <translation>Opened read-only.</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s).</source>
            <translation>
                <numerusform>%n finding.</numerusform>
                <numerusform>%n findings.</numerusform>
            </translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>No findings.</translation>
        </message>
        <message>
            <source>The file is intact.</source>
            <translation>The file is intact.</translation>
        </message>
        <message>
            <source>The rules found points to look at (below).</source>
            <translation>The rules found points to look at (below).</translation>
        </message>
        <message>
            <source>The rules found nothing to fix.</source>
            <translation>The rules found nothing to fix.</translation>
        </message>
        <message>
            <source>The file is damaged. Save your work under a new name with “Save as…” and keep the damaged file for inspection.</source>
            <translation>The file is damaged. Save your work under a new name with “Save as…” and keep the damaged file for inspection.</translation>
        </message>
        <message>
            <source>Checking every page of the file and every use case …</source>
            <translation>Checking every page of the file and every use case …</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Item</source>
            <extracomment>Columns of the tree. Role carrying the ChecklistItem of a row (None on category rows). A change was refused; the text says why (e.g. N/A without a reason). The user chose "not applicable" for this item (uuid): the view asks for the reason.</extracomment>
            <translation>Item</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>%1 of %2 done</translation>
        </message>
        <message>
            <source>Your own item: double-click to rename.</source>
            <translation>Your own item: double-click to rename.</translation>
        </message>
        <message>
            <source>Optional: does not count for readiness.</source>
            <translation>Optional: does not count for readiness.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reason: %1</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>none given</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 – overdue</source>
            <translation>%1 – overdue</translation>
        </message>
        <message>
            <source>Switch item on</source>
            <translation>Switch item on</translation>
        </message>
        <message>
            <source>Switch item off</source>
            <translation>Switch item off</translation>
        </message>
        <message>
            <source>Rename item</source>
            <translation>Rename item</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 of %2 done, %3 not applicable</source>
            <translation>%1 of %2 done, %3 not applicable</translation>
        </message>
        <message>
            <source>Switched off: not needed for this use case. Right-click to switch it on again.</source>
            <translation>Switched off: not needed for this use case. Right-click to switch it on again.</translation>
        </message>
        <message>
            <source>Tick the box (or press Space) when the item is done.</source>
            <translation>Tick the box (or press Space) when the item is done.</translation>
        </message>
        <message>
            <source>Set owner</source>
            <translation>Set owner</translation>
        </message>
        <message>
            <source>Set due date</source>
            <translation>Set due date</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <source>Edit evidence</source>
            <translation>Edit evidence</translation>
        </message>
        <message>
            <source>Please give a reason why this item does not apply.</source>
            <translation>Please give a reason why this item does not apply.</translation>
        </message>
        <message>
            <source>Mark item not applicable</source>
            <translation>Mark item not applicable</translation>
        </message>
        <message>
            <source>Reopen item</source>
            <translation>Reopen item</translation>
        </message>
        <message>
            <source>Mark item in progress</source>
            <translation>Mark item in progress</translation>
        </message>
        <message>
            <source>Mark item done</source>
            <translation>Mark item done</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTab</name>
        <message>
            <source>Category of your own item</source>
            <extracomment>What Delete puts into a cell of each column.</extracomment>
            <translation>Category of your own item</translation>
        </message>
        <message>
            <source>Your own item…</source>
            <translation>Your own item…</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Add item</translation>
        </message>
        <message>
            <source>Integration checklist</source>
            <translation>Integration checklist</translation>
        </message>
        <message>
            <source>Items by category. Space marks the current item done or open; the context menu sets any state or switches an item off.</source>
            <translation>Items by category. Space marks the current item done or open; the context menu sets any state or switches an item off.</translation>
        </message>
        <message>
            <source>Tick an item (or press Space) when it is done. Right-click for every state and to switch an item off that this use case does not need. “Not applicable” needs a reason. Double-click or F2 edits a cell; Delete clears owner, date, note or evidence.</source>
            <translation>Tick an item (or press Space) when it is done. Right-click for every state and to switch an item off that this use case does not need. “Not applicable” needs a reason. Double-click or F2 edits a cell; Delete clears owner, date, note or evidence.</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>Switch on</translation>
        </message>
        <message>
            <source>Switch this catalogue item on again for this use case</source>
            <translation>Switch this catalogue item on again for this use case</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>Switch off</translation>
        </message>
        <message>
            <source>This use case does not need the item: it is hidden and no longer counts (Edit → Undo brings it back)</source>
            <translation>This use case does not need the item: it is hidden and no longer counts (Edit → Undo brings it back)</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Remove item</translation>
        </message>
        <message>
            <source>“%1” is switched off for this use case. Edit → Undo or “Show switched-off items” brings it back.</source>
            <translation>“%1” is switched off for this use case. Edit → Undo or “Show switched-off items” brings it back.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;In progress</source>
            <translation>&amp;In progress</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <source>&amp;Not applicable…</source>
            <translation>&amp;Not applicable…</translation>
        </message>
        <message>
            <source>Not needed for this use case: &amp;switch off</source>
            <translation>Not needed for this use case: &amp;switch off</translation>
        </message>
        <message>
            <source>&amp;Switch on again</source>
            <translation>&amp;Switch on again</translation>
        </message>
        <message>
            <source>&amp;Remove item</source>
            <translation>&amp;Remove item</translation>
        </message>
        <message>
            <source>Show switched-off items</source>
            <translation>Show switched-off items</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>Removes your own item; catalogue items are switched off instead</source>
            <translation>Removes your own item; catalogue items are switched off instead</translation>
        </message>
        <message>
            <source>Add checklist item</source>
            <translation>Add checklist item</translation>
        </message>
        <message>
            <source>Remove checklist item</source>
            <translation>Remove checklist item</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>write the demo workspace to a file</source>
            <translation>write the demo workspace to a file</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>the file to write</translation>
        </message>
        <message>
            <source>language of the demo (default: the system language)</source>
            <translation>language of the demo (default: the system language)</translation>
        </message>
        <message>
            <source>overwrite an existing file</source>
            <translation>overwrite an existing file</translation>
        </message>
        <message>
            <source>%1 already exists. Use --force to overwrite it.</source>
            <translation>%1 already exists. Use --force to overwrite it.</translation>
        </message>
        <message>
            <source>Demo workspace written to %1</source>
            <translation>Demo workspace written to %1</translation>
        </message>
        <message>
            <source>check a file: integrity, schema and the rule findings</source>
            <translation>check a file: integrity, schema and the rule findings</translation>
        </message>
        <message>
            <source>the file to check</source>
            <translation>the file to check</translation>
        </message>
        <message>
            <source>FILE is an encrypted copy: its passphrase is the first line of F</source>
            <translation>FILE is an encrypted copy: its passphrase is the first line of F</translation>
        </message>
        <message>
            <source>judge pilot traps as of this date (default: today)</source>
            <translation>judge pilot traps as of this date (default: today)</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>File: %1</translation>
        </message>
        <message>
            <source>%1 (from version %2, migrated when opened for editing)</source>
            <translation>%1 (from version %2, migrated when opened for editing)</translation>
        </message>
        <message>
            <source>Schema version: %1</source>
            <translation>Schema version: %1</translation>
        </message>
        <message>
            <source>Integrity: damaged</source>
            <translation>Integrity: damaged</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Integrity: ok</translation>
        </message>
        <message>
            <source>Warning: the “-wal” file beside it holds changes of another program that do not fit this workspace; they are not shown, and the app opens the file read-only until that program is closed.</source>
            <translation>Warning: the “-wal” file beside it holds changes of another program that do not fit this workspace; they are not shown, and the app opens the file read-only until that program is closed.</translation>
        </message>
        <message>
            <source>Company: %1</source>
            <translation>Company: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s)</source>
            <translation>
                <numerusform>%n use case</numerusform>
                <numerusform>%n use cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n system(s)</source>
            <translation>
                <numerusform>%n system</numerusform>
                <numerusform>%n systems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n decision</numerusform>
                <numerusform>%n decisions</numerusform>
            </translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>hint</source>
            <translation>hint</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Findings:</translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>No findings.</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s).</source>
            <translation>
                <numerusform>%n finding.</numerusform>
                <numerusform>%n findings.</numerusform>
            </translation>
        </message>
        <message>
            <source>Guardrails for AI use cases in your company.</source>
            <extracomment>The subcommands; other parts of the app append theirs here.</extracomment>
            <translation>Guardrails for AI use cases in your company.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <source>the workspace file to open</source>
            <translation>the workspace file to open</translation>
        </message>
        <message>
            <source>open the app on a fresh copy of the demo workspace</source>
            <translation>open the app on a fresh copy of the demo workspace</translation>
        </message>
        <message>
            <source>start-up check: open the window (on FILE if given), let it start and exit; 0 when it started, 2 when FILE could not be opened</source>
            <translation>start-up check: open the window (on FILE if given), let it start and exit; 0 when it started, 2 when FILE could not be opened</translation>
        </message>
        <message>
            <source>The window is not part of this installation.</source>
            <translation>The window is not part of this installation.</translation>
        </message>
        <message>
            <source>Unexpected problem (an error in the program, not in your file): %1. Details: %2</source>
            <translation>Unexpected problem (an error in the program, not in your file): %1. Details: %2</translation>
        </message>
        <message>
            <source>Give either a file or --demo, not both.</source>
            <translation>Give either a file or --demo, not both.</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Which column is what?</source>
            <translation>Which column is what?</translation>
        </message>
        <message>
            <source>A target is suggested for every column from its heading and its values. Columns without a target are kept in the notes of each use case as “column: value”.</source>
            <translation>A target is suggested for every column from its heading and its values. Columns without a target are kept in the notes of each use case as “column: value”.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Values (sample)</source>
            <translation>Values (sample)</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Becomes</translation>
        </message>
        <message>
            <source>&amp;Load mapping …</source>
            <translation>&amp;Load mapping …</translation>
        </message>
        <message>
            <source>Sa&amp;ve mapping …</source>
            <translation>Sa&amp;ve mapping …</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Notes (“column: value”)</source>
            <translation>Notes (“column: value”)</translation>
        </message>
        <message>
            <source>• “%1”: “%2” takes its place (%3)</source>
            <translation>• “%1”: “%2” takes its place (%3)</translation>
        </message>
        <message>
            <source>• “%1”: not in this table</source>
            <translation>• “%1”: not in this table</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… and %1 more.</translation>
        </message>
        <message>
            <source>Choose the column that holds the title of each use case.</source>
            <translation>Choose the column that holds the title of each use case.</translation>
        </message>
        <message>
            <source>Load mapping</source>
            <translation>Load mapping</translation>
        </message>
        <message>
            <source>Mappings (*.json);;All files (*)</source>
            <translation>Mappings (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Save mapping</translation>
        </message>
        <message>
            <source>Mappings (*.json)</source>
            <translation>Mappings (*.json)</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Change</source>
            <extracomment>Commands with this id merge with the previous one (typing into one field is one step).</extracomment>
            <translation>Change</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Record decision</translation>
        </message>
    </context>
    <context>
        <name>CompanyPage</name>
        <message>
            <source>Name of board member %1</source>
            <extracomment>exec() result when the user chose "Later": create the workspace with what was typed.</extracomment>
            <translation>Name of board member %1</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>Role of board member %1</source>
            <translation>Role of board member %1</translation>
        </message>
        <message>
            <source>New workspace: your company</source>
            <translation>New workspace: your company</translation>
        </message>
        <message>
            <source>These details appear on the cover and the signature lines of the decision record. Fill in what you know now; everything can be changed later in Settings.</source>
            <translation>These details appear on the cover and the signature lines of the decision record. Fill in what you know now; everything can be changed later in Settings.</translation>
        </message>
        <message>
            <source>Company &amp;name:</source>
            <translation>Company &amp;name:</translation>
        </message>
        <message>
            <source>Legal f&amp;orm:</source>
            <translation>Legal f&amp;orm:</translation>
        </message>
        <message>
            <source>&amp;Formats:</source>
            <translation>&amp;Formats:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>C&amp;urrency:</translation>
        </message>
        <message>
            <source>&amp;Board:</source>
            <translation>&amp;Board:</translation>
        </message>
        <message>
            <source>&amp;I am:</source>
            <translation>&amp;I am:</translation>
        </message>
        <message>
            <source>e.g. Muster Haustechnik</source>
            <translation>e.g. Muster Haustechnik</translation>
        </message>
        <message>
            <source>e.g. AG, GmbH</source>
            <translation>e.g. AG, GmbH</translation>
        </message>
        <message>
            <source>Your name: recorded with each change in the history</source>
            <translation>Your name: recorded with each change in the history</translation>
        </message>
        <message>
            <source>The body that receives the decision record; type your own name for it if none fits</source>
            <translation>The body that receives the decision record; type your own name for it if none fits</translation>
        </message>
        <message>
            <source>Board &amp;members:</source>
            <translation>Board &amp;members:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>The chair and the minute-taker sign the minutes (Swiss CO Art. 713 para. 3). Each member is added to your people.</source>
            <translation>The chair and the minute-taker sign the minutes (Swiss CO Art. 713 para. 3). Each member is added to your people.</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>&amp;Add member</translation>
        </message>
        <message>
            <source>&amp;Create workspace</source>
            <translation>&amp;Create workspace</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>Creates the workspace now; the dashboard reminds you of what is missing</source>
            <translation>Creates the workspace now; the dashboard reminds you of what is missing</translation>
        </message>
    </context>
    <context>
        <name>CxTab</name>
        <message>
            <source>Customer experience is the compass: think every automation through from the customer's side. %1</source>
            <translation>Customer experience is the compass: think every automation through from the customer's side. %1</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Reliability</translation>
        </message>
        <message>
            <source>Response-time &amp;target:</source>
            <translation>Response-time &amp;target:</translation>
        </message>
        <message>
            <source>e.g. a clear answer within two hours</source>
            <translation>e.g. a clear answer within two hours</translation>
        </message>
        <message>
            <source>Required for customer-facing use cases. Say also how it is measured.</source>
            <translation>Required for customer-facing use cases. Say also how it is measured.</translation>
        </message>
        <message>
            <source>R&amp;ating:</source>
            <translation>R&amp;ating:</translation>
        </message>
        <message>
            <source>Fallback &amp;when the AI fails:</source>
            <translation>Fallback &amp;when the AI fails:</translation>
        </message>
        <message>
            <source>e.g. enquiries go to the service inbox and the team answers within one working day</source>
            <translation>e.g. enquiries go to the service inbox and the team answers within one working day</translation>
        </message>
        <message>
            <source>e.g. the answer has our tone and fits what the customer asked</source>
            <translation>e.g. the answer has our tone and fits what the customer asked</translation>
        </message>
        <message>
            <source>e.g. the customer understands what happens next and why</source>
            <translation>e.g. the customer understands what happens next and why</translation>
        </message>
        <message>
            <source>e.g. every answer names a person the customer can reach</source>
            <translation>e.g. every answer names a person the customer can reach</translation>
        </message>
        <message>
            <source>Rate CX question</source>
            <translation>Rate CX question</translation>
        </message>
        <message>
            <source>Edit CX note</source>
            <translation>Edit CX note</translation>
        </message>
        <message>
            <source>Set response-time target</source>
            <translation>Set response-time target</translation>
        </message>
        <message>
            <source>Edit fallback</source>
            <translation>Edit fallback</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>%1 – AI use cases</source>
            <extracomment>Marks the line that shows the next entries of a long attention list. How many attention entries are worded and shown at a time. Open a use case on a tab: (use case UUID, tab key, params for focus_target). Show the register filtered by one status (value of Status). Show the people page (load findings concern people, not a use case). The workspace is empty and the user wants to start (the guided first use case). Open Settings at the part that is missing: "name", "board", "meeting" or "me".</extracomment>
            <translation>%1 – AI use cases</translation>
        </message>
        <message>
            <source>AI use cases</source>
            <translation>AI use cases</translation>
        </message>
        <message>
            <source>Shows the use cases with status “%1” in the register</source>
            <translation>Shows the use cases with status “%1” in the register</translation>
        </message>
        <message>
            <source>The company name is missing.</source>
            <translation>The company name is missing.</translation>
        </message>
        <message>
            <source>Add it</source>
            <translation>Add it</translation>
        </message>
        <message>
            <source>No board members yet: the record's signature lines stay empty.</source>
            <translation>No board members yet: the record's signature lines stay empty.</translation>
        </message>
        <message>
            <source>Add them</source>
            <translation>Add them</translation>
        </message>
        <message>
            <source>Choose them</source>
            <translation>Choose them</translation>
        </message>
        <message>
            <source>Set it</source>
            <translation>Set it</translation>
        </message>
        <message>
            <source>The history does not know who you are: changes are recorded under this computer's account name.</source>
            <translation>The history does not know who you are: changes are recorded under this computer's account name.</translation>
        </message>
        <message>
            <source>Choose your name</source>
            <translation>Choose your name</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No use case yet. “Start with your first use case…” asks the article's three questions and fills in the use case and who answers for what; it takes about five minutes.</source>
            <translation>No use case yet. “Start with your first use case…” asks the article's three questions and fills in the use case and who answers for what; it takes about five minutes.</translation>
        </message>
        <message numerus="yes">
            <source>Show %n more entry(s)…</source>
            <translation>
                <numerusform>Show %n more entry…</numerusform>
                <numerusform>Show %n more entries…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n not shown yet)</source>
            <translation>
                <numerusform>(%n not shown yet)</numerusform>
                <numerusform>(%n not shown yet)</numerusform>
            </translation>
        </message>
        <message>
            <source>The list is sorted by urgency: the most serious entries come first</source>
            <translation>The list is sorted by urgency: the most serious entries come first</translation>
        </message>
        <message>
            <source>Click to open the people list</source>
            <translation>Click to open the people list</translation>
        </message>
        <message>
            <source>Click to open the use case where this is fixed</source>
            <translation>Click to open the use case where this is fixed</translation>
        </message>
        <message>
            <source>&amp;Start with your first use case…</source>
            <translation>&amp;Start with your first use case…</translation>
        </message>
        <message>
            <source>Answers the article's three questions step by step and fills the use case and its responsibility matrix</source>
            <translation>Answers the article's three questions step by step and fills the use case and its responsibility matrix</translation>
        </message>
        <message>
            <source>Use cases by status</source>
            <translation>Use cases by status</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>Nothing needs attention right now: no pilot waits too long, nothing is overdue and every responsibility matrix is valid.</source>
            <translation>Nothing needs attention right now: no pilot waits too long, nothing is overdue and every responsibility matrix is valid.</translation>
        </message>
        <message>
            <source>%1 has no chair or no minute-taker to sign the minutes.</source>
            <translation>%1 has no chair or no minute-taker to sign the minutes.</translation>
        </message>
        <message>
            <source>No date for the next meeting of %1.</source>
            <translation>No date for the next meeting of %1.</translation>
        </message>
        <message>
            <source>“For customers there is no pilot phase.” Pilots that wait too long for a decision are listed here as pilot traps.</source>
            <translation>“For customers there is no pilot phase.” Pilots that wait too long for a decision are listed here as pilot traps.</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Correct decision</source>
            <translation>Correct decision</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Record decision</translation>
        </message>
        <message>
            <source>Why was it decided this way?</source>
            <translation>Why was it decided this way?</translation>
        </message>
        <message>
            <source>e.g. review ten answers a day for the first month</source>
            <translation>e.g. review ten answers a day for the first month</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>e.g. %1</translation>
        </message>
        <message>
            <source>e.g. the management board</source>
            <translation>e.g. the management board</translation>
        </message>
        <message>
            <source>e.g. The board accepts the open items; they are due by the next review.</source>
            <translation>e.g. The board accepts the open items; they are due by the next review.</translation>
        </message>
        <message>
            <source>Reason for going live any&amp;way (required):</source>
            <translation>Reason for going live any&amp;way (required):</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Decision:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>D&amp;ate:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>&amp;Rationale:</translation>
        </message>
        <message>
            <source>&amp;Conditions:</source>
            <translation>&amp;Conditions:</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Decided &amp;by:</translation>
        </message>
        <message>
            <source>&amp;Next review:</source>
            <translation>&amp;Next review:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>This new entry corrects the entry of %1 (%2). The old entry stays in the log.</source>
            <translation>This new entry corrects the entry of %1 (%2). The old entry stays in the log.</translation>
        </message>
        <message>
            <source>Status stays: %1</source>
            <translation>Status stays: %1</translation>
        </message>
        <message>
            <source>Status: %1 → %2</source>
            <translation>Status: %1 → %2</translation>
        </message>
        <message>
            <source>Readiness is not complete. Still missing:</source>
            <translation>Readiness is not complete. Still missing:</translation>
        </message>
        <message>
            <source>Please give the date of the decision.</source>
            <translation>Please give the date of the decision.</translation>
        </message>
        <message>
            <source>Readiness is not complete: please give the reason for going live anyway.</source>
            <translation>Readiness is not complete: please give the reason for going live anyway.</translation>
        </message>
    </context>
    <context>
        <name>DecisionsTab</name>
        <message>
            <source>Decision log</source>
            <extracomment>(tab, params): a readiness link was followed; the editor shows that tab.</extracomment>
            <translation>Decision log</translation>
        </message>
        <message>
            <source>Record decision…</source>
            <translation>Record decision…</translation>
        </message>
        <message>
            <source>The status changes only through a recorded decision</source>
            <translation>The status changes only through a recorded decision</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <source>Adds a new entry that corrects the selected one; the log is never edited</source>
            <translation>Adds a new entry that corrects the selected one; the log is never edited</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rationale</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Correction: %1</source>
            <translation>Correction: %1</translation>
        </message>
        <message>
            <source>%1 (corrected)</source>
            <translation>%1 (corrected)</translation>
        </message>
        <message>
            <source>Corrects the entry of %1</source>
            <translation>Corrects the entry of %1</translation>
        </message>
        <message>
            <source>Gone live with readiness incomplete. Reason: %1</source>
            <translation>Gone live with readiness incomplete. Reason: %1</translation>
        </message>
        <message>
            <source>No decision recorded yet. The status changes only through a recorded decision.</source>
            <translation>No decision recorded yet. The status changes only through a recorded decision.</translation>
        </message>
        <message>
            <source>Corrects the entry of %1 (%2).</source>
            <translation>Corrects the entry of %1 (%2).</translation>
        </message>
        <message>
            <source>This entry was corrected by a later one.</source>
            <translation>This entry was corrected by a later one.</translation>
        </message>
        <message>
            <source>Rationale: %1</source>
            <translation>Rationale: %1</translation>
        </message>
        <message>
            <source>Conditions: %1</source>
            <translation>Conditions: %1</translation>
        </message>
        <message>
            <source>Decided by: %1</source>
            <translation>Decided by: %1</translation>
        </message>
        <message>
            <source>Next review: %1</source>
            <translation>Next review: %1</translation>
        </message>
        <message>
            <source>Correct decision</source>
            <translation>Correct decision</translation>
        </message>
        <message>
            <source>Record decision: %1</source>
            <translation>Record decision: %1</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export decision record</source>
            <extracomment>Record languages, each named in its own language. The path a record was written to. A record rendered for the preview (RenderResult). The user cancelled an export or preview; nothing was written. The user wants to fix a problem in the settings: the part ("name", "board") to focus. The user wants to fix a problem in a use case: (uuid, field name such as "motion").</extracomment>
            <translation>Export decision record</translation>
        </message>
        <message>
            <source>&amp;Register list (one table row per use case)</source>
            <translation>&amp;Register list (one table row per use case)</translation>
        </message>
        <message>
            <source>A compact landscape table for large inventories: no motions, minutes or per-use-case pages.</source>
            <translation>A compact landscape table for large inventories: no motions, minutes or per-use-case pages.</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>e.g. Board meeting 4/2026</source>
            <translation>e.g. Board meeting 4/2026</translation>
        </message>
        <message>
            <source>e.g. 14:00</source>
            <translation>e.g. 14:00</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <source>Add the minutes skeleton (present members, discussion, signatures)</source>
            <translation>Add the minutes skeleton (present members, discussion, signatures)</translation>
        </message>
        <message>
            <source>Add a circular resolution (every board member votes and signs)</source>
            <translation>Add a circular resolution (every board member votes and signs)</translation>
        </message>
        <message>
            <source>Who collects the signed copies</source>
            <translation>Who collects the signed copies</translation>
        </message>
        <message>
            <source>&amp;Decision record for %1</source>
            <translation>&amp;Decision record for %1</translation>
        </message>
        <message>
            <source>Language of the record:</source>
            <translation>Language of the record:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <source>Meeting:</source>
            <translation>Meeting:</translation>
        </message>
        <message>
            <source>Meeting date:</source>
            <translation>Meeting date:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>Prepared by:</source>
            <translation>Prepared by:</translation>
        </message>
        <message>
            <source>Confidentiality label:</source>
            <translation>Confidentiality label:</translation>
        </message>
        <message>
            <source>Return by:</source>
            <translation>Return by:</translation>
        </message>
        <message>
            <source>Return to:</source>
            <translation>Return to:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Export list…</source>
            <translation>Export list…</translation>
        </message>
        <message>
            <source>%1 (with unsaved changes)</source>
            <translation>%1 (with unsaved changes)</translation>
        </message>
        <message>
            <source>Decision record.pdf</source>
            <translation>Decision record.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Choose at least one use case.</source>
            <translation>Choose at least one use case.</translation>
        </message>
        <message>
            <source>%1 use cases are chosen; one register list takes at most %2. Narrow the list with the filters.</source>
            <translation>%1 use cases are chosen; one register list takes at most %2. Narrow the list with the filters.</translation>
        </message>
        <message>
            <source>%1 use cases are chosen; one decision record takes at most %2. Choose the use cases %3 decides on.</source>
            <translation>%1 use cases are chosen; one decision record takes at most %2. Choose the use cases %3 decides on.</translation>
        </message>
        <message>
            <source>Preparing the decision record…</source>
            <translation>Preparing the decision record…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Use case %1 of %2…</source>
            <translation>Use case %1 of %2…</translation>
        </message>
        <message>
            <source>The font cannot draw these characters; they appear as "?" in the record:
%1</source>
            <translation>The font cannot draw these characters; they appear as "?" in the record:
%1</translation>
        </message>
        <message>
            <source>The record could not be written to %1: %2</source>
            <translation>The record could not be written to %1: %2</translation>
        </message>
        <message>
            <source>The record cannot be made in this language: its translation is not installed (%1). Reinstall Leitplanken.</source>
            <translation>The record cannot be made in this language: its translation is not installed (%1). Reinstall Leitplanken.</translation>
        </message>
    </context>
    <context>
        <name>ExportedBox</name>
        <message>
            <source>Export finished</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <source>The register list was saved as %1.</source>
            <translation>The register list was saved as %1.</translation>
        </message>
        <message>
            <source>The decision record was saved as %1.</source>
            <translation>The decision record was saved as %1.</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Open PDF</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
    </context>
    <context>
        <name>FactsForm</name>
        <message>
            <source>— nobody yet —</source>
            <extracomment>(field, value, merge): a value the user finished entering.</extracomment>
            <translation>— nobody yet —</translation>
        </message>
        <message>
            <source>At most %1 tags of at most %2 characters each. Nothing was changed.</source>
            <translation>At most %1 tags of at most %2 characters each. Nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” is not a number. Please type digits, e.g. 1200.50.</source>
            <translation>“%1” is not a number. Please type digits, e.g. 1200.50.</translation>
        </message>
        <message>
            <source>“%1” is outside the range: an amount must be below %2 (plus or minus), with at most %3 decimals. Nothing was changed.</source>
            <translation>“%1” is outside the range: an amount must be below %2 (plus or minus), with at most %3 decimals. Nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” is outside the range: a number must be below %2 (plus or minus), with at most %3 decimals. Nothing was changed.</source>
            <translation>“%1” is outside the range: a number must be below %2 (plus or minus), with at most %3 decimals. Nothing was changed.</translation>
        </message>
        <message>
            <source>Customers deal with the result directly; a response-time target is then required.</source>
            <translation>Customers deal with the result directly; a response-time target is then required.</translation>
        </message>
        <message>
            <source>Involves &amp;personal data</source>
            <translation>Involves &amp;personal data</translation>
        </message>
        <message>
            <source>Names, e-mails, customer histories …: list them and clarify data protection.</source>
            <translation>Names, e-mails, customer histories …: list them and clarify data protection.</translation>
        </message>
        <message>
            <source>e.g. names, e-mail addresses, order history</source>
            <translation>e.g. names, e-mail addresses, order history</translation>
        </message>
        <message>
            <source>e.g. the CRM's AI assistant, provider name</source>
            <translation>e.g. the CRM's AI assistant, provider name</translation>
        </message>
        <message>
            <source>e.g. a clear answer within two hours</source>
            <translation>e.g. a clear answer within two hours</translation>
        </message>
        <message>
            <source>A complaint answered clearly within two hours signals reliability.</source>
            <translation>A complaint answered clearly within two hours signals reliability.</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. customer service, e-mail</source>
            <translation>Comma-separated, e.g. customer service, e-mail</translation>
        </message>
        <message>
            <source>Expected working hours saved per month</source>
            <translation>Expected working hours saved per month</translation>
        </message>
        <message>
            <source>An amount in the company currency, e.g. 1200.50</source>
            <translation>An amount in the company currency, e.g. 1200.50</translation>
        </message>
    </context>
    <context>
        <name>FieldWidgets</name>
        <message>
            <source>This field holds at most %1 characters; the rest was cut off.</source>
            <extracomment>A currency written before or after the amount ("CHF 1200", "1200 EUR", "Fr. 50", "€ 9"), the only letters a typed amount may carry: "1e999999" must not become 1999999. Characters a typed number may have: a trillion with grouping, decimals and a currency. Typed or pasted text went beyond max_length and was cut (the message says so). The most characters the field takes (a text field's limit, domain/limits.py). The message shown when typed or pasted text was cut at max_length ("" when not).</extracomment>
            <translation>This field holds at most %1 characters; the rest was cut off.</translation>
        </message>
        <message>
            <source>D</source>
            <extracomment>A calendar day (the date widget's own date() method hides the name inside its class). A typed date: three groups of digits with any of . / - or spaces between them.</extracomment>
            <translation>D</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Y</source>
            <translation>Y</translation>
        </message>
        <message>
            <source>Open the calendar</source>
            <extracomment>The value changed by the user (an invalid QDate for "no date"). What was typed is no date; the text says so in the interface language.</extracomment>
            <translation>Open the calendar</translation>
        </message>
        <message>
            <source>Type a date, e.g. %1 or 2026-12-15, or pick it from the calendar. Empty means no date.</source>
            <translation>Type a date, e.g. %1 or 2026-12-15, or pick it from the calendar. Empty means no date.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Please type it like %2 or 2026-12-15; nothing was changed.</source>
            <translation>“%1” is not a date. Please type it like %2 or 2026-12-15; nothing was changed.</translation>
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
            <translation>Use case</translation>
        </message>
        <message>
            <source>Company</source>
            <extracomment>Every record type, parents before children (the order storage inserts them in).</extracomment>
            <translation>Company</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Formats</source>
            <translation>Formats</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Name of the board</source>
            <translation>Name of the board</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Catalogue version</source>
            <translation>Catalogue version</translation>
        </message>
        <message>
            <source>Pilot trap after (days)</source>
            <translation>Pilot trap after (days)</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Paper size</translation>
        </message>
        <message>
            <source>Bottleneck from (use cases)</source>
            <translation>Bottleneck from (use cases)</translation>
        </message>
        <message>
            <source>Date of the next meeting</source>
            <translation>Date of the next meeting</translation>
        </message>
        <message>
            <source>Time of the next meeting</source>
            <translation>Time of the next meeting</translation>
        </message>
        <message>
            <source>Place of the next meeting</source>
            <translation>Place of the next meeting</translation>
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
            <translation>Function</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Internal</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Motion for the board</source>
            <translation>&amp;Motion for the board</translation>
        </message>
        <message>
            <source>O&amp;ptions for the board</source>
            <translation>O&amp;ptions for the board</translation>
        </message>
        <message>
            <source>Recomme&amp;ndation</source>
            <translation>Recomme&amp;ndation</translation>
        </message>
        <message>
            <source>Rea&amp;son for the recommendation</source>
            <translation>Rea&amp;son for the recommendation</translation>
        </message>
        <message>
            <source>On the &amp;agenda</source>
            <translation>On the &amp;agenda</translation>
        </message>
        <message>
            <source>Condi&amp;tions proposed</source>
            <translation>Condi&amp;tions proposed</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Concrete problem</source>
            <translation>Concrete problem</translation>
        </message>
        <message>
            <source>Relief for customers</source>
            <translation>Relief for customers</translation>
        </message>
        <message>
            <source>Relief for employees</source>
            <translation>Relief for employees</translation>
        </message>
        <message>
            <source>Where automation ends and the human begins</source>
            <translation>Where automation ends and the human begins</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tool or provider</source>
            <translation>Tool or provider</translation>
        </message>
        <message>
            <source>Board member</source>
            <translation>Board member</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Customer-facing</source>
            <translation>&amp;Customer-facing</translation>
        </message>
        <message>
            <source>O&amp;wner</source>
            <translation>O&amp;wner</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>Which personal data</source>
            <translation>Which personal data</translation>
        </message>
        <message>
            <source>Risk class (EU AI Act)</source>
            <translation>Risk class (EU AI Act)</translation>
        </message>
        <message>
            <source>One-off cost</source>
            <translation>One-off cost</translation>
        </message>
        <message>
            <source>Monthly cost</source>
            <translation>Monthly cost</translation>
        </message>
        <message>
            <source>Hours saved per month</source>
            <translation>Hours saved per month</translation>
        </message>
        <message>
            <source>Response-time target</source>
            <translation>Response-time target</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Fallback</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Created on</translation>
        </message>
        <message>
            <source>Pilot start</source>
            <translation>Pilot start</translation>
        </message>
        <message>
            <source>Go-live</source>
            <translation>Go-live</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>System of a use case</source>
            <translation>System of a use case</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Integration</translation>
        </message>
        <message>
            <source>RACI activity</source>
            <translation>RACI activity</translation>
        </message>
        <message>
            <source>RACI person</source>
            <translation>RACI person</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>CX check</source>
            <translation>CX check</translation>
        </message>
        <message>
            <source>Catalogue entry</source>
            <translation>Catalogue entry</translation>
        </message>
        <message>
            <source>RACI letter</source>
            <translation>RACI letter</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Checklist item</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Reason for N/A</source>
            <translation>Reason for N/A</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Switched on</source>
            <translation>Switched on</translation>
        </message>
        <message>
            <source>Required for readiness</source>
            <translation>Required for readiness</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Decided on</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rationale</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>Deciders</source>
            <translation>Deciders</translation>
        </message>
        <message>
            <source>Corrects</source>
            <translation>Corrects</translation>
        </message>
        <message>
            <source>Reason despite gaps</source>
            <translation>Reason despite gaps</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>Recorded at</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
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
            <translation>replace an existing file (the previous one is kept as NAME.bak) or write despite a stale “in use” marker</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Nothing was written.</translation>
        </message>
        <message>
            <source>%1 has an “in use” marker whose holder is gone (stale). Nothing was written; use --force to write anyway.</source>
            <translation>%1 has an “in use” marker whose holder is gone (stale). Nothing was written; use --force to write anyway.</translation>
        </message>
        <message>
            <source>%1 already exists. Nothing was written; use --force to replace it (the previous version is kept as %2).</source>
            <translation>%1 already exists. Nothing was written; use --force to replace it (the previous version is kept as %2).</translation>
        </message>
        <message>
            <source>%1 is a Leitplanken workspace (or another database); the PDF must not overwrite it. Choose another name for the PDF.</source>
            <translation>%1 is a Leitplanken workspace (or another database); the PDF must not overwrite it. Choose another name for the PDF.</translation>
        </message>
    </context>
    <context>
        <name>FileErrors</name>
        <message>
            <source>untitled workspace</source>
            <extracomment>Longest file name shown in a message before it is shortened in the middle.</extracomment>
            <translation>untitled workspace</translation>
        </message>
        <message>
            <source>The file “%1” was not found. Check the name and the folder, or whether the USB stick is still plugged in.</source>
            <translation>The file “%1” was not found. Check the name and the folder, or whether the USB stick is still plugged in.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a Leitplanken file. Choose the .leitplanken file inside it.</source>
            <translation>“%1” is a folder, not a Leitplanken file. Choose the .leitplanken file inside it.</translation>
        </message>
        <message>
            <source>You have no permission to use “%1”. Ask whoever manages the folder for access, or copy the file into a folder of your own.</source>
            <translation>You have no permission to use “%1”. Ask whoever manages the folder for access, or copy the file into a folder of your own.</translation>
        </message>
        <message>
            <source>“%1” is empty (0 bytes), probably cut off while copying. Use the original, or the backup copy ending in .bak beside it.</source>
            <translation>“%1” is empty (0 bytes), probably cut off while copying. Use the original, or the backup copy ending in .bak beside it.</translation>
        </message>
        <message>
            <source>“%1” is not a Leitplanken file. It may be another kind of document (a text file, a ZIP archive) that was renamed. Nothing was changed.</source>
            <translation>“%1” is not a Leitplanken file. It may be another kind of document (a text file, a ZIP archive) that was renamed. Nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” is a database of another program, not a Leitplanken workspace. Nothing was changed.</source>
            <translation>“%1” is a database of another program, not a Leitplanken workspace. Nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer version of Leitplanken (file version %2; this version reads up to %3). Install the current version of Leitplanken to open it. Nothing was changed.</source>
            <translation>“%1” was saved by a newer version of Leitplanken (file version %2; this version reads up to %3). Install the current version of Leitplanken to open it. Nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” is damaged and cannot be opened. Nothing was changed. Open the backup copy ending in .bak beside it, or ask the sender for the file again.</source>
            <translation>“%1” is damaged and cannot be opened. Nothing was changed. Open the backup copy ending in .bak beside it, or ask the sender for the file again.</translation>
        </message>
        <message>
            <source>“%1” contains program code (triggers, views or formulas) that a Leitplanken file never contains. To protect your data it was not opened and nothing was changed. Ask the sender where the file comes from.</source>
            <translation>“%1” contains program code (triggers, views or formulas) that a Leitplanken file never contains. To protect your data it was not opened and nothing was changed. Ask the sender where the file comes from.</translation>
        </message>
        <message>
            <source>“%1” has a structure Leitplanken does not know; it was probably changed with another tool. It was not opened and nothing was changed.</source>
            <translation>“%1” has a structure Leitplanken does not know; it was probably changed with another tool. It was not opened and nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” is being used by someone else right now. Open it read-only, open a copy, or try again later.</source>
            <translation>“%1” is being used by someone else right now. Open it read-only, open a copy, or try again later.</translation>
        </message>
        <message>
            <source>“%1” can only be read (the file or the medium is read-only). Your changes are kept; use “Save as…” to store them elsewhere.</source>
            <translation>“%1” can only be read (the file or the medium is read-only). Your changes are kept; use “Save as…” to store them elsewhere.</translation>
        </message>
        <message>
            <source>Not saved: the medium holding “%1” is full. The file is unchanged and your changes are kept; free some space or use “Save as…” on another drive.</source>
            <translation>Not saved: the medium holding “%1” is full. The file is unchanged and your changes are kept; free some space or use “Save as…” on another drive.</translation>
        </message>
        <message>
            <source>“%1” could not be reached: its folder was deleted or the USB stick removed. Your changes are kept; reconnect the medium or use “Save as…”.</source>
            <translation>“%1” could not be reached: its folder was deleted or the USB stick removed. Your changes are kept; reconnect the medium or use “Save as…”.</translation>
        </message>
        <message>
            <source>“%1” was changed by someone else since you opened it. Merge their changes, save under another name, or overwrite knowingly.</source>
            <translation>“%1” was changed by someone else since you opened it. Merge their changes, save under another name, or overwrite knowingly.</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy. Enter its passphrase to open it.</source>
            <translation>“%1” is an encrypted copy. Enter its passphrase to open it.</translation>
        </message>
        <message>
            <source>The passphrase for “%1” is wrong, or the file was altered on the way. Check the passphrase and try again.</source>
            <translation>The passphrase for “%1” is wrong, or the file was altered on the way. Check the passphrase and try again.</translation>
        </message>
        <message>
            <source>“%1” is not a complete encrypted copy; it is damaged or was cut off. Ask the sender for the file again.</source>
            <translation>“%1” is not a complete encrypted copy; it is damaged or was cut off. Ask the sender for the file again.</translation>
        </message>
        <message>
            <source>“%1” is the file that is open right now. Choose another file.</source>
            <translation>“%1” is the file that is open right now. Choose another file.</translation>
        </message>
        <message>
            <source>“%1” cannot be used as a file name on every computer (reserved names such as CON, dots or spaces at the end, invisible or special characters, or longer than the 240 bytes a file system allows for a name, fewer letters with umlauts or accents). Choose a short, plain name.</source>
            <translation>“%1” cannot be used as a file name on every computer (reserved names such as CON, dots or spaces at the end, invisible or special characters, or longer than the 240 bytes a file system allows for a name, fewer letters with umlauts or accents). Choose a short, plain name.</translation>
        </message>
        <message>
            <source>Leitplanken’s own working folder (%2) is full, so “%1” cannot be worked on. The file itself is unchanged. Free some space on the drive holding that folder, then try again.</source>
            <translation>Leitplanken’s own working folder (%2) is full, so “%1” cannot be worked on. The file itself is unchanged. Free some space on the drive holding that folder, then try again.</translation>
        </message>
        <message>
            <source>“%1” is a SQLite database in UTF-16 encoding. Leitplanken always writes UTF-8, so this file was made or converted by another tool and is not one of ours. Nothing was changed.</source>
            <translation>“%1” is a SQLite database in UTF-16 encoding. Leitplanken always writes UTF-8, so this file was made or converted by another tool and is not one of ours. Nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” is a link that points to itself (directly or through other links), so there is no file behind it. Choose the real file instead. Nothing was changed.</source>
            <translation>“%1” is a link that points to itself (directly or through other links), so there is no file behind it. Choose the real file instead. Nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” is not a regular file (it is a pipe, a socket or a device). Choose a .leitplanken file. Nothing was changed.</source>
            <translation>“%1” is not a regular file (it is a pipe, a socket or a device). Choose a .leitplanken file. Nothing was changed.</translation>
        </message>
        <message>
            <source>“%1” was opened read-only: its name is too long to save beside it (the backup and lock files need a few more characters than the file system allows). Use “Save as…” with a shorter name to keep your changes.</source>
            <translation>“%1” was opened read-only: its name is too long to save beside it (the backup and lock files need a few more characters than the file system allows). Use “Save as…” with a shorter name to keep your changes.</translation>
        </message>
        <message>
            <source>“%1” was opened read-only: beside it lies a file “-wal” with changes another program made, and they do not fit this workspace (another program may have changed its structure, or the file belongs to another database). They are shown without those changes and nothing was removed. Close the other program and open the file again, or use “Save as…” to keep your own changes in another file.</source>
            <translation>“%1” was opened read-only: beside it lies a file “-wal” with changes another program made, and they do not fit this workspace (another program may have changed its structure, or the file belongs to another database). They are shown without those changes and nothing was removed. Close the other program and open the file again, or use “Save as…” to keep your own changes in another file.</translation>
        </message>
        <message>
            <source>“%1” seems to be in use, but its “in use” marker (.~lock.…#) cannot be read: it is damaged or was not written by Leitplanken. If you are sure nobody is working on the file, break the marker; otherwise open it read-only or open a copy.</source>
            <translation>“%1” seems to be in use, but its “in use” marker (.~lock.…#) cannot be read: it is damaged or was not written by Leitplanken. If you are sure nobody is working on the file, break the marker; otherwise open it read-only or open a copy.</translation>
        </message>
        <message>
            <source>“%1” is open by %2 on %3 since %4. Open it read-only, open a copy, or try again later.</source>
            <translation>“%1” is open by %2 on %3 since %4. Open it read-only, open a copy, or try again later.</translation>
        </message>
    </context>
    <context>
        <name>FileErrorsCli</name>
        <message>
            <source>write the result elsewhere with -o OUT</source>
            <extracomment>The parts of the CLI a message may speak for: a command, or the file a command only reads. "merge" is the file merge writes (MINE, or OUT); "merge-theirs" the copy merged in; "send-copy" the copy written (OUT), "send-copy-file" the workspace it is made from.</extracomment>
            <translation>write the result elsewhere with -o OUT</translation>
        </message>
        <message>
            <source>give an OUT in a folder you may write to</source>
            <translation>give an OUT in a folder you may write to</translation>
        </message>
        <message>
            <source>copy the file into a folder of your own (cp) and try again</source>
            <translation>copy the file into a folder of your own (cp) and try again</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy. Only the copy merged in may be encrypted: give it second (as THEIRS) with --passphrase-file FILE, and write the result with -o OUT.</source>
            <translation>“%1” is an encrypted copy. Only the copy merged in may be encrypted: give it second (as THEIRS) with --passphrase-file FILE, and write the result with -o OUT.</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy. Merge it into a workspace first (merge MINE THEIRS --passphrase-file FILE), then export that workspace.</source>
            <translation>“%1” is an encrypted copy. Merge it into a workspace first (merge MINE THEIRS --passphrase-file FILE), then export that workspace.</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy; use cases are imported into a workspace file. Merge the copy into your file first (merge MINE THEIRS --passphrase-file FILE), then import into that file.</source>
            <translation>“%1” is an encrypted copy; use cases are imported into a workspace file. Merge the copy into your file first (merge MINE THEIRS --passphrase-file FILE), then import into that file.</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy. Send it as it is, or merge it into your file first (merge MINE THEIRS --passphrase-file FILE).</source>
            <translation>“%1” is an encrypted copy. Send it as it is, or merge it into your file first (merge MINE THEIRS --passphrase-file FILE).</translation>
        </message>
        <message>
            <source>“%1” is an encrypted copy. Give its passphrase with --passphrase-file FILE (the first line of FILE).</source>
            <translation>“%1” is an encrypted copy. Give its passphrase with --passphrase-file FILE (the first line of FILE).</translation>
        </message>
        <message>
            <source>You have no permission to use “%1”. Ask whoever manages the folder for access, or %2.</source>
            <translation>You have no permission to use “%1”. Ask whoever manages the folder for access, or %2.</translation>
        </message>
        <message>
            <source>“%1” is being used by someone else right now. Try again when it is closed there, or work on a copy (cp) of it.</source>
            <translation>“%1” is being used by someone else right now. Try again when it is closed there, or work on a copy (cp) of it.</translation>
        </message>
        <message>
            <source>“%1” can only be read (the file or the medium is read-only). It is unchanged; %2.</source>
            <translation>“%1” can only be read (the file or the medium is read-only). It is unchanged; %2.</translation>
        </message>
        <message>
            <source>Not saved: the medium holding “%1” is full. The file is unchanged; free some space, or %2.</source>
            <translation>Not saved: the medium holding “%1” is full. The file is unchanged; free some space, or %2.</translation>
        </message>
        <message>
            <source>“%1” could not be reached: its folder was deleted or the USB stick removed. Nothing was written; reconnect the medium and try again, or %2.</source>
            <translation>“%1” could not be reached: its folder was deleted or the USB stick removed. Nothing was written; reconnect the medium and try again, or %2.</translation>
        </message>
        <message>
            <source>“%1” was changed by someone else while the command ran. Nothing was written; run the command again.</source>
            <translation>“%1” was changed by someone else while the command ran. Nothing was written; run the command again.</translation>
        </message>
        <message>
            <source>The passphrase for “%1” is wrong, or the file was altered on the way. Check the first line of the --passphrase-file FILE and try again.</source>
            <translation>The passphrase for “%1” is wrong, or the file was altered on the way. Check the first line of the --passphrase-file FILE and try again.</translation>
        </message>
        <message>
            <source>“%1” is the same file as the other one given. Give another file.</source>
            <translation>“%1” is the same file as the other one given. Give another file.</translation>
        </message>
        <message>
            <source>“%1” cannot be written: its name is too long to save beside it (the backup and lock files need a few more characters than the file system allows). It is unchanged; %2, or give it a shorter name (mv).</source>
            <translation>“%1” cannot be written: its name is too long to save beside it (the backup and lock files need a few more characters than the file system allows). It is unchanged; %2, or give it a shorter name (mv).</translation>
        </message>
        <message>
            <source>“%1”: beside it lies a file “-wal” with changes another program made, and they do not fit this workspace (another program may have changed its structure, or the file belongs to another database). Nothing was written and nothing was removed. Close the other program and try again.</source>
            <translation>“%1”: beside it lies a file “-wal” with changes another program made, and they do not fit this workspace (another program may have changed its structure, or the file belongs to another database). Nothing was written and nothing was removed. Close the other program and try again.</translation>
        </message>
        <message>
            <source>“%1” seems to be in use, but its “in use” marker (.~lock.…#) cannot be read: it is damaged or was not written by Leitplanken. If you are sure nobody is working on the file, repeat the command with --force; otherwise work on a copy (cp) of it.</source>
            <translation>“%1” seems to be in use, but its “in use” marker (.~lock.…#) cannot be read: it is damaged or was not written by Leitplanken. If you are sure nobody is working on the file, repeat the command with --force; otherwise work on a copy (cp) of it.</translation>
        </message>
        <message>
            <source>“%1” is open by %2 on %3 since %4. Try again when it is closed there, or work on a copy (cp) of it.</source>
            <translation>“%1” is open by %2 on %3 since %4. Try again when it is closed there, or work on a copy (cp) of it.</translation>
        </message>
    </context>
    <context>
        <name>FileGuard</name>
        <message>
            <source>File changed by someone else</source>
            <translation>File changed by someone else</translation>
        </message>
        <message>
            <source>“%1” was changed by someone else since you opened it. Saving now would overwrite their changes.

Merge their changes into yours first, save yours under another name, or overwrite theirs knowingly.</source>
            <translation>“%1” was changed by someone else since you opened it. Saving now would overwrite their changes.

Merge their changes into yours first, save yours under another name, or overwrite theirs knowingly.</translation>
        </message>
        <message>
            <source>&amp;Merge their changes</source>
            <translation>&amp;Merge their changes</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Save &amp;as…</translation>
        </message>
        <message>
            <source>&amp;Overwrite their changes</source>
            <translation>&amp;Overwrite their changes</translation>
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
            <translation>Leitplanken workspaces (*%1);;All files (*)</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Open workspace</translation>
        </message>
        <message>
            <source>Opened read-only: use Save as to keep your changes in another file.</source>
            <translation>Opened read-only: use Save as to keep your changes in another file.</translation>
        </message>
        <message>
            <source>Opening “%1” …</source>
            <translation>Opening “%1” …</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Workspace</translation>
        </message>
        <message>
            <source>Save workspace as</source>
            <translation>Save workspace as</translation>
        </message>
        <message>
            <source>Not saved: cancelled. The file is as it was; your changes are kept.</source>
            <translation>Not saved: cancelled. The file is as it was; your changes are kept.</translation>
        </message>
        <message>
            <source>Save workspace</source>
            <translation>Save workspace</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
        <message>
            <source>Saving “%1” …</source>
            <translation>Saving “%1” …</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>%1 (not saved yet)</source>
            <translation>%1 (not saved yet)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved yet. Save them?</source>
            <translation>“%1” has changes that are not saved yet. Save them?</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Which table?</source>
            <translation>Which table?</translation>
        </message>
        <message>
            <source>A CSV, TSV or Excel file (.xlsx) with one use case per row. Check in the preview that the columns are split correctly.</source>
            <translation>A CSV, TSV or Excel file (.xlsx) with one use case per row. Check in the preview that the columns are split correctly.</translation>
        </message>
        <message>
            <source>Choose a file …</source>
            <translation>Choose a file …</translation>
        </message>
        <message>
            <source>&amp;Choose …</source>
            <translation>&amp;Choose …</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Detect</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Encoding:</translation>
        </message>
        <message>
            <source>&amp;Separator:</source>
            <translation>&amp;Separator:</translation>
        </message>
        <message>
            <source>&amp;Header in row:</source>
            <translation>&amp;Header in row:</translation>
        </message>
        <message>
            <source>Shee&amp;t:</source>
            <translation>Shee&amp;t:</translation>
        </message>
        <message>
            <source>Import use cases</source>
            <translation>Import use cases</translation>
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>%1, separator: %2</source>
            <translation>%1, separator: %2</translation>
        </message>
        <message>
            <source>sheet “%1”</source>
            <translation>sheet “%1”</translation>
        </message>
        <message>
            <source>header in row %1</source>
            <translation>header in row %1</translation>
        </message>
        <message>
            <source>A saved mapping fits this table: %1</source>
            <translation>A saved mapping fits this table: %1</translation>
        </message>
    </context>
    <context>
        <name>FileSharing</name>
        <message>
            <source>Send &amp;copy…</source>
            <translation>Send &amp;copy…</translation>
        </message>
        <message>
            <source>Writes a clean copy for a USB stick or an e-mail, optionally encrypted</source>
            <translation>Writes a clean copy for a USB stick or an e-mail, optionally encrypted</translation>
        </message>
        <message>
            <source>&amp;Merge from file…</source>
            <translation>&amp;Merge from file…</translation>
        </message>
        <message>
            <source>Takes over the changes of a colleague's copy; you decide where both changed</source>
            <translation>Takes over the changes of a colleague's copy; you decide where both changed</translation>
        </message>
        <message>
            <source>Chec&amp;k file…</source>
            <translation>Chec&amp;k file…</translation>
        </message>
        <message>
            <source>Checks the file's integrity and lists what the rules find</source>
            <translation>Checks the file's integrity and lists what the rules find</translation>
        </message>
    </context>
    <context>
        <name>FileTask</name>
        <message>
            <source>Cancel</source>
            <extracomment>How long a task runs before its progress window shows (ms). The bar's resolution: progress in bytes (hundreds of MB) does not fit Qt's int range. The user pressed Cancel (or Esc) while cancelling was allowed.</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stopping …</source>
            <translation>Stopping …</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>“%1”</source>
            <extracomment>Set by a document with its own language (a record): its dates follow that language.
----------
The catalogue item that asks for the EU AI Act risk class to be assessed.</extracomment>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>an activity</source>
            <translation>an activity</translation>
        </message>
        <message>
            <source>a checklist item</source>
            <translation>a checklist item</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>an unknown person</source>
            <translation>an unknown person</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 and %2</translation>
        </message>
        <message>
            <source>The responsibility matrix has no activities yet.</source>
            <extracomment>Every code the rules produce; each has its sentence below.</extracomment>
            <translation>The responsibility matrix has no activities yet.</translation>
        </message>
        <message>
            <source>Nobody is entered in the responsibility matrix yet. Start with the person who answers for it (A).</source>
            <translation>Nobody is entered in the responsibility matrix yet. Start with the person who answers for it (A).</translation>
        </message>
        <message>
            <source>%1 has no Accountable (A): exactly one person must answer for it.</source>
            <translation>%1 has no Accountable (A): exactly one person must answer for it.</translation>
        </message>
        <message>
            <source>%1 has two Accountables: %2</source>
            <translation>%1 has two Accountables: %2</translation>
        </message>
        <message>
            <source>%1 has %2 Accountables: %3</source>
            <translation>%1 has %2 Accountables: %3</translation>
        </message>
        <message>
            <source>The accountable person for %1 is external: %2. Accountability must stay inside the company.</source>
            <translation>The accountable person for %1 is external: %2. Accountability must stay inside the company.</translation>
        </message>
        <message>
            <source>The accountable person for %1 is no longer in the people list.</source>
            <translation>The accountable person for %1 is no longer in the people list.</translation>
        </message>
        <message>
            <source>Nobody is marked R for %1: who does the work?</source>
            <translation>Nobody is marked R for %1: who does the work?</translation>
        </message>
        <message>
            <source>%1 holds several letters for %2 (%3): one letter per person and activity.</source>
            <translation>%1 holds several letters for %2 (%3): one letter per person and activity.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is accountable for %n use case(s) – a bottleneck when they are away.</source>
            <translation>
                <numerusform>%1 is accountable for %n use case – a bottleneck when they are away.</numerusform>
                <numerusform>%1 is accountable for %n use cases – a bottleneck when they are away.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The responsibility matrix has %n error(s).</source>
            <translation>
                <numerusform>The responsibility matrix has %n error.</numerusform>
                <numerusform>The responsibility matrix has %n errors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The responsibility matrix has %n error(s): %1</source>
            <translation>
                <numerusform>The responsibility matrix has %n error: %1</numerusform>
                <numerusform>The responsibility matrix has %n errors, the first: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The concrete problem is not described yet.</source>
            <translation>The concrete problem is not described yet.</translation>
        </message>
        <message>
            <source>The problem statement is not concrete enough: not “raise efficiency”, but e.g. “answer recurring enquiries automatically”.</source>
            <translation>The problem statement is not concrete enough: not “raise efficiency”, but e.g. “answer recurring enquiries automatically”.</translation>
        </message>
        <message>
            <source>No relief is stated, neither for customers nor for employees.</source>
            <translation>No relief is stated, neither for customers nor for employees.</translation>
        </message>
        <message>
            <source>The boundary between automation and human is not written down.</source>
            <translation>The boundary between automation and human is not written down.</translation>
        </message>
        <message>
            <source>The responsibility matrix is empty.</source>
            <translation>The responsibility matrix is empty.</translation>
        </message>
        <message>
            <source>%1: %2 is not done yet.</source>
            <translation>%1: %2 is not done yet.</translation>
        </message>
        <message>
            <source>Checklist: %1 is marked not applicable without a reason.</source>
            <translation>Checklist: %1 is marked not applicable without a reason.</translation>
        </message>
        <message>
            <source>Data protection and law: %1 is not resolved yet.</source>
            <translation>Data protection and law: %1 is not resolved yet.</translation>
        </message>
        <message>
            <source>CX check: %1 is not rated yet.</source>
            <translation>CX check: %1 is not rated yet.</translation>
        </message>
        <message>
            <source>No response-time target is set, though customers deal with this use case.</source>
            <translation>No response-time target is set, though customers deal with this use case.</translation>
        </message>
        <message>
            <source>Personal data is involved, but which data is not listed.</source>
            <translation>Personal data is involved, but which data is not listed.</translation>
        </message>
        <message>
            <source>The EU AI Act risk class is not assessed yet.</source>
            <translation>The EU AI Act risk class is not assessed yet.</translation>
        </message>
        <message>
            <source>The risk class is %1: this use must not go live.</source>
            <translation>The risk class is %1: this use must not go live.</translation>
        </message>
        <message>
            <source>Sounds like a goal rather than a problem: %1. Which concrete problem does AI solve? Not “raise efficiency”, but e.g. “answer recurring enquiries automatically”.</source>
            <translation>Sounds like a goal rather than a problem: %1. Which concrete problem does AI solve? Not “raise efficiency”, but e.g. “answer recurring enquiries automatically”.</translation>
        </message>
        <message numerus="yes">
            <source>The problem statement has only %n word(s). Describe what happens today and what should change.</source>
            <translation>
                <numerusform>The problem statement has only %n word. Describe what happens today and what should change.</numerusform>
                <numerusform>The problem statement has only %n words. Describe what happens today and what should change.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pilot trap: no decision for %n day(s) (since %1, limit %2 days). Go live, extend or stop?</source>
            <translation>
                <numerusform>Pilot trap: no decision for %n day (since %1, limit %2 days). Go live, extend or stop?</numerusform>
                <numerusform>Pilot trap: no decision for %n days (since %1, limit %2 days). Go live, extend or stop?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 was due on %2 (%n day(s) ago); owner: %3.</source>
            <translation>
                <numerusform>%1 was due on %2 (%n day ago); owner: %3.</numerusform>
                <numerusform>%1 was due on %2 (%n days ago); owner: %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 was due on %2 (%n day(s) ago) and has no owner.</source>
            <translation>
                <numerusform>%1 was due on %2 (%n day ago) and has no owner.</numerusform>
                <numerusform>%1 was due on %2 (%n days ago) and has no owner.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The review was due on %1 (%n day(s) ago).</source>
            <translation>
                <numerusform>The review was due on %1 (%n day ago).</numerusform>
                <numerusform>The review was due on %1 (%n days ago).</numerusform>
            </translation>
        </message>
        <message>
            <source>The review is due today.</source>
            <translation>The review is due today.</translation>
        </message>
        <message numerus="yes">
            <source>The review is due on %1 (in %n day(s)).</source>
            <translation>
                <numerusform>The review is due on %1 (in %n day).</numerusform>
                <numerusform>The review is due on %1 (in %n days).</numerusform>
            </translation>
        </message>
        <message>
            <source>This decision belongs to another use case.</source>
            <translation>This decision belongs to another use case.</translation>
        </message>
        <message>
            <source>This decision is already in the decision record. Entries are never changed; record a correction instead.</source>
            <translation>This decision is already in the decision record. Entries are never changed; record a correction instead.</translation>
        </message>
        <message>
            <source>A correction cannot refer to itself.</source>
            <translation>A correction cannot refer to itself.</translation>
        </message>
        <message>
            <source>The corrected entry is not in this use case's decision record.</source>
            <translation>The corrected entry is not in this use case's decision record.</translation>
        </message>
        <message>
            <source>Only a pilot can be extended; this use case is %1.</source>
            <translation>Only a pilot can be extended; this use case is %1.</translation>
        </message>
        <message>
            <source>The next review (%1) lies before the date of the decision.</source>
            <translation>The next review (%1) lies before the date of the decision.</translation>
        </message>
        <message>
            <source>The readiness check is not complete: going to regular operation needs a reason, which the decision record shows.</source>
            <translation>The readiness check is not complete: going to regular operation needs a reason, which the decision record shows.</translation>
        </message>
        <message>
            <source>Unknown finding: %1</source>
            <translation>Unknown finding: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstUseCaseWizard</name>
        <message>
            <source>Guided start</source>
            <translation>Guided start</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Throw away your answers?</source>
            <translation>Throw away your answers?</translation>
        </message>
        <message>
            <source>Nothing has been created yet. Your answers are lost when you close the guided start now.</source>
            <translation>Nothing has been created yet. Your answers are lost when you close the guided start now.</translation>
        </message>
        <message>
            <source>&amp;Discard answers</source>
            <translation>&amp;Discard answers</translation>
        </message>
        <message>
            <source>&amp;Keep answering</source>
            <translation>&amp;Keep answering</translation>
        </message>
        <message>
            <source>Create first use case</source>
            <translation>Create first use case</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Add person</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Getting started</source>
            <extracomment>topic -&gt; (title, paragraphs); the words are the glossary's (PRODUCT.md).</extracomment>
            <translation>Getting started</translation>
        </message>
        <message>
            <source>Leitplanken keeps one company's AI use cases in one file: who answers for what, what is still missing before regular operation, and the decision record for your board.</source>
            <translation>Leitplanken keeps one company's AI use cases in one file: who answers for what, what is still missing before regular operation, and the decision record for your board.</translation>
        </message>
        <message>
            <source>Create your company's workspace to start, open a file you received, or look at the demo company first; the demo never touches your own files.</source>
            <translation>Create your company's workspace to start, open a file you received, or look at the demo company first; the demo never touches your own files.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>The dashboard counts the use cases per status and lists what needs attention: pilots in the pilot trap, overdue checklist items, responsibility matrices without exactly one Accountable, reviews that are due and people who are accountable for many use cases.</source>
            <translation>The dashboard counts the use cases per status and lists what needs attention: pilots in the pilot trap, overdue checklist items, responsibility matrices without exactly one Accountable, reviews that are due and people who are accountable for many use cases.</translation>
        </message>
        <message>
            <source>Double-click an entry to open the use case where the problem is; click a status to see those use cases in the register.</source>
            <translation>Double-click an entry to open the use case where the problem is; click a status to see those use cases in the register.</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Use cases</translation>
        </message>
        <message>
            <source>The register lists every use case. Type in the search field to find words in titles, problems and tags; the filters narrow it down by status, owner, risk class, customer contact and readiness. Click a column heading to sort.</source>
            <translation>The register lists every use case. Type in the search field to find words in titles, problems and tags; the filters narrow it down by status, owner, risk class, customer contact and readiness. Click a column heading to sort.</translation>
        </message>
        <message>
            <source>Open a use case with a double-click or Enter. File → Import use cases adds them from a spreadsheet or an existing inventory.</source>
            <translation>Open a use case with a double-click or Enter. File → Import use cases adds them from a spreadsheet or an existing inventory.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>The company's people, internal and external (advisers, providers). External partners can take on checklist items and roles in the responsibility matrix, but the Accountable for an activity must always be an internal person.</source>
            <translation>The company's people, internal and external (advisers, providers). External partners can take on checklist items and roles in the responsibility matrix, but the Accountable for an activity must always be an internal person.</translation>
        </message>
        <message>
            <source>Systems</source>
            <translation>Systems</translation>
        </message>
        <message>
            <source>The systems the company already works with (CRM, ERP, e-mail, website, phone, accounting). A tool that does not talk to them stays an experiment: each use case records which systems it touches and how.</source>
            <translation>The systems the company already works with (CRM, ERP, e-mail, website, phone, accounting). A tool that does not talk to them stays an experiment: each use case records which systems it touches and how.</translation>
        </message>
        <message>
            <source>Use case: overview</source>
            <translation>Use case: overview</translation>
        </message>
        <message>
            <source>Answer the article's three questions: which concrete problem the use case solves (not “raise efficiency” but “answer recurring enquiries automatically”), where it relieves customers and employees, and who keeps responsibility.</source>
            <translation>Answer the article's three questions: which concrete problem the use case solves (not “raise efficiency” but “answer recurring enquiries automatically”), where it relieves customers and employees, and who keeps responsibility.</translation>
        </message>
        <message>
            <source>Write down where automation ends and the human begins. The status changes only through a recorded decision (Decisions tab).</source>
            <translation>Write down where automation ends and the human begins. The status changes only through a recorded decision (Decisions tab).</translation>
        </message>
        <message>
            <source>Use case: systems</source>
            <translation>Use case: systems</translation>
        </message>
        <message>
            <source>Which of the company's systems this use case works with, and how: not connected, manual transfer or automated. A manual transfer needs someone who owns it.</source>
            <translation>Which of the company's systems this use case works with, and how: not connected, manual transfer or automated. A manual transfer needs someone who owns it.</translation>
        </message>
        <message>
            <source>Responsibility matrix (RACI)</source>
            <translation>Responsibility matrix (RACI)</translation>
        </message>
        <message>
            <source>One row per activity, one column per person. R does the work, A answers for it, C is consulted, I is informed. Each activity needs exactly one A, an internal person, never an external provider; at least one R (A may also be R).</source>
            <translation>One row per activity, one column per person. R does the work, A answers for it, C is consulted, I is informed. Each activity needs exactly one A, an internal person, never an external provider; at least one R (A may also be R).</translation>
        </message>
        <message>
            <source>Type R, A, C or I into a cell, or Delete to clear it; AI makes no decisions, people do.</source>
            <translation>Type R, A, C or I into a cell, or Delete to clear it; AI makes no decisions, people do.</translation>
        </message>
        <message>
            <source>Integration checklist</source>
            <translation>Integration checklist</translation>
        </message>
        <message>
            <source>What must be settled before regular operation, by category. Tick an item (or press Space) when it is done; the context menu sets every state. “Not applicable” needs a reason, which the decision record shows.</source>
            <translation>What must be settled before regular operation, by category. Tick an item (or press Space) when it is done; the context menu sets every state. “Not applicable” needs a reason, which the decision record shows.</translation>
        </message>
        <message>
            <source>Give each item an owner and a due date; add your own items, or switch off a catalogue item this use case does not need. Required items count for readiness.</source>
            <translation>Give each item an owner and a due date; add your own items, or switch off a catalogue item this use case does not need. Required items count for readiness.</translation>
        </message>
        <message>
            <source>Customer experience (CX) check</source>
            <translation>Customer experience (CX) check</translation>
        </message>
        <message>
            <source>Customer experience is the compass: does it feel coherent, is it comprehensible, is responsibility visibly taken? Rate each question and note why.</source>
            <translation>Customer experience is the compass: does it feel coherent, is it comprehensible, is responsibility visibly taken? Rate each question and note why.</translation>
        </message>
        <message>
            <source>Set a response-time target for customer-facing use cases and a fallback for when the AI fails.</source>
            <translation>Set a response-time target for customer-facing use cases and a fallback for when the AI fails.</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>The decision log is kept forever: start evaluation, start pilot, extend pilot, go live, pause, stop, change. A mistake is corrected by a new entry that refers to the old one.</source>
            <translation>The decision log is kept forever: start evaluation, start pilot, extend pilot, go live, pause, stop, change. A mistake is corrected by a new entry that refers to the old one.</translation>
        </message>
        <message>
            <source>The readiness check shows what is still missing for regular operation; going live without it needs a reason, which the decision record prints.</source>
            <translation>The readiness check shows what is still missing for regular operation; going live without it needs a reason, which the decision record prints.</translation>
        </message>
        <message>
            <source>For the board</source>
            <translation>For the board</translation>
        </message>
        <message>
            <source>The motion is the one sentence the board decides on and the minute-taker copies. Give the options, your recommendation and why; the decision record prints them on the use case's page.</source>
            <translation>The motion is the one sentence the board decides on and the minute-taker copies. Give the options, your recommendation and why; the decision record prints them on the use case's page.</translation>
        </message>
        <message>
            <source>Recording a decision</source>
            <translation>Recording a decision</translation>
        </message>
        <message>
            <source>Record what was decided, when, why, under which conditions and by whom, and when it is reviewed next. The use case's status follows the decision.</source>
            <translation>Record what was decided, when, why, under which conditions and by whom, and when it is reviewed next. The use case's status follows the decision.</translation>
        </message>
        <message>
            <source>Guided start</source>
            <translation>Guided start</translation>
        </message>
        <message>
            <source>Three short pages for a first use case: the concrete problem and the relief, where automation ends and the human begins, and who checks, who intervenes and who answers for it. Everything can be changed later in the use case.</source>
            <translation>Three short pages for a first use case: the concrete problem and the relief, where automation ends and the human begins, and who checks, who intervenes and who answers for it. Everything can be changed later in the use case.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>The interface language, the company (name, legal form, formats and currency), the board with its members and their roles (chair, minute-taker), the next meeting, the days after which a pilot counts as a pilot trap, and the paper size of the decision record.</source>
            <translation>The interface language, the company (name, legal form, formats and currency), the board with its members and their roles (chair, minute-taker), the next meeting, the days after which a pilot counts as a pilot trap, and the paper size of the decision record.</translation>
        </message>
        <message>
            <source>Decision record</source>
            <translation>Decision record</translation>
        </message>
        <message>
            <source>The decision record is a board paper: cover, agenda, one page per item for decision with the motion, options and recommendation, items for information, a minutes skeleton and an appendix with the details.</source>
            <translation>The decision record is a board paper: cover, agenda, one page per item for decision with the motion, options and recommendation, items for information, a minutes skeleton and an appendix with the details.</translation>
        </message>
        <message>
            <source>Choose the use cases and whether each is for decision or for information; the dialog lists what is missing (company, board members, motions) before you export. The record's language may differ from the interface's.</source>
            <translation>Choose the use cases and whether each is for decision or for information; the dialog lists what is missing (company, board members, motions) before you export. The record's language may differ from the interface's.</translation>
        </message>
        <message>
            <source>Importing use cases</source>
            <translation>Importing use cases</translation>
        </message>
        <message>
            <source>File → Import use cases adds them from a spreadsheet or an inventory (CSV, TSV or Excel): one row per use case, a header row naming the columns. The wizard shows a preview, lets you match columns and values, and adds nothing before you confirm; Edit → Undo takes the whole import back.</source>
            <translation>File → Import use cases adds them from a spreadsheet or an inventory (CSV, TSV or Excel): one row per use case, a header row naming the columns. The wizard shows a preview, lets you match columns and values, and adds nothing before you confirm; Edit → Undo takes the whole import back.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Every change with its time and author: choose a day, for example the last board meeting, to see what changed since. The author is the person chosen in Settings (“I am …”).</source>
            <translation>Every change with its time and author: choose a day, for example the last board meeting, to see what changed since. The author is the person chosen in Settings (“I am …”).</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>The standard activities of the responsibility matrix and the items of the integration checklist that new use cases start with. The hints cite the rule an item comes from: guidance, not legal advice.</source>
            <translation>The standard activities of the responsibility matrix and the items of the integration checklist that new use cases start with. The hints cite the rule an item comes from: guidance, not legal advice.</translation>
        </message>
        <message>
            <source>Sharing the file</source>
            <translation>Sharing the file</translation>
        </message>
        <message>
            <source>Send copy writes a copy for a colleague or an adviser, encrypted if you like; Merge from file takes their changes back and asks where both of you changed the same thing; Check file tells whether a file is intact.</source>
            <translation>Send copy writes a copy for a colleague or an adviser, encrypted if you like; Merge from file takes their changes back and asks where both of you changed the same thing; Check file tells whether a file is intact.</translation>
        </message>
        <message>
            <source>A file open elsewhere opens read-only; after a crash the unsaved work is offered back at the next start.</source>
            <translation>A file open elsewhere opens read-only; after a crash the unsaved work is offered back at the next start.</translation>
        </message>
        <message>
            <source>Other screens</source>
            <extracomment>Class name of a screen (page, editor tab, dialog) -&gt; its help topic.</extracomment>
            <translation>Other screens</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>&amp;Help for this screen</source>
            <translation>&amp;Help for this screen</translation>
        </message>
        <message>
            <source>A short help page for the screen in front (F1)</source>
            <translation>A short help page for the screen in front (F1)</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Changes &amp;since:</source>
            <translation>Changes &amp;since:</translation>
        </message>
        <message>
            <source>Starts at the latest recorded decision, usually the last board meeting.</source>
            <translation>Starts at the latest recorded decision, usually the last board meeting.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>(removed)</source>
            <extracomment>How many of the latest entries the dialog reads; older ones are rarely asked for. Up to this many rows are made as tall as their text (more would make filtering slow). The history action whose entry holds an update's old and new values (storage.writes). Formats for times and dates per interface language, when the company's are another's.</extracomment>
            <translation>(removed)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation>%1 “%2”</translation>
        </message>
        <message>
            <source>%1 in “%2”</source>
            <translation>%1 in “%2”</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Taken over from a merged copy</source>
            <translation>Taken over from a merged copy</translation>
        </message>
        <message>
            <source>Other version kept by a merge</source>
            <translation>Other version kept by a merge</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>import use cases from a spreadsheet (CSV, TSV, XLSX)</source>
            <translation>import use cases from a spreadsheet (CSV, TSV, XLSX)</translation>
        </message>
        <message>
            <source>the workspace file (created, with an empty company, when missing)</source>
            <translation>the workspace file (created, with an empty company, when missing)</translation>
        </message>
        <message>
            <source>the spreadsheet: .csv, .tsv, .txt or .xlsx</source>
            <translation>the spreadsheet: .csv, .tsv, .txt or .xlsx</translation>
        </message>
        <message>
            <source>use this saved mapping (columns and values it does not name are suggested)</source>
            <translation>use this saved mapping (columns and values it does not name are suggested)</translation>
        </message>
        <message>
            <source>save the mapping used, to check or reuse it</source>
            <translation>save the mapping used, to check or reuse it</translation>
        </message>
        <message>
            <source>show what would be imported and write nothing</source>
            <translation>show what would be imported and write nothing</translation>
        </message>
        <message>
            <source>the sheet of an XLSX workbook to import (the first one by default)</source>
            <translation>the sheet of an XLSX workbook to import (the first one by default)</translation>
        </message>
        <message>
            <source>ignore</source>
            <translation>ignore</translation>
        </message>
        <message>
            <source>not recognised: the use case starts as Idea, the value is kept in the notes</source>
            <translation>not recognised: the use case starts as Idea, the value is kept in the notes</translation>
        </message>
        <message>
            <source>not recognised: the field keeps its default, the value is kept in the notes</source>
            <translation>not recognised: the field keeps its default, the value is kept in the notes</translation>
        </message>
        <message>
            <source>no title</source>
            <translation>no title</translation>
        </message>
        <message>
            <source>a quotation mark is opened and never closed; the line was left out and reading went on with the next one</source>
            <translation>a quotation mark is opened and never closed; the line was left out and reading went on with the next one</translation>
        </message>
        <message>
            <source>more cells than the header has columns (%1)</source>
            <translation>more cells than the header has columns (%1)</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>cannot be read (%1)</translation>
        </message>
        <message>
            <source>“%1” is empty.</source>
            <translation>“%1” is empty.</translation>
        </message>
        <message>
            <source>“%1” is larger than %2 MB, the most one import takes. Split the table into smaller files.</source>
            <translation>“%1” is larger than %2 MB, the most one import takes. Split the table into smaller files.</translation>
        </message>
        <message>
            <source>“%1” has more than %2 rows, the most one import takes. Split the table into smaller files.</source>
            <translation>“%1” has more than %2 rows, the most one import takes. Split the table into smaller files.</translation>
        </message>
        <message>
            <source>“%1” has more than %2 columns, the most one import takes.</source>
            <translation>“%1” has more than %2 columns, the most one import takes.</translation>
        </message>
        <message>
            <source>“%1” would unpack to far more data than a spreadsheet holds (%2); it is not imported.</source>
            <translation>“%1” would unpack to far more data than a spreadsheet holds (%2); it is not imported.</translation>
        </message>
        <message>
            <source>“%1” is not a workbook this program can read (%2). Save it again as .xlsx or as CSV.</source>
            <translation>“%1” is not a workbook this program can read (%2). Save it again as .xlsx or as CSV.</translation>
        </message>
        <message>
            <source>“%1” is an old Excel workbook (.xls). Save it as .xlsx or as CSV and import that.</source>
            <translation>“%1” is an old Excel workbook (.xls). Save it as .xlsx or as CSV and import that.</translation>
        </message>
        <message>
            <source>“%1” is not a table the import understands (%2). Save the spreadsheet as CSV or XLSX.</source>
            <translation>“%1” is not a table the import understands (%2). Save the spreadsheet as CSV or XLSX.</translation>
        </message>
        <message>
            <source>“%1” cannot be read in the chosen encoding (%2).</source>
            <translation>“%1” cannot be read in the chosen encoding (%2).</translation>
        </message>
        <message>
            <source>“%1” has no header row.</source>
            <translation>“%1” has no header row.</translation>
        </message>
        <message>
            <source>“%1” has no sheet of that name. Its sheets: %2</source>
            <translation>“%1” has no sheet of that name. Its sheets: %2</translation>
        </message>
        <message>
            <source>“%1” is not a spreadsheet (XLSX): it is neither a workbook nor a table of text, though its name ends in %2.</source>
            <translation>“%1” is not a spreadsheet (XLSX): it is neither a workbook nor a table of text, though its name ends in %2.</translation>
        </message>
        <message>
            <source>No column of “%1” can be the title of a use case. Columns found: %2</source>
            <translation>No column of “%1” can be the title of a use case. Columns found: %2</translation>
        </message>
        <message>
            <source>The mapping “%1” cannot be used: %2</source>
            <translation>The mapping “%1” cannot be used: %2</translation>
        </message>
        <message>
            <source>The mapping could not be saved as “%1”: %2</source>
            <translation>The mapping could not be saved as “%1”: %2</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>“%1” could not be read: %2</translation>
        </message>
        <message>
            <source>separator “%1”, encoding %2</source>
            <translation>separator “%1”, encoding %2</translation>
        </message>
        <message>
            <source>sheet “%1”</source>
            <translation>sheet “%1”</translation>
        </message>
        <message>
            <source>%1: %2 rows, %3, header in row %4.</source>
            <translation>%1: %2 rows, %3, header in row %4.</translation>
        </message>
        <message>
            <source>The workbook's sheets: %1 (another one with --sheet NAME).</source>
            <translation>The workbook's sheets: %1 (another one with --sheet NAME).</translation>
        </message>
        <message>
            <source>%1 formula cell(s) have no computed value (the file was not last saved by a spreadsheet program) and read as empty. Open and save it in Excel or LibreOffice to import their values.  !</source>
            <translation>%1 formula cell(s) have no computed value (the file was not last saved by a spreadsheet program) and read as empty. Open and save it in Excel or LibreOffice to import their values.  !</translation>
        </message>
        <message>
            <source>Reading stopped at row %1: the %2 rows before it are empty (only formatted).</source>
            <translation>Reading stopped at row %1: the %2 rows before it are empty (only formatted).</translation>
        </message>
        <message>
            <source>Mapping: %1</source>
            <translation>Mapping: %1</translation>
        </message>
        <message>
            <source>Mapping: suggested from the headers and values (check it; --save-mapping keeps it)</source>
            <translation>Mapping: suggested from the headers and values (check it; --save-mapping keeps it)</translation>
        </message>
        <message>
            <source>  The column “%1” of the mapping is not in the table; “%2” takes its place (%3)  !</source>
            <translation>  The column “%1” of the mapping is not in the table; “%2” takes its place (%3)  !</translation>
        </message>
        <message>
            <source>  The column “%1” of the mapping is not in the table.  !</source>
            <translation>  The column “%1” of the mapping is not in the table.  !</translation>
        </message>
        <message>
            <source>Columns:</source>
            <translation>Columns:</translation>
        </message>
        <message>
            <source>  kept in the notes as “column: value” (%1): %2</source>
            <translation>  kept in the notes as “column: value” (%1): %2</translation>
        </message>
        <message>
            <source>Values of “%1” → %2:</source>
            <translation>Values of “%1” → %2:</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>? not given: the field keeps its default (%1)</source>
            <translation>? not given: the field keeps its default (%1)</translation>
        </message>
        <message>
            <source>New people (%1): %2</source>
            <translation>New people (%1): %2</translation>
        </message>
        <message>
            <source>Not made into people, they look like formulas (kept in the notes): %1  !</source>
            <translation>Not made into people, they look like formulas (kept in the notes): %1  !</translation>
        </message>
        <message>
            <source>“%1”: %2 value(s) could not be read and are kept in the notes.</source>
            <translation>“%1”: %2 value(s) could not be read and are kept in the notes.</translation>
        </message>
        <message>
            <source>“%1”: %2 amount(s) in another currency than %3 were not converted; they are kept in the notes and the amount is left empty.</source>
            <translation>“%1”: %2 amount(s) in another currency than %3 were not converted; they are kept in the notes and the amount is left empty.</translation>
        </message>
        <message>
            <source>%1 value(s) were longer than their field holds and were cut.</source>
            <translation>%1 value(s) were longer than their field holds and were cut.</translation>
        </message>
        <message>
            <source>Line %1 left out: %2</source>
            <translation>Line %1 left out: %2</translation>
        </message>
        <message>
            <source>… and %1 more rows left out.</source>
            <translation>… and %1 more rows left out.</translation>
        </message>
        <message>
            <source>This was the sheet “%1”; the workbook also has %2. Choose one with --sheet NAME.</source>
            <translation>This was the sheet “%1”; the workbook also has %2. Choose one with --sheet NAME.</translation>
        </message>
        <message>
            <source>“%1” contains no use case to import; nothing was written.</source>
            <translation>“%1” contains no use case to import; nothing was written.</translation>
        </message>
        <message>
            <source>%1 of the rows have the title of a use case already in the file (imported before?); they are added as new use cases: %2  !</source>
            <translation>%1 of the rows have the title of a use case already in the file (imported before?); they are added as new use cases: %2  !</translation>
        </message>
        <message numerus="yes">
            <source>Dry run: %n use case(s) would be imported; nothing was written.</source>
            <translation>
                <numerusform>Dry run: %n use case would be imported; nothing was written.</numerusform>
                <numerusform>Dry run: %n use cases would be imported; nothing was written.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 imported into %2.</source>
            <translation>%1 imported into %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s)</source>
            <translation>
                <numerusform>%n use case</numerusform>
                <numerusform>%n use cases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import use cases</source>
            <extracomment>Rows of the summary's list of rows left out (the rest are counted). A mapping loaded by the user, fitted to the table: the columns it names that are missing.</extracomment>
            <translation>Import use cases</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>This is the sheet “%1”; the workbook also has %2. Another one can be chosen in the first step.</source>
            <translation>This is the sheet “%1”; the workbook also has %2. Another one can be chosen in the first step.</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n use case(s) …</source>
            <translation>
                <numerusform>Adding %n use case …</numerusform>
                <numerusform>Adding %n use cases …</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <source>Writing %n use case(s) …</source>
            <translation>
                <numerusform>Writing %n use case …</numerusform>
                <numerusform>Writing %n use cases …</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n use case(s)</source>
            <translation>
                <numerusform>Import %n use case</numerusform>
                <numerusform>Import %n use cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of data</source>
            <translation>
                <numerusform>%n row of data</numerusform>
                <numerusform>%n rows of data</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be read (listed in the summary)</source>
            <translation>
                <numerusform>%n row cannot be read (listed in the summary)</numerusform>
                <numerusform>%n rows cannot be read (listed in the summary)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The mapping “%1” names %n column(s) this table does not have:</source>
            <translation>
                <numerusform>The mapping “%1” names %n column this table does not have:</numerusform>
                <numerusform>The mapping “%1” names %n columns this table does not have:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s) will be added.</source>
            <translation>
                <numerusform>%n use case will be added.</numerusform>
                <numerusform>%n use cases will be added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new person(s): %1</source>
            <translation>
                <numerusform>%n new person: %1</numerusform>
                <numerusform>%n new people: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kept in the notes as “column: value” (%n column(s)): %1</source>
            <translation>
                <numerusform>Kept in the notes as “column: value” (%n column): %1</numerusform>
                <numerusform>Kept in the notes as “column: value” (%n columns): %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n value(s) could not be read and are kept in the notes.</source>
            <translation>
                <numerusform>“%1”: %n value could not be read and is kept in the notes.</numerusform>
                <numerusform>“%1”: %n values could not be read and are kept in the notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s) without a readable date in “%1” get today's date.</source>
            <translation>
                <numerusform>%n use case without a readable date in “%1” gets today's date.</numerusform>
                <numerusform>%n use cases without a readable date in “%1” get today's date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n amount(s) in another currency than %2 are not converted; they are kept in the notes and the amount is left empty.</source>
            <translation>
                <numerusform>“%1”: %n amount in another currency than %2 is not converted; it is kept in the notes and the amount is left empty.</numerusform>
                <numerusform>“%1”: %n amounts in another currency than %2 are not converted; they are kept in the notes and the amount is left empty.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1” is empty in %n row(s): the field keeps its default (%2).</source>
            <translation>
                <numerusform>“%1” is empty in %n row: the field keeps its default (%2).</numerusform>
                <numerusform>“%1” is empty in %n rows: the field keeps its default (%2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) were not recognised (see the values step); the fields keep their default and the values are kept in the notes.</source>
            <translation>
                <numerusform>%n value was not recognised (see the values step); the field keeps its default and the value is kept in the notes.</numerusform>
                <numerusform>%n values were not recognised (see the values step); the fields keep their default and the values are kept in the notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) are longer than their fields hold and will be cut.</source>
            <translation>
                <numerusform>%n value is longer than its field holds and will be cut.</numerusform>
                <numerusform>%n values are longer than their fields hold and will be cut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) will be left out:</source>
            <translation>
                <numerusform>%n row will be left out:</numerusform>
                <numerusform>%n rows will be left out:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) have the title of a use case already in the workspace (imported before?); they will be added as new use cases: %1</source>
            <translation>
                <numerusform>%n row has the title of a use case already in the workspace (imported before?); it will be added as a new use case: %1</numerusform>
                <numerusform>%n rows have the title of a use case already in the workspace (imported before?); they will be added as new use cases: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n formula cell(s) have no computed value (the file was not last saved by a spreadsheet program) and read as empty. Open and save it in Excel or LibreOffice to import their values.</source>
            <translation>
                <numerusform>%n formula cell has no computed value (the file was not last saved by a spreadsheet program) and reads as empty. Open and save it in Excel or LibreOffice to import its value.</numerusform>
                <numerusform>%n formula cells have no computed value (the file was not last saved by a spreadsheet program) and read as empty. Open and save it in Excel or LibreOffice to import their values.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Pilot</source>
            <translation>Pilot</translation>
        </message>
        <message>
            <source>Regular operation</source>
            <translation>Regular operation</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Unclear</source>
            <translation>Unclear</translation>
        </message>
        <message>
            <source>Minimal risk</source>
            <translation>Minimal risk</translation>
        </message>
        <message>
            <source>Limited risk (transparency)</source>
            <translation>Limited risk (transparency)</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>High risk</translation>
        </message>
        <message>
            <source>Prohibited practice</source>
            <translation>Prohibited practice</translation>
        </message>
        <message>
            <source>Not assessed yet. Assess the risk class before a pilot goes live.</source>
            <translation>Not assessed yet. Assess the risk class before a pilot goes live.</translation>
        </message>
        <message>
            <source>E.g. spam filters or text suggestions checked by staff: no specific duties beyond AI literacy (EU AI Act Art. 4).</source>
            <translation>E.g. spam filters or text suggestions checked by staff: no specific duties beyond AI literacy (EU AI Act Art. 4).</translation>
        </message>
        <message>
            <source>Chatbots and generated content: people must be told they deal with AI (EU AI Act Art. 50).</source>
            <translation>Chatbots and generated content: people must be told they deal with AI (EU AI Act Art. 50).</translation>
        </message>
        <message>
            <source>E.g. recruiting, credit scoring, essential services (EU AI Act Annex III): strict duties, get advice.</source>
            <translation>E.g. recruiting, credit scoring, essential services (EU AI Act Annex III): strict duties, get advice.</translation>
        </message>
        <message>
            <source>E.g. social scoring or manipulation (EU AI Act Art. 5): must not be used.</source>
            <translation>E.g. social scoring or manipulation (EU AI Act Art. 5): must not be used.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Integration</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Responsibility</translation>
        </message>
        <message>
            <source>Data protection and law</source>
            <translation>Data protection and law</translation>
        </message>
        <message>
            <source>Customer experience</source>
            <translation>Customer experience</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Not connected</translation>
        </message>
        <message>
            <source>Manual transfer</source>
            <translation>Manual transfer</translation>
        </message>
        <message>
            <source>Automated</source>
            <translation>Automated</translation>
        </message>
        <message>
            <source>Start evaluation</source>
            <translation>Start evaluation</translation>
        </message>
        <message>
            <source>Start pilot</source>
            <translation>Start pilot</translation>
        </message>
        <message>
            <source>Extend pilot</source>
            <translation>Extend pilot</translation>
        </message>
        <message>
            <source>Go live (regular operation)</source>
            <translation>Go live (regular operation)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Does it feel coherent to the customer?</source>
            <translation>Does it feel coherent to the customer?</translation>
        </message>
        <message>
            <source>Is it comprehensible?</source>
            <translation>Is it comprehensible?</translation>
        </message>
        <message>
            <source>Is responsibility visibly taken?</source>
            <translation>Is responsibility visibly taken?</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Partly</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Minute-taker</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>R – Responsible: does the work</source>
            <translation>R – Responsible: does the work</translation>
        </message>
        <message>
            <source>A – Accountable: answers for it (exactly one, internal)</source>
            <translation>A – Accountable: answers for it (exactly one, internal)</translation>
        </message>
        <message>
            <source>C – Consulted: is asked beforehand</source>
            <translation>C – Consulted: is asked beforehand</translation>
        </message>
        <message>
            <source>I – Informed: is told afterwards</source>
            <translation>I – Informed: is told afterwards</translation>
        </message>
        <message>
            <source>As the rules suggest</source>
            <translation>As the rules suggest</translation>
        </message>
        <message>
            <source>For decision</source>
            <translation>For decision</translation>
        </message>
        <message>
            <source>For information</source>
            <translation>For information</translation>
        </message>
        <message>
            <source>board</source>
            <extracomment>The label function of each enum a field can hold, for showing any field's value.</extracomment>
            <translation>board</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>File in use</source>
            <translation>File in use</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <source>“%1” is open by %2 on the computer “%3” since %4.</source>
            <translation>“%1” is open by %2 on the computer “%3” since %4.</translation>
        </message>
        <message>
            <source>“%1” seems to be in use, but its “in use” marker cannot be read: it is damaged, or it is not a file Leitplanken wrote (a link, a folder, a pipe).</source>
            <translation>“%1” seems to be in use, but its “in use” marker cannot be read: it is damaged, or it is not a file Leitplanken wrote (a link, a folder, a pipe).</translation>
        </message>
        <message>
            <source>The app that opened it seems to be gone (it crashed, or the marker is very old). If you are sure nobody is working on it, you may break the marker.</source>
            <translation>The app that opened it seems to be gone (it crashed, or the marker is very old). If you are sure nobody is working on it, you may break the marker.</translation>
        </message>
        <message>
            <source>To avoid overwriting each other's work, open it read-only or open a copy and merge it back later (File → Merge from file…).</source>
            <translation>To avoid overwriting each other's work, open it read-only or open a copy and merge it back later (File → Merge from file…).</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Open &amp;read-only</translation>
        </message>
        <message>
            <source>Open a &amp;copy</source>
            <translation>Open a &amp;copy</translation>
        </message>
        <message>
            <source>&amp;Break the marker and open</source>
            <translation>&amp;Break the marker and open</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copy)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>(read-only)</source>
            <extracomment>Sidebar rows, in order.</extracomment>
            <translation>(read-only)</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Not saved yet</translation>
        </message>
        <message>
            <source>%1 — unsaved changes</source>
            <translation>%1 — unsaved changes</translation>
        </message>
        <message>
            <source>New use case</source>
            <translation>New use case</translation>
        </message>
        <message>
            <source>Add use case</source>
            <translation>Add use case</translation>
        </message>
        <message>
            <source>Remove use case</source>
            <translation>Remove use case</translation>
        </message>
        <message>
            <source>Remove “%1” with its responsibility matrix, checklist and decisions? Edit → Undo brings it back.</source>
            <translation>Remove “%1” with its responsibility matrix, checklist and decisions? Edit → Undo brings it back.</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>About Leitplanken</source>
            <translation>About Leitplanken</translation>
        </message>
        <message>
            <source>Leitplanken %1

Guardrails for AI in small and medium-sized enterprises: use cases, responsibility matrix, integration checklist and the board's decision record.

Guidance, not legal advice.</source>
            <translation>Leitplanken %1

Guardrails for AI in small and medium-sized enterprises: use cases, responsibility matrix, integration checklist and the board's decision record.

Guidance, not legal advice.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Use cases</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Systems</source>
            <translation>Systems</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
    </context>
    <context>
        <name>MergeCommand</name>
        <message>
            <source>merge a colleague's copy into a file</source>
            <translation>merge a colleague's copy into a file</translation>
        </message>
        <message>
            <source>your file (changed in place unless -o is given)</source>
            <translation>your file (changed in place unless -o is given)</translation>
        </message>
        <message>
            <source>the other copy</source>
            <translation>the other copy</translation>
        </message>
        <message>
            <source>write the result here and leave MINE as it is</source>
            <translation>write the result here and leave MINE as it is</translation>
        </message>
        <message>
            <source>whose version wins a conflict (default: mine)</source>
            <translation>whose version wins a conflict (default: mine)</translation>
        </message>
        <message>
            <source>THEIRS is an encrypted copy: its passphrase is the first line of F</source>
            <translation>THEIRS is an encrypted copy: its passphrase is the first line of F</translation>
        </message>
        <message>
            <source>%1 is the copy being merged in; write the result to another file.</source>
            <translation>%1 is the copy being merged in; write the result to another file.</translation>
        </message>
        <message>
            <source>Merged %1 into %2.</source>
            <translation>Merged %1 into %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) added</source>
            <translation>
                <numerusform>%n record added</numerusform>
                <numerusform>%n records added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) changed</source>
            <translation>
                <numerusform>%n record changed</numerusform>
                <numerusform>%n records changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) deleted</source>
            <translation>
                <numerusform>%n record deleted</numerusform>
                <numerusform>%n records deleted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) were removed by a deletion in the other copy that had not seen them; each is kept whole in the history.</source>
            <translation>
                <numerusform>%n change was removed by a deletion in the other copy that had not seen it; it is kept whole in the history.</numerusform>
                <numerusform>%n changes were removed by a deletion in the other copy that had not seen them; each is kept whole in the history.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) differ between the copies although decisions are never changed (edited with another tool?): yours stay, theirs were added as separate entries.</source>
            <translation>
                <numerusform>%n decision differs between the copies although decisions are never changed (edited with another tool?): yours stays, theirs was added as a separate entry.</numerusform>
                <numerusform>%n decisions differ between the copies although decisions are never changed (edited with another tool?): yours stay, theirs were added as separate entries.</numerusform>
            </translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>No conflicts.</translation>
        </message>
        <message>
            <source>kept mine</source>
            <translation>kept mine</translation>
        </message>
        <message>
            <source>took theirs</source>
            <translation>took theirs</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s), changed on both sides:</source>
            <translation>
                <numerusform>%n conflict, changed on both sides:</numerusform>
                <numerusform>%n conflicts, changed on both sides:</numerusform>
            </translation>
        </message>
        <message>
            <source>The other version of each conflict is kept whole in the history.</source>
            <translation>The other version of each conflict is kept whole in the history.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge from file</source>
            <translation>Merge from file</translation>
        </message>
        <message>
            <source>Merging “%1”: %2 added, %3 changed and %4 deleted automatically (changed on one side only).</source>
            <translation>Merging “%1”: %2 added, %3 changed and %4 deleted automatically (changed on one side only).</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were changed on both sides. Choose which version to keep; the other one stays in the history.</source>
            <translation>
                <numerusform>%n record was changed on both sides. Choose which version to keep; the other one stays in the history.</numerusform>
                <numerusform>%n records were changed on both sides. Choose which version to keep; the other one stays in the history.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed on both sides: no decision needed.</source>
            <translation>Nothing was changed on both sides: no decision needed.</translation>
        </message>
        <message>
            <source>Record / field</source>
            <translation>Record / field</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Theirs</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Keep all m&amp;ine</source>
            <translation>Keep all m&amp;ine</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Take all &amp;theirs</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) are removed by a deletion in the other copy that had not seen them; each is kept whole in the history.</source>
            <translation>
                <numerusform>%n change is removed by a deletion in the other copy that had not seen it; it is kept whole in the history.</numerusform>
                <numerusform>%n changes are removed by a deletion in the other copy that had not seen them; each is kept whole in the history.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) differ between the copies although decisions are never changed (edited with another tool?): yours stay, theirs are added as separate entries.</source>
            <translation>
                <numerusform>%n decision differs between the copies although decisions are never changed (edited with another tool?): yours stays, theirs is added as a separate entry.</numerusform>
                <numerusform>%n decisions differ between the copies although decisions are never changed (edited with another tool?): yours stay, theirs are added as separate entries.</numerusform>
            </translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
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
            <translation>Use case</translation>
        </message>
        <message>
            <source>RACI letter</source>
            <translation>RACI letter</translation>
        </message>
        <message>
            <source>RACI activity</source>
            <translation>RACI activity</translation>
        </message>
        <message>
            <source>RACI member</source>
            <translation>RACI member</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Checklist item</translation>
        </message>
        <message>
            <source>CX check answer</source>
            <translation>CX check answer</translation>
        </message>
        <message>
            <source>System link</source>
            <translation>System link</translation>
        </message>
        <message>
            <source>Board member</source>
            <translation>Board member</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>%1 added on both sides: %2</source>
            <translation>%1 added on both sides: %2</translation>
        </message>
        <message>
            <source>Reading “%1” and comparing it with your workspace …</source>
            <translation>Reading “%1” and comparing it with your workspace …</translation>
        </message>
        <message>
            <source>Merging “%1” into your workspace …</source>
            <translation>Merging “%1” into your workspace …</translation>
        </message>
        <message>
            <source>The merge of “%1” was cancelled. Nothing was merged: your workspace is exactly as it was before.</source>
            <translation>The merge of “%1” was cancelled. Nothing was merged: your workspace is exactly as it was before.</translation>
        </message>
        <message>
            <source>“%1” was changed again while you were merging. Nothing has been merged yet: the merge starts over with the newest version, so neither change is lost. Please check your choices again.</source>
            <translation>“%1” was changed again while you were merging. Nothing has been merged yet: the merge starts over with the newest version, so neither change is lost. Please check your choices again.</translation>
        </message>
        <message>
            <source>Leitplanken workspaces (*%1);;All files (*)</source>
            <translation>Leitplanken workspaces (*%1);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>Motions</name>
        <message>
            <source>Start an evaluation</source>
            <translation>Start an evaluation</translation>
        </message>
        <message>
            <source>Start a pilot</source>
            <translation>Start a pilot</translation>
        </message>
        <message>
            <source>Continue the evaluation</source>
            <translation>Continue the evaluation</translation>
        </message>
        <message>
            <source>Go live: take it into regular operation</source>
            <translation>Go live: take it into regular operation</translation>
        </message>
        <message>
            <source>Extend the pilot with conditions and a new review date</source>
            <translation>Extend the pilot with conditions and a new review date</translation>
        </message>
        <message>
            <source>Continue as it is</source>
            <translation>Continue as it is</translation>
        </message>
        <message>
            <source>Change it (scope, tool or responsibility)</source>
            <translation>Change it (scope, tool or responsibility)</translation>
        </message>
        <message>
            <source>Resume it as a pilot</source>
            <translation>Resume it as a pilot</translation>
        </message>
        <message>
            <source>Keep it paused until the next review</source>
            <translation>Keep it paused until the next review</translation>
        </message>
        <message>
            <source>Stop it</source>
            <translation>Stop it</translation>
        </message>
        <message>
            <source>Look at it again (new evaluation)</source>
            <translation>Look at it again (new evaluation)</translation>
        </message>
    </context>
    <context>
        <name>NaReasonDialog</name>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Why does this item not apply to this use case?</source>
            <translation>Why does this item not apply to this use case?</translation>
        </message>
        <message>
            <source>e.g. No personal data is processed: the tool only sees product numbers.</source>
            <translation>e.g. No personal data is processed: the tool only sees product numbers.</translation>
        </message>
        <message>
            <source>A reason is required: an item is only “not applicable” with a reason.</source>
            <translation>A reason is required: an item is only “not applicable” with a reason.</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>e.g. Head of customer service</source>
            <translation>e.g. Head of customer service</translation>
        </message>
        <message>
            <source>External (adviser, provider)</source>
            <translation>External (adviser, provider)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Function:</source>
            <translation>&amp;Function:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>External people can be consulted or do the work, but the A stays internal.</source>
            <translation>External people can be consulted or do the work, but the A stays internal.</translation>
        </message>
        <message>
            <source>Please enter a name.</source>
            <translation>Please enter a name.</translation>
        </message>
    </context>
    <context>
        <name>NewSystemDialog</name>
        <message>
            <source>New system</source>
            <translation>New system</translation>
        </message>
        <message>
            <source>e.g. CRM, ERP, e-mail, website, phone, accounting</source>
            <translation>e.g. CRM, ERP, e-mail, website, phone, accounting</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Please enter the system's name.</source>
            <translation>Please enter the system's name.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>%1 names a goal, not a problem. What concretely happens today, and what should change? Not “raise efficiency”, but “answer recurring enquiries automatically”.</source>
            <translation>%1 names a goal, not a problem. What concretely happens today, and what should change? Not “raise efficiency”, but “answer recurring enquiries automatically”.</translation>
        </message>
        <message>
            <source>Tip: %1 is a general goal. The concrete part of your description is what counts.</source>
            <translation>Tip: %1 is a general goal. The concrete part of your description is what counts.</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <extracomment>The user wants the responsibility matrix (the third question is answered there).</extracomment>
            <translation>Edit %1</translation>
        </message>
        <message>
            <source>Where does AI bring relief for customers?</source>
            <translation>Where does AI bring relief for customers?</translation>
        </message>
        <message>
            <source>… and for employees?</source>
            <translation>… and for employees?</translation>
        </message>
        <message>
            <source>Who checks, who steps in and who answers for it is set in the responsibility matrix (RACI).</source>
            <translation>Who checks, who steps in and who answers for it is set in the responsibility matrix (RACI).</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>e.g. %1</translation>
        </message>
        <message>
            <source>e.g. Customers get a clear answer within two hours instead of waiting days.</source>
            <translation>e.g. Customers get a clear answer within two hours instead of waiting days.</translation>
        </message>
        <message>
            <source>e.g. The team no longer sorts enquiries by hand and gains time for personal advice.</source>
            <translation>e.g. The team no longer sorts enquiries by hand and gains time for personal advice.</translation>
        </message>
        <message>
            <source>Open RACI</source>
            <translation>Open RACI</translation>
        </message>
        <message>
            <source>Shows the responsibility matrix of this use case</source>
            <translation>Shows the responsibility matrix of this use case</translation>
        </message>
        <message>
            <source>A short name, e.g. “Answer complaints within two hours”</source>
            <translation>A short name, e.g. “Answer complaints within two hours”</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted copy</source>
            <translation>Encrypted copy</translation>
        </message>
        <message>
            <source>“%1” is encrypted. Enter its passphrase to open it.</source>
            <translation>“%1” is encrypted. Enter its passphrase to open it.</translation>
        </message>
        <message>
            <source>Decrypting “%1” …</source>
            <translation>Decrypting “%1” …</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Decision record – preview</source>
            <translation>Decision record – preview</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>Who is responsible?</source>
            <translation>Who is responsible?</translation>
        </message>
        <message>
            <source>Names in the owner column are matched with the people you have (capitals and accents do not matter). Untick a new person to leave those use cases without an owner; the name is then kept in the notes.</source>
            <translation>Names in the owner column are matched with the people you have (capitals and accents do not matter). Untick a new person to leave those use cases without an owner; the name is then kept in the notes.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>No column is mapped to the owner: the use cases are imported without an owner.</source>
            <translation>No column is mapped to the owner: the use cases are imported without an owner.</translation>
        </message>
        <message>
            <source>create as new person</source>
            <translation>create as new person</translation>
        </message>
        <message>
            <source>exists: %1</source>
            <translation>exists: %1</translation>
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
            <translation>Function</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Internal</translation>
        </message>
        <message>
            <source>Only internal people can be accountable (A)</source>
            <translation>Only internal people can be accountable (A)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>For external people: their company</source>
            <translation>For external people: their company</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Add person</translation>
        </message>
        <message>
            <source>%1: %2 (removed)</source>
            <translation>%1: %2 (removed)</translation>
        </message>
        <message>
            <source>%1 of %2: %3 (cleared)</source>
            <translation>%1 of %2: %3 (cleared)</translation>
        </message>
        <message>
            <source>Clear %1</source>
            <translation>Clear %1</translation>
        </message>
        <message>
            <source>%1 is still named in the workspace: %2. Remove the person and all of these?</source>
            <translation>%1 is still named in the workspace: %2. Remove the person and all of these?</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>Remove person</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <source>Remove RACI letters</source>
            <translation>Remove RACI letters</translation>
        </message>
        <message>
            <source>The people who take part in your use cases. External advisers and providers can do the work (R) or be consulted (C), but accountability (A) stays with an internal person.</source>
            <translation>The people who take part in your use cases. External advisers and providers can do the work (R) or be consulted (C), but accountability (A) stays with an internal person.</translation>
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation>&amp;Add person</translation>
        </message>
        <message>
            <source>Adds a person to the company list</source>
            <translation>Adds a person to the company list</translation>
        </message>
        <message>
            <source>&amp;Remove person</source>
            <translation>&amp;Remove person</translation>
        </message>
        <message>
            <source>Removes the selected person (Delete)</source>
            <translation>Removes the selected person (Delete)</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>Unexpected problem</source>
            <extracomment>True while an unexpected-problem box is open: a cascade of the same bug logs, not piles up.</extracomment>
            <translation>Unexpected problem</translation>
        </message>
        <message>
            <source>Leitplanken ran into an unexpected problem. This is an error in the program, not in your file.</source>
            <translation>Leitplanken ran into an unexpected problem. This is an error in the program, not in your file.</translation>
        </message>
        <message>
            <source>Your work is kept in the working copy: you can go on and save as usual. The details were written to %1; please send that file along when you report the problem.</source>
            <translation>Your work is kept in the working copy: you can go on and save as usual. The details were written to %1; please send that file along when you report the problem.</translation>
        </message>
        <message>
            <source>Translation missing</source>
            <translation>Translation missing</translation>
        </message>
        <message>
            <source>The translation for %1 is not installed (%2), so the window speaks English. Reinstall Leitplanken to get it back.</source>
            <translation>The translation for %1 is not installed (%2), so the window speaks English. Reinstall Leitplanken to get it back.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message numerus="yes">
            <source>… and %n more, each fixed the same way.</source>
            <extracomment>Rows shown at most; the rest is counted ("… and 12 more"), each fixed in its turn. Pixels the list of problems may take before it scrolls (the options below must fit). The user wants to fix this problem (a RecordProblem).</extracomment>
            <translation>
                <numerusform>… and %n more, fixed the same way.</numerusform>
                <numerusform>… and %n more, each fixed the same way.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Before you export: %n thing(s) the board paper lacks</source>
            <translation>
                <numerusform>Before you export: %n thing the board paper lacks</numerusform>
                <numerusform>Before you export: %n things the board paper lacks</numerusform>
            </translation>
        </message>
        <message>
            <source>You can export anyway. A missing motion is marked as missing in the record, never made up.</source>
            <translation>You can export anyway. A missing motion is marked as missing in the record, never made up.</translation>
        </message>
        <message>
            <source>Open company settings</source>
            <translation>Open company settings</translation>
        </message>
        <message>
            <source>Set the return date</source>
            <translation>Set the return date</translation>
        </message>
        <message>
            <source>Write the motion</source>
            <translation>Write the motion</translation>
        </message>
        <message>
            <source>Open “For the board”</source>
            <translation>Open “For the board”</translation>
        </message>
    </context>
    <context>
        <name>RaciModel</name>
        <message numerus="yes">
            <source>accountable (A) on %n use case(s)</source>
            <extracomment>Background of a cell holding the A, so the one accountable person stands out.</extracomment>
            <translation>
                <numerusform>accountable (A) on %n use case</numerusform>
                <numerusform>accountable (A) on %n use cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>responsible (R) on %n use case(s)</source>
            <translation>
                <numerusform>responsible (R) on %n use case</numerusform>
                <numerusform>responsible (R) on %n use cases</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 – %2: no letter (type R, A, C or I)</source>
            <translation>%1 – %2: no letter (type R, A, C or I)</translation>
        </message>
        <message>
            <source>No letter</source>
            <translation>No letter</translation>
        </message>
        <message>
            <source>Your own activity: double-click to rename.</source>
            <translation>Your own activity: double-click to rename.</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>%1 (ext.)</source>
            <translation>%1 (ext.)</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Internal</translation>
        </message>
        <message>
            <source>organisation not named</source>
            <translation>organisation not named</translation>
        </message>
        <message>
            <source>External (%1): may not be accountable (A)</source>
            <translation>External (%1): may not be accountable (A)</translation>
        </message>
        <message>
            <source>Accountable on many use cases: a possible bottleneck.</source>
            <translation>Accountable on many use cases: a possible bottleneck.</translation>
        </message>
        <message>
            <source>Clear RACI letter</source>
            <translation>Clear RACI letter</translation>
        </message>
        <message>
            <source>Set RACI letter</source>
            <translation>Set RACI letter</translation>
        </message>
        <message>
            <source>Rename activity</source>
            <translation>Rename activity</translation>
        </message>
    </context>
    <context>
        <name>RaciTab</name>
        <message>
            <source>Add person</source>
            <translation>Add person</translation>
        </message>
        <message>
            <source>Add someone from the company's people, or create a new person</source>
            <translation>Add someone from the company's people, or create a new person</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>Remove person</translation>
        </message>
        <message>
            <source>Removes the selected person's column</source>
            <translation>Removes the selected person's column</translation>
        </message>
        <message>
            <source>Your own activity…</source>
            <translation>Your own activity…</translation>
        </message>
        <message>
            <source>Add activity</source>
            <translation>Add activity</translation>
        </message>
        <message>
            <source>Remove activity</source>
            <translation>Remove activity</translation>
        </message>
        <message>
            <source>Only your own activities can be removed</source>
            <translation>Only your own activities can be removed</translation>
        </message>
        <message>
            <source>What the rules say</source>
            <translation>What the rules say</translation>
        </message>
        <message>
            <source>Click a cell or type R, A, C or I; Delete clears it.</source>
            <translation>Click a cell or type R, A, C or I; Delete clears it.</translation>
        </message>
        <message>
            <source>Every activity has exactly one internal A and at least one R.</source>
            <translation>Every activity has exactly one internal A and at least one R.</translation>
        </message>
        <message>
            <source>Select a person's cell to see their load across use cases.</source>
            <translation>Select a person's cell to see their load across use cases.</translation>
        </message>
        <message>
            <source>%1 (ext.)</source>
            <translation>%1 (ext.)</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>New person…</translation>
        </message>
        <message>
            <source>Add person to RACI</source>
            <translation>Add person to RACI</translation>
        </message>
        <message>
            <source>Remove person from RACI</source>
            <translation>Remove person from RACI</translation>
        </message>
    </context>
    <context>
        <name>RaciView</name>
        <message>
            <source>C&amp;lear (Delete)</source>
            <translation>C&amp;lear (Delete)</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>This file is open read-only (the file or the medium is write-protected, someone else has it open, or you chose so). You can look at everything; to keep changes, save a copy with “Save as…”.</source>
            <translation>This file is open read-only (the file or the medium is write-protected, someone else has it open, or you chose so). You can look at everything; to keep changes, save a copy with “Save as…”.</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Save &amp;as…</translation>
        </message>
    </context>
    <context>
        <name>ReadinessPanel</name>
        <message>
            <source>Readiness for regular operation</source>
            <extracomment>Role holding the navigation target (tab, params) of a gap. (tab, params): the user wants to fix a gap; the editor shows the tab and focuses the place.</extracomment>
            <translation>Readiness for regular operation</translation>
        </message>
        <message>
            <source>Click an entry to go where it is fixed</source>
            <translation>Click an entry to go where it is fixed</translation>
        </message>
        <message>
            <source>Nothing is missing: the use case is ready for regular operation.</source>
            <translation>Nothing is missing: the use case is ready for regular operation.</translation>
        </message>
        <message>
            <source>%1 of %2 criteria met. Still missing:</source>
            <translation>%1 of %2 criteria met. Still missing:</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <source>Open &amp;recent</source>
            <extracomment>How many files the menu remembers.</extracomment>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>No recent files</translation>
        </message>
    </context>
    <context>
        <name>RecordProblems</name>
        <message>
            <source>The company has no name: the cover would show none.</source>
            <translation>The company has no name: the cover would show none.</translation>
        </message>
        <message>
            <source>The board has no members: the minutes and signature lines would carry no names.</source>
            <translation>The board has no members: the minutes and signature lines would carry no names.</translation>
        </message>
        <message>
            <source>The board has no chair to sign the minutes.</source>
            <translation>The board has no chair to sign the minutes.</translation>
        </message>
        <message>
            <source>The board has no minute-taker to sign the minutes.</source>
            <translation>The board has no minute-taker to sign the minutes.</translation>
        </message>
        <message>
            <source>“%1” is for decision but has no motion: write what exactly the board is to resolve, or put it on the agenda for information.</source>
            <translation>“%1” is for decision but has no motion: write what exactly the board is to resolve, or put it on the agenda for information.</translation>
        </message>
        <message>
            <source>The recommendation for “%1” is not one of its options.</source>
            <translation>The recommendation for “%1” is not one of its options.</translation>
        </message>
        <message>
            <source>The circular resolution has no return date.</source>
            <translation>The circular resolution has no return date.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover unsaved work</source>
            <translation>Recover unsaved work</translation>
        </message>
        <message>
            <source>Leitplanken was closed unexpectedly last time (a crash, a power cut or a killed process). The following work was not saved yet. Recover it to continue where you left off; saving then writes it to its file.</source>
            <translation>Leitplanken was closed unexpectedly last time (a crash, a power cut or a killed process). The following work was not saved yet. Recover it to continue where you left off; saving then writes it to its file.</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Recover</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Discard…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>Untitled workspace</source>
            <translation>Untitled workspace</translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved change(s)</source>
            <translation>
                <numerusform>%n unsaved change</numerusform>
                <numerusform>%n unsaved changes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — last change %2, %3</source>
            <translation>%1 — last change %2, %3</translation>
        </message>
        <message>
            <source>Discard unsaved work</source>
            <translation>Discard unsaved work</translation>
        </message>
        <message>
            <source>Discard this unsaved work for good? It cannot be brought back.</source>
            <translation>Discard this unsaved work for good? It cannot be brought back.</translation>
        </message>
    </context>
    <context>
        <name>RegisterList</name>
        <message>
            <source>No.</source>
            <extracomment>The catalogue activity whose Accountable answers for the use case as a whole. Columns: key and share of the width left after the fixed ones (title takes the rest).</extracomment>
            <translation>No.</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Use case</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>Accountable</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <source>Risk class</source>
            <translation>Risk class</translation>
        </message>
        <message>
            <source>Pilot age</source>
            <translation>Pilot age</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>complete</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, pilot trap</source>
            <translation>%1, pilot trap</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (overdue)</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Tag: %1</source>
            <translation>Tag: %1</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>Owner: %1</translation>
        </message>
        <message>
            <source>only pilots in the pilot trap</source>
            <translation>only pilots in the pilot trap</translation>
        </message>
        <message>
            <source>Filtered by %1</source>
            <translation>Filtered by %1</translation>
        </message>
        <message>
            <source>Register of use cases</source>
            <translation>Register of use cases</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 for %2</translation>
        </message>
        <message>
            <source>Fingerprint %1</source>
            <translation>Fingerprint %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>as of %1</translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s)</source>
            <translation>
                <numerusform>%n use case</numerusform>
                <numerusform>%n use cases</numerusform>
            </translation>
        </message>
        <message>
            <source>Made from %1</source>
            <translation>Made from %1</translation>
        </message>
        <message>
            <source>%1, last change %2</source>
            <translation>%1, last change %2</translation>
        </message>
        <message>
            <source>Fingerprint %1: identifies the data this list was made from.</source>
            <translation>Fingerprint %1: identifies the data this list was made from.</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>(untitled)</source>
            <extracomment>Role carrying a plain value to sort by (strings folded, numbers as numbers). Role carrying the use case's UUID (any column). The roles the register answers (plain integers, compared fast). Sort ranks of statuses and risk classes: their declared order. The filters the register offers; a value of None means "any". Letters that Unicode does not decompose but readers file under a base letter. Every use case in the current sort order; `_rows` are those the filters let through. False once a change may have moved a row since the last sort. Every use case by title, the order a sort starts from (None: to be made again).</extracomment>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>ready</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message>
            <source>Pilot trap</source>
            <translation>Pilot trap</translation>
        </message>
        <message>
            <source>This pilot has waited longer than %1 days for a decision.</source>
            <translation>This pilot has waited longer than %1 days for a decision.</translation>
        </message>
        <message>
            <source>%1 of %2 readiness criteria met</source>
            <translation>%1 of %2 readiness criteria met</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <source>Risk class</source>
            <translation>Risk class</translation>
        </message>
        <message>
            <source>Customer-facing</source>
            <translation>Customer-facing</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>The use case's name</source>
            <translation>The use case's name</translation>
        </message>
        <message>
            <source>Changed only through a recorded decision</source>
            <translation>Changed only through a recorded decision</translation>
        </message>
        <message>
            <source>Who owns the use case</source>
            <translation>Who owns the use case</translation>
        </message>
        <message>
            <source>Readiness for regular operation: criteria met of all criteria</source>
            <translation>Readiness for regular operation: criteria met of all criteria</translation>
        </message>
        <message>
            <source>EU AI Act risk class as assessed</source>
            <translation>EU AI Act risk class as assessed</translation>
        </message>
        <message>
            <source>Whether customers deal with it directly</source>
            <translation>Whether customers deal with it directly</translation>
        </message>
        <message>
            <source>When the use case is looked at again</source>
            <translation>When the use case is looked at again</translation>
        </message>
        <message>
            <source>A pilot without a decision for too long</source>
            <translation>A pilot without a decision for too long</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Customer-facing</source>
            <extracomment>A use case was chosen for editing (UUID). The user asked for a new use case.</extracomment>
            <translation>Customer-facing</translation>
        </message>
        <message>
            <source>Internal only</source>
            <translation>Internal only</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Not ready</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message numerus="yes">
            <source>%n use case(s)</source>
            <translation>
                <numerusform>%n use case</numerusform>
                <numerusform>%n use cases</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 use cases shown</source>
            <translation>%1 of %2 use cases shown</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Title, problem, relief, boundary, tool, tags …</source>
            <translation>Title, problem, relief, boundary, tool, tags …</translation>
        </message>
        <message>
            <source>Shows use cases whose texts contain all the words typed here</source>
            <translation>Shows use cases whose texts contain all the words typed here</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>O&amp;wner:</source>
            <translation>O&amp;wner:</translation>
        </message>
        <message>
            <source>&amp;Risk class:</source>
            <translation>&amp;Risk class:</translation>
        </message>
        <message>
            <source>&amp;Customers:</source>
            <translation>&amp;Customers:</translation>
        </message>
        <message>
            <source>Rea&amp;diness:</source>
            <translation>Rea&amp;diness:</translation>
        </message>
        <message>
            <source>&amp;New use case</source>
            <translation>&amp;New use case</translation>
        </message>
        <message>
            <source>Adds a use case and opens it (Ctrl+Shift+N)</source>
            <translation>Adds a use case and opens it (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Opens the selected use case (Enter or double-click)</source>
            <translation>Opens the selected use case (Enter or double-click)</translation>
        </message>
        <message>
            <source>Show a&amp;ll</source>
            <translation>Show a&amp;ll</translation>
        </message>
        <message>
            <source>Clears the search and every filter</source>
            <translation>Clears the search and every filter</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>&amp;Copy rows</translation>
        </message>
        <message>
            <source>Copies the selected rows as a table for Excel or Word (Ctrl+C)</source>
            <translation>Copies the selected rows as a table for Excel or Word (Ctrl+C)</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Fingerprint %1</source>
            <translation>Fingerprint %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 for %2</translation>
        </message>
        <message>
            <source>Items for information</source>
            <translation>Items for information</translation>
        </message>
        <message>
            <source>Appendix</source>
            <translation>Appendix</translation>
        </message>
        <message>
            <source>The full detail of every use case on the agenda: the three questions, systems, responsibility matrix, checklist, customer experience check and decision log.</source>
            <translation>The full detail of every use case on the agenda: the three questions, systems, responsibility matrix, checklist, customer experience check and decision log.</translation>
        </message>
        <message>
            <source>Integration checklist</source>
            <translation>Integration checklist</translation>
        </message>
        <message>
            <source>No checklist items.</source>
            <translation>No checklist items.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Readiness for regular operation: %1 (the required items below count towards it).</source>
            <translation>Readiness for regular operation: %1 (the required items below count towards it).</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Note and evidence</source>
            <translation>Note and evidence</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Evidence:</translation>
        </message>
        <message>
            <source>Decision record</source>
            <translation>Decision record</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>%1, %2 (time zone %3)</source>
            <translation>%1, %2 (time zone %3)</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Meeting of %1</source>
            <translation>Meeting of %1</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <source>The fingerprint identifies the data this record was made from: printouts with the same fingerprint show the same data.</source>
            <translation>The fingerprint identifies the data this record was made from: printouts with the same fingerprint show the same data.</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Prepared by</translation>
        </message>
        <message>
            <source>Prepared on</source>
            <translation>Prepared on</translation>
        </message>
        <message>
            <source>For decision: %1 · for information: %2</source>
            <translation>For decision: %1 · for information: %2</translation>
        </message>
        <message>
            <source>Made from this data</source>
            <translation>Made from this data</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Unsaved workspace</source>
            <translation>Unsaved workspace</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <source>For decision</source>
            <translation>For decision</translation>
        </message>
        <message>
            <source>For information</source>
            <translation>For information</translation>
        </message>
        <message>
            <source>%1 since %2 (1 day)</source>
            <translation>%1 since %2 (1 day)</translation>
        </message>
        <message>
            <source>%1 since %2 (%3 days)</source>
            <translation>%1 since %2 (%3 days)</translation>
        </message>
        <message>
            <source>No motion written.</source>
            <extracomment>Characters of a motion the agenda quotes under the item's title (its page has all).</extracomment>
            <translation>No motion written.</translation>
        </message>
        <message>
            <source>Motion: %1</source>
            <translation>Motion: %1</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>No use cases were chosen.</source>
            <translation>No use cases were chosen.</translation>
        </message>
        <message>
            <source>For decision: %1 · for information: %2. Each item for decision has its own page with the motion; the detail of every use case is in the appendix.</source>
            <translation>For decision: %1 · for information: %2. Each item for decision has its own page with the motion; the detail of every use case is in the appendix.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Use case</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>complete</translation>
        </message>
        <message>
            <source>The risk class is given as %1, but the checklist item %2 is not ticked off yet.</source>
            <extracomment>Readiness gaps a board must see before it decides: the use case is unclear, nobody answers for it, the law is not looked at, or customers are given no promise. Open items of the checklist are its business, shown in the appendix, not on the motion page.</extracomment>
            <translation>The risk class is given as %1, but the checklist item %2 is not ticked off yet.</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>Nothing needs attention: no pilot traps, no invalid responsibility matrix, nothing overdue.</source>
            <translation>Nothing needs attention: no pilot traps, no invalid responsibility matrix, nothing overdue.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Place, date and signature</source>
            <translation>Place, date and signature</translation>
        </message>
        <message>
            <source>Item %1 · %2</source>
            <translation>Item %1 · %2</translation>
        </message>
        <message>
            <source>Yes: waiting %1 days for a decision (threshold %2)</source>
            <translation>Yes: waiting %1 days for a decision (threshold %2)</translation>
        </message>
        <message>
            <source>No: last decision %1 days ago (threshold %2)</source>
            <translation>No: last decision %1 days ago (threshold %2)</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (overdue)</translation>
        </message>
        <message>
            <source>%1 of %2 criteria met</source>
            <translation>%1 of %2 criteria met</translation>
        </message>
        <message>
            <source>Pilot trap</source>
            <translation>Pilot trap</translation>
        </message>
        <message>
            <source>Cost once</source>
            <translation>Cost once</translation>
        </message>
        <message>
            <source>Cost per month</source>
            <translation>Cost per month</translation>
        </message>
        <message>
            <source>No motion written. The board cannot vote on this item until the preparer writes what exactly is to be resolved.</source>
            <translation>No motion written. The board cannot vote on this item until the preparer writes what exactly is to be resolved.</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Motion</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>recommended</source>
            <translation>recommended</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>Option %1: %2</source>
            <translation>Option %1: %2</translation>
        </message>
        <message>
            <source>%1 (not one of the options above)</source>
            <translation>%1 (not one of the options above)</translation>
        </message>
        <message>
            <source>The preparer has made no recommendation.</source>
            <translation>The preparer has made no recommendation.</translation>
        </message>
        <message>
            <source>Conditions proposed</source>
            <translation>Conditions proposed</translation>
        </message>
        <message>
            <source>What stands in the way</source>
            <translation>What stands in the way</translation>
        </message>
        <message>
            <source>Nothing blocks the decision: the use case is clear, someone answers for it and data protection is resolved.</source>
            <translation>Nothing blocks the decision: the use case is clear, someone answers for it and data protection is resolved.</translation>
        </message>
        <message>
            <source>and %1 more (see the appendix).</source>
            <translation>and %1 more (see the appendix).</translation>
        </message>
        <message>
            <source>Votes: for %1   against %2   abstentions %3</source>
            <translation>Votes: for %1   against %2   abstentions %3</translation>
        </message>
        <message>
            <source>Resolution of the board</source>
            <translation>Resolution of the board</translation>
        </message>
        <message>
            <source>Conditions and remarks:</source>
            <translation>Conditions and remarks:</translation>
        </message>
        <message>
            <source>Items for decision</source>
            <translation>Items for decision</translation>
        </message>
        <message>
            <source>Points blocking regular operation: %1 (listed in the appendix).</source>
            <translation>Points blocking regular operation: %1 (listed in the appendix).</translation>
        </message>
        <message>
            <source>Noted for information:</source>
            <translation>Noted for information:</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>%1 (external: %2)</source>
            <translation>%1 (external: %2)</translation>
        </message>
        <message>
            <source>%1 (external)</source>
            <translation>%1 (external)</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>Answers for it (A)</source>
            <translation>Answers for it (A)</translation>
        </message>
        <message>
            <source>Hours saved a month</source>
            <translation>Hours saved a month</translation>
        </message>
        <message>
            <source>approved with conditions</source>
            <translation>approved with conditions</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>deferred</source>
            <translation>deferred</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Swiss Code of Obligations, Art. 713 para. %1</source>
            <translation>Swiss Code of Obligations, Art. 713 para. %1</translation>
        </message>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>excused</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Conflicts of interest (recusal): %1 none declared   %1 declared by: %2</source>
            <translation>Conflicts of interest (recusal): %1 none declared   %1 declared by: %2</translation>
        </message>
        <message>
            <source>Discussion:</source>
            <translation>Discussion:</translation>
        </message>
        <message>
            <source>No motion written: not voted on at this meeting.</source>
            <translation>No motion written: not voted on at this meeting.</translation>
        </message>
        <message>
            <source>Resolution, votes and conditions: as ticked on page</source>
            <translation>Resolution, votes and conditions: as ticked on page</translation>
        </message>
        <message>
            <source>%1 taken note of</source>
            <translation>%1 taken note of</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Opened / closed</source>
            <translation>Opened / closed</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Minute-taker</translation>
        </message>
        <message>
            <source>Members present: %1 of %2. %3 %4 has a quorum   %4 has no quorum.</source>
            <translation>Members present: %1 of %2. %3 %4 has a quorum   %4 has no quorum.</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Board minutes are signed by the chair and the minute-taker (%1).</source>
            <translation>Board minutes are signed by the chair and the minute-taker (%1).</translation>
        </message>
        <message>
            <source>Board minutes are signed by the chair and the minute-taker.</source>
            <translation>Board minutes are signed by the chair and the minute-taker.</translation>
        </message>
        <message>
            <source>Circular resolution</source>
            <translation>Circular resolution</translation>
        </message>
        <message>
            <source>A circular resolution is valid only if no member requests oral deliberation (%1).</source>
            <translation>A circular resolution is valid only if no member requests oral deliberation (%1).</translation>
        </message>
        <message>
            <source>A circular resolution is valid only if no member requests oral deliberation.</source>
            <translation>A circular resolution is valid only if no member requests oral deliberation.</translation>
        </message>
        <message>
            <source>Please return your signed votes to %1 by %2.</source>
            <translation>Please return your signed votes to %1 by %2.</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>The sole member of %1 resolves the following motions in writing (circular resolution).</source>
            <translation>The sole member of %1 resolves the following motions in writing (circular resolution).</translation>
        </message>
        <message>
            <source>The members of %1 resolve the following motions in writing (circular resolution).</source>
            <translation>The members of %1 resolve the following motions in writing (circular resolution).</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>abstain</source>
            <translation>abstain</translation>
        </message>
        <message>
            <source>Motion on item %1</source>
            <translation>Motion on item %1</translation>
        </message>
        <message>
            <source>I request oral deliberation (%1).</source>
            <translation>I request oral deliberation (%1).</translation>
        </message>
        <message>
            <source>I request oral deliberation.</source>
            <translation>I request oral deliberation.</translation>
        </message>
        <message>
            <source>There is no motion to resolve in writing.</source>
            <translation>There is no motion to resolve in writing.</translation>
        </message>
        <message>
            <source>Item %1 has no motion written and is not part of this circular resolution.</source>
            <translation>Item %1 has no motion written and is not part of this circular resolution.</translation>
        </message>
        <message>
            <source>external</source>
            <extracomment>Names in the matrix's heading are never set smaller than this; longer words wrap. The fewest letters a name is cut into at a hyphen the record adds ("Zimmer-" / "mann").</extracomment>
            <translation>external</translation>
        </message>
        <message>
            <source>Responsibility matrix (RACI)</source>
            <translation>Responsibility matrix (RACI)</translation>
        </message>
        <message>
            <source>No responsibilities assigned yet.</source>
            <translation>No responsibilities assigned yet.</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Untitled use case</source>
            <extracomment>Blocking gaps listed on a motion page; the rest are counted and left to the appendix. Characters of the concrete problem an item for information quotes (the appendix has all). Motions up to this length are framed; longer ones (no real motion is) flow unframed.</extracomment>
            <translation>Untitled use case</translation>
        </message>
        <message>
            <source>Appendix to item %1</source>
            <translation>Appendix to item %1</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Not answered yet.</translation>
        </message>
        <message>
            <source>The three questions</source>
            <translation>The three questions</translation>
        </message>
        <message>
            <source>1. Which concrete problem does AI solve?</source>
            <translation>1. Which concrete problem does AI solve?</translation>
        </message>
        <message>
            <source>2. Where does AI noticeably relieve customers?</source>
            <translation>2. Where does AI noticeably relieve customers?</translation>
        </message>
        <message>
            <source>2. Where does AI noticeably relieve employees?</source>
            <translation>2. Where does AI noticeably relieve employees?</translation>
        </message>
        <message>
            <source>3. Who keeps responsibility? Where automation ends and the human begins</source>
            <translation>3. Who keeps responsibility? Where automation ends and the human begins</translation>
        </message>
        <message>
            <source>Who checks, who intervenes and who answers for it: see the responsibility matrix below.</source>
            <translation>Who checks, who intervenes and who answers for it: see the responsibility matrix below.</translation>
        </message>
        <message>
            <source>Systems and integration</source>
            <translation>Systems and integration</translation>
        </message>
        <message>
            <source>No systems recorded.</source>
            <translation>No systems recorded.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Integration</source>
            <translation>Integration</translation>
        </message>
        <message>
            <source>Customer experience check</source>
            <translation>Customer experience check</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Response-time target</source>
            <translation>Response-time target</translation>
        </message>
        <message>
            <source>Fallback when the AI fails</source>
            <translation>Fallback when the AI fails</translation>
        </message>
        <message>
            <source>Risk and data protection</source>
            <translation>Risk and data protection</translation>
        </message>
        <message>
            <source>Checklist items not done yet: %1 (see the checklist).</source>
            <translation>Checklist items not done yet: %1 (see the checklist).</translation>
        </message>
        <message>
            <source>Risk class (EU AI Act)</source>
            <translation>Risk class (EU AI Act)</translation>
        </message>
        <message>
            <source>Personal data involved</source>
            <translation>Personal data involved</translation>
        </message>
        <message>
            <source>Which personal data</source>
            <translation>Which personal data</translation>
        </message>
        <message>
            <source>Guidance, not legal advice.</source>
            <translation>Guidance, not legal advice.</translation>
        </message>
        <message>
            <source>Decision log</source>
            <translation>Decision log</translation>
        </message>
        <message>
            <source>No decisions recorded yet.</source>
            <translation>No decisions recorded yet.</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Rationale and conditions</source>
            <translation>Rationale and conditions</translation>
        </message>
        <message>
            <source>Deciders</source>
            <translation>Deciders</translation>
        </message>
        <message>
            <source>Conditions:</source>
            <translation>Conditions:</translation>
        </message>
        <message>
            <source>Readiness incomplete, reason given:</source>
            <translation>Readiness incomplete, reason given:</translation>
        </message>
        <message>
            <source>Corrects the entry of %1.</source>
            <translation>Corrects the entry of %1.</translation>
        </message>
        <message>
            <source>Corrected by the entry of %1.</source>
            <translation>Corrected by the entry of %1.</translation>
        </message>
        <message>
            <source>Readiness for regular operation</source>
            <translation>Readiness for regular operation</translation>
        </message>
        <message>
            <source>Complete: all %1 criteria are met.</source>
            <translation>Complete: all %1 criteria are met.</translation>
        </message>
        <message>
            <source>%1 of %2 criteria are met. Missing:</source>
            <translation>%1 of %2 criteria are met. Missing:</translation>
        </message>
        <message>
            <source>Went live with incomplete readiness. Reason given</source>
            <translation>Went live with incomplete readiness. Reason given</translation>
        </message>
        <message>
            <source>Use case “%1”</source>
            <translation>Use case “%1”</translation>
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
            <translation>write the decision record (PDF) for the board</translation>
        </message>
        <message>
            <source>the workspace file</source>
            <translation>the workspace file</translation>
        </message>
        <message>
            <source>the PDF to write (default: FILE with .pdf)</source>
            <translation>the PDF to write (default: FILE with .pdf)</translation>
        </message>
        <message>
            <source>language of the record (default: the company's)</source>
            <translation>language of the record (default: the company's)</translation>
        </message>
        <message>
            <source>paper size (default: the company's setting)</source>
            <translation>paper size (default: the company's setting)</translation>
        </message>
        <message>
            <source>only this use case (UUID, UUID prefix or exact title; repeatable; default: all that are not stopped)</source>
            <translation>only this use case (UUID, UUID prefix or exact title; repeatable; default: all that are not stopped)</translation>
        </message>
        <message>
            <source>name of the meeting on the cover</source>
            <translation>name of the meeting on the cover</translation>
        </message>
        <message>
            <source>date of the meeting</source>
            <translation>date of the meeting</translation>
        </message>
        <message>
            <source>who prepared the record</source>
            <translation>who prepared the record</translation>
        </message>
        <message>
            <source>confidentiality label on every page</source>
            <translation>confidentiality label on every page</translation>
        </message>
        <message>
            <source>add a page for a circular resolution signed by every board member</source>
            <translation>add a page for a circular resolution signed by every board member</translation>
        </message>
        <message>
            <source>date by which the signed circular resolution is to be returned</source>
            <translation>date by which the signed circular resolution is to be returned</translation>
        </message>
        <message>
            <source>to whom the signed circular resolution is returned (default: the minute-taker)</source>
            <translation>to whom the signed circular resolution is returned (default: the minute-taker)</translation>
        </message>
        <message>
            <source>write the register list instead: one table row per use case, landscape (default output: FILE-list.pdf)</source>
            <translation>write the register list instead: one table row per use case, landscape (default output: FILE-list.pdf)</translation>
        </message>
        <message>
            <source>only use cases with this status (idea, evaluation, pilot, operation, paused, stopped; repeatable)</source>
            <translation>only use cases with this status (idea, evaluation, pilot, operation, paused, stopped; repeatable)</translation>
        </message>
        <message>
            <source>only use cases with this tag (repeatable: any of them)</source>
            <translation>only use cases with this tag (repeatable: any of them)</translation>
        </message>
        <message>
            <source>only use cases this person owns (name, case and accents do not matter; repeatable)</source>
            <translation>only use cases this person owns (name, case and accents do not matter; repeatable)</translation>
        </message>
        <message>
            <source>only pilots in the pilot trap (longer without a decision than the company allows)</source>
            <translation>only pilots in the pilot trap (longer without a decision than the company allows)</translation>
        </message>
        <message>
            <source>date of the record (default: today)</source>
            <translation>date of the record (default: today)</translation>
        </message>
        <message>
            <source>No use case passes the filters (--status, --tag, --owner, --pilot-trap); nothing was written.</source>
            <translation>No use case passes the filters (--status, --tag, --owner, --pilot-trap); nothing was written.</translation>
        </message>
        <message>
            <source>The list would hold %1 use cases; one list holds at most %2. Narrow it with --status, --tag, --owner or --use-case.</source>
            <translation>The list would hold %1 use cases; one list holds at most %2. Narrow it with --status, --tag, --owner or --use-case.</translation>
        </message>
        <message>
            <source>The record would hold %1 use cases; one record holds at most %2 (about three pages each). Choose the ones for the meeting with --use-case, or stop those that are finished.</source>
            <translation>The record would hold %1 use cases; one record holds at most %2 (about three pages each). Choose the ones for the meeting with --use-case, or stop those that are finished.</translation>
        </message>
        <message>
            <source>The PDF must not overwrite the workspace file.</source>
            <translation>The PDF must not overwrite the workspace file.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
        <message>
            <source>The record cannot be written in %1: that language's translation is not installed (%2). Reinstall Leitplanken.</source>
            <translation>The record cannot be written in %1: that language's translation is not installed (%2). Reinstall Leitplanken.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <source>Register list written to %1 (%2)</source>
            <translation>Register list written to %1 (%2)</translation>
        </message>
        <message>
            <source>Decision record written to %1 (%2)</source>
            <translation>Decision record written to %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning: the font cannot draw these characters; they appear as "?": %1</source>
            <translation>Warning: the font cannot draw these characters; they appear as "?": %1</translation>
        </message>
        <message>
            <source>No use case matches "%1".</source>
            <translation>No use case matches "%1".</translation>
        </message>
        <message>
            <source>"%1" matches %2 use cases; give more of the ID.</source>
            <translation>"%1" matches %2 use cases; give more of the ID.</translation>
        </message>
        <message>
            <source>No status is called "%1". Use one of: %2.</source>
            <translation>No status is called "%1". Use one of: %2.</translation>
        </message>
        <message>
            <source>Nobody called "%1" is in the file (owners are matched by name, case and accents do not matter).</source>
            <translation>Nobody called "%1" is in the file (owners are matched by name, case and accents do not matter).</translation>
        </message>
    </context>
    <context>
        <name>SendCopyCommand</name>
        <message>
            <source>write a clean copy to send, optionally encrypted</source>
            <translation>write a clean copy to send, optionally encrypted</translation>
        </message>
        <message>
            <source>the workspace file</source>
            <translation>the workspace file</translation>
        </message>
        <message>
            <source>where to write the copy</source>
            <translation>where to write the copy</translation>
        </message>
        <message>
            <source>encrypt with the passphrase in the first line of F</source>
            <translation>encrypt with the passphrase in the first line of F</translation>
        </message>
        <message>
            <source>Cannot read the passphrase from %1.</source>
            <translation>Cannot read the passphrase from %1.</translation>
        </message>
        <message>
            <source>The passphrase file is empty.</source>
            <translation>The passphrase file is empty.</translation>
        </message>
        <message>
            <source>%1 is the workspace itself; write the copy to another file.</source>
            <translation>%1 is the workspace itself; write the copy to another file.</translation>
        </message>
        <message>
            <source>Encrypted copy written to %1.</source>
            <translation>Encrypted copy written to %1.</translation>
        </message>
        <message>
            <source>Copy written to %1.</source>
            <translation>Copy written to %1.</translation>
        </message>
    </context>
    <context>
        <name>SendCopyDialog</name>
        <message>
            <source>Send copy</source>
            <extracomment>Shorter passphrases are refused: scrypt slows guessing, it cannot make "1234" safe.</extracomment>
            <translation>Send copy</translation>
        </message>
        <message>
            <source>Writes a clean copy of the workspace to another place, for a USB stick or an e-mail. The open file stays as it is. The copy keeps the history, so it can be merged back later.</source>
            <translation>Writes a clean copy of the workspace to another place, for a USB stick or an e-mail. The open file stays as it is. The copy keeps the history, so it can be merged back later.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Encrypt with a passphrase</source>
            <translation>&amp;Encrypt with a passphrase</translation>
        </message>
        <message>
            <source>Tell the recipient the passphrase another way (by phone, not in the same e-mail). Without it the copy cannot be opened; nobody can recover it.</source>
            <translation>Tell the recipient the passphrase another way (by phone, not in the same e-mail). Without it the copy cannot be opened; nobody can recover it.</translation>
        </message>
        <message>
            <source>Copy to:</source>
            <translation>Copy to:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Repeat passphrase:</source>
            <translation>Repeat passphrase:</translation>
        </message>
        <message>
            <source>&amp;Send copy</source>
            <translation>&amp;Send copy</translation>
        </message>
        <message>
            <source>Leitplanken workspaces (*%1)</source>
            <translation>Leitplanken workspaces (*%1)</translation>
        </message>
        <message>
            <source>Choose where the copy goes.</source>
            <translation>Choose where the copy goes.</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>The passphrase needs at least %1 characters.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Workspace</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copy)</translation>
        </message>
        <message>
            <source>Writing an encrypted copy to “%1” …</source>
            <translation>Writing an encrypted copy to “%1” …</translation>
        </message>
        <message>
            <source>Writing a copy to “%1” …</source>
            <translation>Writing a copy to “%1” …</translation>
        </message>
        <message>
            <source>Send copy cancelled: no copy was written.</source>
            <translation>Send copy cancelled: no copy was written.</translation>
        </message>
        <message>
            <source>Encrypted copy written to %1</source>
            <translation>Encrypted copy written to %1</translation>
        </message>
        <message>
            <source>Copy written to %1</source>
            <translation>Copy written to %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Letter</source>
            <extracomment>Interface languages, each named in its own language (as language pickers do).</extracomment>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Choose a person or type a new name</source>
            <translation>Choose a person or type a new name</translation>
        </message>
        <message>
            <source>Board member %1</source>
            <translation>Board member %1</translation>
        </message>
        <message>
            <source>Role of board member %1</source>
            <translation>Role of board member %1</translation>
        </message>
        <message>
            <source>Change settings</source>
            <translation>Change settings</translation>
        </message>
        <message>
            <source>Change company settings</source>
            <translation>Change company settings</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Add person</translation>
        </message>
        <message>
            <source>Remove board member</source>
            <translation>Remove board member</translation>
        </message>
        <message>
            <source>Change board member</source>
            <translation>Change board member</translation>
        </message>
        <message>
            <source>Add board member</source>
            <translation>Add board member</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>This computer</translation>
        </message>
        <message>
            <source>Company (saved in the file)</source>
            <translation>Company (saved in the file)</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Next board meeting (for the record's cover)</source>
            <translation>Next board meeting (for the record's cover)</translation>
        </message>
        <message>
            <source>Choose yourself among the people or type your name</source>
            <translation>Choose yourself among the people or type your name</translation>
        </message>
        <message>
            <source>Your name, recorded with each change in the history (kept on this computer)</source>
            <translation>Your name, recorded with each change in the history (kept on this computer)</translation>
        </message>
        <message>
            <source>e.g. 14:00</source>
            <translation>e.g. 14:00</translation>
        </message>
        <message>
            <source>e.g. meeting room, head office</source>
            <translation>e.g. meeting room, head office</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <source>&amp;I am:</source>
            <translation>&amp;I am:</translation>
        </message>
        <message>
            <source>Company &amp;name:</source>
            <translation>Company &amp;name:</translation>
        </message>
        <message>
            <source>Legal &amp;form:</source>
            <translation>Legal &amp;form:</translation>
        </message>
        <message>
            <source>For&amp;mats (locale):</source>
            <translation>For&amp;mats (locale):</translation>
        </message>
        <message>
            <source>Pilot &amp;trap after (days):</source>
            <translation>Pilot &amp;trap after (days):</translation>
        </message>
        <message>
            <source>Name of the &amp;board:</source>
            <translation>Name of the &amp;board:</translation>
        </message>
        <message>
            <source>Dat&amp;e:</source>
            <translation>Dat&amp;e:</translation>
        </message>
        <message>
            <source>&amp;Start time:</source>
            <translation>&amp;Start time:</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Where:</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <translation>&amp;Currency:</translation>
        </message>
        <message>
            <source>Language of catalogue and &amp;decision record:</source>
            <translation>Language of catalogue and &amp;decision record:</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>&amp;Paper size:</translation>
        </message>
        <message>
            <source>e.g. AG, GmbH</source>
            <translation>e.g. AG, GmbH</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>A pilot without a decision for longer than this is flagged as a pilot trap.</source>
            <translation>A pilot without a decision for longer than this is flagged as a pilot trap.</translation>
        </message>
        <message>
            <source>How dates, numbers and money are written (e.g. de_CH: 25.11.2026, CHF 1’200.00)</source>
            <translation>How dates, numbers and money are written (e.g. de_CH: 25.11.2026, CHF 1’200.00)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>The chair and the minute-taker sign the minutes (Swiss CO Art. 713 para. 3).</source>
            <translation>The chair and the minute-taker sign the minutes (Swiss CO Art. 713 para. 3).</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>&amp;Add member</translation>
        </message>
        <message>
            <source>&amp;Remove member</source>
            <translation>&amp;Remove member</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The file you worked on last, “%1”, is not where it was (%2). If it is on a USB stick or a network drive, connect it and choose Open a file.</source>
            <extracomment>Opens what the command line asked for: (window, path, demo) → (session, notice).</extracomment>
            <translation>The file you worked on last, “%1”, is not where it was (%2). If it is on a USB stick or a network drive, connect it and choose Open a file.</translation>
        </message>
        <message>
            <source>The file you worked on last could not be opened again: %1</source>
            <translation>The file you worked on last could not be opened again: %1</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Ready to import</source>
            <translation>Ready to import</translation>
        </message>
        <message>
            <source>Check what happens. The import is one step: Edit → Undo takes it back whole.</source>
            <translation>Check what happens. The import is one step: Edit → Undo takes it back whole.</translation>
        </message>
        <message>
            <source>No column holds the creation date: the use cases get today's date.</source>
            <translation>No column holds the creation date: the use cases get today's date.</translation>
        </message>
        <message>
            <source>Not made into people, they look like formulas (kept in the notes): %1</source>
            <translation>Not made into people, they look like formulas (kept in the notes): %1</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… and %1 more.</translation>
        </message>
    </context>
    <context>
        <name>SystemsTab</name>
        <message>
            <source>Which of the company's systems does this use case touch? A tool that does not talk to the CRM stays an experiment: say for each system whether data flows automatically, by manual transfer (who does it?) or not at all.</source>
            <translation>Which of the company's systems does this use case touch? A tool that does not talk to the CRM stays an experiment: say for each system whether data flows automatically, by manual transfer (who does it?) or not at all.</translation>
        </message>
        <message>
            <source>Link system</source>
            <translation>Link system</translation>
        </message>
        <message>
            <source>New system…</source>
            <translation>New system…</translation>
        </message>
        <message>
            <source>Adds a system to the company's list and links it here</source>
            <translation>Adds a system to the company's list and links it here</translation>
        </message>
        <message>
            <source>Unlink system</source>
            <translation>Unlink system</translation>
        </message>
        <message>
            <source>Add and link system</source>
            <translation>Add and link system</translation>
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
            <translation>Kind</translation>
        </message>
        <message>
            <source>e.g. CRM, ERP, e-mail, website, phone, accounting</source>
            <translation>e.g. CRM, ERP, e-mail, website, phone, accounting</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Edit system</source>
            <translation>Edit system</translation>
        </message>
        <message>
            <source>New system</source>
            <translation>New system</translation>
        </message>
        <message>
            <source>Add system</source>
            <translation>Add system</translation>
        </message>
        <message numerus="yes">
            <source>%1 is linked to %n use case(s). Remove the system and these links?</source>
            <translation>
                <numerusform>%1 is linked to %n use case. Remove the system and this link?</numerusform>
                <numerusform>%1 is linked to %n use cases. Remove the system and these links?</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove system</source>
            <translation>Remove system</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <source>The systems your company already works with. An AI tool that does not talk to them stays an experiment: each use case records which systems it touches and how.</source>
            <translation>The systems your company already works with. An AI tool that does not talk to them stays an experiment: each use case records which systems it touches and how.</translation>
        </message>
        <message>
            <source>&amp;Add system</source>
            <translation>&amp;Add system</translation>
        </message>
        <message>
            <source>Adds a system to the company list</source>
            <translation>Adds a system to the company list</translation>
        </message>
        <message>
            <source>&amp;Remove system</source>
            <translation>&amp;Remove system</translation>
        </message>
        <message>
            <source>Removes the selected system (Delete)</source>
            <translation>Removes the selected system (Delete)</translation>
        </message>
    </context>
    <context>
        <name>TableCli</name>
        <message>
            <source>write the register, RACI, checklists or decisions as CSV or XLSX</source>
            <translation>write the register, RACI, checklists or decisions as CSV or XLSX</translation>
        </message>
        <message>
            <source>the workspace file</source>
            <translation>the workspace file</translation>
        </message>
        <message>
            <source>the list to write: .csv or .xlsx (an existing list is replaced)</source>
            <translation>the list to write: .csv or .xlsx (an existing list is replaced)</translation>
        </message>
        <message>
            <source>which list: the register (default), one row per RACI letter, per checklist item or per decision</source>
            <translation>which list: the register (default), one row per RACI letter, per checklist item or per decision</translation>
        </message>
        <message>
            <source>language of the column titles and values (default: the company's)</source>
            <translation>language of the column titles and values (default: the company's)</translation>
        </message>
        <message>
            <source>CSV for German Excel: semicolons, decimal comma, dates as 31.12.2026 (default for German)</source>
            <translation>CSV for German Excel: semicolons, decimal comma, dates as 31.12.2026 (default for German)</translation>
        </message>
        <message>
            <source>CSV with commas, decimal point and dates as 2026-12-31 (default for English)</source>
            <translation>CSV with commas, decimal point and dates as 2026-12-31 (default for English)</translation>
        </message>
        <message>
            <source>register only: also write the mapping that imports this list again (import-csv --mapping)</source>
            <translation>register only: also write the mapping that imports this list again (import-csv --mapping)</translation>
        </message>
        <message>
            <source>FILE is an encrypted copy: its passphrase is the first line of F</source>
            <translation>FILE is an encrypted copy: its passphrase is the first line of F</translation>
        </message>
        <message>
            <source>judge pilot traps as of this date (default: today)</source>
            <translation>judge pilot traps as of this date (default: today)</translation>
        </message>
        <message>
            <source>%1: the list is written as .csv or .xlsx; give OUT one of these endings.</source>
            <translation>%1: the list is written as .csv or .xlsx; give OUT one of these endings.</translation>
        </message>
        <message>
            <source>--save-mapping goes with the register: only its rows are use cases an import can read back.</source>
            <translation>--save-mapping goes with the register: only its rows are use cases an import can read back.</translation>
        </message>
        <message>
            <source>%1: the mapping must not overwrite the workspace or the list. Choose another name for it.</source>
            <translation>%1: the mapping must not overwrite the workspace or the list. Choose another name for it.</translation>
        </message>
        <message>
            <source>%1 is a Leitplanken workspace (or another database); the list must not overwrite it. Choose another name for the list.</source>
            <translation>%1 is a Leitplanken workspace (or another database); the list must not overwrite it. Choose another name for the list.</translation>
        </message>
        <message>
            <source>The list cannot be written in %1: that language's translation is not installed (%2). Reinstall Leitplanken.</source>
            <translation>The list cannot be written in %1: that language's translation is not installed (%2). Reinstall Leitplanken.</translation>
        </message>
        <message>
            <source>The list has %1 rows; an Excel sheet holds at most %2. Nothing was written; write it as .csv instead.</source>
            <translation>The list has %1 rows; an Excel sheet holds at most %2. Nothing was written; write it as .csv instead.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <source>%1 written (%2).</source>
            <translation>%1 written (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>Mapping for importing the list again written to %1.</source>
            <translation>Mapping for importing the list again written to %1.</translation>
        </message>
    </context>
    <context>
        <name>TableExportDialog</name>
        <message>
            <source>Export list</source>
            <extracomment>Languages of the list, each named in its own language. (done, total): use cases while building, rows while writing an XLSX. The ExportResult. The user cancelled; nothing was written. The exception (OSError when writing, MissingCatalogue, or a bug). The ExportResult of a written list. The user cancelled a running export; nothing was written.</extracomment>
            <translation>Export list</translation>
        </message>
        <message>
            <source>Use-case register (one row per use case)</source>
            <translation>Use-case register (one row per use case)</translation>
        </message>
        <message>
            <source>Responsibility matrices (one row per RACI letter)</source>
            <translation>Responsibility matrices (one row per RACI letter)</translation>
        </message>
        <message>
            <source>Integration checklists (one row per item)</source>
            <translation>Integration checklists (one row per item)</translation>
        </message>
        <message>
            <source>Decision log (one row per decision)</source>
            <translation>Decision log (one row per decision)</translation>
        </message>
        <message>
            <source>CSV (text, opens in any spreadsheet)</source>
            <translation>CSV (text, opens in any spreadsheet)</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel workbook (XLSX)</translation>
        </message>
        <message>
            <source>German Excel: semicolons, decimal comma, 31.12.2026</source>
            <translation>German Excel: semicolons, decimal comma, 31.12.2026</translation>
        </message>
        <message>
            <source>Commas, decimal point, 2026-12-31</source>
            <translation>Commas, decimal point, 2026-12-31</translation>
        </message>
        <message>
            <source>Also save the &amp;mapping for importing this list again (beside it, found by the import)</source>
            <translation>Also save the &amp;mapping for importing this list again (beside it, found by the import)</translation>
        </message>
        <message>
            <source>Texts starting with =, +, -, @ or a tab are written so that no spreadsheet runs them as a formula.</source>
            <translation>Texts starting with =, +, -, @ or a tab are written so that no spreadsheet runs them as a formula.</translation>
        </message>
        <message>
            <source>&amp;List:</source>
            <translation>&amp;List:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>CSV &amp;separator:</source>
            <translation>CSV &amp;separator:</translation>
        </message>
        <message>
            <source>Lan&amp;guage of the list:</source>
            <translation>Lan&amp;guage of the list:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Leitplanken</source>
            <translation>Leitplanken</translation>
        </message>
        <message>
            <source>register</source>
            <translation>register</translation>
        </message>
        <message>
            <source>RACI</source>
            <translation>RACI</translation>
        </message>
        <message>
            <source>checklists</source>
            <translation>checklists</translation>
        </message>
        <message>
            <source>decisions</source>
            <translation>decisions</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>%1 is the workspace file itself; the list must not overwrite it. Choose another name.</source>
            <translation>%1 is the workspace file itself; the list must not overwrite it. Choose another name.</translation>
        </message>
        <message>
            <source>Writing the list…</source>
            <translation>Writing the list…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The list was written to %1 (%2).</source>
            <translation>The list was written to %1 (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>File → Import use cases… reads it back with the mapping %1.</source>
            <translation>File → Import use cases… reads it back with the mapping %1.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Show in &amp;folder</translation>
        </message>
        <message>
            <source>The list could not be written to %1: %2. Nothing was changed. If the file is open in a spreadsheet, close it there and export again; otherwise choose another folder or name.</source>
            <translation>The list could not be written to %1: %2. Nothing was changed. If the file is open in a spreadsheet, close it there and export again; otherwise choose another folder or name.</translation>
        </message>
        <message>
            <source>The list has %1 rows; an Excel sheet holds at most %2. Nothing was written; choose CSV instead.</source>
            <translation>The list has %1 rows; an Excel sheet holds at most %2. Nothing was written; choose CSV instead.</translation>
        </message>
        <message>
            <source>The list cannot be made in this language: its translation is not installed (%1). Reinstall Leitplanken.</source>
            <translation>The list cannot be made in this language: its translation is not installed (%1). Reinstall Leitplanken.</translation>
        </message>
    </context>
    <context>
        <name>UseCaseEditor</name>
        <message>
            <source>(untitled)</source>
            <extracomment>(tab key as findings name it, module, class) in the order PRODUCT.md lists the tabs. The user wants to go back to the register.</extracomment>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>The status changes only through a recorded decision (Decisions tab).</source>
            <translation>The status changes only through a recorded decision (Decisions tab).</translation>
        </message>
        <message>
            <source>Prepare the mot&amp;ion</source>
            <translation>Prepare the mot&amp;ion</translation>
        </message>
        <message>
            <source>Pilot trap: this pilot has gone %1 days without a decision (the limit is %2). %3 should decide: go live, extend with conditions, or stop.</source>
            <translation>Pilot trap: this pilot has gone %1 days without a decision (the limit is %2). %3 should decide: go live, extend with conditions, or stop.</translation>
        </message>
        <message>
            <source>Opens “%1” to write the motion for the next meeting</source>
            <translation>Opens “%1” to write the motion for the next meeting</translation>
        </message>
        <message>
            <source>For %1</source>
            <translation>For %1</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <source>S&amp;ystems</source>
            <translation>S&amp;ystems</translation>
        </message>
        <message>
            <source>&amp;Responsibility (RACI)</source>
            <translation>&amp;Responsibility (RACI)</translation>
        </message>
        <message>
            <source>&amp;Integration checklist</source>
            <translation>&amp;Integration checklist</translation>
        </message>
        <message>
            <source>Customer e&amp;xperience</source>
            <translation>Customer e&amp;xperience</translation>
        </message>
        <message>
            <source>&amp;Decisions</source>
            <translation>&amp;Decisions</translation>
        </message>
        <message>
            <source>← All use cases</source>
            <translation>← All use cases</translation>
        </message>
        <message>
            <source>Back to the register (Alt+Left)</source>
            <translation>Back to the register (Alt+Left)</translation>
        </message>
    </context>
    <context>
        <name>UseCasePicker</name>
        <message>
            <source>All statuses</source>
            <extracomment>Ticks, filters or an agenda choice changed (the dialog re-checks its problems). Agenda choices of a read-only file: used for this record, not stored.</extracomment>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>All owners</translation>
        </message>
        <message>
            <source>Only pilots in the pilot trap</source>
            <translation>Only pilots in the pilot trap</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Use case</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>On the agenda</source>
            <translation>On the agenda</translation>
        </message>
        <message>
            <source>Tick the use cases for the record. Click “On the agenda” to put one up for decision or for information; the choice is kept in the use case.</source>
            <translation>Tick the use cases for the record. Click “On the agenda” to put one up for decision or for information; the choice is kept in the use case.</translation>
        </message>
        <message>
            <source>Select all shown</source>
            <translation>Select all shown</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Select none</translation>
        </message>
        <message>
            <source>Agenda for all shown</source>
            <translation>Agenda for all shown</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Automatic: %1</source>
            <translation>Automatic: %1</translation>
        </message>
        <message>
            <source>%1 (automatic)</source>
            <translation>%1 (automatic)</translation>
        </message>
        <message>
            <source>On the agenda: %1</source>
            <translation>On the agenda: %1</translation>
        </message>
        <message>
            <source>On the agenda: %1 (%2 use cases)</source>
            <translation>On the agenda: %1 (%2 use cases)</translation>
        </message>
        <message>
            <source>%1 of %2 chosen</source>
            <translation>%1 of %2 chosen</translation>
        </message>
    </context>
    <context>
        <name>UseCaseSystemsModel</name>
        <message>
            <source>(unknown system)</source>
            <translation>(unknown system)</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>How data flows</source>
            <translation>How data flows</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>A manual transfer needs an owner: name who copies the data, and how often.</source>
            <translation>A manual transfer needs an owner: name who copies the data, and how often.</translation>
        </message>
        <message>
            <source>Set integration</source>
            <translation>Set integration</translation>
        </message>
        <message>
            <source>Edit system note</source>
            <translation>Edit system note</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <source>Which value means what?</source>
            <translation>Which value means what?</translation>
        </message>
        <message>
            <source>Each value found, how often, and what it becomes. A value marked “not recognised” keeps the field's default (a status: Idea) and is kept in the notes.</source>
            <translation>Each value found, how often, and what it becomes. A value marked “not recognised” keeps the field's default (a status: Idea) and is kept in the notes.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Becomes</translation>
        </message>
        <message>
            <source>No column holds a status, risk class or yes/no: nothing to decide here.</source>
            <translation>No column holds a status, risk class or yes/no: nothing to decide here.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>not recognised (kept in the notes)</source>
            <translation>not recognised (kept in the notes)</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Leitplanken</source>
            <extracomment>"Create my company's workspace" was chosen. "Open a file…" was chosen. "Look at the demo" was chosen. A recent file was chosen (its path).</extracomment>
            <translation>Welcome to Leitplanken</translation>
        </message>
        <message>
            <source>Leitplanken keeps your company's AI use cases in order: who answers for what, what still has to be done before regular operation, and the decision record for your board. Everything stays in one file on this computer.</source>
            <translation>Leitplanken keeps your company's AI use cases in order: who answers for what, what still has to be done before regular operation, and the decision record for your board. Everything stays in one file on this computer.</translation>
        </message>
        <message>
            <source>&amp;Create my company's workspace…</source>
            <translation>&amp;Create my company's workspace…</translation>
        </message>
        <message>
            <source>Asks for your company and its board on one short page; you can also fill it in later.</source>
            <translation>Asks for your company and its board on one short page; you can also fill it in later.</translation>
        </message>
        <message>
            <source>&amp;Open a file…</source>
            <translation>&amp;Open a file…</translation>
        </message>
        <message>
            <source>A workspace file (.leitplanken) from this computer, a USB stick or an e-mail.</source>
            <translation>A workspace file (.leitplanken) from this computer, a USB stick or an e-mail.</translation>
        </message>
        <message>
            <source>Look at the &amp;demo</source>
            <translation>Look at the &amp;demo</translation>
        </message>
        <message>
            <source>A made-up company with a few use cases, to try everything out. Nothing you change there touches your own files.</source>
            <translation>A made-up company with a few use cases, to try everything out. Nothing you change there touches your own files.</translation>
        </message>
        <message>
            <source>&amp;Recent files (double-click to open):</source>
            <translation>&amp;Recent files (double-click to open):</translation>
        </message>
        <message>
            <source>No recent files yet.</source>
            <translation>No recent files yet.</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Use case</source>
            <translation>&amp;Use case</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>Starts an empty workspace for a company</source>
            <translation>Starts an empty workspace for a company</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Opens a workspace file (.leitplanken)</source>
            <translation>Opens a workspace file (.leitplanken)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Saves the workspace to its file</source>
            <translation>Saves the workspace to its file</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Save &amp;as…</translation>
        </message>
        <message>
            <source>Saves the workspace to a new file</source>
            <translation>Saves the workspace to a new file</translation>
        </message>
        <message>
            <source>&amp;Export decision record…</source>
            <translation>&amp;Export decision record…</translation>
        </message>
        <message>
            <source>Writes the decision record for the board as a PDF (Ctrl+E)</source>
            <translation>Writes the decision record for the board as a PDF (Ctrl+E)</translation>
        </message>
        <message>
            <source>Export &amp;list…</source>
            <translation>Export &amp;list…</translation>
        </message>
        <message>
            <source>Writes the register, RACI matrices, checklists or decisions as CSV or Excel (XLSX)</source>
            <translation>Writes the register, RACI matrices, checklists or decisions as CSV or Excel (XLSX)</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;History…</translation>
        </message>
        <message>
            <source>What changed since a chosen day, and by whom (Ctrl+H)</source>
            <translation>What changed since a chosen day, and by whom (Ctrl+H)</translation>
        </message>
        <message>
            <source>&amp;Catalogue…</source>
            <translation>&amp;Catalogue…</translation>
        </message>
        <message>
            <source>The standard activities and checklist items new use cases start with</source>
            <translation>The standard activities and checklist items new use cases start with</translation>
        </message>
        <message>
            <source>&amp;Import use cases…</source>
            <translation>&amp;Import use cases…</translation>
        </message>
        <message>
            <source>Adds use cases from a spreadsheet or inventory (CSV, TSV or Excel)</source>
            <translation>Adds use cases from a spreadsheet or inventory (CSV, TSV or Excel)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Closes Leitplanken (asks about unsaved changes)</source>
            <translation>Closes Leitplanken (asks about unsaved changes)</translation>
        </message>
        <message>
            <source>Takes back the last change</source>
            <translation>Takes back the last change</translation>
        </message>
        <message>
            <source>Makes the last undone change again</source>
            <translation>Makes the last undone change again</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copies the selection; in the register the selected rows, as a table for Excel or Word (Ctrl+C)</source>
            <translation>Copies the selection; in the register the selected rows, as a table for Excel or Word (Ctrl+C)</translation>
        </message>
        <message>
            <source>&amp;Find use case</source>
            <translation>&amp;Find use case</translation>
        </message>
        <message>
            <source>Goes to the register's search field</source>
            <translation>Goes to the register's search field</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <source>Language, company, board, pilot trap and paper size</source>
            <translation>Language, company, board, pilot trap and paper size</translation>
        </message>
        <message>
            <source>&amp;New use case</source>
            <translation>&amp;New use case</translation>
        </message>
        <message>
            <source>Adds a use case and opens it</source>
            <translation>Adds a use case and opens it</translation>
        </message>
        <message>
            <source>&amp;Remove use case…</source>
            <translation>&amp;Remove use case…</translation>
        </message>
        <message>
            <source>Removes the selected or open use case</source>
            <translation>Removes the selected or open use case</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <source>Counts per status and what needs attention</source>
            <translation>Counts per status and what needs attention</translation>
        </message>
        <message>
            <source>&amp;Use cases</source>
            <translation>&amp;Use cases</translation>
        </message>
        <message>
            <source>The register of all use cases</source>
            <translation>The register of all use cases</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <source>The company's people, internal and external</source>
            <translation>The company's people, internal and external</translation>
        </message>
        <message>
            <source>&amp;Systems</source>
            <translation>&amp;Systems</translation>
        </message>
        <message>
            <source>The company's existing systems</source>
            <translation>The company's existing systems</translation>
        </message>
        <message>
            <source>&amp;Back to the register</source>
            <translation>&amp;Back to the register</translation>
        </message>
        <message>
            <source>Leaves the use-case editor</source>
            <translation>Leaves the use-case editor</translation>
        </message>
        <message>
            <source>&amp;About Leitplanken</source>
            <translation>&amp;About Leitplanken</translation>
        </message>
        <message>
            <source>Version and licence</source>
            <translation>Version and licence</translation>
        </message>
        <message>
            <source>&amp;Guided start…</source>
            <translation>&amp;Guided start…</translation>
        </message>
        <message>
            <source>A new use case through the article's three questions, step by step</source>
            <translation>A new use case through the article's three questions, step by step</translation>
        </message>
        <message>
            <source>Show the &amp;demo</source>
            <translation>Show the &amp;demo</translation>
        </message>
        <message>
            <source>Opens a made-up company to try things out; your own files stay untouched</source>
            <translation>Opens a made-up company to try things out; your own files stay untouched</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Lists the keys for the menu commands</source>
            <translation>Lists the keys for the menu commands</translation>
        </message>
    </context>
    <context>
        <name>_BoundaryPage</name>
        <message>
            <source>e.g. %1</source>
            <translation>e.g. %1</translation>
        </message>
        <message>
            <source>Customers deal with it directly (customer-facing)</source>
            <translation>Customers deal with it directly (customer-facing)</translation>
        </message>
    </context>
    <context>
        <name>_QuestionsPage</name>
        <message>
            <source>Your first use case</source>
            <extracomment>Who gets which letter on the catalogue activities: the article's three roles. (activity key, role, letter); every activity also gets the A of "who answers for it". What an external provider named on the roles page does: runs the integration (R) and is consulted on data protection (C); the A on those rows stays with whoever answers for it.</extracomment>
            <translation>Your first use case</translation>
        </message>
        <message>
            <source>Three questions every small business should answer before AI becomes everyday work.</source>
            <translation>Three questions every small business should answer before AI becomes everyday work.</translation>
        </message>
        <message>
            <source>e.g. Answer customer enquiries</source>
            <translation>e.g. Answer customer enquiries</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>e.g. %1</translation>
        </message>
        <message>
            <source>e.g. customers get a clear answer within two hours</source>
            <translation>e.g. customers get a clear answer within two hours</translation>
        </message>
        <message>
            <source>e.g. the team gains time for personal advice</source>
            <translation>e.g. the team gains time for personal advice</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>For &amp;customers:</source>
            <translation>For &amp;customers:</translation>
        </message>
        <message>
            <source>For &amp;employees:</source>
            <translation>For &amp;employees:</translation>
        </message>
        <message>
            <source>Example: %1</source>
            <translation>Example: %1</translation>
        </message>
    </context>
    <context>
        <name>_RolesPage</name>
        <message>
            <source>Name (optional)</source>
            <translation>Name (optional)</translation>
        </message>
        <message>
            <source>Firm</source>
            <translation>Firm</translation>
        </message>
        <message>
            <source>Who &amp;checks the AI's outputs?</source>
            <translation>Who &amp;checks the AI's outputs?</translation>
        </message>
        <message>
            <source>Who &amp;intervenes on exceptions?</source>
            <translation>Who &amp;intervenes on exceptions?</translation>
        </message>
        <message>
            <source>Who &amp;answers for it?</source>
            <translation>Who &amp;answers for it?</translation>
        </message>
        <message>
            <source>Pick someone from the list or type a new name (added as an internal person). The one who answers for it must be internal.</source>
            <translation>Pick someone from the list or type a new name (added as an internal person). The one who answers for it must be internal.</translation>
        </message>
        <message>
            <source>E&amp;xternal provider:</source>
            <translation>E&amp;xternal provider:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>If a provider does part of the work, they are added as an external person with: %1. You can change this later in the responsibility matrix.</source>
            <translation>If a provider does part of the work, they are added as an external person with: %1. You can change this later in the responsibility matrix.</translation>
        </message>
        <message>
            <source>Example: %1</source>
            <translation>Example: %1</translation>
        </message>
        <message>
            <source>%1 is external. The one who answers for automated decisions must be an internal person.</source>
            <translation>%1 is external. The one who answers for automated decisions must be an internal person.</translation>
        </message>
    </context>
</TS>