<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>ss::ui::EditorWindow</name>
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
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;parent</source>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page name:</source>
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
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no blocks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>all edits saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Site Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All edits saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
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
        <source>Check the site, then sync, upload its assets and publish it (Ctrl+Shift+P)</source>
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
</context>
<context>
    <name>ss::ui::Inspector</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image URL or asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, [link](https://…), - lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks: edit them in the outline</source>
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
        <source>Page name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
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
        <source>Read-only in this theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::MainWindow</name>
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
        <source>Connected to %1 (profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline — log in to a server to sync and publish</source>
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
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to a server: run sitestudio-cli login (a login dialog comes next)</source>
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
        <source>&amp;Name</source>
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
</context>
<context>
    <name>ss::ui::OutlineModel</name>
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
    <message numerus="yes">
        <source>Move %n blocks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1 is no longer on the page</source>
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
</context>
<context>
    <name>ss::ui::PublishDialog</name>
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
    <message numerus="yes">
        <source>%n error(s) — these block publishing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) — worth a look, publishing still works</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the site is ready to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block publishing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them (Go to block shows where), then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below never block publishing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n validation error(s) block publishing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Sign in first (sitestudio-cli login --server URL), then publish again.</source>
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
        <source>Sign in again (sitestudio-cli login), then publish. The publish stays queued.</source>
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
        <source>synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 pages, theme %3</source>
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
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date (r%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r%1 live, draft r%2</source>
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
