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

bool CliContext::parse(QCommandLineParser &p, const QString &command,
                       const QList<QCommandLineOption> &options, const QStringList &required,
                       int minPositional, int maxPositional)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOptions(options);
    if (!p.parse(QStringList{command} + args)) {
        error(command + QStringLiteral(": ") + p.errorText(), 2);
        return false;
    }
    const qsizetype n = p.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        error(command + QStringLiteral(": expected %1 argument(s); see --help").arg(minPositional),
              2);
        return false;
    }
    for (const QString &name : required) {
        if (!p.isSet(name)) {
            error(command + QStringLiteral(": --%1 is required").arg(name), 2);
            return false;
        }
    }
    return true;
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
