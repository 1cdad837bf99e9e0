#include "prepublishcheck.h"

#include "json.h"
#include "localcache.h"
#include "page.h"
#include "sitedocument.h"
#include "thememanifest.h"
#include "validator.h"

#include <QCborArray>
#include <QRegularExpression>

#include <algorithm>

namespace ss {

namespace {

const QRegularExpression &assetRef()
{
    static const QRegularExpression re(QStringLiteral("assets/([0-9a-f]{64})\\.([a-z0-9]{1,8})"));
    return re;
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes < (10 << 20) ? 1 : 0) +
           QStringLiteral(" MiB");
}

struct Walker
{
    const SiteDocument &doc;
    QList<PublishFinding> &out;
    QHash<QString, PublishFinding> firstUse; // asset file name -> where it is first used
    QString pageId;
    QString blockId;

    void add(PublishFinding::Severity s, PublishFinding::Kind k, const QString &path,
             const QString &message)
    {
        out.append({s, k, pageId, blockId, path, message});
    }

    void noteAssets(const QString &value, const QString &path)
    {
        for (auto it = assetRef().globalMatch(value); it.hasNext();) {
            const auto m = it.next();
            const QString name = m.captured(1) + QLatin1Char('.') + m.captured(2);
            if (!firstUse.contains(name))
                firstUse.insert(name, {PublishFinding::Severity::Warning,
                                       PublishFinding::Kind::PlanLimit,
                                       pageId,
                                       blockId,
                                       path,
                                       {}});
        }
    }

    // "/about", "/about/", "/about?x#team": a page of this site. Anchors, external links and
    // files ("/files/menu.pdf") are not checked.
    void checkLink(const QString &raw, const QString &path)
    {
        const QString s = raw.trimmed();
        if (!s.startsWith(QLatin1Char('/')) || s.startsWith(QLatin1String("//")))
            return;
        QString target = s;
        if (const qsizetype q = target.indexOf(QRegularExpression(QStringLiteral("[?#]"))); q >= 0)
            target = target.left(q);
        if (target.section(QLatin1Char('/'), -1).contains(QLatin1Char('.')))
            return;
        if (doc.pageBySlug(SiteDocument::normalizeSlug(target)))
            return;
        add(PublishFinding::Severity::Warning, PublishFinding::Kind::BrokenLink, path,
            QStringLiteral("links to %1, which no page of the site has").arg(target));
    }

    void checkMarkdown(const QString &text, const QString &path)
    {
        // [text](/target "title") and ![alt](src); the destination may be in <…>.
        static const QRegularExpression link(QStringLiteral(
            "(!?)\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)"));
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1).isEmpty()) {
                checkLink(m.captured(3), path);
            } else {
                noteAssets(m.captured(3), path);
                if (m.captured(2).trimmed().isEmpty())
                    add(PublishFinding::Severity::Warning, PublishFinding::Kind::MissingAlt, path,
                        QStringLiteral("image %1 in the text has no alt text")
                            .arg(m.captured(3).section(QLatin1Char('/'), -1).left(40)));
            }
        }
    }

    void walk(const std::vector<FieldSpec> &fields, const QCborMap &props, const QString &base)
    {
        using T = FieldSpec::Type;
        const auto altField = std::find_if(fields.begin(), fields.end(), [](const FieldSpec &f) {
            return f.name == QLatin1String("alt") && (f.type == T::Text || f.type == T::Textarea);
        });
        for (const FieldSpec &f : fields) {
            const QCborValue v = props.value(f.name);
            const QString path = base + f.name;
            switch (f.type) {
            case T::Link:
                if (v.isString())
                    checkLink(v.toString(), path);
                break;
            case T::Image:
                if (!v.isString() || v.toString().trimmed().isEmpty())
                    break;
                noteAssets(v.toString(), path);
                // The themes keep an image's alt text in a sibling "alt" field (docs/themes.md).
                if (altField != fields.end() &&
                    props.value(QStringLiteral("alt")).toString().trimmed().isEmpty())
                    add(PublishFinding::Severity::Warning, PublishFinding::Kind::MissingAlt,
                        base + QStringLiteral("alt"),
                        QStringLiteral("image %1 has no alt text (%2)")
                            .arg(v.toString().section(QLatin1Char('/'), -1).left(40),
                                 f.label.isEmpty() ? f.name : f.label));
                break;
            case T::RichText:
                if (v.isString())
                    checkMarkdown(v.toString(), path);
                break;
            case T::Object:
                if (v.isMap())
                    walk(f.subFields, v.toMap(), path + QLatin1Char('.'));
                break;
            case T::Array:
                if (v.isArray()) {
                    const QCborArray a = v.toArray();
                    for (qsizetype i = 0; i < a.size(); ++i)
                        if (a.at(i).isMap())
                            walk(f.subFields, a.at(i).toMap(),
                                 path + QLatin1Char('[') + QString::number(i) +
                                     QStringLiteral("]."));
                }
                break;
            default:
                break;
            }
        }
    }
};

} // namespace

std::optional<PlanLimits> PlanLimits::fromAccount(const QCborMap &account)
{
    const QCborMap limits = account.value(QStringLiteral("limits")).toMap();
    const QCborValue quota = limits.value(QStringLiteral("storage_bytes"));
    if (!quota.isInteger())
        return std::nullopt;
    PlanLimits p;
    p.tier = account.value(QStringLiteral("tier")).toString();
    p.storageBytes = quota.toInteger();
    const QCborValue used =
        account.value(QStringLiteral("usage")).toMap().value(QStringLiteral("storage_bytes"));
    p.storageUsed = used.isInteger() ? used.toInteger() : -1;
    return p;
}

int PrePublishReport::errorCount() const
{
    return int(std::count_if(findings.begin(), findings.end(), [](const PublishFinding &f) {
        return f.severity == PublishFinding::Severity::Error;
    }));
}

int PrePublishReport::warningCount() const
{
    return int(findings.size()) - errorCount();
}

PrePublishReport checkBeforePublish(const SiteDocument &doc, const ThemeManifest &theme,
                                    const QHash<QString, qint64> &assetSizes,
                                    const std::optional<PlanLimits> &limits)
{
    PrePublishReport report;
    QList<PublishFinding> &out = report.findings;

    // Validation: errors block (the server refuses them too), warnings are shown.
    const auto &pages = doc.pages();
    for (const ValidationIssue &i : validateSite(doc, theme)) {
        QString prefix = QStringLiteral("props.");
        if (const Page *page = doc.page(i.pageId)) {
            prefix = QStringLiteral("pages[%1].data.").arg(doc.pageIndex(page->id));
            if (const Block *b = page->block(i.blockId))
                prefix += page->jsonPath(b) + QStringLiteral(".props.");
            else
                prefix +=
                    page->legacyRoot ? QStringLiteral("root.") : QStringLiteral("root.props.");
        }
        out.append({i.severity == ValidationIssue::Severity::Error
                        ? PublishFinding::Severity::Error
                        : PublishFinding::Severity::Warning,
                    PublishFinding::Kind::Validation, i.pageId, i.blockId,
                    i.path.startsWith(prefix) ? i.path.mid(prefix.size()) : QString(), i.message});
    }

    // Links, images and their alt text, asset uses: site settings, then page by page.
    Walker w{doc, out, {}, {}, {}};
    w.walk(theme.site.fields, doc.siteProps, {});
    for (const auto &page : pages) {
        w.pageId = page->id;
        w.blockId.clear();
        w.walk(theme.root.fields, page->rootProps, {});
        forEachBlock(*page, [&](const Block *b) {
            w.blockId = b->id;
            if (const ComponentSpec *spec = theme.component(b->type))
                w.walk(spec->fields, b->props, {});
        });
        w.blockId.clear();
        if (page->blockCount() == 0)
            w.add(PublishFinding::Severity::Warning, PublishFinding::Kind::EmptyPage, {},
                  QStringLiteral("page %1 has no blocks: it is published blank").arg(page->slug));
    }

    // Plan limits: a file over the server's size limit, the site's assets over the quota.
    const qint64 maxFile = limits ? limits->maxFileBytes : PlanLimits::kServerMaxFileBytes;
    for (auto it = w.firstUse.cbegin(); it != w.firstUse.cend(); ++it) {
        const auto size = assetSizes.constFind(it.key());
        if (size == assetSizes.cend())
            continue;
        report.assetBytes += *size;
        ++report.assetCount;
        if (*size > maxFile) {
            PublishFinding f = *it;
            f.severity = PublishFinding::Severity::Error;
            f.message = QStringLiteral("asset %1 is %2; the server takes files up to %3")
                            .arg(it.key().left(12) + QStringLiteral("…"), mib(*size), mib(maxFile));
            out.append(f);
        }
    }
    if (limits && limits->storageBytes >= 0) {
        report.limitsChecked = true;
        const QString plan = limits->tier.isEmpty() ? QStringLiteral("your") : limits->tier;
        if (report.assetBytes > limits->storageBytes) {
            out.append({PublishFinding::Severity::Error,
                        PublishFinding::Kind::PlanLimit,
                        {},
                        {},
                        {},
                        QStringLiteral("the site's assets (%1) are more than the %2 plan stores "
                                       "(%3)")
                            .arg(mib(report.assetBytes), plan, mib(limits->storageBytes))});
        } else if (limits->storageUsed >= 0 &&
                   limits->storageUsed + report.assetBytes > limits->storageBytes) {
            // Assets already uploaded count once; the server decides exactly.
            out.append({PublishFinding::Severity::Warning,
                        PublishFinding::Kind::PlanLimit,
                        {},
                        {},
                        {},
                        QStringLiteral("the account stores %1 of the %2 plan's %3; this site's "
                                       "assets (%4) may not fit")
                            .arg(mib(limits->storageUsed), plan, mib(limits->storageBytes),
                                 mib(report.assetBytes))});
        }
    }

    std::stable_sort(out.begin(), out.end(), [](const PublishFinding &a, const PublishFinding &b) {
        return a.severity == PublishFinding::Severity::Error &&
               b.severity != PublishFinding::Severity::Error;
    });
    return report;
}

QHash<QString, qint64> assetSizes(LocalCache &cache, const SiteDocument &doc)
{
    QHash<QString, qint64> sizes;
    const QString text = QString::fromUtf8(json::write(doc.toJson()));
    for (auto it = assetRef().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1) + QLatin1Char('.') + m.captured(2);
        if (sizes.contains(name))
            continue;
        auto q =
            cache.exec(QStringLiteral("SELECT size FROM assets WHERE sha256 = ?"), {m.captured(1)});
        if (q && q->next())
            sizes.insert(name, q->value(0).toLongLong());
    }
    return sizes;
}

} // namespace ss
