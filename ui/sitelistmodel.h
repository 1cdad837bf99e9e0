#pragma once

#include "sitestore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace ss::ui {

// The site manager's list: an adapter over SiteStore::listSites() (2,000+ rows stay smooth: the
// data is a plain vector, sorting and filtering are done by SiteFilterModel).
class SiteListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Address,
        Theme,
        Tier,
        Published,
        LastPublish,
        Pages,
        Pending,
        Conflicts,
        Updated,
        ColumnCount
    };
    enum Role
    {
        SiteIdRole = Qt::UserRole + 1,
        PendingRole,
        ConflictsRole,
        SearchTextRole,
        TierRole,
        UnpublishedRole, // the draft has changes the live site does not (or it was never published)
        ProfileRole      // connection profile id, "" = this computer only
    };

    explicit SiteListModel(SiteStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Result<void> reload();
    const SiteSummary &site(int row) const { return m_sites.at(row); }

private:
    SiteStore &m_store;
    QList<SiteSummary> m_sites;
};

class SiteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filter
    {
        All,
        Unsynced,
        Conflicts,
        Unpublished
    };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString &text);
    void setFilter(Filter f);
    void setTier(const QString &tier); // "" = every tier
    // Sites of one connection profile; kAnyProfile = all, "" = sites on this computer only.
    void setProfile(const QString &profileId);
    static inline const QString kAnyProfile = QStringLiteral("*");

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_search;
    Filter m_filter = Filter::All;
    QString m_tier;
    QString m_profile = kAnyProfile;
};

} // namespace ss::ui
