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
</TS>
