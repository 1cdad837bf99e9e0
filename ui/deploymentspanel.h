#pragma once

#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace ss {
class LocalCache;
class SiteStore;
} // namespace ss

namespace ss::sync {
class RemoteSession;
struct HttpReply;
} // namespace ss::sync

namespace ss::ui {

class MessageBar;

// "Publishing & hosting" of one site, a non-modal window: the publish history (which revision,
// when, who, which one is live) with "Roll back to this", the hosting facts (plan, subdomain, live
// address, environment, infrastructure status, custom domains with add/verify/remove) and the
// whole deployment log.
//
// Everything comes from the server through a RemoteSession (never blocking the UI). Offline or
// signed out, the panel shows the deployment log the last sync left in the local cache, read-only,
// under a banner saying that the actions need a connection.
class DeploymentsPanel : public QWidget
{
    Q_OBJECT
public:
    // `dataDir` is the app's data folder (the cache and the credentials); `siteId` the site's id,
    // which is also its workspace id on the server.
    DeploymentsPanel(const QString &dataDir, const QString &siteId, QWidget *parent = nullptr);
    // The same for the data folder `store`'s cache lives in.
    DeploymentsPanel(const SiteStore &store, const QString &siteId, QWidget *parent = nullptr);
    ~DeploymentsPanel() override;

    static QString dataDirOf(const SiteStore &store);

    struct Publish
    {
        QString id;
        QString customizationId;
        QString action; // "publish" or "unpublish"
        qint64 revision = -1;
        QDateTime at; // UTC
        QString who;  // the publisher's e-mail ("" when the server did not say)
        bool live = false;
    };
    struct Domain
    {
        QString domain;
        bool verified = false;
        QString verificationUrl;
        QString verificationToken;
    };

    // Shows the cached copy at once, then asks the server; refreshed() follows.
    void refresh();
    bool isOnline() const { return m_online; }
    bool isLoading() const { return m_pending > 0; }
    QList<Publish> history() const { return m_history; }
    qint64 liveRevision() const;
    QString tier() const { return m_tier; }
    QString subdomain() const { return m_subdomain; }
    QString liveUrl() const { return m_url; }
    QString environment() const { return m_environment; }
    QString infrastructureStatus() const { return m_status; }
    QList<Domain> domains() const { return m_domains; }
    int deploymentCount() const;

    // The banner at the top (offline, not synced yet) and the panel's last message.
    bool bannerShown() const;
    QString bannerText() const;
    QString message() const { return m_message; }
    bool lastActionFailed() const { return m_failed; }

    // Publish history: asks to confirm (inline, non-modal) before rolling back to the entry in
    // `row` of the history table; confirmRollBack() does it. rollBack() does it at once.
    void requestRollBack(int row);
    void confirmRollBack();
    void cancelRollBack();
    void rollBack(const QString &customizationId, qint64 revision);

    // Custom domains.
    void addDomain(const QString &domain);
    void verifyDomain(const QString &domain);
    void removeDomain(const QString &domain);

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *historyTable() const { return m_historyTable; }
    QTableWidget *logTable() const { return m_logTable; }
    QTreeWidget *domainList() const { return m_domainList; }
    QPushButton *rollBackButton() const { return m_rollBack; }
    QPushButton *confirmRollBackButton() const { return m_confirmRollBack; }
    QLineEdit *domainEdit() const { return m_domainEdit; }
    QPushButton *addDomainButton() const { return m_addDomain; }
    QLabel *domainInstructions() const { return m_domainInfo; }
    sync::RemoteSession *session() const { return m_session.get(); }

signals:
    // A refresh answered (from the server, or it said why not).
    void refreshed();
    // A roll back or domain action finished.
    void actionFinished(bool ok, const QString &message);

private:
    void build();
    void loadCached();
    void showDeployments(const QList<QCborMap> &rows);
    void showHosting(const QCborMap &hosting);
    void showDomains();
    void updateActions();
    void updateDomainInfo();
    void setOffline(const QString &why, const QString &headline = QString());
    void showMessage(bool ok, const QString &text);
    void finishAction(bool ok, const QString &text, bool reload, bool unreachable = false);
    void requestDone();
    QString serverError(const sync::HttpReply &reply) const;
    QString offlineReason(const sync::HttpReply &reply) const;
    QString selectedDomain() const;
    void storeInCache(const QList<QCborMap> &rows);

    QString m_dataDir;
    QString m_siteId;
    QString m_siteName;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<sync::RemoteSession> m_session;

    bool m_online = false;
    int m_pending = 0;
    bool m_busy = false;
    bool m_failed = false;
    QString m_message;
    QString m_tier, m_subdomain, m_domain, m_url, m_environment, m_status;
    QList<Publish> m_history;
    QList<Domain> m_domains;
    int m_confirmRow = -1;

    QLabel *m_title = nullptr;
    QLabel *m_address = nullptr;
    MessageBar *m_banner = nullptr;
    MessageBar *m_feedback = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QPushButton *m_rollBack = nullptr;
    QWidget *m_confirmBar = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirmRollBack = nullptr;
    QLabel *m_tierLabel = nullptr;
    QLabel *m_subdomainLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QTreeWidget *m_domainList = nullptr;
    QLineEdit *m_domainEdit = nullptr;
    QPushButton *m_addDomain = nullptr;
    QPushButton *m_verifyDomain = nullptr;
    QPushButton *m_removeDomain = nullptr;
    QLabel *m_domainInfo = nullptr;
    QTableWidget *m_logTable = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_updated = nullptr;
};

} // namespace ss::ui
