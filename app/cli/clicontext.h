#pragma once

#include "result.h"

#include <QCborValue>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace ss {

class AssetStore;
class LocalCache;
class SiteStore;
class ThemeRegistry;

// Shared state of one sitestudio-cli run: global options, output helpers, lazily opened services.
class CliContext
{
public:
    CliContext();
    ~CliContext();

    QString dataDir;   // --data-dir, else the user's data dir
    bool json = false; // --json
    QStringList args;  // the command's own arguments (after the command words)

    QTextStream out;
    QTextStream err;

    ThemeRegistry &themes();
    // Opens the cache in dataDir on first use (creating it); null after printing an error.
    SiteStore *sites();
    AssetStore *assets();
    LocalCache *cache();

    // Parses a command's own arguments (ctx.args); checks required options and the number of
    // positional arguments; on error prints it and returns false.
    bool parse(QCommandLineParser &p, const QString &command,
               const QList<QCommandLineOption> &options, const QStringList &required = {},
               int minPositional = 0, int maxPositional = 0);

    // Prints an error "sitestudio-cli: <what>" to stderr and returns the exit code to use.
    int error(const QString &message, int code = 1);
    int error(const Error &e, int code = 1) { return error(e.toString(), code); }
    void printJson(const QCborValue &v);

private:
    std::unique_ptr<ThemeRegistry> m_themes;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<SiteStore> m_sites;
    std::unique_ptr<AssetStore> m_assets;
};

// One subcommand: "sites list", "import-puck", ...
struct CliCommand
{
    QStringList words; // {"sites", "list"}
    QString synopsis;  // "sites list"
    QString summary;   // one line for --help
    std::function<int(CliContext &)> run;
};

void registerThemeCommands(QList<CliCommand> &commands);
void registerSiteCommands(QList<CliCommand> &commands);
void registerSyncCommands(QList<CliCommand> &commands);
void registerCronCommands(QList<CliCommand> &commands);
void registerRuleCommands(QList<CliCommand> &commands);

} // namespace ss
