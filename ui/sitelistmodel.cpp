#include "sitelistmodel.h"

#include <QDateTime>

namespace ss::ui {

SiteListModel::SiteListModel(SiteStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

Result<void> SiteListModel::reload()
{
    auto sites = m_store.listSites();
    if (!sites)
        return std::unexpected(sites.error());
    beginResetModel();
    m_sites = std::move(*sites);
    endResetModel();
    return {};
}

int SiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SiteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Site");
    case Address:
        return tr("Address");
    case Theme:
        return tr("Theme");
    case Tier:
        return tr("Plan");
    case Published:
        return tr("Live site");
    case LastPublish:
        return tr("Last publish");
    case Pages:
        return tr("Pages");
    case Pending:
        return tr("Unsynced edits");
    case Conflicts:
        return tr("Conflicts");
    case Updated:
        return tr("Last edit");
    default:
        return {};
    }
}

QVariant SiteListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sites.size())
        return {};
    const SiteSummary &s = m_sites.at(index.row());
    switch (role) {
    case SiteIdRole:
        return s.id;
    case PendingRole:
        return s.pendingOps;
    case ConflictsRole:
        return s.conflicts;
    case TierRole:
        return s.tier;
    case ProfileRole:
        return s.profileId;
    case UnpublishedRole:
        return s.publishedRevision < 0 || s.publishedRevision < s.serverRevision ||
               s.pendingOps > 0;
    case SearchTextRole:
        return s.name + QLatin1Char(' ') + s.domain + QLatin1Char(' ') + s.slug + QLatin1Char(' ') +
               s.themeId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.name;
        case Address:
            return s.domain.isEmpty() ? tr("%1 (not on a server yet)").arg(s.slug) : s.domain;
        case Theme:
            return s.themeId;
        case Tier:
            return s.tier;
        case Published:
            // Server revisions: the live one against the latest synced one; edits not synced
            // yet are changes the live site lacks too.
            if (s.publishedRevision < 0)
                return tr("not published");
            if (s.publishedRevision >= s.serverRevision && s.pendingOps == 0)
                return tr("up to date (r%1)").arg(s.publishedRevision);
            if (s.publishedRevision >= s.serverRevision)
                return tr("r%1 live, newer edits not synced").arg(s.publishedRevision);
            return tr("r%1 live, draft r%2").arg(s.publishedRevision).arg(s.serverRevision);
        case LastPublish:
            if (s.lastPublishAt.isEmpty())
                return QString();
            return QLocale().toString(
                QDateTime::fromString(s.lastPublishAt, Qt::ISODateWithMs).toLocalTime(),
                QLocale::ShortFormat);
        case Pages:
            return s.pages;
        case Pending:
            return s.pendingOps > 0 ? QVariant(s.pendingOps) : QVariant(tr("synced"));
        case Conflicts:
            return s.conflicts > 0 ? QVariant(s.conflicts) : QVariant();
        case Updated:
            return QLocale().toString(
                QDateTime::fromString(s.updatedAt, Qt::ISODateWithMs).toLocalTime(),
                QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 — %2 pages, theme %3").arg(s.name).arg(s.pages).arg(s.themeId);
    case Qt::TextAlignmentRole:
        if (index.column() == Pages || index.column() == Pending || index.column() == Conflicts)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole: // sort key
        switch (index.column()) {
        case Pages:
            return s.pages;
        case Published: // never published, then behind, then up to date
            return s.publishedRevision < 0 ? -1 : s.publishedRevision - s.serverRevision;
        case Pending:
            return s.pendingOps;
        case Conflicts:
            return s.conflicts;
        case Updated:
            return s.updatedAt;
        case LastPublish:
            return s.lastPublishAt;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    return {};
}

void SiteFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void SiteFilterModel::setTier(const QString &tier)
{
    m_tier = tier;
    invalidateFilter();
}

void SiteFilterModel::setProfile(const QString &profileId)
{
    m_profile = profileId;
    invalidateFilter();
}

void SiteFilterModel::setFilter(Filter f)
{
    m_filter = f;
    invalidateFilter();
}

bool SiteFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex idx = sourceModel()->index(row, 0, parent);
    if (m_filter == Filter::Unsynced && idx.data(SiteListModel::PendingRole).toInt() == 0)
        return false;
    if (m_filter == Filter::Conflicts && idx.data(SiteListModel::ConflictsRole).toInt() == 0)
        return false;
    if (m_filter == Filter::Unpublished && !idx.data(SiteListModel::UnpublishedRole).toBool())
        return false;
    if (!m_tier.isEmpty() && idx.data(SiteListModel::TierRole).toString() != m_tier)
        return false;
    if (m_profile != kAnyProfile && idx.data(SiteListModel::ProfileRole).toString() != m_profile)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString text = idx.data(SiteListModel::SearchTextRole).toString();
    for (const QString &word : m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace ss::ui
