// Assets: content-addressed uploads. A client sends the manifest of the SHA-256 digests a site
// needs; the server answers which it lacks; the client PUTs only those; the server checks each
// digest. Storage counts against the plan's quota per account.
#include "api.h"
#include "automation/serverevents.h"
#include "serverconfig.h"
#include "workspaces.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace ss::server {

namespace {

const QRegularExpression &digestPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}

bool validAssetPath(const QString &path)
{
    if (path.isEmpty() || path.size() > 512 || path.startsWith(QLatin1Char('/')) ||
        path.contains(QLatin1Char('\\')))
        return false;
    for (QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    for (const QString &part : path.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

qint64 accountStorage(ServerDatabase &db, const QString &accountId)
{
    auto q = db.exec(
        QStringLiteral("SELECT COALESCE(SUM(a.size), 0) FROM assets a WHERE a.sha256 IN (SELECT "
                       "wa.sha256 FROM workspace_assets wa "
                       "JOIN workspaces w ON w.id = wa.workspace_id WHERE w.account_id = ?)"),
        {accountId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

std::unexpected<ApiError> quotaError(const QString &tier, qint64 limit)
{
    ApiError e{403,
               QStringLiteral("plan_limit"),
               QStringLiteral("the %1 plan stores %2 MiB of assets; this upload would exceed it")
                   .arg(tier)
                   .arg(limit >> 20),
               {},
               {}};
    e.extra.insert(QStringLiteral("limit"), QStringLiteral("storage_bytes"));
    return std::unexpected(e);
}

ApiResult manifest(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto body = jsonObject(call, {QStringLiteral("assets")});
    if (!body)
        return std::unexpected(body.error());
    const QCborValue list = body->value(QStringLiteral("assets"));
    if (!list.isArray())
        return apiError(400, QStringLiteral("wrong_type"),
                        QStringLiteral("\"assets\" must be an array"), QStringLiteral("assets"));
    if (list.toArray().size() > 10000)
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("at most 10,000 assets per manifest"),
                        QStringLiteral("assets"));
    QCborArray missing;
    qint64 newBytes = 0;
    const QCborArray assets = list.toArray();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const QString field = QStringLiteral("assets[%1]").arg(i);
        const QCborMap a = assets.at(i).toMap();
        const QString sha = a.value(QStringLiteral("sha256")).toString();
        if (!digestPattern().match(sha).hasMatch())
            return apiError(400, QStringLiteral("invalid_value"),
                            QStringLiteral("sha256 must be 64 lowercase hex digits"),
                            field + QStringLiteral(".sha256"));
        const QCborValue size = a.value(QStringLiteral("size"));
        if (!size.isInteger() || size.toInteger() < 0)
            return apiError(400, QStringLiteral("invalid_value"),
                            QStringLiteral("size must be a non-negative integer"),
                            field + QStringLiteral(".size"));
        if (a.contains(QStringLiteral("path")) &&
            !validAssetPath(a.value(QStringLiteral("path")).toString()))
            return apiError(
                400, QStringLiteral("invalid_path"),
                QStringLiteral(
                    "asset paths are relative, without \"..\", \"\\\\\" or control characters"),
                field + QStringLiteral(".path"));
        auto have = call.db.exec(QStringLiteral("SELECT 1 FROM assets WHERE sha256 = ?"), {sha});
        if (!have)
            return std::unexpected(dbError(have.error()));
        if (have->next()) {
            // Already stored (by anyone): just reference it from this site.
            auto ref = call.db.exec(QStringLiteral("INSERT INTO workspace_assets (workspace_id, "
                                                   "sha256) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                    {call.param(0), sha});
            if (!ref)
                return std::unexpected(dbError(ref.error()));
        } else if (!missing.contains(QCborValue(sha))) {
            missing.append(sha);
            newBytes += size.toInteger();
        }
    }
    const PlanLimits *plan = PlanLimits::forTier(call.accountTier);
    if (accountStorage(call.db, call.accountId) + newBytes > plan->storageBytes)
        return quotaError(call.accountTier, plan->storageBytes);
    QCborMap out;
    out.insert(QStringLiteral("missing"), missing);
    return jsonResponse(200, out);
}

ApiResult upload(ApiCall &call)
{
    const QString sha = call.param(0);
    if (!digestPattern().match(sha).hasMatch())
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("the path must end in a 64-digit lowercase SHA-256"));
    const QString workspace = call.request.query.queryItemValue(QStringLiteral("workspace"));
    if (auto own = requireOwnWorkspace(call, workspace); !own)
        return std::unexpected(own.error());
    const QByteArray &data = call.request.body;
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) !=
        sha)
        return apiError(422, QStringLiteral("digest_mismatch"),
                        QStringLiteral("the body's SHA-256 is not %1").arg(sha));
    const PlanLimits *plan = PlanLimits::forTier(call.accountTier);
    if (accountStorage(call.db, call.accountId) + data.size() > plan->storageBytes)
        return quotaError(call.accountTier, plan->storageBytes);
    const QString dir = call.config.dataDir + QStringLiteral("/assets/") + sha.left(2);
    const QString path = dir + QLatin1Char('/') + sha;
    if (!QFile::exists(path)) {
        QDir().mkpath(dir);
        QSaveFile f(path); // temp file + fsync + rename: never half a blob under the final name
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            return apiError(503, QStringLiteral("storage_error"), f.errorString());
    }
    QByteArray mime = call.request.header("content-type");
    if (mime.isEmpty() || mime.size() > 100)
        mime = "application/octet-stream";
    auto ins = call.db.exec(QStringLiteral("INSERT INTO assets (sha256, size, mime, created_at) "
                                           "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                            {sha, qint64(data.size()), QString::fromLatin1(mime), nowUtc()});
    if (!ins)
        return std::unexpected(dbError(ins.error()));
    auto ref = call.db.exec(QStringLiteral("INSERT INTO workspace_assets (workspace_id, sha256) "
                                           "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                            {workspace, sha});
    if (!ref)
        return std::unexpected(dbError(ref.error()));
    QCborMap payload;
    payload.insert(QStringLiteral("sha256"), sha);
    payload.insert(QStringLiteral("size"), qint64(data.size()));
    payload.insert(QStringLiteral("mime"), QString::fromLatin1(mime));
    payload.insert(QStringLiteral("name"), QString()); // uploads are by digest: no file name
    emitEvent(call.db, call.accountId, QStringLiteral("asset_uploaded"), workspace, payload);
    QCborMap out;
    out.insert(QStringLiteral("sha256"), sha);
    out.insert(QStringLiteral("size"), qint64(data.size()));
    return jsonResponse(201, out);
}

// Downloads an asset one of the caller's sites uses (another device uploaded it).
ApiResult download(ApiCall &call)
{
    const QString sha = call.param(0);
    if (!digestPattern().match(sha).hasMatch())
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("the path must end in a 64-digit lowercase SHA-256"));
    auto q = call.db.exec(QStringLiteral("SELECT a.mime FROM assets a WHERE a.sha256 = ? AND "
                                         "EXISTS (SELECT 1 FROM workspace_assets wa "
                                         "JOIN workspaces w ON w.id = wa.workspace_id WHERE "
                                         "wa.sha256 = a.sha256 AND w.account_id = ?)"),
                          {sha, call.accountId});
    if (!q)
        return std::unexpected(dbError(q.error()));
    if (!q->next())
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("no asset %1 in your sites").arg(sha));
    QFile f(call.config.dataDir + QStringLiteral("/assets/") + sha.left(2) + QLatin1Char('/') +
            sha);
    if (!f.open(QIODevice::ReadOnly))
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("the asset's file is missing on the server"));
    http::Response r;
    r.body = f.readAll();
    r.setHeader("Content-Type", q->value(0).toString().toLatin1());
    r.setHeader("Cache-Control", "private, max-age=31536000, immutable");
    return r;
}

} // namespace

void Api::registerAssetRoutes()
{
    add("GET", "assets/{}", Authenticated, download);
    add("POST", "workspaces/{}/assets/manifest", Authenticated | Mutation, manifest);
    add("PUT", "assets/{}", Authenticated | Mutation, upload);
}

} // namespace ss::server
