<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ICalExport</name>
    <message numerus="yes">
        <location filename="../../app/core/io/icalexport.cpp" line="547"/>
        <source>An invitation is for exactly one event; %n are selected.</source>
        <translation>
            <numerusform>An invitation is for exactly one event; %n is selected.</numerusform>
            <numerusform>An invitation is for exactly one event; %n are selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::CalendarActions</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendaractions.cpp" line="168"/>
        <source>Wrote the invitation for %n recipient(s) to %1.</source>
        <translation>
            <numerusform>Wrote the invitation for %n recipient to %1.</numerusform>
            <numerusform>Wrote the invitation for %n recipients to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendaractions.cpp" line="171"/>
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n event to %1.</numerusform>
            <numerusform>Wrote %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::CalendarExportDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendarexportdialog.cpp" line="77"/>
        <source>The %n selected events</source>
        <translation>
            <numerusform>The %n selected event</numerusform>
            <numerusform>The %n selected events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/duplicatesdialog.cpp" line="138"/>
        <source>%n likely duplicate(s). Compare them below; a merge can be undone with Edit › Undo.</source>
        <translation>
            <numerusform>%n likely duplicate. Compare them below; a merge can be undone with Edit › Undo.</numerusform>
            <numerusform>%n likely duplicates. Compare them below; a merge can be undone with Edit › Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::HomeView</name>
    <message numerus="yes">
        <location filename="../../app/ui/homeview.cpp" line="227"/>
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/homeview.cpp" line="229"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n waiting</numerusform>
            <numerusform>, %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::PrivacyDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="165"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="166"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="283"/>
        <source>Anonymise the %n attendee(s) in the preview? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise the %n attendee in the preview? This cannot be undone.</numerusform>
            <numerusform>Anonymise the %n attendees in the preview? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="309"/>
        <source>%n attendee(s) anonymised.</source>
        <translation>
            <numerusform>%n attendee anonymised.</numerusform>
            <numerusform>%n attendees anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="310"/>
        <source>%n attendee(s) anonymised. The copy made before: %1. Delete it once you have checked the result.</source>
        <translation>
            <numerusform>%n attendee anonymised. The copy made before: %1. Delete it once you have checked the result.</numerusform>
            <numerusform>%n attendees anonymised. The copy made before: %1. Delete it once you have checked the result.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::RegistrationImport</name>
    <message numerus="yes">
        <location filename="../../app/core/io/registrationimport.cpp" line="644"/>
        <source>%n row(s) are rejected; nothing was imported. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>%n row is rejected; nothing was imported. Correct it in the file and import it again.</numerusform>
            <numerusform>%n rows are rejected; nothing was imported. Correct them in the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::RegistrationImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/registrationimportdialog.cpp" line="258"/>
        <source>Import of %n registration(s) from %1</source>
        <translation>
            <numerusform>Import of %n registration from %1</numerusform>
            <numerusform>Import of %n registrations from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::StatisticsModel</name>
    <message numerus="yes">
        <location filename="../../app/core/models/statisticsmodel.cpp" line="361"/>
        <source>%n event(s) held</source>
        <translation>
            <numerusform>%n event held</numerusform>
            <numerusform>%n events held</numerusform>
        </translation>
    </message>
</context>
</TS>
