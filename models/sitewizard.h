#pragma once

#include "result.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ss {

class SiteDocument;
class ThemeManifest;

// What the new-site wizard collected (seed 002 §4.2) and the page structure generated from it.
// Stored with the site so the structure can be regenerated.
struct SiteBlueprint
{
    QString type; // store, blog, portfolio, business, landing, restaurant, event
    QString name; // business brief
    QString description;
    QString audience;
    QString tone;           // friendly, professional, playful, elegant
    QStringList objectives; // sell, inform, leads, book, showcase (one or more)
    QString themeId;
    QString palette;     // a palette name of sitePalettes()
    QString fontPairing; // modern, classic, friendly

    struct PagePlan
    {
        QString slug;
        QString title;
        QStringList blocks; // component types, in order
    };
    QList<PagePlan> pages;

    QCborMap toJson() const;
    static SiteBlueprint fromJson(const QCborMap &m);
};

struct SitePalette
{
    QString id;
    QString label;
    QString primary, accent, background, text;
};
const QList<SitePalette> &sitePalettes();

// Turns a blueprint into a page structure. The rule-based one is deterministic; a model-backed
// generator can implement the same interface later.
class SiteStructureGenerator
{
public:
    virtual ~SiteStructureGenerator() = default;
    virtual QList<SiteBlueprint::PagePlan> plan(const SiteBlueprint &blueprint,
                                                const ThemeManifest &theme) const = 0;
};

class RuleBasedStructureGenerator : public SiteStructureGenerator
{
public:
    QList<SiteBlueprint::PagePlan> plan(const SiteBlueprint &blueprint,
                                        const ThemeManifest &theme) const override;
};

// Inserts `plan.blocks` at the start of the page's content and fills their texts from the brief
// `b` (the brand, the navigation `navLinks`, the call to action `cta` -> `ctaHref`): what the
// wizard does for each page, and what a page template does for a new page. Deterministic.
Result<void> populatePage(SiteDocument &doc, const QString &pageId,
                          const SiteBlueprint::PagePlan &plan, const SiteBlueprint &b,
                          const ThemeManifest &theme, const QCborArray &navLinks,
                          const QString &cta, const QString &ctaHref);
QString wizardCtaLabel(const SiteBlueprint &b); // "Shop now", "Book a table", ...

// The wizard's logic, without widgets: steps, validation per step, slug proposal, and the site it
// builds (pages and blocks from type + objectives, texts from the brief).
class SiteWizardController
{
public:
    enum class Step
    {
        Type,
        Brief,
        Objectives,
        Style,
        Review
    };

    explicit SiteWizardController(const SiteStructureGenerator *generator = nullptr);

    static const QStringList &siteTypes();
    static const QStringList &objectives();
    static const QStringList &tones();

    SiteBlueprint &blueprint() { return m_blueprint; }
    const SiteBlueprint &blueprint() const { return m_blueprint; }

    Step step() const { return m_step; }
    // What is missing or wrong on a step ("" when it may be left).
    QStringList problems(Step step) const;
    bool next(); // moves on if the current step has no problems
    void back();

    // A DNS label from the name; `taken` says whether a slug is already used (checked online).
    QString proposeSlug(const std::function<bool(const QString &)> &taken = {}) const;

    // Plans the pages (Review shows them) and builds the site document.
    void plan(const ThemeManifest &theme);
    Result<std::unique_ptr<SiteDocument>> build(const ThemeManifest &theme) const;

private:
    SiteBlueprint m_blueprint;
    Step m_step = Step::Type;
    RuleBasedStructureGenerator m_defaultGenerator;
    const SiteStructureGenerator *m_generator;
};

} // namespace ss
