// sitestudio-cli commands that talk to sitehostd: login, sync, pull, status, conflicts, publish.
#include "clicontext.h"

#include "apiclient.h"
#include "assetstore.h"
#include "conflicts.h"
#include "credentialstore.h"
#include "json.h"
#include "localcache.h"
#include "operation.h"
#include "signin.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "syncengine.h"

#include <QCborArray>
#include <QCborMap>
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <QUuid>

#include <map>

#include <termios.h>
#include <unistd.h>

namespace ss {

namespace {

using Opt = QCommandLineOption;

// Sync commands take --profile and any number of positional arguments.
bool parse(CliContext &ctx, QCommandLineParser &p, const QString &command, QList<Opt> options)
{
    options << Opt(QStringLiteral("profile"),
                   QStringLiteral("Connection profile (default: default)."), QStringLiteral("NAME"),
                   QStringLiteral("default"));
    return ctx.parse(p, command, options, {}, 0, 1000);
}

struct Profile
{
    QString id, name, server, email;
};

std::optional<Profile> profile(CliContext &ctx, const QString &name)
{
    LocalCache *cache = ctx.cache();
    if (!cache)
        return std::nullopt;
    auto q = cache->exec(
        QStringLiteral("SELECT id, name, server_url, account_email FROM profiles WHERE name = ?"),
        {name});
    if (!q || !q->next()) {
        ctx.error(
            QStringLiteral(
                "no profile \"%1\"; log in first: sitestudio-cli login --server URL --email E")
                .arg(name));
        return std::nullopt;
    }
    return Profile{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                   q->value(3).toString()};
}

QString readPassword(bool fromStdin)
{
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    if (fromStdin || !isatty(STDIN_FILENO))
        return QString::fromUtf8(in.readLine()).trimmed();
    QTextStream prompt(stderr);
    prompt << "Password: " << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    const QString pw = QString::fromUtf8(in.readLine()).trimmed();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    prompt << Qt::endl;
    return pw;
}

int login(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(
            ctx, p, QStringLiteral("login"),
            {Opt(QStringLiteral("server"), QStringLiteral("sitehostd URL."), QStringLiteral("URL")),
             Opt(QStringLiteral("email"), QStringLiteral("Account e-mail."),
                 QStringLiteral("EMAIL")),
             Opt(QStringLiteral("password-stdin"),
                 QStringLiteral("Read the password from standard input.")),
             Opt(QStringLiteral("register"), QStringLiteral("Create the account first."))}))
        return 2;
    if (!p.isSet(QStringLiteral("server")) || !p.isSet(QStringLiteral("email")))
        return ctx.error(QStringLiteral("login: --server URL and --email EMAIL are required"), 2);
    auto server = sync::parseServerUrl(p.value(QStringLiteral("server")));
    if (!server)
        return ctx.error(QStringLiteral("login: --server: ") + server.error().message, 2);
    LocalCache *cache = ctx.cache();
    if (!cache)
        return 1;
    const QString name = p.value(QStringLiteral("profile"));
    const QString email = p.value(QStringLiteral("email"));
    sync::SignInRequest request{
        *server, email, readPassword(p.isSet(QStringLiteral("password-stdin"))),
        p.isSet(QStringLiteral("register")), sync::profileIdFor(*cache, name)};
    auto signedIn = sync::signIn(ctx.dataDir, request);
    if (!signedIn)
        return ctx.error(signedIn.error().message);
    if (auto up = sync::saveProfile(*cache, request.profileId, name, *server, email); !up)
        return ctx.error(up.error());
    if (signedIn->fileFallback)
        ctx.err << "sitestudio-cli: no keychain service is running; the login token is stored in "
                << signedIn->credentialLocation << " (readable only by you)" << Qt::endl;
    ctx.out << QStringLiteral("Logged in to %1 as %2 (profile \"%3\")\n")
                   .arg(server->toString(), email, name);
    ctx.out.flush();
    return 0;
}

int logout(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(ctx, p, QStringLiteral("logout"), {}))
        return 2;
    const auto prof = profile(ctx, p.value(QStringLiteral("profile")));
    if (!prof)
        return 1;
    auto out = sync::signOut(ctx.dataDir, prof->id, QUrl(prof->server));
    if (!out)
        return ctx.error(
            QStringLiteral("logout: profile \"%1\": %2").arg(prof->name, out.error().message));
    ctx.out << (out->revoked
                    ? QStringLiteral("Logged out of %1 (profile \"%2\"); the login is revoked\n")
                          .arg(prof->server, prof->name)
                    : QStringLiteral("Logged out here (profile \"%1\"); the server was not "
                                     "reached to revoke the login: %2\n")
                          .arg(prof->name, out->serverMessage));
    ctx.out.flush();
    return 0;
}

void printReport(CliContext &ctx, const sync::SyncReport &r)
{
    if (ctx.json) {
        QCborMap m;
        m.insert(QStringLiteral("pushed"), r.pushed);
        m.insert(QStringLiteral("pulled"), r.pulled);
        m.insert(QStringLiteral("parked"), r.parked);
        m.insert(QStringLiteral("conflicts"), r.conflicts);
        m.insert(QStringLiteral("quarantined"), r.quarantined);
        m.insert(QStringLiteral("requests"), r.requests);
        m.insert(QStringLiteral("complete"), r.complete);
        QCborArray msgs;
        for (const QString &s : r.messages)
            msgs.append(s);
        m.insert(QStringLiteral("messages"), msgs);
        ctx.printJson(m);
        return;
    }
    for (const QString &s : r.messages)
        ctx.err << "sitestudio-cli: " << s << '\n';
    ctx.out << QStringLiteral(
                   "%1: pushed %2, pulled %3, %4 new conflict(s), %5 parked, %6 request(s)\n")
                   .arg(r.complete ? QStringLiteral("Synced") : QStringLiteral("Partly synced"))
                   .arg(r.pushed)
                   .arg(r.pulled)
                   .arg(r.conflicts)
                   .arg(r.parked)
                   .arg(r.requests);
    ctx.out.flush();
    ctx.err.flush();
}

int runEngine(CliContext &ctx, const QString &command, int mode)
{
    QCommandLineParser p;
    if (!parse(ctx, p, command,
               {Opt(QStringLiteral("site"), QStringLiteral("Only this site's edits."),
                    QStringLiteral("NAME")),
                Opt(QStringLiteral("yes"),
                    QStringLiteral("Allow a pull that deletes more than half of the sites."))}))
        return 2;
    auto prof = profile(ctx, p.value(QStringLiteral("profile")));
    if (!prof)
        return 1;
    sync::CredentialStore creds(ctx.dataDir);
    auto token = creds.load(prof->id);
    if (!token)
        return ctx.error(token.error());
    sync::ApiClient api{QUrl(prof->server), *token};
    sync::SyncEngine engine(*ctx.cache(), api, prof->id);
    sync::SyncEngine::Options options;
    options.allowMassDelete = p.isSet(QStringLiteral("yes"));
    AssetStore *assets = ctx.assets();
    options.readAsset = [assets](const QString &name) { return assets->read(name); };
    options.writeAsset = [assets](const QString &name, const QByteArray &data,
                                  const QString &workspace) -> Result<void> {
        auto a = assets->importData(data, name, workspace);
        if (!a)
            return std::unexpected(a.error());
        if (a->fileName() != name)
            return fail(QStringLiteral("the downloaded bytes do not match their digest"), name);
        return {};
    };
    if (p.isSet(QStringLiteral("site"))) {
        auto site = ctx.sites()->findSite(p.value(QStringLiteral("site")));
        if (!site)
            return ctx.error(site.error());
        options.onlyWorkspace = site->id;
    }
    engine.setOptions(options);
    auto report = mode == 0 ? engine.sync() : mode == 1 ? engine.pull() : engine.push();
    if (!report)
        return ctx.error(report.error());
    printReport(ctx, *report);
    return report->complete && report->parked == 0 ? 0 : 1;
}

int status(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(ctx, p, QStringLiteral("status"), {}))
        return 2;
    LocalCache *cache = ctx.cache();
    if (!cache)
        return 1;
    auto q = cache->exec(QStringLiteral(
        "SELECT p.name, p.server_url, p.account_email, c.last_sync_at FROM profiles p "
        "LEFT JOIN sync_cursors c ON c.profile_id = p.id ORDER BY p.name"));
    QCborArray profiles;
    while (q && q->next()) {
        QCborMap m;
        m.insert(QStringLiteral("profile"), q->value(0).toString());
        m.insert(QStringLiteral("server"), q->value(1).toString());
        m.insert(QStringLiteral("email"), q->value(2).toString());
        m.insert(QStringLiteral("last_sync"),
                 q->value(3).isNull() ? QCborValue(nullptr) : QCborValue(q->value(3).toString()));
        profiles.append(m);
    }
    auto count = [&](const QString &sql) {
        auto c = cache->exec(sql);
        return c && c->next() ? c->value(0).toInt() : 0;
    };
    QCborMap out;
    out.insert(QStringLiteral("profiles"), profiles);
    out.insert(QStringLiteral("pending"),
               count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state <> 'parked'")));
    out.insert(QStringLiteral("parked"),
               count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'parked'")));
    out.insert(QStringLiteral("conflicts"),
               count(QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE resolved_at IS NULL")));
    if (ctx.json) {
        ctx.printJson(out);
        return 0;
    }
    for (const QCborValue &v : profiles) {
        const QCborMap m = v.toMap();
        ctx.out << QStringLiteral("%1: %2 as %3, last sync %4\n")
                       .arg(m.value(QStringLiteral("profile")).toString(),
                            m.value(QStringLiteral("server")).toString(),
                            m.value(QStringLiteral("email")).toString(),
                            m.value(QStringLiteral("last_sync")).isNull()
                                ? QStringLiteral("never")
                                : m.value(QStringLiteral("last_sync")).toString());
    }
    ctx.out << QStringLiteral("%1 pending edit(s), %2 parked, %3 conflict(s)\n")
                   .arg(out.value(QStringLiteral("pending")).toInteger())
                   .arg(out.value(QStringLiteral("parked")).toInteger())
                   .arg(out.value(QStringLiteral("conflicts")).toInteger());
    ctx.out.flush();
    return 0;
}

int listConflicts(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(ctx, p, QStringLiteral("conflicts"), {}))
        return 2;
    LocalCache *cache = ctx.cache();
    if (!cache)
        return 1;
    auto list = conflicts::list(*cache);
    if (!list)
        return ctx.error(list.error());
    QCborArray out;
    for (const Conflict &c : *list) {
        const QCborValue mine = c.mine.isUndefined() ? QCborValue(nullptr) : c.mine;
        const QCborValue theirs = c.theirs.isUndefined() ? QCborValue(nullptr) : c.theirs;
        QCborMap m;
        m.insert(QStringLiteral("id"), c.id);
        m.insert(QStringLiteral("site"), c.siteName);
        m.insert(QStringLiteral("page"), c.pageId);
        m.insert(QStringLiteral("block"), c.blockId);
        m.insert(QStringLiteral("path"), c.path);
        m.insert(QStringLiteral("mine"), mine);
        m.insert(QStringLiteral("theirs"), theirs);
        m.insert(QStringLiteral("reason"), c.reason());
        out.append(m);
        if (!ctx.json)
            ctx.out << QStringLiteral("%1  %2  %3 %4: mine %5, theirs %6\n")
                           .arg(c.id.left(8), c.siteName, c.blockId, c.path,
                                QString::fromUtf8(json::write(mine)),
                                QString::fromUtf8(json::write(theirs)));
    }
    if (ctx.json)
        ctx.printJson(out);
    else if (out.isEmpty())
        ctx.out << "No conflicts.\n";
    ctx.out.flush();
    return 0;
}

// Resolving a conflict is an edit like any other (models/conflicts.h): "mine" sets the value
// again (an op through the journal, so it syncs), "theirs" accepts the server's value that is
// already in the document. Conflicts with no value of ours to keep are resolved as "theirs".
int resolve(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(ctx, p, QStringLiteral("resolve"),
               {Opt(QStringLiteral("mine"), QStringLiteral("Keep my value.")),
                Opt(QStringLiteral("theirs"), QStringLiteral("Keep the server's value.")),
                Opt(QStringLiteral("all"), QStringLiteral("Every open conflict.")),
                Opt(QStringLiteral("block"), QStringLiteral("Every open conflict of one block."),
                    QStringLiteral("BLOCK_ID"))}))
        return 2;
    if (p.isSet(QStringLiteral("mine")) == p.isSet(QStringLiteral("theirs")))
        return ctx.error(QStringLiteral("resolve: say --mine or --theirs"), 2);
    if (p.positionalArguments().isEmpty() && !p.isSet(QStringLiteral("all")) &&
        !p.isSet(QStringLiteral("block")))
        return ctx.error(QStringLiteral("resolve: give a conflict id (see sitestudio-cli "
                                        "conflicts), --block BLOCK_ID or --all"),
                         2);
    LocalCache *cache = ctx.cache();
    if (!cache)
        return 1;
    const QString prefix = p.positionalArguments().value(0);
    const QString blockFilter =
        p.isSet(QStringLiteral("block")) ? p.value(QStringLiteral("block")) : QString();
    auto list = conflicts::list(*cache);
    if (!list)
        return ctx.error(list.error());
    QList<Conflict> items;
    for (const Conflict &c : *list)
        if (c.id.startsWith(prefix) && (blockFilter.isEmpty() || c.blockId == blockFilter))
            items << c;
    if (items.isEmpty())
        return ctx.error(QStringLiteral("no open conflict matches \"%1\"").arg(prefix));
    const bool mine = p.isSet(QStringLiteral("mine"));
    std::map<QString, std::unique_ptr<SiteDocument>> docs; // one load per site
    int done = 0;
    for (const Conflict &c : items) {
        const bool keepMine = mine && c.canKeepMine();
        SiteDocument *doc = nullptr;
        if (keepMine) {
            auto &slot = docs[c.siteId];
            if (!slot) {
                auto loaded = ctx.sites()->loadSite(c.siteId);
                if (!loaded)
                    return ctx.error(loaded.error());
                slot = std::move(*loaded);
            }
            doc = slot.get();
        }
        if (auto r = conflicts::resolve(*cache, doc, c,
                                        keepMine ? conflicts::Resolution::Mine
                                                 : conflicts::Resolution::Theirs);
            !r)
            return ctx.error(r.error());
        ++done;
    }
    ctx.out << QStringLiteral("Resolved %1 conflict(s) (%2); sync to send the result\n")
                   .arg(done)
                   .arg(mine ? QStringLiteral("kept mine") : QStringLiteral("kept the server's"));
    ctx.out.flush();
    return 0;
}

int revisions(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(ctx, p, QStringLiteral("revisions"),
               {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME"))}))
        return 2;
    if (!p.isSet(QStringLiteral("site")))
        return ctx.error(QStringLiteral("revisions: --site NAME is required"), 2);
    auto site = ctx.sites() ? ctx.sites()->findSite(p.value(QStringLiteral("site")))
                            : Result<SiteSummary>(fail(QStringLiteral("no cache")));
    if (!site)
        return ctx.error(site.error());
    auto q = ctx.cache()->exec(
        QStringLiteral("SELECT r.revision, r.created_at, r.message FROM revisions r JOIN "
                       "customizations c ON c.id = r.customization_id "
                       "WHERE c.workspace_id = ? AND c.is_active = 1 ORDER BY r.revision DESC"),
        {site->id});
    QCborArray out;
    while (q && q->next()) {
        QCborMap m;
        m.insert(QStringLiteral("revision"), q->value(0).toLongLong());
        m.insert(QStringLiteral("created_at"), q->value(1).toString());
        m.insert(QStringLiteral("published"), q->value(2).toString() == QLatin1String("published"));
        out.append(m);
        if (!ctx.json)
            ctx.out << QStringLiteral("%1  %2%3\n")
                           .arg(q->value(0).toLongLong(), 5)
                           .arg(q->value(1).toString(),
                                q->value(2).toString() == QLatin1String("published")
                                    ? QStringLiteral("  (live)")
                                    : QString());
    }
    if (ctx.json)
        ctx.printJson(out);
    ctx.out.flush();
    return 0;
}

int deployments(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(ctx, p, QStringLiteral("deployments"),
               {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME"))}))
        return 2;
    if (!p.isSet(QStringLiteral("site")))
        return ctx.error(QStringLiteral("deployments: --site NAME is required"), 2);
    auto site = ctx.sites() ? ctx.sites()->findSite(p.value(QStringLiteral("site")))
                            : Result<SiteSummary>(fail(QStringLiteral("no cache")));
    if (!site)
        return ctx.error(site.error());
    auto q = ctx.cache()->exec(
        QStringLiteral("SELECT kind, status, created_at, details_json FROM deployments WHERE "
                       "workspace_id = ? ORDER BY created_at DESC"),
        {site->id});
    QCborArray out;
    while (q && q->next()) {
        QCborMap m;
        m.insert(QStringLiteral("kind"), q->value(0).toString());
        m.insert(QStringLiteral("status"), q->value(1).toString());
        m.insert(QStringLiteral("created_at"), q->value(2).toString());
        auto d = json::parse(q->value(3).toString().toUtf8());
        m.insert(QStringLiteral("details"), d ? *d : QCborValue(QCborMap()));
        out.append(m);
        if (!ctx.json)
            ctx.out << QStringLiteral("%1  %2  %3\n")
                           .arg(q->value(2).toString(), q->value(0).toString(),
                                q->value(1).toString());
    }
    if (ctx.json)
        ctx.printJson(out);
    ctx.out.flush();
    return 0;
}

int publish(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(ctx, p, QStringLiteral("publish"),
               {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME"))}))
        return 2;
    if (!p.isSet(QStringLiteral("site")))
        return ctx.error(QStringLiteral("publish: --site NAME is required"), 2);
    SiteStore *store = ctx.sites();
    if (!store)
        return 1;
    auto site = store->findSite(p.value(QStringLiteral("site")));
    if (!site)
        return ctx.error(site.error());
    // Queued like every edit: it goes out after them, now or when the server is reachable again.
    if (auto queued = store->queuePublish(site->id); !queued)
        return ctx.error(
            QStringLiteral("site \"%1\": %2").arg(site->name, queued.error().toString()));
    ctx.out << "Publish queued; syncing...\n";
    ctx.out.flush();
    ctx.args = QStringList{QStringLiteral("--site"), site->id} +
               (p.isSet(QStringLiteral("profile"))
                    ? QStringList{QStringLiteral("--profile"), p.value(QStringLiteral("profile"))}
                    : QStringList{});
    const int rc = runEngine(ctx, QStringLiteral("sync"), 0);
    if (rc == 0) {
        const QString url = store->liveUrl(site->id);
        ctx.out << QStringLiteral("Published %1: %2\n")
                       .arg(site->name, url.isEmpty() ? site->slug : url);
        ctx.out.flush();
    } else {
        ctx.err << "sitestudio-cli: the publish stays queued and goes out with the next sync"
                << Qt::endl;
    }
    return rc;
}

} // namespace

void registerSyncCommands(QList<CliCommand> &commands)
{
    auto add = [&](QStringList words, QString synopsis, QString summary,
                   std::function<int(CliContext &)> run) {
        commands << CliCommand{std::move(words), std::move(synopsis), std::move(summary),
                               std::move(run)};
    };
    add({QStringLiteral("login")},
        QStringLiteral(
            "login --server URL --email EMAIL [--password-stdin] [--register] [--profile NAME]"),
        QStringLiteral("Log in to a sitehostd; the token goes to the keychain (or a 0600 file "
                       "where there is none)."),
        login);
    add({QStringLiteral("logout")}, QStringLiteral("logout [--profile NAME]"),
        QStringLiteral("Log out: the server revokes the login and this computer forgets it (the "
                       "sites stay; log in again to sync them)."),
        logout);
    add({QStringLiteral("sync")},
        QStringLiteral("sync [--site NAME] [--yes] [--profile NAME] [--json]"),
        QStringLiteral("Push queued edits, then pull what changed on the server (conflicts are "
                       "kept, never lost)."),
        [](CliContext &c) { return runEngine(c, QStringLiteral("sync"), 0); });
    add({QStringLiteral("pull")}, QStringLiteral("pull [--yes] [--profile NAME] [--json]"),
        QStringLiteral("Only pull changes from the server."),
        [](CliContext &c) { return runEngine(c, QStringLiteral("pull"), 1); });
    add({QStringLiteral("status")}, QStringLiteral("status [--json]"),
        QStringLiteral("Profiles, last sync, pending and parked edits, conflicts."), status);
    add({QStringLiteral("conflicts")}, QStringLiteral("conflicts [--json]"),
        QStringLiteral("List unresolved conflicts: your value and the server's."), listConflicts);
    add({QStringLiteral("revisions")}, QStringLiteral("revisions --site NAME [--json]"),
        QStringLiteral(
            "The server's revision history of a site, as last synced (which one is live)."),
        revisions);
    add({QStringLiteral("deployments")}, QStringLiteral("deployments --site NAME [--json]"),
        QStringLiteral("The site's deployment log as last synced from the server (read-only)."),
        deployments);
    add({QStringLiteral("resolve")},
        QStringLiteral("resolve (ID | --block BLOCK_ID | --all) (--mine | --theirs)"),
        QStringLiteral(
            "Resolve conflicts: keep your value (sent with the next sync) or the server's."),
        resolve);
    add({QStringLiteral("publish")}, QStringLiteral("publish --site NAME [--profile NAME]"),
        QStringLiteral("Push pending edits, upload missing assets, publish; queued if offline."),
        publish);
}

} // namespace ss
