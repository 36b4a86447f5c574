<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DetailsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/widgets/details.py" line="+144"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/widgets/timeline_deadlines.py" line="+54"/>
        <source>%n open deadline(s) saved to {0}. Open the file with your calendar; saving it again later updates the same entries.</source>
        <translation>
            <numerusform>%n open deadline saved to {0}. Open the file with your calendar; saving it again later updates the same entries.</numerusform>
            <numerusform>%n open deadlines saved to {0}. Open the file with your calendar; saving it again later updates the same entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/widgets/search_panel.py" line="+59"/>
        <source>%n matching page(s)</source>
        <translation>
            <numerusform>%n matching page</numerusform>
            <numerusform>%n matching pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/dialogs/settings_dialog.py" line="+97"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/models/timeline_rows.py" line="+173"/>
        <source>%n days so far</source>
        <translation>
            <numerusform>%n day so far</numerusform>
            <numerusform>%n days so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>for %n days</source>
        <translation>
            <numerusform>for %n day</numerusform>
            <numerusform>for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n days left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
