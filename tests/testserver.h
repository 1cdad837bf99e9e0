#pragma once
// A real sitehostd on a random loopback port for GUI tests, and a CLI login into a data dir.
// Needs SS_SITEHOSTD and SS_CLI in the environment (see tests/CMakeLists.txt).

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

struct TestServer
{
    QTemporaryDir dataDir;
    QProcess process;
    QString url; // http://127.0.0.1:PORT
    int port = 0;

    ~TestServer() { stop(); }

    // `extra`: more sitehostd options (e.g. --automation-test-hooks).
    bool start(const QStringList &extra = {})
    {
        process.start(qEnvironmentVariable("SS_SITEHOSTD"),
                      QStringList{"--data-dir", dataDir.path(), "--listen", "127.0.0.1:0",
                                  "--access-log", "off"} +
                          extra);
        if (!process.waitForStarted() ||
            !QTest::qWaitFor([&] { return process.canReadLine(); }, 20000))
            return false;
        const QRegularExpressionMatch m =
            QRegularExpression("listening on (http://127\\.0\\.0\\.1:(\\d+))")
                .match(QString::fromUtf8(process.readLine()));
        url = m.captured(1);
        port = m.captured(2).toInt();
        return m.hasMatch();
    }

    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        process.waitForFinished(15000);
    }

    // Registers (or logs in) `email` and stores the token in `clientDir`; "" or the CLI's error.
    QString login(const QString &clientDir, const QString &email)
    {
        qputenv("SITESTUDIO_NO_KEYCHAIN", "1"); // the token goes to a 0600 file
        QProcess cli;
        cli.start(qEnvironmentVariable("SS_CLI"),
                  {"--data-dir", clientDir, "login", "--server", url, "--email", email,
                   "--password-stdin", "--register"});
        cli.write("correct horse battery staple\n");
        cli.closeWriteChannel();
        if (!cli.waitForFinished(60000))
            return QStringLiteral("login timed out");
        return cli.exitCode() == 0 ? QString() : QString::fromUtf8(cli.readAllStandardError());
    }
};
