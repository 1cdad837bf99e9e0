// Render throughput: a generated site of N pages x 20 blocks, exported with the shared renderer.
// Hugo builds equivalent content (same pages, same kinds of blocks, similar HTML) in the same run
// when --hugo-dir is given (bench/run.sh does that) and the ratio is printed.
#include "benchutil.h"
#include "json.h"
#include "renderer.h"
#include "sitedocument.h"
#include "themepackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace ss;
using namespace ss::bench;

namespace {

qint64 htmlBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

// Hugo content: one markdown file per page whose front matter carries the same 20 blocks.
void writeHugoSite(const QString &dir, int pages)
{
    QDir().mkpath(dir + QStringLiteral("/content/p"));
    QDir().mkpath(dir + QStringLiteral("/layouts/_default"));
    auto write = [](const QString &path, const QByteArray &data) {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
    };
    write(dir + QStringLiteral("/config.toml"),
          "baseURL = 'http://example.org/'\ntitle = 'Bench'\ndisableKinds = ['taxonomy', 'term', "
          "'RSS', 'sitemap', 'robotsTXT', '404']\n"
          "[markup.goldmark.renderer]\nunsafe = false\n");
    // Blocks rendered like the theme does: a wrapper per block and the component markup.
    write(dir + QStringLiteral("/layouts/_default/single.html"), R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title><link rel="stylesheet" href="../../theme/css/theme.css"></head>
<body><main><div class="ss-slot ss-root">
{{ range .Params.blocks }}<div class="ss-block ss-{{ lower .type }}" data-ss-id="{{ .id }}">
{{ if eq .type "Heading" }}<h{{ .level }} class="st-heading st-heading--{{ .size }}">{{ .text }}</h{{ .level }}>
{{ else if eq .type "Text" }}<p class="st-text st-text--m">{{ .text }}</p>
{{ else if eq .type "Card" }}<article class="st-card st-card--{{ .mode }}"><span class="st-icon st-icon--{{ .icon }}"></span><h3 class="st-card__title">{{ .title }}</h3><p class="st-card__text">{{ .description }}</p></article>
{{ else if eq .type "Button" }}<div class="st-button-wrap"><a class="st-btn st-btn--{{ .variant }}" href="{{ .href }}">{{ .label }}</a></div>
{{ else if eq .type "FAQ" }}<section class="st-faq"><h2>{{ .title }}</h2>{{ range .items }}<details class="st-faq__item"><summary>{{ .question }}</summary><div class="st-prose">{{ .answer | markdownify }}</div></details>{{ end }}</section>
{{ end }}</div>{{ end }}
</div></main></body></html>
)");
    write(dir + QStringLiteral("/layouts/_default/list.html"),
          "<!DOCTYPE html><html><body>{{ .Title }}</body></html>");
    write(dir + QStringLiteral("/layouts/index.html"),
          "<!DOCTYPE html><html><body>{{ .Title }}</body></html>");
    for (int p = 0; p < pages; ++p) {
        QByteArray md = "---\ntitle: \"Page " + QByteArray::number(p) + "\"\nblocks:\n";
        for (int b = 0; b < 20; ++b) {
            const QCborMap item = block(QStringLiteral("b-%1-%2").arg(p).arg(b), b);
            const QCborMap props = item.value(QStringLiteral("props")).toMap();
            md += "  - type: " + item.value(QStringLiteral("type")).toString().toUtf8() + "\n";
            for (auto it = props.cbegin(); it != props.cend(); ++it) {
                if (it.value().isArray()) {
                    md += "    " + it.key().toString().toUtf8() + ":\n";
                    for (const QCborValue &v : it.value().toArray()) {
                        const QCborMap m = v.toMap();
                        bool first = true;
                        for (auto j = m.cbegin(); j != m.cend(); ++j) {
                            md += (first ? "      - " : "        ") + j.key().toString().toUtf8() +
                                  ": " + json::write(j.value()) + "\n";
                            first = false;
                        }
                    }
                } else {
                    md += "    " + it.key().toString().toUtf8() + ": " + json::write(it.value()) +
                          "\n";
                }
            }
        }
        md += "---\n";
        write(dir + QStringLiteral("/content/p/page-%1.md").arg(p), md);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int pages = 5000;
    int threads = 0;
    QString hugo;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--pages") && i + 1 < args.size())
            pages = args[++i].toInt();
        else if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            threads = args[++i].toInt();
        else if (args[i] == QLatin1String("--hugo") && i + 1 < args.size())
            hugo = args[++i];
    }
    ThemeRegistry registry;
    auto theme = registry.theme(QStringLiteral("studio"));
    if (!theme) {
        std::fprintf(stderr, "%s\n", qPrintable(theme.error().toString()));
        return 1;
    }
    // Build the site document.
    const double t0 = nowMs();
    SiteDocument doc;
    doc.themeId = QStringLiteral("studio");
    for (int p = 0; p < pages; ++p) {
        QCborArray content;
        for (int b = 0; b < 20; ++b)
            content.append(block(QStringLiteral("b-%1-%2").arg(p).arg(b), b));
        QCborMap data;
        data.insert(QStringLiteral("content"), content);
        auto op = doc.makeAddPage(QStringLiteral("/p/page-%1").arg(p),
                                  QStringLiteral("Page %1").arg(p), data);
        if (!op || !doc.apply(*op))
            return 1;
    }
    const double built = nowMs() - t0;

    QTemporaryDir tmp;
    // Like Hugo, start from files on disk: the site document is read and parsed inside the timing.
    const QString source = tmp.filePath(QStringLiteral("site.json"));
    {
        QFile f(source);
        f.open(QIODevice::WriteOnly);
        f.write(json::write(doc.toJson()));
    }
    Renderer renderer(*theme);
    const double r0 = nowMs();
    QFile in(source);
    in.open(QIODevice::ReadOnly);
    auto parsed = json::parse(in.readAll(), {.maxBytes = qsizetype(1) << 31, .maxDepth = 512});
    const double parseMs = nowMs() - r0;
    auto loaded = parsed ? SiteDocument::fromJson(*parsed)
                         : Result<std::unique_ptr<SiteDocument>>(fail(QStringLiteral("parse")));
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    const double loadMs = nowMs() - r0;
    auto report = renderer.exportSite(**loaded, tmp.filePath(QStringLiteral("out")), {}, threads);
    const double ours = nowMs() - r0;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
        return 1;
    }
    {
        // Where the time goes: rendering alone, single thread, no files.
        const double x0 = nowMs();
        qint64 chars = 0;
        for (const auto &page : (*loaded)->pages())
            chars += renderer.renderPage(**loaded, *page).size();
        const double renderOnly = nowMs() - x0;
        std::printf("  (render only, 1 thread, no files: %.0f ms = %.0f pages/s)\n", renderOnly,
                    pages / (renderOnly / 1000.0));
        Q_UNUSED(chars);
    }
    const qint64 ourBytes = htmlBytes(tmp.filePath(QStringLiteral("out")));
    const double ourRate = pages / (ours / 1000.0);
    std::printf("site: %d pages x 20 blocks (document built in %.0f ms)\n", pages, built);
    std::printf("sitestudio load+render+write: %.0f ms (load %.0f ms, of which JSON parse %.0f "
                "ms), %.0f pages/s, %.1f KiB HTML/page, %d threads\n",
                ours, loadMs, parseMs, ourRate, double(ourBytes) / pages / 1024,
                threads > 0 ? threads : QThread::idealThreadCount());

    if (!hugo.isEmpty()) {
        const QString site = tmp.filePath(QStringLiteral("hugo"));
        writeHugoSite(site, pages);
        QProcess p;
        p.setProgram(hugo);
        p.setArguments({QStringLiteral("--quiet"), QStringLiteral("-s"), site, QStringLiteral("-d"),
                        tmp.filePath(QStringLiteral("hugo-out"))});
        const double h0 = nowMs();
        p.start();
        p.waitForFinished(600000);
        const double hugoMs = nowMs() - h0;
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "hugo failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        const qint64 hugoBytes = htmlBytes(tmp.filePath(QStringLiteral("hugo-out")));
        const double hugoRate = pages / (hugoMs / 1000.0);
        std::printf("hugo build:                   %.0f ms, %.0f pages/s, %.1f KiB HTML/page\n",
                    hugoMs, hugoRate, double(hugoBytes) / pages / 1024);
        std::printf("ratio (sitestudio / hugo pages per second): %.2fx (target >= 2x)\n",
                    ourRate / hugoRate);
    }
    return 0;
}
