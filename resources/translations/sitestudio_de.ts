<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Online store — sell products</source>
        <translation>Onlineshop — Produkte verkaufen</translation>
    </message>
    <message>
        <source>Blog — write and publish posts</source>
        <translation>Blog — Beiträge schreiben und veröffentlichen</translation>
    </message>
    <message>
        <source>Portfolio — show your work</source>
        <translation>Portfolio — Arbeiten zeigen</translation>
    </message>
    <message>
        <source>Business — services, about, contact</source>
        <translation>Unternehmen — Leistungen, Über uns, Kontakt</translation>
    </message>
    <message>
        <source>Landing page — one page, one goal</source>
        <translation>Landingpage — eine Seite, ein Ziel</translation>
    </message>
    <message>
        <source>Restaurant — menu, bookings, visit</source>
        <translation>Restaurant — Speisekarte, Reservierungen, Anfahrt</translation>
    </message>
    <message>
        <source>Event — schedule and tickets</source>
        <translation>Veranstaltung — Programm und Tickets</translation>
    </message>
    <message>
        <source>Sell products or plans</source>
        <translation>Produkte oder Tarife verkaufen</translation>
    </message>
    <message>
        <source>Inform visitors</source>
        <translation>Besucher informieren</translation>
    </message>
    <message>
        <source>Collect leads</source>
        <translation>Kontakte gewinnen</translation>
    </message>
    <message>
        <source>Take bookings</source>
        <translation>Buchungen annehmen</translation>
    </message>
    <message>
        <source>Showcase work</source>
        <translation>Arbeiten präsentieren</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>(none: always true)</source>
        <translation>(keine: immer erfüllt)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>(none ran)</source>
        <translation>(keine ausgeführt)</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Credits: %1</translation>
    </message>
</context>
<context>
    <name>sitestudio</name>
    <message>
        <source>Site Studio: build, edit offline and publish block-built websites.</source>
        <translation>Site Studio: Websites aus Blöcken bauen, offline bearbeiten und veröffentlichen.</translation>
    </message>
    <message>
        <source>Use another local cache folder.</source>
        <translation>Einen anderen Ordner als lokalen Zwischenspeicher verwenden.</translation>
    </message>
    <message>
        <source>Save screenshots of the main screens to DIR and exit.</source>
        <translation>Bildschirmfotos der wichtigsten Ansichten in DIR speichern und beenden.</translation>
    </message>
    <message>
        <source>Use a dark palette (Fusion style), same as --color-scheme dark.</source>
        <translation>Eine dunkle Farbpalette verwenden (Fusion-Stil), wie --color-scheme dark.</translation>
    </message>
    <message>
        <source>Quit as soon as the site manager has painted (for start-up benchmarks).</source>
        <translation>Beenden, sobald die Website-Verwaltung gezeichnet ist (für Startzeit-Messungen).</translation>
    </message>
    <message>
        <source>Site Studio</source>
        <translation>Site Studio</translation>
    </message>
    <message>
        <source>light, dark or system (default; also read from SITESTUDIO_COLOR_SCHEME). &quot;system&quot; follows the platform palette (dark when its window colour is darker than its text: KDE, QT_QPA_PLATFORMTHEME) or GNOME&apos;s dark preference (color-scheme, GTK_THEME). light and dark use the Fusion style.</source>
        <translation>light, dark oder system (Vorgabe; auch aus SITESTUDIO_COLOR_SCHEME gelesen). „system“ folgt der Palette der Plattform (dunkel, wenn ihre Fensterfarbe dunkler als ihr Text ist: KDE, QT_QPA_PLATFORMTHEME) oder der Dunkel-Einstellung von GNOME (color-scheme, GTK_THEME). light und dark verwenden den Fusion-Stil.</translation>
    </message>
    <message>
        <source>A sitehostd address the Sign in dialog suggests when this cache has no connection yet.</source>
        <translation>Eine sitehostd-Adresse, die der Anmeldedialog vorschlägt, solange dieser Cache noch keine Verbindung hat.</translation>
    </message>
</context>
<context>
    <name>ss::ui::ActionCard</name>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n Credit</numerusform>
            <numerusform>%n Credits</numerusform>
        </translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the action up</source>
        <translation>Aktion nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the action down</source>
        <translation>Aktion nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the action</source>
        <translation>Aktion entfernen</translation>
    </message>
    <message>
        <source> (runs in this app while it is open)</source>
        <translation> (läuft in dieser App, solange sie geöffnet ist)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>No settings.</source>
        <translation>Keine Einstellungen.</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>Unbekannte Aktion</translation>
    </message>
</context>
<context>
    <name>ss::ui::ActionList</name>
    <message>
        <source>No actions yet: add one below.</source>
        <translation>Noch keine Aktionen: unten eine hinzufügen.</translation>
    </message>
    <message>
        <source>Action to add</source>
        <translation>Hinzuzufügende Aktion</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n credit(s))</source>
        <translation>
            <numerusform>%1 (%n Credit)</numerusform>
            <numerusform>%1 (%n Credits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>Aktion hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Total credits</source>
        <translation>Credits insgesamt</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n credit(s) per run</source>
        <translation>
            <numerusform>Insgesamt: %n Credit pro Lauf</numerusform>
            <numerusform>Insgesamt: %n Credits pro Lauf</numerusform>
        </translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation> (Limit %1)</translation>
    </message>
    <message>
        <source> — over the limit: the run would be skipped</source>
        <translation> — über dem Limit: der Lauf würde übersprungen</translation>
    </message>
</context>
<context>
    <name>ss::ui::ArrayEditor</name>
    <message>
        <source>No items yet</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Add item to %1</source>
        <translation>Eintrag zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Show or hide this item&apos;s fields</source>
        <translation>Felder dieses Eintrags ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide this item&apos;s fields; drag to reorder (Alt+Up/Down)</source>
        <translation>Felder dieses Eintrags ein- oder ausblenden; zum Umsortieren ziehen (Alt+Pfeil hoch/runter)</translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation>%1 (Eintrag %2)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Read-only in this theme</source>
        <translation>In diesem Theme schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s)</source>
        <translation>
            <numerusform>Höchstens %n Eintrag</numerusform>
            <numerusform>Höchstens %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s)</source>
        <translation>
            <numerusform>Mindestens %n Eintrag</numerusform>
            <numerusform>Mindestens %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an item at the end</source>
        <translation>Einen Eintrag am Ende hinzufügen</translation>
    </message>
</context>
<context>
    <name>ss::ui::AssetPicker</name>
    <message>
        <source>Choose an image</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Site assets</source>
        <translation>Dateien der Website</translation>
    </message>
    <message>
        <source>This site has no images yet: import one.</source>
        <translation>Diese Website hat noch keine Bilder: Importieren Sie eines.</translation>
    </message>
    <message>
        <source>Use image</source>
        <translation>Bild verwenden</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Datei importieren…</translation>
    </message>
</context>
<context>
    <name>ss::ui::AutomationWindow</name>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Website-Filter</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>Regeln suchen</translation>
    </message>
    <message>
        <source>Search rules (name, site, trigger)</source>
        <translation>Regeln suchen (Name, Website, Auslöser)</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Create a rule (Ctrl+N)</source>
        <translation>Eine Regel anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected rule</source>
        <translation>Die ausgewählte Regel bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate rule</source>
        <translation>Regel duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected rule</source>
        <translation>Die ausgewählte Regel kopieren</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Enable rules</source>
        <translation>Regeln aktivieren</translation>
    </message>
    <message>
        <source>Turn the selected rules on</source>
        <translation>Die ausgewählten Regeln einschalten</translation>
    </message>
    <message>
        <source>Disab&amp;le</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <source>Disable rules</source>
        <translation>Regeln deaktivieren</translation>
    </message>
    <message>
        <source>Turn the selected rules off</source>
        <translation>Die ausgewählten Regeln ausschalten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete rules</source>
        <translation>Regeln löschen</translation>
    </message>
    <message>
        <source>Delete the selected rules</source>
        <translation>Die ausgewählten Regeln löschen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Next run / event</source>
        <translation>Nächster Lauf / Ereignis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Confirm delete</source>
        <translation>Löschen bestätigen</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Sie löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the rules</source>
        <translation>Die Regeln behalten</translation>
    </message>
    <message>
        <source>Do not delete</source>
        <translation>Nicht löschen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Run trace</source>
        <translation>Ablaufprotokoll</translation>
    </message>
    <message>
        <source>Automation — %1</source>
        <translation>Automatisierung — %1</translation>
    </message>
    <message>
        <source>invalid schedule</source>
        <translation>ungültiger Zeitplan</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Saved; it syncs with the next sync.</source>
        <translation>Gespeichert; wird bei der nächsten Synchronisierung übertragen.</translation>
    </message>
    <message>
        <source>Select one rule to duplicate.</source>
        <translation>Wählen Sie eine Regel zum Duplizieren aus.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Nicht dupliziert: %1</translation>
    </message>
    <message>
        <source>Duplicated.</source>
        <translation>Dupliziert.</translation>
    </message>
    <message>
        <source>Select the rules first.</source>
        <translation>Wählen Sie zuerst die Regeln aus.</translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n rule(s).</source>
        <translation>
            <numerusform>%n Regel aktiviert.</numerusform>
            <numerusform>%n Regeln aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n rule(s).</source>
        <translation>
            <numerusform>%n Regel deaktiviert.</numerusform>
            <numerusform>%n Regeln deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rule(s)? Their run history goes too.</source>
        <translation>
            <numerusform>%n Regel löschen? Ihr Laufverlauf wird mitgelöscht.</numerusform>
            <numerusform>%n Regeln löschen? Ihr Laufverlauf wird mitgelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n rule(s).</source>
        <translation>
            <numerusform>%n Regel gelöscht.</numerusform>
            <numerusform>%n Regeln gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a rule to see its runs.</source>
        <translation>Wählen Sie eine Regel aus, um ihre Läufe zu sehen.</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n Lauf, neuester zuerst.</numerusform>
            <numerusform>%n Läufe, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No trace was recorded for this run.</source>
        <translation>Für diesen Lauf wurde kein Ablauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Account-wide: every site of “%1”</source>
        <translation>Kontoweit: alle Websites von „%1“</translation>
    </message>
    <message>
        <source>off (enable to schedule)</source>
        <translation>aus (zum Planen aktivieren)</translation>
    </message>
</context>
<context>
    <name>ss::ui::BulkActionDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress per site</source>
        <translation>Fortschritt je Website</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) to go.</source>
        <translation>
            <numerusform>Noch %n Website.</numerusform>
            <numerusform>Noch %n Websites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped (stopped)</source>
        <translation>Übersprungen (angehalten)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s) done.</source>
        <translation>
            <numerusform>%1 von %n Website fertig.</numerusform>
            <numerusform>%1 von %n Websites fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>%n fehlgeschlagen:</numerusform>
            <numerusform>%n fehlgeschlagen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ss::ui::ComponentPalette</name>
    <message>
        <source>Search components</source>
        <translation>Komponenten suchen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>ss::ui::ConditionGroup</name>
    <message>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <source>Negate the group</source>
        <translation>Gruppe verneinen</translation>
    </message>
    <message>
        <source>True when the group does not hold</source>
        <translation>Erfüllt, wenn die Gruppe nicht zutrifft</translation>
    </message>
    <message>
        <source>Group kind</source>
        <translation>Gruppenart</translation>
    </message>
    <message>
        <source>All of these hold</source>
        <translation>Alle treffen zu</translation>
    </message>
    <message>
        <source>Any of these holds</source>
        <translation>Mindestens eine trifft zu</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Eine Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>No conditions: the rule runs for every event.</source>
        <translation>Keine Bedingungen: die Regel läuft bei jedem Ereignis.</translation>
    </message>
    <message>
        <source>An empty group: add a condition.</source>
        <translation>Eine leere Gruppe: fügen Sie eine Bedingung hinzu.</translation>
    </message>
</context>
<context>
    <name>ss::ui::ConditionRow</name>
    <message>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <source>Negate the condition</source>
        <translation>Bedingung verneinen</translation>
    </message>
    <message>
        <source>True when the condition does not hold</source>
        <translation>Erfüllt, wenn die Bedingung nicht zutrifft</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>%1 (not in this event)</source>
        <translation>%1 (nicht in diesem Ereignis)</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eins von</translation>
    </message>
    <message>
        <source>matches regex</source>
        <translation>passt auf Regex</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>ist vorhanden</translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ss::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts — %1</source>
        <translation>Konflikte — %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Unresolved conflicts</source>
        <translation>Ungelöste Konflikte</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1, rendered</source>
        <translation>%1, dargestellt</translation>
    </message>
    <message>
        <source>%1, value</source>
        <translation>%1, Wert</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Meins (dieser Computer)</translation>
    </message>
    <message>
        <source>Theirs (the server, in the document now)</source>
        <translation>Ihres (der Server, jetzt im Dokument)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meins behalten</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meins behalten</translation>
    </message>
    <message>
        <source>Apply my value again; it is sent with the next sync</source>
        <translation>Meinen Wert erneut anwenden; er wird mit der nächsten Synchronisierung gesendet</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Ihres behalten</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Ihres behalten</translation>
    </message>
    <message>
        <source>Accept the server&apos;s value, which the document already has</source>
        <translation>Den Wert des Servers übernehmen, den das Dokument schon hat</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Meins für alle behalten</translation>
    </message>
    <message>
        <source>Dismiss (keep theirs)</source>
        <translation>Verwerfen (Ihres behalten)</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Ihres für alle behalten</translation>
    </message>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation>Die Konflikte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the site: %1</source>
        <translation>Die Website kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No conflicts: every edit made here and on the server agrees.</source>
        <translation>Keine Konflikte: Alle Änderungen hier und auf dem Server stimmen überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) between your edits and the server&apos;s. The server&apos;s version is in the document until you keep yours.</source>
        <translation>
            <numerusform>%n Konflikt zwischen Ihren Änderungen und denen des Servers. Die Version des Servers steht im Dokument, bis Sie Ihre behalten.</numerusform>
            <numerusform>%n Konflikte zwischen Ihren Änderungen und denen des Servers. Die Version des Servers steht im Dokument, bis Sie Ihre behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(deleted page)</source>
        <translation>(gelöschte Seite)</translation>
    </message>
    <message>
        <source>Whole site document</source>
        <translation>Gesamtes Website-Dokument</translation>
    </message>
    <message>
        <source>Site record</source>
        <translation>Website-Eintrag</translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation>Automatisierungsregel</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Website-Einstellungen</translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation>Seiteneinstellungen</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Could not be applied: the block or page was deleted on the server.</source>
        <translation>Konnte nicht angewendet werden: Der Block oder die Seite wurde auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>Changed here and on the server.</source>
        <translation>Hier und auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Deleted here but edited on the server; the block was kept.</source>
        <translation>Hier gelöscht, aber auf dem Server bearbeitet; der Block wurde behalten.</translation>
    </message>
    <message>
        <source>A move or insert that no longer fits the server&apos;s version.</source>
        <translation>Ein Verschieben oder Einfügen, das nicht mehr zur Version des Servers passt.</translation>
    </message>
    <message>
        <source>The server&apos;s copy could not be read: %1</source>
        <translation>Die Kopie des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not be applied to the server&apos;s version.</source>
        <translation>Konnte nicht auf die Version des Servers angewendet werden.</translation>
    </message>
    <message>
        <source>&amp;Dismiss (keep theirs)</source>
        <translation>&amp;Verwerfen (Ihres behalten)</translation>
    </message>
    <message>
        <source>Nothing of yours to keep: the server&apos;s version stands</source>
        <translation>Nichts von Ihnen zu behalten: Die Version des Servers bleibt</translation>
    </message>
    <message>
        <source>Select a conflict.</source>
        <translation>Wählen Sie einen Konflikt aus.</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>Nichts zu lösen.</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source> ▸ %1</source>
        <translation> ▸ %1</translation>
    </message>
    <message>
        <source>%1
%2  (recorded %3)</source>
        <translation>%1
%2  (erfasst %3)</translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation>(hier gelöscht)</translation>
    </message>
    <message>
        <source>Cannot render: the site is not open.</source>
        <translation>Darstellung nicht möglich: Die Website ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Nothing of yours to keep.</source>
        <translation>Nichts von Ihnen zu behalten.</translation>
    </message>
    <message>
        <source>The server&apos;s copy could not be read; the local copy is kept as it is.</source>
        <translation>Die Kopie des Servers konnte nicht gelesen werden; die lokale Kopie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Nothing to render for this change.</source>
        <translation>Für diese Änderung gibt es nichts darzustellen.</translation>
    </message>
    <message>
        <source>Deleted on this computer.</source>
        <translation>Auf diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Moved or inserted on this computer.</source>
        <translation>Auf diesem Computer verschoben oder eingefügt.</translation>
    </message>
    <message>
        <source>No value.</source>
        <translation>Kein Wert.</translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>Auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>This value cannot be shown on the current document.</source>
        <translation>Dieser Wert lässt sich im aktuellen Dokument nicht zeigen.</translation>
    </message>
    <message>
        <source>The page no longer exists.</source>
        <translation>Die Seite existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The block no longer exists.</source>
        <translation>Der Block existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>Konnte nicht gelöst werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept yours (%n); it is sent with the next sync.</source>
        <translation>
            <numerusform>Ihre Änderung behalten (%n); sie wird mit der nächsten Synchronisierung gesendet.</numerusform>
            <numerusform>Ihre Änderungen behalten (%n); sie werden mit der nächsten Synchronisierung gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the server&apos;s (%n).</source>
        <translation>
            <numerusform>Die des Servers behalten (%n).</numerusform>
            <numerusform>Die des Servers behalten (%n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ss::ui::CronBuilder</name>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Custom expression</source>
        <translation>Eigener Ausdruck</translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation>Alle N Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Type a cron expression below (minute hour day month weekday).</source>
        <translation>Geben Sie unten einen Cron-Ausdruck ein (Minute Stunde Tag Monat Wochentag).</translation>
    </message>
    <message>
        <source>Every how many minutes</source>
        <translation>Alle wie viele Minuten</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Minute past the hour</source>
        <translation>Minute nach der vollen Stunde</translation>
    </message>
    <message>
        <source>At minute</source>
        <translation>In Minute</translation>
    </message>
    <message>
        <source>of every hour</source>
        <translation>jeder Stunde</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Time on those days</source>
        <translation>Uhrzeit an diesen Tagen</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>Time on that day</source>
        <translation>Uhrzeit an diesem Tag</translation>
    </message>
    <message>
        <source>On day</source>
        <translation>Am Tag</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>minute hour day month weekday, e.g. 0 9 * * mon</source>
        <translation>Minute Stunde Tag Monat Wochentag, z. B. 0 9 * * mon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Schedule description</source>
        <translation>Beschreibung des Zeitplans</translation>
    </message>
    <message>
        <source>Schedule error</source>
        <translation>Fehler im Zeitplan</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Nächste Läufe</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Wieder&amp;holung:</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>Aus&amp;druck:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Next 10 runs:</source>
        <translation>Nächste 10 Läufe:</translation>
    </message>
</context>
<context>
    <name>ss::ui::DeploymentsPanel</name>
    <message>
        <source>Publishing and hosting</source>
        <translation>Veröffentlichung und Hosting</translation>
    </message>
    <message>
        <source>Live address</source>
        <translation>Live-Adresse</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh from the server</source>
        <translation>Vom Server aktualisieren</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Publish history</source>
        <translation>Veröffentlichungsverlauf</translation>
    </message>
    <message>
        <source>Roll &amp;back to this…</source>
        <translation>&amp;Hierauf zurücksetzen…</translation>
    </message>
    <message>
        <source>Roll back to the selected revision</source>
        <translation>Auf die ausgewählte Revision zurücksetzen</translation>
    </message>
    <message>
        <source>Each publish makes one revision of the site live. Rolling back publishes an earlier revision again; your draft in the editor is not changed.</source>
        <translation>Jede Veröffentlichung stellt eine Revision der Website online. Zurücksetzen veröffentlicht eine frühere Revision erneut; Ihr Entwurf im Editor bleibt unverändert.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Confirm roll back</source>
        <translation>Zurücksetzen bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel roll back</source>
        <translation>Zurücksetzen abbrechen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdomain</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Infrastructure status</source>
        <translation>Zustand der Infrastruktur</translation>
    </message>
    <message>
        <source>Live revision</source>
        <translation>Live-Revision</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Subdomain:</source>
        <translation>Subdomain:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Infrastructure:</source>
        <translation>Infrastruktur:</translation>
    </message>
    <message>
        <source>Live revision:</source>
        <translation>Live-Revision:</translation>
    </message>
    <message>
        <source>Custom domains</source>
        <translation>Eigene Domains</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>New custom domain</source>
        <translation>Neue eigene Domain</translation>
    </message>
    <message>
        <source>&amp;Add domain</source>
        <translation>Domain hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add custom domain</source>
        <translation>Eigene Domain hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify the selected domain</source>
        <translation>Die ausgewählte Domain prüfen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected domain</source>
        <translation>Die ausgewählte Domain entfernen</translation>
    </message>
    <message>
        <source>Domain instructions</source>
        <translation>Anleitung zur Domain</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Deployment log</source>
        <translation>Bereitstellungsprotokoll</translation>
    </message>
    <message>
        <source>Publish &amp;history</source>
        <translation>&amp;Veröffentlichungsverlauf</translation>
    </message>
    <message>
        <source>H&amp;osting</source>
        <translation>H&amp;osting</translation>
    </message>
    <message>
        <source>Deployment &amp;log</source>
        <translation>Bereitstellungsprotoko&amp;ll</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Updating from the server…</source>
        <translation>Wird vom Server aktualisiert…</translation>
    </message>
    <message>
        <source>Publish it (or sync) once; then its hosting and history show here.</source>
        <translation>Veröffentlichen (oder synchronisieren) Sie sie einmal; dann erscheinen hier Hosting und Verlauf.</translation>
    </message>
    <message>
        <source>This site is not on the server yet.</source>
        <translation>Diese Website ist noch nicht auf dem Server.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Showing the copy from the last sync</source>
        <translation>Angezeigt wird der Stand der letzten Synchronisierung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Showing the deployment log from the last sync; rolling back and managing domains need a connection to the server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Angezeigt wird das Bereitstellungsprotokoll der letzten Synchronisierung; Zurücksetzen und Domains verwalten brauchen eine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Publishing &amp; hosting — %1</source>
        <translation>Veröffentlichung &amp; Hosting — %1</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>%1 in the %2 environment (%3 plan)</source>
        <translation>%1 in der Umgebung %2 (Tarif %3)</translation>
    </message>
    <message>
        <source>Tier migration</source>
        <translation>Tarifwechsel</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 plan)</source>
        <translation>%1 → %2 (Tarif %3)</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Eigene Domain</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 verified</source>
        <translation>%1 geprüft</translation>
    </message>
    <message>
        <source>%1 added, waiting for verification</source>
        <translation>%1 hinzugefügt, wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Taken offline%1</source>
        <translation>Offline genommen%1</translation>
    </message>
    <message>
        <source>Revision %1 published%2%3</source>
        <translation>Revision %1 veröffentlicht%2%3</translation>
    </message>
    <message>
        <source> — live now</source>
        <translation> — jetzt online</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>Taken offline</source>
        <translation>Offline genommen</translation>
    </message>
    <message>
        <source>Visitors see this revision now</source>
        <translation>Besucher sehen jetzt diese Revision</translation>
    </message>
    <message>
        <source>Nothing has been published yet</source>
        <translation>Noch nichts veröffentlicht</translation>
    </message>
    <message>
        <source>Not on the server yet</source>
        <translation>Noch nicht auf dem Server</translation>
    </message>
    <message>
        <source>revision %1 live</source>
        <translation>Revision %1 online</translation>
    </message>
    <message>
        <source>nothing live</source>
        <translation>nichts online</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>Pool — shared environment</source>
        <translation>Pool — gemeinsame Umgebung</translation>
    </message>
    <message>
        <source>Bridge — own cache namespace, custom domains</source>
        <translation>Bridge — eigener Cache-Namensraum, eigene Domains</translation>
    </message>
    <message>
        <source>Silo — isolated storage and database</source>
        <translation>Silo — isolierter Speicher und eigene Datenbank</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Nothing published</source>
        <translation>Nichts veröffentlicht</translation>
    </message>
    <message>
        <source>Revision %1, published %2</source>
        <translation>Revision %1, veröffentlicht %2</translation>
    </message>
    <message>
        <source>Revision %1, published %2 by %3</source>
        <translation>Revision %1, veröffentlicht %2 von %3</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is verified and serves the site at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist geprüft und liefert die Website unter &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is waiting for verification.&lt;br&gt;1. Point it at this server: a CNAME record to &lt;tt&gt;%2&lt;/tt&gt;.&lt;br&gt;2. Press &lt;b&gt;Verify&lt;/b&gt;: the server checks that &lt;tt&gt;%3&lt;/tt&gt; answers (it serves that address itself once the domain points here).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wartet auf Prüfung.&lt;br&gt;1. Auf diesen Server zeigen lassen: ein CNAME-Eintrag auf &lt;tt&gt;%2&lt;/tt&gt;.&lt;br&gt;2. &lt;b&gt;Prüfen&lt;/b&gt; drücken: Der Server prüft, ob &lt;tt&gt;%3&lt;/tt&gt; antwortet (er liefert diese Adresse selbst aus, sobald die Domain hierher zeigt).</translation>
    </message>
    <message>
        <source>No custom domains. Add one to serve the site at your own address as well (Pro and Enterprise plans).</source>
        <translation>Keine eigenen Domains. Fügen Sie eine hinzu, um die Website auch unter Ihrer eigenen Adresse auszuliefern (Tarife Pro und Enterprise).</translation>
    </message>
    <message>
        <source>Make the selected revision live again</source>
        <translation>Die ausgewählte Revision wieder online stellen</translation>
    </message>
    <message>
        <source>Select an earlier revision that is not live</source>
        <translation>Wählen Sie eine frühere Revision, die nicht online ist</translation>
    </message>
    <message>
        <source>Roll back to revision %1</source>
        <translation>Auf Revision %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;revision %1&lt;/b&gt; live again? Visitors see it at once; the draft in the editor stays as it is.</source>
        <translation>&lt;b&gt;Revision %1&lt;/b&gt; wieder online stellen? Besucher sehen sie sofort; der Entwurf im Editor bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Rolling back to revision %1…</source>
        <translation>Zurücksetzen auf Revision %1…</translation>
    </message>
    <message>
        <source>Revision %1 is live again.</source>
        <translation>Revision %1 ist wieder online.</translation>
    </message>
    <message>
        <source>Could not roll back to revision %1: %2</source>
        <translation>Zurücksetzen auf Revision %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 added. Follow the steps below to verify it.</source>
        <translation>%1 hinzugefügt. Folgen Sie den Schritten unten, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 is verified and now serves the site.</source>
        <translation>%1 ist geprüft und liefert die Website jetzt aus.</translation>
    </message>
    <message>
        <source>%1 is not verified: %2</source>
        <translation>%1 ist nicht geprüft: %2</translation>
    </message>
    <message>
        <source>%1 removed; it no longer serves the site.</source>
        <translation>%1 entfernt; sie liefert die Website nicht mehr aus.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1). Check the connection, then try again.</source>
        <translation>Der Server ist nicht erreichbar (%1). Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1. Sign in again, then retry.</source>
        <translation>%1. Melden Sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1. Your plan does not include this: upgrade it, then try again.</source>
        <translation>%1. Ihr Tarif enthält das nicht: Wechseln Sie den Tarif und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1. Use another domain, or remove it from the other site first.</source>
        <translation>%1. Verwenden Sie eine andere Domain oder entfernen Sie sie zuerst von der anderen Website.</translation>
    </message>
    <message>
        <source>%1. Check that the domain points at this server, then press Verify again.</source>
        <translation>%1. Prüfen Sie, ob die Domain auf diesen Server zeigt, und drücken Sie dann erneut „Prüfen“.</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>%1. Fix them in the editor and publish a new revision instead.%2</source>
        <translation>%1. Beheben Sie sie im Editor und veröffentlichen Sie stattdessen eine neue Revision.%2</translation>
    </message>
    <message>
        <source>%1. It may have changed on another device: refresh.</source>
        <translation>%1. Es wurde vielleicht auf einem anderen Gerät geändert: Aktualisieren Sie.</translation>
    </message>
</context>
<context>
    <name>ss::ui::EditorWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete block</source>
        <translation>Block &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Copy blocks</source>
        <translation>Blöcke &amp;kopieren</translation>
    </message>
    <message>
        <source>Cu&amp;t blocks</source>
        <translation>Blöcke &amp;ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Paste blocks</source>
        <translation>Blöcke einf&amp;ügen</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add page…</source>
        <translation>Seite &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Seite löschen</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>S&amp;eiten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cannot add the page: %1</source>
        <translation>Die Seite kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>A site keeps at least one page</source>
        <translation>Eine Website behält mindestens eine Seite</translation>
    </message>
    <message>
        <source>Cannot delete the page: %1</source>
        <translation>Die Seite kann nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>%n Block löschen</numerusform>
            <numerusform>%n Blöcke löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n block(s)</source>
        <translation>
            <numerusform>%n Block kopiert</numerusform>
            <numerusform>%n Blöcke kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no blocks: %1</source>
        <translation>Die Zwischenablage enthält keine Blöcke: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>%n Block einfügen</numerusform>
            <numerusform>%n Blöcke einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot insert %1: %2</source>
        <translation>%1 kann nicht eingefügt werden: %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Block shortcuts work while the outline has the focus; in a text field the same keys edit text.</source>
        <translation>Block-Tastenkürzel wirken, solange die Gliederung den Fokus hat; in einem Textfeld bearbeiten dieselben Tasten den Text.</translation>
    </message>
    <message>
        <source>Last edit failed: %1</source>
        <translation>Letzte Änderung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Live at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Online unter &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Check the site, then sync, upload its assets and publish it (Ctrl+Shift+P)</source>
        <translation>Website prüfen, dann synchronisieren, Dateien hochladen und veröffentlichen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>✓  Published — live at %1</source>
        <translation>✓  Veröffentlicht — online unter %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Publishing &amp;&amp; &amp;Hosting…</source>
        <translation>Veröffentlichung &amp;&amp; &amp;Hosting…</translation>
    </message>
    <message>
        <source>Publish history, roll back, hosting and custom domains</source>
        <translation>Veröffentlichungsverlauf, Zurücksetzen, Hosting und eigene Domains</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Browse, compare and restore earlier revisions of the site</source>
        <translation>Frühere Revisionen der Website ansehen, vergleichen und wiederherstellen</translation>
    </message>
    <message>
        <source>Site &amp;Settings…</source>
        <translation>Website-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>M&amp;ove up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Select p&amp;arent</source>
        <translation>Ü&amp;bergeordneten Block auswählen</translation>
    </message>
    <message>
        <source>Revision H&amp;istory…</source>
        <translation>&amp;Revisionsverlauf…</translation>
    </message>
    <message>
        <source>Live site</source>
        <translation>Live-Website</translation>
    </message>
    <message>
        <source>Last edit not saved</source>
        <translation>Letzte Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved · syncing…</source>
        <translation>Gespeichert · wird synchronisiert…</translation>
    </message>
    <message numerus="yes">
        <source>Saved · offline, %n edit(s) waiting</source>
        <translation>
            <numerusform>Gespeichert · offline, %n Änderung wartet</numerusform>
            <numerusform>Gespeichert · offline, %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved · offline</source>
        <translation>Gespeichert · offline</translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n edit(s) not synced yet</source>
        <translation>
            <numerusform>Gespeichert · %n Änderung noch nicht synchronisiert</numerusform>
            <numerusform>Gespeichert · %n Änderungen noch nicht synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved · synced</source>
        <translation>Gespeichert · synchronisiert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 — %2 — Site Studio</source>
        <translation>%1 — %2 — Site Studio</translation>
    </message>
    <message>
        <source>Page name</source>
        <translation>Seitenname</translation>
    </message>
    <message>
        <source>Drag to reorder (Alt+Up/Alt+Down); F2 renames</source>
        <translation>Ziehen zum Umordnen (Alt+Pfeil hoch/runter); F2 benennt um</translation>
    </message>
    <message>
        <source>Add a page from a template (Ctrl+Shift+N)</source>
        <translation>Seite aus einer Vorlage hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Rename page</source>
        <translation>Seite &amp;umbenennen</translation>
    </message>
    <message>
        <source>Move page &amp;up	Alt+Up</source>
        <translation>Seite nach &amp;oben	Alt+Up</translation>
    </message>
    <message>
        <source>Move page &amp;down	Alt+Down</source>
        <translation>Seite nach un&amp;ten	Alt+Down</translation>
    </message>
    <message>
        <source>there is no page template &quot;%1&quot;</source>
        <translation>es gibt keine Seitenvorlage „%1“</translation>
    </message>
    <message>
        <source>Added the page %1 (%2)</source>
        <translation>Seite %1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>Cannot move the page: %1</source>
        <translation>Die Seite kann nicht verschoben werden: %1</translation>
    </message>
    <message>
        <source>A page needs a name</source>
        <translation>Eine Seite braucht einen Namen</translation>
    </message>
    <message>
        <source>Cannot rename the page: %1</source>
        <translation>Die Seite kann nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>Cannot show the server&apos;s changes: %1</source>
        <translation>Die Änderungen vom Server können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Updated from the server (revision %1)</source>
        <translation>Vom Server aktualisiert (Revision %1)</translation>
    </message>
    <message>
        <source>&amp;Export Static Site…</source>
        <translation>Als statische Website e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the site as static HTML to a folder</source>
        <translation>Die Website als statisches HTML in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Export the site to</source>
        <translation>Website exportieren nach</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n Seite nach %1 exportiert</numerusform>
            <numerusform>%n Seiten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Automation Rules…</source>
        <translation>&amp;Automatisierungsregeln…</translation>
    </message>
    <message>
        <source>Scheduled and event rules of this site, with their history</source>
        <translation>Zeitgesteuerte und ereignisbasierte Regeln dieser Website, mit ihrem Verlauf</translation>
    </message>
</context>
<context>
    <name>ss::ui::ImageField</name>
    <message>
        <source>Image URL or asset</source>
        <translation>Bild-URL oder Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Pick one of the site&apos;s images</source>
        <translation>Eines der Bilder der Website auswählen</translation>
    </message>
    <message>
        <source>Choose an image from the site&apos;s assets</source>
        <translation>Ein Bild aus den Dateien der Website auswählen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add an image file to the site</source>
        <translation>Eine Bilddatei zur Website hinzufügen</translation>
    </message>
    <message>
        <source>Import an image file</source>
        <translation>Eine Bilddatei importieren</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>ss::ui::Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (keine Auswahlmöglichkeit)</translation>
    </message>
    <message>
        <source>Blocks: edit them in the outline</source>
        <translation>Blöcke: in der Gliederung bearbeiten</translation>
    </message>
    <message>
        <source>No page open</source>
        <translation>Keine Seite geöffnet</translation>
    </message>
    <message>
        <source>The block is no longer on the page</source>
        <translation>Der Block ist nicht mehr auf der Seite</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>The theme has no component &quot;%1&quot;: its props are kept as they are.</source>
        <translation>Das Theme hat keine Komponente „%1“: Ihre Eigenschaften bleiben unverändert.</translation>
    </message>
    <message>
        <source>Read-only in this theme</source>
        <translation>In diesem Theme schreibgeschützt</translation>
    </message>
    <message>
        <source>This editor has no asset store</source>
        <translation>Dieser Editor hat keinen Dateispeicher</translation>
    </message>
    <message>
        <source>The image was imported but the field could not be set</source>
        <translation>Das Bild wurde importiert, aber das Feld konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Import an image</source>
        <translation>Ein Bild importieren</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif *.svg *.ico)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.avif *.svg *.ico)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Page content</source>
        <translation>Seiteninhalt</translation>
    </message>
</context>
<context>
    <name>ss::ui::ListValueEditor</name>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>One value per row; F2 or a double click edits a row</source>
        <translation>Ein Wert pro Zeile; F2 oder ein Doppelklick bearbeitet eine Zeile</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Einen Wert hinzufügen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the value</source>
        <translation>Den Wert entfernen</translation>
    </message>
</context>
<context>
    <name>ss::ui::MainWindow</name>
    <message>
        <source>Site Studio</source>
        <translation>Site Studio</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>Der lokale Zwischenspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation>&amp;Neue Website…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Search sites (name, address, theme)</source>
        <translation>Websites suchen (Name, Adresse, Theme)</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Websites suchen</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Websites filtern</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>With unsynced edits</source>
        <translation>Mit nicht synchronisierten Änderungen</translation>
    </message>
    <message>
        <source>With conflicts</source>
        <translation>Mit Konflikten</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflict(s)%4</source>
        <translation>Synchronisiert: %1 gesendet, %2 empfangen, %3 Konflikt(e)%4</translation>
    </message>
    <message>
        <source> — the server could not be reached; edits stay queued</source>
        <translation> — der Server war nicht erreichbar; Änderungen bleiben in der Warteschlange</translation>
    </message>
    <message>
        <source>Open site</source>
        <translation>Website öffnen</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; cannot be opened: %2</source>
        <translation>Die Website „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Connected to %1 (profile %2)</source>
        <translation>Verbunden mit %1 (Profil %2)</translation>
    </message>
    <message>
        <source>%1 of %2 sites</source>
        <translation>%1 von %2 Websites</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Neue Website</translation>
    </message>
    <message>
        <source>The site could not be created: %1</source>
        <translation>Die Website konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Exported %1 of %2 site(s) to %3.</source>
        <translation>%1 von %2 Website(s) nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Select the sites to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Websites aus.</translation>
    </message>
    <message>
        <source>Export static sites to</source>
        <translation>Statische Websites exportieren nach</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>With unpublished changes</source>
        <translation>Mit unveröffentlichten Änderungen</translation>
    </message>
    <message>
        <source>Filter by plan</source>
        <translation>Nach Tarif filtern</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <source>Sync se&amp;lected</source>
        <translation>&amp;Auswahl synchronisieren</translation>
    </message>
    <message>
        <source>Sync the selected sites, one after the other</source>
        <translation>Die ausgewählten Websites nacheinander synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Publish selected</source>
        <translation>Auswahl &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Validate and publish the selected sites; one failure never stops the others</source>
        <translation>Die ausgewählten Websites prüfen und veröffentlichen; ein Fehler hält die anderen nicht auf</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>All sites (%1)</source>
        <translation>Alle Websites (%1)</translation>
    </message>
    <message>
        <source>Every site in the local cache</source>
        <translation>Alle Websites im lokalen Zwischenspeicher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>This computer only (%1)</source>
        <translation>Nur dieser Computer (%1)</translation>
    </message>
    <message>
        <source>Sites not synced with a server yet</source>
        <translation>Noch nicht mit einem Server synchronisierte Websites</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Edits are saved here and sync when it is back.</source>
        <translation>%1 ist nicht erreichbar. Änderungen werden hier gespeichert und synchronisiert, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>○ Signed out</source>
        <translation>○ Abgemeldet</translation>
    </message>
    <message>
        <source>Log in to %1 again to sync</source>
        <translation>Zum Synchronisieren erneut bei %1 anmelden</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Server %1 (profile %2)</source>
        <translation>Server %1 (Profil %2)</translation>
    </message>
    <message>
        <source>Select the sites to sync first.</source>
        <translation>Wählen Sie zuerst die zu synchronisierenden Websites aus.</translation>
    </message>
    <message>
        <source>Select the sites to publish first.</source>
        <translation>Wählen Sie zuerst die zu veröffentlichenden Websites aus.</translation>
    </message>
    <message numerus="yes">
        <source>Sync %n site(s)</source>
        <translation>
            <numerusform>%n Website synchronisieren</numerusform>
            <numerusform>%n Websites synchronisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged in to a server</source>
        <translation>Bei keinem Server angemeldet</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Nicht synchronisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) refused by the server</source>
        <translation>
            <numerusform>%n Änderung vom Server abgelehnt</numerusform>
            <numerusform>%n Änderungen vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Synchronisiert: %1 gesendet, %2 empfangen</translation>
    </message>
    <message numerus="yes">
        <source>Publish %n site(s)</source>
        <translation>
            <numerusform>%n Website veröffentlichen</numerusform>
            <numerusform>%n Websites veröffentlichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation error(s) — open the site to fix them (first: %1)</source>
        <translation>
            <numerusform>%n Validierungsfehler — Website öffnen, um ihn zu beheben (%1)</numerusform>
            <numerusform>%n Validierungsfehler — Website öffnen, um sie zu beheben (erster: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>Not published (%1); the publish stays queued</source>
        <translation>Nicht veröffentlicht (%1); die Veröffentlichung bleibt in der Warteschlange</translation>
    </message>
    <message>
        <source>Live at %1</source>
        <translation>Online unter %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>Export %n site(s)</source>
        <translation>
            <numerusform>%n Website exportieren</numerusform>
            <numerusform>%n Websites exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>&amp;Automation…</source>
        <translation>A&amp;utomatisierung…</translation>
    </message>
    <message>
        <source>Automation rules of every site: schedules, events, history</source>
        <translation>Automatisierungsregeln aller Websites: Zeitpläne, Ereignisse, Verlauf</translation>
    </message>
    <message>
        <source>the site is not connected to a server</source>
        <translation>die Website ist mit keinem Server verbunden</translation>
    </message>
    <message>
        <source>sync started (%1)</source>
        <translation>Synchronisierung gestartet (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) of %1 to %2</source>
        <translation>
            <numerusform>%n Seite von %1 nach %2 exportiert</numerusform>
            <numerusform>%n Seiten von %1 nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Abou&amp;t</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About Site Studio</source>
        <translation>Über Site Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Site Studio %1&lt;/h3&gt;&lt;p&gt;Build sites offline, automate them, publish with one click.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Site Studio %1&lt;/h3&gt;&lt;p&gt;Websites offline bauen, automatisieren und mit einem Klick veröffentlichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version, Qt, and where the cache and the documentation are</source>
        <translation>Version, Qt und wo Cache und Dokumentation liegen</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Anmel&amp;den…</translation>
    </message>
    <message>
        <source>Sign in to a Site Studio server (or create an account) to sync and publish</source>
        <translation>Bei einem Site-Studio-Server anmelden (oder ein Konto anlegen), um zu synchronisieren und zu veröffentlichen</translation>
    </message>
    <message>
        <source>Not signed in to a server yet</source>
        <translation>Noch bei keinem Server angemeldet</translation>
    </message>
    <message>
        <source>docs/user-guide.md in the source</source>
        <translation>docs/user-guide.md im Quelltext</translation>
    </message>
    <message>
        <source>Qt %1 · the cache is in %2&lt;br&gt;User guide: %3</source>
        <translation>Qt %1 · der Cache liegt in %2&lt;br&gt;Benutzerhandbuch: %3</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>No such connection</source>
        <translation>Diese Verbindung gibt es nicht</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation>Abmeldung von %1…</translation>
    </message>
    <message>
        <source>Not signed out of %1: %2</source>
        <translation>Nicht von %1 abgemeldet: %2</translation>
    </message>
    <message>
        <source>Signed out of %1; the server revoked the login.</source>
        <translation>Von %1 abgemeldet; der Server hat die Anmeldung widerrufen.</translation>
    </message>
    <message>
        <source>Signed out of %1 on this computer; the server was not reached to revoke the login (%2).</source>
        <translation>Auf diesem Computer von %1 abgemeldet; der Server war nicht erreichbar, um die Anmeldung zu widerrufen (%2).</translation>
    </message>
    <message>
        <source>No sites</source>
        <translation>Keine Websites</translation>
    </message>
    <message>
        <source>○ Not signed in</source>
        <translation>○ Nicht angemeldet</translation>
    </message>
    <message>
        <source>Working on this computer only — Sign in… to sync and publish</source>
        <translation>Nur auf diesem Computer — Anmelden…, um zu synchronisieren und zu veröffentlichen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sites yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;new&quot;&gt;New site…&lt;/a&gt; creates one; sites on the server arrive with the next sync.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Websites.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;new&quot;&gt;Neue Website…&lt;/a&gt; legt eine an; Websites auf dem Server kommen mit der nächsten Synchronisierung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sites yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;new&quot;&gt;New site…&lt;/a&gt; creates one on this computer; &lt;a href=&quot;signin&quot;&gt;Sign in…&lt;/a&gt; brings your sites from a server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Websites.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;new&quot;&gt;Neue Website…&lt;/a&gt; legt eine auf diesem Computer an; &lt;a href=&quot;signin&quot;&gt;Anmelden…&lt;/a&gt; holt Ihre Websites von einem Server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No site matches the search and filters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Website passt zu Suche und Filtern.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ss::ui::NewSiteWizard</name>
    <message>
        <source>New site</source>
        <translation>Neue Website</translation>
    </message>
    <message>
        <source>What kind of site?</source>
        <translation>Welche Art von Website?</translation>
    </message>
    <message>
        <source>This decides which pages you start with. You can change everything later.</source>
        <translation>Davon hängt ab, mit welchen Seiten Sie beginnen. Alles lässt sich später ändern.</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>Art der Website</translation>
    </message>
    <message>
        <source>Tell us about it</source>
        <translation>Erzählen Sie uns davon</translation>
    </message>
    <message>
        <source>The texts of your new site are written from this brief.</source>
        <translation>Aus diesen Angaben entstehen die Texte Ihrer neuen Website.</translation>
    </message>
    <message>
        <source>e.g. Trattoria Sole</source>
        <translation>z. B. Trattoria Sole</translation>
    </message>
    <message>
        <source>What do you do, in a sentence or two?</source>
        <translation>Was machen Sie, in ein, zwei Sätzen?</translation>
    </message>
    <message>
        <source>e.g. families and food lovers</source>
        <translation>z. B. Familien und Genießer</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>Zielgr&amp;uppe</translation>
    </message>
    <message>
        <source>&amp;Tone</source>
        <translation>&amp;Tonfall</translation>
    </message>
    <message>
        <source>What should the site do?</source>
        <translation>Was soll die Website leisten?</translation>
    </message>
    <message>
        <source>Pick one or more; each adds the sections that serve it.</source>
        <translation>Wählen Sie ein oder mehrere Ziele; jedes fügt die passenden Abschnitte hinzu.</translation>
    </message>
    <message>
        <source>Choose a look</source>
        <translation>Wählen Sie ein Aussehen</translation>
    </message>
    <message>
        <source>Theme, colours and fonts. The preview shows the palette.</source>
        <translation>Theme, Farben und Schriften. Die Vorschau zeigt die Farbpalette.</translation>
    </message>
    <message>
        <source>Modern</source>
        <translation>Modern</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Freundlich</translation>
    </message>
    <message>
        <source>Style preview</source>
        <translation>Stilvorschau</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>Far&amp;ben</translation>
    </message>
    <message>
        <source>&amp;Fonts</source>
        <translation>Sc&amp;hriften</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Your site will be created with these pages. Finish creates it; you can edit everything.</source>
        <translation>Ihre Website wird mit diesen Seiten erstellt. „Fertigstellen“ legt sie an; Sie können alles bearbeiten.</translation>
    </message>
    <message>
        <source>Your site</source>
        <translation>Ihre Website</translation>
    </message>
    <message>
        <source>A short description of what you do.</source>
        <translation>Eine kurze Beschreibung dessen, was Sie tun.</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Mehr erfahren</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — address &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — Adresse &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>checking with the server…</source>
        <translation>wird beim Server geprüft…</translation>
    </message>
    <message>
        <source>not checked: the server cannot be reached; it picks a free address when the site is first synced</source>
        <translation>nicht geprüft: Der Server ist nicht erreichbar; er wählt beim ersten Synchronisieren eine freie Adresse</translation>
    </message>
    <message>
        <source>%1 is available</source>
        <translation>%1 ist frei</translation>
    </message>
    <message>
        <source>%1 is taken: the server adds a short suffix to the address (or choose another name)</source>
        <translation>%1 ist vergeben: Der Server hängt ein kurzes Kürzel an die Adresse an (oder wählen Sie einen anderen Namen)</translation>
    </message>
</context>
<context>
    <name>ss::ui::OutlineModel</name>
    <message>
        <source>%1 (zone)</source>
        <translation>%1 (Bereich)</translation>
    </message>
    <message>
        <source>Page content</source>
        <translation>Seiteninhalt</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message>
        <source>Blocks cannot be placed there</source>
        <translation>Blöcke können dort nicht platziert werden</translation>
    </message>
    <message>
        <source>%1 is not allowed in this slot</source>
        <translation>%1 ist in diesem Slot nicht erlaubt</translation>
    </message>
    <message>
        <source>The page is gone</source>
        <translation>Die Seite existiert nicht mehr</translation>
    </message>
    <message>
        <source>Blocks cannot be dropped there</source>
        <translation>Blöcke können dort nicht abgelegt werden</translation>
    </message>
    <message>
        <source>Block %1 is not on the page</source>
        <translation>Block %1 ist nicht auf der Seite</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Block verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n blocks</source>
        <translation>
            <numerusform>%n Block verschieben</numerusform>
            <numerusform>%n Blöcke verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1 is no longer on the page</source>
        <translation>Block %1 ist nicht mehr auf der Seite</translation>
    </message>
</context>
<context>
    <name>ss::ui::PageSettings</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Page name</source>
        <translation>Seitenname</translation>
    </message>
    <message>
        <source>Shown in menus and tabs</source>
        <translation>Erscheint in Menüs und Tabs</translation>
    </message>
    <message>
        <source>The page&apos;s name: the browser tab, menus and search results show it</source>
        <translation>Der Name der Seite: Browser-Tab, Menüs und Suchergebnisse zeigen ihn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Where the page is on the site: lowercase letters, digits and &apos;-&apos;</source>
        <translation>Wo die Seite auf der Website liegt: Kleinbuchstaben, Ziffern und „-“</translation>
    </message>
    <message>
        <source>Search &amp;&amp; sharing</source>
        <translation>Suche &amp;&amp; Teilen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Search description</source>
        <translation>Beschreibung für Suchmaschinen</translation>
    </message>
    <message>
        <source>One or two sentences for search engines</source>
        <translation>Ein oder zwei Sätze für Suchmaschinen</translation>
    </message>
    <message>
        <source>Shown under the page&apos;s name in search results and social previews</source>
        <translation>Erscheint unter dem Seitennamen in Suchergebnissen und Vorschauen in sozialen Netzwerken</translation>
    </message>
    <message>
        <source>Social title</source>
        <translation>Titel beim Teilen</translation>
    </message>
    <message>
        <source>The page name</source>
        <translation>Der Seitenname</translation>
    </message>
    <message>
        <source>The title of a link to this page shared on social media (og:title)</source>
        <translation>Der Titel eines in sozialen Netzwerken geteilten Links auf diese Seite (og:title)</translation>
    </message>
    <message>
        <source>Social image</source>
        <translation>Bild beim Teilen</translation>
    </message>
    <message>
        <source>A site image or https://…</source>
        <translation>Ein Bild der Website oder https://…</translation>
    </message>
    <message>
        <source>The picture of a link to this page shared on social media (og:image)</source>
        <translation>Das Bild eines in sozialen Netzwerken geteilten Links auf diese Seite (og:image)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose social image</source>
        <translation>Bild zum Teilen auswählen</translation>
    </message>
    <message>
        <source>Canonical URL</source>
        <translation>Kanonische URL</translation>
    </message>
    <message>
        <source>https://example.com/page (optional)</source>
        <translation>https://example.com/seite (optional)</translation>
    </message>
    <message>
        <source>The main address of this content when it is also published elsewhere</source>
        <translation>Die Hauptadresse dieses Inhalts, wenn er auch anderswo veröffentlicht ist</translation>
    </message>
    <message>
        <source>Hide from search engines</source>
        <translation>Vor Suchmaschinen verbergen</translation>
    </message>
    <message>
        <source>Adds noindex: search engines leave the page out of their results</source>
        <translation>Setzt noindex: Suchmaschinen nehmen die Seite nicht in ihre Ergebnisse auf</translation>
    </message>
</context>
<context>
    <name>ss::ui::PageTemplateChooser</name>
    <message>
        <source>Add page</source>
        <translation>Seite hinzufügen</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>Page templates</source>
        <translation>Seitenvorlagen</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>An empty page to build from scratch</source>
        <translation>Eine leere Seite zum Aufbauen von Grund auf</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über uns</translation>
    </message>
    <message>
        <source>Who you are, your story and a few numbers</source>
        <translation>Wer Sie sind, Ihre Geschichte und ein paar Zahlen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>How to reach you, with a contact section</source>
        <translation>Wie man Sie erreicht, mit einem Kontaktbereich</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>What you offer, what clients say, and a way to get in touch</source>
        <translation>Was Sie anbieten, was Kunden sagen, und ein Weg zur Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Plans and prices, with common questions</source>
        <translation>Tarife und Preise, mit häufigen Fragen</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Questions and answers, and a way to ask more</source>
        <translation>Fragen und Antworten, und ein Weg, mehr zu fragen</translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation>Blogbeitrag</translation>
    </message>
    <message>
        <source>A title and an article to write</source>
        <translation>Ein Titel und ein Artikel zum Schreiben</translation>
    </message>
    <message>
        <source>Menu (restaurant)</source>
        <translation>Speisekarte (Restaurant)</translation>
    </message>
    <message>
        <source>A restaurant&apos;s dishes and prices, with photos</source>
        <translation>Gerichte und Preise eines Restaurants, mit Fotos</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Photos of your work</source>
        <translation>Fotos Ihrer Arbeit</translation>
    </message>
    <message>
        <source>Blocks of the template</source>
        <translation>Blöcke der Vorlage</translation>
    </message>
    <message>
        <source>Page name</source>
        <translation>Seitenname</translation>
    </message>
    <message>
        <source>Shown in menus and tabs</source>
        <translation>Erscheint in Menüs und Tabs</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>An empty page.</source>
        <translation>Eine leere Seite.</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>Blöcke: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The page needs a name.</source>
        <translation>Die Seite braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>ss::ui::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Seitenvorschau</translation>
    </message>
    <message>
        <source>Viewport width</source>
        <translation>Breite des Anzeigebereichs</translation>
    </message>
    <message>
        <source>Full width</source>
        <translation>Volle Breite</translation>
    </message>
    <message>
        <source>Phone (360 px)</source>
        <translation>Smartphone (360 px)</translation>
    </message>
    <message>
        <source>Tablet (768 px)</source>
        <translation>Tablet (768 px)</translation>
    </message>
    <message>
        <source>Desktop (1280 px)</source>
        <translation>Desktop (1280 px)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Viewport</source>
        <translation>Anzeigebereich</translation>
    </message>
    <message>
        <source>Drag to move</source>
        <translation>Zum Verschieben ziehen</translation>
    </message>
    <message>
        <source>Select parent</source>
        <translation>Übergeordneten Block auswählen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Block actions</source>
        <translation>Block-Aktionen</translation>
    </message>
    <message>
        <source>The block is gone</source>
        <translation>Der Block ist nicht mehr da</translation>
    </message>
</context>
<context>
    <name>ss::ui::PublishDialog</name>
    <message>
        <source>Publish %1</source>
        <translation>%1 veröffentlichen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish “%1”</source>
        <translation>„%1“ veröffentlichen</translation>
    </message>
    <message>
        <source>Publishing sends your edits and images to the server and makes this version of the site live.</source>
        <translation>Beim Veröffentlichen werden Ihre Änderungen und Bilder an den Server gesendet und diese Version der Website geht online.</translation>
    </message>
    <message>
        <source>Pre-publish check</source>
        <translation>Prüfung vor dem Veröffentlichen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Syncing edits</source>
        <translation>Änderungen synchronisieren</translation>
    </message>
    <message>
        <source>Uploading assets</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Before publishing</source>
        <translation>Vor dem Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish progress</source>
        <translation>Fortschritt der Veröffentlichung</translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation>Ergebnis der Veröffentlichung</translation>
    </message>
    <message>
        <source>&amp;Go to block</source>
        <translation>&amp;Zum Block</translation>
    </message>
    <message>
        <source>Go to block</source>
        <translation>Zum Block</translation>
    </message>
    <message>
        <source>Show the selected problem in the editor (or double-click it)</source>
        <translation>Das ausgewählte Problem im Editor zeigen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Plan limits: not checked yet.</source>
        <translation>Tarifgrenzen: noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Plan limits: asking the server…</source>
        <translation>Tarifgrenzen: Server wird gefragt…</translation>
    </message>
    <message>
        <source>Plan limits were not checked: sign in to a server first.</source>
        <translation>Tarifgrenzen nicht geprüft: Melden Sie sich zuerst bei einem Server an.</translation>
    </message>
    <message>
        <source>Plan limits were not checked: the server could not be reached. The server checks them when you publish.</source>
        <translation>Tarifgrenzen nicht geprüft: Der Server war nicht erreichbar. Er prüft sie beim Veröffentlichen.</translation>
    </message>
    <message>
        <source>Whole site</source>
        <translation>Ganze Website</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Website-Einstellungen</translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation>Seiteneinstellungen</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>Ungültiger Wert</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation>Defekter Link</translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>Kein Alternativtext</translation>
    </message>
    <message>
        <source>Empty page</source>
        <translation>Leere Seite</translation>
    </message>
    <message>
        <source>Plan limit</source>
        <translation>Tarifgrenze</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) — these block publishing</source>
        <translation>
            <numerusform>%n Fehler — er verhindert das Veröffentlichen</numerusform>
            <numerusform>%n Fehler — sie verhindern das Veröffentlichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) — worth a look, publishing still works</source>
        <translation>
            <numerusform>%n Warnung — einen Blick wert, Veröffentlichen geht trotzdem</numerusform>
            <numerusform>%n Warnungen — einen Blick wert, Veröffentlichen geht trotzdem</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to go to it</source>
        <translation>Doppelklicken, um dorthin zu gehen</translation>
    </message>
    <message>
        <source>No problems found: the site is ready to publish.</source>
        <translation>Keine Probleme gefunden: Die Website kann veröffentlicht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block publishing.</source>
        <translation>
            <numerusform>%n Fehler verhindert das Veröffentlichen.</numerusform>
            <numerusform>%n Fehler verhindern das Veröffentlichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them (Go to block shows where), then publish.</source>
        <translation>Beheben Sie sie („Zum Block“ zeigt, wo), dann veröffentlichen.</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation>Bereit zum Veröffentlichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below never block publishing.</source>
        <translation>
            <numerusform>%n Warnung unten verhindert das Veröffentlichen nie.</numerusform>
            <numerusform>%n Warnungen unten verhindern das Veröffentlichen nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan limits checked: this site&apos;s assets take %1; the account stores %2 of the %3 its %4 plan allows.</source>
        <translation>Tarifgrenzen geprüft: Die Dateien dieser Website belegen %1; das Konto speichert %2 der %3, die der Tarif %4 erlaubt.</translation>
    </message>
    <message>
        <source>Plan limits checked: this site&apos;s assets take %1 of the %2 the %3 plan allows.</source>
        <translation>Tarifgrenzen geprüft: Die Dateien dieser Website belegen %1 der %2, die der Tarif %3 erlaubt.</translation>
    </message>
    <message>
        <source>&amp;Publish again</source>
        <translation>Erneut &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n validation error(s) block publishing.</source>
        <translation>
            <numerusform>%n Validierungsfehler verhindert das Veröffentlichen.</numerusform>
            <numerusform>%n Validierungsfehler verhindern das Veröffentlichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors listed above (select one and press Go to block to see where), then publish.</source>
        <translation>Beheben Sie die oben aufgeführten Fehler (einen auswählen und „Zum Block“ drücken, um zu sehen, wo), dann veröffentlichen.</translation>
    </message>
    <message>
        <source>Publishing needs the site manager&apos;s sync service.</source>
        <translation>Zum Veröffentlichen wird der Synchronisierungsdienst der Website-Verwaltung benötigt.</translation>
    </message>
    <message>
        <source>Open the site from the site manager and publish from there.</source>
        <translation>Öffnen Sie die Website aus der Website-Verwaltung und veröffentlichen Sie von dort.</translation>
    </message>
    <message>
        <source>You are not signed in to a server.</source>
        <translation>Sie sind bei keinem Server angemeldet.</translation>
    </message>
    <message>
        <source>The publish could not be queued: %1</source>
        <translation>Die Veröffentlichung konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the data folder is writable, then publish again.</source>
        <translation>Prüfen Sie, ob der Datenträger voll und der Datenordner beschreibbar ist, und veröffentlichen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Saved — every edit is in the local cache</source>
        <translation>Gespeichert — jede Änderung ist im lokalen Zwischenspeicher</translation>
    </message>
    <message>
        <source>Uploading assets (%1 of %2)</source>
        <translation>Dateien werden hochgeladen (%1 von %2)</translation>
    </message>
    <message>
        <source>Uploading assets — nothing new to upload</source>
        <translation>Dateien hochladen — nichts Neues hochzuladen</translation>
    </message>
    <message>
        <source>Live at %1</source>
        <translation>Online unter %1</translation>
    </message>
    <message>
        <source>The site is live.</source>
        <translation>Die Website ist online.</translation>
    </message>
    <message>
        <source>Opens the live site in your browser</source>
        <translation>Öffnet die Live-Website in Ihrem Browser</translation>
    </message>
    <message>
        <source>The publish would exceed your plan&apos;s limits.</source>
        <translation>Die Veröffentlichung würde die Grenzen Ihres Tarifs überschreiten.</translation>
    </message>
    <message>
        <source>Upgrade the plan, or remove images and files the site no longer needs, then publish again. The server said: %1</source>
        <translation>Wechseln Sie den Tarif oder entfernen Sie Bilder und Dateien, die die Website nicht mehr braucht, und veröffentlichen Sie dann erneut. Der Server meldet: %1</translation>
    </message>
    <message>
        <source>The server refused the site.</source>
        <translation>Der Server hat die Website abgelehnt.</translation>
    </message>
    <message>
        <source>Fix the errors it lists, then publish again. The server said: %1</source>
        <translation>Beheben Sie die gemeldeten Fehler und veröffentlichen Sie dann erneut. Der Server meldet: %1</translation>
    </message>
    <message>
        <source>You are not signed in to the server (or the login expired).</source>
        <translation>Sie sind nicht beim Server angemeldet (oder die Anmeldung ist abgelaufen).</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Sie sind offline.</translation>
    </message>
    <message>
        <source>The publish is queued and goes out when the connection is back.</source>
        <translation>Die Veröffentlichung ist eingereiht und wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>Noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The publish stays queued and goes out with the next sync. Details: %1</source>
        <translation>Die Veröffentlichung bleibt eingereiht und wird mit der nächsten Synchronisierung gesendet. Details: %1</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to the server (or create an account); the publish goes on</source>
        <translation>Beim Server anmelden (oder ein Konto anlegen); die Veröffentlichung geht weiter</translation>
    </message>
    <message>
        <source>Sign in first (Sign In… here or in the site manager); the publish goes on.</source>
        <translation>Melden Sie sich zuerst an (Anmelden… hier oder in der Website-Verwaltung); die Veröffentlichung geht dann weiter.</translation>
    </message>
    <message>
        <source>Sign in again (Sign In… here or in the site manager). The publish stays queued.</source>
        <translation>Melden Sie sich erneut an (Anmelden… hier oder in der Website-Verwaltung). Die Veröffentlichung bleibt in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>ss::ui::RevisionsPanel</name>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>Revision history — %1</source>
        <translation>Revisionsverlauf — %1</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Revisionsverlauf</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision history status</source>
        <translation>Zustand des Revisionsverlaufs</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the revision list</source>
        <translation>Die Liste der Revisionen aktualisieren</translation>
    </message>
    <message>
        <source>Page to compare</source>
        <translation>Zu vergleichende Seite</translation>
    </message>
    <message>
        <source>Summary of the differences</source>
        <translation>Zusammenfassung der Unterschiede</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Restore &amp;page</source>
        <translation>Seite &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the whole page from this revision</source>
        <translation>Die ganze Seite aus dieser Revision wiederherstellen</translation>
    </message>
    <message>
        <source>Replace this page&apos;s blocks with the revision&apos;s (one step, Ctrl+Z undoes it)</source>
        <translation>Die Blöcke dieser Seite durch die der Revision ersetzen (ein Schritt, Strg+Z macht ihn rückgängig)</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>Arbeitskopie</translation>
    </message>
    <message>
        <source>Working copy preview</source>
        <translation>Vorschau der Arbeitskopie</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Restore &amp;block</source>
        <translation>&amp;Block wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected block from this revision</source>
        <translation>Den ausgewählten Block aus dieser Revision wiederherstellen</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation>&amp;Unterschiede</translation>
    </message>
    <message>
        <source>Choose a revision to compare it with your working copy.</source>
        <translation>Wählen Sie eine Revision, um sie mit Ihrer Arbeitskopie zu vergleichen.</translation>
    </message>
    <message>
        <source>Loading revisions…</source>
        <translation>Revisionen werden geladen…</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server does not have this site yet: sync it first.</source>
        <translation>Der Server hat diese Website noch nicht: Synchronisieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The server asks you to sign in again.</source>
        <translation>Der Server bittet Sie, sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Der Server antwortete %1: %2</translation>
    </message>
    <message>
        <source>No revisions on the server yet.</source>
        <translation>Noch keine Revisionen auf dem Server.</translation>
    </message>
    <message>
        <source>Showing the revisions known from the last sync.</source>
        <translation>Angezeigt werden die Revisionen aus der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>No revisions are known from earlier syncs.</source>
        <translation>Aus früheren Synchronisierungen sind keine Revisionen bekannt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — %1&lt;br&gt;%2 Showing an old revision needs a connection to the server.</source>
        <translation>&lt;b&gt;Offline&lt;/b&gt; — %1&lt;br&gt;%2 Eine alte Revision anzuzeigen braucht eine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Revision %1 is the one the live site shows</source>
        <translation>Revision %1 ist die, die die Live-Website zeigt</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>The newest revision on the server; edits that are not synced yet are only in the working copy</source>
        <translation>Die neueste Revision auf dem Server; noch nicht synchronisierte Änderungen sind nur in der Arbeitskopie</translation>
    </message>
    <message>
        <source>Revision %1 cannot be shown offline: its document is on the server.</source>
        <translation>Revision %1 kann offline nicht angezeigt werden: Ihr Dokument liegt auf dem Server.</translation>
    </message>
    <message>
        <source>Loading revision %1…</source>
        <translation>Revision %1 wird geladen…</translation>
    </message>
    <message>
        <source>Revision %1 cannot be loaded: %2</source>
        <translation>Revision %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Revision %1 cannot be read: %2</source>
        <translation>Revision %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Revision %1 preview</source>
        <translation>Vorschau von Revision %1</translation>
    </message>
    <message>
        <source>Revision %1 · %2 · live</source>
        <translation>Revision %1 · %2 · online</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Revision %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Working copy — this page was deleted since</source>
        <translation>Arbeitskopie — diese Seite wurde seitdem gelöscht</translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation>Seiteneinstellungen</translation>
    </message>
    <message>
        <source>Added since revision %1</source>
        <translation>Seit Revision %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Removed since revision %1</source>
        <translation>Seit Revision %1 entfernt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Moved to another area</source>
        <translation>In einen anderen Bereich verschoben</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Deleted since revision %1</source>
        <translation>Seit Revision %1 gelöscht</translation>
    </message>
    <message>
        <source>Same as the working copy</source>
        <translation>Wie die Arbeitskopie</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source> · page %1 changed</source>
        <translation> · Seite %1 geändert</translation>
    </message>
    <message>
        <source>Bring &amp;page back</source>
        <translation>Seite &amp;zurückholen</translation>
    </message>
    <message>
        <source>Remove &amp;block</source>
        <translation>&amp;Block entfernen</translation>
    </message>
    <message>
        <source>This block is not in revision %1: remove it</source>
        <translation>Dieser Block ist nicht in Revision %1: entfernen</translation>
    </message>
    <message>
        <source>Put this block back as it was in revision %1</source>
        <translation>Diesen Block so zurücksetzen, wie er in Revision %1 war</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Nothing to restore.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Remove %1 (not in revision %2)</source>
        <translation>%1 entfernen (nicht in Revision %2)</translation>
    </message>
    <message>
        <source>Restore %1 from revision %2</source>
        <translation>%1 aus Revision %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1. %2 undoes it.</source>
        <translation>%1. %2 macht es rückgängig.</translation>
    </message>
    <message>
        <source>Cannot restore the page: %1</source>
        <translation>Die Seite kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Restored the page “%1” from revision %2. %3 undoes it.</source>
        <translation>Die Seite „%1“ aus Revision %2 wiederhergestellt. %3 macht es rückgängig.</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>&amp;Seite:</translation>
    </message>
</context>
<context>
    <name>ss::ui::RichTextEditor</name>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Vorschau zeigen</translation>
    </message>
    <message>
        <source>Show how the text looks on the page</source>
        <translation>Zeigen, wie der Text auf der Seite aussieht</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, [link](https://…), - lists</source>
        <translation>Markdown: **fett**, *kursiv*, [Link](https://…), - Listen</translation>
    </message>
    <message>
        <source>bold</source>
        <translation>fett</translation>
    </message>
    <message>
        <source>italic</source>
        <translation>kursiv</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ss::ui::RuleEditor</name>
    <message>
        <source>New automation rule</source>
        <translation>Neue Automatisierungsregel</translation>
    </message>
    <message>
        <source>Edit automation rule</source>
        <translation>Automatisierungsregel bearbeiten</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <source>e.g. Publish on Monday morning</source>
        <translation>z. B. Montagmorgen veröffentlichen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>schedule (time based)</source>
        <translation>schedule (zeitgesteuert)</translation>
    </message>
    <message>
        <source>Missed runs</source>
        <translation>Verpasste Läufe</translation>
    </message>
    <message>
        <source>Run once when back (default)</source>
        <translation>Einmal nachholen (Standard)</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Run every missed slot</source>
        <translation>Jeden verpassten Termin nachholen</translation>
    </message>
    <message>
        <source>What to do with runs missed while the computer or server was off</source>
        <translation>Was mit Läufen geschieht, die verpasst wurden, während Computer oder Server aus waren</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Missed r&amp;uns:</source>
        <translation>&amp;Verpasste Läufe:</translation>
    </message>
    <message>
        <source>Time zone of the daily cap</source>
        <translation>Zeitzone des Tageslimits</translation>
    </message>
    <message>
        <source>The calendar day of &quot;max executions per day&quot; is counted here</source>
        <translation>In dieser Zeitzone wird der Kalendertag von „max. Ausführungen pro Tag“ gezählt</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>The rule runs only when these hold for the event&apos;s data.</source>
        <translation>Die Regel läuft nur, wenn diese Bedingungen für die Daten des Ereignisses zutreffen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Tri&amp;gger:</source>
        <translation>A&amp;uslöser:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Single: skip a run while one is running</source>
        <translation>Einzeln: einen Lauf auslassen, solange einer läuft</translation>
    </message>
    <message>
        <source>Queued: run one after another</source>
        <translation>Warteschlange: nacheinander ausführen</translation>
    </message>
    <message>
        <source>Parallel: several at once</source>
        <translation>Parallel: mehrere gleichzeitig</translation>
    </message>
    <message>
        <source>Max parallel runs</source>
        <translation>Max. parallele Läufe</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Max executions per day</source>
        <translation>Max. Ausführungen pro Tag</translation>
    </message>
    <message>
        <source>Credit limit per execution</source>
        <translation>Credit-Limit pro Ausführung</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>A&amp;ktiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Actions (run in this order)</source>
        <translation>Aktionen (in dieser Reihenfolge ausgeführt)</translation>
    </message>
    <message>
        <source>Mode and limits</source>
        <translation>Modus und Limits</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odus:</translation>
    </message>
    <message>
        <source>Max &amp;parallel runs:</source>
        <translation>Max. &amp;parallele Läufe:</translation>
    </message>
    <message>
        <source>Max executions per &amp;day:</source>
        <translation>Max. Ausführungen pro T&amp;ag:</translation>
    </message>
    <message>
        <source>Credit limit per e&amp;xecution:</source>
        <translation>Credit-Limit pro Ausführun&amp;g:</translation>
    </message>
    <message>
        <source>Sample event payload</source>
        <translation>Daten des Beispielereignisses</translation>
    </message>
    <message>
        <source>Sample &amp;event</source>
        <translation>Beispiel&amp;ereignis</translation>
    </message>
    <message>
        <source>Load the sample event</source>
        <translation>Beispielereignis laden</translation>
    </message>
    <message>
        <source>Replace the payload with the trigger&apos;s sample event</source>
        <translation>Die Daten durch das Beispielereignis des Auslösers ersetzen</translation>
    </message>
    <message>
        <source>R&amp;un test</source>
        <translation>Test &amp;ausführen</translation>
    </message>
    <message>
        <source>Run the test</source>
        <translation>Test ausführen</translation>
    </message>
    <message>
        <source>A dry run: shows what would happen and changes nothing</source>
        <translation>Ein Probelauf: zeigt, was passieren würde, und ändert nichts</translation>
    </message>
    <message>
        <source>Test run result</source>
        <translation>Ergebnis des Testlaufs</translation>
    </message>
    <message>
        <source>Test run trace</source>
        <translation>Ablauf des Testlaufs</translation>
    </message>
    <message>
        <source>The event&apos;s data as JSON (edit it to try other cases). A test run changes nothing.</source>
        <translation>Die Daten des Ereignisses als JSON (zum Ausprobieren anderer Fälle bearbeiten). Ein Testlauf ändert nichts.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regel</translation>
    </message>
    <message>
        <source>Actions and limits</source>
        <translation>Aktionen und Limits</translation>
    </message>
    <message>
        <source>Actions &amp;&amp; &amp;limits</source>
        <translation>Aktionen &amp;&amp; &amp;Limits</translation>
    </message>
    <message>
        <source>&amp;Test run</source>
        <translation>&amp;Testlauf</translation>
    </message>
    <message>
        <source>Rule error</source>
        <translation>Fehler in der Regel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Die Regel speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>This trigger is not known.</source>
        <translation>Dieser Auslöser ist unbekannt.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>Choose the site the rule belongs to.</source>
        <translation>Wählen Sie die Website, zu der die Regel gehört.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Zeitplan: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Fix the rule first: %1</source>
        <translation>Zuerst die Regel korrigieren: %1</translation>
    </message>
    <message>
        <source>The sample event is not a JSON object: %1</source>
        <translation>Das Beispielereignis ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>expected {…}</source>
        <translation>{…} erwartet</translation>
    </message>
    <message>
        <source>Dry run: %1. Nothing was changed.</source>
        <translation>Probelauf: %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The rule has unsaved changes.</source>
        <translation>Die Regel hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Die Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Every site (account-wide)</source>
        <translation>Alle Websites (kontoweit)</translation>
    </message>
    <message>
        <source>Every site (account-wide) — %1</source>
        <translation>Alle Websites (kontoweit) — %1</translation>
    </message>
    <message>
        <source>The rule applies to every site of the connection profile “%1”.</source>
        <translation>Die Regel gilt für alle Websites des Verbindungsprofils „%1“.</translation>
    </message>
    <message>
        <source>An account-wide schedule rule has no site to act on: remove the action “%1” or choose a site.</source>
        <translation>Eine kontoweite Zeitplan-Regel hat keine Website, auf die sie wirken kann: Entfernen Sie die Aktion „%1“ oder wählen Sie eine Website.</translation>
    </message>
</context>
<context>
    <name>ss::ui::SignInDialog</name>
    <message>
        <source>Sign In to a Server</source>
        <translation>Bei einem Server anmelden</translation>
    </message>
    <message>
        <source>Sites sync and publish through a Site Studio server (sitehostd). Everything else works without one.</source>
        <translation>Websites werden über einen Site-Studio-Server (sitehostd) synchronisiert und veröffentlicht. Alles andere funktioniert auch ohne.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Create an account on this server</source>
        <translation>Konto auf diesem Server &amp;anlegen</translation>
    </message>
    <message>
        <source>Create an account on this server</source>
        <translation>Konto auf diesem Server anlegen</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>Sites are grouped by connection in the site manager; sign in under another name to work with a second server or account.</source>
        <translation>Die Website-Verwaltung gruppiert Websites nach Verbindung; melden Sie sich unter einem anderen Namen an, um mit einem zweiten Server oder Konto zu arbeiten.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Co&amp;nnection name:</source>
        <translation>&amp;Verbindungsname:</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>S&amp;ign In</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>Create &amp;Account and Sign In</source>
        <translation>Konto an&amp;legen und anmelden</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>No keychain service is running: the login is kept in %1, readable only by you.</source>
        <translation>Es läuft kein Schlüsselbunddienst: Die Anmeldung liegt in %1, nur für Sie lesbar.</translation>
    </message>
</context>
<context>
    <name>ss::ui::SiteListModel</name>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Unsynced edits</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>%1 (not on a server yet)</source>
        <translation>%1 (noch auf keinem Server)</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>%1 — %2 pages, theme %3</source>
        <translation>%1 — %2 Seiten, Theme %3</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Live site</source>
        <translation>Live-Website</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>up to date (r%1)</source>
        <translation>aktuell (r%1)</translation>
    </message>
    <message>
        <source>r%1 live, draft r%2</source>
        <translation>r%1 online, Entwurf r%2</translation>
    </message>
    <message>
        <source>Last publish</source>
        <translation>Zuletzt veröffentlicht</translation>
    </message>
    <message>
        <source>r%1 live, newer edits not synced</source>
        <translation>r%1 online, neuere Änderungen nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>ss::ui::SiteSettingsDialog</name>
    <message>
        <source>Site settings — %1</source>
        <translation>Website-Einstellungen — %1</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Website-Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Typografie</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation>%1: Problem</translation>
    </message>
    <message>
        <source>Theme sample</source>
        <translation>Theme-Beispiel</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Changes show in the preview at once and can be undone.</source>
        <translation>Änderungen erscheinen sofort in der Vorschau und lassen sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Reset to theme defaults</source>
        <translation>Auf Theme-Vorgaben zurücksetzen</translation>
    </message>
    <message>
        <source>Colours, fonts and spacing back to the theme&apos;s; title and description stay</source>
        <translation>Farben, Schriften und Abstände wie im Theme; Titel und Beschreibung bleiben</translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation>#rrggbb</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>e.g. 16px, 1.5rem, 75%</source>
        <translation>z. B. 16px, 1.5rem, 75%</translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rgb or #rrggbb (for example #4f46e5).</source>
        <translation>„%1“ ist keine Farbe: Verwenden Sie #rgb oder #rrggbb (zum Beispiel #4f46e5).</translation>
    </message>
    <message>
        <source>“%1” is not a CSS length: use a number with px, rem, em, %, ch or vw.</source>
        <translation>„%1“ ist keine CSS-Länge: Verwenden Sie eine Zahl mit px, rem, em, %, ch oder vw.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Höchstens %n Zeichen.</numerusform>
            <numerusform>Höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a colour.</source>
        <translation>Keine Farbe.</translation>
    </message>
</context>
<context>
    <name>ss::ui::ThemeSample</name>
    <message>
        <source>Your headline</source>
        <translation>Ihre Überschrift</translation>
    </message>
    <message>
        <source>Body text in the site&apos;s colours.</source>
        <translation>Fließtext in den Farben der Website.</translation>
    </message>
    <message>
        <source>A link</source>
        <translation>Ein Link</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Fonts: %1</source>
        <translation>Schriften: %1</translation>
    </message>
</context>
<context>
    <name>ss::ui::Toast</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
</context>
</TS>
