#include "pagetemplates.h"

#include "page.h"
#include "puckcodec.h"
#include "sitedocument.h"
#include "sitewizard.h"
#include "startersite.h"
#include "thememanifest.h"

#include <QCborArray>

namespace ss {

namespace {

const QString kNavbar = QStringLiteral("Navbar");
const QString kFooter = QStringLiteral("Footer");

// The first block of `type` on the site's home page (else on any page), as a Puck item.
QCborMap siteItem(const SiteDocument &site, const QString &type)
{
    std::vector<const Page *> order;
    if (const Page *home = site.pageBySlug(QStringLiteral("/")))
        order.push_back(home);
    for (const auto &p : site.pages())
        order.push_back(p.get());
    for (const Page *p : order) {
        const QCborArray content = puck::exportData(*p).value(QStringLiteral("content")).toArray();
        for (const QCborValue &item : content)
            if (item.toMap().value(QStringLiteral("type")).toString() == type)
                return item.toMap();
    }
    return {};
}

} // namespace

const QList<PageTemplate> &pageTemplates()
{
    const auto T = [](const char *s) { return QString::fromUtf8(s); };
    static const QList<PageTemplate> all = {
        {T("blank"), T("New page"), T("/new-page"), T("An empty page to build from scratch"), {}},
        {T("about"),
         T("About"),
         T("/about"),
         T("Who you are, your story and a few numbers"),
         {kNavbar, T("Heading"), T("RichText"), T("Stats"), kFooter}},
        {T("contact"),
         T("Contact"),
         T("/contact"),
         T("How to reach you, with a contact section"),
         {kNavbar, T("Heading"), T("Contact"), kFooter}},
        {T("services"),
         T("Services"),
         T("/services"),
         T("What you offer, what clients say, and a way to get in touch"),
         {kNavbar, T("Heading"), T("FeatureList"), T("Testimonials"), T("Contact"), kFooter}},
        {T("pricing"),
         T("Pricing"),
         T("/pricing"),
         T("Plans and prices, with common questions"),
         {kNavbar, T("Heading"), T("PricingTable"), T("FAQ"), kFooter}},
        {T("faq"),
         T("FAQ"),
         T("/faq"),
         T("Questions and answers, and a way to ask more"),
         {kNavbar, T("Heading"), T("FAQ"), T("Contact"), kFooter}},
        {T("blog-post"),
         T("New post"),
         T("/blog/new-post"),
         T("A title and an article to write"),
         {kNavbar, T("Heading"), T("RichText"), kFooter}},
        {T("menu"),
         T("Menu"),
         T("/menu"),
         T("A restaurant's dishes and prices, with photos"),
         {kNavbar, T("Heading"), T("PricingTable"), T("Gallery"), kFooter}},
        {T("gallery"),
         T("Gallery"),
         T("/gallery"),
         T("Photos of your work"),
         {kNavbar, T("Heading"), T("Gallery"), kFooter}},
    };
    return all;
}

const PageTemplate *pageTemplate(const QString &id)
{
    for (const PageTemplate &t : pageTemplates())
        if (t.id == id)
            return &t;
    return nullptr;
}

QStringList pageTemplateBlocks(const PageTemplate &t, const ThemeManifest &theme)
{
    QStringList blocks;
    for (const QString &type : t.blocks)
        if (theme.component(type) && !blocks.contains(type))
            blocks << type;
    return blocks;
}

Result<QCborMap> buildTemplatePage(const PageTemplate &t, const QString &title,
                                   const SiteDocument &site, const ThemeManifest &theme,
                                   const SiteBlueprint &brief)
{
    SiteBlueprint b = brief;
    if (b.name.trimmed().isEmpty())
        b.name = site.name;
    // The page is made in a scratch site of the same theme, then exported as Puck Data.
    auto scratch = makeStarterSite(b.name, theme, false);
    if (!scratch)
        return fail(QStringLiteral("the theme cannot build a page"));
    const QString slug = t.slug == QLatin1String("/") ? QStringLiteral("/page") : t.slug;
    QCborMap data{{QStringLiteral("root"),
                   QCborMap{{QStringLiteral("props"), QCborMap{{QStringLiteral("title"), title}}}}},
                  {QStringLiteral("content"), QCborArray()}};
    auto add = scratch->makeAddPage(slug, title, data);
    if (!add)
        return std::unexpected(add.error());
    if (auto r = scratch->apply(*add); !r)
        return std::unexpected(r.error());
    QCborArray navLinks;
    for (const auto &p : site.pages())
        if (p->slug != QLatin1String("/"))
            navLinks.append(
                QCborMap{{QStringLiteral("label"), p->title.isEmpty() ? p->slug : p->title},
                         {QStringLiteral("href"), p->slug}});
    const QString ctaHref = site.pageBySlug(QStringLiteral("/contact")) ? QStringLiteral("/contact")
                                                                        : QStringLiteral("/");
    SiteBlueprint::PagePlan plan{slug, title, pageTemplateBlocks(t, theme)};
    if (auto r = populatePage(*scratch, add->pageId, plan, b, theme, navLinks, wizardCtaLabel(b),
                              ctaHref);
        !r)
        return std::unexpected(r.error());
    QCborMap out = puck::exportData(*scratch->page(add->pageId));
    // The site's own navigation and footer, as its visitors know them.
    QCborArray content = out.value(QStringLiteral("content")).toArray();
    for (qsizetype i = 0; i < content.size(); ++i) {
        QCborMap item = content.at(i).toMap();
        const QString type = item.value(QStringLiteral("type")).toString();
        if (type != kNavbar && type != kFooter)
            continue;
        QCborMap own = siteItem(site, type);
        if (own.isEmpty())
            continue;
        QCborMap props = own.value(QStringLiteral("props")).toMap();
        props.insert(QStringLiteral("id"),
                     item.value(QStringLiteral("props")).toMap().value(QStringLiteral("id")));
        own.insert(QStringLiteral("props"), props);
        content[i] = own;
    }
    out.insert(QStringLiteral("content"), content);
    return out;
}

} // namespace ss
