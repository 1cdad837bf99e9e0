#include "pagetemplatechooser.h"

#include "pagetemplates.h"
#include "sitedocument.h"
#include "thememanifest.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr int kSummaryRole = Qt::UserRole + 1;

// A template row: its name in bold, the summary under it in a quieter colour.
class TemplateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {200, fm.height() * 2 + 14};
    }
    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        o.text.clear();
        o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, p, o.widget);
        const bool selected = o.state & QStyle::State_Selected;
        const QPalette &pal = o.palette;
        const QRect r = o.rect.adjusted(10, 6, -8, -6);
        QFont bold = o.font;
        bold.setBold(true);
        p->save();
        p->setFont(bold);
        p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics fm(bold);
        p->drawText(r.left(), r.top() + fm.ascent(), index.data(Qt::DisplayRole).toString());
        p->setFont(o.font);
        QColor muted = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        muted.setAlphaF(selected ? 0.85f : 0.6f);
        p->setPen(muted);
        const QFontMetrics sm(o.font);
        p->drawText(r.left(), r.top() + fm.height() + 2 + sm.ascent(),
                    sm.elidedText(index.data(kSummaryRole).toString(), Qt::ElideRight, r.width()));
        p->restore();
    }
};

} // namespace

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
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new TemplateDelegate(m_list));
    for (const PageTemplate &t : pageTemplates()) {
        // The chooser's own words for the templates (translatable); the models' are fallbacks.
        const QHash<QString, std::pair<QString, QString>> words = {
            {QStringLiteral("blank"), {tr("Blank"), tr("An empty page to build from scratch")}},
            {QStringLiteral("about"),
             {tr("About"), tr("Who you are, your story and a few numbers")}},
            {QStringLiteral("contact"),
             {tr("Contact"), tr("How to reach you, with a contact section")}},
            {QStringLiteral("services"),
             {tr("Services"), tr("What you offer, what clients say, and a way to get in touch")}},
            {QStringLiteral("pricing"),
             {tr("Pricing"), tr("Plans and prices, with common questions")}},
            {QStringLiteral("faq"),
             {tr("FAQ"), tr("Questions and answers, and a way to ask more")}},
            {QStringLiteral("blog-post"), {tr("Blog post"), tr("A title and an article to write")}},
            {QStringLiteral("menu"),
             {tr("Menu (restaurant)"), tr("A restaurant's dishes and prices, with photos")}},
            {QStringLiteral("gallery"), {tr("Gallery"), tr("Photos of your work")}},
        };
        const auto [label, summary] = words.value(t.id, {t.title, t.summary});
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setData(kSummaryRole, summary);
        item->setToolTip(summary);
        item->setData(Qt::AccessibleDescriptionRole, summary);
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
    resize(440, 580);
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
