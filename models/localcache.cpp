#include "localcache.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace ss {

namespace {

// Each step brings the schema from version i to i+1. Never edit a released step; add one.
const char *const kMigrations[] = {
    // 0 -> 1
    R"SQL(
CREATE TABLE profiles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  server_url TEXT NOT NULL,
  account_email TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE TABLE workspaces (
  id TEXT PRIMARY KEY,                 -- client-generated UUID
  profile_id TEXT REFERENCES profiles(id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  slug TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT 'business',
  tier TEXT NOT NULL DEFAULT 'basic',
  domain TEXT NOT NULL DEFAULT '',
  blueprint_json TEXT,
  server_rev INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX workspaces_name ON workspaces(COALESCE(profile_id, ''), name COLLATE NOCASE);
CREATE TABLE customizations (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  template_id TEXT NOT NULL,
  template_version TEXT NOT NULL DEFAULT '',
  is_active INTEGER NOT NULL DEFAULT 0,
  site_json TEXT NOT NULL,             -- local working copy: site props, theme, unknown keys
  base_site_json TEXT,                 -- last server-acknowledged copy
  draft_revision INTEGER NOT NULL DEFAULT 0,
  base_revision INTEGER,
  published_revision INTEGER,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX customizations_one_active ON customizations(workspace_id) WHERE is_active = 1;
CREATE TABLE customization_pages (
  customization_id TEXT NOT NULL REFERENCES customizations(id) ON DELETE CASCADE,
  page_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  slug TEXT NOT NULL,
  page_json TEXT NOT NULL,             -- local working copy of the page (meta + Puck data)
  base_page_json TEXT,
  PRIMARY KEY (customization_id, page_id)
);
CREATE UNIQUE INDEX customization_pages_slug ON customization_pages(customization_id, slug);
CREATE TABLE revisions (
  customization_id TEXT NOT NULL REFERENCES customizations(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  document_json TEXT NOT NULL,
  PRIMARY KEY (customization_id, revision)
);
CREATE TABLE deployments (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  finished_at TEXT,
  details_json TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE automation_rules (
  id TEXT PRIMARY KEY,
  workspace_id TEXT REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  rule_json TEXT NOT NULL,
  base_rule_json TEXT,
  is_active INTEGER NOT NULL DEFAULT 1,
  server_rev INTEGER,
  updated_at TEXT NOT NULL
);
CREATE TABLE automation_runs (
  id TEXT PRIMARY KEY,
  rule_id TEXT NOT NULL REFERENCES automation_rules(id) ON DELETE CASCADE,
  slot TEXT NOT NULL,
  scheduled_at TEXT NOT NULL,
  status TEXT NOT NULL,
  executed_at TEXT,
  trace_json TEXT NOT NULL DEFAULT '[]',
  UNIQUE (rule_id, slot)
);
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  op_id TEXT NOT NULL UNIQUE,           -- also the Idempotency-Key
  entity_type TEXT NOT NULL,            -- workspace, customization, rule, asset
  entity_id TEXT NOT NULL,
  op_json TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'inflight', 'parked')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX outbox_entity ON outbox(entity_type, entity_id, seq);
CREATE TABLE sync_cursors (
  profile_id TEXT PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
  cursor TEXT,
  epoch TEXT,
  last_sync_at TEXT
);
CREATE TABLE conflicts (
  id TEXT PRIMARY KEY,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  page_id TEXT,
  block_id TEXT,
  path TEXT,
  local_json TEXT,
  remote_json TEXT,
  created_at TEXT NOT NULL,
  resolved_at TEXT
);
CREATE TABLE assets (
  sha256 TEXT PRIMARY KEY,             -- content address, the blob is assets/<sha[0:2]>/<sha>
  ext TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE asset_refs (
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL REFERENCES assets(sha256),
  PRIMARY KEY (workspace_id, sha256)
);
)SQL",
    // 1 -> 2: the outbox remembers which rows went out together (a batch is resent as it was,
    // with the same Idempotency-Key, so a lost reply never applies anything twice).
    R"SQL(
ALTER TABLE outbox ADD COLUMN batch_key TEXT;
CREATE INDEX outbox_batch ON outbox(batch_key);
CREATE INDEX conflicts_entity ON conflicts(entity_id, resolved_at);
)SQL",
    // 2 -> 3: small page edits are journaled as operations on top of the page's last snapshot
    // (page_json) instead of rewriting the whole page per keystroke; SiteStore folds them in.
    R"SQL(
CREATE TABLE page_journal (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  customization_id TEXT NOT NULL REFERENCES customizations(id) ON DELETE CASCADE,
  page_id TEXT NOT NULL,
  op_json TEXT NOT NULL
);
CREATE INDEX page_journal_page ON page_journal(customization_id, page_id, seq);
CREATE INDEX deployments_workspace ON deployments(workspace_id, kind, created_at);
)SQL",
    // 3 -> 4: automation runs in the scheduler's shape (models/scheduler.h SqlRunStore): the
    // desktop runner's own runs (slots "desktop:…") and the server's runs fetched for the history.
    // The old automation_runs table was never written. Account-wide rules (workspace_id NULL)
    // belong to a connection profile (profile_id; site rules carry their site's profile too).
    R"SQL(
ALTER TABLE automation_rules ADD COLUMN profile_id TEXT REFERENCES profiles(id) ON DELETE CASCADE;
DROP TABLE automation_runs;
CREATE TABLE automation_runs (
  id TEXT PRIMARY KEY,
  rule_id TEXT NOT NULL,
  slot TEXT NOT NULL,
  scheduled_at BIGINT NOT NULL,
  day_key TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  executed_at BIGINT,
  trace_json TEXT NOT NULL DEFAULT '{}',
  origin TEXT NOT NULL DEFAULT 'server',
  UNIQUE (rule_id, slot)
);
CREATE INDEX automation_runs_day ON automation_runs(rule_id, day_key);
CREATE TABLE automation_cursors (
  rule_id TEXT PRIMARY KEY,
  slot BIGINT NOT NULL
);
)SQL",
};

} // namespace

LocalCache::~LocalCache()
{
    if (m_db.isOpen())
        m_db.close();
    m_sql = SqlConnection(); // drops its handle too, so the connection can be removed
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString LocalCache::pathIn(const QString &dataDir)
{
    QDir().mkpath(dataDir);
    return QDir(dataDir).filePath(QStringLiteral("cache.sqlite"));
}

Result<std::unique_ptr<LocalCache>> LocalCache::open(const QString &path)
{
    std::unique_ptr<LocalCache> cache(new LocalCache);
    cache->m_path = path;
    cache->m_connection = QStringLiteral("ss-cache-") + QUuid::createUuid().toString(QUuid::Id128);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create the folder"), QFileInfo(path).absolutePath());
    cache->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), cache->m_connection);
    cache->m_db.setDatabaseName(path);
    cache->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!cache->m_db.open())
        return fail(cache->m_db.lastError().text(), path);
    cache->m_sql =
        SqlConnection(cache->m_db, QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("cache"));
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (auto r = cache->exec(QString::fromLatin1(pragma)); !r)
            return fail(r.error().message, path);
    }
    if (auto r = cache->migrate(); !r)
        return fail(r.error().toString(), path);
    return cache;
}

int LocalCache::schemaVersion()
{
    auto q = exec(QStringLiteral("PRAGMA user_version"));
    return q && q->next() ? q->value(0).toInt() : -1;
}

Result<void> LocalCache::migrate()
{
    int version = schemaVersion();
    if (version < 0)
        return fail(QStringLiteral("cannot read the schema version"));
    if (version > kSchemaVersion)
        return fail(
            QStringLiteral(
                "the cache was written by a newer Site Studio (schema %1, this build knows %2)")
                .arg(version)
                .arg(kSchemaVersion));
    for (; version < kSchemaVersion; ++version) {
        auto r = transaction([&]() -> Result<void> {
            const QStringList statements =
                QString::fromUtf8(kMigrations[version]).split(QLatin1Char(';'));
            for (const QString &s : statements) {
                if (s.trimmed().isEmpty())
                    continue;
                if (auto e = exec(s); !e)
                    return std::unexpected(e.error());
            }
            if (auto e = exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)); !e)
                return std::unexpected(e.error());
            return {};
        });
        if (!r)
            return fail(r.error().message,
                        QStringLiteral("migration %1 -> %2").arg(version).arg(version + 1));
        qCDebug(lcCache) << "cache schema migrated to" << version + 1;
    }
    return {};
}

Result<QString> LocalCache::integrityCheck()
{
    auto q = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return std::unexpected(q.error());
    QStringList lines;
    while (q->next())
        lines << q->value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace ss
