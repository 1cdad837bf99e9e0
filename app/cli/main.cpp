// sitestudio-cli: scripting access to the local Site Studio cache (sites, pages, themes, render).
#include "clicontext.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace ss;

namespace {

void printHelp(QTextStream &out, const QList<CliCommand> &commands)
{
    out << "Usage: sitestudio-cli [--data-dir DIR] [--json] COMMAND [ARGS]\n\n"
           "Works on the local Site Studio cache (the same one the desktop app uses).\n\n"
           "Global options:\n"
           "  --data-dir DIR   use another cache folder (default: "
        << QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        << ")\n"
           "  --json           machine-readable output where a command prints data\n"
           "  -h, --help       this help;  --version  the version\n\n"
           "Commands:\n";
    for (const CliCommand &c : commands)
        out << "  " << c.synopsis << "\n      " << c.summary << "\n";
    out << "\nErrors go to stderr; the exit code is 0 on success, 1 on failure, 2 on bad usage.\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SiteStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("sitestudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SS_VERSION));

    // Errors reach the user as messages on stderr; the log categories stay quiet unless asked for
    // with QT_LOGGING_RULES (which takes precedence over these rules).
    QLoggingCategory::setFilterRules(
        QStringLiteral("sitestudio.*.warning=false\nsitestudio.*.info=false"));

    QList<CliCommand> commands;
    registerSiteCommands(commands);
    registerThemeCommands(commands);
    registerSyncCommands(commands);
    registerCronCommands(commands);
    registerRuleCommands(commands);

    CliContext ctx;
    QStringList rest;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--data-dir")) {
            if (i + 1 >= args.size())
                return ctx.error(QStringLiteral("--data-dir needs a folder"), 2);
            ctx.dataDir = args.at(++i);
        } else if (a.startsWith(QLatin1String("--data-dir="))) {
            ctx.dataDir = a.mid(11);
        } else if (a == QLatin1String("--json")) {
            ctx.json = true;
        } else if (a == QLatin1String("--version")) {
            ctx.out << "sitestudio-cli " << SS_VERSION << Qt::endl;
            return 0;
        } else {
            rest << a;
        }
    }
    if (ctx.dataDir.isEmpty())
        ctx.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    if (rest.isEmpty() || rest.first() == QLatin1String("-h") ||
        rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("help")) {
        printHelp(ctx.out, commands);
        return rest.isEmpty() ? 2 : 0;
    }
    const CliCommand *best = nullptr;
    for (const CliCommand &c : commands) {
        if (rest.size() < c.words.size())
            continue;
        if (rest.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best)
        return ctx.error(QStringLiteral("unknown command \"%1\"; see sitestudio-cli --help")
                             .arg(rest.join(QLatin1Char(' '))),
                         2);
    ctx.args = rest.mid(best->words.size());
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        ctx.out << "Usage: sitestudio-cli " << best->synopsis << "\n" << best->summary << "\n";
        ctx.out.flush();
        return 0;
    }
    return best->run(ctx);
}
