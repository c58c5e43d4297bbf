<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="30"/>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="46"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="31"/>
        <source>Honorific</source>
        <translation>Anrede/Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="32"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="33"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="34"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="35"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="36"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="37"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="38"/>
        <source>May be contacted since</source>
        <translation>Kontakt erlaubt seit</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="39"/>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="40"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="41"/>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="54"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="42"/>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="55"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="47"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="48"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="49"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="50"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="51"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="52"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="53"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>EventDuplicator</name>
    <message>
        <location filename="../../app/core/domain/eventduplicator.cpp" line="50"/>
        <source>The event no longer exists; someone may have deleted it.</source>
        <translation>Die Veranstaltung gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/eventduplicator.cpp" line="55"/>
        <source>Please choose the day of the new edition.</source>
        <translation>Bitte wählen Sie den Tag der neuen Ausgabe.</translation>
    </message>
</context>
<context>
    <name>EventWorkspace</name>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="186"/>
        <source>Duplicate “%1” to %2</source>
        <translation>„%1“ auf %2 duplizieren</translation>
    </message>
</context>
<context>
    <name>ICalEvents</name>
    <message>
        <location filename="../../app/core/io/icalevents.cpp" line="156"/>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalevents.cpp" line="161"/>
        <source>%1 (person %2) has no e-mail address to send the invitation to.</source>
        <translation>%1 (Person %2) hat keine E-Mail-Adresse, an die die Einladung gehen kann.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalevents.cpp" line="174"/>
        <source>&quot;%1&quot; is neither a person&apos;s id nor an e-mail address.</source>
        <translation>„%1“ ist weder die ID einer Person noch eine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>ICalExport</name>
    <message numerus="yes">
        <location filename="../../app/core/io/icalexport.cpp" line="238"/>
        <source>An invitation is for exactly one event; %n are selected.</source>
        <translation>
            <numerusform>Eine Einladung gilt für genau eine Veranstaltung; %n ist ausgewählt.</numerusform>
            <numerusform>Eine Einladung gilt für genau eine Veranstaltung; %n sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalexport.cpp" line="243"/>
        <source>An invitation needs at least one recipient.</source>
        <translation>Eine Einladung braucht mindestens einen Empfänger.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalexport.cpp" line="246"/>
        <source>An invitation needs the organiser&apos;s e-mail address for the replies; set it in the settings first.</source>
        <translation>Eine Einladung braucht die E-Mail-Adresse für Veranstaltungen, an die die Antworten gehen; tragen Sie sie zuerst in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/mainwindow.ui" line="14"/>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="40"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="72"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="76"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="97"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="107"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="128"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="133"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="138"/>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="143"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="148"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="153"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../forms/mainwindow.ui" line="158"/>
        <source>&amp;About Podium</source>
        <translation>Ü&amp;ber Podium</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="6"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="13"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Kurzname:</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="14"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="15"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="16"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="17"/>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="18"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="19"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="20"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="21"/>
        <source>&amp;Website:</source>
        <translation>We&amp;bsite:</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="22"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="23"/>
        <source>&amp;Part of:</source>
        <translation>&amp;Gehört zu:</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="24"/>
        <source>Part of</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="25"/>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location filename="../../forms/organisationdialog.ui" line="26"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../forms/persondialog.ui" line="6"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="11"/>
        <source>&amp;Honorific:</source>
        <translation>&amp;Anrede/Titel:</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="12"/>
        <source>Honorific</source>
        <translation>Anrede/Titel</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="13"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="14"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="15"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="16"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="17"/>
        <source>&amp;Position:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="18"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="19"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="20"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="21"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="22"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="23"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="24"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="25"/>
        <source>&amp;Biography:</source>
        <translation>&amp;Biografie:</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="26"/>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="27"/>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="28"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="29"/>
        <source>Consent:</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="30"/>
        <source>May be &amp;contacted</source>
        <translation>Darf &amp;kontaktiert werden</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="30"/>
        <source>May appear on &amp;participant lists</source>
        <translation>Darf auf Teilnahme&amp;listen erscheinen</translation>
    </message>
    <message>
        <location filename="../../forms/persondialog.ui" line="30"/>
        <source>May be &amp;photographed</source>
        <translation>Darf fotog&amp;rafiert werden</translation>
    </message>
</context>
<context>
    <name>Podium::CalendarActions</name>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="61"/>
        <source>Export Calendar…</source>
        <translation>Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="63"/>
        <source>Export events, the public feed or an invitation as an iCalendar file</source>
        <translation>Veranstaltungen, den öffentlichen Feed oder eine Einladung als iCalendar-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="66"/>
        <source>Import Calendar…</source>
        <translation>Kalender importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="68"/>
        <source>Import events from an iCalendar file (.ics)</source>
        <translation>Veranstaltungen aus einer iCalendar-Datei (.ics) importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="98"/>
        <source>No event is selected.</source>
        <translation>Es ist keine Veranstaltung ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="121"/>
        <source>No event matches; nothing was written.</source>
        <translation>Keine Veranstaltung passt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="139"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="152"/>
        <location filename="../../app/ui/calendaractions.cpp" line="161"/>
        <location filename="../../app/ui/calendaractions.cpp" line="165"/>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="154"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendaractions.cpp" line="167"/>
        <source>Wrote the invitation for %n recipient(s) to %1.</source>
        <translation>
            <numerusform>Einladung für %n Empfänger in %1 geschrieben.</numerusform>
            <numerusform>Einladung für %n Empfänger in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendaractions.cpp" line="170"/>
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Veranstaltung in %1 geschrieben.</numerusform>
            <numerusform>%n Veranstaltungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="175"/>
        <location filename="../../app/ui/calendaractions.cpp" line="188"/>
        <location filename="../../app/ui/calendaractions.cpp" line="196"/>
        <location filename="../../app/ui/calendaractions.cpp" line="205"/>
        <location filename="../../app/ui/calendaractions.cpp" line="209"/>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="176"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="189"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="197"/>
        <source>%1 cannot be imported: %2 Nothing was changed.</source>
        <translation>%1 kann nicht importiert werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="206"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="210"/>
        <source>Imported %1: %2 created, %3 updated, %4 skipped.</source>
        <translation>%1 importiert: %2 angelegt, %3 aktualisiert, %4 übersprungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="227"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="228"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>Podium::CalendarExportDialog</name>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="34"/>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="36"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="38"/>
        <source>waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="40"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="42"/>
        <source>attended</source>
        <translation>teilgenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="44"/>
        <source>did not come</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="55"/>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="58"/>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="72"/>
        <source>The selected event: %1</source>
        <translation>Die ausgewählte Veranstaltung: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="73"/>
        <source>The selected event</source>
        <translation>Die ausgewählte Veranstaltung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendarexportdialog.cpp" line="75"/>
        <source>The %n selected events</source>
        <translation>
            <numerusform>Die %n ausgewählte Veranstaltung</numerusform>
            <numerusform>Die %n ausgewählten Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="80"/>
        <source>All events of the series</source>
        <translation>Alle Veranstaltungen der Reihe</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="88"/>
        <source>All events in a range of dates</source>
        <translation>Alle Veranstaltungen in einem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="100"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="102"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="107"/>
        <source>The public feed: every published event</source>
        <translation>Der öffentliche Feed: alle veröffentlichten Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="109"/>
        <source>Invitation to the selected event for named recipients…</source>
        <translation>Einladung zur ausgewählten Veranstaltung an bestimmte Empfänger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="125"/>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="132"/>
        <source>Nobody with an e-mail address is registered for this event.</source>
        <translation>Für diese Veranstaltung ist niemand mit E-Mail-Adresse angemeldet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="133"/>
        <source>Only the people ticked here are named in the file, as attendees asked to reply.</source>
        <translation>Nur die hier angekreuzten Personen stehen in der Datei, als Teilnehmende mit der Bitte um Antwort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="136"/>
        <source>Select exactly one event to send an invitation to.</source>
        <translation>Wählen Sie genau eine Veranstaltung aus, zu der eingeladen werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="142"/>
        <source>Include programme items as events of their own</source>
        <translation>Programmpunkte als eigene Termine aufnehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="145"/>
        <source>Each event&apos;s own language</source>
        <translation>Sprache der jeweiligen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="146"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="147"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="148"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="152"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>Podium::CalendarImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="227"/>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="232"/>
        <source>%1: %2 to create, %3 to update, %4 to skip. Nothing is saved until you choose Import.</source>
        <translation>%1: %2 anzulegen, %3 zu aktualisieren, %4 zu überspringen. Gespeichert wird erst, wenn Sie Importieren wählen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="244"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="244"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="244"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="244"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="254"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="257"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="260"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="295"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Podium::CheckInDialog</name>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="53"/>
        <source>Check-in: %1</source>
        <translation>Check-in: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="69"/>
        <source>Counts</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="80"/>
        <location filename="../../app/ui/checkindialog.cpp" line="95"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="81"/>
        <source>Type a few letters of the name, then press Enter</source>
        <translation>Einige Buchstaben des Namens eingeben, dann die Eingabetaste drücken</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="86"/>
        <source>&amp;Check In</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="93"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="95"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="95"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="111"/>
        <source>Walk-in: not registered</source>
        <translation>Gast ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="115"/>
        <source>Given name of the walk-in</source>
        <translation>Vorname des Gastes ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="116"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="119"/>
        <source>Family name of the walk-in</source>
        <translation>Nachname des Gastes ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="120"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="123"/>
        <source>Email of the walk-in</source>
        <translation>E-Mail des Gastes ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="124"/>
        <source>Email (optional)</source>
        <translation>E-Mail (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="125"/>
        <source>&amp;Add and Check In</source>
        <translation>&amp;Hinzufügen und einchecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="248"/>
        <source>%1 checked in · %2 still expected · %3 on the waiting list</source>
        <translation>%1 eingecheckt · %2 noch erwartet · %3 auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="265"/>
        <source>Nobody of that name is registered. Add them as a walk-in below.</source>
        <translation>Niemand dieses Namens ist angemeldet. Tragen Sie die Person unten als Gast ohne Anmeldung ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="288"/>
        <source>This registration no longer exists; someone may have deleted it.</source>
        <translation>Diese Anmeldung gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="299"/>
        <source>%1 is already checked in.</source>
        <translation>%1 ist bereits eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="308"/>
        <source>Check in “%1”</source>
        <translation>„%1“ einchecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="316"/>
        <source>%1 checked in.</source>
        <translation>%1 eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="359"/>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="369"/>
        <source>%1 added and checked in.</source>
        <translation>%1 hinzugefügt und eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="373"/>
        <source>Walk-in “%1”</source>
        <translation>Gast ohne Anmeldung „%1“</translation>
    </message>
</context>
<context>
    <name>Podium::Duplicates</name>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="214"/>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="219"/>
        <source>same name and organisation</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="230"/>
        <source>similar name at the same organisation</source>
        <translation>ähnlicher Name in derselben Organisation</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="277"/>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="283"/>
        <source>same short name</source>
        <translation>gleicher Kurzname</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="337"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="343"/>
        <location filename="../../app/core/privacy/duplicates.cpp" line="345"/>
        <source>There is no person with the id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="347"/>
        <source>Anonymised records are not merged: they stand for different people.</source>
        <translation>Anonymisierte Einträge werden nicht zusammengeführt: Sie stehen für verschiedene Personen.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="353"/>
        <source>Person %1 merged into %2</source>
        <translation>Person %1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="465"/>
        <source>An organisation cannot be merged with itself.</source>
        <translation>Eine Organisation kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="471"/>
        <location filename="../../app/core/privacy/duplicates.cpp" line="473"/>
        <source>There is no organisation with the id %1.</source>
        <translation>Es gibt keine Organisation mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="479"/>
        <source>Organisation %1 merged into %2</source>
        <translation>Organisation %1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="536"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="548"/>
        <source>Someone changed the records meanwhile (%1 %2); nothing was changed.</source>
        <translation>Jemand hat die Einträge inzwischen geändert (%1 %2); es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Podium::DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="65"/>
        <source>Duplicates</source>
        <translation>Doppelte Einträge</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="68"/>
        <source>&amp;Look for:</source>
        <translation>&amp;Suchen nach:</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="70"/>
        <source>People entered twice</source>
        <translation>Doppelt erfasste Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="71"/>
        <source>Organisations entered twice</source>
        <translation>Doppelt erfasste Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="79"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="79"/>
        <source>Looks like</source>
        <translation>Ähnelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="79"/>
        <source>Because of</source>
        <translation>Wegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="89"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="89"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="102"/>
        <source>Keep &amp;left, merge right into it</source>
        <translation>&amp;Links behalten, rechts damit zusammenführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="104"/>
        <source>Keep &amp;right, merge left into it</source>
        <translation>&amp;Rechts behalten, links damit zusammenführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="137"/>
        <source>No likely duplicates found.</source>
        <translation>Keine wahrscheinlichen Doppel gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/duplicatesdialog.cpp" line="138"/>
        <source>%n likely duplicate(s). Compare them below; a merge can be undone with Edit › Undo.</source>
        <translation>
            <numerusform>%n wahrscheinliches Doppel. Vergleichen Sie unten; eine Zusammenführung lässt sich mit Bearbeiten › Rückgängig zurücknehmen.</numerusform>
            <numerusform>%n wahrscheinliche Doppel. Vergleichen Sie unten; eine Zusammenführung lässt sich mit Bearbeiten › Rückgängig zurücknehmen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="232"/>
        <source>Merge of two organisations</source>
        <translation>Zusammenführung zweier Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="232"/>
        <source>Merge of two people</source>
        <translation>Zusammenführung zweier Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="240"/>
        <source>Merged: %1 moved, %2 dropped as already there. Edit › Undo puts both records back.</source>
        <translation>Zusammengeführt: %1 übernommen, %2 als schon vorhanden verworfen. Bearbeiten › Rückgängig stellt beide Einträge wieder her.</translation>
    </message>
</context>
<context>
    <name>Podium::EventTableModel</name>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="28"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="31"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="32"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="34"/>
        <source>Published</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="35"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="38"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="115"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Podium::EventWorkspace</name>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="219"/>
        <source>Duplicate Event</source>
        <translation>Veranstaltung duplizieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="223"/>
        <source>First day of the new edition</source>
        <translation>Erster Tag der neuen Ausgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="224"/>
        <source>The copy keeps the programme and the people in their roles (to be asked again), without registrations.</source>
        <translation>Die Kopie übernimmt das Programm und die Personen in ihren Rollen (noch einmal anzufragen), ohne Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="227"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="242"/>
        <source>Planning warnings</source>
        <translation>Planungshinweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="262"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="346"/>
        <source>&amp;Details</source>
        <translation>An&amp;gaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="263"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="342"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="346"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="264"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="346"/>
        <source>&amp;Registrations</source>
        <translation>A&amp;nmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="265"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="347"/>
        <source>D&amp;ocuments</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="278"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="311"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="281"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="313"/>
        <source>Re&amp;vert</source>
        <translation>Verwer&amp;fen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="283"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="329"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="310"/>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="317"/>
        <source>&amp;Duplicate Event…</source>
        <translation>Veranstaltung &amp;duplizieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="320"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="801"/>
        <source>Check-&amp;in…</source>
        <translation>Check-&amp;in…</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="333"/>
        <source>E&amp;dit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="334"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="336"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="345"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="386"/>
        <source>&lt;i&gt;English&lt;/i&gt;</source>
        <translation>&lt;i&gt;Englisch&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="387"/>
        <source>&lt;i&gt;German&lt;/i&gt;</source>
        <translation>&lt;i&gt;Deutsch&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="390"/>
        <source>Title in English</source>
        <translation>Titel auf Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="391"/>
        <source>Title in German</source>
        <translation>Titel auf Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="392"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1742"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="398"/>
        <source>Subtitle in English</source>
        <translation>Untertitel auf Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="399"/>
        <source>Subtitle in German</source>
        <translation>Untertitel auf Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="400"/>
        <source>S&amp;ubtitle:</source>
        <translation>Untertit&amp;el:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="408"/>
        <source>Description in English (Markdown)</source>
        <translation>Beschreibung auf Englisch (Markdown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="412"/>
        <source>Description in German (Markdown)</source>
        <translation>Beschreibung auf Deutsch (Markdown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="414"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="415"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="418"/>
        <source>Description preview</source>
        <translation>Vorschau der Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="425"/>
        <source>Desc&amp;ription:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="434"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="676"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="789"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="437"/>
        <source>P&amp;ublished</source>
        <translation>Veröffent&amp;licht</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="441"/>
        <source>Language of the event</source>
        <translation>Sprache der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="449"/>
        <source>Held in:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="454"/>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="460"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="465"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="468"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="478"/>
        <source>&amp;in</source>
        <translation>&amp;in</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="482"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="499"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="500"/>
        <source>Choose, or type the name of a new series</source>
        <translation>Auswählen oder den Namen einer neuen Reihe eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="501"/>
        <source>Se&amp;ries:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="507"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="508"/>
        <source>Choose, or type the name of a new venue</source>
        <translation>Auswählen oder den Namen eines neuen Veranstaltungsorts eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="509"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="510"/>
        <source>Room (optional)</source>
        <translation>Raum (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="513"/>
        <source>R&amp;oom:</source>
        <translation>Rau&amp;m:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="517"/>
        <source>&amp;Venue:</source>
        <translation>Veranstaltungs&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="531"/>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="533"/>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="534"/>
        <source> places</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="535"/>
        <source>Ca&amp;pacity:</source>
        <translation>Plät&amp;ze:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="543"/>
        <source>Online link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="544"/>
        <source>https://… (stream or meeting)</source>
        <translation>https://… (Stream oder Videokonferenz)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="545"/>
        <source>O&amp;nline link:</source>
        <translation>Online-Lin&amp;k:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="583"/>
        <source>&amp;Add Item</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="588"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="589"/>
        <source>New item</source>
        <translation>Neuer Punkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="599"/>
        <source>&amp;Remove Item</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="606"/>
        <source>Move &amp;Earlier</source>
        <translation>Nach vo&amp;rn</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="611"/>
        <source>Move &amp;Later</source>
        <translation>Nach hin&amp;ten</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="630"/>
        <source>Drag items, or use Ctrl+Up and Ctrl+Down, to change the order; the times follow.</source>
        <translation>Ziehen Sie die Punkte oder nutzen Sie Strg+Pfeil hoch und Strg+Pfeil runter, um die Reihenfolge zu ändern; die Zeiten passen sich an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="639"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="663"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="668"/>
        <source>Roles on</source>
        <translation>Rollen bei</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="669"/>
        <source>Roles &amp;on:</source>
        <translation>R&amp;ollen bei:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="674"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="675"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="675"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="690"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="675"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="698"/>
        <source>Affiliation (English)</source>
        <translation>Zugehörigkeit (Englisch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="676"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="701"/>
        <source>Affiliation (German)</source>
        <translation>Zugehörigkeit (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="685"/>
        <source>Person for the new role</source>
        <translation>Person für die neue Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="687"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="798"/>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="697"/>
        <source>Affiliation to print, in English</source>
        <translation>Zugehörigkeit für den Druck, auf Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="700"/>
        <source>Affiliation to print, in German</source>
        <translation>Zugehörigkeit für den Druck, auf Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="704"/>
        <source>Status of the role</source>
        <translation>Status der Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="707"/>
        <source>Add &amp;Person</source>
        <translation>Person hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="708"/>
        <source>Remove Ro&amp;le</source>
        <translation>Ro&amp;lle entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="785"/>
        <source>Registrations against capacity</source>
        <translation>Anmeldungen im Verhältnis zu den Plätzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="788"/>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="789"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="789"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="789"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="796"/>
        <source>Person to register</source>
        <translation>Anzumeldende Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="799"/>
        <source>Re&amp;gister</source>
        <translation>Anm&amp;elden</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="800"/>
        <source>&amp;Cancel Registration</source>
        <translation>Anmeldung s&amp;tornieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="827"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="828"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1734"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="828"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1736"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="828"/>
        <source>Link or file</source>
        <translation>Link oder Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="834"/>
        <source>&amp;Add Link…</source>
        <translation>Link &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="835"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="836"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="869"/>
        <source>Event: %1</source>
        <translation>Veranstaltung: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="869"/>
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1064"/>
        <source>The series “%1” does not exist yet. To create it, give its name in %2 (or leave it empty):</source>
        <translation>Die Reihe „%1“ gibt es noch nicht. Um sie anzulegen, geben Sie ihren Namen auf %2 ein (oder lassen Sie das Feld leer):</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1070"/>
        <source>Choose a series from the list, or confirm the new one.</source>
        <translation>Wählen Sie eine Reihe aus der Liste oder bestätigen Sie die neue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1095"/>
        <source>The venue “%1” does not exist yet. In which city is it?</source>
        <translation>Den Veranstaltungsort „%1“ gibt es noch nicht. In welchem Ort liegt er?</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1099"/>
        <source>Choose a venue from the list, or confirm the new one.</source>
        <translation>Wählen Sie einen Veranstaltungsort aus der Liste oder bestätigen Sie den neuen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1114"/>
        <source>Please choose the venue of the room.</source>
        <translation>Bitte wählen Sie den Veranstaltungsort des Raums.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1186"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1202"/>
        <source>New event “%1”</source>
        <translation>Neue Veranstaltung „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1187"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1206"/>
        <source>Edit event “%1”</source>
        <translation>Veranstaltung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1191"/>
        <source>New series “%1”</source>
        <translation>Neue Reihe „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1194"/>
        <source>New venue “%1”</source>
        <translation>Neuer Veranstaltungsort „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1198"/>
        <source>New room “%1”</source>
        <translation>Neuer Raum „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1225"/>
        <source>Save your changes to the event before closing?</source>
        <translation>Änderungen an der Veranstaltung vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1323"/>
        <source>The whole event</source>
        <translation>Die ganze Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1356"/>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1362"/>
        <source>Status of %1&apos;s role</source>
        <translation>Status der Rolle von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1392"/>
        <source>Please type the name of a person from the directory.</source>
        <translation>Bitte geben Sie den Namen einer Person aus dem Verzeichnis ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1403"/>
        <source>Nobody called “%1” is in the directory. Add them under People first.</source>
        <translation>Niemand namens „%1“ steht im Verzeichnis. Legen Sie die Person zuerst unter Personen an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1404"/>
        <source>Several people match “%1”. Please choose one from the list.</source>
        <translation>Mehrere Personen passen zu „%1“. Bitte wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1448"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1479"/>
        <source>Edit the role of %1</source>
        <translation>Rolle von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1493"/>
        <source>Remove %1 as %2</source>
        <translation>%1 als %2 entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1567"/>
        <source>No registrations yet.</source>
        <translation>Noch keine Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1569"/>
        <source>%1 of %2 places taken, %3 left.</source>
        <translation>%1 von %2 Plätzen belegt, %3 frei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1574"/>
        <source>%1 places taken; no limit.</source>
        <translation>%1 Plätze belegt; unbegrenzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1595"/>
        <source>Put %1 on the waiting list</source>
        <translation>%1 auf die Warteliste setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1596"/>
        <source>Register %1</source>
        <translation>%1 anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1599"/>
        <source>The event is full: %1 is on the waiting list.</source>
        <translation>Die Veranstaltung ist ausgebucht: %1 steht auf der Warteliste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1623"/>
        <source>Cancel the registration of %1</source>
        <translation>Anmeldung von %1 stornieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1635"/>
        <source>A place is free now. Move %1, the first on the waiting list, up to registered?</source>
        <translation>Jetzt ist ein Platz frei. %1, die erste Person auf der Warteliste, nachrücken lassen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1644"/>
        <source>Cancel the registration of %1 and move %2 up</source>
        <translation>Anmeldung von %1 stornieren und %2 nachrücken lassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1674"/>
        <source>%1 (kept in the database, %2 KiB)</source>
        <translation>%1 (in der Datenbank gespeichert, %2 KiB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1700"/>
        <source>Add document “%1”</source>
        <translation>Dokument „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1712"/>
        <source>Remove document “%1”</source>
        <translation>Dokument „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1731"/>
        <source>Add a Link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1740"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1743"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1744"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1764"/>
        <source>Save your changes to the event before duplicating it?</source>
        <translation>Änderungen an der Veranstaltung vor dem Duplizieren speichern?</translation>
    </message>
</context>
<context>
    <name>Podium::ExportOptionsDialog</name>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="47"/>
        <source>The event&apos;s own</source>
        <translation>Die der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="48"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="49"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="50"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="53"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="54"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="55"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="57"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="58"/>
        <source>PDF/A for &amp;archiving</source>
        <translation>PDF/A zum &amp;Archivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="59"/>
        <source>Writes PDF/A-1b, the form archives ask for. A logo&apos;s transparency is flattened onto white.</source>
        <translation>Schreibt PDF/A-1b, die Form, die Archive verlangen. Die Transparenz eines Logos wird auf Weiß reduziert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="65"/>
        <source>Eight 90 × 55 mm badges on A4</source>
        <translation>Acht Namensschilder zu 90 × 55 mm auf A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="67"/>
        <source>One badge on each A6 sheet</source>
        <translation>Ein Namensschild je A6-Blatt</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="68"/>
        <source>La&amp;yout:</source>
        <translation>An&amp;ordnung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="71"/>
        <source>&amp;Choose File…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
</context>
<context>
    <name>Podium::HomeData</name>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="143"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="144"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="145"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="146"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="147"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="148"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="149"/>
        <source>Programme item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="150"/>
        <source>Speaker role</source>
        <translation>Rolle im Programm</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="151"/>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="152"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="153"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="165"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="167"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../app/core/models/homedata.cpp" line="169"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>Podium::HomeView</name>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="142"/>
        <location filename="../../app/ui/homeview.cpp" line="146"/>
        <source>Upcoming events</source>
        <translation>Kommende Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="144"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="144"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="144"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="144"/>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="149"/>
        <source>Registrations count those registered, confirmed and (on the day) checked in, against the event&apos;s capacity; the hatched part is the waiting list. Double-click an event to open it.</source>
        <translation>Als Anmeldungen zählen angemeldete, bestätigte und (am Tag selbst) eingecheckte Personen, gemessen an den Plätzen der Veranstaltung; der schraffierte Teil ist die Warteliste. Doppelklicken Sie auf eine Veranstaltung, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="153"/>
        <source>No events are planned from today on.</source>
        <translation>Ab heute sind keine Veranstaltungen geplant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="159"/>
        <location filename="../../app/ui/homeview.cpp" line="162"/>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="160"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="160"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="160"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="160"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="160"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="200"/>
        <source>Cannot read the events: %1</source>
        <translation>Die Veranstaltungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="214"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/homeview.cpp" line="215"/>
        <source>%n registered</source>
        <translation>
            <numerusform>%n angemeldet</numerusform>
            <numerusform>%n angemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/homeview.cpp" line="217"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n wartet</numerusform>
            <numerusform>, %n warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="220"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="247"/>
        <source>Cannot read the change log: %1</source>
        <translation>Das Änderungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="256"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="258"/>
        <source>(no longer exists)</source>
        <translation>(gibt es nicht mehr)</translation>
    </message>
</context>
<context>
    <name>Podium::MainWindow</name>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="94"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="96"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="99"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="106"/>
        <source>New &amp;Person…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="109"/>
        <source>New &amp;Organisation…</source>
        <translation>Neue &amp;Organisation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="115"/>
        <source>&amp;Edit Selected…</source>
        <translation>Auswahl &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="119"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="124"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="139"/>
        <source>Import &amp;Registrations…</source>
        <translation>&amp;Anmeldungen importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="150"/>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Doppelte Einträge suchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="160"/>
        <source>Data &amp;Protection…</source>
        <translation>Daten&amp;schutz…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="179"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="184"/>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="189"/>
        <source>Duplicate Event</source>
        <translation>Veranstaltung duplizieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="193"/>
        <source>First day of the new edition</source>
        <translation>Erster Tag der neuen Ausgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="194"/>
        <source>The copy keeps the programme and the people in their roles (to be asked again), without registrations.</source>
        <translation>Die Kopie übernimmt das Programm und die Personen in ihren Rollen (noch einmal anzufragen), ohne Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="197"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="231"/>
        <location filename="../../app/ui/mainwindow.cpp" line="354"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="232"/>
        <location filename="../../app/ui/mainwindow.cpp" line="384"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="233"/>
        <location filename="../../app/ui/mainwindow.cpp" line="404"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="234"/>
        <location filename="../../app/ui/mainwindow.cpp" line="415"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="235"/>
        <source>Home</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="236"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="356"/>
        <location filename="../../app/ui/mainwindow.cpp" line="425"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="359"/>
        <location filename="../../app/ui/mainwindow.cpp" line="428"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="361"/>
        <source>All series</source>
        <translation>Alle Reihen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="370"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="372"/>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="376"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="386"/>
        <source>Speakers only</source>
        <translation>Nur Mitwirkende</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="389"/>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="392"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="394"/>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="398"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="406"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="409"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="416"/>
        <source>All events</source>
        <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="423"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="444"/>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="523"/>
        <location filename="../../app/ui/mainwindow.cpp" line="532"/>
        <location filename="../../app/ui/mainwindow.cpp" line="540"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="525"/>
        <location filename="../../app/ui/mainwindow.cpp" line="571"/>
        <source>Podium databases (*.podium)</source>
        <translation>Podium-Datenbanken (*.podium)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="533"/>
        <source>%1 already exists. Please choose a new name.</source>
        <translation>%1 gibt es schon. Bitte wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="549"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="550"/>
        <source>Podium databases (*.podium *.sqlite *.db);;All files (*)</source>
        <translation>Podium-Datenbanken (*.podium *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="559"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="568"/>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="570"/>
        <location filename="../../app/ui/mainwindow.cpp" line="577"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="580"/>
        <source>Saved a copy as %1.</source>
        <translation>Kopie als %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="586"/>
        <source>About Podium</source>
        <translation>Über Podium</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="587"/>
        <source>&lt;h3&gt;Podium %1&lt;/h3&gt;&lt;p&gt;Plans public dialogues: events, programmes, speakers, organisations and attendees.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3, journal %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Podium %1&lt;/h3&gt;&lt;p&gt;Plant öffentliche Dialoge: Veranstaltungen, Programme, Mitwirkende, Organisationen und Teilnehmende.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;Schemaversion %3, Journal %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="701"/>
        <source>E&amp;vent</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="705"/>
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="711"/>
        <source>&amp;Open Workspace</source>
        <translation>&amp;Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="719"/>
        <source>&amp;Duplicate Event…</source>
        <translation>Veranstaltung &amp;duplizieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="727"/>
        <source>Check-&amp;in…</source>
        <translation>&amp;Check-in…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="743"/>
        <source>Choose an event in the Events view first.</source>
        <translation>Wählen Sie zuerst eine Veranstaltung in der Ansicht Veranstaltungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="844"/>
        <source>%1 has roles in 1 event. Remove them from that programme first.</source>
        <translation>%1 hat Rollen in 1 Veranstaltung. Entfernen Sie sie zuerst aus diesem Programm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="846"/>
        <source>%1 has roles in %2 events. Remove them from those programmes first.</source>
        <translation>%1 hat Rollen in %2 Veranstaltungen. Entfernen Sie sie zuerst aus diesen Programmen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="853"/>
        <location filename="../../app/ui/mainwindow.cpp" line="876"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="855"/>
        <source>Delete %1 and their registration?</source>
        <translation>%1 und die zugehörige Anmeldung löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="856"/>
        <source>Delete %1 and their %2 registrations?</source>
        <translation>%1 und die zugehörigen %2 Anmeldungen löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="866"/>
        <source>%1 has a person in the directory. Move them to another organisation first.</source>
        <translation>Zu %1 gehört eine Person im Verzeichnis. Ordnen Sie sie zuerst einer anderen Organisation zu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="869"/>
        <source>%1 has %2 people in the directory. Move them to another organisation first.</source>
        <translation>Zu %1 gehören %2 Personen im Verzeichnis. Ordnen Sie sie zuerst einer anderen Organisation zu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="877"/>
        <source>Delete %1? The %2 organisations belonging to it will stand on their own.</source>
        <translation>%1 löschen? Die %2 zugehörigen Organisationen bleiben eigenständig erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="887"/>
        <source>Delete “%1” with its programme (%2 items), %3 roles, %4 registrations and %5 documents?</source>
        <translation>„%1“ mit Programm (%2 Punkte), %3 Rollen, %4 Anmeldungen und %5 Dokumenten löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="896"/>
        <source>Delete this registration? The person stays in the directory.</source>
        <translation>Diese Anmeldung löschen? Die Person bleibt im Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>Podium::OrganisationDialog</name>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="22"/>
        <source>Edit Organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="22"/>
        <source>New Organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="27"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="33"/>
        <source>as in running text, e.g. “sef:”</source>
        <translation>wie im Fließtext, z. B. „sef:“</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="80"/>
        <source>This organisation no longer exists; someone may have deleted it.</source>
        <translation>Diese Organisation gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="105"/>
        <source>part of</source>
        <translation>gehört zu</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="111"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="115"/>
        <source>New organisation “%1”</source>
        <translation>Neue Organisation „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="121"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Podium::OrganisationTableModel</name>
    <message>
        <location filename="../../app/core/models/organisationtablemodel.cpp" line="16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/core/models/organisationtablemodel.cpp" line="17"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../app/core/models/organisationtablemodel.cpp" line="20"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/core/models/organisationtablemodel.cpp" line="21"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/core/models/organisationtablemodel.cpp" line="22"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/core/models/organisationtablemodel.cpp" line="25"/>
        <source>Part of</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <location filename="../../app/core/models/organisationtablemodel.cpp" line="28"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>Podium::PersonDialog</name>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="25"/>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="25"/>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="34"/>
        <source>Choose or type a new one</source>
        <translation>Auswählen oder neu eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="35"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="96"/>
        <source>This person no longer exists; someone may have deleted them.</source>
        <translation>Diese Person gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="159"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="162"/>
        <location filename="../../app/ui/persondialog.cpp" line="170"/>
        <source>New person “%1”</source>
        <translation>Neue Person „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="163"/>
        <location filename="../../app/ui/persondialog.cpp" line="174"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="167"/>
        <source>New organisation “%1”</source>
        <translation>Neue Organisation „%1“</translation>
    </message>
</context>
<context>
    <name>Podium::PersonPrivacy</name>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="313"/>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="478"/>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="512"/>
        <source>There is no person with the id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="483"/>
        <source>“%1” is neither a person&apos;s id nor an e-mail address.</source>
        <translation>„%1“ ist weder die ID einer Person noch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="491"/>
        <source>There is no person with the e-mail address %1.</source>
        <translation>Es gibt keine Person mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="499"/>
        <source>Several people share the e-mail address %1 (ids %2); give the id.</source>
        <translation>Mehrere Personen haben die E-Mail-Adresse %1 (IDs %2); geben Sie die ID an.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="611"/>
        <source>Person erased on request; the published name is kept for past programmes</source>
        <translation>Person auf Wunsch gelöscht; der veröffentlichte Name bleibt für vergangene Programme erhalten</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="613"/>
        <source>Person erased on request</source>
        <translation>Person auf Wunsch gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="631"/>
        <source>anonymise person %1: %2 registration(s) kept without name, last event ended %3</source>
        <translation>Person %1 anonymisieren: %2 Anmeldung(en) ohne Namen behalten, letzte Veranstaltung endete am %3</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="638"/>
        <source>%1 people anonymised (events ended before %2, %3 months); kept: %4 who agreed to be contacted, %5 with roles in programmes.</source>
        <translation>%1 Personen anonymisiert (Veranstaltungen vor dem %2 beendet, %3 Monate); behalten: %4 mit Einwilligung in Kontaktaufnahme, %5 mit Rollen in Programmen.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="698"/>
        <source>The database changed since the preview was made; nothing was anonymised. Look at the preview again.</source>
        <translation>Die Datenbank hat sich seit der Vorschau geändert; es wurde nichts anonymisiert. Sehen Sie sich die Vorschau noch einmal an.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="706"/>
        <source>Person anonymised after the retention period of %1 months</source>
        <translation>Person nach der Aufbewahrungsfrist von %1 Monaten anonymisiert</translation>
    </message>
</context>
<context>
    <name>Podium::PersonTableModel</name>
    <message>
        <location filename="../../app/core/models/persontablemodel.cpp" line="14"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/core/models/persontablemodel.cpp" line="15"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/core/models/persontablemodel.cpp" line="18"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/core/models/persontablemodel.cpp" line="21"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../app/core/models/persontablemodel.cpp" line="24"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/core/models/persontablemodel.cpp" line="25"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>Podium::Planner</name>
    <message>
        <location filename="../../app/core/domain/planner.cpp" line="78"/>
        <location filename="../../app/core/domain/planner.cpp" line="81"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/planner.cpp" line="80"/>
        <source>“%1” of “%2” (%3)</source>
        <translation>„%1“ in „%2“ (%3)</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/planner.cpp" line="131"/>
        <source>%1 is booked twice at the same time: %2 and %3.</source>
        <translation>%1 ist zur selben Zeit doppelt gebucht: %2 und %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/planner.cpp" line="170"/>
        <source>%1 (%2) is booked twice: %3 and %4.</source>
        <translation>%1 (%2) ist doppelt gebucht: %3 und %4.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/planner.cpp" line="207"/>
        <source>%1 places are taken, but the event has only %2.</source>
        <translation>%1 Plätze sind belegt, die Veranstaltung hat aber nur %2.</translation>
    </message>
</context>
<context>
    <name>Podium::PrintActions</name>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="128"/>
        <source>Print Pre&amp;view…</source>
        <translation>Dr&amp;uckvorschau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="130"/>
        <source>&amp;Print…</source>
        <translation>Druck&amp;en…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="134"/>
        <source>Export Programme as P&amp;DF…</source>
        <translation>Programm als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="138"/>
        <source>Export Programme as &amp;HTML…</source>
        <translation>Programm als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="141"/>
        <source>Export &amp;Sign-in Sheet…</source>
        <translation>Unterschriften&amp;liste exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="145"/>
        <source>Export Participant &amp;List…</source>
        <translation>&amp;Teilnahmeliste exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="148"/>
        <source>Export &amp;Badges…</source>
        <translation>Na&amp;mensschilder exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="184"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="187"/>
        <location filename="../../app/ui/printactions.cpp" line="342"/>
        <source>Reading the event…</source>
        <translation>Veranstaltung wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="196"/>
        <location filename="../../app/ui/printactions.cpp" line="215"/>
        <source>Setting the pages…</source>
        <translation>Seiten werden gesetzt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="227"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="232"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="233"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="260"/>
        <location filename="../../app/ui/printactions.cpp" line="264"/>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="290"/>
        <location filename="../../app/ui/printactions.cpp" line="295"/>
        <source>Print Programme</source>
        <translation>Programm drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="309"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="311"/>
        <source>Export Programme as PDF</source>
        <translation>Programm als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="311"/>
        <source> - Programme.pdf</source>
        <translation> - Programm.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="312"/>
        <source>Export Programme as HTML</source>
        <translation>Programm als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="312"/>
        <source> - Programme.html</source>
        <translation> - Programm.html</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="312"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="313"/>
        <source>Export Sign-in Sheet</source>
        <translation>Unterschriftenliste exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="313"/>
        <source> - Sign-in Sheet.pdf</source>
        <translation> - Unterschriftenliste.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="314"/>
        <source>Export Participant List</source>
        <translation>Teilnahmeliste exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="314"/>
        <source> - Participants.pdf</source>
        <translation> - Teilnahmeliste.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="315"/>
        <source>Export Badges</source>
        <translation>Namensschilder exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="315"/>
        <source> - Badges.pdf</source>
        <translation> - Namensschilder.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="342"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Podium::PrivacyDialog</name>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="34"/>
        <source>Data Protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="37"/>
        <source>One person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="40"/>
        <source>&amp;Person (id or e-mail):</source>
        <translation>&amp;Person (ID oder E-Mail):</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="43"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="52"/>
        <source>&amp;Export Everything About This Person…</source>
        <translation>Alles über diese Person &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="53"/>
        <source>E&amp;rase This Person…</source>
        <translation>Diese Person &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="58"/>
        <source>&amp;Keep the published name in past programmes (speakers only)</source>
        <translation>Veröffentlichten Namen in vergangenen Programmen &amp;behalten (nur Mitwirkende)</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="61"/>
        <source>Erasing removes the person&apos;s contact data, notes, consents, registrations for coming events and roles everywhere, including the change log. Registrations of past events stay without a name, so that their counts stay right. It cannot be undone; a copy of the database is kept beside it first.</source>
        <translation>Das Löschen entfernt Kontaktdaten, Notizen, Einwilligungen, Anmeldungen zu kommenden Veranstaltungen und Rollen der Person überall, auch im Änderungsprotokoll. Anmeldungen zu vergangenen Veranstaltungen bleiben ohne Namen erhalten, damit die Zahlen stimmen. Es lässt sich nicht rückgängig machen; vorher wird eine Kopie der Datenbank daneben abgelegt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="69"/>
        <source>Retention of attendees&apos; data</source>
        <translation>Aufbewahrung der Daten von Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="72"/>
        <source>Anonymise attendees of events that ended more than</source>
        <translation>Teilnehmende von Veranstaltungen anonymisieren, die zu Ende gingen vor mehr als</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="75"/>
        <source> months ago</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="78"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="79"/>
        <source>&amp;Anonymise Now…</source>
        <translation>Jetzt &amp;anonymisieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="91"/>
        <source>Preview first: it lists exactly what the run will change. Speakers and people who agreed to be contacted are kept.</source>
        <translation>Erst die Vorschau: Sie zeigt genau, was der Lauf ändern wird. Mitwirkende und Personen, die in Kontaktaufnahme eingewilligt haben, bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="106"/>
        <source>Export Everything About This Person</source>
        <translation>Alles über diese Person exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="107"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="148"/>
        <source>Find a person first.</source>
        <translation>Suchen Sie zuerst eine Person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="158"/>
        <source>%1 — %2, %3.</source>
        <translation>%1 — %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="160"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n Anmeldung</numerusform>
            <numerusform>%n Anmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="161"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n Rolle</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="175"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="179"/>
        <source>Everything about this person was written to %1.</source>
        <translation>Alles über diese Person wurde in %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="188"/>
        <source>Erase This Person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="189"/>
        <source>Erase %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="192"/>
        <source>This cannot be undone, not even with Edit › Undo. The person&apos;s data is removed everywhere; registrations of past events stay without a name. A copy of the database made just before keeps the data until you delete it.</source>
        <translation>Das lässt sich nicht rückgängig machen, auch nicht mit Bearbeiten › Rückgängig. Die Daten der Person werden überall entfernt; Anmeldungen zu vergangenen Veranstaltungen bleiben ohne Namen erhalten. Eine direkt davor angelegte Kopie der Datenbank behält die Daten, bis Sie sie löschen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="195"/>
        <source>Erase for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="205"/>
        <source>Cannot make a copy first: %1 Nothing was erased.</source>
        <translation>Es kann vorher keine Kopie angelegt werden: %1 Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="223"/>
        <source>The person was erased. The copy made before still holds their data: %1. Delete it once you have checked the result.</source>
        <translation>Die Person wurde gelöscht. Die vorher angelegte Kopie enthält ihre Daten noch: %1. Löschen Sie sie, sobald Sie das Ergebnis geprüft haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="246"/>
        <source>Anonymise Attendees</source>
        <translation>Teilnehmende anonymisieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="247"/>
        <source>Anonymise the %n attendee(s) in the preview? This cannot be undone.</source>
        <translation>
            <numerusform>Die %n teilnehmende Person aus der Vorschau anonymisieren? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Teilnehmenden aus der Vorschau anonymisieren? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="263"/>
        <source>%n attendee(s) anonymised. The copy made before: %1. Delete it once you have checked the result.</source>
        <translation>
            <numerusform>%n teilnehmende Person anonymisiert. Die vorher angelegte Kopie: %1. Löschen Sie sie, sobald Sie das Ergebnis geprüft haben.</numerusform>
            <numerusform>%n Teilnehmende anonymisiert. Die vorher angelegte Kopie: %1. Löschen Sie sie, sobald Sie das Ergebnis geprüft haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::ProgrammeModel</name>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="112"/>
        <source>(the event&apos;s room)</source>
        <translation>(Raum der Veranstaltung)</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="179"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="181"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="183"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="185"/>
        <source>Title (English)</source>
        <translation>Titel (Englisch)</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="187"/>
        <source>Title (German)</source>
        <translation>Titel (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="189"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="224"/>
        <source>The programme item no longer exists; someone may have deleted it.</source>
        <translation>Den Programmpunkt gibt es nicht mehr; vielleicht hat jemand ihn gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="305"/>
        <source>Edit programme item “%1”</source>
        <translation>Programmpunkt „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="328"/>
        <source>New programme item “%1”</source>
        <translation>Neuer Programmpunkt „%1“</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="342"/>
        <source>Remove programme item “%1”</source>
        <translation>Programmpunkt „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="414"/>
        <source>Move “%1” earlier</source>
        <translation>„%1“ nach vorn verschieben</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="415"/>
        <source>Move “%1” later</source>
        <translation>„%1“ nach hinten verschieben</translation>
    </message>
</context>
<context>
    <name>Podium::RecordDialog</name>
    <message>
        <location filename="../../app/ui/recorddialog.cpp" line="40"/>
        <source>&amp;Revert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/recorddialog.cpp" line="121"/>
        <source>Save your changes before closing?</source>
        <translation>Änderungen vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>Podium::RecordView</name>
    <message>
        <location filename="../../app/ui/recordview.cpp" line="28"/>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordview.cpp" line="110"/>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
</context>
<context>
    <name>Podium::RegistrationImportDialog</name>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="37"/>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="116"/>
        <source>Import Registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="49"/>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="53"/>
        <source>A CSV or TSV file from a spreadsheet or registration form</source>
        <translation>Eine CSV- oder TSV-Datei aus einer Tabellenkalkulation oder einem Anmeldeformular</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="54"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="57"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="62"/>
        <source>Columns whose headers Podium does not know: say what they hold, or leave them out.</source>
        <translation>Spalten mit Überschriften, die Podium nicht kennt: Geben Sie an, was sie enthalten, oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="67"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="67"/>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="67"/>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="73"/>
        <source>Preview (nothing is written until you import):</source>
        <translation>Vorschau (geschrieben wird erst beim Importieren):</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="77"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="77"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="77"/>
        <source>Person is</source>
        <translation>Person ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="77"/>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="77"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="88"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="117"/>
        <source>Spreadsheet files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellendateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="127"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="153"/>
        <source>(leave out)</source>
        <translation>(weglassen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="170"/>
        <source>There is no event to import into.</source>
        <translation>Es gibt keine Veranstaltung, in die importiert werden kann.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="171"/>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="176"/>
        <source>%1: %2 Nothing can be imported.</source>
        <translation>%1: %2 Es kann nichts importiert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="189"/>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="197"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="190"/>
        <source>matched by %1</source>
        <translation>erkannt an %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="194"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="198"/>
        <source>already there</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="208"/>
        <source>People: %1 new, %2 matched. Organisations: %3 new. Registrations: %4 new, %5 already there. Rejected rows: %6.</source>
        <translation>Personen: %1 neu, %2 erkannt. Organisationen: %3 neu. Anmeldungen: %4 neu, %5 schon vorhanden. Abgelehnte Zeilen: %6.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="218"/>
        <source>Left out: %1.</source>
        <translation>Weggelassen: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="220"/>
        <source>Nothing is imported while a row is rejected: correct the file and choose it again.</source>
        <translation>Solange eine Zeile abgelehnt wird, wird nichts importiert: Korrigieren Sie die Datei und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="231"/>
        <source>Importing registrations…</source>
        <translation>Anmeldungen werden importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="246"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/registrationimportdialog.cpp" line="254"/>
        <source>Import of %n registration(s) from %1</source>
        <translation>
            <numerusform>Import von %n Anmeldung aus %1</numerusform>
            <numerusform>Import von %n Anmeldungen aus %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::RegistrationTableModel</name>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="35"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="40"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="48"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="54"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="59"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="64"/>
        <source>Event date</source>
        <translation>Veranstaltungsdatum</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="70"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="75"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
</context>
<context>
    <name>Podium::SettingsCommand</name>
    <message>
        <location filename="../../app/core/models/settingscommand.cpp" line="9"/>
        <source>Change the organisation&apos;s settings</source>
        <translation>Einstellungen der Organisation ändern</translation>
    </message>
</context>
<context>
    <name>Podium::SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="27"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="42"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="45"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="46"/>
        <source>events@example.org</source>
        <translation>veranstaltungen@example.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="48"/>
        <source>Address · telephone · website, printed under each page</source>
        <translation>Adresse · Telefon · Website, unter jeder Seite gedruckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="50"/>
        <location filename="../../app/ui/settingsdialog.cpp" line="54"/>
        <source>Choose a Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="51"/>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="73"/>
        <source>These preferences are yours alone: they are kept on this computer, not in the database.</source>
        <translation>Diese Einstellungen gelten nur für Sie: Sie werden auf diesem Computer gespeichert, nicht in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="82"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="84"/>
        <source>System default</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="89"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="97"/>
        <source>&amp;Default paper size:</source>
        <translation>Standard-Papier&amp;format:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="92"/>
        <source>Default paper size</source>
        <translation>Standard-Papierformat</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="93"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="93"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="93"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="99"/>
        <source>A new language applies the next time Podium starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Podium.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="104"/>
        <source>&amp;Personal</source>
        <translation>&amp;Persönlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="112"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="118"/>
        <source>%1 is not an image Podium can read.</source>
        <translation>%1 ist kein Bild, das Podium lesen kann.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="131"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="187"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>Podium::Statistics</name>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="48"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="50"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="52"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="59"/>
        <source>Cancelled events are left out. An event counts as held once it has ended, unless it is a draft or postponed.
Registrations: registered, confirmed, waiting list, attended and no-show (not invitations, not cancellations).
Attended (held events): marked attended, or registered or confirmed and checked in.
No-shows (held events): marked as not come, or registered or confirmed and never checked in.
Attendance rate = attended ÷ (attended + no-shows); no-show rate = no-shows ÷ (attended + no-shows). The waiting list is not counted in either.</source>
        <translation>Abgesagte Veranstaltungen bleiben außen vor. Eine Veranstaltung gilt als stattgefunden, sobald sie zu Ende ist, außer sie ist ein Entwurf oder verschoben.
Anmeldungen: angemeldet, bestätigt, Warteliste, teilgenommen und nicht erschienen (keine Einladungen, keine Stornierungen).
Teilgenommen (stattgefundene Veranstaltungen): als teilgenommen markiert, oder angemeldet bzw. bestätigt und eingecheckt.
Nicht erschienen (stattgefundene Veranstaltungen): als nicht erschienen markiert, oder angemeldet bzw. bestätigt und nie eingecheckt.
Teilnahmequote = teilgenommen ÷ (teilgenommen + nicht erschienen); Ausfallquote = nicht erschienen ÷ (teilgenommen + nicht erschienen). Die Warteliste zählt bei keiner der beiden mit.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="167"/>
        <source>Without a series</source>
        <translation>Ohne Reihe</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="175"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>Podium::StatisticsExport</name>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="48"/>
        <source>First date</source>
        <translation>Erstes Datum</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="48"/>
        <source>Last date</source>
        <translation>Letztes Datum</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="49"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="49"/>
        <source>Events held</source>
        <translation>Stattgefundene Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="49"/>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="49"/>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="50"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="50"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="50"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="50"/>
        <source>Attendance rate (%)</source>
        <translation>Teilnahmequote (%)</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="51"/>
        <source>No-show rate (%)</source>
        <translation>Ausfallquote (%)</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="64"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Podium::StatisticsModel</name>
    <message numerus="yes">
        <location filename="../../app/core/models/statisticsmodel.cpp" line="269"/>
        <source>%n event(s) held</source>
        <translation>
            <numerusform>%n Veranstaltung stattgefunden</numerusform>
            <numerusform>%n Veranstaltungen stattgefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="342"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="344"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="346"/>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="348"/>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="350"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="352"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="354"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="356"/>
        <source>Attendance rate</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="358"/>
        <source>No-show rate</source>
        <translation>Ausfallquote</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="374"/>
        <source>Registered, confirmed, waiting list, attended and no-show; not invitations or cancellations.</source>
        <translation>Angemeldet, bestätigt, Warteliste, teilgenommen und nicht erschienen; keine Einladungen und Stornierungen.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="377"/>
        <source>At held events: marked attended, or registered or confirmed and checked in.</source>
        <translation>Bei stattgefundenen Veranstaltungen: als teilgenommen markiert, oder angemeldet bzw. bestätigt und eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="380"/>
        <source>At held events: marked as not come, or registered or confirmed and never checked in.</source>
        <translation>Bei stattgefundenen Veranstaltungen: als nicht erschienen markiert, oder angemeldet bzw. bestätigt und nie eingecheckt.</translation>
    </message>
</context>
<context>
    <name>Podium::StatisticsView</name>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="47"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="63"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="66"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="67"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="68"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="73"/>
        <source>Events &amp;from:</source>
        <translation>Veranstaltungen &amp;von:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="74"/>
        <source>Events from</source>
        <translation>Veranstaltungen von</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="77"/>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="78"/>
        <source>Events to</source>
        <translation>Veranstaltungen bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="81"/>
        <source>Only events starting on or between these dates (UTC); “any” sets no limit.</source>
        <translation>Nur Veranstaltungen, die an oder zwischen diesen Tagen beginnen (UTC); „beliebig“ setzt keine Grenze.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="90"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="96"/>
        <source>Attendance rate = attended ÷ (attended + no-shows), at events that have been held.</source>
        <translation>Teilnahmequote = teilgenommen ÷ (teilgenommen + nicht erschienen), bei stattgefundenen Veranstaltungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="120"/>
        <source>No events in this period.</source>
        <translation>Keine Veranstaltungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="121"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="122"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="123"/>
        <source>Not held yet or waiting list</source>
        <translation>Noch nicht stattgefunden oder Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="143"/>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="173"/>
        <source>%1 attended</source>
        <translation>%1 teilgenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="174"/>
        <source>not held yet</source>
        <translation>noch nicht stattgefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="207"/>
        <location filename="../../app/ui/statisticsview.cpp" line="214"/>
        <source>Export Statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="208"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/ui/gui.cpp" line="122"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/gui.cpp" line="137"/>
        <source>Cannot add the demo data to the new database: %1</source>
        <translation>Die Beispieldaten können der neuen Datenbank nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/gui.cpp" line="169"/>
        <location filename="../../app/ui/gui.cpp" line="170"/>
        <source>The database to open.</source>
        <translation>Die zu öffnende Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/gui.cpp" line="188"/>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="236"/>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="259"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../forms/recordview.ui" line="23"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../forms/recordview.ui" line="48"/>
        <location filename="../../forms/recordview.ui" line="54"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="6"/>
        <source>Organisation Settings</source>
        <translation>Organisationseinstellungen</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="11"/>
        <source>These settings are kept in the database and shared by everyone who works with it. They appear on printed programmes, badges and published calendars.</source>
        <translation>Diese Einstellungen werden in der Datenbank gespeichert und gelten für alle, die mit ihr arbeiten. Sie erscheinen auf gedruckten Programmen, Namensschildern und veröffentlichten Kalendern.</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="17"/>
        <source>&amp;Foundation:</source>
        <translation>&amp;Stiftung:</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="18"/>
        <source>Foundation</source>
        <translation>Stiftung</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="19"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="20"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="20"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="21"/>
        <source>Organiser &amp;email:</source>
        <translation>E-Mail für &amp;Veranstaltungen:</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="22"/>
        <source>Organiser email</source>
        <translation>E-Mail für Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="23"/>
        <source>Contact &amp;line:</source>
        <translation>&amp;Kontaktzeile:</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="24"/>
        <source>Contact line</source>
        <translation>Kontaktzeile</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="25"/>
        <source>&amp;Keep attendees&apos; data for:</source>
        <translation>&amp;Daten der Teilnehmenden aufbewahren für:</translation>
    </message>
    <message>
        <location filename="../../forms/settingsdialog.ui" line="26"/>
        <source>Keep attendees&apos; data for</source>
        <translation>Daten der Teilnehmenden aufbewahren für</translation>
    </message>
</context>
</TS>
