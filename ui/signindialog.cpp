#include "signindialog.h"

#include "localcache.h"
#include "signin.h"
#include "theme.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace ss::ui {

SignInDialog::SignInDialog(LocalCache &cache, QString dataDir, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_dataDir(std::move(dataDir))
{
    setWindowTitle(tr("Sign In to a Server"));
    auto *intro = new QLabel(tr("Sites sync and publish through a Site Studio server "
                                "(sitehostd). Everything else works without one."));
    intro->setWordWrap(true);

    m_server = new QLineEdit;
    m_server->setPlaceholderText(QStringLiteral("https://sites.example.com"));
    m_server->setAccessibleName(tr("Server address"));
    m_email = new QLineEdit;
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setAccessibleName(tr("E-mail"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_create = new QCheckBox(tr("&Create an account on this server"));
    m_create->setAccessibleName(tr("Create an account on this server"));
    m_profile = new QLineEdit(QStringLiteral("default"));
    m_profile->setAccessibleName(tr("Connection name"));
    m_profile->setToolTip(tr("Sites are grouped by connection in the site manager; sign in "
                             "under another name to work with a second server or account."));

    // Signing in again (an expired login): start from the first connection.
    if (auto q = m_cache.exec(QStringLiteral(
            "SELECT name, server_url, account_email FROM profiles ORDER BY name LIMIT 1"));
        q && q->next()) {
        m_profile->setText(q->value(0).toString());
        m_server->setText(q->value(1).toString());
        m_email->setText(q->value(2).toString());
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_create);
    form->addRow(tr("Co&nnection name:"), m_profile);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Sign-in status"));
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("S&ign In"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QCheckBox::toggled, this, [this](bool on) {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setText(on ? tr("Create &Account and Sign In") : tr("S&ign In"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    (m_server->text().isEmpty() ? m_server : m_password)->setFocus();
}

SignInDialog::~SignInDialog()
{
    // The request ends by itself (the API client's timeout); its answer is dropped.
    if (m_worker)
        m_worker->wait();
}

void SignInDialog::setConnection(const QString &name, const QString &server, const QString &email)
{
    m_profile->setText(name);
    m_server->setText(server);
    m_email->setText(email);
    m_password->clear();
    m_create->setChecked(false);
    m_message->hide();
    m_password->setFocus();
}

void SignInDialog::showError(const QString &message)
{
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(statusColorName(StatusColor::Error, palette())));
    m_message->setText(message);
    m_message->show();
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_email),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_create),
                       static_cast<QWidget *>(m_profile)})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Signing in to %1…").arg(m_server->text().trimmed()));
        m_message->show();
    }
}

void SignInDialog::signIn()
{
    if (m_worker)
        return;
    auto server = sync::parseServerUrl(m_server->text());
    if (!server) {
        showError(tr("Server: %1").arg(server.error().message));
        m_server->setFocus();
        return;
    }
    const QString email = m_email->text().trimmed();
    if (!email.contains(QLatin1Char('@'))) {
        showError(tr("Enter the e-mail address of your account."));
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    if (m_profile->text().trimmed().isEmpty())
        m_profile->setText(QStringLiteral("default"));
    m_pendingProfileId = sync::profileIdFor(m_cache, m_profile->text().trimmed());
    const sync::SignInRequest request{*server, email, m_password->text(), m_create->isChecked(),
                                      m_pendingProfileId};
    setBusy(true);
    QPointer<SignInDialog> self(this);
    m_worker = QThread::create([request, self, dataDir = m_dataDir] {
        auto r = sync::signIn(dataDir, request);
        const QString error = r ? QString() : r.error().message;
        const QString location = r ? r->credentialLocation : QString();
        const bool fallback = r && r->fileFallback;
        // Answered on the UI thread; dropped when the dialog is gone.
        QMetaObject::invokeMethod(qApp, [self, error, location, fallback] {
            if (self)
                self->finish(error, location, fallback);
        });
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void SignInDialog::finish(const QString &error, const QString &credentialLocation,
                          bool fileFallback)
{
    m_worker = nullptr; // it ends by itself now and deletes itself
    setBusy(false);
    if (!error.isEmpty()) {
        showError(error);
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    const auto server = sync::parseServerUrl(m_server->text());
    const QString name = m_profile->text().trimmed();
    if (auto saved = sync::saveProfile(m_cache, m_pendingProfileId, name, *server,
                                       m_email->text().trimmed());
        !saved) {
        showError(saved.error().toString());
        return;
    }
    m_password->clear();
    m_message->hide();
    QString summary =
        tr("Signed in to %1 as %2.").arg(server->toString(), m_email->text().trimmed());
    if (fileFallback)
        summary += QLatin1Char(' ') + tr("No keychain service is running: the login is kept in "
                                         "%1, readable only by you.")
                                          .arg(credentialLocation);
    emit signedIn(name, summary);
    accept();
}

} // namespace ss::ui
