<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ContractTab</name>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DecisionPage</name>
        <message numerus="yes">
            <source>%n awaiting written confirmation</source>
            <translation>
                <numerusform>%n awaiting written confirmation</numerusform>
                <numerusform>%n awaiting written confirmation</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HealthStrip</name>
        <message numerus="yes">
            <source>Falling on %n project(s): see the early warnings</source>
            <translation>
                <numerusform>Falling on %n project: see the early warnings</numerusform>
                <numerusform>Falling on %n projects: see the early warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MessagesPanel</name>
        <message numerus="yes">
            <source>%n message(s) failed to send</source>
            <translation>
                <numerusform>%n message failed to send</numerusform>
                <numerusform>%n messages failed to send</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OnboardingTab</name>
        <message numerus="yes">
            <source>%n step(s) overdue</source>
            <translation>
                <numerusform>%n step overdue</numerusform>
                <numerusform>%n steps overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemModel</name>
        <message numerus="yes">
            <source>, %n late</source>
            <translation>
                <numerusform>, %n late</numerusform>
                <numerusform>, %n late</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectListPanel</name>
        <message numerus="yes">
            <source>%n project(s)</source>
            <translation>
                <numerusform>%n project</numerusform>
                <numerusform>%n projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n project(s) shown</source>
            <translation>
                <numerusform>%1 of %n project shown</numerusform>
                <numerusform>%1 of %n projects shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectsController</name>
        <message numerus="yes">
            <source>Exported %n project(s).</source>
            <translation>
                <numerusform>Exported %n project.</numerusform>
                <numerusform>Exported %n projects.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) changed here after the export were kept as they are.</source>
            <translation>
                <numerusform>%n record changed here after the export were kept as they are.</numerusform>
                <numerusform>%n records changed here after the export were kept as they are.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) that the newer file no longer holds were removed.</source>
            <translation>
                <numerusform>%n record that the newer file no longer holds were removed.</numerusform>
                <numerusform>%n records that the newer file no longer holds were removed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message numerus="yes">
            <source>%n waiting for an answer</source>
            <translation>
                <numerusform>%n waiting for an answer</numerusform>
                <numerusform>%n waiting for an answer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RedFlagPage</name>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message numerus="yes">
            <source>The sign-in did not finish within %n minute(s). Was the browser closed? Try again, or use a code instead.</source>
            <translation>
                <numerusform>The sign-in did not finish within %n minute. Was the browser closed? Try again, or use a code instead.</numerusform>
                <numerusform>The sign-in did not finish within %n minutes. Was the browser closed? Try again, or use a code instead.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>Sent %n message(s) through Outlook.</source>
            <translation>
                <numerusform>Sent %n message through Outlook.</numerusform>
                <numerusform>Sent %n messages through Outlook.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new Outlook notice(s): see the status bar.</source>
            <translation>
                <numerusform>%n new Outlook notice: see the status bar.</numerusform>
                <numerusform>%n new Outlook notices: see the status bar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued message(s) to send</source>
            <translation>
                <numerusform>%n queued message to send</numerusform>
                <numerusform>%n queued messages to send</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s) to copy to Outlook's Drafts folder</source>
            <translation>
                <numerusform>%n draft to copy to Outlook's Drafts folder</numerusform>
                <numerusform>%n drafts to copy to Outlook's Drafts folder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting series change(s) for your calendar</source>
            <translation>
                <numerusform>%n meeting series change for your calendar</numerusform>
                <numerusform>%n meeting series changes for your calendar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) for other connected tools</source>
            <translation>
                <numerusform>%n item for other connected tools</numerusform>
                <numerusform>%n items for other connected tools</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Outlook notice(s)</source>
            <translation>
                <numerusform>%n Outlook notice</numerusform>
                <numerusform>%n Outlook notices</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksTab</name>
        <message numerus="yes">
            <source>%n open task(s)</source>
            <translation>
                <numerusform>%n open task</numerusform>
                <numerusform>%n open tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n urgent</source>
            <translation>
                <numerusform>%n urgent</numerusform>
                <numerusform>%n urgent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n past the ETA</source>
            <translation>
                <numerusform>%n past the ETA</numerusform>
                <numerusform>%n past the ETA</numerusform>
            </translation>
        </message>
    </context>
</TS>
