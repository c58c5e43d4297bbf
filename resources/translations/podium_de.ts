<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../forms/conflictdialog.ui" line="6"/>
        <source>Changed Meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../../forms/conflictdialog.ui" line="16"/>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <location filename="../../forms/conflictdialog.ui" line="29"/>
        <source>Keep editing: nothing is saved, your changes stay in the form. Take theirs: the form shows their version and your changes are dropped. Save mine: your version replaces theirs (one step that Undo can take back).</source>
        <translation>Weiter bearbeiten: Nichts wird gespeichert, Ihre Änderungen bleiben im Formular. Deren Fassung übernehmen: Das Formular zeigt die gespeicherte Fassung, Ihre Änderungen werden verworfen. Meine speichern: Ihre Fassung ersetzt die andere (ein Schritt, den „Rückgängig“ zurücknehmen kann).</translation>
    </message>
</context>
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
        <location filename="../../app/ui/eventworkspace.cpp" line="215"/>
        <source>Duplicate “%1” to %2</source>
        <translation>„%1“ auf %2 duplizieren</translation>
    </message>
</context>
<context>
    <name>ICalEvents</name>
    <message>
        <location filename="../../app/core/io/icalevents.cpp" line="313"/>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalevents.cpp" line="318"/>
        <source>%1 (person %2) has no e-mail address to send the invitation to.</source>
        <translation>%1 (Person %2) hat keine E-Mail-Adresse, an die die Einladung gehen kann.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalevents.cpp" line="331"/>
        <source>&quot;%1&quot; is neither a person&apos;s id nor an e-mail address.</source>
        <translation>„%1“ ist weder die ID einer Person noch eine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>ICalExport</name>
    <message numerus="yes">
        <location filename="../../app/core/io/icalexport.cpp" line="547"/>
        <source>An invitation is for exactly one event; %n are selected.</source>
        <translation>
            <numerusform>Eine Einladung gilt für genau eine Veranstaltung; %n ist ausgewählt.</numerusform>
            <numerusform>Eine Einladung gilt für genau eine Veranstaltung; %n sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalexport.cpp" line="552"/>
        <source>An invitation needs at least one recipient.</source>
        <translation>Eine Einladung braucht mindestens einen Empfänger.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalexport.cpp" line="555"/>
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
    <name>Podium</name>
    <message>
        <location filename="../../app/core/util/inputfile.cpp" line="17"/>
        <location filename="../../app/core/util/inputfile.cpp" line="44"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/util/inputfile.cpp" line="26"/>
        <source>%1 is %2; Podium imports files of up to %3. Split it into smaller files.</source>
        <translation>%1 ist %2 groß; Podium importiert Dateien bis %3. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../../app/core/util/inputfile.cpp" line="36"/>
        <source>%1 is larger than %2; Podium imports files of up to %2. Split it into smaller files.</source>
        <translation>%1 ist größer als %2; Podium importiert Dateien bis %2. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../../app/core/util/savefileerror.cpp" line="21"/>
        <source>the data could not be written completely</source>
        <translation>die Daten konnten nicht vollständig geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../app/core/util/savefileerror.cpp" line="29"/>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <location filename="../../app/core/util/savefileerror.cpp" line="31"/>
        <source>the file has reached the largest size allowed (%1)</source>
        <translation>die Datei hat die größte erlaubte Größe erreicht (%1)</translation>
    </message>
    <message>
        <location filename="../../app/core/util/savefileerror.cpp" line="36"/>
        <source>the disk quota is used up (%1)</source>
        <translation>das Speicherkontingent ist aufgebraucht (%1)</translation>
    </message>
    <message>
        <location filename="../../app/core/util/sqlerrors.cpp" line="39"/>
        <source>Another Podium window or program is saving to this database. Try again in a moment.</source>
        <translation>Ein anderes Podium-Fenster oder Programm speichert gerade in diese Datenbank. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Podium::AttendeeList</name>
    <message>
        <location filename="../../app/core/io/attendeelist.cpp" line="76"/>
        <source>Cannot read the attendees: %1</source>
        <translation>Die Teilnehmenden können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Podium::Backups</name>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="254"/>
        <location filename="../../app/core/backup/backups.cpp" line="267"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="259"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="273"/>
        <location filename="../../app/core/backup/backups.cpp" line="281"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="347"/>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="349"/>
        <source>Before an erasure</source>
        <translation>Vor einer Löschung</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="351"/>
        <source>Before anonymising</source>
        <translation>Vor dem Anonymisieren</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="353"/>
        <source>Before a merge</source>
        <translation>Vor dem Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="355"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="357"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="359"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="405"/>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="410"/>
        <source>The folder %1 is read-only, so no backup can be kept beside %2.</source>
        <translation>Der Ordner %1 ist schreibgeschützt, daher kann neben %2 keine Sicherung abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="428"/>
        <source>Podium keeps no backups of a database on a server; the server&apos;s own tools do (for example pg_dump).</source>
        <translation>Podium legt keine Sicherungen einer Datenbank auf einem Server an; das erledigen die Werkzeuge des Servers (zum Beispiel pg_dump).</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="512"/>
        <source>The backup %1 does not exist.</source>
        <translation>Die Sicherung %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="514"/>
        <source>The backup %1 is not a file.</source>
        <translation>Die Sicherung %1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="519"/>
        <location filename="../../app/core/backup/backups.cpp" line="531"/>
        <source>Cannot read the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="521"/>
        <source>%1 is not a Podium database (it is not an SQLite file).</source>
        <translation>%1 ist keine Podium-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="527"/>
        <location filename="../../app/core/backup/backups.cpp" line="650"/>
        <source>Cannot open the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="530"/>
        <source>The backup %1 is damaged (%2).</source>
        <translation>Die Sicherung %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="537"/>
        <source>%1 is not a Podium database (an SQLite file of another program).</source>
        <translation>%1 ist keine Podium-Datenbank (eine SQLite-Datei eines anderen Programms).</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="543"/>
        <source>%1 is not a Podium database (it has no schema).</source>
        <translation>%1 ist keine Podium-Datenbank (sie hat kein Schema).</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="545"/>
        <source>%1 was written by a newer version of Podium (schema %2; this version reads up to %3).</source>
        <translation>%1 wurde von einer neueren Podium-Version geschrieben (Schema %2; diese Version liest bis Schema %3).</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="554"/>
        <source>The backup %1 is damaged: %2</source>
        <translation>Die Sicherung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="564"/>
        <source>%1 is unchanged.</source>
        <translation>%1 ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="571"/>
        <source>A database on a server is restored with the server&apos;s tools.</source>
        <translation>Eine Datenbank auf einem Server wird mit den Werkzeugen des Servers wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="573"/>
        <source>A file cannot be restored from itself.</source>
        <translation>Eine Datei kann nicht aus sich selbst wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="581"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="591"/>
        <location filename="../../app/core/backup/backups.cpp" line="596"/>
        <source>Cannot keep a copy of the file as it is: %1</source>
        <translation>Eine Kopie der Datei in ihrem jetzigen Zustand kann nicht abgelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="617"/>
        <source>%1 is in use (journal mode %2).</source>
        <translation>%1 wird gerade verwendet (Journalmodus %2).</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="623"/>
        <location filename="../../app/core/backup/backups.cpp" line="629"/>
        <source>%1 is open in another window or program (%2); close it there first.</source>
        <translation>%1 ist in einem anderen Fenster oder Programm geöffnet (%2); schließen Sie sie dort zuerst.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="638"/>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>In %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="653"/>
        <source>Cannot copy the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="656"/>
        <source>Cannot flush %1 to the disk.</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="661"/>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="666"/>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/backup/backups.cpp" line="671"/>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>Podium::BadgeRenderer</name>
    <message>
        <location filename="../../app/core/io/badgerenderer.cpp" line="177"/>
        <source>Printing badges needs a graphical application object.</source>
        <translation>Zum Drucken von Namensschildern ist ein grafisches Anwendungsobjekt nötig.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/badgerenderer.cpp" line="181"/>
        <source>The event has no registered guests and no confirmed speakers to print badges for.</source>
        <translation>Die Veranstaltung hat weder angemeldete Gäste noch bestätigte Mitwirkende, für die Namensschilder gedruckt werden könnten.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/badgerenderer.cpp" line="216"/>
        <source>Cannot start the PDF.</source>
        <translation>Das PDF kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Podium::CalendarActions</name>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="62"/>
        <source>Export Calendar…</source>
        <translation>Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="64"/>
        <source>Export events, the public feed or an invitation as an iCalendar file</source>
        <translation>Veranstaltungen, den öffentlichen Feed oder eine Einladung als iCalendar-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="67"/>
        <source>Import Calendar…</source>
        <translation>Kalender importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="69"/>
        <source>Import events from an iCalendar file (.ics)</source>
        <translation>Veranstaltungen aus einer iCalendar-Datei (.ics) importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="99"/>
        <source>No event is selected.</source>
        <translation>Es ist keine Veranstaltung ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="122"/>
        <source>No event matches; nothing was written.</source>
        <translation>Keine Veranstaltung passt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="140"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="153"/>
        <location filename="../../app/ui/calendaractions.cpp" line="162"/>
        <location filename="../../app/ui/calendaractions.cpp" line="166"/>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="155"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendaractions.cpp" line="168"/>
        <source>Wrote the invitation for %n recipient(s) to %1.</source>
        <translation>
            <numerusform>Einladung für %n Empfänger in %1 geschrieben.</numerusform>
            <numerusform>Einladung für %n Empfänger in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendaractions.cpp" line="171"/>
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Veranstaltung in %1 geschrieben.</numerusform>
            <numerusform>%n Veranstaltungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="176"/>
        <location filename="../../app/ui/calendaractions.cpp" line="190"/>
        <location filename="../../app/ui/calendaractions.cpp" line="196"/>
        <location filename="../../app/ui/calendaractions.cpp" line="205"/>
        <location filename="../../app/ui/calendaractions.cpp" line="209"/>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendaractions.cpp" line="177"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
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
        <location filename="../../app/ui/calendarexportdialog.cpp" line="36"/>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="38"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="40"/>
        <source>waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="42"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="44"/>
        <source>attended</source>
        <translation>teilgenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="46"/>
        <source>did not come</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="57"/>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="60"/>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="74"/>
        <source>The selected event: %1</source>
        <translation>Die ausgewählte Veranstaltung: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="75"/>
        <source>The selected event</source>
        <translation>Die ausgewählte Veranstaltung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendarexportdialog.cpp" line="77"/>
        <source>The %n selected events</source>
        <translation>
            <numerusform>Die %n ausgewählte Veranstaltung</numerusform>
            <numerusform>Die %n ausgewählten Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="82"/>
        <source>All events of the series</source>
        <translation>Alle Veranstaltungen der Reihe</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="90"/>
        <source>All events in a range of dates</source>
        <translation>Alle Veranstaltungen in einem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="104"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="106"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="111"/>
        <source>The public feed: every published event</source>
        <translation>Der öffentliche Feed: alle veröffentlichten Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="113"/>
        <source>Invitation to the selected event for named recipients…</source>
        <translation>Einladung zur ausgewählten Veranstaltung an bestimmte Empfänger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="129"/>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="136"/>
        <source>Nobody with an e-mail address is registered for this event.</source>
        <translation>Für diese Veranstaltung ist niemand mit E-Mail-Adresse angemeldet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="137"/>
        <source>Only the people ticked here are named in the file, as attendees asked to reply.</source>
        <translation>Nur die hier angekreuzten Personen stehen in der Datei, als Teilnehmende mit der Bitte um Antwort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="140"/>
        <source>Select exactly one event to send an invitation to.</source>
        <translation>Wählen Sie genau eine Veranstaltung aus, zu der eingeladen werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="146"/>
        <source>Include programme items as events of their own</source>
        <translation>Programmpunkte als eigene Termine aufnehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="149"/>
        <source>Each event&apos;s own language</source>
        <translation>Sprache der jeweiligen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="150"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="151"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="152"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="156"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>Podium::CalendarImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="231"/>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="236"/>
        <source>%1: %2 to create, %3 to update, %4 to skip. Nothing is saved until you choose Import.</source>
        <translation>%1: %2 anzulegen, %3 zu aktualisieren, %4 zu überspringen. Gespeichert wird erst, wenn Sie Importieren wählen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="248"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="248"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="248"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="248"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="258"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="261"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="264"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendarexportdialog.cpp" line="302"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Podium::ChangeRecordCommand</name>
    <message>
        <location filename="../../app/core/models/recordcommands.cpp" line="71"/>
        <source>Cannot undo “%1”: %2</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/models/recordcommands.cpp" line="73"/>
        <source>Cannot redo “%1”: %2</source>
        <translation>„%1“ kann nicht wiederholt werden: %2</translation>
    </message>
</context>
<context>
    <name>Podium::ChangeSetCommand</name>
    <message>
        <location filename="../../app/core/models/changesetcommand.cpp" line="62"/>
        <source>The record no longer exists; someone may have deleted it. Nothing was changed.</source>
        <translation>Den Datensatz gibt es nicht mehr; vielleicht hat ihn jemand gelöscht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/changesetcommand.cpp" line="70"/>
        <source>Someone else changed this record meanwhile; nothing was changed.</source>
        <translation>Jemand anderes hat diesen Datensatz inzwischen geändert; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Podium::CheckInDialog</name>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="54"/>
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
        <location filename="../../app/ui/checkindialog.cpp" line="252"/>
        <source>%1 checked in · %2 still expected · %3 on the waiting list</source>
        <translation>%1 eingecheckt · %2 noch erwartet · %3 auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="269"/>
        <source>Nobody of that name is registered. Add them as a walk-in below.</source>
        <translation>Niemand dieses Namens ist angemeldet. Tragen Sie die Person unten als Gast ohne Anmeldung ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="292"/>
        <source>This registration no longer exists; someone may have deleted it.</source>
        <translation>Diese Anmeldung gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="303"/>
        <source>%1 is already checked in.</source>
        <translation>%1 ist bereits eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="312"/>
        <source>Check in “%1”</source>
        <translation>„%1“ einchecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="320"/>
        <source>%1 checked in.</source>
        <translation>%1 eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="363"/>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="373"/>
        <source>%1 added and checked in.</source>
        <translation>%1 hinzugefügt und eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkindialog.cpp" line="377"/>
        <source>Walk-in “%1”</source>
        <translation>Gast ohne Anmeldung „%1“</translation>
    </message>
</context>
<context>
    <name>Podium::ConflictDialog</name>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="26"/>
        <location filename="../../app/ui/conflictdialog.cpp" line="27"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="26"/>
        <location filename="../../app/ui/conflictdialog.cpp" line="27"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="71"/>
        <source>Their version</source>
        <translation>Gespeicherte Fassung</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="73"/>
        <source>(saved by %1 at %2)</source>
        <translation>(gespeichert von %1 am %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="75"/>
        <source>(saved at %1)</source>
        <translation>(gespeichert am %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="77"/>
        <source>Someone else saved “%1” while you were editing it (version %2; you started from version %3). Your changes are not saved yet.</source>
        <translation>Jemand anderes hat „%1“ gespeichert, während Sie es bearbeitet haben (Version %2; Sie haben mit Version %3 begonnen). Ihre Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="85"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="85"/>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="96"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="110"/>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="112"/>
        <source>&amp;Take Theirs</source>
        <translation>Gespeicherte &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflictdialog.cpp" line="114"/>
        <source>&amp;Save Mine over Theirs</source>
        <translation>&amp;Meine darüber speichern</translation>
    </message>
</context>
<context>
    <name>Podium::ConnectServerDialog</name>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="25"/>
        <source>Encrypt if the server can</source>
        <translation>Verschlüsseln, wenn der Server es kann</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="27"/>
        <source>Always encrypt</source>
        <translation>Immer verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="29"/>
        <source>Always encrypt and check the server&apos;s certificate</source>
        <translation>Immer verschlüsseln und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="31"/>
        <source>Never encrypt</source>
        <translation>Nie verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="40"/>
        <source>Falls back to an unencrypted connection if the server offers none.</source>
        <translation>Weicht auf eine unverschlüsselte Verbindung aus, wenn der Server keine Verschlüsselung anbietet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="43"/>
        <source>Refuses unencrypted connections, but does not check who answers.</source>
        <translation>Lehnt unverschlüsselte Verbindungen ab, prüft aber nicht, wer antwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="46"/>
        <source>The safest choice across the internet: the server must prove its name with a certificate your computer trusts.</source>
        <translation>Die sicherste Wahl über das Internet: Der Server muss seinen Namen mit einem Zertifikat nachweisen, dem Ihr Computer vertraut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="50"/>
        <source>Only for a server on this computer or a private network: everything, passwords included, travels readable.</source>
        <translation>Nur für einen Server auf diesem Computer oder in einem privaten Netz: Alles, auch Passwörter, wird lesbar übertragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="68"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="70"/>
        <source>Open a Podium database on a PostgreSQL server that your colleagues share. Your administrator can tell you what to enter.</source>
        <translation>Öffnen Sie eine Podium-Datenbank auf einem PostgreSQL-Server, die Sie mit Ihren Kolleginnen und Kollegen teilen. Was Sie eingeben müssen, erfahren Sie von Ihrer Administration.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="79"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="80"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="87"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="91"/>
        <source>podium</source>
        <translation>podium</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="92"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="96"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="102"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="108"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="126"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="127"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/connectserverdialog.cpp" line="218"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
</context>
<context>
    <name>Podium::CsvReader</name>
    <message>
        <location filename="../../app/core/io/csvreader.cpp" line="165"/>
        <source>A quoted field that begins on line %1 is never closed: a quotation mark is missing.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen: Ein Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/csvreader.cpp" line="213"/>
        <source>UTF-8 with byte-order mark</source>
        <comment>the encoding of a file</comment>
        <translation>UTF-8 mit Byte-Order-Mark</translation>
    </message>
</context>
<context>
    <name>Podium::Database</name>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="110"/>
        <source>your user name</source>
        <translation>Ihr Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="119"/>
        <source>There is no database “%1” on %2. An administrator creates it (createdb %1).</source>
        <translation>Auf %2 gibt es keine Datenbank „%1“. Die Administration legt sie an (createdb %1).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="125"/>
        <source>The server %1 has no user “%2”.</source>
        <translation>Der Server %1 hat keinen Benutzer „%2“.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="129"/>
        <source>The server %1 did not accept the login of %2: the password is missing or wrong. Put it into ~/.pgpass or enter it when asked.</source>
        <translation>Der Server %1 hat die Anmeldung von %2 nicht angenommen: Das Passwort fehlt oder ist falsch. Tragen Sie es in ~/.pgpass ein oder geben Sie es ein, wenn Podium danach fragt.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="135"/>
        <source>The server %1 does not let %2 connect from this computer (pg_hba.conf).</source>
        <translation>Der Server %1 lässt %2 von diesem Computer aus nicht zu (pg_hba.conf).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="141"/>
        <source>The connection to %1 failed over its SSL mode (sslmode=%2).</source>
        <translation>Die Verbindung zu %1 ist an ihrem SSL-Modus gescheitert (sslmode=%2).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="146"/>
        <source>The server name %1 is not known.</source>
        <translation>Der Servername %1 ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="150"/>
        <source>Cannot reach the database server %1: it is not running there, or a firewall is in the way.</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar: Er läuft dort nicht, oder eine Firewall ist im Weg.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="156"/>
        <source>Cannot connect to the database server %1.</source>
        <translation>Keine Verbindung zum Datenbankserver %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="162"/>
        <source> (The server said: %1)</source>
        <translation> (Der Server meldete: %1)</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="386"/>
        <source>Podium does not copy a database on a server into a file. Copies of a server database are made with the server&apos;s tools, for example: pg_dump --format=custom --file=podium.dump %1</source>
        <translation>Podium kopiert keine Datenbank von einem Server in eine Datei. Kopien einer Server-Datenbank werden mit den Werkzeugen des Servers angelegt, zum Beispiel: pg_dump --format=custom --file=podium.dump %1</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="397"/>
        <source>%1 already exists.</source>
        <translation>%1 gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="408"/>
        <location filename="../../app/core/storage/database.cpp" line="862"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="420"/>
        <source>Cannot copy the database to %1: %2</source>
        <translation>Die Datenbank kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="586"/>
        <location filename="../../app/core/storage/database.cpp" line="595"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Die Migration %1 fehlt in dieser Programmversion.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="611"/>
        <source>Migration to schema %1 failed: %2</source>
        <translation>Die Migration auf Schema %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="662"/>
        <source>Cannot use the server address: %1</source>
        <translation>Die Serveradresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="668"/>
        <source>Cannot open %1: this installation has no PostgreSQL support (the package libqt6sql6-psql is missing).</source>
        <translation>%1 kann nicht geöffnet werden: Diese Installation unterstützt PostgreSQL nicht (das Paket libqt6sql6-psql fehlt).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="709"/>
        <location filename="../../app/core/storage/database.cpp" line="908"/>
        <source>Opened for reading only.</source>
        <translation>Nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="715"/>
        <location filename="../../app/core/storage/database.cpp" line="880"/>
        <location filename="../../app/core/storage/database.cpp" line="955"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="751"/>
        <source>The database %1 holds tables of another program; it is not a Podium database. Nothing was changed in it.</source>
        <translation>Die Datenbank %1 enthält Tabellen eines anderen Programms; sie ist keine Podium-Datenbank. Nichts wurde darin geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="758"/>
        <source>The database %1 is empty, not a Podium database.</source>
        <translation>Die Datenbank %1 ist leer, keine Podium-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="764"/>
        <source>The database %1 is empty, and opened for reading only it cannot be given Podium&apos;s tables.</source>
        <translation>Die Datenbank %1 ist leer; da sie nur zum Lesen geöffnet ist, können die Tabellen von Podium nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="770"/>
        <location filename="../../app/core/storage/database.cpp" line="985"/>
        <source>%1 was written by a newer version of Podium (schema %2; this version reads up to %3). Please update Podium.</source>
        <translation>%1 wurde von einer neueren Podium-Version geschrieben (Schema %2; diese Version liest bis Schema %3). Bitte aktualisieren Sie Podium.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="780"/>
        <source>%1 needs an upgrade to schema %2, but it was opened for reading only.</source>
        <translation>%1 muss auf Schema %2 aktualisiert werden, wurde aber nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="788"/>
        <source>Cannot upgrade %1: %2 The database is unchanged.</source>
        <translation>%1 kann nicht aktualisiert werden: %2 Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="833"/>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="839"/>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Den Ordner %2 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="845"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="851"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="855"/>
        <source>Cannot create %1 read-only.</source>
        <translation>%1 kann nicht schreibgeschützt angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="871"/>
        <source>%1 is empty: it is not a Podium database.</source>
        <translation>%1 ist leer: Es ist keine Podium-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="888"/>
        <source>%1 is not a Podium database (it is not an SQLite file).</source>
        <translation>%1 ist keine Podium-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="899"/>
        <source>The file %1 is read-only.</source>
        <translation>Die Datei %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="904"/>
        <source>The folder %1 is read-only.</source>
        <translation>Der Ordner %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="913"/>
        <source> A new database cannot be created there.</source>
        <translation> Dort kann keine neue Datenbank angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="940"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="951"/>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="974"/>
        <source>%1 is an SQLite file of another program, not a Podium database.</source>
        <translation>%1 ist eine SQLite-Datei eines anderen Programms, keine Podium-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="980"/>
        <source>%1 is an empty SQLite file, not a Podium database.</source>
        <translation>%1 ist eine leere SQLite-Datei, keine Podium-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="997"/>
        <source>%1 needs an upgrade to schema %2, but %3</source>
        <translation>%1 muss auf Schema %2 aktualisiert werden, aber %3</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="1006"/>
        <source>Cannot configure %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="1015"/>
        <source>Not upgrading %1, because no copy could be kept: %2</source>
        <translation>%1 wird nicht aktualisiert, weil keine Kopie abgelegt werden konnte: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="1024"/>
        <source>The file is unchanged.</source>
        <translation>Die Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="1027"/>
        <source>The file is now at schema %1.</source>
        <translation>Die Datei hat jetzt Schema %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="1030"/>
        <source> A copy of it as it was is at %1.</source>
        <translation> Eine Kopie des vorherigen Zustands liegt unter %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/database.cpp" line="1034"/>
        <source>Cannot upgrade %1: %2 %3</source>
        <translation>%1 kann nicht aktualisiert werden: %2 %3</translation>
    </message>
</context>
<context>
    <name>Podium::DatabaseTransfer</name>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="391"/>
        <source>The target cannot be written: %1</source>
        <translation>In das Ziel kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="395"/>
        <source>The source is at schema %1 and the target at schema %2; both must be at the same schema. Open the older one once in Podium to upgrade it.</source>
        <translation>Die Quelle hat Schema %1 und das Ziel Schema %2; beide müssen dasselbe Schema haben. Öffnen Sie die ältere Datenbank einmal in Podium, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="404"/>
        <source>Cannot read the source&apos;s tables: %1</source>
        <translation>Die Tabellen der Quelle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="407"/>
        <source>Cannot read the target&apos;s tables: %1</source>
        <translation>Die Tabellen des Ziels können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="419"/>
        <source>The target has no table %1, although it is at the same schema.</source>
        <translation>Das Ziel hat keine Tabelle %1, obwohl es dasselbe Schema hat.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="422"/>
        <source>The table %1 has different columns in the source and the target.</source>
        <translation>Die Tabelle %1 hat in Quelle und Ziel verschiedene Spalten.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="427"/>
        <source>The source has no table %1, although it is at the same schema.</source>
        <translation>Die Quelle hat keine Tabelle %1, obwohl sie dasselbe Schema hat.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="435"/>
        <source>Cannot count the rows of the target&apos;s table %1: %2</source>
        <translation>Die Zeilen der Tabelle %1 im Ziel können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="440"/>
        <source>The target already holds data (%1). Copy into a new file or an empty server database, or choose to replace what it holds.</source>
        <translation>Das Ziel enthält bereits Daten (%1). Kopieren Sie in eine neue Datei oder eine leere Server-Datenbank, oder wählen Sie, den Inhalt zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="449"/>
        <source>Cannot count the rows of the source&apos;s table %1: %2</source>
        <translation>Die Zeilen der Tabelle %1 in der Quelle können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="455"/>
        <source>Cannot begin writing the target: %1</source>
        <translation>Das Schreiben in das Ziel kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="462"/>
        <source>Cannot empty the target&apos;s table %1: %2</source>
        <translation>Die Tabelle %1 im Ziel kann nicht geleert werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="243"/>
        <location filename="../../app/core/server/transfer.cpp" line="475"/>
        <location filename="../../app/core/server/transfer.cpp" line="492"/>
        <source>The copy was cancelled.</source>
        <translation>Das Kopieren wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="135"/>
        <source>The tables %1 refer to each other in a circle; they cannot be copied one after the other.</source>
        <translation>Die Tabellen %1 verweisen im Kreis aufeinander; sie können nicht nacheinander kopiert werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="185"/>
        <source>Cannot read the table %1: %2</source>
        <translation>Die Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="226"/>
        <source>Cannot copy the row (%1) of the table %2: %3</source>
        <translation>Die Zeile (%1) der Tabelle %2 kann nicht kopiert werden: %3</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="255"/>
        <source>The table %1 refers to itself but has no primary key.</source>
        <translation>Die Tabelle %1 verweist auf sich selbst, hat aber keinen Primärschlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="274"/>
        <source>Cannot copy the references of the table %1 to itself: %2</source>
        <translation>Die Verweise der Tabelle %1 auf sich selbst können nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="296"/>
        <source>Cannot find the id sequence of the table %1: %2</source>
        <translation>Die ID-Sequenz der Tabelle %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="308"/>
        <source>Cannot set the id sequence of the table %1: %2</source>
        <translation>Die ID-Sequenz der Tabelle %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="503"/>
        <source>%1 (source %2, target %3)</source>
        <translation>%1 (Quelle %2, Ziel %3)</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="509"/>
        <source>The rows copied do not match the source: %1. Nothing was changed.</source>
        <translation>Die kopierten Zeilen stimmen nicht mit der Quelle überein: %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="513"/>
        <source>Cannot save the copy in the target: %1</source>
        <translation>Die Kopie kann im Ziel nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="528"/>
        <location filename="../../app/core/server/transfer.cpp" line="562"/>
        <source>%1 is both the source and the target; choose another target.</source>
        <translation>%1 ist zugleich Quelle und Ziel; wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="539"/>
        <source>%1 is at an older schema than this version of Podium writes (%2); it must be upgraded before it can be copied. Open it once in Podium, which upgrades it and keeps a copy of it as it was, or upgrade a copy of it and copy from that.</source>
        <translation>%1 hat ein älteres Schema, als diese Podium-Version schreibt (%2); die Datenbank muss vor dem Kopieren aktualisiert werden. Öffnen Sie sie einmal in Podium, das sie aktualisiert und eine Kopie des vorherigen Zustands ablegt, oder aktualisieren Sie eine Kopie und kopieren Sie aus dieser.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/transfer.cpp" line="575"/>
        <source>%1 is at an older schema than %2 (%3); open it once in Podium to upgrade it, or copy into a new file.</source>
        <translation>%1 hat ein älteres Schema als %2 (%3); öffnen Sie die Datenbank einmal in Podium, um sie zu aktualisieren, oder kopieren Sie in eine neue Datei.</translation>
    </message>
</context>
<context>
    <name>Podium::DeleteRecordCommand</name>
    <message>
        <location filename="../../app/core/models/recordcommands.cpp" line="146"/>
        <source>The record no longer exists; someone may have deleted it.</source>
        <translation>Den Datensatz gibt es nicht mehr; vielleicht hat ihn jemand gelöscht.</translation>
    </message>
</context>
<context>
    <name>Podium::DemoData</name>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="189"/>
        <source>Setting %1: %2</source>
        <translation>Einstellung %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="208"/>
        <source>Organisation “%1”</source>
        <translation>Organisation „%1“</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="221"/>
        <source>Room “%1”: %2</source>
        <translation>Raum „%1“: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="243"/>
        <source>Programme item “%1”</source>
        <translation>Programmpunkt „%1“</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="257"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="274"/>
        <source>Registration of %1 %2</source>
        <translation>Anmeldung von %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="344"/>
        <source>The demo data needs a valid date for today.</source>
        <translation>Die Beispieldaten brauchen ein gültiges heutiges Datum.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="356"/>
        <source>The database cannot be read.</source>
        <translation>Die Datenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="358"/>
        <source>The database already holds organisations, people or events; the demo data is added only to an empty database.</source>
        <translation>Die Datenbank enthält bereits Organisationen, Personen oder Veranstaltungen; die Beispieldaten werden nur einer leeren Datenbank hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="409"/>
        <location filename="../../app/core/domain/demodata.cpp" line="439"/>
        <source>Person “%1”</source>
        <translation>Person „%1“</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="453"/>
        <location filename="../../app/core/domain/demodata.cpp" line="467"/>
        <source>Venue “%1”</source>
        <translation>Veranstaltungsort „%1“</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="476"/>
        <location filename="../../app/core/domain/demodata.cpp" line="481"/>
        <source>Series “%1”</source>
        <translation>Reihe „%1“</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="522"/>
        <location filename="../../app/core/domain/demodata.cpp" line="599"/>
        <location filename="../../app/core/domain/demodata.cpp" line="659"/>
        <location filename="../../app/core/domain/demodata.cpp" line="718"/>
        <source>Event “%1”</source>
        <translation>Veranstaltung „%1“</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="741"/>
        <source>The cancelled demo event was not saved.</source>
        <translation>Die abgesagte Beispielveranstaltung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/demodata.cpp" line="746"/>
        <source>Cancelling “%1”: %2</source>
        <translation>Absage von „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Podium::Document</name>
    <message>
        <location filename="../../app/core/domain/document.cpp" line="52"/>
        <source>Please choose the event.</source>
        <translation>Bitte wählen Sie die Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/document.cpp" line="55"/>
        <source>Please enter a title.</source>
        <translation>Bitte geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/document.cpp" line="60"/>
        <source>Please give either a link or a file, not both.</source>
        <translation>Bitte geben Sie entweder einen Link oder eine Datei an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/document.cpp" line="64"/>
        <source>Please give a link or attach a file.</source>
        <translation>Bitte geben Sie einen Link an oder hängen Sie eine Datei an.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/document.cpp" line="71"/>
        <source>The file needs a name.</source>
        <translation>Die Datei braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/document.cpp" line="75"/>
        <source>The file&apos;s type is missing.</source>
        <translation>Der Dateityp fehlt.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/document.cpp" line="80"/>
        <source>The file is %1; files up to %2 can be kept in the database. Please link to it instead.</source>
        <translation>Die Datei ist %1 groß; in der Datenbank können Dateien bis %2 abgelegt werden. Bitte verlinken Sie sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/document.cpp" line="92"/>
        <source>The position cannot be negative.</source>
        <translation>Die Position darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>Podium::DocumentFile</name>
    <message>
        <location filename="../../app/core/io/documentfile.cpp" line="19"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 gibt es nicht, oder es ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/documentfile.cpp" line="26"/>
        <source>%1 is %2 MB; a file kept in the database may be at most %3 MB. Put it on a shared drive or a web page and add a link instead.</source>
        <translation>%1 ist %2 MB groß; eine in der Datenbank abgelegte Datei darf höchstens %3 MB groß sein. Legen Sie sie auf ein gemeinsames Laufwerk oder eine Webseite und fügen Sie stattdessen einen Link hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/documentfile.cpp" line="38"/>
        <location filename="../../app/core/io/documentfile.cpp" line="46"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/io/documentfile.cpp" line="52"/>
        <source>%1 is larger than %2 MB; a file kept in the database may not be larger.</source>
        <translation>%1 ist größer als %2 MB; eine in der Datenbank abgelegte Datei darf nicht größer sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/documentfile.cpp" line="61"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/documentfile.cpp" line="92"/>
        <source>“%1” is a link, not a file kept in the database.</source>
        <translation>„%1“ ist ein Link, keine in der Datenbank abgelegte Datei.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/documentfile.cpp" line="100"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Podium::DocumentRepository</name>
    <message>
        <location filename="../../app/core/domain/documentrepository.cpp" line="78"/>
        <location filename="../../app/core/domain/documentrepository.cpp" line="101"/>
        <source>The event no longer exists.</source>
        <translation>Die Veranstaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/documentrepository.cpp" line="120"/>
        <source>The document no longer exists; someone may have deleted it.</source>
        <translation>Das Dokument gibt es nicht mehr; vielleicht hat jemand es gelöscht.</translation>
    </message>
</context>
<context>
    <name>Podium::DroppedFile</name>
    <message>
        <location filename="../../app/core/util/droppedfile.cpp" line="78"/>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/util/droppedfile.cpp" line="82"/>
        <source>%1 is a folder; Podium opens calendar files (.ics), registration lists (.csv) and databases (.podium).</source>
        <translation>%1 ist ein Ordner; Podium öffnet Kalenderdateien (.ics), Anmeldelisten (.csv) und Datenbanken (.podium).</translation>
    </message>
    <message>
        <location filename="../../app/core/util/droppedfile.cpp" line="89"/>
        <source>Podium cannot open %1: it opens calendar files (.ics), registration lists (.csv) and databases (.podium).</source>
        <translation>Podium kann %1 nicht öffnen: Es öffnet Kalenderdateien (.ics), Anmeldelisten (.csv) und Datenbanken (.podium).</translation>
    </message>
    <message>
        <location filename="../../app/core/util/droppedfile.cpp" line="96"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/util/droppedfile.cpp" line="106"/>
        <source>%1 is not a calendar file: it does not begin with BEGIN:VCALENDAR.</source>
        <translation>%1 ist keine Kalenderdatei: Sie beginnt nicht mit BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <location filename="../../app/core/util/droppedfile.cpp" line="109"/>
        <source>%1 is not a text file of registrations.</source>
        <translation>%1 ist keine Textdatei mit Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../app/core/util/droppedfile.cpp" line="112"/>
        <source>%1 is not a Podium database.</source>
        <translation>%1 ist keine Podium-Datenbank.</translation>
    </message>
</context>
<context>
    <name>Podium::DuplicateEventDialog</name>
    <message>
        <location filename="../../app/ui/duplicateeventdialog.cpp" line="15"/>
        <source>Duplicate Event</source>
        <translation>Veranstaltung duplizieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicateeventdialog.cpp" line="20"/>
        <source>First day of the new edition</source>
        <translation>Erster Tag der neuen Ausgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicateeventdialog.cpp" line="21"/>
        <source>The copy keeps the programme and the people in their roles (to be asked again), without registrations.</source>
        <translation>Die Kopie übernimmt das Programm und die Personen in ihren Rollen (noch einmal anzufragen), ohne Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicateeventdialog.cpp" line="28"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
</context>
<context>
    <name>Podium::Duplicates</name>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="233"/>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="238"/>
        <source>same name and organisation</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="249"/>
        <source>similar name at the same organisation</source>
        <translation>ähnlicher Name in derselben Organisation</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="296"/>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="302"/>
        <source>same short name</source>
        <translation>gleicher Kurzname</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="356"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="362"/>
        <location filename="../../app/core/privacy/duplicates.cpp" line="364"/>
        <source>There is no person with the id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="366"/>
        <source>Anonymised records are not merged: they stand for different people.</source>
        <translation>Anonymisierte Einträge werden nicht zusammengeführt: Sie stehen für verschiedene Personen.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="372"/>
        <source>Person %1 merged into %2</source>
        <translation>Person %1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="484"/>
        <source>An organisation cannot be merged with itself.</source>
        <translation>Eine Organisation kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="490"/>
        <location filename="../../app/core/privacy/duplicates.cpp" line="492"/>
        <source>There is no organisation with the id %1.</source>
        <translation>Es gibt keine Organisation mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="498"/>
        <source>Organisation %1 merged into %2</source>
        <translation>Organisation %1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="555"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/duplicates.cpp" line="567"/>
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
    <name>Podium::Event</name>
    <message>
        <location filename="../../app/core/domain/event.cpp" line="88"/>
        <source>Please enter a title in German or English.</source>
        <translation>Bitte geben Sie einen Titel auf Deutsch oder Englisch ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/event.cpp" line="94"/>
        <source>Please choose the venue of the room.</source>
        <translation>Bitte wählen Sie den Veranstaltungsort des Raums.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/event.cpp" line="105"/>
        <source>The registration deadline, %1, is after the end of the event, %2.</source>
        <translation>Der Anmeldeschluss, %1, liegt nach dem Ende der Veranstaltung, %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/event.cpp" line="113"/>
        <source>The calendar sequence number cannot be negative.</source>
        <translation>Die Kalender-Sequenznummer darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/event.cpp" line="119"/>
        <source>The calendar UID may not contain spaces or line breaks.</source>
        <translation>Die Kalender-UID darf keine Leerzeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
</context>
<context>
    <name>Podium::EventRepository</name>
    <message>
        <location filename="../../app/core/domain/eventrepository.cpp" line="218"/>
        <source>The series no longer exists.</source>
        <translation>Die Reihe gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/eventrepository.cpp" line="221"/>
        <source>The venue no longer exists.</source>
        <translation>Den Veranstaltungsort gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/eventrepository.cpp" line="227"/>
        <source>The room no longer exists.</source>
        <translation>Den Raum gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/eventrepository.cpp" line="231"/>
        <source>The room “%1” is not in the chosen venue.</source>
        <translation>Der Raum „%1“ liegt nicht im gewählten Veranstaltungsort.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/eventrepository.cpp" line="272"/>
        <location filename="../../app/core/domain/eventrepository.cpp" line="311"/>
        <source>The event no longer exists; someone may have deleted it.</source>
        <translation>Die Veranstaltung gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/eventrepository.cpp" line="276"/>
        <source>An event&apos;s calendar UID cannot change; calendars would show the old and the new event side by side.</source>
        <translation>Die Kalender-UID einer Veranstaltung kann sich nicht ändern; Kalender würden die alte und die neue Veranstaltung nebeneinander zeigen.</translation>
    </message>
</context>
<context>
    <name>Podium::EventTableModel</name>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="29"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="32"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="33"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="35"/>
        <source>Published</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="36"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="39"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/core/models/eventtablemodel.cpp" line="117"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Podium::EventWorkspace</name>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="258"/>
        <source>Planning warnings</source>
        <translation>Planungshinweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="278"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="368"/>
        <source>&amp;Details</source>
        <translation>An&amp;gaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="279"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="364"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="368"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="280"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="368"/>
        <source>&amp;Registrations</source>
        <translation>A&amp;nmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="281"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="369"/>
        <source>D&amp;ocuments</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="294"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="333"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="297"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="335"/>
        <source>Re&amp;vert</source>
        <translation>Verwer&amp;fen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="299"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="351"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="332"/>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="339"/>
        <source>&amp;Duplicate Event…</source>
        <translation>Veranstaltung &amp;duplizieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="342"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="825"/>
        <source>Check-&amp;in…</source>
        <translation>Check-&amp;in…</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="355"/>
        <source>E&amp;dit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="356"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="358"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="367"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="408"/>
        <source>&lt;i&gt;English&lt;/i&gt;</source>
        <translation>&lt;i&gt;Englisch&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="409"/>
        <source>&lt;i&gt;German&lt;/i&gt;</source>
        <translation>&lt;i&gt;Deutsch&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="412"/>
        <source>Title in English</source>
        <translation>Titel auf Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="413"/>
        <source>Title in German</source>
        <translation>Titel auf Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="414"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1972"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="2010"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="420"/>
        <source>Subtitle in English</source>
        <translation>Untertitel auf Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="421"/>
        <source>Subtitle in German</source>
        <translation>Untertitel auf Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="422"/>
        <source>S&amp;ubtitle:</source>
        <translation>Untertit&amp;el:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="430"/>
        <source>Description in English (Markdown)</source>
        <translation>Beschreibung auf Englisch (Markdown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="434"/>
        <source>Description in German (Markdown)</source>
        <translation>Beschreibung auf Deutsch (Markdown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="436"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="437"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="440"/>
        <source>Description preview</source>
        <translation>Vorschau der Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="447"/>
        <source>Desc&amp;ription:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="456"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="700"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="813"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="459"/>
        <source>P&amp;ublished</source>
        <translation>Veröffent&amp;licht</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="463"/>
        <source>Language of the event</source>
        <translation>Sprache der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="471"/>
        <source>Held in:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="476"/>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="482"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="489"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="492"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="502"/>
        <source>&amp;in</source>
        <translation>&amp;in</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="506"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="523"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="524"/>
        <source>Choose, or type the name of a new series</source>
        <translation>Auswählen oder den Namen einer neuen Reihe eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="525"/>
        <source>Se&amp;ries:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="531"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="532"/>
        <source>Choose, or type the name of a new venue</source>
        <translation>Auswählen oder den Namen eines neuen Veranstaltungsorts eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="533"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="534"/>
        <source>Room (optional)</source>
        <translation>Raum (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="537"/>
        <source>R&amp;oom:</source>
        <translation>Rau&amp;m:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="541"/>
        <source>&amp;Venue:</source>
        <translation>Veranstaltungs&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="555"/>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="557"/>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="558"/>
        <source> places</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="559"/>
        <source>Ca&amp;pacity:</source>
        <translation>Plät&amp;ze:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="567"/>
        <source>Online link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="568"/>
        <source>https://… (stream or meeting)</source>
        <translation>https://… (Stream oder Videokonferenz)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="569"/>
        <source>O&amp;nline link:</source>
        <translation>Online-Lin&amp;k:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="607"/>
        <source>&amp;Add Item</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="612"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="613"/>
        <source>New item</source>
        <translation>Neuer Punkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="623"/>
        <source>&amp;Remove Item</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="630"/>
        <source>Move &amp;Earlier</source>
        <translation>Nach vo&amp;rn</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="635"/>
        <source>Move &amp;Later</source>
        <translation>Nach hin&amp;ten</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="654"/>
        <source>Drag items, or use Ctrl+Up and Ctrl+Down, to change the order; the times follow.</source>
        <translation>Ziehen Sie die Punkte oder nutzen Sie Strg+Pfeil hoch und Strg+Pfeil runter, um die Reihenfolge zu ändern; die Zeiten passen sich an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="663"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="687"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="692"/>
        <source>Roles on</source>
        <translation>Rollen bei</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="693"/>
        <source>Roles &amp;on:</source>
        <translation>R&amp;ollen bei:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="698"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="699"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="699"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="714"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="699"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="722"/>
        <source>Affiliation (English)</source>
        <translation>Zugehörigkeit (Englisch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="700"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="725"/>
        <source>Affiliation (German)</source>
        <translation>Zugehörigkeit (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="709"/>
        <source>Person for the new role</source>
        <translation>Person für die neue Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="711"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="822"/>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="721"/>
        <source>Affiliation to print, in English</source>
        <translation>Zugehörigkeit für den Druck, auf Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="724"/>
        <source>Affiliation to print, in German</source>
        <translation>Zugehörigkeit für den Druck, auf Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="728"/>
        <source>Status of the role</source>
        <translation>Status der Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="731"/>
        <source>Add &amp;Person</source>
        <translation>Person hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="732"/>
        <source>Remove Ro&amp;le</source>
        <translation>Ro&amp;lle entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="809"/>
        <source>Registrations against capacity</source>
        <translation>Anmeldungen im Verhältnis zu den Plätzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="812"/>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="813"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="813"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="813"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="820"/>
        <source>Person to register</source>
        <translation>Anzumeldende Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="823"/>
        <source>Re&amp;gister</source>
        <translation>Anm&amp;elden</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="824"/>
        <source>&amp;Cancel Registration</source>
        <translation>Anmeldung s&amp;tornieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="851"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="852"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1964"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="2003"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="852"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1966"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="2005"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="852"/>
        <source>Link or file</source>
        <translation>Link oder Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="858"/>
        <source>&amp;Add Link…</source>
        <translation>Link &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="859"/>
        <source>Add &amp;File…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="860"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="861"/>
        <source>Save a Cop&amp;y…</source>
        <translation>Kopie s&amp;peichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="862"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="912"/>
        <source>Event: %1</source>
        <translation>Veranstaltung: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="912"/>
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1097"/>
        <source>Not saved: someone else saved this event meanwhile. Your changes are still here.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diese Veranstaltung inzwischen gespeichert. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1219"/>
        <source>The series “%1” does not exist yet. To create it, give its name in %2 (or leave it empty):</source>
        <translation>Die Reihe „%1“ gibt es noch nicht. Um sie anzulegen, geben Sie ihren Namen auf %2 ein (oder lassen Sie das Feld leer):</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1225"/>
        <source>Choose a series from the list, or confirm the new one.</source>
        <translation>Wählen Sie eine Reihe aus der Liste oder bestätigen Sie die neue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1250"/>
        <source>The venue “%1” does not exist yet. In which city is it?</source>
        <translation>Den Veranstaltungsort „%1“ gibt es noch nicht. In welchem Ort liegt er?</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1254"/>
        <source>Choose a venue from the list, or confirm the new one.</source>
        <translation>Wählen Sie einen Veranstaltungsort aus der Liste oder bestätigen Sie den neuen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1269"/>
        <source>Please choose the venue of the room.</source>
        <translation>Bitte wählen Sie den Veranstaltungsort des Raums.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1349"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1365"/>
        <source>New event “%1”</source>
        <translation>Neue Veranstaltung „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1350"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1369"/>
        <source>Edit event “%1”</source>
        <translation>Veranstaltung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1354"/>
        <source>New series “%1”</source>
        <translation>Neue Reihe „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1357"/>
        <source>New venue “%1”</source>
        <translation>Neuer Veranstaltungsort „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1361"/>
        <source>New room “%1”</source>
        <translation>Neuer Raum „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1388"/>
        <source>Save your changes to the event before closing?</source>
        <translation>Änderungen an der Veranstaltung vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1486"/>
        <source>The whole event</source>
        <translation>Die ganze Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1519"/>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1525"/>
        <source>Status of %1&apos;s role</source>
        <translation>Status der Rolle von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1555"/>
        <source>Please type the name of a person from the directory.</source>
        <translation>Bitte geben Sie den Namen einer Person aus dem Verzeichnis ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1566"/>
        <source>Nobody called “%1” is in the directory. Add them under People first.</source>
        <translation>Niemand namens „%1“ steht im Verzeichnis. Legen Sie die Person zuerst unter Personen an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1567"/>
        <source>Several people match “%1”. Please choose one from the list.</source>
        <translation>Mehrere Personen passen zu „%1“. Bitte wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1611"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1642"/>
        <source>Edit the role of %1</source>
        <translation>Rolle von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1656"/>
        <source>Remove %1 as %2</source>
        <translation>%1 als %2 entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1723"/>
        <source>No registrations yet.</source>
        <translation>Noch keine Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1725"/>
        <source>%1 of %2 places taken, %3 left.</source>
        <translation>%1 von %2 Plätzen belegt, %3 frei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1730"/>
        <source>%1 places taken; no limit.</source>
        <translation>%1 Plätze belegt; unbegrenzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1751"/>
        <source>Put %1 on the waiting list</source>
        <translation>%1 auf die Warteliste setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1752"/>
        <source>Register %1</source>
        <translation>%1 anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1755"/>
        <source>The event is full: %1 is on the waiting list.</source>
        <translation>Die Veranstaltung ist ausgebucht: %1 steht auf der Warteliste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1779"/>
        <source>Cancel the registration of %1</source>
        <translation>Anmeldung von %1 stornieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1791"/>
        <source>A place is free now. Move %1, the first on the waiting list, up to registered?</source>
        <translation>Jetzt ist ein Platz frei. %1, die erste Person auf der Warteliste, nachrücken lassen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1800"/>
        <source>Cancel the registration of %1 and move %2 up</source>
        <translation>Anmeldung von %1 stornieren und %2 nachrücken lassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1827"/>
        <source>%1 (kept in the database, %2 KiB)</source>
        <translation>%1 (in der Datenbank gespeichert, %2 KiB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1855"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1882"/>
        <source>Add document “%1”</source>
        <translation>Dokument „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1893"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="1907"/>
        <source>The document is no longer in the database.</source>
        <translation>Das Dokument ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1921"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1934"/>
        <source>“%1” has no address that can be opened.</source>
        <translation>„%1“ hat keine Adresse, die sich öffnen lässt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1938"/>
        <source>No program on this computer opens %1.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1950"/>
        <source>Remove document “%1”</source>
        <translation>Dokument „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1961"/>
        <source>Add a Link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1970"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1973"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="2011"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1974"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1993"/>
        <location filename="../../app/ui/eventworkspace.cpp" line="2000"/>
        <source>Add a File</source>
        <translation>Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="1994"/>
        <source>Documents (*.pdf *.odt *.docx *.doc *.txt *.md *.png *.jpg *.jpeg *.pptx *.odp *.xlsx *.ods);;All files (*)</source>
        <translation>Dokumente (*.pdf *.odt *.docx *.doc *.txt *.md *.png *.jpg *.jpeg *.pptx *.odp *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="2009"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="2034"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/eventworkspace.cpp" line="2047"/>
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
        <location filename="../../app/ui/homeview.cpp" line="143"/>
        <location filename="../../app/ui/homeview.cpp" line="147"/>
        <source>Upcoming events</source>
        <translation>Kommende Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="145"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="145"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="145"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="145"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="145"/>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="150"/>
        <source>Registrations count those registered, confirmed and (on the day) checked in, against the event&apos;s capacity; the hatched part is the waiting list. Double-click an event to open it.</source>
        <translation>Als Anmeldungen zählen angemeldete, bestätigte und (am Tag selbst) eingecheckte Personen, gemessen an den Plätzen der Veranstaltung; der schraffierte Teil ist die Warteliste. Doppelklicken Sie auf eine Veranstaltung, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="154"/>
        <source>No events are planned from today on.</source>
        <translation>Ab heute sind keine Veranstaltungen geplant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="160"/>
        <location filename="../../app/ui/homeview.cpp" line="163"/>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="161"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="161"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="161"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="161"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="161"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="213"/>
        <source>Cannot read the events: %1</source>
        <translation>Die Veranstaltungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="226"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/homeview.cpp" line="227"/>
        <source>%n registered</source>
        <translation>
            <numerusform>%n angemeldet</numerusform>
            <numerusform>%n angemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/homeview.cpp" line="229"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n wartet</numerusform>
            <numerusform>, %n warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="232"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="259"/>
        <source>Cannot read the change log: %1</source>
        <translation>Das Änderungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="268"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/homeview.cpp" line="270"/>
        <source>(no longer exists)</source>
        <translation>(gibt es nicht mehr)</translation>
    </message>
</context>
<context>
    <name>Podium::ICalImport</name>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="131"/>
        <source>title</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="134"/>
        <source>description</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="137"/>
        <source>start</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="140"/>
        <source>end</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="143"/>
        <source>time zone</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="146"/>
        <source>all-day</source>
        <comment>a part of an event that an import changes</comment>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="149"/>
        <source>status</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="152"/>
        <source>place</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="155"/>
        <source>online link</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Online-Link</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="158"/>
        <source>web address</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="161"/>
        <source>series</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="164"/>
        <source>topic</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="167"/>
        <source>notes</source>
        <comment>a part of an event that an import changes</comment>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="321"/>
        <source>the same event as line %1</source>
        <comment>why an event is skipped</comment>
        <translation>dieselbe Veranstaltung wie in Zeile %1</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="329"/>
        <source>it has no SUMMARY, and an event needs a title</source>
        <comment>why an event is skipped</comment>
        <translation>die Veranstaltung hat kein SUMMARY, braucht aber einen Titel</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="363"/>
        <source>URL “%1” is no web address and was left out</source>
        <comment>a note on an imported event</comment>
        <translation>die URL „%1“ ist keine Webadresse und wurde weggelassen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="388"/>
        <source>held at the venue “%1”; the full location is kept in the notes</source>
        <comment>a note on an imported event</comment>
        <translation>findet am Veranstaltungsort „%1“ statt; die vollständige Ortsangabe steht in den Notizen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="397"/>
        <source>no venue is named like the location; it is kept in the notes</source>
        <comment>a note on an imported event</comment>
        <translation>kein Veranstaltungsort heißt wie die Ortsangabe; sie steht in den Notizen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="442"/>
        <source>the database has a newer version (SEQUENCE %1, the file %2)</source>
        <comment>why an event is skipped</comment>
        <translation>die Datenbank enthält eine neuere Fassung (SEQUENCE %1, die Datei %2)</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="453"/>
        <source>unchanged</source>
        <comment>why an event is skipped</comment>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="462"/>
        <source>changed: %1</source>
        <comment>why an event is updated; %1 lists what changed</comment>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalimport.cpp" line="507"/>
        <source>The event of line %1 (%2) cannot be saved: %3 Nothing was imported.</source>
        <translation>Die Veranstaltung aus Zeile %1 (%2) kann nicht gespeichert werden: %3 Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>Podium::ICalReader</name>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="79"/>
        <source>Line %1 is not valid UTF-8, which RFC 5545 requires.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8, wie es RFC 5545 verlangt.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="95"/>
        <source>The file is empty; an iCalendar file begins with BEGIN:VCALENDAR.</source>
        <translation>Die Datei ist leer; eine iCalendar-Datei beginnt mit BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="102"/>
        <source>Line %1 is %L2 characters long; Podium reads calendar lines of up to %L3.</source>
        <translation>Zeile %1 ist %L2 Zeichen lang; Podium liest Kalenderzeilen mit höchstens %L3 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="112"/>
        <source>This is not an iCalendar file: line %1 reads “%2”, where an iCalendar file begins with BEGIN:VCALENDAR.</source>
        <translation>Dies ist keine iCalendar-Datei: Zeile %1 lautet „%2“, wo eine iCalendar-Datei mit BEGIN:VCALENDAR beginnt.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="128"/>
        <source>Line %1 is not an iCalendar content line (NAME:value): “%2”.</source>
        <translation>Zeile %1 ist keine iCalendar-Inhaltszeile (NAME:Wert): „%2“.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="137"/>
        <source>Line %1: BEGIN:%2 stands outside any VCALENDAR.</source>
        <translation>Zeile %1: BEGIN:%2 steht außerhalb jedes VCALENDAR.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="147"/>
        <source>Line %1: END:%2 closes nothing that was begun.</source>
        <translation>Zeile %1: END:%2 schließt nichts, was begonnen wurde.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="152"/>
        <source>Line %1: END:%2 cannot close BEGIN:%3 of line %4.</source>
        <translation>Zeile %1: END:%2 kann BEGIN:%3 aus Zeile %4 nicht schließen.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="167"/>
        <source>Line %1: “%2” stands outside BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation>Zeile %1: „%2“ steht außerhalb von BEGIN:VCALENDAR … END:VCALENDAR.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="175"/>
        <source>The file ends at line %1 before BEGIN:%2 of line %3 is closed by END:%2.</source>
        <translation>Die Datei endet in Zeile %1, bevor BEGIN:%2 aus Zeile %3 durch END:%2 geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="207"/>
        <source>Line %1 (in the %2 of line %3) cannot be read: “%4”. libical says: %5.</source>
        <translation>Zeile %1 (im %2 ab Zeile %3) kann nicht gelesen werden: „%4“. libical meldet: %5.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="218"/>
        <source>The %1 that begins on line %2 cannot be read. libical says: %3.</source>
        <translation>Die Komponente %1 ab Zeile %2 kann nicht gelesen werden. libical meldet: %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="225"/>
        <source>A %1 cannot be read. libical says: %2.</source>
        <translation>Eine Komponente %1 kann nicht gelesen werden. libical meldet: %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="383"/>
        <source>Windows zone “%1” read as %2</source>
        <comment>how the time zone of an event was found</comment>
        <translation>Windows-Zeitzone „%1“ als %2 gelesen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="394"/>
        <source>the file&apos;s own zone “%1” matches no IANA zone; times are kept right but shown in UTC</source>
        <comment>how the time zone of an event was found</comment>
        <translation>die Zeitzone „%1“ der Datei entspricht keiner IANA-Zeitzone; die Zeiten bleiben richtig, werden aber in UTC angezeigt</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="400"/>
        <source>the file&apos;s own zone “%1” has no IANA name; shown as %2, which has the same offsets in %3</source>
        <comment>how the time zone of an event was found</comment>
        <translation>die Zeitzone „%1“ der Datei hat keinen IANA-Namen; angezeigt als %2, die im Jahr %3 dieselben Abstände zu UTC hat</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="412"/>
        <source>its time zone “%1” has no VTIMEZONE in the file and is not a known zone name</source>
        <comment>why an event is skipped</comment>
        <translation>die Zeitzone „%1“ der Veranstaltung hat kein VTIMEZONE in der Datei und ist kein bekannter Zeitzonenname</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="492"/>
        <source>its title is %L1 characters long; Podium takes up to %L2</source>
        <comment>why an event is skipped</comment>
        <translation>der Titel ist %L1 Zeichen lang; Podium übernimmt höchstens %L2</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="497"/>
        <source>its location is %L1 characters long; Podium takes up to %L2</source>
        <comment>why an event is skipped</comment>
        <translation>die Ortsangabe ist %L1 Zeichen lang; Podium übernimmt höchstens %L2</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="502"/>
        <source>its URL is %L1 characters long; Podium takes up to %L2</source>
        <comment>why an event is skipped</comment>
        <translation>die URL ist %L1 Zeichen lang; Podium übernimmt höchstens %L2</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="507"/>
        <source>its description is %L1 characters long; Podium takes up to %L2</source>
        <comment>why an event is skipped</comment>
        <translation>die Beschreibung ist %L1 Zeichen lang; Podium übernimmt höchstens %L2</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="553"/>
        <source>it has no UID, so a later import could not update it</source>
        <comment>why an event is skipped</comment>
        <translation>die Veranstaltung hat keine UID, sodass ein späterer Import sie nicht aktualisieren könnte</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="582"/>
        <source>it has no DTSTART</source>
        <comment>why an event is skipped</comment>
        <translation>die Veranstaltung hat kein DTSTART</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="615"/>
        <source>floating time read in %1</source>
        <comment>how the time zone of an event was found</comment>
        <translation>Uhrzeit ohne Zeitzone als %1 gelesen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="707"/>
        <source>libical cannot expand its RRULE</source>
        <comment>why an event is skipped</comment>
        <translation>libical kann die RRULE der Veranstaltung nicht in Termine auflösen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="851"/>
        <source>every occurrence is excluded by EXDATE</source>
        <comment>why an event is skipped</comment>
        <translation>jeder Termin ist durch EXDATE ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="868"/>
        <source>a changed occurrence of a recurring event of which only the first occurrence is imported; expand the event to import it</source>
        <comment>why an event is skipped</comment>
        <translation>ein geänderter Termin einer wiederkehrenden Veranstaltung, von der nur der erste Termin importiert wird; lösen Sie die Veranstaltung in ihre Termine auf, um ihn zu importieren</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="944"/>
        <source>libical cannot read the file as iCalendar.</source>
        <translation>libical kann die Datei nicht als iCalendar lesen.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="959"/>
        <source>libical finds %1 calendars in the file where there are %2.</source>
        <translation>libical findet %1 Kalender in der Datei, die %2 enthält.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/icalreader.cpp" line="968"/>
        <source>The component that begins on line %1 is no VCALENDAR.</source>
        <translation>Die Komponente, die in Zeile %1 beginnt, ist kein VCALENDAR.</translation>
    </message>
</context>
<context>
    <name>Podium::MainWindow</name>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="122"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="127"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="134"/>
        <source>New &amp;Person…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="137"/>
        <source>New &amp;Organisation…</source>
        <translation>Neue &amp;Organisation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="143"/>
        <source>&amp;Edit Selected…</source>
        <translation>Auswahl &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="147"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="152"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="167"/>
        <source>Import &amp;Registrations…</source>
        <translation>&amp;Anmeldungen importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="178"/>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Doppelte Einträge suchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="188"/>
        <source>Data &amp;Protection…</source>
        <translation>Daten&amp;schutz…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="207"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="212"/>
        <location filename="../../app/ui/mainwindow.cpp" line="652"/>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="247"/>
        <location filename="../../app/ui/mainwindow.cpp" line="394"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="248"/>
        <location filename="../../app/ui/mainwindow.cpp" line="424"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="249"/>
        <location filename="../../app/ui/mainwindow.cpp" line="446"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="250"/>
        <location filename="../../app/ui/mainwindow.cpp" line="457"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="251"/>
        <source>Home</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="252"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="373"/>
        <source>Upgraded for this version of Podium; the file as it was is kept as %1.</source>
        <translation>Für diese Version von Podium aktualisiert; die Datei, wie sie war, liegt als %1 bereit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="396"/>
        <location filename="../../app/ui/mainwindow.cpp" line="468"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="399"/>
        <location filename="../../app/ui/mainwindow.cpp" line="471"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="401"/>
        <source>All series</source>
        <translation>Alle Reihen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="410"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="412"/>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="416"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="426"/>
        <source>Speakers only</source>
        <translation>Nur Mitwirkende</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="429"/>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="432"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="434"/>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="439"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="448"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="451"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="458"/>
        <source>All events</source>
        <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="465"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="487"/>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="586"/>
        <location filename="../../app/ui/mainwindow.cpp" line="595"/>
        <location filename="../../app/ui/mainwindow.cpp" line="603"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="588"/>
        <location filename="../../app/ui/mainwindow.cpp" line="635"/>
        <location filename="../../app/ui/mainwindow.cpp" line="737"/>
        <source>Podium databases (*.podium)</source>
        <translation>Podium-Datenbanken (*.podium)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="596"/>
        <location filename="../../app/ui/mainwindow.cpp" line="745"/>
        <source>%1 already exists. Please choose a new name.</source>
        <translation>%1 gibt es schon. Bitte wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="612"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="613"/>
        <source>Podium databases (*.podium *.sqlite *.db);;All files (*)</source>
        <translation>Podium-Datenbanken (*.podium *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="623"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="632"/>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="634"/>
        <location filename="../../app/ui/mainwindow.cpp" line="641"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="644"/>
        <source>Saved a copy as %1.</source>
        <translation>Kopie als %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="664"/>
        <source>Connect to &amp;Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="666"/>
        <source>Open a Podium database on a PostgreSQL server</source>
        <translation>Eine Podium-Datenbank auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="670"/>
        <source>Copy to Ser&amp;ver…</source>
        <translation>Auf Ser&amp;ver kopieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="672"/>
        <source>Copy this whole database into an empty database on a server</source>
        <translation>Diese ganze Datenbank in eine leere Datenbank auf einem Server kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="676"/>
        <source>Copy to &amp;File…</source>
        <translation>In &amp;Datei kopieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="678"/>
        <source>Copy this whole database into a new Podium file</source>
        <translation>Diese ganze Datenbank in eine neue Podium-Datei kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="707"/>
        <source>%1

Set up Podium&apos;s tables in it? If it is empty, it then holds an empty Podium database.</source>
        <translation>%1

Die Tabellen von Podium darin anlegen? Ist sie leer, enthält sie danach eine leere Podium-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="363"/>
        <source>%1 on %2 — Podium</source>
        <translation>%1 auf %2 — Podium</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="725"/>
        <source>Copy to Server</source>
        <translation>Auf Server kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="736"/>
        <source>Copy to File</source>
        <translation>In Datei kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="758"/>
        <source>Copying to %1…</source>
        <translation>Kopieren nach %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="758"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="759"/>
        <source>Copy Database</source>
        <translation>Datenbank kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="773"/>
        <source>Copying %1 (table %2 of %3)…</source>
        <translation>%1 wird kopiert (Tabelle %2 von %3)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="783"/>
        <source>%1 already holds data (%2).

Replace all of it with a copy of this database? This cannot be undone.</source>
        <translation>%1 enthält bereits Daten (%2).

Alles durch eine Kopie dieser Datenbank ersetzen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="798"/>
        <source>Copied %1 rows in %2 tables to %3; the row counts match.</source>
        <translation>%1 Zeilen in %2 Tabellen nach %3 kopiert; die Zeilenzahlen stimmen überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="809"/>
        <source>About Podium</source>
        <translation>Über Podium</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="810"/>
        <source>&lt;h3&gt;Podium %1&lt;/h3&gt;&lt;p&gt;Plans public dialogues: events, programmes, speakers, organisations and attendees.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3, journal %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Podium %1&lt;/h3&gt;&lt;p&gt;Plant öffentliche Dialoge: Veranstaltungen, Programme, Mitwirkende, Organisationen und Teilnehmende.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;Schemaversion %3, Journal %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="924"/>
        <source>E&amp;vent</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="928"/>
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="934"/>
        <source>&amp;Open Workspace</source>
        <translation>&amp;Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="942"/>
        <source>&amp;Duplicate Event…</source>
        <translation>Veranstaltung &amp;duplizieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="950"/>
        <source>Check-&amp;in…</source>
        <translation>&amp;Check-in…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="966"/>
        <source>Choose an event in the Events view first.</source>
        <translation>Wählen Sie zuerst eine Veranstaltung in der Ansicht Veranstaltungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1067"/>
        <source>%1 has roles in 1 event. Remove them from that programme first.</source>
        <translation>%1 hat Rollen in 1 Veranstaltung. Entfernen Sie sie zuerst aus diesem Programm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1069"/>
        <source>%1 has roles in %2 events. Remove them from those programmes first.</source>
        <translation>%1 hat Rollen in %2 Veranstaltungen. Entfernen Sie sie zuerst aus diesen Programmen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1076"/>
        <location filename="../../app/ui/mainwindow.cpp" line="1099"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1078"/>
        <source>Delete %1 and their registration?</source>
        <translation>%1 und die zugehörige Anmeldung löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1079"/>
        <source>Delete %1 and their %2 registrations?</source>
        <translation>%1 und die zugehörigen %2 Anmeldungen löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1089"/>
        <source>%1 has a person in the directory. Move them to another organisation first.</source>
        <translation>Zu %1 gehört eine Person im Verzeichnis. Ordnen Sie sie zuerst einer anderen Organisation zu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1092"/>
        <source>%1 has %2 people in the directory. Move them to another organisation first.</source>
        <translation>Zu %1 gehören %2 Personen im Verzeichnis. Ordnen Sie sie zuerst einer anderen Organisation zu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1100"/>
        <source>Delete %1? The %2 organisations belonging to it will stand on their own.</source>
        <translation>%1 löschen? Die %2 zugehörigen Organisationen bleiben eigenständig erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1110"/>
        <source>Delete “%1” with its programme (%2 items), %3 roles, %4 registrations and %5 documents?</source>
        <translation>„%1“ mit Programm (%2 Punkte), %3 Rollen, %4 Anmeldungen und %5 Dokumenten löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1119"/>
        <source>Delete this registration? The person stays in the directory.</source>
        <translation>Diese Anmeldung löschen? Die Person bleibt im Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1270"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1272"/>
        <source>Replace the database with one of its backups</source>
        <translation>Die Datenbank durch eine ihrer Sicherungen ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1280"/>
        <source>A database on a server is backed up and restored with the server&apos;s tools.</source>
        <translation>Eine Datenbank auf einem Server wird mit den Werkzeugen des Servers gesichert und wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1313"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1324"/>
        <source>Restored the backup taken on %1. The database as it was before is kept as %2.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Die Datenbank im vorherigen Zustand ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.cpp" line="1346"/>
        <source>No daily backup: %1</source>
        <translation>Keine tägliche Sicherung: %1</translation>
    </message>
</context>
<context>
    <name>Podium::Organisation</name>
    <message>
        <location filename="../../app/core/domain/organisation.cpp" line="56"/>
        <source>Please enter the organisation&apos;s name.</source>
        <translation>Bitte geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/organisation.cpp" line="61"/>
        <source>An organisation cannot be part of itself.</source>
        <translation>Eine Organisation kann nicht Teil von sich selbst sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/organisation.cpp" line="65"/>
        <source>The parent organisation does not exist.</source>
        <translation>Die übergeordnete Organisation gibt es nicht.</translation>
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
        <location filename="../../app/ui/organisationdialog.cpp" line="81"/>
        <source>This organisation no longer exists; someone may have deleted it.</source>
        <translation>Diese Organisation gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="109"/>
        <source>part of</source>
        <translation>gehört zu</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="118"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="122"/>
        <source>New organisation “%1”</source>
        <translation>Neue Organisation „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisationdialog.cpp" line="126"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Podium::OrganisationRepository</name>
    <message>
        <location filename="../../app/core/domain/organisationrepository.cpp" line="128"/>
        <source>The parent organisation no longer exists.</source>
        <translation>Die übergeordnete Organisation gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/organisationrepository.cpp" line="149"/>
        <source>“%1” cannot be part of “%2”, because “%2” is part of “%1”.</source>
        <translation>„%1“ kann nicht Teil von „%2“ sein, weil „%2“ Teil von „%1“ ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/organisationrepository.cpp" line="155"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/organisationrepository.cpp" line="161"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/organisationrepository.cpp" line="163"/>
        <source>“%1” cannot be part of “%2”, because “%2” is part of “%1” through %3.</source>
        <translation>„%1“ kann nicht Teil von „%2“ sein, weil „%2“ über %3 Teil von „%1“ ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/organisationrepository.cpp" line="223"/>
        <source>The organisation no longer exists; someone may have deleted it.</source>
        <translation>Die Organisation gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/organisationrepository.cpp" line="65"/>
        <source>“%1” cannot be deleted while a person belongs to it. Move them to another organisation first.</source>
        <translation>„%1“ kann nicht gelöscht werden, solange eine Person dazugehört. Ordnen Sie sie zuerst einer anderen Organisation zu.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/organisationrepository.cpp" line="70"/>
        <source>“%1” cannot be deleted while %2 people belong to it. Move them to another organisation first.</source>
        <translation>„%1“ kann nicht gelöscht werden, solange %2 Personen dazugehören. Ordnen Sie sie zuerst einer anderen Organisation zu.</translation>
    </message>
</context>
<context>
    <name>Podium::OrganisationSettings</name>
    <message>
        <location filename="../../app/core/storage/organisationsettings.cpp" line="34"/>
        <source>Please enter the foundation&apos;s name; it heads every programme.</source>
        <translation>Bitte geben Sie den Namen der Stiftung ein; er steht über jedem Programm.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/organisationsettings.cpp" line="40"/>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/organisationsettings.cpp" line="45"/>
        <source>The retention period must be between 1 and 240 months.</source>
        <translation>Die Aufbewahrungsfrist muss zwischen 1 und 240 Monaten liegen.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/organisationsettings.cpp" line="50"/>
        <source>The logo is larger than 2 MB; please choose a smaller file.</source>
        <translation>Das Logo ist größer als 2 MB; bitte wählen Sie eine kleinere Datei.</translation>
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
    <name>Podium::PagedSqlModel</name>
    <message>
        <location filename="../../app/core/models/pagedsqlmodel.cpp" line="53"/>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/pagedsqlmodel.cpp" line="70"/>
        <source>The count returned no row.</source>
        <translation>Die Zählung hat keine Zeile ergeben.</translation>
    </message>
</context>
<context>
    <name>Podium::Person</name>
    <message>
        <location filename="../../app/core/domain/person.cpp" line="24"/>
        <source>Please enter a given or family name.</source>
        <translation>Bitte geben Sie einen Vor- oder Familiennamen ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/person.cpp" line="30"/>
        <source>The photo&apos;s file type is missing.</source>
        <translation>Der Dateityp des Fotos fehlt.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/person.cpp" line="34"/>
        <source>The organisation does not exist.</source>
        <translation>Die Organisation gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Podium::PersonDialog</name>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="26"/>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="26"/>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="37"/>
        <source>Choose or type a new one</source>
        <translation>Auswählen oder neu eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="38"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="100"/>
        <source>This person no longer exists; someone may have deleted them.</source>
        <translation>Diese Person gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="169"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="172"/>
        <location filename="../../app/ui/persondialog.cpp" line="180"/>
        <source>New person “%1”</source>
        <translation>Neue Person „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="173"/>
        <location filename="../../app/ui/persondialog.cpp" line="183"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/persondialog.cpp" line="177"/>
        <source>New organisation “%1”</source>
        <translation>Neue Organisation „%1“</translation>
    </message>
</context>
<context>
    <name>Podium::PersonPrivacy</name>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="260"/>
        <source>The table %1 has no primary key, so its rows cannot be searched for the person&apos;s name. Nothing was erased.</source>
        <translation>Die Tabelle %1 hat keinen Primärschlüssel, daher können ihre Zeilen nicht nach dem Namen der Person durchsucht werden. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="392"/>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="559"/>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="601"/>
        <source>There is no person with the id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="564"/>
        <source>“%1” is neither a person&apos;s id nor an e-mail address.</source>
        <translation>„%1“ ist weder die ID einer Person noch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="580"/>
        <source>There is no person with the e-mail address %1.</source>
        <translation>Es gibt keine Person mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="588"/>
        <source>Several people share the e-mail address %1 (ids %2); give the id.</source>
        <translation>Mehrere Personen haben die E-Mail-Adresse %1 (IDs %2); geben Sie die ID an.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="700"/>
        <source>Person erased on request; the published name is kept for past programmes</source>
        <translation>Person auf Wunsch gelöscht; der veröffentlichte Name bleibt für vergangene Programme erhalten</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="702"/>
        <source>Person erased on request</source>
        <translation>Person auf Wunsch gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="722"/>
        <source>anonymise person %1: %2 registration(s) kept without name, last event ended %3</source>
        <translation>Person %1 anonymisieren: %2 Anmeldung(en) ohne Namen behalten, letzte Veranstaltung endete am %3</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="729"/>
        <source>%1 people anonymised (events ended before %2, %3 months); kept: %4 who agreed to be contacted, %5 with roles in programmes.</source>
        <translation>%1 Personen anonymisiert (Veranstaltungen vor dem %2 beendet, %3 Monate); behalten: %4 mit Einwilligung in Kontaktaufnahme, %5 mit Rollen in Programmen.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="792"/>
        <source>The database changed since the preview was made; nothing was anonymised. Look at the preview again.</source>
        <translation>Die Datenbank hat sich seit der Vorschau geändert; es wurde nichts anonymisiert. Sehen Sie sich die Vorschau noch einmal an.</translation>
    </message>
    <message>
        <location filename="../../app/core/privacy/personprivacy.cpp" line="800"/>
        <source>Person anonymised after the retention period of %1 months</source>
        <translation>Person nach der Aufbewahrungsfrist von %1 Monaten anonymisiert</translation>
    </message>
</context>
<context>
    <name>Podium::PersonRepository</name>
    <message>
        <location filename="../../app/core/domain/personrepository.cpp" line="204"/>
        <location filename="../../app/core/domain/personrepository.cpp" line="255"/>
        <location filename="../../app/core/domain/personrepository.cpp" line="284"/>
        <source>The organisation no longer exists.</source>
        <translation>Die Organisation gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/personrepository.cpp" line="302"/>
        <source>The person no longer exists; someone may have deleted them.</source>
        <translation>Die Person gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/personrepository.cpp" line="94"/>
        <source>%1 cannot be deleted while they have a role at an event. Remove the role first.</source>
        <translation>%1 kann nicht gelöscht werden, solange die Person eine Rolle bei einer Veranstaltung hat. Entfernen Sie zuerst die Rolle.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/personrepository.cpp" line="98"/>
        <source>%1 cannot be deleted while they have %2 roles at events. Remove the roles first.</source>
        <translation>%1 kann nicht gelöscht werden, solange die Person %2 Rollen bei Veranstaltungen hat. Entfernen Sie zuerst die Rollen.</translation>
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
        <location filename="../../app/core/domain/planner.cpp" line="139"/>
        <source>%1 is booked twice at the same time: %2 and %3.</source>
        <translation>%1 ist zur selben Zeit doppelt gebucht: %2 und %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/planner.cpp" line="185"/>
        <source>%1 (%2) is booked twice: %3 and %4.</source>
        <translation>%1 (%2) ist doppelt gebucht: %3 und %4.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/planner.cpp" line="221"/>
        <source>%1 places are taken, but the event has only %2.</source>
        <translation>%1 Plätze sind belegt, die Veranstaltung hat aber nur %2.</translation>
    </message>
</context>
<context>
    <name>Podium::Platform</name>
    <message>
        <location filename="../../app/core/util/platform.cpp" line="18"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <location filename="../../app/ui/printactions.cpp" line="341"/>
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
        <location filename="../../app/ui/printactions.cpp" line="231"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="232"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="259"/>
        <location filename="../../app/ui/printactions.cpp" line="263"/>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="289"/>
        <location filename="../../app/ui/printactions.cpp" line="294"/>
        <source>Print Programme</source>
        <translation>Programm drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="308"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="310"/>
        <source>Export Programme as PDF</source>
        <translation>Programm als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="310"/>
        <source> - Programme.pdf</source>
        <translation> - Programm.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="311"/>
        <source>Export Programme as HTML</source>
        <translation>Programm als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="311"/>
        <source> - Programme.html</source>
        <translation> - Programm.html</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="311"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="312"/>
        <source>Export Sign-in Sheet</source>
        <translation>Unterschriftenliste exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="312"/>
        <source> - Sign-in Sheet.pdf</source>
        <translation> - Unterschriftenliste.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="313"/>
        <source>Export Participant List</source>
        <translation>Teilnahmeliste exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="313"/>
        <source> - Participants.pdf</source>
        <translation> - Teilnahmeliste.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="314"/>
        <source>Export Badges</source>
        <translation>Namensschilder exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="314"/>
        <source> - Badges.pdf</source>
        <translation> - Namensschilder.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/printactions.cpp" line="341"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Podium::PrivacyDialog</name>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="35"/>
        <source>Data Protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="38"/>
        <source>One person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="41"/>
        <source>&amp;Person (id or e-mail):</source>
        <translation>&amp;Person (ID oder E-Mail):</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="44"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="53"/>
        <source>&amp;Export Everything About This Person…</source>
        <translation>Alles über diese Person &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="54"/>
        <source>E&amp;rase This Person…</source>
        <translation>Diese Person &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="59"/>
        <source>&amp;Keep the published name in past programmes (speakers only)</source>
        <translation>Veröffentlichten Namen in vergangenen Programmen &amp;behalten (nur Mitwirkende)</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="62"/>
        <source>Erasing removes the person&apos;s contact data, notes, consents, registrations for coming events and roles everywhere, including the change log. Registrations of past events stay without a name, so that their counts stay right. It cannot be undone.</source>
        <translation>Das Löschen entfernt Kontaktdaten, Notizen, Einwilligungen, Anmeldungen zu kommenden Veranstaltungen und Rollen der Person überall, auch im Änderungsprotokoll. Anmeldungen zu vergangenen Veranstaltungen bleiben ohne Namen erhalten, damit ihre Zahlen stimmen. Es kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="67"/>
        <source>On a server, Podium makes no copy first: the server&apos;s administrator keeps the backups.</source>
        <translation>Auf einem Server legt Podium vorher keine Kopie an: Die Sicherungen verwaltet die Administration des Servers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="69"/>
        <source>A copy of the database is kept beside it first.</source>
        <translation>Vorher wird daneben eine Kopie der Datenbank angelegt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="74"/>
        <source>Retention of attendees&apos; data</source>
        <translation>Aufbewahrung der Daten von Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="77"/>
        <source>Anonymise attendees of events that ended more than</source>
        <translation>Teilnehmende von Veranstaltungen anonymisieren, die zu Ende gingen vor mehr als</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="80"/>
        <source> months ago</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="83"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="84"/>
        <source>&amp;Anonymise Now…</source>
        <translation>Jetzt &amp;anonymisieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="96"/>
        <source>Preview first: it lists exactly what the run will change. Speakers and people who agreed to be contacted are kept.</source>
        <translation>Erst die Vorschau: Sie zeigt genau, was der Lauf ändern wird. Mitwirkende und Personen, die in Kontaktaufnahme eingewilligt haben, bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="111"/>
        <source>Export Everything About This Person</source>
        <translation>Alles über diese Person exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="112"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="153"/>
        <source>Find a person first.</source>
        <translation>Suchen Sie zuerst eine Person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="163"/>
        <source>%1 — %2, %3.</source>
        <translation>%1 — %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="165"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n Anmeldung</numerusform>
            <numerusform>%n Anmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="166"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n Rolle</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="177"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="181"/>
        <source>Everything about this person was written to %1.</source>
        <translation>Alles über diese Person wurde in %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="191"/>
        <source>The server still keeps old versions of rows in %1; ask its administrator to run VACUUM on them.</source>
        <translation>Der Server bewahrt noch alte Fassungen von Zeilen in %1 auf; bitten Sie die Administration, dort VACUUM auszuführen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="203"/>
        <source>Erase This Person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="204"/>
        <source>Erase %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="208"/>
        <source>This cannot be undone, not even with Edit › Undo. The person&apos;s data is removed everywhere; registrations of past events stay without a name. Podium makes no copy of a server database; the server&apos;s own backups may still hold the data.</source>
        <translation>Dies kann nicht rückgängig gemacht werden, auch nicht mit Bearbeiten › Rückgängig. Die Daten der Person werden überall entfernt; Anmeldungen zu vergangenen Veranstaltungen bleiben ohne Namen. Podium legt von einer Server-Datenbank keine Kopie an; die Sicherungen des Servers können die Daten noch enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="212"/>
        <source>This cannot be undone, not even with Edit › Undo. The person&apos;s data is removed everywhere; registrations of past events stay without a name. A copy of the database made just before keeps the data until you delete it.</source>
        <translation>Das lässt sich nicht rückgängig machen, auch nicht mit Bearbeiten › Rückgängig. Die Daten der Person werden überall entfernt; Anmeldungen zu vergangenen Veranstaltungen bleiben ohne Namen erhalten. Eine direkt davor angelegte Kopie der Datenbank behält die Daten, bis Sie sie löschen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="216"/>
        <source>Erase for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="228"/>
        <source>Cannot make a copy first: %1 Nothing was erased.</source>
        <translation>Es kann vorher keine Kopie angelegt werden: %1 Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="250"/>
        <source>The person was erased.</source>
        <translation>Die Person wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="251"/>
        <source>The person was erased. The copy made before still holds their data: %1. Delete it once you have checked the result.</source>
        <translation>Die Person wurde gelöscht. Die vorher angelegte Kopie enthält ihre Daten noch: %1. Löschen Sie sie, sobald Sie das Ergebnis geprüft haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacydialog.cpp" line="282"/>
        <source>Anonymise Attendees</source>
        <translation>Teilnehmende anonymisieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="283"/>
        <source>Anonymise the %n attendee(s) in the preview? This cannot be undone.</source>
        <translation>
            <numerusform>Die %n teilnehmende Person aus der Vorschau anonymisieren? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Teilnehmenden aus der Vorschau anonymisieren? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="309"/>
        <source>%n attendee(s) anonymised.</source>
        <translation>
            <numerusform>%n teilnehmende Person anonymisiert.</numerusform>
            <numerusform>%n Teilnehmende anonymisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/privacydialog.cpp" line="310"/>
        <source>%n attendee(s) anonymised. The copy made before: %1. Delete it once you have checked the result.</source>
        <translation>
            <numerusform>%n teilnehmende Person anonymisiert. Die vorher angelegte Kopie: %1. Löschen Sie sie, sobald Sie das Ergebnis geprüft haben.</numerusform>
            <numerusform>%n Teilnehmende anonymisiert. Die vorher angelegte Kopie: %1. Löschen Sie sie, sobald Sie das Ergebnis geprüft haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::ProgrammeData</name>
    <message>
        <location filename="../../app/core/io/programmedata.cpp" line="68"/>
        <source>Cannot read the programme: %1</source>
        <translation>Das Programm kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/io/programmedata.cpp" line="128"/>
        <source>There is no event with the id %1.</source>
        <translation>Es gibt keine Veranstaltung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Podium::ProgrammeFonts</name>
    <message>
        <location filename="../../app/core/io/programmefonts.cpp" line="46"/>
        <source>The programme font %1 is missing: it is neither built into Podium nor installed in %2 (Debian packages fonts-dejavu-core and fonts-dejavu-extra).</source>
        <translation>Die Programmschrift %1 fehlt: Sie ist weder in Podium eingebaut noch in %2 installiert (Debian-Pakete fonts-dejavu-core und fonts-dejavu-extra).</translation>
    </message>
    <message>
        <location filename="../../app/core/io/programmefonts.cpp" line="58"/>
        <source>The programme font %1 cannot be loaded.</source>
        <translation>Die Programmschrift %1 kann nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Podium::ProgrammeItem</name>
    <message>
        <location filename="../../app/core/domain/programmeitem.cpp" line="54"/>
        <source>Please choose the event.</source>
        <translation>Bitte wählen Sie die Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/programmeitem.cpp" line="58"/>
        <source>The programme item belongs to another event.</source>
        <translation>Der Programmpunkt gehört zu einer anderen Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/programmeitem.cpp" line="62"/>
        <source>Please enter a title in German or English.</source>
        <translation>Bitte geben Sie einen Titel auf Deutsch oder Englisch ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/programmeitem.cpp" line="67"/>
        <source>The position cannot be negative.</source>
        <translation>Die Position darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>Podium::ProgrammeItemRepository</name>
    <message>
        <location filename="../../app/core/domain/programmeitemrepository.cpp" line="89"/>
        <source>The room no longer exists.</source>
        <translation>Den Raum gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/programmeitemrepository.cpp" line="92"/>
        <source>The room “%1” is not in the event&apos;s venue.</source>
        <translation>Der Raum „%1“ liegt nicht im Veranstaltungsort der Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/programmeitemrepository.cpp" line="102"/>
        <location filename="../../app/core/domain/programmeitemrepository.cpp" line="137"/>
        <source>The event no longer exists.</source>
        <translation>Die Veranstaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/programmeitemrepository.cpp" line="125"/>
        <location filename="../../app/core/domain/programmeitemrepository.cpp" line="161"/>
        <source>The programme item no longer exists; someone may have deleted it.</source>
        <translation>Den Programmpunkt gibt es nicht mehr; vielleicht hat jemand ihn gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/programmeitemrepository.cpp" line="133"/>
        <source>A programme item cannot move to another event.</source>
        <translation>Ein Programmpunkt kann nicht in eine andere Veranstaltung verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Podium::ProgrammeModel</name>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="134"/>
        <source>(the event&apos;s room)</source>
        <translation>(Raum der Veranstaltung)</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="199"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="201"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="203"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="205"/>
        <source>Title (English)</source>
        <translation>Titel (Englisch)</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="207"/>
        <source>Title (German)</source>
        <translation>Titel (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="209"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="237"/>
        <source>“%1” no longer exists; someone may have deleted it. Nothing was saved.</source>
        <translation>„%1“ gibt es nicht mehr; vielleicht hat es jemand gelöscht. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="241"/>
        <source>Someone else changed “%1” meanwhile. Nothing was saved: the programme now shows their version, and you can make your change again.</source>
        <translation>Jemand anderes hat „%1“ inzwischen geändert. Es wurde nichts gespeichert: Das Programm zeigt jetzt die gespeicherte Fassung, und Sie können Ihre Änderung noch einmal vornehmen.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="250"/>
        <source>You had typed: “%1”.</source>
        <translation>Sie hatten eingegeben: „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="277"/>
        <source>The programme item no longer exists; someone may have deleted it.</source>
        <translation>Den Programmpunkt gibt es nicht mehr; vielleicht hat jemand ihn gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="357"/>
        <source>Edit programme item “%1”</source>
        <translation>Programmpunkt „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="380"/>
        <source>New programme item “%1”</source>
        <translation>Neuer Programmpunkt „%1“</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="394"/>
        <source>Remove programme item “%1”</source>
        <translation>Programmpunkt „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="470"/>
        <source>Move “%1” earlier</source>
        <translation>„%1“ nach vorn verschieben</translation>
    </message>
    <message>
        <location filename="../../app/core/models/programmemodel.cpp" line="471"/>
        <source>Move “%1” later</source>
        <translation>„%1“ nach hinten verschieben</translation>
    </message>
</context>
<context>
    <name>Podium::ProgrammeRenderer</name>
    <message>
        <location filename="../../app/core/io/programmerenderer.cpp" line="929"/>
        <location filename="../../app/core/io/programmerenderer.cpp" line="963"/>
        <source>Printing a programme needs a graphical application object.</source>
        <translation>Zum Drucken eines Programms ist ein grafisches Anwendungsobjekt nötig.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/programmerenderer.cpp" line="1005"/>
        <source>Cannot start printing the programme.</source>
        <translation>Der Druck des Programms kann nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/programmerenderer.cpp" line="1014"/>
        <source>Cannot start page %1 of the programme.</source>
        <translation>Seite %1 des Programms kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Podium::RecordDialog</name>
    <message>
        <location filename="../../app/ui/recorddialog.cpp" line="42"/>
        <source>&amp;Revert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/recorddialog.cpp" line="118"/>
        <source>Not saved: someone else saved this record meanwhile. Your changes are still here.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Datensatz inzwischen gespeichert. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recorddialog.cpp" line="144"/>
        <source>Save your changes before closing?</source>
        <translation>Änderungen vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>Podium::RecordListing</name>
    <message>
        <location filename="../../app/core/io/recordlisting.cpp" line="162"/>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Podium::RecordStore</name>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="186"/>
        <source>There is already an organisation of that name.</source>
        <translation>Es gibt schon eine Organisation mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="188"/>
        <source>There is already a venue of that name in that city.</source>
        <translation>Es gibt in diesem Ort schon einen Veranstaltungsort mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="191"/>
        <source>There is already a series of that name.</source>
        <translation>Es gibt schon eine Reihe mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="193"/>
        <source>The venue already has a room of that name.</source>
        <translation>Der Veranstaltungsort hat schon einen Raum mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="195"/>
        <source>The person is already registered for this event.</source>
        <translation>Die Person ist für diese Veranstaltung schon angemeldet.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="197"/>
        <source>The person already has that role there.</source>
        <translation>Die Person hat diese Rolle dort schon.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="199"/>
        <source>Another event already has this calendar UID.</source>
        <translation>Eine andere Veranstaltung hat schon diese Kalender-UID.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="201"/>
        <source>There is already a setting of that name.</source>
        <translation>Es gibt schon eine Einstellung mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="208"/>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="210"/>
        <source>A date and time is not in the form Podium stores (2023-09-19T17:00:00Z).</source>
        <translation>Ein Datum mit Uhrzeit hat nicht die Form, in der Podium es speichert (2023-09-19T17:00:00Z).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="213"/>
        <source>The e-mail address does not look like one (name@example.org).</source>
        <translation>Die E-Mail-Adresse sieht nicht wie eine aus (name@example.org).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="216"/>
        <source>A document is either a link or a file kept in the database: one of the two, not both.</source>
        <translation>Ein Dokument ist entweder ein Link oder eine in der Datenbank abgelegte Datei: eins von beiden, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="220"/>
        <source>A document&apos;s file needs a file name and a type.</source>
        <translation>Die Datei eines Dokuments braucht einen Dateinamen und einen Typ.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="222"/>
        <source>The file is too large: a document kept in the database can have at most 10 MiB.</source>
        <translation>Die Datei ist zu groß: Ein in der Datenbank abgelegtes Dokument darf höchstens 10 MiB groß sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="226"/>
        <source>A photo needs its type (image/jpeg or image/png).</source>
        <translation>Ein Foto braucht seinen Typ (image/jpeg oder image/png).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="228"/>
        <source>Consent to be contacted needs the date it was given.</source>
        <translation>Die Einwilligung in Kontaktaufnahmen braucht das Datum, an dem sie gegeben wurde.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="231"/>
        <source>Consent to appear on lists needs the date it was given.</source>
        <translation>Die Einwilligung, auf Listen zu erscheinen, braucht das Datum, an dem sie gegeben wurde.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="233"/>
        <source>Consent to photographs needs the date it was given.</source>
        <translation>Die Einwilligung in Fotos braucht das Datum, an dem sie gegeben wurde.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="236"/>
        <source>A published event needs the date it was published.</source>
        <translation>Eine veröffentlichte Veranstaltung braucht das Datum ihrer Veröffentlichung.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="239"/>
        <source>A room can only be chosen together with its venue.</source>
        <translation>Ein Raum kann nur zusammen mit seinem Veranstaltungsort gewählt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="242"/>
        <source>An organisation cannot be part of itself.</source>
        <translation>Eine Organisation kann nicht Teil von sich selbst sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="244"/>
        <source>A person needs a given name or a family name.</source>
        <translation>Eine Person braucht einen Vor- oder einen Familiennamen.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="246"/>
        <source>A title is needed, in English or in German.</source>
        <translation>Ein Titel wird gebraucht, auf Englisch oder auf Deutsch.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="248"/>
        <source>A name is needed, in English or in German.</source>
        <translation>Ein Name wird gebraucht, auf Englisch oder auf Deutsch.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="249"/>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="250"/>
        <source>The title cannot be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="251"/>
        <source>An event needs a calendar UID.</source>
        <translation>Eine Veranstaltung braucht eine Kalender-UID.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="252"/>
        <source>An event needs a time zone.</source>
        <translation>Eine Veranstaltung braucht eine Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="253"/>
        <source>A setting needs a name.</source>
        <translation>Eine Einstellung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="254"/>
        <source>A capacity cannot be negative.</source>
        <translation>Die Zahl der Plätze darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="255"/>
        <source>A position cannot be negative.</source>
        <translation>Eine Position darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="257"/>
        <source>A calendar sequence number cannot be negative.</source>
        <translation>Eine Kalender-Sequenznummer darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="259"/>
        <source>A record version must be 1 or more.</source>
        <translation>Eine Datensatzversion muss 1 oder größer sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="274"/>
        <source>the %1&apos;s %2</source>
        <translation>das Feld „%2“ der Tabelle „%1“</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="339"/>
        <source>The value of “%1” must be 0 (no) or 1 (yes).</source>
        <translation>Der Wert von „%1“ muss 0 (nein) oder 1 (ja) sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="342"/>
        <source>The %1 must be one of: %2.</source>
        <translation>„%1“ muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="345"/>
        <source>A value is not allowed here (%1).</source>
        <translation>Ein Wert ist hier nicht erlaubt (%1).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="368"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="418"/>
        <source>Another record already has the same value (%1).</source>
        <translation>Ein anderer Datensatz hat schon denselben Wert (%1).</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="373"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="423"/>
        <source>A required value is missing: %1.</source>
        <translation>Ein notwendiger Wert fehlt: %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="433"/>
        <source>The record is still referred to elsewhere, or refers to a record that does not exist.</source>
        <translation>Auf den Datensatz wird noch an anderer Stelle verwiesen, oder er verweist auf einen Datensatz, den es nicht gibt.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="439"/>
        <source>Another Podium is saving to this database right now. Please try again in a moment.</source>
        <translation>Ein anderes Podium speichert gerade in diese Datenbank. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="443"/>
        <source>The database is read-only; nothing was saved.</source>
        <translation>Die Datenbank ist schreibgeschützt; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="597"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="793"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="1067"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="1156"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="1242"/>
        <source>Unknown table %1.</source>
        <translation>Unbekannte Tabelle %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="612"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="805"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="1189"/>
        <source>Column %1 cannot be written directly.</source>
        <translation>Die Spalte %1 kann nicht direkt geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="795"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="1122"/>
        <source>Every row needs its summary for the change log.</source>
        <translation>Jede Zeile braucht ihre Zusammenfassung für das Änderungsprotokoll.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="817"/>
        <source>The row does not have the columns of the first row.</source>
        <translation>Die Zeile hat nicht dieselben Spalten wie die erste Zeile.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="826"/>
        <source>Unknown reference %1.</source>
        <translation>Unbekannter Verweis %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="1168"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="1220"/>
        <location filename="../../app/core/storage/recordstore.cpp" line="1254"/>
        <source>The record no longer exists; someone may have deleted it.</source>
        <translation>Den Datensatz gibt es nicht mehr; vielleicht hat jemand ihn gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/recordstore.cpp" line="1176"/>
        <source>Someone else changed this record meanwhile (version %1, you edited version %2).</source>
        <translation>Jemand anderes hat diesen Datensatz inzwischen geändert (Version %1, Sie haben Version %2 bearbeitet).</translation>
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
        <location filename="../../app/ui/recordview.cpp" line="116"/>
        <source>at least %1 shown, counting…</source>
        <translation>mindestens %1 angezeigt, wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordview.cpp" line="120"/>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
</context>
<context>
    <name>Podium::Registration</name>
    <message>
        <location filename="../../app/core/domain/registration.cpp" line="49"/>
        <source>Please choose a person.</source>
        <translation>Bitte wählen Sie eine Person.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/registration.cpp" line="53"/>
        <source>Please choose an event.</source>
        <translation>Bitte wählen Sie eine Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/registration.cpp" line="58"/>
        <source>The check-in is earlier than the registration.</source>
        <translation>Das Einchecken liegt vor der Anmeldung.</translation>
    </message>
</context>
<context>
    <name>Podium::RegistrationExport</name>
    <message>
        <location filename="../../app/core/io/registrationexport.cpp" line="98"/>
        <source>There is no event with id %1.</source>
        <translation>Es gibt keine Veranstaltung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Podium::RegistrationImport</name>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="272"/>
        <source>(not imported)</source>
        <comment>a column of an import file</comment>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="275"/>
        <source>title</source>
        <comment>a column of an import file</comment>
        <translation>Anrede/Titel</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="278"/>
        <source>given name</source>
        <comment>a column of an import file</comment>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="281"/>
        <source>family name</source>
        <comment>a column of an import file</comment>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="284"/>
        <source>full name</source>
        <comment>a column of an import file</comment>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="287"/>
        <source>e-mail</source>
        <comment>a column of an import file</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="290"/>
        <source>organisation</source>
        <comment>a column of an import file</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="293"/>
        <source>position</source>
        <comment>a column of an import file</comment>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="296"/>
        <source>phone</source>
        <comment>a column of an import file</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="299"/>
        <source>status</source>
        <comment>a column of an import file</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="302"/>
        <source>needs</source>
        <comment>a column of an import file</comment>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="305"/>
        <source>notes</source>
        <comment>a column of an import file</comment>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="330"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="363"/>
        <source>There is no event with id %1.</source>
        <translation>Es gibt keine Veranstaltung mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="374"/>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="382"/>
        <source>The columns “%1” and “%2” are both mapped to %3; map one of them to something else.</source>
        <translation>Die Spalten „%1“ und „%2“ sind beide dem Feld %3 zugeordnet; ordnen Sie eine davon etwas anderem zu.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="393"/>
        <source>No column holds the names: map a column to given name, family name or full name.</source>
        <translation>Keine Spalte enthält die Namen: Ordnen Sie eine Spalte dem Vornamen, dem Nachnamen oder dem vollständigen Namen zu.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="500"/>
        <source>The row has %1 fields but the header only %2; a cell holding the delimiter needs quotation marks.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber nur %2; eine Zelle, die das Trennzeichen enthält, braucht Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="525"/>
        <source>The name is missing.</source>
        <translation>Der Name fehlt.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="529"/>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="538"/>
        <source>Unknown status “%1”; use registered, invited, waitlisted, confirmed, cancelled, attended or no-show (or the German words).</source>
        <translation>Unbekannter Status „%1“; verwenden Sie angemeldet, eingeladen, Warteliste, bestätigt, abgesagt, teilgenommen oder nicht erschienen (oder die englischen Wörter).</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="555"/>
        <source>Duplicate in the file: the e-mail address %1 is already on line %2.</source>
        <translation>Doppelt in der Datei: Die E-Mail-Adresse %1 steht schon in Zeile %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="580"/>
        <source>e-mail</source>
        <comment>how a row was matched to a known person: matched by e-mail</comment>
        <translation>der E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="589"/>
        <source>name and organisation</source>
        <comment>how a row was matched to a known person: matched by name and organisation</comment>
        <translation>Name und Organisation</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="597"/>
        <location filename="../../app/core/io/registrationimport.cpp" line="616"/>
        <source>Duplicate in the file: line %1 already names %2.</source>
        <translation>Doppelt in der Datei: Zeile %1 nennt schon %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/io/registrationimport.cpp" line="644"/>
        <source>%n row(s) are rejected; nothing was imported. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>%n Zeile wird abgelehnt; es wurde nichts importiert. Korrigieren Sie sie in der Datei und importieren Sie die Datei erneut.</numerusform>
            <numerusform>%n Zeilen werden abgelehnt; es wurde nichts importiert. Korrigieren Sie sie in der Datei und importieren Sie die Datei erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="669"/>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Zeile %1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="673"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="691"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/registrationimport.cpp" line="791"/>
        <source>%1 has registered for another event since the import; the import cannot be undone.</source>
        <translation>%1 hat sich seit dem Import zu einer anderen Veranstaltung angemeldet; der Import kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Podium::RegistrationImportDialog</name>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="38"/>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="117"/>
        <source>Import Registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="47"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="50"/>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="54"/>
        <source>A CSV or TSV file from a spreadsheet or registration form</source>
        <translation>Eine CSV- oder TSV-Datei aus einer Tabellenkalkulation oder einem Anmeldeformular</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="55"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="58"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="63"/>
        <source>Columns whose headers Podium does not know: say what they hold, or leave them out.</source>
        <translation>Spalten mit Überschriften, die Podium nicht kennt: Geben Sie an, was sie enthalten, oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="68"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="68"/>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="68"/>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="74"/>
        <source>Preview (nothing is written until you import):</source>
        <translation>Vorschau (geschrieben wird erst beim Importieren):</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="78"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="78"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="78"/>
        <source>Person is</source>
        <translation>Person ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="78"/>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="78"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="89"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="118"/>
        <source>Spreadsheet files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellendateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="154"/>
        <source>(leave out)</source>
        <translation>(weglassen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="171"/>
        <source>There is no event to import into.</source>
        <translation>Es gibt keine Veranstaltung, in die importiert werden kann.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="172"/>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="177"/>
        <source>%1: %2 Nothing can be imported.</source>
        <translation>%1: %2 Es kann nichts importiert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="190"/>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="198"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="191"/>
        <source>matched by %1</source>
        <translation>erkannt an %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="195"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="199"/>
        <source>already there</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="212"/>
        <source>People: %1 new, %2 matched. Organisations: %3 new. Registrations: %4 new, %5 already there. Rejected rows: %6.</source>
        <translation>Personen: %1 neu, %2 erkannt. Organisationen: %3 neu. Anmeldungen: %4 neu, %5 schon vorhanden. Abgelehnte Zeilen: %6.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="222"/>
        <source>Left out: %1.</source>
        <translation>Weggelassen: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="224"/>
        <source>Nothing is imported while a row is rejected: correct the file and choose it again.</source>
        <translation>Solange eine Zeile abgelehnt wird, wird nichts importiert: Korrigieren Sie die Datei und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="235"/>
        <source>Importing registrations…</source>
        <translation>Anmeldungen werden importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="235"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="250"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/registrationimportdialog.cpp" line="258"/>
        <source>Import of %n registration(s) from %1</source>
        <translation>
            <numerusform>Import von %n Anmeldung aus %1</numerusform>
            <numerusform>Import von %n Anmeldungen aus %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::RegistrationRepository</name>
    <message>
        <location filename="../../app/core/domain/registrationrepository.cpp" line="133"/>
        <location filename="../../app/core/domain/registrationrepository.cpp" line="203"/>
        <source>The person no longer exists.</source>
        <translation>Die Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/registrationrepository.cpp" line="136"/>
        <location filename="../../app/core/domain/registrationrepository.cpp" line="206"/>
        <source>The event no longer exists.</source>
        <translation>Die Veranstaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/registrationrepository.cpp" line="235"/>
        <location filename="../../app/core/domain/registrationrepository.cpp" line="262"/>
        <source>The registration no longer exists; someone may have deleted it.</source>
        <translation>Die Anmeldung gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
</context>
<context>
    <name>Podium::RegistrationTableModel</name>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="36"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="44"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="53"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="59"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="65"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="70"/>
        <source>Event date</source>
        <translation>Veranstaltungsdatum</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="76"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/core/models/registrationtablemodel.cpp" line="81"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
</context>
<context>
    <name>Podium::RestoreBackupDialog</name>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="32"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="42"/>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="42"/>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="42"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="42"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="48"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="52"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="82"/>
        <source>There are no backups of %1 in %2 yet.</source>
        <translation>Von %1 gibt es in %2 noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="84"/>
        <source>Backups of %1, kept beside it in %2; the newest %3 are kept (see Edit ▸ Settings…). Restoring replaces the database with the chosen backup; the database as it is now is kept as a backup first.</source>
        <translation>Sicherungen von %1, daneben in %2 abgelegt; die neuesten %3 werden aufbewahrt (siehe Bearbeiten ▸ Einstellungen…). Beim Wiederherstellen wird die Datenbank durch die gewählte Sicherung ersetzt; die Datenbank im jetzigen Zustand wird vorher als Sicherung abgelegt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="138"/>
        <source>Restore the backup of %1 taken on %2?

The database is closed and replaced by the backup; every change made since then is gone from it. The database as it is now is kept as a backup first.</source>
        <translation>Die Sicherung von %1 vom %2 wiederherstellen?

Die Datenbank wird geschlossen und durch die Sicherung ersetzt; alle seither gemachten Änderungen fehlen darin. Die Datenbank im jetzigen Zustand wird vorher als Sicherung abgelegt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="166"/>
        <source>Damaged Database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="172"/>
        <source>%1

Restore the newest backup, taken on %2 (%3)? Changes made since then are lost; the damaged file is kept as a backup.</source>
        <translation>%1

Die neueste Sicherung vom %2 (%3) wiederherstellen? Seither gemachte Änderungen gehen verloren; die beschädigte Datei wird als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restorebackupdialog.cpp" line="182"/>
        <source>Restoring the newest backup failed: %1</source>
        <translation>Die neueste Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Podium::Role</name>
    <message>
        <location filename="../../app/core/domain/role.cpp" line="79"/>
        <source>Please choose a person.</source>
        <translation>Bitte wählen Sie eine Person.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/role.cpp" line="82"/>
        <source>Please choose an event.</source>
        <translation>Bitte wählen Sie eine Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/role.cpp" line="86"/>
        <source>The programme item does not exist.</source>
        <translation>Den Programmpunkt gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/role.cpp" line="90"/>
        <source>The position cannot be negative.</source>
        <translation>Die Position darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/role.cpp" line="99"/>
        <source>The role names a different programme item.</source>
        <translation>Die Rolle nennt einen anderen Programmpunkt.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/role.cpp" line="106"/>
        <source>The programme item belongs to another event.</source>
        <translation>Der Programmpunkt gehört zu einer anderen Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/role.cpp" line="108"/>
        <source>The programme item “%1” belongs to another event.</source>
        <translation>Der Programmpunkt „%1“ gehört zu einer anderen Veranstaltung.</translation>
    </message>
</context>
<context>
    <name>Podium::RoleRepository</name>
    <message>
        <location filename="../../app/core/domain/rolerepository.cpp" line="113"/>
        <source>The programme item no longer exists.</source>
        <translation>Den Programmpunkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/rolerepository.cpp" line="126"/>
        <location filename="../../app/core/domain/rolerepository.cpp" line="152"/>
        <source>The person no longer exists.</source>
        <translation>Die Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/rolerepository.cpp" line="129"/>
        <location filename="../../app/core/domain/rolerepository.cpp" line="155"/>
        <source>The event no longer exists.</source>
        <translation>Die Veranstaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/rolerepository.cpp" line="175"/>
        <source>The role no longer exists; someone may have deleted it.</source>
        <translation>Die Rolle gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
</context>
<context>
    <name>Podium::Room</name>
    <message>
        <location filename="../../app/core/domain/room.cpp" line="14"/>
        <source>Please enter the room&apos;s name.</source>
        <translation>Bitte geben Sie den Namen des Raums ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/room.cpp" line="18"/>
        <source>Please choose the room&apos;s venue.</source>
        <translation>Bitte wählen Sie den Veranstaltungsort des Raums.</translation>
    </message>
</context>
<context>
    <name>Podium::RowReader</name>
    <message>
        <location filename="../../app/core/storage/rowreader.cpp" line="258"/>
        <location filename="../../app/core/storage/rowreader.cpp" line="289"/>
        <source>Unable to execute statement</source>
        <translation>Die Anweisung kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/rowreader.cpp" line="230"/>
        <source>Unable to bind parameters</source>
        <translation>Die Parameter können nicht gebunden werden</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/rowreader.cpp" line="322"/>
        <source>Unable to fetch row</source>
        <translation>Die Zeile kann nicht abgerufen werden</translation>
    </message>
</context>
<context>
    <name>Podium::RowSnapshot</name>
    <message>
        <location filename="../../app/core/models/rowsnapshot.cpp" line="125"/>
        <source>%1 (with it)</source>
        <translation>%1 (dazugehörig)</translation>
    </message>
</context>
<context>
    <name>Podium::Series</name>
    <message>
        <location filename="../../app/core/domain/series.cpp" line="14"/>
        <source>Please enter a name in German or English.</source>
        <translation>Bitte geben Sie einen Namen auf Deutsch oder Englisch ein.</translation>
    </message>
</context>
<context>
    <name>Podium::SeriesRepository</name>
    <message>
        <location filename="../../app/core/domain/seriesrepository.cpp" line="110"/>
        <source>The series no longer exists; someone may have deleted it.</source>
        <translation>Die Reihe gibt es nicht mehr; vielleicht hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/seriesrepository.cpp" line="118"/>
        <source>The series “%1” cannot be deleted while an event belongs to it.</source>
        <translation>Die Reihe „%1“ kann nicht gelöscht werden, solange eine Veranstaltung dazugehört.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/seriesrepository.cpp" line="122"/>
        <source>The series “%1” cannot be deleted while %2 events belong to it.</source>
        <translation>Die Reihe „%1“ kann nicht gelöscht werden, solange %2 Veranstaltungen dazugehören.</translation>
    </message>
</context>
<context>
    <name>Podium::ServerAddress</name>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="103"/>
        <source>A server address starts with postgresql:// or postgres://, as in postgresql://user@host:5432/podium.</source>
        <translation>Eine Serveradresse beginnt mit postgresql:// oder postgres://, etwa postgresql://user@host:5432/podium.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="123"/>
        <source>A server address cannot contain “#”.</source>
        <translation>Eine Serveradresse darf kein „#“ enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="76"/>
        <source>The address contains a password. Podium never keeps passwords in addresses: put it into ~/.pgpass, or leave it out and enter it when Podium asks for it.</source>
        <translation>Die Adresse enthält ein Passwort. Podium speichert nie Passwörter in Adressen: Tragen Sie es in ~/.pgpass ein, oder lassen Sie es weg und geben Sie es ein, wenn Podium danach fragt.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="136"/>
        <source>The user name before “@” is empty.</source>
        <translation>Der Benutzername vor „@“ ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="146"/>
        <source>The IPv6 address in brackets is not closed with “]”.</source>
        <translation>Die IPv6-Adresse in Klammern wird nicht mit „]“ geschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="155"/>
        <source>Only a port (“:5432”) may follow the IPv6 address.</source>
        <translation>Auf die IPv6-Adresse darf nur ein Port („:5432“) folgen.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="162"/>
        <location filename="../../app/core/storage/serveraddress.cpp" line="173"/>
        <source>The port after “:” is missing.</source>
        <translation>Der Port nach „:“ fehlt.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="181"/>
        <source>“%1” is not a host name.</source>
        <translation>„%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="190"/>
        <source>The port is not a number from 1 to 65535.</source>
        <translation>Der Port ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="199"/>
        <source>The address names no database: add it after the server, as in postgresql://host/podium.</source>
        <translation>Die Adresse nennt keine Datenbank: Fügen Sie sie nach dem Server an, etwa postgresql://host/podium.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="207"/>
        <source>“%1” is not a database name: it cannot contain “/”.</source>
        <translation>„%1“ ist kein Datenbankname: Er darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="220"/>
        <source>A setting in the address has no value; only sslmode=MODE can be given.</source>
        <translation>Eine Angabe in der Adresse hat keinen Wert; nur sslmode=MODE kann angegeben werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="228"/>
        <source>The address setting “%1” is not understood; only sslmode can be given.</source>
        <translation>Die Adressangabe „%1“ wird nicht verstanden; nur sslmode kann angegeben werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="235"/>
        <source>The SSL mode “%1” is not one of: %2.</source>
        <translation>Der SSL-Modus „%1“ ist keiner von: %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="342"/>
        <source>the local server (port %1)</source>
        <translation>der lokale Server (Port %1)</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/serveraddress.cpp" line="345"/>
        <source>the local server</source>
        <translation>der lokale Server</translation>
    </message>
</context>
<context>
    <name>Podium::ServerConnectionCheck</name>
    <message>
        <location filename="../../app/core/server/connectioncheck.cpp" line="50"/>
        <source>This installation of Podium cannot reach PostgreSQL servers: the Qt driver for PostgreSQL (package libqt6sql6-psql) is missing.</source>
        <translation>Diese Podium-Installation kann keine PostgreSQL-Server erreichen: Der Qt-Treiber für PostgreSQL (Paket libqt6sql6-psql) fehlt.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/connectioncheck.cpp" line="78"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/connectioncheck.cpp" line="79"/>
        <source>Connected to %1 (PostgreSQL %2).</source>
        <translation>Verbunden mit %1 (PostgreSQL %2).</translation>
    </message>
    <message>
        <location filename="../../app/core/server/connectioncheck.cpp" line="87"/>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location filename="../../app/core/server/connectioncheck.cpp" line="91"/>
        <source>%1 asks for the password of %2.</source>
        <translation>%1 fragt nach dem Passwort von %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/connectioncheck.cpp" line="95"/>
        <source>%1 did not accept the password of %2. Please check it and try again.</source>
        <translation>%1 hat das Passwort von %2 nicht angenommen. Bitte prüfen Sie es und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/connectioncheck.cpp" line="101"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
</context>
<context>
    <name>Podium::ServerConnectionFields</name>
    <message>
        <location filename="../../app/core/server/databaselocation.cpp" line="91"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/databaselocation.cpp" line="96"/>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/server/databaselocation.cpp" line="101"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
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
        <location filename="../../app/ui/settingsdialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="44"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="47"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="48"/>
        <source>events@example.org</source>
        <translation>veranstaltungen@example.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="50"/>
        <source>Address · telephone · website, printed under each page</source>
        <translation>Adresse · Telefon · Website, unter jeder Seite gedruckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="52"/>
        <location filename="../../app/ui/settingsdialog.cpp" line="56"/>
        <source>Choose a Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="53"/>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="75"/>
        <source>These preferences are yours alone: they are kept on this computer, not in the database.</source>
        <translation>Diese Einstellungen gelten nur für Sie: Sie werden auf diesem Computer gespeichert, nicht in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="84"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="86"/>
        <source>System default</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="91"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="99"/>
        <source>&amp;Default paper size:</source>
        <translation>Standard-Papier&amp;format:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="94"/>
        <source>Default paper size</source>
        <translation>Standard-Papierformat</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="95"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="95"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="95"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="102"/>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="105"/>
        <source>How many backups of a database are kept beside it; older ones are deleted</source>
        <translation>Wie viele Sicherungen einer Datenbank daneben aufbewahrt werden; ältere werden gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="106"/>
        <source>&amp;Backups to keep:</source>
        <translation>Aufzubewahrende &amp;Sicherungen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="108"/>
        <source>A new language applies the next time Podium starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Podium.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="113"/>
        <source>&amp;Personal</source>
        <translation>&amp;Persönlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="121"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="127"/>
        <source>%1 is not an image Podium can read.</source>
        <translation>%1 ist kein Bild, das Podium lesen kann.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="140"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settingsdialog.cpp" line="198"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>Podium::SignInSheetRenderer</name>
    <message>
        <location filename="../../app/core/io/signinsheetrenderer.cpp" line="60"/>
        <source>Printing a list needs a graphical application object.</source>
        <translation>Zum Drucken einer Liste ist ein grafisches Anwendungsobjekt nötig.</translation>
    </message>
    <message>
        <location filename="../../app/core/io/signinsheetrenderer.cpp" line="179"/>
        <source>Cannot start the PDF.</source>
        <translation>Das PDF kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Podium::Statistics</name>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="27"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="57"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="59"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="61"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="68"/>
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
        <location filename="../../app/core/models/statisticsmodel.cpp" line="185"/>
        <source>Without a series</source>
        <translation>Ohne Reihe</translation>
    </message>
</context>
<context>
    <name>Podium::StatisticsExport</name>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="49"/>
        <source>First date</source>
        <translation>Erstes Datum</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="49"/>
        <source>Last date</source>
        <translation>Letztes Datum</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="50"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="50"/>
        <source>Events held</source>
        <translation>Stattgefundene Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="50"/>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="50"/>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="51"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="51"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="51"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="51"/>
        <source>Attendance rate (%)</source>
        <translation>Teilnahmequote (%)</translation>
    </message>
    <message>
        <location filename="../../app/core/io/statisticsexport.cpp" line="52"/>
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
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="355"/>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/models/statisticsmodel.cpp" line="361"/>
        <source>%n event(s) held</source>
        <translation>
            <numerusform>%n Veranstaltung stattgefunden</numerusform>
            <numerusform>%n Veranstaltungen stattgefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="436"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="438"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="440"/>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="442"/>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="444"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="446"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="448"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="450"/>
        <source>Attendance rate</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="452"/>
        <source>No-show rate</source>
        <translation>Ausfallquote</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="468"/>
        <source>Registered, confirmed, waiting list, attended and no-show; not invitations or cancellations.</source>
        <translation>Angemeldet, bestätigt, Warteliste, teilgenommen und nicht erschienen; keine Einladungen und Stornierungen.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="471"/>
        <source>At held events: marked attended, or registered or confirmed and checked in.</source>
        <translation>Bei stattgefundenen Veranstaltungen: als teilgenommen markiert, oder angemeldet bzw. bestätigt und eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../app/core/models/statisticsmodel.cpp" line="474"/>
        <source>At held events: marked as not come, or registered or confirmed and never checked in.</source>
        <translation>Bei stattgefundenen Veranstaltungen: als nicht erschienen markiert, oder angemeldet bzw. bestätigt und nie eingecheckt.</translation>
    </message>
</context>
<context>
    <name>Podium::StatisticsView</name>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="50"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="66"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="69"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="70"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="71"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="76"/>
        <source>Events &amp;from:</source>
        <translation>Veranstaltungen &amp;von:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="77"/>
        <source>Events from</source>
        <translation>Veranstaltungen von</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="80"/>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="81"/>
        <source>Events to</source>
        <translation>Veranstaltungen bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="84"/>
        <source>Only events starting on or between these dates (UTC); “any” sets no limit.</source>
        <translation>Nur Veranstaltungen, die an oder zwischen diesen Tagen beginnen (UTC); „beliebig“ setzt keine Grenze.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="93"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="99"/>
        <source>Attendance rate = attended ÷ (attended + no-shows), at events that have been held.</source>
        <translation>Teilnahmequote = teilgenommen ÷ (teilgenommen + nicht erschienen), bei stattgefundenen Veranstaltungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="185"/>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="186"/>
        <source>No events in this period.</source>
        <translation>Keine Veranstaltungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="123"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="124"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="125"/>
        <source>Not held yet or waiting list</source>
        <translation>Noch nicht stattgefunden oder Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="146"/>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="196"/>
        <source>%1 attended</source>
        <translation>%1 teilgenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="197"/>
        <source>not held yet</source>
        <translation>noch nicht stattgefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="215"/>
        <source>The figures are still being counted. Please try again in a moment.</source>
        <translation>Die Zahlen werden noch gezählt. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="235"/>
        <location filename="../../app/ui/statisticsview.cpp" line="242"/>
        <source>Export Statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/statisticsview.cpp" line="236"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Podium::Transaction</name>
    <message>
        <location filename="../../app/core/storage/transaction.cpp" line="61"/>
        <source>The transaction is not active.</source>
        <translation>Die Transaktion ist nicht aktiv.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/transaction.cpp" line="68"/>
        <source>A nested transaction is still open; it must finish first.</source>
        <translation>Eine verschachtelte Transaktion ist noch offen; sie muss zuerst abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/transaction.cpp" line="76"/>
        <source>Nothing was saved, because a step of the change failed: %1</source>
        <translation>Nichts wurde gespeichert, weil ein Schritt der Änderung gescheitert ist: %1</translation>
    </message>
</context>
<context>
    <name>Podium::Validation</name>
    <message>
        <location filename="../../app/core/domain/validation.cpp" line="58"/>
        <source>d MMM yyyy HH:mm</source>
        <comment>a date and time inside a message, in the notation of QDateTime::toString: &quot;18 Sep 2023 19:00&quot;</comment>
        <translation>d. MMM yyyy, HH:mm &apos;Uhr&apos;</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/validation.cpp" line="61"/>
        <source>HH:mm</source>
        <comment>a time inside a message, in the notation of QDateTime::toString: &quot;19:00&quot;</comment>
        <translation>HH:mm &apos;Uhr&apos;</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/validation.cpp" line="88"/>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/validation.cpp" line="96"/>
        <source>“%1” is not a web address; it should begin with https://.</source>
        <translation>„%1“ ist keine Webadresse; sie sollte mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/validation.cpp" line="105"/>
        <source>Please choose a time zone.</source>
        <translation>Bitte wählen Sie eine Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/validation.cpp" line="109"/>
        <source>Unknown time zone “%1”.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/validation.cpp" line="117"/>
        <source>The capacity cannot be negative.</source>
        <translation>Die Zahl der Plätze darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/validation.cpp" line="126"/>
        <source>Please enter a start.</source>
        <translation>Bitte geben Sie einen Beginn ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/validation.cpp" line="129"/>
        <source>Please enter an end.</source>
        <translation>Bitte geben Sie ein Ende ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/validation.cpp" line="136"/>
        <source>The end, %1, is before the start, %2.</source>
        <translation>Das Ende, %1, liegt vor dem Beginn, %2.</translation>
    </message>
</context>
<context>
    <name>Podium::Venue</name>
    <message>
        <location filename="../../app/core/domain/venue.cpp" line="26"/>
        <source>Please enter the venue&apos;s name.</source>
        <translation>Bitte geben Sie den Namen des Veranstaltungsorts ein.</translation>
    </message>
</context>
<context>
    <name>Podium::VenueRepository</name>
    <message>
        <location filename="../../app/core/domain/venuerepository.cpp" line="76"/>
        <source>an event takes place</source>
        <translation>eine Veranstaltung stattfindet</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/venuerepository.cpp" line="77"/>
        <source>%1 events take place</source>
        <translation>%1 Veranstaltungen stattfinden</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/venuerepository.cpp" line="146"/>
        <source>The venue no longer exists; someone may have deleted it.</source>
        <translation>Den Veranstaltungsort gibt es nicht mehr; vielleicht hat jemand ihn gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/venuerepository.cpp" line="151"/>
        <source>“%1” cannot be deleted while %2 there.</source>
        <translation>„%1“ kann nicht gelöscht werden, solange dort %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/venuerepository.cpp" line="194"/>
        <source>The venue no longer exists.</source>
        <translation>Den Veranstaltungsort gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/venuerepository.cpp" line="216"/>
        <location filename="../../app/core/domain/venuerepository.cpp" line="244"/>
        <source>The room no longer exists; someone may have deleted it.</source>
        <translation>Den Raum gibt es nicht mehr; vielleicht hat jemand ihn gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/venuerepository.cpp" line="222"/>
        <source>A room cannot move to another venue. Please create it in the other venue instead.</source>
        <translation>Ein Raum kann nicht an einen anderen Veranstaltungsort verschoben werden. Bitte legen Sie ihn stattdessen dort neu an.</translation>
    </message>
    <message>
        <location filename="../../app/core/domain/venuerepository.cpp" line="250"/>
        <source>The room “%1” cannot be deleted while %2 in it.</source>
        <translation>Der Raum „%1“ kann nicht gelöscht werden, solange darin %2.</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <location filename="../../app/core/util/savefileerror.cpp" line="15"/>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/ui/gui.cpp" line="145"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/gui.cpp" line="160"/>
        <source>Cannot add the demo data to the new database: %1</source>
        <translation>Die Beispieldaten können der neuen Datenbank nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/gui.cpp" line="192"/>
        <location filename="../../app/ui/gui.cpp" line="193"/>
        <source>The database to open.</source>
        <translation>Die zu öffnende Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/gui.cpp" line="217"/>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicatesdialog.cpp" line="236"/>
        <location filename="../../app/ui/registrationimportdialog.cpp" line="263"/>
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
