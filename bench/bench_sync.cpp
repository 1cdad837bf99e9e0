// Sync benchmarks that run in-process against a real sitehostd (started here):
// - push of 10,000 queued ops: ops/second (target >= 2,000/s on loopback);
// - bytes on the wire for a one-field edit on a 5,000-block page (target < 2 KB).
#include "apiclient.h"
#include "benchutil.h"
#include "localcache.h"
#include "page.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "syncengine.h"
#include "themepackage.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace ss;
using namespace ss::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sitestudio.*=false"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_sync PATH/TO/sitehostd\n");
        return 2;
    }
    QTemporaryDir serverData, clientData;
    QProcess server;
    server.start(QString::fromLocal8Bit(argv[1]),
                 {QStringLiteral("--data-dir"), serverData.path(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--access-log"),
                  QStringLiteral("off")});
    server.waitForReadyRead(10000);
    const auto m = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"))
                       .match(QString::fromUtf8(server.readLine()));
    if (!m.hasMatch())
        return 1;
    const QUrl url(QStringLiteral("http://127.0.0.1:") + m.captured(1));
    sync::ApiClient anon(url);
    QCborMap cred{{QStringLiteral("email"), QStringLiteral("bench@example.com")},
                  {QStringLiteral("password"), QStringLiteral("correct horse battery staple")}};
    anon.json("POST", QStringLiteral("/api/v1/auth/register"), cred);
    const QString token = anon.json("POST", QStringLiteral("/api/v1/auth/login"), cred)
                              .json()
                              .value(QStringLiteral("token"))
                              .toString();

    ThemeRegistry themes;
    auto theme = themes.theme(QStringLiteral("studio"));
    auto cache = LocalCache::open(LocalCache::pathIn(clientData.path()));
    if (!theme || !cache)
        return 1;
    (*cache)->exec(
        QStringLiteral(
            "INSERT INTO profiles (id, name, server_url, created_at) VALUES ('p', 'p', ?, 'now')"),
        {url.toString()});
    SiteStore store(**cache);
    store.createSite({QStringLiteral("Bench"), QStringLiteral("business"), true},
                     (*theme)->manifest());
    sync::ApiClient api(url, token);
    sync::SyncEngine engine(**cache, api, QStringLiteral("p"));
    engine.sync();

    // 10,000 queued ops (made in one transaction so building the queue is not what we measure).
    auto doc = store.loadSite(QStringLiteral("Bench"));
    Page &page = *(*doc)->pages().front();
    const QString hero = page.content->children.at(1)->id;
    (*cache)->transaction([&]() -> Result<void> {
        for (int i = 0; i < 10000; ++i) {
            auto op = (*doc)->makeSetProp(page.id, hero, QStringLiteral("counter%1").arg(i % 50),
                                          QCborValue(i));
            if (!op || !(*doc)->apply(*op))
                return fail(QStringLiteral("op"));
        }
        return {};
    });
    const int before = api.requestCount();
    double t0 = nowMs();
    auto report = engine.push();
    const double pushMs = nowMs() - t0;
    std::printf(
        "push of %d queued ops: %.0f ms = %.0f ops/s in %d requests (target >= 2,000 ops/s)\n",
        report ? report->pushed : -1, pushMs, (report ? report->pushed : 0) / (pushMs / 1000.0),
        api.requestCount() - before);

    // A one-field edit on a 5,000-block page.
    {
        QCborArray items;
        for (int i = 0; i < 4999; ++i)
            items.append(QCborMap{
                {QStringLiteral("type"), QStringLiteral("Heading")},
                {QStringLiteral("props"),
                 QCborMap{{QStringLiteral("id"), QStringLiteral("h-%1").arg(i)},
                          {QStringLiteral("text"), QStringLiteral("Heading %1").arg(i)}}}});
        QCborMap grid{
            {QStringLiteral("type"), QStringLiteral("Grid")},
            {QStringLiteral("props"), QCborMap{{QStringLiteral("id"), QStringLiteral("big")},
                                               {QStringLiteral("items"), items}}}};
        auto op = (*doc)->makeReplacePageData(
            page.id, QCborMap{{QStringLiteral("content"), QCborArray{grid}}});
        (*doc)->apply(*op);
        engine.push();
        auto edit = (*doc)->makeSetProp(page.id, QStringLiteral("h-2500"), QStringLiteral("text"),
                                        QCborValue(QStringLiteral("Edited")));
        (*doc)->apply(*edit);
        const qint64 sentBefore = api.bytesSent();
        engine.push();
        std::printf("one-field edit on a 5,000-block page: %lld bytes sent (request line, headers "
                    "and body; target < 2 KB)\n",
                    static_cast<long long>(api.bytesSent() - sentBefore));
    }
    server.terminate();
    server.waitForFinished();
    return 0;
}
