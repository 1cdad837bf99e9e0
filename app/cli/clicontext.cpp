#include "clicontext.h"

#include "json.h"
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
        m_themes = std::make_unique<ThemeRegistry>(QStringList{dataDir + QStringLiteral("/themes")});
    return *m_themes;
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
