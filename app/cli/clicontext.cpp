#include "clicontext.h"

#include "assetstore.h"
#include "json.h"
#include "localcache.h"
#include "sitestore.h"
#include "themepackage.h"

#include <QDir>
#include <QStandardPaths>

namespace ss {

CliContext::CliContext()
    : out(stdout)
    , err(stderr)
{}

CliContext::~CliContext() = default;

ThemeRegistry &CliContext::themes()
{
    if (!m_themes)
        m_themes =
            std::make_unique<ThemeRegistry>(QStringList{dataDir + QStringLiteral("/themes")});
    return *m_themes;
}

LocalCache *CliContext::cache()
{
    if (!m_cache) {
        auto c = LocalCache::open(LocalCache::pathIn(dataDir));
        if (!c) {
            error(c.error());
            return nullptr;
        }
        m_cache = std::move(*c);
    }
    return m_cache.get();
}

SiteStore *CliContext::sites()
{
    if (!m_sites && cache())
        m_sites = std::make_unique<SiteStore>(*m_cache);
    return m_sites.get();
}

AssetStore *CliContext::assets()
{
    if (!m_assets && cache())
        m_assets = std::make_unique<AssetStore>(*m_cache, dataDir);
    return m_assets.get();
}

int CliContext::error(const QString &message, int code)
{
    err << "sitestudio-cli: " << message << Qt::endl;
    return code;
}

void CliContext::printJson(const QCborValue &v)
{
    out << QString::fromUtf8(json::write(v, json::Style::Indented));
    out.flush();
}

} // namespace ss
