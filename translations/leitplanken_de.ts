<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Labels</name>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited risk (transparency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet. Assess the risk class before a pilot goes live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. spam filters or text suggestions checked by staff: no specific duties beyond AI literacy (EU AI Act Art. 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatbots and generated content: people must be told they deal with AI (EU AI Act Art. 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. recruiting, credit scoring, essential services (EU AI Act Annex III): strict duties, get advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. social scoring or manipulation (EU AI Act Art. 5): must not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection and law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live (regular operation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it feel coherent to the customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it comprehensible?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is responsibility visibly taken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R – Responsible: does the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A – Accountable: answers for it (exactly one, internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C – Consulted: is asked beforehand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I – Informed: is told afterwards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
