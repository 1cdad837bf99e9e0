<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Online store — sell products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog — write and publish posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio — show your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business — services, about, contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page — one page, one goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant — menu, bookings, visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event — schedule and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell products or plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showcase work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: always true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none ran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitestudio</name>
    <message>
        <source>Site Studio: build, edit offline and publish block-built websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another local cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots of the main screens to DIR and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a dark palette (Fusion style), same as --color-scheme dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the site manager has painted (for start-up benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark or system (default; also read from SITESTUDIO_COLOR_SCHEME). &quot;system&quot; follows the platform palette (dark when its window colour is darker than its text: KDE, QT_QPA_PLATFORMTHEME) or GNOME&apos;s dark preference (color-scheme, GTK_THEME). light and dark use the Fusion style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sitehostd address the Sign in dialog suggests when this cache has no connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ActionCard</name>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the action up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the action down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (runs in this app while it is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ActionList</name>
    <message>
        <source>No actions yet: add one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n credit(s))</source>
        <translation>
            <numerusform>%1 (%n credit)</numerusform>
            <numerusform>%1 (%n credits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n credit(s) per run</source>
        <translation>
            <numerusform>Total: %n credit per run</numerusform>
            <numerusform>Total: %n credits per run</numerusform>
        </translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — over the limit: the run would be skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ArrayEditor</name>
    <message numerus="yes">
        <source>At most %n item(s)</source>
        <translation>
            <numerusform>At most %n item</numerusform>
            <numerusform>At most %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s)</source>
        <translation>
            <numerusform>At least %n item</numerusform>
            <numerusform>At least %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this item&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this item&apos;s fields; drag to reorder (Alt+Up/Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only in this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item at the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::AssetPicker</name>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no images yet: import one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::AutomationWindow</name>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search rules (name, site, trigger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a rule (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected rules on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disab&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected rules off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run / event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; it syncs with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one rule to duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n rule(s).</source>
        <translation>
            <numerusform>Enabled %n rule.</numerusform>
            <numerusform>Enabled %n rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n rule(s).</source>
        <translation>
            <numerusform>Disabled %n rule.</numerusform>
            <numerusform>Disabled %n rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rule(s)? Their run history goes too.</source>
        <translation>
            <numerusform>Delete %n rule? Their run history goes too.</numerusform>
            <numerusform>Delete %n rules? Their run history goes too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n rule(s).</source>
        <translation>
            <numerusform>Deleted %n rule.</numerusform>
            <numerusform>Deleted %n rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a rule to see its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n run, newest first.</numerusform>
            <numerusform>%n runs, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>No trace was recorded for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-wide: every site of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (enable to schedule)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%n site(s) to go.</source>
        <translation>
            <numerusform>%n site to go.</numerusform>
            <numerusform>%n sites to go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s) done.</source>
        <translation>
            <numerusform>%1 of %n site done.</numerusform>
            <numerusform>%1 of %n sites done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>%n failed:</numerusform>
            <numerusform>%n failed:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ComponentPalette</name>
    <message>
        <source>Search components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ConditionGroup</name>
    <message>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negate the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True when the group does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions: the rule runs for every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty group: add a condition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ConditionRow</name>
    <message>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negate the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True when the condition does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ConflictsDialog</name>
    <message numerus="yes">
        <source>%n conflict(s) between your edits and the server&apos;s. The server&apos;s version is in the document until you keep yours.</source>
        <translation>
            <numerusform>%n conflict between your edits and the server&apos;s. The server&apos;s version is in the document until you keep yours.</numerusform>
            <numerusform>%n conflicts between your edits and the server&apos;s. The server&apos;s version is in the document until you keep yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept yours (%n); it is sent with the next sync.</source>
        <translation>
            <numerusform>Kept yours (%n); it is sent with the next sync.</numerusform>
            <numerusform>Kept yours (%n); they are sent with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the server&apos;s (%n).</source>
        <translation>
            <numerusform>Kept the server&apos;s (%n).</numerusform>
            <numerusform>Kept the server&apos;s (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (the server, in the document now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply my value again; it is sent with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the server&apos;s value, which the document already has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (keep theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every edit made here and on the server agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole site document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be applied: the block or page was deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here but edited on the server; the block was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move or insert that no longer fits the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s copy could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be applied to the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss (keep theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of yours to keep: the server&apos;s version stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ▸ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2  (recorded %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render: the site is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of yours to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s copy could not be read; the local copy is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to render for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved or inserted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be shown on the current document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::CronBuilder</name>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a cron expression below (minute hour day month weekday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every how many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on those days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute hour day month weekday, e.g. 0 9 * * mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 10 runs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::DeploymentsPanel</name>
    <message>
        <source>Publishing and hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back to this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to the selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each publish makes one revision of the site live. Rolling back publishes an earlier revision again; your draft in the editor is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdomain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the selected domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;osting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish it (or sync) once; then its hosting and history show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site is not on the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the copy from the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Showing the deployment log from the last sync; rolling back and managing domains need a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing &amp; hosting — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the %2 environment (%3 plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3 plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken offline%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 published%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors see this revision now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool — shared environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge — own cache namespace, custom domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silo — isolated storage and database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, published %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is verified and serves the site at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is waiting for verification.&lt;br&gt;1. Point it at this server: a CNAME record to &lt;tt&gt;%2&lt;/tt&gt;.&lt;br&gt;2. Press &lt;b&gt;Verify&lt;/b&gt;: the server checks that &lt;tt&gt;%3&lt;/tt&gt; answers (it serves that address itself once the domain points here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom domains. Add one to serve the site at your own address as well (Pro and Enterprise plans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected revision live again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an earlier revision that is not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &lt;b&gt;revision %1&lt;/b&gt; live again? Visitors see it at once; the draft in the editor stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back to revision %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is live again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not roll back to revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added. Follow the steps below to verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified and now serves the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed; it no longer serves the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached (%1). Check the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Sign in again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Your plan does not include this: upgrade it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Use another domain, or remove it from the other site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Check that the domain points at this server, then press Verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Fix them in the editor and publish a new revision instead.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. It may have changed on another device: refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::EditorWindow</name>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>Delete %n block</numerusform>
            <numerusform>Delete %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n block(s)</source>
        <translation>
            <numerusform>Copied %n block</numerusform>
            <numerusform>Copied %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Paste %n block</numerusform>
            <numerusform>Paste %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ove up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select p&amp;arent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the site, then sync, upload its assets and publish it (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing &amp;&amp; &amp;Hosting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish history, roll back, hosting and custom domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision H&amp;istory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, compare and restore earlier revisions of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site keeps at least one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no blocks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot insert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block shortcuts work while the outline has the focus; in a text field the same keys edit text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  Published — live at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edit not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved · syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved · offline, %n edit(s) waiting</source>
        <translation>
            <numerusform>Saved · offline, %n edit waiting</numerusform>
            <numerusform>Saved · offline, %n edits waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved · offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n edit(s) not synced yet</source>
        <translation>
            <numerusform>Saved · %n edit not synced yet</numerusform>
            <numerusform>Saved · %n edits not synced yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved · synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Site Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder (Alt+Up/Alt+Down); F2 renames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a page from a template (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move page &amp;up	Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move page &amp;down	Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no page template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the page %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the server&apos;s changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from the server (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Static Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the site as static HTML to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the site to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>Exported %n page to %1</numerusform>
            <numerusform>Exported %n pages to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Automation Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled and event rules of this site, with their history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ImageField</name>
    <message>
        <source>Image URL or asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the site&apos;s images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image from the site&apos;s assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an image file to the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::Inspector</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This editor has no asset store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image was imported but the field could not be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif *.svg *.ico)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks: edit them in the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only in this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block is no longer on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme has no component &quot;%1&quot;: its props are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ListValueEditor</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per row; F2 or a double click edits a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::MainWindow</name>
    <message numerus="yes">
        <source>Sync %n site(s)</source>
        <translation>
            <numerusform>Sync %n site</numerusform>
            <numerusform>Sync %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) refused by the server</source>
        <translation>
            <numerusform>%n edit refused by the server</numerusform>
            <numerusform>%n edits refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n site(s)</source>
        <translation>
            <numerusform>Publish %n site</numerusform>
            <numerusform>Publish %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation error(s) — open the site to fix them (first: %1)</source>
        <translation>
            <numerusform>%n validation error — open the site to fix it (%1)</numerusform>
            <numerusform>%n validation errors — open the site to fix them (first: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n site(s)</source>
        <translation>
            <numerusform>Export %n site</numerusform>
            <numerusform>Export %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Site Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync se&amp;lected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the selected sites, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate and publish the selected sites; one failure never stops the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sites (name, address, theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With unsynced edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With unpublished changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflict(s)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the server could not be reached; edits stay queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites not synced with a server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached. Edits are saved here and sync when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1 again to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 (profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2 site(s) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sites to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export static sites to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sites to sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sites to publish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published (%1); the publish stays queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rules of every site: schedules, events, history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site is not connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) of %1 to %2</source>
        <translation>
            <numerusform>Exported %n page of %1 to %2</numerusform>
            <numerusform>Exported %n pages of %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Abou&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Site Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Site Studio %1&lt;/h3&gt;&lt;p&gt;Build sites offline, automate them, publish with one click.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, Qt, and where the cache and the documentation are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a Site Studio server (or create an account) to sync and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to a server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docs/user-guide.md in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 · the cache is in %2&lt;br&gt;User guide: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed out of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1; the server revoked the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1 on this computer; the server was not reached to revoke the login (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on this computer only — Sign in… to sync and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sites yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;new&quot;&gt;New site…&lt;/a&gt; creates one; sites on the server arrive with the next sync.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sites yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;new&quot;&gt;New site…&lt;/a&gt; creates one on this computer; &lt;a href=&quot;signin&quot;&gt;Sign in…&lt;/a&gt; brings your sites from a server.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No site matches the search and filters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::NewSiteWizard</name>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of site?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decides which pages you start with. You can change everything later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts of your new site are written from this brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Trattoria Sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you do, in a sentence or two?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. families and food lovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the site do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one or more; each adds the sections that serve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, colours and fonts. The preview shows the palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your site will be created with these pages. Finish creates it; you can edit everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short description of what you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — address &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the server cannot be reached; it picks a free address when the site is first synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken: the server adds a short suffix to the address (or choose another name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::OutlineModel</name>
    <message numerus="yes">
        <source>Move %n blocks</source>
        <translation>
            <numerusform>Move %n block</numerusform>
            <numerusform>Move %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks cannot be placed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed in this slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks cannot be dropped there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 is not on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 is no longer on the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::PageSettings</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in menus and tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s name: the browser tab, menus and search results show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the page is on the site: lowercase letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;&amp; sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences for search engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown under the page&apos;s name in search results and social previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of a link to this page shared on social media (og:title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site image or https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture of a link to this page shared on social media (og:image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose social image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/page (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main address of this content when it is also published elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from search engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds noindex: search engines leave the page out of their results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::PageTemplateChooser</name>
    <message>
        <source>Add page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty page to build from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are, your story and a few numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach you, with a contact section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you offer, what clients say, and a way to get in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans and prices, with common questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers, and a way to ask more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title and an article to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu (restaurant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restaurant&apos;s dishes and prices, with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in menus and tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewport width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (360 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet (768 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop (1280 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::PublishDialog</name>
    <message numerus="yes">
        <source>%n error(s) — these block publishing</source>
        <translation>
            <numerusform>%n error — it blocks publishing</numerusform>
            <numerusform>%n errors — these block publishing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) — worth a look, publishing still works</source>
        <translation>
            <numerusform>%n warning — worth a look, publishing still works</numerusform>
            <numerusform>%n warnings — worth a look, publishing still works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block publishing.</source>
        <translation>
            <numerusform>%n error blocks publishing.</numerusform>
            <numerusform>%n errors block publishing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below never block publishing.</source>
        <translation>
            <numerusform>%n warning below never blocks publishing.</numerusform>
            <numerusform>%n warnings below never block publishing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation error(s) block publishing.</source>
        <translation>
            <numerusform>%n validation error blocks publishing.</numerusform>
            <numerusform>%n validation errors block publishing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing sends your edits and images to the server and makes this version of the site live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-publish check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected problem in the editor (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limits: not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limits: asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limits were not checked: sign in to a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limits were not checked: the server could not be reached. The server checks them when you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the site is ready to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix them (Go to block shows where), then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limits checked: this site&apos;s assets take %1; the account stores %2 of the %3 its %4 plan allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limits checked: this site&apos;s assets take %1 of the %2 the %3 plan allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed above (select one and press Go to block to see where), then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs the site manager&apos;s sync service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the site from the site manager and publish from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is not full and the data folder is writable, then publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved — every edit is in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading assets (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading assets — nothing new to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the live site in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish would exceed your plan&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the plan, or remove images and files the site no longer needs, then publish again. The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors it lists, then publish again. The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to the server (or the login expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish is queued and goes out when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish stays queued and goes out with the next sync. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server (or create an account); the publish goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first (Sign In… here or in the site manager); the publish goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again (Sign In… here or in the site manager). The publish stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::RevisionsPanel</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision history — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision history status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the revision list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the whole page from this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this page&apos;s blocks with the revision&apos;s (one step, Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected block from this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a revision to compare it with your working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not have this site yet: sync it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks you to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revisions on the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the revisions known from the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revisions are known from earlier syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — %1&lt;br&gt;%2 Showing an old revision needs a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is the one the live site shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest revision on the server; edits that are not synced yet are only in the working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 cannot be shown offline: its document is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading revision %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 · %2 · live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy — this page was deleted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added since revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed since revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted since revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · page %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &amp;page back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This block is not in revision %1: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this block back as it was in revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (not in revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the page “%1” from revision %2. %3 undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::RichTextEditor</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how the text looks on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, [link](https://…), - lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::RuleEditor</name>
    <message>
        <source>New automation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit automation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Publish on Monday morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule (time based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run once when back (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every missed slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with runs missed while the computer or server was off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed r&amp;uns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar day of &quot;max executions per day&quot; is counted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule runs only when these hold for the event&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tri&amp;gger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single: skip a run while one is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: run one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel: several at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max parallel runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max executions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit per execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (run in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;parallel runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max executions per &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit per e&amp;xecution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample event payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the payload with the trigger&apos;s sample event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run: shows what would happen and changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s data as JSON (edit it to try other cases). A test run changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions &amp;&amp; &amp;limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trigger is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site the rule belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rule first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample event is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site (account-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site (account-wide) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule applies to every site of the connection profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account-wide schedule rule has no site to act on: remove the action “%1” or choose a site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::SignInDialog</name>
    <message>
        <source>Sign In to a Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites sync and publish through a Site Studio server (sitehostd). Everything else works without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create an account on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites are grouped by connection in the site manager; sign in under another name to work with a second server or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Account and Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running: the login is kept in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::SiteListModel</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsynced edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not on a server yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date (r%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r%1 live, newer edits not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r%1 live, draft r%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 pages, theme %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::SiteSettingsDialog</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site settings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes show in the preview at once and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to theme defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours, fonts and spacing back to the theme&apos;s; title and description stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 16px, 1.5rem, 75%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rgb or #rrggbb (for example #4f46e5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a CSS length: use a number with px, rem, em, %, ch or vw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a colour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ThemeSample</name>
    <message>
        <source>Your headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text in the site&apos;s colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::Toast</name>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
