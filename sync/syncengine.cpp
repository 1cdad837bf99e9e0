#include "syncengine.h"

#include "apiclient.h"
#include "json.h"
#include "localcache.h"
#include "operation.h"
#include "rebase.h"
#include "sitedocument.h"
#include "sitestore.h"

#include <QCborArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QUuid>

#include <csignal>

namespace ss::sync {

Q_LOGGING_CATEGORY(lcSync, "sitestudio.sync.engine", QtInfoMsg)

namespace {

// Test hook (like the cache's fail-Nth): SITESTUDIO_TEST_CRASH_AT=<point> kills the process with
// SIGKILL at that point, so tests can check that a restart converges from every crash point.
void crashPoint(const char *name)
{
    static const QByteArray at = qgetenv("SITESTUDIO_TEST_CRASH_AT");
    if (!at.isEmpty() && at == name)
        ::raise(SIGKILL);
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString jsonText(const QCborValue &v)
{
    return QString::fromUtf8(json::write(v));
}

struct Row
{
    qint64 seq = 0;
    QString opId, entityType, entityId, batchKey;
    QCborValue op;
};

bool isDocumentOp(const QCborValue &op)
{
    const QString name = op.toMap().value(QStringLiteral("op")).toString();
    return !name.isEmpty() && !name.startsWith(QLatin1String("create-")) &&
           !name.startsWith(QLatin1String("delete-")) && name != QLatin1String("publish");
}

} // namespace

class SyncEngine::Impl
{
public:
    Impl(LocalCache &cache, ApiClient &api, const QString &profile, const Options &options,
         SyncReport &report)
        : cache(cache)
        , api(api)
        , profile(profile)
        , options(options)
        , report(report)
    {}

    LocalCache &cache;
    ApiClient &api;
    const QString &profile;
    const Options &options;
    SyncReport &report;
    bool stop = false;

    void progress(SyncEngine::Step step, const QString &detail = QString())
    {
        if (options.progress)
            options.progress(step, detail);
    }

    void sleepMs(int ms)
    {
        if (options.sleep)
            options.sleep(ms);
        else
            QThread::msleep(ulong(ms));
    }

    // One request with bounded retries for transient failures: full-jitter backoff, Retry-After
    // honoured (capped). 4xx answers come back at once.
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QHash<QByteArray, QByteArray> &headers)
    {
        HttpReply reply;
        for (int attempt = 0; attempt < options.maxAttempts; ++attempt) {
            reply = api.request(method, path, body, headers);
            ++report.requests;
            if (!reply.transient())
                return reply;
            int waitMs;
            if (reply.status == 429 || (reply.status == 503 && reply.retryAfterSeconds() >= 0)) {
                waitMs = int(std::min<qint64>(std::max<qint64>(reply.retryAfterSeconds(), 0),
                                              options.maxRetryAfterSeconds) *
                             1000);
            } else {
                const qint64 cap = std::min<qint64>(
                    options.backoffCapMs, qint64(options.backoffBaseMs) << std::min(attempt, 16));
                waitMs = int(QRandomGenerator::global()->bounded(cap + 1));
            }
            if (attempt + 1 < options.maxAttempts)
                sleepMs(waitMs);
        }
        return reply;
    }

    QString workspaceOf(const Row &r)
    {
        if (r.entityType == QLatin1String("workspace"))
            return r.entityId;
        if (r.entityType == QLatin1String("customization")) {
            auto q =
                cache.exec(QStringLiteral("SELECT workspace_id FROM customizations WHERE id = ?"),
                           {r.entityId});
            if (q && q->next())
                return q->value(0).toString();
            // A deleted site's customization: its create op still names it.
            return r.op.toMap().value(QStringLiteral("workspace")).toString();
        }
        return {};
    }

    bool mine(const Row &r)
    {
        // An account-wide rule's ops go to its own profile's server only.
        if (r.entityType == QLatin1String("rule")) {
            QString owner = r.op.toMap().value(QStringLiteral("profile")).toString();
            if (owner.isEmpty())
                if (auto q = cache.exec(QStringLiteral("SELECT COALESCE(profile_id, '') FROM "
                                                       "automation_rules WHERE id = ? AND "
                                                       "workspace_id IS NULL"),
                                        {r.entityId});
                    q && q->next())
                    owner = q->value(0).toString();
            if (!owner.isEmpty())
                return owner == profile && options.onlyWorkspace.isEmpty();
        }
        const QString ws = workspaceOf(r);
        if (!options.onlyWorkspace.isEmpty() && ws != options.onlyWorkspace)
            return false;
        if (ws.isEmpty())
            return true;
        auto q = cache.exec(QStringLiteral("SELECT profile_id FROM workspaces WHERE id = ?"), {ws});
        if (!q || !q->next())
            return true; // deleted locally: its queued ops still go to this profile's server
        return q->value(0).isNull() || q->value(0).toString().isEmpty() ||
               q->value(0).toString() == profile;
    }

    Result<QList<Row>> rows(const QString &where, const QVariantList &binds)
    {
        auto q = cache.exec(
            QStringLiteral(
                "SELECT seq, op_id, entity_type, entity_id, op_json, batch_key FROM outbox ") +
                where,
            binds);
        if (!q)
            return std::unexpected(q.error());
        QList<Row> out;
        while (q->next()) {
            Row r;
            r.seq = q->value(0).toLongLong();
            r.opId = q->value(1).toString();
            r.entityType = q->value(2).toString();
            r.entityId = q->value(3).toString();
            auto op = json::parse(q->value(4).toString().toUtf8(),
                                  {.maxBytes = 128 << 20, .maxDepth = 512});
            r.op = op ? *op : QCborValue();
            r.batchKey = q->value(5).toString();
            out << r;
        }
        return out;
    }

    Result<void> park(const QList<Row> &batch, const QString &why)
    {
        ++report.parked;
        report.messages << QStringLiteral("parked %1 %2: %3")
                               .arg(batch.first().entityType, batch.first().entityId, why);
        return cache.transaction([&]() -> Result<void> {
            for (const Row &r : batch)
                if (auto e =
                        cache.exec(QStringLiteral("UPDATE outbox SET state = 'parked', last_error "
                                                  "= ?, attempts = attempts + 1 WHERE seq = ?"),
                                   {why, r.seq});
                    !e)
                    return std::unexpected(e.error());
            return {};
        });
    }

    // After the server acknowledged a batch: drop it, and when nothing else is queued for the
    // entity, the working copy is what the server has (the new base).
    // A rebased batch leaves the base where it was, so the pull that follows fetches the merged
    // document (the working copy does not have the server's side of the merge).
    Result<void> done(const QList<Row> &batch, qint64 revision, bool rebased = false)
    {
        report.pushed += int(batch.size());
        return cache.transaction([&]() -> Result<void> {
            for (const Row &r : batch)
                if (auto e =
                        cache.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {r.seq});
                    !e)
                    return std::unexpected(e.error());
            const Row &r = batch.first();
            if (r.entityType == QLatin1String("customization") && revision > 0 && !rebased) {
                if (auto e = cache.exec(
                        QStringLiteral("UPDATE customizations SET base_revision = ? WHERE id = ?"),
                        {revision, r.entityId});
                    !e)
                    return std::unexpected(e.error());
                auto left =
                    cache.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity_id = ?"),
                               {r.entityId});
                if (left && left->next() && left->value(0).toInt() == 0) {
                    // The base becomes the working copy: its journaled edits folded in first.
                    if (auto f = SiteStore(cache).foldJournal(r.entityId); !f)
                        return f;
                    (void)cache.exec(
                        QStringLiteral(
                            "UPDATE customizations SET base_site_json = site_json WHERE id = ?"),
                        {r.entityId});
                    (void)cache.exec(QStringLiteral("UPDATE customization_pages SET base_page_json "
                                                    "= page_json WHERE customization_id = ?"),
                                     {r.entityId});
                }
            }
            return {};
        });
    }

    // Returns false when pushing must stop for now (offline, login needed).
    bool handleFailure(const QList<Row> &batch, const HttpReply &reply)
    {
        if (reply.status == 401) {
            report.complete = false;
            report.messages << QStringLiteral(
                                   "the server wants a new login (sitestudio-cli login): %1")
                                   .arg(reply.errorMessage());
            return false;
        }
        if (reply.transient()) {
            report.complete = false;
            report.messages << QStringLiteral("server unreachable or busy (%1); %2 will be retried")
                                   .arg(reply.errorMessage(),
                                        batch.isEmpty() ? QString() : batch.first().entityId);
            return false;
        }
        if (batch.isEmpty()) {
            report.messages << reply.errorMessage();
            return true;
        }
        (void)park(batch, QStringLiteral("HTTP %1 %2: %3")
                              .arg(reply.status)
                              .arg(reply.errorCode(), reply.errorMessage()));
        return true;
    }

    bool pushSingle(const Row &r)
    {
        const QCborMap op = r.op.toMap();
        const QString name = op.value(QStringLiteral("op")).toString();
        QHash<QByteArray, QByteArray> headers{{"Idempotency-Key", r.opId.toUtf8()}};
        HttpReply reply;
        if (name == QLatin1String("create-workspace")) {
            QCborMap body;
            body.insert(QStringLiteral("id"), op.value(QStringLiteral("id")));
            body.insert(QStringLiteral("name"), op.value(QStringLiteral("name")));
            body.insert(QStringLiteral("type"), op.value(QStringLiteral("type")));
            reply = send("POST", QStringLiteral("/api/v1/workspaces"), json::write(body), headers);
            if (reply.status == 409 && reply.errorCode() == QLatin1String("id_taken")) {
                // Created by an earlier attempt whose key the server no longer has.
                HttpReply mineReply =
                    send("GET", QStringLiteral("/api/v1/workspaces/") + r.entityId, {}, {});
                if (mineReply.ok())
                    reply = mineReply;
            }
            if (reply.ok()) {
                const QCborMap ws = reply.json();
                (void)cache.exec(
                    QStringLiteral("UPDATE workspaces SET slug = ?, domain = ?, tier = COALESCE(?, "
                                   "tier), server_rev = ?, profile_id = ? WHERE id = ?"),
                    {ws.value(QStringLiteral("slug")).toString(),
                     ws.value(QStringLiteral("domain")).toString(), QVariant(),
                     ws.value(QStringLiteral("revision")).toInteger(), profile, r.entityId});
            }
        } else if (name == QLatin1String("create-customization")) {
            QCborMap body;
            body.insert(QStringLiteral("id"), op.value(QStringLiteral("id")));
            body.insert(QStringLiteral("template_id"), op.value(QStringLiteral("template")));
            body.insert(QStringLiteral("document"), op.value(QStringLiteral("document")));
            reply = send("POST",
                         QStringLiteral("/api/v1/workspaces/%1/customizations")
                             .arg(op.value(QStringLiteral("workspace")).toString()),
                         json::write(body), headers);
            if (reply.status == 409 && reply.errorCode() == QLatin1String("id_taken")) {
                HttpReply mineReply =
                    send("GET", QStringLiteral("/api/v1/customizations/") + r.entityId, {}, {});
                if (mineReply.ok())
                    reply = mineReply;
            }
        } else if (name == QLatin1String("publish")) {
            // Publishing: the edits before this row are on the server (FIFO); upload the assets
            // the document uses that the server lacks, then publish its current revision.
            progress(SyncEngine::Step::UploadingAssets);
            if (auto up =
                    uploadAssets(r.entityId, op.value(QStringLiteral("workspace")).toString());
                !up.ok())
                return handleFailure({r}, up);
            progress(SyncEngine::Step::Publishing, r.entityId);
            reply =
                send("POST", QStringLiteral("/api/v1/customizations/%1/publish").arg(r.entityId),
                     QByteArrayLiteral("{}"), headers);
            // The change feed does not carry a publish (the revision stays the same): record
            // the live revision from the answer, for "live vs draft" in the site list.
            if (reply.ok()) {
                const QCborValue live = reply.json().value(QStringLiteral("published_revision"));
                if (live.isInteger())
                    (void)cache.exec(QStringLiteral("UPDATE customizations SET "
                                                    "published_revision = ? WHERE id = ?"),
                                     {live.toInteger(), r.entityId});
            }
        } else if (name == QLatin1String("create-rule")) {
            QCborMap body = op.value(QStringLiteral("rule")).toMap();
            body.insert(QStringLiteral("id"), r.entityId);
            // Without a workspace: an account-wide rule (every site of the account).
            const QString ws = op.value(QStringLiteral("workspace")).toString();
            reply = send("POST",
                         ws.isEmpty() ? QStringLiteral("/api/v1/rules")
                                      : QStringLiteral("/api/v1/workspaces/%1/rules").arg(ws),
                         json::write(body), headers);
            if (reply.status == 409 && reply.errorCode() == QLatin1String("id_taken")) {
                HttpReply mineReply =
                    send("GET", QStringLiteral("/api/v1/rules/") + r.entityId, {}, {});
                if (mineReply.ok())
                    reply = mineReply;
            }
        } else if (name == QLatin1String("update-rule")) {
            // Rules are small and edited as a whole: the last writer wins.
            reply = send("PUT", QStringLiteral("/api/v1/rules/") + r.entityId,
                         json::write(op.value(QStringLiteral("rule"))), headers);
        } else if (name == QLatin1String("delete-rule")) {
            reply = send("DELETE", QStringLiteral("/api/v1/rules/") + r.entityId, {}, headers);
            if (reply.status == 404)
                reply.status = 204;
        } else if (name == QLatin1String("record-run")) {
            // A run of a rule's desktop actions, recorded on the server so the history is the
            // same on every device (idempotent per (rule, slot) there). A deleted rule has no
            // history left to add to.
            reply = send("POST", QStringLiteral("/api/v1/rules/%1/runs").arg(r.entityId),
                         json::write(op.value(QStringLiteral("run"))), headers);
            if (reply.status == 404)
                reply.status = 204;
        } else if (name == QLatin1String("delete-workspace")) {
            reply = send("DELETE", QStringLiteral("/api/v1/workspaces/") + r.entityId, {}, headers);
            if (reply.status == 404)
                reply.status = 204; // already gone
        } else {
            (void)park({r}, QStringLiteral("unknown outbox operation \"%1\"").arg(name));
            return true;
        }
        if (!reply.ok())
            return handleFailure({r}, reply);
        crashPoint("after-reply");
        (void)done({r}, reply.json()
                            .value(QStringLiteral("revision"))
                            .toInteger(name == QLatin1String("create-customization") ? 1 : 0));
        return true;
    }

    HttpReply uploadAssets(const QString &customizationId, const QString &workspaceId)
    {
        HttpReply ok;
        ok.status = 200;
        auto doc = localDocument(customizationId);
        if (!doc)
            return ok;
        static const QRegularExpression ref(
            QStringLiteral("assets/([0-9a-f]{64})\\.([a-z0-9]{1,8})"));
        const QString text = jsonText(doc->toJson());
        QCborArray manifest;
        QHash<QString, QString> names;
        for (auto it = ref.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (names.contains(m.captured(1)))
                continue;
            names.insert(m.captured(1), m.captured(1) + QLatin1Char('.') + m.captured(2));
            QCborMap a;
            a.insert(QStringLiteral("sha256"), m.captured(1));
            auto data = options.readAsset ? options.readAsset(names.value(m.captured(1)))
                                          : Result<QByteArray>(fail(QString()));
            a.insert(QStringLiteral("size"), data ? qint64(data->size()) : 0);
            manifest.append(a);
        }
        if (manifest.isEmpty())
            return ok;
        QCborMap body;
        body.insert(QStringLiteral("assets"), manifest);
        HttpReply missing =
            send("POST", QStringLiteral("/api/v1/workspaces/%1/assets/manifest").arg(workspaceId),
                 json::write(body), {});
        if (!missing.ok())
            return missing;
        const QCborArray toSend = missing.json().value(QStringLiteral("missing")).toArray();
        int sent = 0;
        for (const QCborValue &sha : toSend) {
            progress(SyncEngine::Step::UploadingAssets,
                     QStringLiteral("%1/%2").arg(++sent).arg(toSend.size()));
            auto data = options.readAsset
                            ? options.readAsset(names.value(sha.toString()))
                            : Result<QByteArray>(fail(QStringLiteral("no asset store")));
            if (!data) {
                HttpReply bad;
                bad.status = 422;
                bad.body = json::write(
                    QCborMap{{QStringLiteral("error"),
                              QCborMap{{QStringLiteral("code"), QStringLiteral("asset_missing")},
                                       {QStringLiteral("message"), data.error().toString()}}}});
                return bad;
            }
            HttpReply put = send(
                "PUT",
                QStringLiteral("/api/v1/assets/%1?workspace=%2").arg(sha.toString(), workspaceId),
                *data, {{"Content-Type", "application/octet-stream"}});
            if (!put.ok())
                return put;
        }
        return ok;
    }

    // Assets a pulled document uses that this device lacks (uploaded from another one).
    void downloadAssets(const SiteDocument &doc, const QString &workspaceId)
    {
        if (!options.writeAsset || !options.readAsset)
            return;
        static const QRegularExpression ref(
            QStringLiteral("assets/([0-9a-f]{64})\\.([a-z0-9]{1,8})"));
        const QString text = jsonText(doc.toJson());
        QSet<QString> done;
        for (auto it = ref.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString name = m.captured(1) + QLatin1Char('.') + m.captured(2);
            if (done.contains(name) || options.readAsset(name))
                continue;
            done.insert(name);
            HttpReply r = send("GET", QStringLiteral("/api/v1/assets/") + m.captured(1), {}, {});
            if (!r.ok()) {
                report.messages << QStringLiteral("asset %1 could not be downloaded: %2")
                                       .arg(name, r.errorMessage());
                continue;
            }
            if (auto w = options.writeAsset(name, r.body, workspaceId); !w)
                report.messages << QStringLiteral("asset %1: %2").arg(name, w.error().toString());
        }
    }

    qint64 baseRevision(const QString &customizationId)
    {
        auto q = cache.exec(QStringLiteral("SELECT base_revision FROM customizations WHERE id = ?"),
                            {customizationId});
        return q && q->next() && !q->value(0).isNull() ? q->value(0).toLongLong() : 1;
    }

    // The local working copy of a customization (for edit-beats-delete).
    std::unique_ptr<SiteDocument> localDocument(const QString &customizationId)
    {
        // Snapshot plus journal, exactly what the editor shows.
        auto doc = SiteStore(cache).loadCustomization(customizationId);
        return doc ? std::move(*doc) : nullptr;
    }

    Result<void> recordConflicts(const QString &customizationId,
                                 const QList<RebaseConflict> &conflicts)
    {
        for (const RebaseConflict &c : conflicts) {
            ++report.conflicts;
            auto r = cache.exec(
                QStringLiteral("INSERT INTO conflicts (id, entity_type, entity_id, page_id, "
                               "block_id, path, local_json, remote_json, created_at) "
                               "VALUES (?, 'customization', ?, ?, ?, ?, ?, ?, ?)"),
                {uuid(), customizationId, c.pageId, c.blockId, c.path,
                 c.local.isUndefined() ? QVariant() : QVariant(jsonText(c.local)),
                 c.remote.isUndefined() ? QVariant() : QVariant(jsonText(c.remote)),
                 SiteStore::nowUtc()});
            if (!r)
                return std::unexpected(r.error());
            report.messages
                << QStringLiteral("conflict on %1 %2: %3").arg(c.blockId, c.path, c.message);
        }
        return {};
    }

    // The server has this customization at an older revision than we last synced: it was
    // restored from a backup older than our last push. Rebasing on its copy would drop the
    // revisions it lost, so our working copy (synced edits plus queued ones) goes back as its next
    // revision, and the queued document ops it contains leave the outbox.
    HttpReply resendWhole(const QString &id, qint64 serverRevision)
    {
        auto doc = localDocument(id);
        if (!doc) {
            HttpReply none;
            none.status = 0;
            return none;
        }
        QCborMap body;
        body.insert(QStringLiteral("document"), doc->toJson());
        HttpReply put =
            send("PUT", QStringLiteral("/api/v1/customizations/") + id, json::write(body),
                 {{"If-Match", "\"" + QByteArray::number(serverRevision) + "\""}});
        if (!put.ok())
            return put;
        auto tx = cache.transaction([&]() -> Result<void> {
            auto q = cache.exec(
                QStringLiteral("SELECT seq, op_json FROM outbox WHERE entity_id = ?"), {id});
            if (!q)
                return std::unexpected(q.error());
            QList<qint64> drop;
            while (q->next()) {
                auto op = json::parse(q->value(1).toString().toUtf8(),
                                      {.maxBytes = 128 << 20, .maxDepth = 512});
                if (op && (op->isArray() || isDocumentOp(*op)))
                    drop << q->value(0).toLongLong();
            }
            for (qint64 seq : drop)
                if (auto e = cache.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
                    !e)
                    return std::unexpected(e.error());
            if (auto f = SiteStore(cache).foldJournal(id); !f)
                return f;
            if (auto e = cache.exec(QStringLiteral("UPDATE customizations SET base_revision = ?, "
                                                   "base_site_json = site_json WHERE id = ?"),
                                    {put.json().value(QStringLiteral("revision")).toInteger(), id});
                !e)
                return std::unexpected(e.error());
            return cache.exec(QStringLiteral("UPDATE customization_pages SET base_page_json = "
                                             "page_json WHERE customization_id = ?"),
                              {id})
                       ? Result<void>()
                       : fail(QStringLiteral("cannot store the base"));
        });
        if (!tx)
            report.messages << tx.error().toString();
        ++report.pushed;
        report.messages << QStringLiteral(
                               "re-sent customization %1 whole (the server's copy was older)")
                               .arg(id);
        return put;
    }

    // After a rebase the working copy lacks the server's side of the merge (and keeps values that
    // lost a conflict): once nothing is queued for the entity, take the server's document.
    bool refreshIfSettled(const QString &id, bool rebased)
    {
        if (!rebased || pendingFor(id) > 0)
            return true;
        HttpReply current = send("GET", QStringLiteral("/api/v1/customizations/") + id, {}, {});
        if (!current.ok())
            return handleFailure({}, current);
        const QCborMap body = current.json();
        auto doc = SiteDocument::fromJson(body.value(QStringLiteral("document")));
        if (!doc) {
            (void)quarantine(QStringLiteral("customization"), id, doc.error().toString());
            return true;
        }
        auto tx = cache.transaction([&]() { return storeServerDocument(body, **doc); });
        if (!tx)
            report.messages << tx.error().toString();
        else
            ++report.pulled;
        return true;
    }

    bool pushBatch(const QList<Row> &batchIn)
    {
        QList<Row> batch = batchIn;
        const QString id = batch.first().entityId;
        bool rebased = false;
        for (int rebases = 0; rebases < 3; ++rebases) {
            QCborArray ops;
            for (const Row &r : batch) {
                if (r.op.isArray()) // a rebased row may hold several ops, or none
                    for (const QCborValue &o : r.op.toArray())
                        ops.append(o);
                else
                    ops.append(r.op);
            }
            if (ops.isEmpty()) {
                (void)done(batch, baseRevision(id), rebased);
                return refreshIfSettled(id, rebased);
            }
            const qint64 base = baseRevision(id);
            QCborMap body;
            body.insert(QStringLiteral("ops"), ops);
            HttpReply reply = send("POST", QStringLiteral("/api/v1/customizations/%1/ops").arg(id),
                                   json::write(body),
                                   {{"Idempotency-Key", batch.first().batchKey.toUtf8()},
                                    {"If-Match", "\"" + QByteArray::number(base) + "\""}});
            if (reply.ok()) {
                crashPoint("after-reply"); // the server applied it; we have not marked it done
                (void)done(batch, reply.json().value(QStringLiteral("revision")).toInteger(),
                           rebased);
                return refreshIfSettled(id, rebased);
            }
            if (reply.status != 412)
                return handleFailure(batch, reply);
            // The server moved on: replay our ops on its version, per block and prop.
            HttpReply current = send("GET", QStringLiteral("/api/v1/customizations/") + id, {}, {});
            if (!current.ok())
                return handleFailure(batch, current);
            if (const qint64 serverRev =
                    current.json().value(QStringLiteral("revision")).toInteger();
                serverRev < base) {
                HttpReply put = resendWhole(id, serverRev);
                return put.ok() ? true : handleFailure(batch, put);
            }
            auto server = SiteDocument::fromJson(current.json().value(QStringLiteral("document")));
            if (!server) {
                (void)park(batch, QStringLiteral("the server's document cannot be read: ") +
                                      server.error().toString());
                return true;
            }
            QList<Operation> parsed;
            for (const QCborValue &o : ops)
                if (auto op = Operation::fromJson(o))
                    parsed << *op;
            auto local = localDocument(id);
            RebaseResult replay = rebaseOps(**server, local.get(), parsed);
            const qint64 serverRevision =
                current.json().value(QStringLiteral("revision")).toInteger();
            const QString newKey = uuid();
            // Persist the rebased batch (first row holds all ops, the rest none) with a new key
            // before sending it: a crash now resends exactly this.
            auto tx = cache.transaction([&]() -> Result<void> {
                if (auto r = recordConflicts(id, replay.conflicts); !r)
                    return r;
                QCborArray all;
                for (const Operation &o : replay.ops)
                    all.append(o.toJson());
                for (qsizetype i = 0; i < batch.size(); ++i) {
                    if (auto e = cache.exec(
                            QStringLiteral(
                                "UPDATE outbox SET op_json = ?, batch_key = ? WHERE seq = ?"),
                            {jsonText(i == 0 ? QCborValue(all) : QCborValue(QCborArray())), newKey,
                             batch[i].seq});
                        !e)
                        return std::unexpected(e.error());
                    batch[i].op = i == 0 ? QCborValue(all) : QCborValue(QCborArray());
                    batch[i].batchKey = newKey;
                }
                return cache.exec(QStringLiteral(
                                      "UPDATE customizations SET base_revision = ? WHERE id = ?"),
                                  {serverRevision, id})
                           ? Result<void>()
                           : fail(QStringLiteral("cannot store the base revision"));
            });
            if (!tx) {
                report.complete = false;
                report.messages << tx.error().toString();
                return false;
            }
            rebased = true;
        }
        (void)park(batch, QStringLiteral("the server kept changing during the rebase"));
        return true;
    }

    Result<void> pushAll()
    {
        (void)cache.exec(
            QStringLiteral("UPDATE workspaces SET profile_id = ? WHERE profile_id IS NULL"),
            {profile});
        QSet<QString>
            skipped; // entities with parked rows keep their order: nothing after them goes
        for (int guard = 0; guard < 1000000 && !stop; ++guard) {
            auto head = rows(QStringLiteral("WHERE state = 'parked'"), {});
            if (!head)
                return std::unexpected(head.error());
            for (const Row &r : *head)
                skipped.insert(r.entityId);
            auto pending =
                rows(QStringLiteral("WHERE state <> 'parked' ORDER BY seq LIMIT 200"), {});
            if (!pending)
                return std::unexpected(pending.error());
            const Row *next = nullptr;
            for (const Row &r : *pending)
                if (!skipped.contains(r.entityId) && mine(r)) {
                    next = &r;
                    break;
                }
            if (!next)
                return {};
            if (!next->batchKey.isEmpty() ||
                (next->entityType == QLatin1String("customization") && isDocumentOp(next->op))) {
                QList<Row> batch;
                if (!next->batchKey.isEmpty()) {
                    auto b =
                        rows(QStringLiteral("WHERE batch_key = ? ORDER BY seq"), {next->batchKey});
                    if (!b)
                        return std::unexpected(b.error());
                    batch = *b;
                } else {
                    auto same = rows(QStringLiteral("WHERE entity_id = ? AND state <> 'parked' AND "
                                                    "seq >= ? ORDER BY seq LIMIT 500"),
                                     {next->entityId, next->seq});
                    if (!same)
                        return std::unexpected(same.error());
                    for (const Row &r : *same) {
                        if (!isDocumentOp(r.op) || !r.batchKey.isEmpty())
                            break;
                        batch << r;
                    }
                    const QString key = uuid();
                    auto tx = cache.transaction([&]() -> Result<void> {
                        for (Row &r : batch) {
                            r.batchKey = key;
                            if (auto e = cache.exec(
                                    QStringLiteral("UPDATE outbox SET batch_key = ? WHERE seq = ?"),
                                    {key, r.seq});
                                !e)
                                return std::unexpected(e.error());
                        }
                        return {};
                    });
                    if (!tx)
                        return tx;
                    crashPoint("after-batch-key");
                }
                progress(SyncEngine::Step::PushingEdits, next->entityId);
                if (!pushBatch(batch))
                    return {};
            } else {
                if (next->op.toMap().value(QStringLiteral("op")).toString() !=
                    QLatin1String("publish"))
                    progress(SyncEngine::Step::PushingEdits, next->entityId);
                if (!pushSingle(*next))
                    return {};
            }
        }
        return {};
    }

    // ---- pull ------------------------------------------------------------------------------

    QString cursor()
    {
        auto q = cache.exec(QStringLiteral("SELECT cursor FROM sync_cursors WHERE profile_id = ?"),
                            {profile});
        return q && q->next() ? q->value(0).toString() : QString();
    }

    int pendingFor(const QString &entityId)
    {
        auto q = cache.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity_id = ?"),
                            {entityId});
        return q && q->next() ? q->value(0).toInt() : 0;
    }

    // Writes a server document as the working copy and the base of a customization.
    Result<void> storeServerDocument(const QCborMap &c, const SiteDocument &doc)
    {
        const QString id = c.value(QStringLiteral("id")).toString();
        const QString ws = c.value(QStringLiteral("workspace_id")).toString();
        const QString now = SiteStore::nowUtc();
        // Checked again inside the write transaction: an edit the editor committed since the
        // caller looked must not be replaced (the push rebases it on this version later).
        if (pendingFor(id) > 0)
            return {};
        auto exists = cache.exec(QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"), {ws});
        if (!exists)
            return std::unexpected(exists.error());
        if (!exists->next()) {
            if (auto e =
                    cache.exec(QStringLiteral("INSERT INTO workspaces (id, profile_id, name, "
                                              "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                               {ws, profile, doc.name.isEmpty() ? ws : doc.name, now, now});
                !e)
                return std::unexpected(e.error());
        }
        QCborMap site = doc.toJson();
        site.remove(QStringLiteral("pages"));
        auto active = cache.exec(QStringLiteral("SELECT 1 FROM customizations WHERE workspace_id = "
                                                "? AND is_active = 1 AND id <> ?"),
                                 {ws, id});
        const bool otherActive = active && active->next();
        auto up = cache.exec(
            QStringLiteral(
                "INSERT INTO customizations (id, workspace_id, name, template_id, "
                "template_version, is_active, site_json, "
                "base_site_json, base_revision, published_revision, updated_at) VALUES (?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, site_json = "
                "excluded.site_json, "
                "base_site_json = excluded.base_site_json, base_revision = excluded.base_revision, "
                "published_revision = excluded.published_revision, updated_at = "
                "excluded.updated_at"),
            {id, ws, c.value(QStringLiteral("name")).toString(),
             c.value(QStringLiteral("template_id")).toString(),
             c.value(QStringLiteral("template_version")).toString(), otherActive ? 0 : 1,
             jsonText(site), jsonText(site), c.value(QStringLiteral("revision")).toInteger(),
             c.value(QStringLiteral("published_revision")).isInteger() &&
                     c.value(QStringLiteral("is_active")).toBool()
                 ? QVariant(c.value(QStringLiteral("published_revision")).toInteger())
                 : QVariant(),
             now});
        if (!up)
            return std::unexpected(up.error());
        // The server's document replaces the pages, snapshots and journals alike (a customization
        // with edits still queued is never replaced here: the push rebases it).
        for (const QString &table :
             {QStringLiteral("customization_pages"), QStringLiteral("page_journal")})
            if (auto e = cache.exec(
                    QStringLiteral("DELETE FROM %1 WHERE customization_id = ?").arg(table), {id});
                !e)
                return std::unexpected(e.error());
        const auto &pages = doc.pages();
        for (size_t i = 0; i < pages.size(); ++i) {
            const QString text = jsonText(SiteDocument::pageToJson(*pages[i]));
            if (auto e =
                    cache.exec(QStringLiteral("INSERT INTO customization_pages (customization_id, "
                                              "page_id, position, slug, page_json, base_page_json) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                               {id, pages[i]->id, qint64(i), pages[i]->slug, text, text});
                !e)
                return std::unexpected(e.error());
        }
        return {};
    }

    // A workspace as the server has it (name, address, tier) with its deployment log (read-only).
    Result<void> storeWorkspace(const QCborMap &w)
    {
        const QString id = w.value(QStringLiteral("id")).toString();
        const QString now = SiteStore::nowUtc();
        auto up = cache.exec(QStringLiteral("INSERT INTO workspaces (id, profile_id, name, slug, "
                                            "type, domain, server_rev, created_at, updated_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) "
                                            "DO UPDATE SET name = excluded.name, "
                                            "slug = excluded.slug, type = excluded.type, domain = "
                                            "excluded.domain, server_rev = excluded.server_rev, "
                                            "updated_at = excluded.updated_at"),
                             {id, profile, w.value(QStringLiteral("name")).toString(),
                              w.value(QStringLiteral("slug")).toString(),
                              w.value(QStringLiteral("type")).toString(),
                              w.value(QStringLiteral("domain")).toString(),
                              w.value(QStringLiteral("revision")).toInteger(), now, now});
        if (!up)
            return std::unexpected(up.error());
        const QCborValue deployments = w.value(QStringLiteral("@deployments"));
        if (deployments.isArray()) {
            if (auto e = cache.exec(
                    QStringLiteral("DELETE FROM deployments WHERE workspace_id = ?"), {id});
                !e)
                return std::unexpected(e.error());
            for (const QCborValue &v : deployments.toArray()) {
                const QCborMap d = v.toMap();
                const QString did = d.value(QStringLiteral("id")).toString().isEmpty()
                                        ? uuid()
                                        : d.value(QStringLiteral("id")).toString();
                auto ins = cache.exec(
                    QStringLiteral("INSERT OR REPLACE INTO deployments (id, workspace_id, kind, "
                                   "status, created_at, finished_at, details_json) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {did, id, d.value(QStringLiteral("kind")).toString(),
                     d.value(QStringLiteral("status")).toString(),
                     d.value(QStringLiteral("created_at")).toString(),
                     d.value(QStringLiteral("finished_at")).isString()
                         ? QVariant(d.value(QStringLiteral("finished_at")).toString())
                         : QVariant(),
                     jsonText(d.value(QStringLiteral("details")))});
                if (!ins)
                    return std::unexpected(ins.error());
            }
        }
        return {};
    }

    // The revision history as the server has it: numbers, dates, which one is live (the documents
    // stay on the server; rolling back is a publish of an earlier revision).
    Result<void> storeRevisions(const QString &customizationId, const QCborArray &revisions)
    {
        if (revisions.isEmpty())
            return {};
        if (auto e = cache.exec(QStringLiteral("DELETE FROM revisions WHERE customization_id = ?"),
                                {customizationId});
            !e)
            return std::unexpected(e.error());
        for (const QCborValue &v : revisions) {
            const QCborMap m = v.toMap();
            auto r = cache.exec(
                QStringLiteral("INSERT INTO revisions (customization_id, revision, created_at, "
                               "message, document_json) VALUES (?, ?, ?, ?, '')"),
                {customizationId, m.value(QStringLiteral("revision")).toInteger(),
                 m.value(QStringLiteral("created_at")).toString(),
                 m.value(QStringLiteral("published")).toBool() ? QStringLiteral("published")
                                                               : QStringLiteral("")});
            if (!r)
                return std::unexpected(r.error());
        }
        return {};
    }

    Result<void> storeRule(const QCborMap &rule)
    {
        QCborMap body = rule;
        const QString id = body.take(QStringLiteral("id")).toString();
        // null or "": an account-wide rule, owned by the profile that syncs it.
        const QString ws = body.take(QStringLiteral("workspace_id")).toString();
        const qint64 rev = body.take(QStringLiteral("revision")).toInteger();
        body.remove(QStringLiteral("created_at"));
        body.remove(QStringLiteral("account_id"));
        const QString updated = body.take(QStringLiteral("updated_at")).toString();
        auto r = cache.exec(
            QStringLiteral("INSERT INTO automation_rules (id, workspace_id, profile_id, name, "
                           "rule_json, base_rule_json, is_active, server_rev, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                           "name = excluded.name, rule_json = excluded.rule_json, "
                           "base_rule_json = excluded.base_rule_json, is_active = "
                           "excluded.is_active, server_rev = excluded.server_rev, "
                           "updated_at = excluded.updated_at, profile_id = excluded.profile_id"),
            {id, ws.isEmpty() ? QVariant() : QVariant(ws), profile,
             body.value(QStringLiteral("name")).toString(), jsonText(body), jsonText(body),
             body.value(QStringLiteral("is_active")).toBool(true) ? 1 : 0, rev, updated});
        if (!r)
            return std::unexpected(r.error());
        return {};
    }

    Result<void> quarantine(const QString &type, const QString &id, const QString &why)
    {
        ++report.quarantined;
        report.messages << QStringLiteral("quarantined %1 %2: %3").arg(type, id, why);
        auto r = cache.exec(
            QStringLiteral("INSERT INTO conflicts (id, entity_type, entity_id, path, remote_json, "
                           "created_at) VALUES (?, ?, ?, 'quarantine', ?, ?)"),
            {uuid(), type, id, jsonText(QCborValue(why)), SiteStore::nowUtc()});
        if (!r)
            return std::unexpected(r.error());
        return {};
    }

    Result<void> pullAll()
    {
        progress(SyncEngine::Step::Pulling);
        QString since = cursor();
        for (int pageNo = 0; pageNo < 100000 && !stop; ++pageNo) {
            HttpReply reply =
                send("GET", QStringLiteral("/api/v1/changes?limit=500&since=") + since, {}, {});
            if (reply.status == 410) {
                // The server's data was replaced: start over from its beginning; local data stays
                // (entities it lacks are re-created by the next push of their queued ops).
                report.messages << QStringLiteral(
                    "the server was restored or replaced; resyncing everything");
                since.clear();
                (void)cache.exec(QStringLiteral("DELETE FROM sync_cursors WHERE profile_id = ?"),
                                 {profile});
                requeueMissingOnServer();
                continue;
            }
            if (!reply.ok()) {
                report.complete = false;
                report.messages << QStringLiteral("pull stopped: %1").arg(reply.errorMessage());
                return {};
            }
            const QCborMap page = reply.json();
            const QCborValue changesValue = page.value(QStringLiteral("changes"));
            const QString next = page.value(QStringLiteral("next_cursor")).toString();
            if (!changesValue.isArray() || next.isEmpty()) {
                report.complete = false;
                report.messages << QStringLiteral(
                    "pull stopped: the change feed answer is not valid");
                return {};
            }
            // Fetch what changed (network) first, then apply the page and its cursor in one
            // transaction.
            struct Fetched
            {
                QCborMap customization;
                std::unique_ptr<SiteDocument> document;
                QCborArray revisions; // the server's revision history (metadata)
            };
            std::vector<Fetched> fetched;
            QList<QCborMap> fetchedRules, fetchedWorkspaces;
            QStringList deletedRules;
            QSet<QString> seen;
            QStringList deletedWorkspaces;
            const QCborArray changes = changesValue.toArray();
            for (qsizetype i = changes.size() - 1; i >= 0;
                 --i) { // newest first: fetch each entity once
                const QCborMap ch = changes.at(i).toMap();
                const QString type = ch.value(QStringLiteral("entity_type")).toString();
                const QString id = ch.value(QStringLiteral("entity_id")).toString();
                if (seen.contains(type + id))
                    continue;
                seen.insert(type + id);
                if (type == QLatin1String("workspace") &&
                    ch.value(QStringLiteral("action")).toString() == QLatin1String("delete")) {
                    deletedWorkspaces << id;
                    continue;
                }
                if (type == QLatin1String("rule")) {
                    if (pendingFor(id) > 0)
                        continue;
                    HttpReply rule =
                        ch.value(QStringLiteral("action")).toString() == QLatin1String("delete")
                            ? HttpReply{404, {}, {}, {}}
                            : send("GET", QStringLiteral("/api/v1/rules/") + id, {}, {});
                    if (rule.status == 404)
                        deletedRules << id;
                    else if (rule.ok())
                        fetchedRules << rule.json();
                    else {
                        report.complete = false;
                        report.messages
                            << QStringLiteral("pull stopped: %1").arg(rule.errorMessage());
                        return {};
                    }
                    continue;
                }
                if (type == QLatin1String("workspace")) {
                    HttpReply w = send("GET", QStringLiteral("/api/v1/workspaces/") + id, {}, {});
                    if (w.ok()) {
                        QCborMap ws = w.json();
                        HttpReply d =
                            send("GET", QStringLiteral("/api/v1/workspaces/%1/deployments").arg(id),
                                 {}, {});
                        if (d.ok())
                            ws.insert(QStringLiteral("@deployments"),
                                      d.json().value(QStringLiteral("deployments")));
                        fetchedWorkspaces << ws;
                    }
                    continue;
                }
                if (type != QLatin1String("customization") || pendingFor(id) > 0)
                    continue; // pending local edits: the push rebases them on the server's version
                auto q = cache.exec(
                    QStringLiteral("SELECT base_revision FROM customizations WHERE id = ?"), {id});
                if (q && q->next() && !q->value(0).isNull() &&
                    q->value(0).toLongLong() >= ch.value(QStringLiteral("revision")).toInteger())
                    continue;
                HttpReply c = send("GET", QStringLiteral("/api/v1/customizations/") + id, {}, {});
                if (c.status == 404)
                    continue;
                if (!c.ok()) {
                    report.complete = false;
                    report.messages << QStringLiteral("pull stopped: %1").arg(c.errorMessage());
                    return {};
                }
                // The same limit as an import: a server cannot push a document nobody can edit.
                constexpr qsizetype kMaxDocumentBytes = 32 * 1024 * 1024;
                if (c.body.size() > kMaxDocumentBytes) {
                    if (auto r = quarantine(
                            QStringLiteral("customization"), id,
                            QStringLiteral("the server's document is %1 MiB; the limit is 32 MiB")
                                .arg(c.body.size() >> 20));
                        !r)
                        return r;
                    continue;
                }
                const QCborMap body = c.json();
                auto doc = SiteDocument::fromJson(body.value(QStringLiteral("document")));
                if (!doc) {
                    if (auto r =
                            quarantine(QStringLiteral("customization"), id, doc.error().toString());
                        !r)
                        return r;
                    continue;
                }
                HttpReply history = send(
                    "GET", QStringLiteral("/api/v1/customizations/%1/revisions").arg(id), {}, {});
                fetched.push_back({body, std::move(*doc),
                                   history.ok()
                                       ? history.json().value(QStringLiteral("revisions")).toArray()
                                       : QCborArray()});
            }
            if (!deletedWorkspaces.isEmpty() && !options.allowMassDelete) {
                auto q = cache.exec(
                    QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE profile_id = ?"),
                    {profile});
                const int total = q && q->next() ? q->value(0).toInt() : 0;
                if (total > 0 && deletedWorkspaces.size() * 2 > total) {
                    report.complete = false;
                    report.messages
                        << QStringLiteral(
                               "the server deleted %1 of your %2 sites; nothing was deleted here. "
                               "Re-run with --yes to delete them locally too")
                               .arg(deletedWorkspaces.size())
                               .arg(total);
                    return {};
                }
            }
            crashPoint("before-pull-commit");
            auto tx = cache.transaction([&]() -> Result<void> {
                for (const Fetched &f : fetched) {
                    if (auto r = storeServerDocument(f.customization, *f.document); !r)
                        return r;
                    if (auto r = storeRevisions(
                            f.customization.value(QStringLiteral("id")).toString(), f.revisions);
                        !r)
                        return r;
                    ++report.pulled;
                }
                for (const QCborMap &w : fetchedWorkspaces)
                    if (auto r = storeWorkspace(w); !r)
                        return r;
                for (const QCborMap &rule : fetchedRules) {
                    if (auto r = storeRule(rule); !r)
                        return r;
                    ++report.pulled;
                }
                // A rule's runs and scheduler cursor go with it (automation_runs has no foreign
                // key: the scheduler's tables are shared with sitehostd's schema).
                for (const QString &id : deletedRules)
                    for (const char *sql : {"DELETE FROM automation_runs WHERE rule_id = ?",
                                            "DELETE FROM automation_cursors WHERE rule_id = ?",
                                            "DELETE FROM automation_rules WHERE id = ?"})
                        if (auto e = cache.exec(QString::fromLatin1(sql), {id}); !e)
                            return std::unexpected(e.error());
                for (const QString &ws : deletedWorkspaces) {
                    if (pendingFor(ws) > 0)
                        continue;
                    if (auto e = cache.exec(
                            QStringLiteral(
                                "DELETE FROM workspaces WHERE id = ? AND profile_id = ?"),
                            {ws, profile});
                        !e)
                        return std::unexpected(e.error());
                }
                auto c = cache.exec(QStringLiteral("INSERT INTO sync_cursors (profile_id, cursor, "
                                                   "epoch, last_sync_at) VALUES (?, ?, ?, ?) "
                                                   "ON CONFLICT (profile_id) DO UPDATE SET cursor "
                                                   "= excluded.cursor, epoch = excluded.epoch, "
                                                   "last_sync_at = excluded.last_sync_at"),
                                    {profile, next, page.value(QStringLiteral("epoch")).toString(),
                                     SiteStore::nowUtc()});
                if (!c)
                    return std::unexpected(c.error());
                return {};
            });
            if (!tx)
                return tx;
            for (const Fetched &f : fetched)
                downloadAssets(*f.document,
                               f.customization.value(QStringLiteral("workspace_id")).toString());
            since = next;
            if (!page.value(QStringLiteral("has_more")).toBool())
                return {};
        }
        return {};
    }

    // After a server restore: anything of ours the server lacks is queued to be created again;
    // a customization the server has at an older revision than ours gets our copy back.
    void requeueMissingOnServer()
    {
        auto q = cache.exec(
            QStringLiteral(
                "SELECT c.id, c.workspace_id, c.template_id, w.name, w.type FROM customizations c "
                "JOIN workspaces w ON w.id = c.workspace_id WHERE w.profile_id = ?"),
            {profile});
        if (!q)
            return;
        struct Item
        {
            QString cid, wid, tpl, name, type;
        };
        QList<Item> items;
        while (q->next())
            items << Item{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toString(), q->value(4).toString()};
        for (const Item &it : items) {
            if (send("GET", QStringLiteral("/api/v1/workspaces/") + it.wid, {}, {}).status == 404) {
                QCborMap op;
                op.insert(QStringLiteral("op"), QStringLiteral("create-workspace"));
                op.insert(QStringLiteral("id"), it.wid);
                op.insert(QStringLiteral("name"), it.name);
                op.insert(QStringLiteral("type"), it.type);
                (void)cache.exec(
                    QStringLiteral("INSERT INTO outbox (op_id, entity_type, entity_id, op_json, "
                                   "created_at) VALUES (?, 'workspace', ?, ?, ?)"),
                    {uuid(), it.wid, jsonText(op), SiteStore::nowUtc()});
            }
            const HttpReply onServer =
                send("GET", QStringLiteral("/api/v1/customizations/") + it.cid, {}, {});
            if (onServer.ok() && pendingFor(it.cid) == 0) {
                // The server has it, but from before revisions we already synced (a backup
                // older than our last push): send our copy again as its next revision.
                const qint64 serverRev =
                    onServer.json().value(QStringLiteral("revision")).toInteger();
                if (baseRevision(it.cid) <= serverRev)
                    continue;
                if (HttpReply put = resendWhole(it.cid, serverRev); !put.ok()) {
                    report.complete = false;
                    report.messages << QStringLiteral("could not re-send %1: %2")
                                           .arg(it.name, put.errorMessage());
                }
                continue;
            }
            if (onServer.status == 404) {
                auto doc = localDocument(it.cid);
                if (!doc)
                    continue;
                QCborMap op;
                op.insert(QStringLiteral("op"), QStringLiteral("create-customization"));
                op.insert(QStringLiteral("id"), it.cid);
                op.insert(QStringLiteral("workspace"), it.wid);
                op.insert(QStringLiteral("template"), it.tpl);
                op.insert(QStringLiteral("document"), doc->toJson());
                (void)cache.exec(
                    QStringLiteral("UPDATE outbox SET batch_key = NULL WHERE entity_id = ?"),
                    {it.cid});
                (void)cache.exec(
                    QStringLiteral("UPDATE customizations SET base_revision = 1 WHERE id = ?"),
                    {it.cid});
                // Queued ops are already in the document just sent: drop them so nothing applies
                // twice.
                (void)cache.exec(QStringLiteral("DELETE FROM outbox WHERE entity_id = ? AND "
                                                "op_json NOT LIKE '%\"create-%'"),
                                 {it.cid});
                (void)cache.exec(
                    QStringLiteral("INSERT INTO outbox (op_id, entity_type, entity_id, op_json, "
                                   "created_at) VALUES (?, 'customization', ?, ?, ?)"),
                    {uuid(), it.cid, jsonText(op), SiteStore::nowUtc()});
                report.messages
                    << QStringLiteral("re-queued %1 (missing on the server)").arg(it.name);
            }
        }
    }
};

SyncEngine::SyncEngine(LocalCache &cache, ApiClient &api, QString profileId)
    : m_cache(cache)
    , m_api(api)
    , m_profile(std::move(profileId))
{}

Result<SyncReport> SyncEngine::push()
{
    SyncReport report;
    Impl impl(m_cache, m_api, m_profile, m_options, report);
    if (auto r = impl.pushAll(); !r)
        return std::unexpected(r.error());
    return report;
}

Result<SyncReport> SyncEngine::pull()
{
    SyncReport report;
    Impl impl(m_cache, m_api, m_profile, m_options, report);
    if (auto r = impl.pullAll(); !r)
        return std::unexpected(r.error());
    return report;
}

Result<SyncReport> SyncEngine::sync()
{
    SyncReport report;
    Impl impl(m_cache, m_api, m_profile, m_options, report);
    if (auto r = impl.pushAll(); !r)
        return std::unexpected(r.error());
    if (report.complete) {
        if (auto r = impl.pullAll(); !r)
            return std::unexpected(r.error());
        // Edits the pull could not take (pending ops) went out above; one more push sends any
        // that a rebase produced.
        if (auto r = impl.pushAll(); !r)
            return std::unexpected(r.error());
    }
    return report;
}

} // namespace ss::sync
