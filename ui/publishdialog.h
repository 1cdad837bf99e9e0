#pragma once

#include "prepublishcheck.h"
#include "syncengine.h"

#include <QDialog>

#include <array>
#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace ss {
class SiteDocument;
class SiteStore;
class ThemeManifest;
} // namespace ss

namespace ss::sync {
class RemoteSession;
class SyncService;
} // namespace ss::sync

namespace ss::ui {

class SignInDialog;

// The Publish dialog (non-modal): the pre-publish check with "Go to block" for every finding
// (errors block, warnings never do), then the publish itself as steps with a progress bar — saved
// (edits are in the cache already), syncing edits, uploading assets, publishing, live — and at the
// end the live address as a link, or what went wrong and what to do about it.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step
    {
        Saved,
        SyncingEdits,
        UploadingAssets,
        Publishing,
        Live
    };
    enum class StepState
    {
        Pending,
        Running,
        Done,
        Failed
    };

    // `liveUrl` answers the site's public address once it has synced.
    PublishDialog(SiteStore &store, SiteDocument *doc, const ThemeManifest &theme,
                  std::function<QString()> liveUrl, QWidget *parent = nullptr);
    ~PublishDialog() override;

    void setSyncService(sync::SyncService *service);

    // Runs the check again; `refreshLimits` also asks the server for the account's plan limits
    // (answered later; the check runs again then).
    void runCheck(bool refreshLimits = false);
    const PrePublishReport &report() const { return m_report; }
    // The plan limits the check used (nullopt: not known — offline or not signed in).
    void setPlanLimits(const std::optional<PlanLimits> &limits, const QString &note = QString());

    // Publishes when no error blocks it; false (lastError() says why) when it cannot start.
    bool startPublish();
    bool isPublishing() const { return m_publishing; }
    StepState stepState(Step step) const { return m_steps[size_t(step)]; }
    QString stepText(Step step) const;
    QString liveUrl() const { return m_url; }
    QString lastError() const { return m_error; }

    QTreeWidget *findingsView() const { return m_findings; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *publishButton() const { return m_publish; }
    // Shown when the publish failed for want of a login: opens the Sign-in dialog, and signing in
    // publishes again.
    QPushButton *signInButton() const { return m_signIn; }
    SignInDialog *showSignIn();
    // "Go to block" for the `index`-th finding of report() (what the button and a double-click do).
    void goToFinding(int index);

signals:
    void goToRequested(const QString &pageId, const QString &blockId, const QString &propPath);
    void published(const QString &url);
    void publishFailed(const QString &message);

private:
    void fillFindings();
    void setStep(Step step, StepState state, const QString &text = QString());
    void updateSteps();
    void updateButtons();
    void fail(const QString &message, const QString &whatToDo, bool offerSignIn = false);
    void onProgress(const QString &profile, sync::SyncEngine::Step step, const QString &detail);
    void onFinished(const QString &profile, const sync::SyncReport &report, const QString &error);
    void conclude();
    QString profileName() const;
    QString findingWhere(const PublishFinding &f) const;
    QString colour(bool good) const;

    SiteStore &m_store;
    SiteDocument *m_doc;
    const ThemeManifest &m_theme;
    std::function<QString()> m_liveUrl;
    sync::SyncService *m_sync = nullptr;
    sync::RemoteSession *m_session = nullptr;

    PrePublishReport m_report;
    std::optional<PlanLimits> m_limits;
    QString m_limitsNote;
    bool m_publishing = false;
    sync::SyncReport m_lastReport;
    QString m_lastSyncError;
    QString m_url;
    QString m_error;
    std::array<StepState, 5> m_steps{};
    std::array<QString, 5> m_stepText{};

    QLabel *m_summary;
    QTreeWidget *m_findings;
    QLabel *m_limitsLabel;
    std::array<QLabel *, 5> m_stepIcon{};
    std::array<QLabel *, 5> m_stepLabel{};
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_goTo;
    QPushButton *m_recheck;
    QPushButton *m_publish;
    QPushButton *m_signIn;
    QTimer *m_recheckTimer;
};

} // namespace ss::ui
