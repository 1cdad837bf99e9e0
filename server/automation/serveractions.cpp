#include "serveractions.h"

#include "api/accounts.h"
#include "api/api.h"
#include "api/publicsite.h"
#include "api/themes.h"
#include "automation/serverevents.h"
#include "json.h"
#include "logging.h"
#include "serverconfig.h"
#include "storage/serverdatabase.h"

#include <QCborArray>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>

namespace ss::server {

using automation::Action;
using automation::ActionResult;
using automation::Event;
using automation::Rule;

namespace {

struct Owner
{
    QString accountId, tier, email, siteName;
    bool found = false;
};

Owner ownerOf(ServerDatabase &db, const QString &workspaceId)
{
    Owner o;
    auto q = db.exec(QStringLiteral("SELECT w.account_id, a.tier, a.email, w.name FROM workspaces "
                                    "w JOIN accounts a ON a.id = w.account_id WHERE w.id = ?"),
                     {workspaceId});
    if (q && q->next()) {
        o.accountId = q->value(0).toString();
        o.tier = q->value(1).toString();
        o.email = q->value(2).toString();
        o.siteName = q->value(3).toString();
        o.found = true;
    }
    return o;
}

ActionResult failed(QString message)
{
    ActionResult r;
    r.ok = false;
    r.message = std::move(message);
    return r;
}

ActionResult succeeded(QString message, QCborMap output = {})
{
    ActionResult r;
    r.ok = true;
    r.message = std::move(message);
    r.output = std::move(output);
    return r;
}

struct Live
{
    QString customizationId;
    qint64 revision = -1;
};

Live liveOf(ServerDatabase &db, const QString &workspaceId)
{
    Live l;
    auto q = db.exec(QStringLiteral("SELECT id, published_revision FROM customizations WHERE "
                                    "workspace_id = ? AND is_active = 1"),
                     {workspaceId});
    if (q && q->next()) {
        l.customizationId = q->value(0).toString();
        l.revision = q->value(1).isNull() ? -1 : q->value(1).toLongLong();
    }
    return l;
}

// Runs `body` in a transaction with an event collector; the events it raised (when it committed)
// become the action's emitted events, so the scheduler re-dispatches them one level deeper.
// `accountId`'s change-feed lock is taken first, as requests do (the same lock order everywhere).
template<typename F>
ActionResult transactional(ServerDatabase &db, const ServerConfig &config, const QString &accountId,
                           F body)
{
    ActionResult result;
    EventCollector events;
    auto tx = db.transaction([&]() -> Result<void> {
        if (auto l = lockAccountChanges(db, accountId); !l) {
            result =
                failed(QStringLiteral("the database refused the change: ") + l.error().toString());
            return l;
        }
        result = body();
        if (!result.ok)
            return fail(QStringLiteral("rolled back"));
        return {};
    });
    if (tx && result.ok) {
        if (config.siteCache)
            config.siteCache->invalidateHosts();
        for (PendingEvent &e : events.take(true))
            result.emitted.append(std::move(e.event));
    } else if (result.ok) {
        result =
            failed(QStringLiteral("the database refused the change: ") + tx.error().toString());
    }
    return result;
}

QString apiErrorText(const ApiError &e)
{
    return e.field.isEmpty() ? e.message : e.field + QStringLiteral(": ") + e.message;
}

} // namespace

bool isAdminAccount(ServerDatabase &db, const ServerConfig &config, const QString &accountId)
{
    if (config.adminEmails.isEmpty())
        return false;
    auto q = db.exec(QStringLiteral("SELECT email FROM accounts WHERE id = ?"), {accountId});
    return q && q->next() &&
           config.adminEmails.contains(q->value(0).toString(), Qt::CaseInsensitive);
}

SiteBundleResult siteBundle(ServerDatabase &db, const QString &workspaceId)
{
    SiteBundleResult out;
    auto w = db.exec(QStringLiteral("SELECT id, name, slug, type, revision, created_at, updated_at "
                                    "FROM workspaces WHERE id = ?"),
                     {workspaceId});
    if (!w || !w->next()) {
        out.error = w ? QStringLiteral("the site no longer exists") : w.error().toString();
        return out;
    }
    QCborMap ws;
    ws.insert(QStringLiteral("id"), w->value(0).toString());
    ws.insert(QStringLiteral("name"), w->value(1).toString());
    ws.insert(QStringLiteral("slug"), w->value(2).toString());
    ws.insert(QStringLiteral("type"), w->value(3).toString());
    ws.insert(QStringLiteral("revision"), w->value(4).toLongLong());
    ws.insert(QStringLiteral("created_at"), w->value(5).toString());
    ws.insert(QStringLiteral("updated_at"), w->value(6).toString());
    auto c = db.exec(QStringLiteral("SELECT id, template_id, template_version, name, is_active, "
                                    "current_revision, published_revision FROM customizations "
                                    "WHERE workspace_id = ? ORDER BY created_at, id"),
                     {workspaceId});
    if (!c) {
        out.error = c.error().toString();
        return out;
    }
    struct Row
    {
        QCborMap meta;
        QString id;
        qint64 current, published;
    };
    QList<Row> rows;
    while (c->next()) {
        Row r;
        r.id = c->value(0).toString();
        r.current = c->value(5).toLongLong();
        r.published = c->value(6).isNull() ? -1 : c->value(6).toLongLong();
        r.meta.insert(QStringLiteral("id"), r.id);
        r.meta.insert(QStringLiteral("template_id"), c->value(1).toString());
        r.meta.insert(QStringLiteral("template_version"), c->value(2).toString());
        r.meta.insert(QStringLiteral("name"), c->value(3).toString());
        r.meta.insert(QStringLiteral("is_active"), c->value(4).toInt() == 1);
        r.meta.insert(QStringLiteral("revision"), r.current);
        r.meta.insert(QStringLiteral("published_revision"),
                      r.published >= 0 ? QCborValue(r.published) : QCborValue(nullptr));
        rows.append(r);
    }
    auto document = [&](const QString &id, qint64 revision) -> QCborValue {
        auto q = db.exec(QStringLiteral("SELECT document FROM revisions WHERE customization_id = "
                                        "? AND revision = ?"),
                         {id, revision});
        if (!q || !q->next())
            return QCborValue(nullptr);
        auto parsed =
            json::parse(q->value(0).toString().toUtf8(), {.maxBytes = 64 << 20, .maxDepth = 512});
        return parsed ? *parsed : QCborValue(nullptr);
    };
    QCborArray customizations;
    for (Row &r : rows) {
        r.meta.insert(QStringLiteral("document"), document(r.id, r.current));
        if (r.published >= 0 && r.published != r.current)
            r.meta.insert(QStringLiteral("published_document"), document(r.id, r.published));
        customizations.append(r.meta);
    }
    QCborArray assets;
    if (auto a = db.exec(QStringLiteral("SELECT wa.sha256, a.size, a.mime FROM workspace_assets wa "
                                        "JOIN assets a ON a.sha256 = wa.sha256 WHERE "
                                        "wa.workspace_id = ? ORDER BY wa.sha256"),
                         {workspaceId})) {
        while (a->next()) {
            QCborMap m;
            m.insert(QStringLiteral("sha256"), a->value(0).toString());
            m.insert(QStringLiteral("size"), a->value(1).toLongLong());
            m.insert(QStringLiteral("mime"), a->value(2).toString());
            assets.append(m);
        }
    }
    out.bundle.insert(QStringLiteral("format"), QStringLiteral("sitestudio-site-bundle"));
    out.bundle.insert(QStringLiteral("version"), 1);
    out.bundle.insert(QStringLiteral("created_at"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    out.bundle.insert(QStringLiteral("workspace"), ws);
    out.bundle.insert(QStringLiteral("customizations"), customizations);
    out.bundle.insert(QStringLiteral("assets"), assets); // content-addressed, kept by the server
    return out;
}

ServerActionExecutor::ServerActionExecutor(ServerDatabase &db, const ServerConfig &config,
                                           QNetworkAccessManager *network)
    : m_db(db)
    , m_config(config)
    , m_network(network)
{}

void ServerActionExecutor::cancel()
{
    m_cancelled = true;
    if (m_inFlight)
        m_inFlight->abort(); // finished() ends the wait
    else if (m_waiting)
        m_waiting->quit();
}

ActionResult ServerActionExecutor::execute(const Rule &rule, const Action &action,
                                           const Event &event, bool dryRun)
{
    const QString type = action.type;
    if (type == QLatin1String("webhook"))
        return webhook(rule, action, event, dryRun);
    if (type == QLatin1String("publish_theme") || type == QLatin1String("rollback") ||
        type == QLatin1String("backup") || type == QLatin1String("set_tier")) {
        if (!rule.workspaceId.isEmpty()) {
            if (type == QLatin1String("publish_theme"))
                return publishTheme(rule, action, dryRun);
            if (type == QLatin1String("rollback"))
                return rollback(rule, action, dryRun);
            if (type == QLatin1String("backup"))
                return backup(rule, action, dryRun);
            return setTier(rule, action, dryRun);
        }
        // An account-wide rule acts on the site of its event (site_created: the new site), and
        // only on a site of its own account.
        if (event.workspaceId.isEmpty() && type != QLatin1String("set_tier"))
            return failed(QStringLiteral("an account-wide rule acts on its event's site, and this "
                                         "%1 event has no site")
                              .arg(event.type));
        Rule onSite = rule;
        onSite.workspaceId = event.workspaceId;
        if (!onSite.workspaceId.isEmpty() && !rule.accountId.isEmpty() &&
            ownerOf(m_db, onSite.workspaceId).accountId != rule.accountId)
            return failed(QStringLiteral("the event's site is not one of the rule's account's"));
        if (type == QLatin1String("publish_theme"))
            return publishTheme(onSite, action, dryRun);
        if (type == QLatin1String("rollback"))
            return rollback(onSite, action, dryRun);
        if (type == QLatin1String("backup"))
            return backup(onSite, action, dryRun);
        return setTier(onSite, action, dryRun);
    }
    if (type == QLatin1String("notify")) {
        QString message = action.params.value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = action.params.value(QStringLiteral("title")).toString();
        if (message.isEmpty())
            message = QStringLiteral("rule \"%1\" ran for %2").arg(rule.name, event.type);
        QCborMap output;
        output.insert(QStringLiteral("message"), message);
        if (dryRun)
            return succeeded(QStringLiteral("would log: %1").arg(message), output);
        qCInfo(lcAutomation).noquote()
            << "notify: rule" << rule.id << QStringLiteral("\"%1\":").arg(rule.name) << message;
        return succeeded(QStringLiteral("logged: %1").arg(message), output);
    }
    if (type == QLatin1String("sync_workspace") || type == QLatin1String("export_static"))
        return succeeded(
            QStringLiteral("left to the desktop app (%1 runs where the files are)").arg(type));
    return failed(QStringLiteral("the server cannot run \"%1\"").arg(type));
}

ActionResult ServerActionExecutor::publishTheme(const Rule &rule, const Action &action, bool dryRun)
{
    const Owner owner = ownerOf(m_db, rule.workspaceId);
    if (!owner.found)
        return failed(QStringLiteral("the rule's site no longer exists"));
    QString customization = action.params.value(QStringLiteral("customization_id")).toString();
    if (customization.isEmpty())
        customization = liveOf(m_db, rule.workspaceId).customizationId;
    if (customization.isEmpty())
        return failed(QStringLiteral("the site has no active customization to publish; give "
                                     "customization_id"));
    std::optional<qint64> revision;
    if (action.params.value(QStringLiteral("revision")).isInteger())
        revision = action.params.value(QStringLiteral("revision")).toInteger();
    if (dryRun) {
        auto q = m_db.exec(QStringLiteral("SELECT current_revision, name FROM customizations "
                                          "WHERE id = ? AND workspace_id = ?"),
                           {customization, rule.workspaceId});
        if (!q || !q->next())
            return failed(
                QStringLiteral("customization %1 is not one of this site's").arg(customization));
        QCborMap output;
        output.insert(QStringLiteral("customization_id"), customization);
        output.insert(QStringLiteral("revision"), revision.value_or(q->value(0).toLongLong()));
        return succeeded(QStringLiteral("would publish \"%1\" revision %2 on %3")
                             .arg(q->value(1).toString())
                             .arg(revision.value_or(q->value(0).toLongLong()))
                             .arg(owner.siteName),
                         output);
    }
    return transactional(m_db, m_config, owner.accountId, [&]() {
        auto done = publishCustomization(m_db, m_config, owner.accountId, customization, revision);
        if (!done)
            return failed(apiErrorText(done.error()));
        QCborMap output;
        output.insert(QStringLiteral("customization_id"), done->customizationId);
        output.insert(QStringLiteral("revision"), done->revision);
        return succeeded(QStringLiteral("published revision %1").arg(done->revision), output);
    });
}

ActionResult ServerActionExecutor::rollback(const Rule &rule, const Action &action, bool dryRun)
{
    const Owner owner = ownerOf(m_db, rule.workspaceId);
    if (!owner.found)
        return failed(QStringLiteral("the rule's site no longer exists"));
    const Live live = liveOf(m_db, rule.workspaceId);
    QString target = action.params.value(QStringLiteral("customization_id")).toString();
    qint64 revision = -1;
    if (action.params.value(QStringLiteral("revision")).isInteger()) {
        revision = action.params.value(QStringLiteral("revision")).toInteger();
        if (target.isEmpty())
            target = live.customizationId;
        if (target.isEmpty())
            return failed(QStringLiteral("nothing is published on the site"));
    } else {
        // The previous published revision: the newest publish that is not what is live now.
        auto q = m_db.exec(QStringLiteral("SELECT customization_id, revision FROM publishes WHERE "
                                          "workspace_id = ? AND action = 'publish' AND revision "
                                          "IS NOT NULL ORDER BY seq DESC"),
                           {rule.workspaceId});
        if (!q)
            return failed(q.error().toString());
        while (q->next()) {
            const QString cid = q->value(0).toString();
            const qint64 rev = q->value(1).toLongLong();
            if ((cid == live.customizationId && rev == live.revision) ||
                (!target.isEmpty() && cid != target))
                continue;
            auto exists = m_db.exec(QStringLiteral("SELECT 1 FROM revisions WHERE "
                                                   "customization_id = ? AND revision = ?"),
                                    {cid, rev});
            if (exists && exists->next()) {
                target = cid;
                revision = rev;
                break;
            }
        }
        if (revision < 0)
            return failed(QStringLiteral("no earlier published revision to roll back to"));
    }
    QCborMap output;
    output.insert(QStringLiteral("customization_id"), target);
    output.insert(QStringLiteral("revision"), revision);
    output.insert(QStringLiteral("from_revision"), live.revision);
    if (dryRun)
        return succeeded(QStringLiteral("would roll %1 back to revision %2 (live: %3)")
                             .arg(owner.siteName)
                             .arg(revision)
                             .arg(live.revision),
                         output);
    return transactional(m_db, m_config, owner.accountId, [&]() {
        auto done = publishCustomization(m_db, m_config, owner.accountId, target, revision,
                                         QStringLiteral("rollback"));
        if (!done)
            return failed(apiErrorText(done.error()));
        return succeeded(QStringLiteral("rolled back to revision %1").arg(revision), output);
    });
}

ActionResult ServerActionExecutor::backup(const Rule &rule, const Action &action, bool dryRun)
{
    const Owner owner = ownerOf(m_db, rule.workspaceId);
    if (!owner.found)
        return failed(QStringLiteral("the rule's site no longer exists"));
    const QCborValue keepValue = action.params.value(QStringLiteral("keep"));
    const int keep = keepValue.isInteger() && keepValue.toInteger() > 0
                         ? int(qMin<qint64>(keepValue.toInteger(), 100000))
                         : 0; // 0: keep all
    const QString dir =
        m_config.dataDir + QStringLiteral("/backups/") + rule.workspaceId; // a UUID: safe
    const QString file =
        dir + QLatin1Char('/') +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'")) +
        QStringLiteral(".json");
    QCborMap output;
    output.insert(QStringLiteral("file"), file);
    output.insert(QStringLiteral("keep"), keep);
    if (dryRun)
        return succeeded(
            QStringLiteral("would write a site bundle of %1 to %2%3")
                .arg(owner.siteName, file,
                     keep > 0 ? QStringLiteral(", keeping the last %1").arg(keep) : QString()),
            output);
    const SiteBundleResult bundle = siteBundle(m_db, rule.workspaceId);
    if (!bundle.error.isEmpty())
        return failed(bundle.error);
    QDir().mkpath(dir);
    QSaveFile f(file);
    const QByteArray data = json::write(bundle.bundle, json::Style::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return failed(QStringLiteral("cannot write %1: %2").arg(file, f.errorString()));
    const QStringList all =
        QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int removed = 0;
    for (qsizetype i = 0; keep > 0 && i + keep < all.size(); ++i)
        removed += QFile::remove(dir + QLatin1Char('/') + all[i]) ? 1 : 0;
    output.insert(QStringLiteral("bytes"), qint64(data.size()));
    output.insert(QStringLiteral("removed"), removed);
    return succeeded(QStringLiteral("wrote %1 (%2 bytes)").arg(file).arg(data.size()), output);
}

ActionResult ServerActionExecutor::webhook(const Rule &rule, const Action &action,
                                           const Event &event, bool dryRun)
{
    const QString url = action.params.value(QStringLiteral("url")).toString();
    if (auto ok = automation::checkWebhookUrl(url); !ok)
        return failed(ok.error().toString());
    const QByteArray secret = action.params.value(QStringLiteral("secret")).toString().toUtf8();
    const QCborValue timeoutValue = action.params.value(QStringLiteral("timeout_ms"));
    const int timeoutMs = timeoutValue.isInteger() && timeoutValue.toInteger() > 0
                              ? int(qMin<qint64>(timeoutValue.toInteger(), 60000))
                              : 5000;
    const QCborValue retriesValue = action.params.value(QStringLiteral("retries"));
    const int retries = retriesValue.isInteger() && retriesValue.toInteger() >= 0
                            ? int(qMin<qint64>(retriesValue.toInteger(), 5))
                            : 2;
    // The run being executed (the scheduler says which: in parallel mode several are running).
    const QString runId = dryRun ? QString() : currentRunId();
    QCborMap ruleJson;
    ruleJson.insert(QStringLiteral("id"), rule.id);
    ruleJson.insert(QStringLiteral("name"), rule.name);
    // An account-wide rule has none (null); the event names the site it concerns.
    ruleJson.insert(QStringLiteral("workspace_id"), rule.workspaceId.isEmpty()
                                                        ? QCborValue(nullptr)
                                                        : QCborValue(rule.workspaceId));
    QCborMap eventJson;
    eventJson.insert(QStringLiteral("type"), event.type);
    eventJson.insert(QStringLiteral("workspace_id"), event.workspaceId);
    eventJson.insert(QStringLiteral("depth"), event.depth);
    if (event.slot > 0)
        eventJson.insert(QStringLiteral("slot"),
                         QDateTime::fromSecsSinceEpoch(event.slot, Qt::UTC).toString(Qt::ISODate));
    QCborMap body;
    body.insert(QStringLiteral("rule"), ruleJson);
    body.insert(QStringLiteral("event"), eventJson);
    body.insert(QStringLiteral("payload"), event.payload);
    body.insert(QStringLiteral("run_id"),
                runId.isEmpty() ? QCborValue(nullptr) : QCborValue(runId));
    const QByteArray data = json::write(body);
    QCborMap output;
    output.insert(QStringLiteral("url"), url);
    if (dryRun)
        return succeeded(QStringLiteral("would POST %1 bytes to %2%3")
                             .arg(data.size())
                             .arg(url, secret.isEmpty() ? QString() : QStringLiteral(" (signed)")),
                         output);
    if (!m_network)
        return failed(QStringLiteral("no network on this thread"));
    const QByteArray signature =
        "sha256=" +
        QMessageAuthenticationCode::hash(data, secret, QCryptographicHash::Sha256).toHex();
    QString lastError;
    int attempt = 0;
    for (; attempt <= retries && !m_cancelled; ++attempt) {
        if (attempt > 0) {
            QEventLoop wait;
            QTimer::singleShot(webhookBackoffMs << (attempt - 1), &wait, &QEventLoop::quit);
            m_waiting = &wait;
            wait.exec();
            m_waiting = nullptr;
            if (m_cancelled)
                break;
        }
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("User-Agent", "sitehostd-automation");
        if (!secret.isEmpty())
            request.setRawHeader("X-SiteStudio-Signature", signature);
        if (!runId.isEmpty())
            request.setRawHeader("X-SiteStudio-Run", runId.toUtf8());
        request.setTransferTimeout(timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network->post(request, data);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished()) {
            m_waiting = &loop;
            m_inFlight = reply;
            loop.exec();
            m_waiting = nullptr;
            m_inFlight = nullptr;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        const QString errorText = reply->errorString();
        reply->deleteLater();
        if (status >= 200 && status < 300) {
            output.insert(QStringLiteral("status"), status);
            output.insert(QStringLiteral("attempts"), attempt + 1);
            return succeeded(QStringLiteral("POST %1 answered %2").arg(url).arg(status), output);
        }
        lastError = status > 0 ? QStringLiteral("HTTP %1").arg(status) : errorText;
        // A 4xx other than 408/429 will not get better by retrying.
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            ++attempt;
            break;
        }
        Q_UNUSED(error);
    }
    ActionResult r = failed(QStringLiteral("POST %1 failed after %2 attempt(s): %3")
                                .arg(url)
                                .arg(attempt)
                                .arg(lastError));
    output.insert(QStringLiteral("attempts"), attempt);
    r.output = output;
    return r;
}

ActionResult ServerActionExecutor::setTier(const Rule &rule, const Action &action, bool dryRun)
{
    Owner owner = ownerOf(m_db, rule.workspaceId);
    if (rule.workspaceId.isEmpty() && !rule.accountId.isEmpty()) {
        // An account-wide rule without a site: its own account.
        auto q = m_db.exec(QStringLiteral("SELECT tier, email FROM accounts WHERE id = ?"),
                           {rule.accountId});
        if (q && q->next()) {
            owner.accountId = rule.accountId;
            owner.tier = q->value(0).toString();
            owner.email = q->value(1).toString();
            owner.found = true;
        }
    }
    if (!owner.found)
        return failed(QStringLiteral("the rule's site no longer exists"));
    if (!isAdminAccount(m_db, m_config, owner.accountId))
        return failed(QStringLiteral("set_tier is for admin accounts (sitehostd --admin-email)"));
    const QString tier = action.params.value(QStringLiteral("tier")).toString();
    // The site's tier is its account's plan: the rule owner's account moves.
    const QString targetAccount = owner.accountId;
    const QString targetEmail = owner.email;
    QCborMap output;
    output.insert(QStringLiteral("account"), targetEmail);
    output.insert(QStringLiteral("tier"), tier);
    if (dryRun)
        return succeeded(QStringLiteral("would move %1 to the %2 plan").arg(targetEmail, tier),
                         output);
    return transactional(m_db, m_config, targetAccount, [&]() {
        auto current =
            m_db.exec(QStringLiteral("SELECT tier FROM accounts WHERE id = ?"), {targetAccount});
        const QString from = current && current->next() ? current->value(0).toString() : QString();
        if (auto r = changeTier(m_db, targetAccount, tier); !r)
            return failed(apiErrorText(r.error()));
        if (from != tier)
            emitTierChanged(m_db, targetAccount, from, tier);
        output.insert(QStringLiteral("from_tier"), from);
        return succeeded(QStringLiteral("moved %1 from %2 to %3").arg(targetEmail, from, tier),
                         output);
    });
}

} // namespace ss::server
