#pragma once

#include <QDialog>
#include <QList>
#include <QMap>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ss::ui {

// Runs one action over many sites, one after the other, with a row per site (waiting, running,
// done, failed and why), a progress bar and a summary at the end. One site's failure never
// stops the others; Stop ends the run after the site in progress.
class BulkActionDialog : public QDialog
{
    Q_OBJECT
public:
    struct Site
    {
        QString id;
        QString name;
    };
    // Does the work for one site and calls `done` exactly once, now or later.
    using Done = std::function<void(bool ok, const QString &message)>;
    using Step = std::function<void(const Site &site, Done done)>;

    BulkActionDialog(const QString &title, const QList<Site> &sites, Step step,
                     QWidget *parent = nullptr);

    void start();
    void stop(); // no new sites are started
    bool isFinished() const { return m_finished; }
    int succeeded() const { return m_ok; }
    int failed() const { return m_failed; }
    QString summary() const;
    // The status text of a site's row (tests).
    QString statusOf(const QString &siteId) const;

signals:
    void finished();

private:
    void runNext();
    void setRow(int row, const QString &status, int icon);

    QList<Site> m_sites;
    Step m_step;
    QTreeWidget *m_list;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_stop;
    QPushButton *m_close;
    QMap<int, QString> m_failures; // row -> why, in site order
    int m_next = 0;
    int m_ok = 0;
    int m_failed = 0;
    bool m_stopped = false;
    bool m_finished = false;
};

} // namespace ss::ui
