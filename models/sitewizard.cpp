#include "sitewizard.h"

#include "dnslabel.h"
#include "page.h"
#include "sitedocument.h"
#include "startersite.h"
#include "thememanifest.h"

#include <QCborArray>

namespace ss {

namespace {

QCborArray strings(const QStringList &l)
{
    QCborArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

QStringList stringList(const QCborValue &v)
{
    QStringList out;
    for (const QCborValue &e : v.toArray())
        out << e.toString();
    return out;
}

QString ctaLabel(const SiteBlueprint &b)
{
    if (b.objectives.contains(QLatin1String("sell")))
        return QStringLiteral("Shop now");
    if (b.objectives.contains(QLatin1String("book")))
        return QStringLiteral("Book now");
    if (b.objectives.contains(QLatin1String("leads")))
        return QStringLiteral("Get in touch");
    if (b.objectives.contains(QLatin1String("showcase")))
        return QStringLiteral("See our work");
    return QStringLiteral("Learn more");
}

QString contactIntro(const QString &tone)
{
    if (tone == QLatin1String("playful"))
        return QStringLiteral("Say hello! We usually answer within a day.");
    if (tone == QLatin1String("elegant"))
        return QStringLiteral("We would be delighted to hear from you.");
    if (tone == QLatin1String("friendly"))
        return QStringLiteral("Questions, ideas or just curious? Drop us a line.");
    return QStringLiteral(
        "Tell us what you need and we will get back to you within one business day.");
}

QString firstSentence(const QString &text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    return (dot > 0 ? text.left(dot + 1) : text).trimmed();
}

} // namespace

QCborMap SiteBlueprint::toJson() const
{
    QCborMap m;
    m.insert(QStringLiteral("type"), type);
    QCborMap brief;
    brief.insert(QStringLiteral("name"), name);
    brief.insert(QStringLiteral("description"), description);
    brief.insert(QStringLiteral("audience"), audience);
    brief.insert(QStringLiteral("tone"), tone);
    m.insert(QStringLiteral("brief"), brief);
    m.insert(QStringLiteral("objectives"), strings(objectives));
    QCborMap style;
    style.insert(QStringLiteral("theme"), themeId);
    style.insert(QStringLiteral("palette"), palette);
    style.insert(QStringLiteral("fontPairing"), fontPairing);
    m.insert(QStringLiteral("style"), style);
    QCborArray pageList;
    for (const PagePlan &p : pages) {
        QCborMap pm;
        pm.insert(QStringLiteral("slug"), p.slug);
        pm.insert(QStringLiteral("title"), p.title);
        pm.insert(QStringLiteral("blocks"), strings(p.blocks));
        pageList.append(pm);
    }
    m.insert(QStringLiteral("pages"), pageList);
    return m;
}

SiteBlueprint SiteBlueprint::fromJson(const QCborMap &m)
{
    SiteBlueprint b;
    b.type = m.value(QStringLiteral("type")).toString();
    const QCborMap brief = m.value(QStringLiteral("brief")).toMap();
    b.name = brief.value(QStringLiteral("name")).toString();
    b.description = brief.value(QStringLiteral("description")).toString();
    b.audience = brief.value(QStringLiteral("audience")).toString();
    b.tone = brief.value(QStringLiteral("tone")).toString();
    b.objectives = stringList(m.value(QStringLiteral("objectives")));
    const QCborMap style = m.value(QStringLiteral("style")).toMap();
    b.themeId = style.value(QStringLiteral("theme")).toString();
    b.palette = style.value(QStringLiteral("palette")).toString();
    b.fontPairing = style.value(QStringLiteral("fontPairing")).toString();
    for (const QCborValue &v : m.value(QStringLiteral("pages")).toArray()) {
        const QCborMap pm = v.toMap();
        b.pages.append({pm.value(QStringLiteral("slug")).toString(),
                        pm.value(QStringLiteral("title")).toString(),
                        stringList(pm.value(QStringLiteral("blocks")))});
    }
    return b;
}

const QList<SitePalette> &sitePalettes()
{
    static const QList<SitePalette> palettes = {
        {QStringLiteral("indigo"), QStringLiteral("Indigo"), QStringLiteral("#4f46e5"),
         QStringLiteral("#0ea5e9"), QStringLiteral("#ffffff"), QStringLiteral("#0f172a")},
        {QStringLiteral("harbour"), QStringLiteral("Harbour"), QStringLiteral("#0f766e"),
         QStringLiteral("#b4532a"), QStringLiteral("#faf7f2"), QStringLiteral("#23211d")},
        {QStringLiteral("forest"), QStringLiteral("Forest"), QStringLiteral("#166534"),
         QStringLiteral("#ca8a04"), QStringLiteral("#f7faf5"), QStringLiteral("#1a2e1f")},
        {QStringLiteral("sunset"), QStringLiteral("Sunset"), QStringLiteral("#c2410c"),
         QStringLiteral("#7c3aed"), QStringLiteral("#fffaf5"), QStringLiteral("#292524")},
        {QStringLiteral("midnight"), QStringLiteral("Midnight"), QStringLiteral("#60a5fa"),
         QStringLiteral("#f472b6"), QStringLiteral("#0b1120"), QStringLiteral("#e2e8f0")},
    };
    return palettes;
}

QList<SiteBlueprint::PagePlan> RuleBasedStructureGenerator::plan(const SiteBlueprint &b,
                                                                 const ThemeManifest &theme) const
{
    auto has = [&](const QString &type) { return theme.component(type) != nullptr; };
    auto page = [&](const QString &slug, const QString &title, QStringList middle) {
        QStringList blocks;
        for (const QString &t :
             QStringList{QStringLiteral("Navbar")} + middle + QStringList{QStringLiteral("Footer")})
            if (has(t) && !blocks.contains(t))
                blocks << t;
        return SiteBlueprint::PagePlan{slug, title, blocks};
    };
    // The home page: a hero, then a section per objective, in a fixed order.
    QStringList home{QStringLiteral("Hero")};
    if (b.objectives.contains(QLatin1String("inform")))
        home << QStringLiteral("FeatureList") << QStringLiteral("Stats");
    if (b.objectives.contains(QLatin1String("showcase")))
        home << QStringLiteral("Gallery") << QStringLiteral("Testimonials");
    if (b.objectives.contains(QLatin1String("sell")))
        home << QStringLiteral("FeatureList") << QStringLiteral("PricingTable");
    if (b.objectives.contains(QLatin1String("book")))
        home << QStringLiteral("FAQ");
    if (b.objectives.contains(QLatin1String("leads")) ||
        b.objectives.contains(QLatin1String("book")))
        home << QStringLiteral("Contact");
    QList<SiteBlueprint::PagePlan> pages{page(QStringLiteral("/"), QStringLiteral("Home"), home)};
    if (b.type == QLatin1String("landing"))
        return pages; // one page
    const QHash<QString, QList<SiteBlueprint::PagePlan>> extra = {
        {QStringLiteral("store"),
         {page(QStringLiteral("/products"), QStringLiteral("Products"),
               {QStringLiteral("Heading"), QStringLiteral("Gallery"),
                QStringLiteral("PricingTable")}),
          page(QStringLiteral("/faq"), QStringLiteral("FAQ"),
               {QStringLiteral("FAQ"), QStringLiteral("Contact")})}},
        {QStringLiteral("blog"),
         {page(QStringLiteral("/blog"), QStringLiteral("Blog"),
               {QStringLiteral("Heading"), QStringLiteral("RichText")}),
          page(QStringLiteral("/about"), QStringLiteral("About"),
               {QStringLiteral("Heading"), QStringLiteral("RichText")})}},
        {QStringLiteral("portfolio"),
         {page(QStringLiteral("/work"), QStringLiteral("Work"),
               {QStringLiteral("Heading"), QStringLiteral("Gallery")}),
          page(
              QStringLiteral("/about"), QStringLiteral("About"),
              {QStringLiteral("Heading"), QStringLiteral("RichText"), QStringLiteral("Contact")})}},
        {QStringLiteral("business"),
         {page(QStringLiteral("/services"), QStringLiteral("Services"),
               {QStringLiteral("Heading"), QStringLiteral("FeatureList"),
                QStringLiteral("Testimonials")}),
          page(QStringLiteral("/about"), QStringLiteral("About"),
               {QStringLiteral("Heading"), QStringLiteral("RichText"), QStringLiteral("Stats")}),
          page(QStringLiteral("/contact"), QStringLiteral("Contact"),
               {QStringLiteral("Contact")})}},
        {QStringLiteral("restaurant"),
         {page(QStringLiteral("/menu"), QStringLiteral("Menu"),
               {QStringLiteral("Heading"), QStringLiteral("PricingTable"),
                QStringLiteral("Gallery")}),
          page(QStringLiteral("/visit"), QStringLiteral("Visit"),
               {QStringLiteral("Contact"), QStringLiteral("FAQ")})}},
        {QStringLiteral("event"),
         {page(QStringLiteral("/schedule"), QStringLiteral("Schedule"),
               {QStringLiteral("Heading"), QStringLiteral("FeatureList")}),
          page(QStringLiteral("/tickets"), QStringLiteral("Tickets"),
               {QStringLiteral("PricingTable"), QStringLiteral("FAQ")})}},
    };
    pages += extra.value(b.type);
    return pages;
}

SiteWizardController::SiteWizardController(const SiteStructureGenerator *generator)
    : m_generator(generator ? generator : &m_defaultGenerator)
{
    m_blueprint.tone = QStringLiteral("friendly");
    m_blueprint.themeId = QStringLiteral("studio");
    m_blueprint.palette = QStringLiteral("indigo");
    m_blueprint.fontPairing = QStringLiteral("modern");
}

const QStringList &SiteWizardController::siteTypes()
{
    static const QStringList t = {QStringLiteral("store"),     QStringLiteral("blog"),
                                  QStringLiteral("portfolio"), QStringLiteral("business"),
                                  QStringLiteral("landing"),   QStringLiteral("restaurant"),
                                  QStringLiteral("event")};
    return t;
}

const QStringList &SiteWizardController::objectives()
{
    static const QStringList o = {QStringLiteral("sell"), QStringLiteral("inform"),
                                  QStringLiteral("leads"), QStringLiteral("book"),
                                  QStringLiteral("showcase")};
    return o;
}

const QStringList &SiteWizardController::tones()
{
    static const QStringList t = {QStringLiteral("friendly"), QStringLiteral("professional"),
                                  QStringLiteral("playful"), QStringLiteral("elegant")};
    return t;
}

QStringList SiteWizardController::problems(Step step) const
{
    QStringList out;
    const SiteBlueprint &b = m_blueprint;
    switch (step) {
    case Step::Type:
        if (!siteTypes().contains(b.type))
            out << QStringLiteral("Choose what kind of site this is.");
        break;
    case Step::Brief:
        if (b.name.trimmed().isEmpty())
            out << QStringLiteral("Give the site a name.");
        if (b.name.size() > 200)
            out << QStringLiteral("The name is longer than 200 characters.");
        if (b.description.size() > 2000)
            out << QStringLiteral("The description is longer than 2,000 characters.");
        if (!tones().contains(b.tone))
            out << QStringLiteral("Choose a tone.");
        break;
    case Step::Objectives:
        if (b.objectives.isEmpty())
            out << QStringLiteral("Pick at least one objective.");
        for (const QString &o : b.objectives)
            if (!objectives().contains(o))
                out << QStringLiteral("Unknown objective \"%1\".").arg(o);
        break;
    case Step::Style: {
        bool paletteKnown = false;
        for (const SitePalette &p : sitePalettes())
            paletteKnown = paletteKnown || p.id == b.palette;
        if (b.themeId.isEmpty())
            out << QStringLiteral("Choose a theme.");
        if (!paletteKnown)
            out << QStringLiteral("Choose a colour palette.");
        if (!QStringList{QStringLiteral("modern"), QStringLiteral("classic"),
                         QStringLiteral("friendly")}
                 .contains(b.fontPairing))
            out << QStringLiteral("Choose a font pairing.");
        break;
    }
    case Step::Review:
        break;
    }
    return out;
}

bool SiteWizardController::next()
{
    if (!problems(m_step).isEmpty() || m_step == Step::Review)
        return false;
    m_step = Step(int(m_step) + 1);
    return true;
}

void SiteWizardController::back()
{
    if (m_step != Step::Type)
        m_step = Step(int(m_step) - 1);
}

QString SiteWizardController::proposeSlug(const std::function<bool(const QString &)> &taken) const
{
    const QString base = dnsLabelFrom(m_blueprint.name, 50);
    if (!taken || !taken(base))
        return base;
    for (int i = 2; i < 1000; ++i) {
        const QString candidate = base + QLatin1Char('-') + QString::number(i);
        if (!taken(candidate))
            return candidate;
    }
    return base;
}

void SiteWizardController::plan(const ThemeManifest &theme)
{
    m_blueprint.pages = m_generator->plan(m_blueprint, theme);
}

Result<std::unique_ptr<SiteDocument>> SiteWizardController::build(const ThemeManifest &theme) const
{
    for (Step s : {Step::Type, Step::Brief, Step::Objectives, Step::Style})
        if (const QStringList p = problems(s); !p.isEmpty())
            return fail(p.join(QLatin1Char(' ')));
    const SiteBlueprint &b = m_blueprint;
    const QList<SiteBlueprint::PagePlan> pages =
        b.pages.isEmpty() ? m_generator->plan(b, theme) : b.pages;
    auto doc = makeStarterSite(b.name.trimmed(), theme, false);
    if (!doc)
        return fail(QStringLiteral("the theme cannot build a site"));
    // Style: palette tokens and fonts, where the theme has such fields.
    QCborMap props = doc->siteProps;
    for (const SitePalette &p : sitePalettes()) {
        if (p.id != b.palette)
            continue;
        for (const auto &[field, value] :
             {std::pair{QStringLiteral("primaryColor"), p.primary},
              std::pair{QStringLiteral("accentColor"), p.accent},
              std::pair{QStringLiteral("backgroundColor"), p.background},
              std::pair{QStringLiteral("textColor"), p.text}})
            if (theme.site.field(field))
                props.insert(field, value);
    }
    if (theme.site.field(QStringLiteral("fontPairing")))
        props.insert(QStringLiteral("fontPairing"), b.fontPairing);
    if (theme.site.field(QStringLiteral("description")))
        props.insert(QStringLiteral("description"), b.description);
    auto siteOp = doc->makeReplaceSiteProps(props);
    if (!siteOp || !doc->apply(*siteOp))
        return fail(QStringLiteral("cannot set the site's style"));

    const QString cta = ctaLabel(b);
    const QString ctaHref = pages.size() > 1 ? pages.at(1).slug : QStringLiteral("#contact");
    QCborArray navLinks;
    for (const SiteBlueprint::PagePlan &p : pages.mid(1))
        navLinks.append(
            QCborMap{{QStringLiteral("label"), p.title}, {QStringLiteral("href"), p.slug}});

    for (const SiteBlueprint::PagePlan &plan : pages) {
        Page *page = doc->pageBySlug(plan.slug);
        if (!page) {
            QCborMap rootProps{{QStringLiteral("title"), plan.title}};
            QCborMap data{{QStringLiteral("root"), QCborMap{{QStringLiteral("props"), rootProps}}},
                          {QStringLiteral("content"), QCborArray()}};
            auto add = doc->makeAddPage(plan.slug, plan.title, data);
            if (!add || !doc->apply(*add))
                return fail(QStringLiteral("cannot add page %1").arg(plan.slug));
            page = doc->pageBySlug(plan.slug);
        }
        if (auto r = populatePage(*doc, page->id, plan, b, theme, navLinks, cta, ctaHref); !r)
            return std::unexpected(r.error());
    }
    return doc;
}

Result<void> populatePage(SiteDocument &doc, const QString &pageId,
                          const SiteBlueprint::PagePlan &plan, const SiteBlueprint &b,
                          const ThemeManifest &theme, const QCborArray &navLinks,
                          const QString &cta, const QString &ctaHref)
{
    if (!doc.page(pageId))
        return fail(QStringLiteral("no page \"%1\"").arg(pageId));
    qsizetype index = 0;
    for (const QString &type : plan.blocks) {
        auto insert = doc.makeInsertNew(pageId, AreaRef{}, index++, type, theme);
        if (!insert || !doc.apply(*insert))
            return fail(QStringLiteral("cannot insert %1").arg(type));
        // Texts from the brief (deterministic).
        QList<std::pair<QString, QCborValue>> set;
        if (type == QLatin1String("Navbar")) {
            set = {{QStringLiteral("brand"), b.name},
                   {QStringLiteral("links"), navLinks},
                   {QStringLiteral("cta"),
                    QCborMap{{QStringLiteral("label"), cta}, {QStringLiteral("href"), ctaHref}}}};
        } else if (type == QLatin1String("Hero")) {
            set = {{QStringLiteral("title"), plan.slug == QLatin1String("/") ? b.name : plan.title},
                   {QStringLiteral("description"),
                    b.description.isEmpty() ? QStringLiteral("Welcome to %1.").arg(b.name)
                                            : b.description},
                   {QStringLiteral("buttons"),
                    QCborArray{QCborMap{{QStringLiteral("label"), cta},
                                        {QStringLiteral("href"), ctaHref},
                                        {QStringLiteral("variant"), QStringLiteral("primary")}}}}};
        } else if (type == QLatin1String("Heading")) {
            set = {{QStringLiteral("text"), plan.title},
                   {QStringLiteral("level"), QStringLiteral("1")}};
        } else if (type == QLatin1String("FeatureList")) {
            set = {{QStringLiteral("title"), QStringLiteral("Why %1").arg(b.name)},
                   {QStringLiteral("intro"), b.audience.isEmpty()
                                                 ? firstSentence(b.description)
                                                 : QStringLiteral("Made for %1.").arg(b.audience)}};
        } else if (type == QLatin1String("Contact")) {
            set = {{QStringLiteral("title"), QStringLiteral("Get in touch")},
                   {QStringLiteral("intro"), contactIntro(b.tone)}};
        } else if (type == QLatin1String("Footer")) {
            set = {{QStringLiteral("brand"), b.name},
                   {QStringLiteral("text"), firstSentence(b.description)},
                   {QStringLiteral("copyright"), QStringLiteral("© %1").arg(b.name)}};
        } else if (type == QLatin1String("RichText") && plan.slug == QLatin1String("/about")) {
            set = {{QStringLiteral("body"), b.description.isEmpty()
                                                ? QStringLiteral("About %1.").arg(b.name)
                                                : b.description}};
        }
        const ComponentSpec *spec = theme.component(type);
        for (const auto &[path, value] : set) {
            if (!spec || !spec->field(path))
                continue;
            auto op = doc.makeSetProp(pageId, insert->blockId, path, value);
            if (!op || !doc.apply(*op))
                return fail(QStringLiteral("cannot fill %1.%2").arg(type, path));
        }
    }
    return {};
}

QString wizardCtaLabel(const SiteBlueprint &b)
{
    return ctaLabel(b);
}

} // namespace ss
