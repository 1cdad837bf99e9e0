#pragma once

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ss {

class LocalCache;
class SiteDocument;
class ThemeManifest;

// The account's plan limits as GET /account reports them (docs/api.md), mirrored in the client
// only to say before a publish what the server would refuse.
struct PlanLimits
{
    // Every request body, so every asset upload, is at most 64 MiB (docs/api.md, Conventions).
    static constexpr qint64 kServerMaxFileBytes = qint64(64) << 20;

    QString tier;
    qint64 storageBytes = -1; // the plan's asset quota for the whole account
    qint64 storageUsed = -1;  // what the account's sites store now (this site's uploads included)
    qint64 maxFileBytes = kServerMaxFileBytes;

    // From a GET /account reply; nullopt when it has no limits.storage_bytes.
    static std::optional<PlanLimits> fromAccount(const QCborMap &account);
};

struct PublishFinding
{
    enum class Severity
    {
        Error,  // the server would refuse the publish: it is blocked until fixed
        Warning // worth a look; never blocks
    };
    enum class Kind
    {
        Validation, // the theme's validator (models/validator)
        BrokenLink, // a link or Markdown link to "/slug" that no page has
        MissingAlt, // an image whose alt text is empty
        EmptyPage,  // a page without blocks
        PlanLimit   // asset quota or file size the publish would exceed
    };
    Severity severity = Severity::Warning;
    Kind kind = Kind::Validation;
    QString pageId;   // "" for site-wide settings
    QString blockId;  // "" for the page root (or site settings)
    QString propPath; // relative to the block's (or root's) props: "buttons[1].href"
    QString message;  // English, like the validator's
};

struct PrePublishReport
{
    QList<PublishFinding> findings; // errors first, then warnings; document order within each
    bool limitsChecked = false;     // false: no plan limits were known (offline, not signed in)
    qint64 assetBytes = 0;          // the bytes of the site assets the document uses
    int assetCount = 0;

    int errorCount() const;
    int warningCount() const;
    bool blocksPublish() const { return errorCount() > 0; }
};

// The check before a publish: validation errors (block), broken internal links, images without
// alt text, empty pages and plan limits. `assetSizes` maps "<sha256>.<ext>" to bytes for the
// site's assets (see assetSizes()); without `limits` only the server's per-file limit is checked.
PrePublishReport checkBeforePublish(const SiteDocument &doc, const ThemeManifest &theme,
                                    const QHash<QString, qint64> &assetSizes,
                                    const std::optional<PlanLimits> &limits);

// Sizes of the assets `doc` references, from the local cache's assets table ("<sha>.<ext>" ->
// bytes); assets this device does not have are left out.
QHash<QString, qint64> assetSizes(LocalCache &cache, const SiteDocument &doc);

} // namespace ss
