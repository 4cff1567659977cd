<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangesTab</name>
    <message numerus="yes">
        <source>%n estimate(s) waiting for the customer&apos;s confirmation</source>
        <translation>
            <numerusform>%n estimate waiting for the customer&apos;s confirmation</numerusform>
            <numerusform>%n estimates waiting for the customer&apos;s confirmation</numerusform>
        </translation>
    </message>
</context>
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %n project(s).</source>
        <translation>
            <numerusform>Exported %n project.</numerusform>
            <numerusform>Exported %n projects.</numerusform>
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
