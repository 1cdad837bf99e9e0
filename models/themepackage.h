#pragma once

#include "result.h"
#include "templateengine.h"
#include "thememanifest.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <map>
#include <memory>

namespace ss {

// A loaded theme: manifest, compiled templates and the files it publishes (CSS, assets).
// Immutable once loaded, so one instance is shared by every renderer and thread.
class ThemePackage
{
public:
    // `dir` is a folder or a resource path (":/themes/studio").
    static Result<std::shared_ptr<const ThemePackage>> load(const QString &dir);

    const ThemeManifest &manifest() const { return m_manifest; }
    const QString &dir() const { return m_dir; }
    const Template *componentTemplate(const QString &type) const;
    const Template &layout() const { return m_layout; }
    // Files published under theme/ in a site (everything except manifest.json and templates/),
    // sorted, relative to the package folder.
    const QStringList &publishedFiles() const { return m_files; }
    Result<QByteArray> readFile(const QString &relativePath) const;

private:
    ThemeManifest m_manifest;
    QString m_dir;
    Template m_layout;
    std::map<QString, Template> m_templates; // by component type
    QStringList m_files;
};

// The built-in themes (compiled in under :/themes) plus theme folders found in extra directories.
class ThemeRegistry
{
public:
    explicit ThemeRegistry(QStringList extraDirs = {});

    struct Entry
    {
        QString id;
        QString dir;
        bool builtIn = false;
    };
    QList<Entry> entries() const { return m_entries; }
    Result<std::shared_ptr<const ThemePackage>> theme(const QString &id) const;

private:
    QList<Entry> m_entries;
    mutable QMutex m_mutex;
    mutable QHash<QString, std::shared_ptr<const ThemePackage>> m_loaded;
};

} // namespace ss
