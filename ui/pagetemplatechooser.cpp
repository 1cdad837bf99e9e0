#include "pagetemplatechooser.h"

#include "pagetemplates.h"
#include "sitedocument.h"
#include "thememanifest.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ss::ui {

PageTemplateChooser::PageTemplateChooser(const SiteDocument *doc, const ThemeManifest &theme,
                                         AddPage add, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_theme(theme)
    , m_add(std::move(add))
{
    setWindowTitle(tr("Add page"));
    setModal(false);

    auto *intro = new QLabel(tr("Start from"));
    QFont bold = intro->font();
    bold.setBold(true);
    intro->setFont(bold);

    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Page templates"));
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(true);
    for (const PageTemplate &t : pageTemplates()) {
        const QString label = t.id == QLatin1String("blank")       ? tr("Blank")
                              : t.id == QLatin1String("blog-post") ? tr("Blog post")
                                                                   : t.title;
        auto *item = new QListWidgetItem(tr("%1\n%2").arg(label, t.summary), m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.summary);
        item->setData(Qt::AccessibleTextRole, label);
    }
    m_list->setMinimumWidth(340);

    m_blocks = new QLabel;
    m_blocks->setWordWrap(true);
    m_blocks->setAccessibleName(tr("Blocks of the template"));
    QPalette muted = m_blocks->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_blocks->setPalette(muted);

    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Page name"));
    m_name->setPlaceholderText(tr("Shown in menus and tabs"));
    m_slug = new QLineEdit;
    m_slug->setAccessibleName(tr("Address"));
    m_slug->setPlaceholderText(QStringLiteral("/about"));
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Page name"), m_name);
    form->addRow(tr("Address"), m_slug);
    form->addRow(QString(), m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_addButton = buttons->addButton(tr("Add page"), QDialogButtonBox::AcceptRole);
    m_addButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { this->add(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_blocks);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &PageTemplateChooser::onTemplateChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { this->add(); });
    connect(m_name, &QLineEdit::textEdited, this, &PageTemplateChooser::onNameEdited);
    connect(m_slug, &QLineEdit::textEdited, this, [this] {
        m_slugEdited = !m_slug->text().isEmpty();
        validate();
    });
    m_list->setCurrentRow(0);
    m_list->setFocus();
    resize(440, 600);
}

QString PageTemplateChooser::selectedTemplate() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PageTemplateChooser::selectTemplate(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
}

QString PageTemplateChooser::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void PageTemplateChooser::onTemplateChanged()
{
    const PageTemplate *t = pageTemplate(selectedTemplate());
    if (!t)
        return;
    const QStringList blocks = pageTemplateBlocks(*t, m_theme);
    QStringList labels;
    for (const QString &type : blocks) {
        const ComponentSpec *spec = m_theme.component(type);
        labels << (spec && !spec->label.isEmpty() ? spec->label : type);
    }
    m_blocks->setText(blocks.isEmpty() ? tr("An empty page.")
                                       : tr("Blocks: %1").arg(labels.join(tr(", "))));
    if (!m_nameEdited) {
        m_name->setText(t->title);
        if (!m_slugEdited) {
            // The template's own address when it is free ("/about"), else one from the name.
            const bool free = m_doc && m_doc->slugProblem(t->slug).isEmpty();
            m_slug->setText(free ? t->slug : m_doc ? m_doc->proposeSlug(t->title) : t->slug);
        }
    }
    validate();
}

void PageTemplateChooser::onNameEdited()
{
    m_nameEdited = !m_name->text().trimmed().isEmpty();
    if (!m_slugEdited && m_doc)
        m_slug->setText(m_doc->proposeSlug(m_name->text()));
    validate();
}

void PageTemplateChooser::validate()
{
    QString p;
    if (m_name->text().trimmed().isEmpty())
        p = tr("The page needs a name.");
    else if (m_doc)
        p = m_doc->slugProblem(m_slug->text());
    m_problem->setText(p);
    m_problem->setHidden(p.isEmpty());
    m_addButton->setEnabled(p.isEmpty());
}

QString PageTemplateChooser::add()
{
    validate();
    if (!m_addButton->isEnabled())
        return {};
    QString problem;
    const QString id =
        m_add(selectedTemplate(), m_name->text().trimmed(), m_slug->text().trimmed(), &problem);
    if (id.isEmpty()) {
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
        return {};
    }
    accept();
    return id;
}

} // namespace ss::ui
