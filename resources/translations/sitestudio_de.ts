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
        <source>Make the selected revision live again</source>
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
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the copy from the last sync</source>
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
    <message>
        <source>Publish it (or sync) once; then its hosting and history show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site is not on the server yet.</source>
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
        <source>Select an earlier revision that is not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
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
        <source>Save, sync and publish the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these before publishing:

%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation error(s) block publishing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing needs the site manager&apos;s sync service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to a server first (sitestudio-cli login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing: sending edits and assets, then going live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet (%1). The publish stays queued and goes out with the next sync.</source>
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
</TS>
