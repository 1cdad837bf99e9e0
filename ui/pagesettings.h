#pragma once

#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

namespace ss {
class Operation;
class SiteDocument;
} // namespace ss

namespace ss::ui {

// The page's own settings in the inspector (no block selected): its name and address, then
// "Search & sharing": search description, social title and image, canonical URL and "hide from
// search engines". Each change is one set-page-meta edit (one undo step), made through `perform`.
// The address is checked while typing (format, unique among the pages); a refused value shows its
// reason under the field.
class PageSettings : public QObject
{
    Q_OBJECT
public:
    using Perform = std::function<Result<void>(const Operation &)>;

    // Adds its rows to `layout` (whose widget owns the editors).
    PageSettings(SiteDocument *doc, const QString &pageId, QFormLayout *layout, Perform perform,
                 QObject *parent = nullptr);

    // "title", "slug", "description", "ogTitle", "ogImage", "canonical", "noindex".
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QStringList keys() const { return m_editors.keys(); }
    // The message under a field ("" when none is shown).
    QString problem(const QString &key) const;
    // Sets one page key as its own undo step (what the editors and the image picker do).
    bool set(const QString &key, const QCborValue &value);

signals:
    void editFailed(const QString &message);
    void chooseImageRequested();

private:
    void showProblem(const QString &key, const QString &message);

    QPointer<SiteDocument> m_doc;
    QString m_pageId;
    Perform m_perform;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_problems;
};

} // namespace ss::ui
