#include "assetstore.h"

#include "localcache.h"
#include "sitestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace ss {

AssetStore::AssetStore(LocalCache &cache, QString dataDir)
    : m_cache(cache)
    , m_dir(QDir(dataDir).filePath(QStringLiteral("assets")))
{}

QString AssetStore::mimeForExtension(const QString &ext)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("gif"), QStringLiteral("image/gif")},
        {QStringLiteral("webp"), QStringLiteral("image/webp")},
        {QStringLiteral("avif"), QStringLiteral("image/avif")},
        {QStringLiteral("svg"), QStringLiteral("image/svg+xml")},
        {QStringLiteral("ico"), QStringLiteral("image/x-icon")},
        {QStringLiteral("pdf"), QStringLiteral("application/pdf")},
        {QStringLiteral("woff2"), QStringLiteral("font/woff2")},
    };
    return types.value(ext.toLower());
}

QString AssetStore::blobPath(const QString &sha, const QString &ext) const
{
    return m_dir + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha + QLatin1Char('.') + ext;
}

Result<AssetStore::Asset> AssetStore::importFile(const QString &path, const QString &workspaceId)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString(), path);
    if (f.size() > kMaxAssetBytes)
        return fail(QStringLiteral("file is larger than %1 MiB").arg(kMaxAssetBytes >> 20), path);
    auto r = importData(f.readAll(), QFileInfo(path).fileName(), workspaceId);
    if (!r)
        return fail(r.error().message, path);
    return r;
}

Result<AssetStore::Asset> AssetStore::importData(const QByteArray &data, const QString &fileName,
                                                 const QString &workspaceId)
{
    Asset a;
    a.ext = QFileInfo(fileName).suffix().toLower();
    if (a.ext == QLatin1String("jpeg"))
        a.ext = QStringLiteral("jpg");
    a.mime = mimeForExtension(a.ext);
    if (a.mime.isEmpty())
        return fail(QStringLiteral("\"%1\" is not an allowed asset type (png, jpg, gif, webp, "
                                   "avif, svg, ico, pdf, woff2)")
                        .arg(fileName));
    if (data.size() > kMaxAssetBytes)
        return fail(QStringLiteral("file is larger than %1 MiB").arg(kMaxAssetBytes >> 20));
    a.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.size = data.size();
    const QString path = blobPath(a.sha256, a.ext);
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(QStringLiteral("cannot create folder"), QFileInfo(path).absolutePath());
        QSaveFile out(path); // written to a temp file, fsynced and renamed: never half a blob
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
            return fail(out.errorString(), path);
    }
    auto r = m_cache.transaction([&]() -> Result<void> {
        auto ins = m_cache.exec(QStringLiteral("INSERT OR IGNORE INTO assets (sha256, ext, mime, "
                                               "size, created_at) VALUES (?, ?, ?, ?, ?)"),
                                {a.sha256, a.ext, a.mime, a.size, SiteStore::nowUtc()});
        if (!ins)
            return std::unexpected(ins.error());
        if (!workspaceId.isEmpty()) {
            auto ref = m_cache.exec(
                QStringLiteral(
                    "INSERT OR IGNORE INTO asset_refs (workspace_id, sha256) VALUES (?, ?)"),
                {workspaceId, a.sha256});
            if (!ref)
                return std::unexpected(ref.error());
        }
        return {};
    });
    if (!r)
        return std::unexpected(r.error());
    return a;
}

Result<QList<AssetStore::Asset>> AssetStore::list(const QString &workspaceId) const
{
    auto q = m_cache.exec(QStringLiteral("SELECT a.sha256, a.ext, a.mime, a.size FROM asset_refs r "
                                         "JOIN assets a ON a.sha256 = r.sha256 WHERE "
                                         "r.workspace_id = ? ORDER BY a.created_at DESC, a.sha256"),
                          {workspaceId});
    if (!q)
        return std::unexpected(q.error());
    QList<Asset> assets;
    while (q->next()) {
        Asset a;
        a.sha256 = q->value(0).toString();
        a.ext = q->value(1).toString();
        a.mime = q->value(2).toString();
        a.size = q->value(3).toLongLong();
        assets.append(a);
    }
    return assets;
}

Result<QByteArray> AssetStore::read(const QString &fileName) const
{
    static const QRegularExpression re(QStringLiteral("^([0-9a-f]{64})\\.([a-z0-9]{1,8})$"));
    const auto m = re.match(fileName);
    if (!m.hasMatch())
        return fail(QStringLiteral("not an asset name (expected <sha256>.<ext>)"), fileName);
    QFile f(blobPath(m.captured(1), m.captured(2)));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("asset is not in the local cache"), fileName);
    QByteArray data = f.readAll();
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) !=
        m.captured(1))
        return fail(QStringLiteral("asset file is damaged (content does not match its digest)"),
                    fileName);
    return data;
}

} // namespace ss
