#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace ss {

class LocalCache;

// Content-addressed site assets: each file is stored once under <data>/assets/<aa>/<sha256>.<ext>
// and referenced from props as "assets/<sha256>.<ext>".
class AssetStore
{
public:
    AssetStore(LocalCache &cache, QString dataDir);

    struct Asset
    {
        QString sha256;
        QString ext;
        QString mime;
        qint64 size = 0;
        QString reference() const { return QStringLiteral("assets/") + fileName(); }
        QString fileName() const { return sha256 + QLatin1Char('.') + ext; }
    };

    static constexpr qint64 kMaxAssetBytes = 50 * 1024 * 1024;

    // Imports a file for a site; the name only decides the type (by extension, allow-listed).
    Result<Asset> importFile(const QString &path, const QString &workspaceId);
    Result<Asset> importData(const QByteArray &data, const QString &fileName,
                             const QString &workspaceId);
    // The assets a site refers to (imported for it), newest first.
    Result<QList<Asset>> list(const QString &workspaceId) const;
    // Reads "<sha256>.<ext>"; anything that is not exactly such a name is refused.
    Result<QByteArray> read(const QString &fileName) const;

    static QString mimeForExtension(const QString &ext); // empty if not allowed

private:
    QString blobPath(const QString &sha, const QString &ext) const;

    LocalCache &m_cache;
    QString m_dir;
};

} // namespace ss
