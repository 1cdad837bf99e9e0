#include "backup.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace ss::server {

namespace {

constexpr int kFormatVersion = 1;
const QString kFormat = QStringLiteral("sitehostd-backup");
const QString kSqliteFile = QStringLiteral("sitehostd.sqlite");
const QString kPgDumpFile = QStringLiteral("sitehostd.pgdump");

QString dialectName(ServerDatabase::Dialect d)
{
    return d == ServerDatabase::Dialect::SQLite ? QStringLiteral("sqlite")
                                                : QStringLiteral("postgresql");
}

bool isDigest(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(name).hasMatch();
}

QString human(qint64 bytes)
{
    if (bytes < 10 * 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 10 * 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
}

void fsyncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

struct FileEntry
{
    QString path; // relative to the backup folder, '/'-separated
    qint64 size = 0;
    QString sha256;
};

// Streams `src` to `dst` (through a temp file + rename when `atomic`), computing its SHA-256.
Result<FileEntry> copyHashed(const QString &src, const QString &dst, bool atomic)
{
    QFile in(src);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read: ") + in.errorString(), src);
    if (!QDir().mkpath(QFileInfo(dst).absolutePath()))
        return fail(QStringLiteral("cannot create the folder"), QFileInfo(dst).absolutePath());
    QSaveFile saved(dst);
    QFile plain(dst);
    QFileDevice &out = atomic ? static_cast<QFileDevice &>(saved) : plain;
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write: ") + out.errorString(), dst);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    FileEntry e;
    QByteArray buf;
    while (!(buf = in.read(1 << 20)).isEmpty()) {
        hash.addData(buf);
        e.size += buf.size();
        if (out.write(buf) != buf.size())
            return fail(QStringLiteral("cannot write: ") + out.errorString(), dst);
    }
    if (in.error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot read: ") + in.errorString(), src);
    if (atomic) {
        if (!saved.commit()) // QSaveFile fsyncs before the rename
            return fail(QStringLiteral("cannot write: ") + saved.errorString(), dst);
    } else {
        if (!plain.flush() || ::fsync(plain.handle()) != 0)
            return fail(QStringLiteral("cannot write: ") + plain.errorString(), dst);
        plain.close();
    }
    e.sha256 = QString::fromLatin1(hash.result().toHex());
    return e;
}

Result<FileEntry> hashFile(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read: ") + in.errorString(), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in))
        return fail(QStringLiteral("cannot read: ") + in.errorString(), path);
    FileEntry e;
    e.size = in.size();
    e.sha256 = QString::fromLatin1(hash.result().toHex());
    return e;
}

// ---- SQLite -------------------------------------------------------------------------------------

struct SqliteHandle
{
    sqlite3 *db = nullptr;
    ~SqliteHandle()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

// First column of every row of `sql`.
Result<QStringList> sqliteColumn(sqlite3 *db, const char *sql, const QString &where)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)), where);
    QStringList out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)), where);
    return out;
}

struct Snapshot
{
    int schemaVersion = 0;
    QString epoch;
    QStringList assets; // digests the snapshot references
};

// Reads what the manifest records from a sitehostd database.
Result<Snapshot> describeSqlite(sqlite3 *db, const QString &where)
{
    Snapshot s;
    auto version = sqliteColumn(db, "SELECT value FROM meta WHERE key = 'schema_version'", where);
    if (!version || version->isEmpty())
        return fail(QStringLiteral("not a sitehostd database (no schema_version in meta)"), where);
    s.schemaVersion = version->first().toInt();
    auto epoch = sqliteColumn(db, "SELECT value FROM meta WHERE key = 'epoch'", where);
    s.epoch = epoch && !epoch->isEmpty() ? epoch->first() : QString();
    auto assets = sqliteColumn(db, "SELECT sha256 FROM assets", where);
    if (!assets)
        return std::unexpected(assets.error());
    s.assets = *assets;
    return s;
}

// The online backup API: sqlite3_backup_step(-1) copies every page inside one read transaction,
// so the copy is one consistent snapshot. The live database is in WAL mode, where that reader
// blocks no writer: a serving sitehostd goes on writing while the copy runs. (Stepping in chunks
// would restart the copy on every write by another process and could never finish under load.)
Result<Snapshot> sqliteSnapshot(const QString &live, const QString &copy)
{
    SqliteHandle src, dst;
    if (sqlite3_open_v2(QFile::encodeName(live).constData(), &src.db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK)
        return fail(QStringLiteral("cannot open the database: ") + src.error(), live);
    sqlite3_busy_timeout(src.db, 10000);
    if (sqlite3_open_v2(QFile::encodeName(copy).constData(), &dst.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("cannot create: ") + dst.error(), copy);
    sqlite3_backup *b = sqlite3_backup_init(dst.db, "main", src.db, "main");
    if (!b)
        return fail(QStringLiteral("cannot start the backup: ") + dst.error(), live);
    int rc;
    for (int attempt = 0;; ++attempt) {
        rc = sqlite3_backup_step(b, -1);
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt == 300)
            break;
        QThread::msleep(100);
    }
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return fail(QStringLiteral("the backup stopped: ") + QString::fromUtf8(sqlite3_errstr(rc)),
                    live);
    // A self-contained file (no -wal next to it); sitehostd turns WAL on again when it opens it.
    auto mode = sqliteColumn(dst.db, "PRAGMA journal_mode=DELETE", copy);
    if (!mode)
        return std::unexpected(mode.error());
    auto check = sqliteColumn(dst.db, "PRAGMA quick_check", copy);
    if (!check || check->value(0) != QLatin1String("ok"))
        return fail(QStringLiteral("the copy fails PRAGMA quick_check: ") +
                        (check ? check->join(QStringLiteral("; ")) : check.error().message),
                    copy);
    return describeSqlite(dst.db, live);
}

// ---- PostgreSQL ---------------------------------------------------------------------------------

// pg_dump, pg_restore and psql: from PATH (Debian's wrappers pick the newest installed client),
// else the newest /usr/lib/postgresql/<major>/bin.
QString pgTool(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = majors.crbegin(); it != majors.crend(); ++it) {
        const QString p = root.filePath(*it + QStringLiteral("/bin/") + name);
        if (QFileInfo(p).isExecutable())
            return p;
    }
    return {};
}

QStringList pgConnectionArgs(const ServerDatabase::Config &c)
{
    QStringList a{QStringLiteral("--no-password"), QStringLiteral("--host"), c.host,
                  QStringLiteral("--port"), QString::number(c.port)};
    if (!c.user.isEmpty())
        a << QStringLiteral("--username") << c.user;
    return a;
}

// Runs a PostgreSQL client program; the password goes in PGPASSWORD, never on the command line.
Result<void> runPgTool(const QString &name, const QStringList &args,
                       const ServerDatabase::Config &c)
{
    const QString program = pgTool(name);
    if (program.isEmpty())
        return fail(QStringLiteral("%1 is not installed (Debian: apt-get install "
                                   "postgresql-client)")
                        .arg(name));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!c.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), c.password);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForStarted(-1))
        return fail(QStringLiteral("cannot run %1: %2").arg(program, p.errorString()));
    p.waitForFinished(-1);
    const QString stderrText = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(QStringLiteral("%1 failed (exit %2): %3")
                        .arg(name)
                        .arg(p.exitCode())
                        .arg(stderrText.isEmpty() ? QStringLiteral("no message") : stderrText));
    return {};
}

Result<Snapshot> describePostgres(ServerDatabase &db)
{
    Snapshot s;
    auto q = db.exec(QStringLiteral("SELECT key, value FROM meta"));
    if (!q)
        return fail(QStringLiteral("not a sitehostd database: ") + q.error().message);
    while (q->next()) {
        if (q->value(0).toString() == QLatin1String("schema_version"))
            s.schemaVersion = q->value(1).toInt();
        else if (q->value(0).toString() == QLatin1String("epoch"))
            s.epoch = q->value(1).toString();
    }
    if (s.schemaVersion == 0)
        return fail(QStringLiteral("not a sitehostd database (no schema_version in meta)"));
    auto a = db.exec(QStringLiteral("SELECT sha256 FROM assets"));
    if (!a)
        return std::unexpected(a.error());
    while (a->next())
        s.assets << a->value(0).toString();
    return s;
}

// ---- the folder ---------------------------------------------------------------------------------

// Removes what a failed backup wrote (a folder that was empty or missing before).
struct PartialBackup
{
    QString dir;
    bool created = false; // the folder did not exist before: it goes too
    bool done = false;
    ~PartialBackup()
    {
        if (done)
            return;
        if (created) {
            QDir(dir).removeRecursively();
            return;
        }
        QDir d(dir);
        for (const QFileInfo &fi :
             d.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (fi.isDir() && !fi.isSymLink())
                QDir(fi.absoluteFilePath()).removeRecursively();
            else
                QFile::remove(fi.absoluteFilePath());
        }
    }
};

// Copies every regular file under `from` into `to` (relative paths kept) and lists them.
Result<QList<FileEntry>> copyTree(const QString &from, const QString &to, const QString &prefix)
{
    QList<FileEntry> out;
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString rel = QDir(from).relativeFilePath(src);
        auto e = copyHashed(src, to + QLatin1Char('/') + rel, false);
        if (!e)
            return std::unexpected(e.error());
        e->path = prefix + rel;
        out << *e;
    }
    return out;
}

// Run as root (e.g. by an operator on a packaged sitehostd), a restore gives what it writes into
// the data folder the folder's owner, so the service user can still write its database.
struct Owner
{
    uid_t uid = 0;
    gid_t gid = 0;
    bool active = false;
    explicit Owner(const QString &dataDir)
    {
        struct stat st;
        if (::geteuid() == 0 && ::stat(QFile::encodeName(dataDir).constData(), &st) == 0 &&
            st.st_uid != 0) {
            uid = st.st_uid, gid = st.st_gid, active = true;
        }
    }
    // `path` and its parents up to (not including) `root`.
    void give(const QString &path, const QString &root) const
    {
        if (!active)
            return;
        for (QString p = path; p.size() > root.size() && p.startsWith(root);
             p = QFileInfo(p).absolutePath())
            (void)::lchown(QFile::encodeName(p).constData(), uid, gid);
    }
};

// A path from the manifest: relative, inside the folder, no "..".
bool safeRelative(const QString &p)
{
    if (p.isEmpty() || p.startsWith(QLatin1Char('/')) || p.contains(QLatin1Char('\\')))
        return false;
    for (const QString &part : p.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

class DataDirLock
{
public:
    ~DataDirLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    // LOCK_EX for restore, LOCK_SH for serving daemons; never waits.
    Result<void> take(const QString &dataDir, int how)
    {
        if (!QDir().mkpath(dataDir))
            return fail(QStringLiteral("cannot create the data folder"), dataDir);
        const QString path = dataDir + QStringLiteral("/sitehostd.lock");
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0)
            return fail(QString::fromLocal8Bit(std::strerror(errno)), path);
        if (::flock(m_fd, how | LOCK_NB) != 0) {
            if (errno == EWOULDBLOCK)
                return fail(how == LOCK_EX
                                ? QStringLiteral("a sitehostd is serving this data folder (it "
                                                 "holds this lock): stop it before restoring")
                                : QStringLiteral("a restore is replacing this data folder (it "
                                                 "holds this lock): start sitehostd when it "
                                                 "has finished"),
                            path);
            return fail(QString::fromLocal8Bit(std::strerror(errno)), path);
        }
        return {};
    }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd = -1;
};

} // namespace

// ---- backup -------------------------------------------------------------------------------------

Result<QString> backupTo(const BackupTarget &target, const QString &dirArg)
{
    QElapsedTimer timer;
    timer.start();
    const QString dir = QFileInfo(dirArg).absoluteFilePath();
    const QFileInfo info(dir);
    const bool existed = info.exists();
    if (existed && !info.isDir())
        return fail(QStringLiteral("exists and is not a folder"), dir);
    if (existed &&
        !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(QStringLiteral("is not empty: a backup goes into a new or empty folder"), dir);
    const bool sqlite = target.database.dialect == ServerDatabase::Dialect::SQLite;
    if (sqlite && !QFileInfo(target.database.sqlitePath).isFile())
        return fail(QStringLiteral("no database here (check --data-dir or --database)"),
                    target.database.sqlitePath);
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create the folder"), dir);
    PartialBackup partial{dir, !existed};

    // 1. The database snapshot.
    QList<FileEntry> files;
    Snapshot snap;
    QString dbFile;
    if (sqlite) {
        dbFile = kSqliteFile;
        auto s = sqliteSnapshot(target.database.sqlitePath, dir + QLatin1Char('/') + dbFile);
        if (!s)
            return std::unexpected(s.error());
        snap = *s;
    } else {
        dbFile = kPgDumpFile;
        auto db = ServerDatabase::forThisThread(target.database);
        if (!db)
            return std::unexpected(db.error());
        auto before = describePostgres(**db);
        if (!before)
            return std::unexpected(before.error());
        // pg_dump reads everything in one repeatable-read snapshot; serving instances go on.
        if (auto r = runPgTool(QStringLiteral("pg_dump"),
                               pgConnectionArgs(target.database)
                                   << QStringLiteral("--format=custom")
                                   << QStringLiteral("--file=") + dir + QLatin1Char('/') + dbFile
                                   << QStringLiteral("--dbname=") + target.database.database,
                               target.database);
            !r)
            return std::unexpected(r.error());
        // Asset rows are only ever added, each after its blob is on disk: the rows listed now
        // include every row the dump holds, and their blobs exist before the copy below.
        auto after = describePostgres(**db);
        if (!after)
            return std::unexpected(after.error());
        if (after->schemaVersion != before->schemaVersion)
            return fail(QStringLiteral("the schema changed during the backup (a newer sitehostd "
                                       "migrated it): run the backup again"));
        snap = *after;
    }
    auto dbEntry = hashFile(dir + QLatin1Char('/') + dbFile);
    if (!dbEntry)
        return std::unexpected(dbEntry.error());
    dbEntry->path = dbFile;
    files << *dbEntry;

    // 2. Assets, after the snapshot. Only finished blobs (named by their digest; a QSaveFile temp
    //    of an upload in flight is not), and each is checked against its name while copied.
    QTextStream err(stderr);
    const QString assetsDir = target.dataDir + QStringLiteral("/assets");
    QSet<QString> copied;
    qint64 assetBytes = 0;
    int corrupt = 0;
    for (const QString &sub : QDir(assetsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &name :
             QDir(assetsDir + QLatin1Char('/') + sub).entryList(QDir::Files)) {
            if (!isDigest(name) || !name.startsWith(sub))
                continue;
            const QString rel = QStringLiteral("assets/") + sub + QLatin1Char('/') + name;
            auto e = copyHashed(assetsDir + QLatin1Char('/') + sub + QLatin1Char('/') + name,
                                dir + QLatin1Char('/') + rel, false);
            if (!e)
                return std::unexpected(e.error());
            if (e->sha256 != name) { // damaged on disk: not worth keeping, but say so
                err << "sitehostd: warning: " << assetsDir << '/' << sub << '/' << name
                    << ": content does not match its digest; left out of the backup" << Qt::endl;
                QFile::remove(dir + QLatin1Char('/') + rel);
                ++corrupt;
                continue;
            }
            e->path = rel;
            files << *e;
            copied.insert(name);
            assetBytes += e->size;
        }
    }
    int missing = 0;
    for (const QString &sha : std::as_const(snap.assets)) {
        if (!copied.contains(sha)) {
            ++missing;
            err << "sitehostd: warning: the database references asset " << sha
                << " but its file is missing in " << assetsDir
                << " (missing on the live server too)" << Qt::endl;
        }
    }

    // 3. Uploaded themes.
    int themeFiles = 0;
    qint64 themeBytes = 0;
    const QString themesDir = target.dataDir + QStringLiteral("/themes");
    if (QFileInfo(themesDir).isDir()) {
        auto t = copyTree(themesDir, dir + QStringLiteral("/themes"), QStringLiteral("themes/"));
        if (!t)
            return std::unexpected(t.error());
        for (const FileEntry &e : std::as_const(*t))
            themeBytes += e.size, ++themeFiles;
        files << *t;
    }

    // 4. The manifest, last: its presence marks a complete backup.
    QJsonArray list;
    qint64 total = 0;
    for (const FileEntry &e : std::as_const(files)) {
        list.append(QJsonObject{{QStringLiteral("path"), e.path},
                                {QStringLiteral("size"), e.size},
                                {QStringLiteral("sha256"), e.sha256}});
        total += e.size;
    }
    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QJsonObject manifest{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("sitehostd_version"), QStringLiteral(SS_VERSION)},
        {QStringLiteral("schema_version"), snap.schemaVersion},
        {QStringLiteral("dialect"), dialectName(target.database.dialect)},
        {QStringLiteral("epoch"), snap.epoch},
        {QStringLiteral("created_at"), created},
        {QStringLiteral("database"), dbFile},
        {QStringLiteral("files"), list},
    };
    for (const QString &sub : {QStringLiteral("assets"), QStringLiteral("themes")})
        if (QFileInfo(dir + QLatin1Char('/') + sub).isDir())
            fsyncPath(dir + QLatin1Char('/') + sub);
    QSaveFile mf(dir + QStringLiteral("/manifest.json"));
    if (!mf.open(QIODevice::WriteOnly) ||
        mf.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0 || !mf.commit())
        return fail(QStringLiteral("cannot write: ") + mf.errorString(),
                    dir + QStringLiteral("/manifest.json"));
    fsyncPath(dir);
    partial.done = true;

    return QStringLiteral("Backed up to %1 (sitehostd %2, %3 database, schema %4):\n"
                          "  database  %5 (%6)\n"
                          "  assets    %7 file(s), %8%9\n"
                          "  themes    %10 file(s), %11\n"
                          "  total     %12 file(s), %13 in %14 s; manifest %1/manifest.json\n")
        .arg(dir, QStringLiteral(SS_VERSION), dialectName(target.database.dialect))
        .arg(snap.schemaVersion)
        .arg(dbFile, human(dbEntry->size))
        .arg(copied.size())
        .arg(human(assetBytes),
             corrupt + missing
                 ? QStringLiteral(" (%1 damaged left out, %2 referenced but missing: see the "
                                  "warnings)")
                       .arg(corrupt)
                       .arg(missing)
                 : QString())
        .arg(themeFiles)
        .arg(human(themeBytes))
        .arg(files.size())
        .arg(human(total))
        .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
}

// ---- restore ------------------------------------------------------------------------------------

namespace {

struct Manifest
{
    QJsonObject json;
    QString dialect, database, createdAt, version;
    int schemaVersion = 0;
    QList<FileEntry> files;
};

Result<Manifest> readManifest(const QString &dir)
{
    const QString path = dir + QStringLiteral("/manifest.json");
    QFile f(path);
    if (!f.exists())
        return fail(QStringLiteral("no manifest.json: not a sitehostd backup, or an interrupted "
                                   "one (the manifest is written last)"),
                    dir);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read: ") + f.errorString(), path);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("corrupt manifest: %1 at byte %2").arg(pe.errorString()).arg(pe.offset),
            path);
    if (!doc.isObject())
        return fail(QStringLiteral("corrupt manifest: not a JSON object"), path);
    Manifest m;
    m.json = doc.object();
    if (m.json.value(QStringLiteral("format")).toString() != kFormat)
        return fail(QStringLiteral("not a sitehostd backup manifest (\"format\" is not \"%1\")")
                        .arg(kFormat),
                    path);
    const int format = m.json.value(QStringLiteral("format_version")).toInt(0);
    if (format > kFormatVersion)
        return fail(QStringLiteral("backup format %1 is newer than this sitehostd reads (%2): "
                                   "restore with a newer sitehostd")
                        .arg(format)
                        .arg(kFormatVersion),
                    path);
    if (format < 1)
        return fail(QStringLiteral("corrupt manifest: no valid \"format_version\""), path);
    m.dialect = m.json.value(QStringLiteral("dialect")).toString();
    m.database = m.json.value(QStringLiteral("database")).toString();
    m.createdAt = m.json.value(QStringLiteral("created_at")).toString();
    m.version = m.json.value(QStringLiteral("sitehostd_version")).toString();
    m.schemaVersion = m.json.value(QStringLiteral("schema_version")).toInt(0);
    if ((m.dialect != QLatin1String("sqlite") && m.dialect != QLatin1String("postgresql")) ||
        m.schemaVersion < 1 || !safeRelative(m.database) ||
        !m.json.value(QStringLiteral("files")).isArray())
        return fail(QStringLiteral("corrupt manifest: \"dialect\", \"schema_version\", "
                                   "\"database\" or \"files\" is missing or invalid"),
                    path);
    bool hasDatabase = false;
    for (const QJsonValue &v : m.json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        FileEntry e{o.value(QStringLiteral("path")).toString(),
                    qint64(o.value(QStringLiteral("size")).toDouble(-1)),
                    o.value(QStringLiteral("sha256")).toString()};
        if (!safeRelative(e.path) || e.size < 0 || !isDigest(e.sha256))
            return fail(
                QStringLiteral("corrupt manifest: a file entry is invalid (%1)")
                    .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))),
                path);
        hasDatabase = hasDatabase || e.path == m.database;
        m.files << e;
    }
    if (!hasDatabase)
        return fail(
            QStringLiteral("corrupt manifest: the database file %1 is not listed").arg(m.database),
            path);
    return m;
}

// The SQLite side: prepare the backup's database under a temp name next to the target (copy,
// migrate to this build's schema, new epoch, check), then swap it in with rename(2).
Result<QString> prepareSqlite(const QString &backupDb, const QString &tmp, const QString &epoch)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(tmp + suffix);
    if (auto c = copyHashed(backupDb, tmp, false); !c)
        return std::unexpected(c.error());
    // ServerDatabase connections are per thread: a thread of its own opens the temp file.
    Result<QString> result = QString();
    QString connection;
    std::thread worker([&] {
        ServerDatabase::Config c;
        c.dialect = ServerDatabase::Dialect::SQLite;
        c.sqlitePath = tmp;
        auto dbr = ServerDatabase::forThisThread(c);
        if (!dbr) {
            result = std::unexpected(dbr.error());
            return;
        }
        ServerDatabase &db = **dbr;
        connection = db.sql().database().connectionName();
        result = [&]() -> Result<QString> {
            QString from;
            if (auto q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = "
                                                "'schema_version'"));
                q && q->next())
                from = q->value(0).toString();
            { // before anything writes to it
                auto q = db.exec(QStringLiteral("PRAGMA integrity_check(5)"));
                if (!q)
                    return std::unexpected(q.error());
                QStringList problems;
                while (q->next())
                    problems << q->value(0).toString();
                if (problems != QStringList{QStringLiteral("ok")})
                    return fail(QStringLiteral("the backup's database fails PRAGMA "
                                               "integrity_check: ") +
                                problems.join(QStringLiteral("; ")));
            }
            if (auto r = ServerDatabase::migrate(c); !r)
                return std::unexpected(r.error());
            if (auto r = db.transaction([&]() -> Result<void> {
                    if (auto e = db.exec(QStringLiteral("DELETE FROM meta WHERE key = 'epoch'"));
                        !e)
                        return std::unexpected(e.error());
                    if (auto e = db.exec(
                            QStringLiteral("INSERT INTO meta (key, value) VALUES ('epoch', ?)"),
                            {epoch});
                        !e)
                        return std::unexpected(e.error());
                    return {};
                });
                !r)
                return std::unexpected(r.error());
            // One self-contained file to rename: everything out of the WAL, no -wal left.
            if (auto q = db.exec(QStringLiteral("PRAGMA journal_mode=DELETE")); !q)
                return std::unexpected(q.error());
            return from;
        }();
        db.sql().database().close();
    });
    worker.join();
    if (!connection.isEmpty())
        QSqlDatabase::removeDatabase(connection);
    if (!result) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(tmp + suffix);
        return fail(result.error().toString(), backupDb);
    }
    return result;
}

// Folds the target's WAL into it and closes it, so no committed data of the old database sits in
// a -wal that could be applied to the new file; then stale -wal/-shm can go.
void retireSqlite(const QString &target)
{
    if (QFileInfo(target).isFile()) {
        SqliteHandle old;
        if (sqlite3_open_v2(QFile::encodeName(target).constData(), &old.db, SQLITE_OPEN_READWRITE,
                            nullptr) == SQLITE_OK)
            sqlite3_wal_checkpoint_v2(old.db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr,
                                      nullptr);
    }
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
}

} // namespace

Result<QString> restoreFrom(const BackupTarget &target, const QString &dirArg)
{
    const QString dir = QFileInfo(dirArg).absoluteFilePath();
    if (!QFileInfo::exists(dir))
        return fail(QStringLiteral("no such folder"), dir);
    if (!QFileInfo(dir).isDir())
        return fail(QStringLiteral("not a folder"), dir);

    // 1. Verify everything before touching anything.
    auto m = readManifest(dir);
    if (!m)
        return std::unexpected(m.error());
    const QString want = dialectName(target.database.dialect);
    if (m->dialect != want)
        return fail(QStringLiteral("the backup is of a %1 database, but this sitehostd is "
                                   "configured for %2 (%3)")
                        .arg(m->dialect, want,
                             want == QLatin1String("sqlite")
                                 ? QStringLiteral("no --database option")
                                 : QStringLiteral("--database postgresql://…")),
                    dir + QStringLiteral("/manifest.json"));
    if (m->schemaVersion > ServerDatabase::kSchemaVersion)
        return fail(QStringLiteral("the backup has database schema %1, newer than this sitehostd "
                                   "%2 knows (schema %3): restore it with sitehostd %4 or newer")
                        .arg(m->schemaVersion)
                        .arg(QStringLiteral(SS_VERSION))
                        .arg(ServerDatabase::kSchemaVersion)
                        .arg(m->version),
                    dir + QStringLiteral("/manifest.json"));
    qint64 assetBytes = 0, themeBytes = 0;
    int assetCount = 0, themeCount = 0;
    for (const FileEntry &e : std::as_const(m->files)) {
        const QString path = dir + QLatin1Char('/') + e.path;
        if (!QFileInfo(path).isFile())
            return fail(QStringLiteral("missing: the manifest lists it, the folder lacks it"),
                        path);
        auto h = hashFile(path);
        if (!h)
            return std::unexpected(h.error());
        if (h->size != e.size || h->sha256 != e.sha256)
            return fail(QStringLiteral("checksum mismatch: the file is damaged or was changed "
                                       "(manifest: %1 bytes, sha256 %2; file: %3 bytes, sha256 %4)")
                            .arg(e.size)
                            .arg(e.sha256)
                            .arg(h->size)
                            .arg(h->sha256),
                        path);
        if (e.path.startsWith(QLatin1String("assets/")))
            ++assetCount, assetBytes += e.size;
        else if (e.path.startsWith(QLatin1String("themes/")))
            ++themeCount, themeBytes += e.size;
    }

    // 2. Nobody serves this data while we replace it.
    DataDirLock lock;
    if (auto r = lock.take(target.dataDir, LOCK_EX); !r)
        return std::unexpected(r.error());
    const bool sqlite = target.database.dialect == ServerDatabase::Dialect::SQLite;
    ServerDatabase *pg = nullptr;
    if (!sqlite) {
        auto db = ServerDatabase::forThisThread(target.database);
        if (!db)
            return std::unexpected(db.error());
        pg = *db;
        auto q = pg->exec(QStringLiteral("SELECT pg_try_advisory_lock(?)"), {kServeLockKey});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next() || !q->value(0).toBool())
            return fail(QStringLiteral("a sitehostd instance is connected to this database (it "
                                       "holds the serve lock): stop every instance before "
                                       "restoring"),
                        target.database.database);
    }

    // 3. Assets first: content-addressed and only added, so they are harmless if a later step
    //    fails (an asset already present under its digest is the same content).
    const Owner owner(target.dataDir);
    owner.give(target.dataDir + QStringLiteral("/sitehostd.lock"), target.dataDir);
    int assetsAdded = 0;
    for (const FileEntry &e : std::as_const(m->files)) {
        if (!e.path.startsWith(QLatin1String("assets/")))
            continue;
        const QString to = target.dataDir + QLatin1Char('/') + e.path;
        if (QFileInfo(to).size() == e.size && QFileInfo(to).isFile())
            continue;
        if (auto c = copyHashed(dir + QLatin1Char('/') + e.path, to, true); !c)
            return std::unexpected(c.error());
        owner.give(to, target.dataDir);
        ++assetsAdded;
    }
    // Themes are staged next to their place and swapped in after the database.
    const QString themes = target.dataDir + QStringLiteral("/themes");
    const QString themesTmp = target.dataDir + QStringLiteral("/themes.restore-tmp");
    QDir(themesTmp).removeRecursively();
    if (themeCount > 0) {
        for (const FileEntry &e : std::as_const(m->files)) {
            if (!e.path.startsWith(QLatin1String("themes/")))
                continue;
            const QString to = themesTmp + e.path.mid(int(qstrlen("themes")));
            if (auto c = copyHashed(dir + QLatin1Char('/') + e.path, to, false); !c)
                return std::unexpected(c.error());
            owner.give(to, target.dataDir);
        }
    }

    // 4. The database: all or nothing.
    const QString epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    // "<path>.replaced-<UTC time>", "-2", "-3"... when restores follow each other within a second.
    const auto aside = [&stamp](const QString &path) {
        QString name = path + QStringLiteral(".replaced-") + stamp;
        for (int n = 2; QFileInfo::exists(name); ++n)
            name = path + QStringLiteral(".replaced-") + stamp + QStringLiteral("-%1").arg(n);
        return name;
    };
    QString kept;
    if (sqlite) {
        const QString live = target.database.sqlitePath;
        const QString tmp = live + QStringLiteral(".restore-tmp");
        auto prepared = prepareSqlite(dir + QLatin1Char('/') + m->database, tmp, epoch);
        if (!prepared) {
            QDir(themesTmp).removeRecursively();
            return std::unexpected(prepared.error());
        }
        owner.give(tmp, QFileInfo(tmp).absolutePath());
        retireSqlite(live);
        // The replaced database stays next to it (a hard link: no copy) until the operator
        // deletes it.
        if (QFileInfo(live).isFile()) {
            kept = aside(live);
            if (::link(QFile::encodeName(live).constData(), QFile::encodeName(kept).constData()) !=
                0)
                kept.clear();
        }
        if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(live).constData()) !=
            0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            QFile::remove(tmp);
            QDir(themesTmp).removeRecursively();
            return fail(QStringLiteral("cannot move the restored database into place: ") + why,
                        live);
        }
        fsyncPath(QFileInfo(live).absolutePath());
    } else {
        // pg_restore writes the dump as SQL; psql runs it in ONE transaction after dropping this
        // database's tables (the database belongs to sitehostd alone) and with the new epoch:
        // any error rolls all of it back. The SQL goes through a temp file, so a pg_restore that
        // dies half-way can never feed psql a truncated script that then commits.
        QTemporaryDir work;
        if (!work.isValid())
            return fail(QStringLiteral("cannot create a temporary folder: ") + work.errorString());
        const QString sql = work.filePath(QStringLiteral("restore.sql"));
        if (auto r = runPgTool(QStringLiteral("pg_restore"),
                               {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                                QStringLiteral("--no-comments"), QStringLiteral("--file=") + sql,
                                dir + QLatin1Char('/') + m->database},
                               target.database);
            !r) {
            QDir(themesTmp).removeRecursively();
            return fail(r.error().message, dir + QLatin1Char('/') + m->database);
        }
        auto q = pg->exec(QStringLiteral("SELECT quote_ident(tablename) FROM pg_tables WHERE "
                                         "schemaname = current_schema() ORDER BY 1"));
        if (!q)
            return std::unexpected(q.error());
        QStringList tables;
        while (q->next())
            tables << q->value(0).toString();
        QStringList args = pgConnectionArgs(target.database);
        args << QStringLiteral("--no-psqlrc") << QStringLiteral("--quiet")
             << QStringLiteral("--single-transaction") << QStringLiteral("--set=ON_ERROR_STOP=1")
             << QStringLiteral("--dbname=") + target.database.database
             << QStringLiteral("--command=SET client_min_messages = warning");
        if (!tables.isEmpty())
            args << QStringLiteral("--command=DROP TABLE IF EXISTS %1 CASCADE")
                        .arg(tables.join(QStringLiteral(", ")));
        args << QStringLiteral("--file=") + sql << QStringLiteral("--command=RESET search_path")
             << QStringLiteral("--command=DELETE FROM meta WHERE key = 'epoch'")
             << QStringLiteral("--command=INSERT INTO meta (key, value) VALUES ('epoch', '%1')")
                    .arg(epoch);
        if (auto r = runPgTool(QStringLiteral("psql"), args, target.database); !r) {
            QDir(themesTmp).removeRecursively();
            return fail(r.error().message +
                        QStringLiteral(" (rolled back: the database is unchanged)"));
        }
        // An older backup is brought to this build's schema (each step is its own transaction; a
        // half-migrated database is finished by the next sitehostd start).
        if (auto r = ServerDatabase::migrate(target.database); !r)
            return fail(QStringLiteral("restored, but the migration failed: ") +
                        r.error().toString());
    }

    // 5. Themes swap in (the replaced ones are kept next to them).
    if (themeCount > 0) {
        QString keptThemes;
        if (QFileInfo(themes).isDir()) {
            keptThemes = aside(themes);
            if (!QDir().rename(themes, keptThemes))
                return fail(QStringLiteral("the database is restored, but the themes folder "
                                           "cannot be moved aside; the backup's themes are in %1")
                                .arg(themesTmp),
                            themes);
        }
        if (!QDir().rename(themesTmp, themes))
            return fail(QStringLiteral("the database is restored, but the backup's themes cannot "
                                       "be moved into place; they are in %1")
                            .arg(themesTmp),
                        themes);
    }

    QString out;
    QTextStream s(&out);
    s << "Restored " << dir << " (made " << m->createdAt << " by sitehostd " << m->version
      << ") into " << (sqlite ? target.database.sqlitePath : target.database.database) << ":\n"
      << "  database  " << m->dialect << ", schema " << m->schemaVersion;
    if (m->schemaVersion < ServerDatabase::kSchemaVersion)
        s << " migrated to " << ServerDatabase::kSchemaVersion;
    s << "\n  assets    " << assetCount << " file(s), " << human(assetBytes) << " (" << assetsAdded
      << " copied, the rest already present)\n"
      << "  themes    " << themeCount << " file(s), " << human(themeBytes)
      << (themeCount ? QString() : QStringLiteral(" (the existing themes folder is kept)"))
      << "\n  epoch     " << epoch
      << " (new: every client resyncs on its next sync and re-sends what this backup lacks)\n";
    if (!kept.isEmpty())
        s << "The replaced database is kept as " << kept
          << " (delete it when you no longer need it)\n";
    return out;
}

// ---- the serving daemon's lock ------------------------------------------------------------------

ServeLock::~ServeLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::unique_ptr<ServeLock>> ServeLock::acquire(const QString &dataDir, ServerDatabase &db)
{
    DataDirLock file;
    if (auto r = file.take(dataDir, LOCK_SH); !r)
        return std::unexpected(r.error());
    if (db.dialect() == ServerDatabase::Dialect::PostgreSQL) {
        auto q = db.exec(QStringLiteral("SELECT pg_try_advisory_lock_shared(?)"), {kServeLockKey});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next() || !q->value(0).toBool())
            return fail(QStringLiteral("a restore is replacing this database (it holds the serve "
                                       "lock): start sitehostd when it has finished"));
    }
    std::unique_ptr<ServeLock> lock(new ServeLock);
    lock->m_fd = file.release();
    return lock;
}

} // namespace ss::server
