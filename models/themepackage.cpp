#include "themepackage.h"

#include "json.h"
#include "logging.h"
#include "urlpolicy.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace ss {

namespace {

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString(), path);
    return f.readAll();
}

} // namespace

Result<std::shared_ptr<const ThemePackage>> ThemePackage::load(const QString &folder)
{
    const QString dir =
        folder.startsWith(QLatin1Char(':')) ? folder : QFileInfo(folder).absoluteFilePath();
    auto pkg = std::make_shared<ThemePackage>();
    pkg->m_dir = dir;
    const QString manifestPath = dir + QStringLiteral("/manifest.json");
    auto text = readAll(manifestPath);
    if (!text)
        return std::unexpected(text.error());
    auto json = json::parse(*text);
    if (!json)
        return fail(json.error().toString(), manifestPath);
    auto manifest = ThemeManifest::parse(*json, QStringLiteral("manifest"));
    if (!manifest)
        return fail(manifest.error().toString(), manifestPath);
    pkg->m_manifest = std::move(*manifest);

    auto compile = [&](const QString &rel) -> Result<Template> {
        if (!urlpolicy::isSafeRelativePath(rel))
            return fail(QStringLiteral("template path must stay inside the theme"), rel);
        auto source = readAll(dir + QLatin1Char('/') + rel);
        if (!source)
            return std::unexpected(source.error());
        return Template::compile(QString::fromUtf8(*source), rel);
    };
    auto layout = compile(pkg->m_manifest.layoutPath);
    if (!layout)
        return fail(layout.error().toString(), manifestPath);
    pkg->m_layout = std::move(*layout);
    for (const ComponentSpec &c : pkg->m_manifest.components) {
        auto t = compile(c.templatePath);
        if (!t)
            return fail(t.error().toString(),
                        manifestPath + QStringLiteral(" component ") + c.name);
        pkg->m_templates.emplace(c.name, std::move(*t));
    }
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(dir).relativeFilePath(it.next());
        if (rel == QLatin1String("manifest.json") || rel.startsWith(QLatin1String("templates/")))
            continue;
        pkg->m_files << rel;
    }
    pkg->m_files.sort();
    for (const QString &css : pkg->m_manifest.stylesheets)
        if (!pkg->m_files.contains(css))
            return fail(QStringLiteral("stylesheet \"%1\" is not in the package").arg(css),
                        manifestPath);
    return std::shared_ptr<const ThemePackage>(std::move(pkg));
}

const Template *ThemePackage::componentTemplate(const QString &type) const
{
    const auto it = m_templates.find(type);
    return it == m_templates.end() ? nullptr : &it->second;
}

Result<QByteArray> ThemePackage::readFile(const QString &relativePath) const
{
    if (!urlpolicy::isSafeRelativePath(relativePath))
        return fail(QStringLiteral("path must stay inside the theme"), relativePath);
    return readAll(m_dir + QLatin1Char('/') + relativePath);
}

ThemeRegistry::ThemeRegistry(QStringList extraDirs)
{
    extraDirs.prepend(QStringLiteral(":/themes"));
    for (const QString &root : extraDirs) {
        const QDir d(root);
        const QStringList subdirs = d.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &sub : subdirs) {
            const QString path = d.filePath(sub);
            if (!QFileInfo::exists(path + QStringLiteral("/manifest.json")))
                continue;
            bool duplicate = false;
            for (const Entry &e : std::as_const(m_entries))
                duplicate = duplicate || e.id == sub;
            if (duplicate) {
                qCWarning(lcTheme)
                    << "theme" << sub << "in" << root << "is shadowed by an earlier one";
                continue;
            }
            m_entries.append(Entry{sub, path, root == QLatin1String(":/themes")});
        }
    }
}

Result<std::shared_ptr<const ThemePackage>> ThemeRegistry::theme(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_loaded.constFind(id); it != m_loaded.constEnd())
        return it.value();
    for (const Entry &e : m_entries) {
        if (e.id != id)
            continue;
        auto pkg = ThemePackage::load(e.dir);
        if (!pkg)
            return std::unexpected(pkg.error());
        if ((*pkg)->manifest().id != id)
            return fail(QStringLiteral("manifest id \"%1\" does not match its folder")
                            .arg((*pkg)->manifest().id),
                        e.dir);
        m_loaded.insert(id, *pkg);
        return *pkg;
    }
    QStringList known;
    for (const Entry &e : m_entries)
        known << e.id;
    return fail(QStringLiteral("unknown theme \"%1\" (available: %2)")
                    .arg(id, known.join(QStringLiteral(", "))));
}

} // namespace ss
