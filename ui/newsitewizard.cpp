#include "newsitewizard.h"

#include "themepackage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

QString typeLabel(const QString &t)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("store"), QObject::tr("Online store — sell products")},
        {QStringLiteral("blog"), QObject::tr("Blog — write and publish posts")},
        {QStringLiteral("portfolio"), QObject::tr("Portfolio — show your work")},
        {QStringLiteral("business"), QObject::tr("Business — services, about, contact")},
        {QStringLiteral("landing"), QObject::tr("Landing page — one page, one goal")},
        {QStringLiteral("restaurant"), QObject::tr("Restaurant — menu, bookings, visit")},
        {QStringLiteral("event"), QObject::tr("Event — schedule and tickets")},
    };
    return labels.value(t, t);
}

QString objectiveLabel(const QString &o)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("sell"), QObject::tr("Sell products or plans")},
        {QStringLiteral("inform"), QObject::tr("Inform visitors")},
        {QStringLiteral("leads"), QObject::tr("Collect leads")},
        {QStringLiteral("book"), QObject::tr("Take bookings")},
        {QStringLiteral("showcase"), QObject::tr("Showcase work")},
    };
    return labels.value(o, o);
}

// A wizard page whose "Next" follows the controller's validation of its step.
class StepPage : public QWizardPage
{
public:
    StepPage(SiteWizardController &c, SiteWizardController::Step step, std::function<void()> sync)
        : m_c(c)
        , m_step(step)
        , m_sync(std::move(sync))
    {}
    bool isComplete() const override
    {
        m_sync();
        return m_c.problems(m_step).isEmpty();
    }

private:
    SiteWizardController &m_c;
    SiteWizardController::Step m_step;
    std::function<void()> m_sync;
};

} // namespace

NewSiteWizard::NewSiteWizard(ThemeRegistry &themes, QWidget *parent)
    : QWizard(parent)
    , m_themes(themes)
{
    setWindowTitle(tr("New site"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    const auto sync = [this] { syncToController(); };
    using Step = SiteWizardController::Step;

    auto *typePage = new StepPage(m_controller, Step::Type, sync);
    typePage->setTitle(tr("What kind of site?"));
    typePage->setSubTitle(
        tr("This decides which pages you start with. You can change everything later."));
    m_types = new QListWidget;
    m_types->setAccessibleName(tr("Site type"));
    for (const QString &t : SiteWizardController::siteTypes()) {
        auto *item = new QListWidgetItem(typeLabel(t), m_types);
        item->setData(Qt::UserRole, t);
    }
    // Focus makes the first row current without selecting it; only a selection counts as a choice.
    connect(m_types, &QListWidget::itemSelectionChanged, typePage, &QWizardPage::completeChanged);
    (new QVBoxLayout(typePage))->addWidget(m_types);
    addPage(typePage);

    auto *briefPage = new StepPage(m_controller, Step::Brief, sync);
    briefPage->setTitle(tr("Tell us about it"));
    briefPage->setSubTitle(tr("The texts of your new site are written from this brief."));
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("e.g. Trattoria Sole"));
    m_description = new QPlainTextEdit;
    m_description->setPlaceholderText(tr("What do you do, in a sentence or two?"));
    m_description->setTabChangesFocus(true);
    m_audience = new QLineEdit;
    m_audience->setPlaceholderText(tr("e.g. families and food lovers"));
    m_tone = new QComboBox;
    for (const QString &t : SiteWizardController::tones())
        m_tone->addItem(t.at(0).toUpper() + t.mid(1), t);
    auto *form = new QFormLayout(briefPage);
    form->addRow(tr("Na&me"), m_name);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Audience"), m_audience);
    form->addRow(tr("&Tone"), m_tone);
    connect(m_name, &QLineEdit::textChanged, briefPage, &QWizardPage::completeChanged);
    addPage(briefPage);

    auto *objectivesPage = new StepPage(m_controller, Step::Objectives, sync);
    objectivesPage->setTitle(tr("What should the site do?"));
    objectivesPage->setSubTitle(tr("Pick one or more; each adds the sections that serve it."));
    auto *ol = new QVBoxLayout(objectivesPage);
    for (const QString &o : SiteWizardController::objectives()) {
        auto *box = new QCheckBox(objectiveLabel(o));
        box->setProperty("objective", o);
        connect(box, &QCheckBox::toggled, objectivesPage, &QWizardPage::completeChanged);
        ol->addWidget(box);
        m_objectives << box;
    }
    ol->addStretch();
    addPage(objectivesPage);

    auto *stylePage = new StepPage(m_controller, Step::Style, sync);
    stylePage->setTitle(tr("Choose a look"));
    stylePage->setSubTitle(tr("Theme, colours and fonts. The preview shows the palette."));
    m_theme = new QComboBox;
    for (const auto &e : m_themes.entries()) {
        auto t = m_themes.theme(e.id);
        if (t)
            m_theme->addItem((*t)->manifest().name, e.id);
    }
    m_palette = new QComboBox;
    for (const SitePalette &p : sitePalettes())
        m_palette->addItem(p.label, p.id);
    m_fonts = new QComboBox;
    m_fonts->addItem(tr("Modern"), QStringLiteral("modern"));
    m_fonts->addItem(tr("Classic"), QStringLiteral("classic"));
    m_fonts->addItem(tr("Friendly"), QStringLiteral("friendly"));
    m_preview = new QLabel;
    m_preview->setMinimumSize(320, 140);
    m_preview->setAccessibleName(tr("Style preview"));
    auto *sf = new QFormLayout(stylePage);
    sf->addRow(tr("&Theme"), m_theme);
    sf->addRow(tr("&Colours"), m_palette);
    sf->addRow(tr("&Fonts"), m_fonts);
    sf->addRow(m_preview);
    for (QComboBox *c : {m_theme, m_palette, m_fonts})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { updatePreview(); });
    addPage(stylePage);

    auto *reviewPage = new QWizardPage;
    reviewPage->setTitle(tr("Review"));
    reviewPage->setSubTitle(tr(
        "Your site will be created with these pages. Finish creates it; you can edit everything."));
    m_review = new QLabel;
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::RichText);
    m_review->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    (new QVBoxLayout(reviewPage))->addWidget(m_review);
    addPage(reviewPage);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        syncToController();
        if (id == 3)
            updatePreview();
        if (id == 4)
            updateReview();
    });
}

void NewSiteWizard::syncToController()
{
    SiteBlueprint &b = m_controller.blueprint();
    const QList<QListWidgetItem *> chosen = m_types->selectedItems();
    b.type = chosen.isEmpty() ? QString() : chosen.first()->data(Qt::UserRole).toString();
    b.name = m_name->text().trimmed();
    b.description = m_description->toPlainText().trimmed();
    b.audience = m_audience->text().trimmed();
    b.tone = m_tone->currentData().toString();
    b.objectives.clear();
    for (QCheckBox *box : m_objectives)
        if (box->isChecked())
            b.objectives << box->property("objective").toString();
    b.themeId = m_theme->currentData().toString();
    b.palette = m_palette->currentData().toString();
    b.fontPairing = m_fonts->currentData().toString();
}

void NewSiteWizard::updatePreview()
{
    syncToController();
    const SiteBlueprint &b = m_controller.blueprint();
    SitePalette palette = sitePalettes().first();
    for (const SitePalette &p : sitePalettes())
        if (p.id == b.palette)
            palette = p;
    const qreal dpr = devicePixelRatioF();
    QPixmap pm(QSize(320, 140) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(QColor(palette.background));
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(palette.text).lighter(150));
    p.drawRect(QRectF(0.5, 0.5, 319, 139));
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    if (b.fontPairing == QLatin1String("classic"))
        title.setFamily(QStringLiteral("serif"));
    p.setFont(title);
    p.setPen(QColor(palette.text));
    p.drawText(QRectF(16, 14, 288, 40), Qt::AlignLeft | Qt::AlignVCenter,
               b.name.isEmpty() ? tr("Your site") : b.name);
    p.setFont(font());
    p.drawText(QRectF(16, 54, 288, 36), Qt::AlignLeft | Qt::TextWordWrap,
               b.description.isEmpty() ? tr("A short description of what you do.")
                                       : b.description.left(90));
    p.setBrush(QColor(palette.primary));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(16, 98, 96, 28), 6, 6);
    p.setBrush(QColor(palette.accent));
    p.drawRoundedRect(QRectF(120, 98, 96, 28), 6, 6);
    p.setPen(QColor(Qt::white));
    p.drawText(QRectF(16, 98, 96, 28), Qt::AlignCenter, tr("Get started"));
    p.drawText(QRectF(120, 98, 96, 28), Qt::AlignCenter, tr("Learn more"));
    p.end();
    m_preview->setPixmap(pm);
}

void NewSiteWizard::updateReview()
{
    auto theme = m_themes.theme(m_controller.blueprint().themeId);
    if (!theme) {
        m_review->setText(theme.error().toString().toHtmlEscaped());
        return;
    }
    m_controller.plan((*theme)->manifest());
    const SiteBlueprint &b = m_controller.blueprint();
    const QString slug = m_controller.proposeSlug(slugTaken);
    // Online, the server says whether the address is free (slugs are shared by all accounts);
    // the answer comes later and redraws this step.
    if (checkOnline && m_checkedName != b.name) {
        m_checkedName = b.name;
        m_online = tr("checking with the server…");
        QPointer<NewSiteWizard> self(this);
        const QString name = b.name;
        checkOnline(name, [self, name](bool checked, bool available, const QString &domain) {
            if (!self || self->m_checkedName != name)
                return;
            if (!checked)
                self->m_online = tr("not checked: the server cannot be reached; it picks a free "
                                    "address when the site is first synced");
            else if (available)
                self->m_online = tr("%1 is available").arg(domain);
            else
                self->m_online = tr("%1 is taken: the server adds a short suffix to the address "
                                    "(or choose another name)")
                                     .arg(domain);
            self->updateReview();
        });
    }
    QString html = tr("<p><b>%1</b> — address <code>%2</code></p>")
                       .arg(b.name.toHtmlEscaped(), slug.toHtmlEscaped());
    if (!m_online.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m_online.toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const SiteBlueprint::PagePlan &p : b.pages)
        html += QStringLiteral("<li><b>%1</b> <code>%2</code>: %3</li>")
                    .arg(p.title.toHtmlEscaped(), p.slug.toHtmlEscaped(),
                         p.blocks.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_review->setText(html);
}

} // namespace ss::ui
