#include "serverdatabase.h"

#include "scheduler.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <iterator>
#include <memory>

namespace ss::server {

namespace {

// Portable DDL; {SERIAL} and {BLOB} are replaced per dialect. Step i brings version i to i+1.
const char *const kMigrations[] = {
    R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  tier TEXT NOT NULL DEFAULT 'basic',
  created_at TEXT NOT NULL
);
CREATE TABLE tokens (
  hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE TABLE login_attempts (
  bucket TEXT PRIMARY KEY,
  window_start BIGINT NOT NULL,
  failures INTEGER NOT NULL
);
CREATE TABLE workspaces (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  revision BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX workspaces_account ON workspaces(account_id);
CREATE TABLE deployed_sites (
  workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
  subdomain TEXT NOT NULL UNIQUE,
  environment TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE custom_domains (
  domain TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  token TEXT NOT NULL,
  verified_at TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE deployments (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  account_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  finished_at TEXT,
  details TEXT NOT NULL
);
CREATE INDEX deployments_workspace ON deployments(workspace_id, created_at);
CREATE TABLE customizations (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  account_id TEXT NOT NULL,
  template_id TEXT NOT NULL,
  template_version TEXT NOT NULL,
  name TEXT NOT NULL,
  is_active INTEGER NOT NULL DEFAULT 0,
  current_revision BIGINT NOT NULL,
  published_revision BIGINT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX customizations_one_active ON customizations(workspace_id) WHERE is_active = 1;
CREATE TABLE revisions (
  customization_id TEXT NOT NULL REFERENCES customizations(id) ON DELETE CASCADE,
  revision BIGINT NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (customization_id, revision)
);
CREATE TABLE changes (
  seq {SERIAL},
  account_id TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  revision BIGINT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX changes_account ON changes(account_id, seq);
CREATE TABLE idempotency (
  account_id TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  response TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (account_id, key)
);
CREATE TABLE assets (
  sha256 TEXT PRIMARY KEY,
  size BIGINT NOT NULL,
  mime TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE workspace_assets (
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL REFERENCES assets(sha256),
  PRIMARY KEY (workspace_id, sha256)
);
CREATE TABLE rules (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  workspace_id TEXT REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  rule TEXT NOT NULL,
  revision BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
)SQL",
    // 1 -> 2: the theme module's publish history (who made which revision live, and when).
    R"SQL(
CREATE TABLE publishes (
  seq {SERIAL},
  id TEXT NOT NULL UNIQUE,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  customization_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  action TEXT NOT NULL,
  revision BIGINT,
  created_at TEXT NOT NULL
);
CREATE INDEX publishes_workspace ON publishes(workspace_id, seq);
)SQL",
    // 2 -> 3: automation runs and schedule cursors, in the scheduler's shape (models/scheduler.h,
    // SqlRunStore::schemaSql), plus the index the runs API lists by.
    R"SQL(
{AUTOMATION_RUNS}
CREATE INDEX automation_runs_scheduled ON automation_runs(rule_id, scheduled_at);
)SQL",
    // 3 -> 4: automation events raised outside a request (sitehostd's own commands, such as
    // set-tier, in another process): written in the change's transaction, drained by the
    // automation thread of a running sitehostd.
    R"SQL(
CREATE TABLE automation_events (
  seq {SERIAL},
  account_id TEXT NOT NULL,
  event TEXT NOT NULL,
  created_at TEXT NOT NULL
);
)SQL",
};
static_assert(std::size(kMigrations) == ServerDatabase::kSchemaVersion,
              "one migration step per schema version");

QString ddl(const char *text, ServerDatabase::Dialect d)
{
    QString s = QString::fromUtf8(text);
    s.replace(QStringLiteral("{AUTOMATION_RUNS}"), automation::SqlRunStore::schemaSql());
    s.replace(QStringLiteral("{SERIAL}"), d == ServerDatabase::Dialect::SQLite
                                              ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                              : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    return s;
}

thread_local std::unique_ptr<ServerDatabase> t_db;

} // namespace

Result<ServerDatabase::Config> ServerDatabase::parseUrl(const QString &url)
{
    Config c;
    if (!url.startsWith(QLatin1String("postgresql://")) &&
        !url.startsWith(QLatin1String("postgres://"))) {
        c.dialect = Dialect::SQLite;
        c.sqlitePath = url;
        return c;
    }
    const QUrl u(url);
    if (!u.isValid() || u.path().size() < 2)
        return fail(QStringLiteral("expected postgresql://user:password@host:port/database"),
                    QStringLiteral("--database"));
    c.dialect = Dialect::PostgreSQL;
    c.host = u.host().isEmpty() ? QStringLiteral("127.0.0.1") : u.host();
    c.port = u.port(5432);
    c.database = u.path().mid(1);
    c.user = u.userName();
    c.password = u.password();
    return c;
}

Result<void> ServerDatabase::open()
{
    m_connection = QStringLiteral("sitehostd-") + QUuid::createUuid().toString(QUuid::Id128);
    if (m_config.dialect == Dialect::SQLite) {
        QDir().mkpath(QFileInfo(m_config.sqlitePath).absolutePath());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(m_config.sqlitePath);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        m_db.setHostName(m_config.host);
        m_db.setPort(m_config.port);
        m_db.setDatabaseName(m_config.database);
        m_db.setUserName(m_config.user);
        m_db.setPassword(m_config.password);
    }
    if (!m_db.open())
        return fail(m_db.lastError().text(), QStringLiteral("database"));
    m_sql = SqlConnection(m_db,
                          m_config.dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                              : QStringLiteral("BEGIN"),
                          QStringLiteral("database"));
    if (m_config.dialect == Dialect::SQLite) {
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
            if (auto r = exec(QString::fromLatin1(pragma)); !r)
                return std::unexpected(r.error());
    }
    return {};
}

Result<ServerDatabase *> ServerDatabase::forThisThread(const Config &config)
{
    if (!t_db) {
        std::unique_ptr<ServerDatabase> db(new ServerDatabase(config));
        if (auto r = db->open(); !r)
            return std::unexpected(r.error());
        t_db = std::move(db);
    }
    return t_db.get();
}

Result<void> ServerDatabase::migrate(const Config &config)
{
    auto dbr = forThisThread(config);
    if (!dbr)
        return std::unexpected(dbr.error());
    ServerDatabase &db = **dbr;
    // Several instances may start at once on one database (scale-out behind nginx): one migrates,
    // the others wait and then find the schema current. PostgreSQL: a session advisory lock around
    // it all; SQLite: each step reads the version again under BEGIN IMMEDIATE (one writer).
    const bool postgres = config.dialect == Dialect::PostgreSQL;
    if (postgres)
        if (auto l = db.exec(QStringLiteral("SELECT pg_advisory_lock(1936933709)")); !l)
            return fail(l.error().message,
                        QStringLiteral("waiting for another sitehostd's migration"));
    const auto unlock = qScopeGuard([&] {
        if (postgres)
            (void)db.exec(QStringLiteral("SELECT pg_advisory_unlock(1936933709)"));
    });
    // The schema version lives in meta (works on both databases).
    // A new database has no meta table yet: asked first, so a fresh start logs no failed query.
    auto currentVersion = [&db, postgres]() {
        auto exists = db.exec(
            postgres ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                      "table_schema = current_schema() AND table_name = 'meta'")
                     : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name = 'meta'"));
        if (!exists || !exists->next() || exists->value(0).toInt() == 0)
            return 0;
        auto q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        return q && q->next() ? q->value(0).toInt() : 0;
    };
    int version = currentVersion();
    if (version > kSchemaVersion)
        return fail(
            QStringLiteral(
                "the database was written by a newer sitehostd (schema %1, this build knows %2)")
                .arg(version)
                .arg(kSchemaVersion));
    for (; version < kSchemaVersion; ++version) {
        bool done = false; // another instance made this step meanwhile (SQLite)
        auto r = db.transaction([&]() -> Result<void> {
            if (!postgres) {
                if (currentVersion() > version) {
                    done = true;
                    return {};
                }
            }
            for (const QString &s :
                 ddl(kMigrations[version], config.dialect).split(QLatin1Char(';'))) {
                if (s.trimmed().isEmpty())
                    continue;
                if (auto e = db.exec(s); !e)
                    return std::unexpected(e.error());
            }
            if (version == 0) {
                // The epoch changes when the database is replaced (restore, new server): clients
                // holding cursors of another epoch resync.
                if (auto e =
                        db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('epoch', ?)"),
                                {QUuid::createUuid().toString(QUuid::WithoutBraces)});
                    !e)
                    return std::unexpected(e.error());
                if (auto e = db.exec(QStringLiteral(
                        "INSERT INTO meta (key, value) VALUES ('schema_version', '1')"));
                    !e)
                    return std::unexpected(e.error());
            } else if (auto e = db.exec(
                           QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                           {QString::number(version + 1)});
                       !e) {
                return std::unexpected(e.error());
            }
            return {};
        });
        if (!r)
            return fail(r.error().message,
                        QStringLiteral("migration %1 -> %2").arg(version).arg(version + 1));
        if (done)
            version = currentVersion() - 1; // the loop's ++ makes it the current version
    }
    return {};
}

} // namespace ss::server
