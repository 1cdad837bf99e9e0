#pragma once

#include <QDialog>
#include <QPointer>
#include <QThread>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ss {
class LocalCache;
}

namespace ss::ui {

// Signs in to a sitehostd (or creates an account there): the same connection profile and stored
// token as `sitestudio-cli login` (sync/signin.h). The request runs on a worker thread; the
// dialog stays responsive and shows the server's message when it fails.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(LocalCache &cache, QString dataDir, QWidget *parent = nullptr);
    ~SignInDialog() override;

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *profileEdit() const { return m_profile; }
    QCheckBox *createAccountBox() const { return m_create; }
    QLabel *messageLabel() const { return m_message; }
    bool isBusy() const { return m_worker != nullptr; }

    // Fills the form with a connection (signing in again); the password stays empty.
    void setConnection(const QString &name, const QString &server, const QString &email);

public slots:
    // Checks the form, then signs in on a worker thread (the form is disabled meanwhile).
    void signIn();

signals:
    // The profile was saved and its token stored; the dialog closes. `summary` is for the status
    // bar (where the login is kept when no keychain service runs).
    void signedIn(const QString &profileName, const QString &summary);

private:
    void finish(const QString &error, const QString &credentialLocation, bool fileFallback);
    void showError(const QString &message);
    void setBusy(bool busy);

    LocalCache &m_cache;
    QString m_dataDir;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_profile;
    QCheckBox *m_create;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPointer<QThread> m_worker;
    QString m_pendingProfileId;
};

} // namespace ss::ui
