// sitehostd: the Site Studio hosting backend (JSON API under /api/v1 and the public sites).
#include "api/api.h"
#include "api/domainverifier.h"
#include "api/publicsite.h"
#include "http/httpserver.h"
#include "serverconfig.h"
#include "themepackage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace ss;
using namespace ss::server;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)::write(g_signalFd[0], &c, 1);
}

// "--config FILE": one "option = value" per line (the long option names), '#' comments.
bool readConfigFile(const QString &path, QStringList &args, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error = path + QStringLiteral(": ") + f.errorString();
        return false;
    }
    int lineNo = 0;
    QStringList fromFile;
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            error = QStringLiteral("%1:%2: expected \"option = value\"").arg(path).arg(lineNo);
            return false;
        }
        fromFile << QStringLiteral("--") + line.left(eq).trimmed() << line.mid(eq + 1).trimmed();
    }
    // Command-line options come after the file's, so they win.
    args = QStringList{args.first()} + fromFile + args.mid(1);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitehostd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SS_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Site Studio hosting backend: the JSON API under /api/v1 (see docs/api.md) "
                       "and the published sites,\n"
                       "served by Host: <site>.<base-domain> or a verified custom domain."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption(
        {QStringLiteral("data-dir"), QStringLiteral("Folder for the SQLite database and assets."),
         QStringLiteral("DIR"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)});
    p.addOption({QStringLiteral("listen"),
                 QStringLiteral("Address and port to listen on (port 0: any free port)."),
                 QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080")});
    p.addOption({QStringLiteral("base-domain"),
                 QStringLiteral("Sites are served at <slug>.<base-domain>."),
                 QStringLiteral("DOMAIN"), QStringLiteral("localhost")});
    p.addOption({QStringLiteral("database"),
                 QStringLiteral(
                     "postgresql://user:password@host:port/db (default: SQLite in the data dir)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("public-port"),
                 QStringLiteral("Port shown in site URLs (default: the listening port)."),
                 QStringLiteral("PORT")});
    p.addOption({QStringLiteral("threads"),
                 QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("access-log"),
                 QStringLiteral("Access log: a file, - for stderr, or off."),
                 QStringLiteral("FILE"), QStringLiteral("-")});
    p.addOption({QStringLiteral("token-lifetime"),
                 QStringLiteral("How long a login token is valid, in seconds (default 30 days)."),
                 QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("login-failures"),
                 QStringLiteral("Failed logins allowed per account per 15 minutes, five times that "
                                "per IP (default 10)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("resolve"),
                 QStringLiteral("For domain verification, reach DOMAIN at ADDRESS:PORT instead of DNS (repeatable)."),
                 QStringLiteral("DOMAIN:ADDRESS:PORT")});
    p.addOption({QStringLiteral("config"),
                 QStringLiteral(
                     "Read options from FILE (\"option = value\" lines); the command line wins."),
                 QStringLiteral("FILE")});

    QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--config")) {
            QString error;
            if (!readConfigFile(args[i + 1], args, error)) {
                QTextStream(stderr) << "sitehostd: " << error << Qt::endl;
                return 2;
            }
            break;
        }
    }
    if (!p.parse(args)) {
        QTextStream(stderr) << "sitehostd: " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();

    QTextStream err(stderr);
    ServerConfig config;
    config.dataDir = QDir(p.value(QStringLiteral("data-dir"))).absolutePath();
    config.baseDomain = p.value(QStringLiteral("base-domain")).toLower();
    if (!QDir().mkpath(config.dataDir)) {
        err << "sitehostd: cannot create " << config.dataDir << Qt::endl;
        return 1;
    }
    auto db = ServerDatabase::parseUrl(p.isSet(QStringLiteral("database"))
                                           ? p.value(QStringLiteral("database"))
                                           : config.dataDir + QStringLiteral("/sitehostd.sqlite"));
    if (!db) {
        err << "sitehostd: " << db.error().toString() << Qt::endl;
        return 2;
    }
    config.database = *db;
    if (auto r = ServerDatabase::migrate(config.database); !r) {
        err << "sitehostd: database: " << r.error().toString() << Qt::endl;
        return 1;
    }
    if (p.isSet(QStringLiteral("token-lifetime")))
        config.tokenSeconds = p.value(QStringLiteral("token-lifetime")).toLongLong();
    if (p.isSet(QStringLiteral("login-failures")))
        config.loginFailuresPerWindow = p.value(QStringLiteral("login-failures")).toInt();
    ThemeRegistry themes({config.dataDir + QStringLiteral("/themes")});
    config.themes = &themes;
    PublicSiteCache siteCache;
    config.siteCache = &siteCache;
    QHash<QString, QString> resolve;
    for (const QString &r : p.values(QStringLiteral("resolve"))) {
        const qsizetype first = r.indexOf(QLatin1Char(':'));
        if (first <= 0 || r.count(QLatin1Char(':')) < 2) {
            err << "sitehostd: --resolve expects DOMAIN:ADDRESS:PORT" << Qt::endl;
            return 2;
        }
        resolve.insert(r.left(first).toLower(), r.mid(first + 1));
    }
    HttpDomainVerifier verifier(resolve);
    config.domainVerifier = &verifier;

    const QString listen = p.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    QString hostPart = listen.left(colon);
    if (hostPart.startsWith(QLatin1Char('[')))
        hostPart = hostPart.mid(1, hostPart.size() - 2);
    const QHostAddress address(hostPart == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                      : hostPart);
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || address.isNull()) {
        err << "sitehostd: --listen expects HOST:PORT, e.g. 127.0.0.1:8080" << Qt::endl;
        return 2;
    }
    const int threads = p.isSet(QStringLiteral("threads"))
                            ? p.value(QStringLiteral("threads")).toInt()
                            : QThread::idealThreadCount();

    Api api(config);
    http::Server server([&api](http::Request &r) { return api.handle(r); }, {}, threads);
    QFile logFile;
    QMutex logMutex;
    const QString logTarget = p.value(QStringLiteral("access-log"));
    if (logTarget != QLatin1String("off")) {
        if (logTarget == QLatin1String("-"))
            logFile.open(stderr, QIODevice::WriteOnly);
        else
            logFile.setFileName(logTarget), logFile.open(QIODevice::Append);
        server.setAccessLog([&](const QByteArray &line) {
            QMutexLocker lock(&logMutex);
            logFile.write(line + '\n');
            logFile.flush();
        });
    }
    if (!server.listen(address, quint16(port))) {
        err << "sitehostd: cannot listen on " << listen << ": " << server.errorString() << Qt::endl;
        return 1;
    }
    config.publicPort = p.isSet(QStringLiteral("public-port"))
                            ? p.value(QStringLiteral("public-port")).toInt()
                            : server.port();

    // Graceful shutdown on SIGTERM/SIGINT: stop accepting, finish requests in flight, exit 0.
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd);
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        (void)::read(g_signalFd[1], &c, 1);
        err << "sitehostd: shutting down (finishing requests in flight)" << Qt::endl;
        server.stop(10000);
        app.quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    QTextStream out(stdout);
    out << "sitehostd " << SS_VERSION << " listening on http://" << address.toString() << ':'
        << server.port() << " (sites at http://<slug>." << config.baseDomain << ':'
        << config.publicPort << "/, database "
        << (config.database.dialect == ServerDatabase::Dialect::SQLite
                ? config.database.sqlitePath
                : QStringLiteral("postgresql"))
        << ")" << Qt::endl;
    return app.exec();
}
