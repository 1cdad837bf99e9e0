#include "pagesettings.h"

#include "operation.h"
#include "page.h"
#include "sitedocument.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ss::ui {

PageSettings::PageSettings(SiteDocument *doc, const QString &pageId, QFormLayout *layout,
                           Perform perform, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_pageId(pageId)
    , m_perform(std::move(perform))
{
    const Page *page = doc ? doc->page(pageId) : nullptr;
    if (!page)
        return;
    const auto problemLabel = [&](const QString &key) {
        auto *l = new QLabel;
        l->setWordWrap(true);
        l->setObjectName(QStringLiteral("problem"));
        l->setStyleSheet(QStringLiteral("color: #b3261e;"));
        l->setAccessibleName(tr("Problem"));
        l->hide();
        m_problems.insert(key, l);
        return l;
    };
    const auto text = [&](const QString &key, const QString &label, const QString &value,
                          const QString &placeholder, const QString &tip) {
        auto *e = new QLineEdit(value);
        e->setPlaceholderText(placeholder);
        e->setAccessibleName(label);
        e->setToolTip(tip);
        e->setClearButtonEnabled(key != QLatin1String("slug") && key != QLatin1String("title"));
        connect(e, &QLineEdit::editingFinished, this, [this, e, key] {
            const Page *pg = m_doc ? m_doc->page(m_pageId) : nullptr;
            if (!pg)
                return;
            const QString current = SiteDocument::pageMeta(*pg).value(key).toString();
            if (e->text().trimmed() == current) {
                showProblem(key, {});
                return;
            }
            if (!set(key, e->text()))
                e->setText(current); // the document is unchanged: show what it holds
        });
        m_editors.insert(key, e);
        return e;
    };
    const auto row = [&](const QString &label, QWidget *field, const QString &key) {
        auto *box = new QWidget;
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(problemLabel(key));
        layout->addRow(label, box);
    };

    row(tr("Page name"),
        text(QStringLiteral("title"), tr("Page name"), page->title, tr("Shown in menus and tabs"),
             tr("The page's name: the browser tab, menus and search results show it")),
        QStringLiteral("title"));
    auto *slug = text(QStringLiteral("slug"), tr("Address"), page->slug, QStringLiteral("/about"),
                      tr("Where the page is on the site: lowercase letters, digits and '-'"));
    // Checked while typing: the reason shows before the change is refused.
    connect(slug, &QLineEdit::textEdited, this, [this](const QString &t) {
        showProblem(QStringLiteral("slug"), m_doc ? m_doc->slugProblem(t, m_pageId) : QString());
    });
    row(tr("Address"), slug, QStringLiteral("slug"));

    auto *heading =
        new QLabel(tr("Search && sharing").replace(QLatin1String("&&"), QLatin1String("&")));
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    heading->setContentsMargins(0, 8, 0, 0);
    layout->addRow(heading);
    row(tr("Description"),
        text(QStringLiteral("description"), tr("Search description"), page->description,
             tr("One or two sentences for search engines"),
             tr("Shown under the page's name in search results and social previews")),
        QStringLiteral("description"));
    row(tr("Social title"),
        text(QStringLiteral("ogTitle"), tr("Social title"), page->ogTitle,
             page->title.isEmpty() ? tr("The page name") : page->title,
             tr("The title of a link to this page shared on social media (og:title)")),
        QStringLiteral("ogTitle"));

    auto *image = text(QStringLiteral("ogImage"), tr("Social image"), page->ogImage,
                       tr("A site image or https://…"),
                       tr("The picture of a link to this page shared on social media (og:image)"));
    auto *choose = new QPushButton(tr("Choose…"));
    choose->setAccessibleName(tr("Choose social image"));
    connect(choose, &QPushButton::clicked, this, &PageSettings::chooseImageRequested);
    auto *imageRow = new QWidget;
    auto *h = new QHBoxLayout(imageRow);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(image, 1);
    h->addWidget(choose);
    row(tr("Social image"), imageRow, QStringLiteral("ogImage"));

    row(tr("Canonical URL"),
        text(QStringLiteral("canonical"), tr("Canonical URL"), page->canonical,
             tr("https://example.com/page (optional)"),
             tr("The main address of this content when it is also published elsewhere")),
        QStringLiteral("canonical"));

    auto *noindex = new QCheckBox(tr("Hide from search engines"));
    noindex->setAccessibleName(tr("Hide from search engines"));
    noindex->setToolTip(tr("Adds noindex: search engines leave the page out of their results"));
    noindex->setChecked(page->noindex);
    connect(noindex, &QCheckBox::toggled, this, [this, noindex](bool on) {
        if (!set(QStringLiteral("noindex"), on)) {
            const QSignalBlocker block(noindex);
            noindex->setChecked(!on);
        }
    });
    m_editors.insert(QStringLiteral("noindex"), noindex);
    row(QString(), noindex, QStringLiteral("noindex"));
}

QString PageSettings::problem(const QString &key) const
{
    const QLabel *l = m_problems.value(key);
    return l && !l->isHidden() ? l->text() : QString();
}

void PageSettings::showProblem(const QString &key, const QString &message)
{
    QLabel *l = m_problems.value(key);
    if (!l)
        return;
    l->setText(message);
    l->setHidden(message.isEmpty());
}

bool PageSettings::set(const QString &key, const QCborValue &value)
{
    if (!m_doc)
        return false;
    if (key == QLatin1String("slug"))
        if (const QString p = m_doc->slugProblem(value.toString(), m_pageId); !p.isEmpty()) {
            showProblem(key, p);
            emit editFailed(p);
            return false;
        }
    auto op = m_doc->makeSetPageMeta(m_pageId, QCborMap{{key, value}});
    auto r = op ? m_perform(*op) : Result<void>(std::unexpected(op.error()));
    if (!r) {
        showProblem(key, r.error().message);
        emit editFailed(r.error().toString());
        return false;
    }
    showProblem(key, {});
    if (auto *e = qobject_cast<QLineEdit *>(m_editors.value(key)))
        if (const Page *pg = m_doc->page(m_pageId))
            e->setText(SiteDocument::pageMeta(*pg).value(key).toString()); // normalized
    return true;
}

} // namespace ss::ui
