// The scheduler core on a fake clock (issue 6, "Scheduler on a fake clock"): on-time runs, no
// back-fill for new or edited rules, sleep/resume under each missed-run policy and the run_all cap,
// clock jumps, two schedulers racing on one SQLite file, the daily cap in the rule's zone across
// the 23- and 25-hour DST days, modes, event chains and the plan-limit gate. Real SQLite files in
// a temporary folder, a recording fake executor.
#include "scheduler.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <barrier>
#include <functional>
#include <memory>

using namespace ss;
using namespace ss::automation;

namespace {

class FakeClock : public Clock
{
public:
    qint64 now = 0;
    qint64 nowSecs() const override { return now; }
};

struct Call
{
    QString rule;
    QString eventType;
    qint64 slot = 0;
    int depth = 0;
    QCborMap payload;
};

// Records every execution; rules named in `emits` emit an event of that type.
class RecordingExecutor : public ActionExecutor
{
public:
    ActionResult execute(const Rule &rule, const Action &, const Event &event, bool dryRun) override
    {
        ActionResult r;
        if (dryRun)
            return r;
        calls.append({rule.name, event.type, event.slot, event.depth, event.payload});
        runIds.append(currentRunId());
        if (during)
            during();
        if (const QString next = emits.value(rule.name); !next.isEmpty()) {
            Event e;
            e.type = next;
            e.workspaceId = event.workspaceId;
            r.emitted.append(e);
        }
        return r;
    }
    QList<Call> calls;
    QStringList runIds; // currentRunId() during each call
    QHash<QString, QString> emits;
    std::function<void()> during; // called while the action "runs"
};

qint64 utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t.toSecsSinceEpoch();
}

qint64 local(const char *iso, const char *zone)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone(zone));
    return t.toSecsSinceEpoch();
}

QString iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString localDay(qint64 secs, const char *zone)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(zone)).date().toString(Qt::ISODate);
}

// One connection to the SQLite file (the tables are created by the first one).
class TestDb
{
public:
    TestDb(const QString &path, bool create)
        : m_name(QStringLiteral("sched-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        sql = SqlConnection(db, QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("test"));
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=OFF"})
            (void)sql.exec(QString::fromLatin1(pragma));
        if (create) {
            for (const QString &s : SqlRunStore::schemaSql().split(QLatin1Char(';'))) {
                if (s.trimmed().isEmpty())
                    continue;
                if (auto r = sql.exec(s); !r)
                    qFatal("schema: %s", qPrintable(r.error().toString()));
            }
        }
        store = std::make_unique<SqlRunStore>(sql);
    }
    ~TestDb()
    {
        store.reset();
        sql.database().close();
        sql = SqlConnection();
        QSqlDatabase::removeDatabase(m_name);
    }
    int count(const QString &where = QStringLiteral("1 = 1"))
    {
        auto q = sql.exec(QStringLiteral("SELECT COUNT(*) FROM automation_runs WHERE ") + where);
        return q && q->next() ? q->value(0).toInt() : -1;
    }
    QList<RunRecord> all(const QString &ruleId)
    {
        auto r = store->runs(ruleId, 100000);
        QList<RunRecord> out = r ? *r : QList<RunRecord>();
        std::reverse(out.begin(), out.end()); // oldest first
        return out;
    }

    SqlConnection sql;
    std::unique_ptr<SqlRunStore> store;

private:
    QString m_name;
};

// Counts claim() calls (to see that the scheduler does not even try a slot it has handled).
class CountingStore : public RunStore
{
public:
    explicit CountingStore(RunStore &inner)
        : m_inner(inner)
    {}
    Result<bool> claim(RunRecord &run) override
    {
        ++claims;
        if (failClaims > 0) {
            --failClaims;
            return fail(QStringLiteral("database is locked"));
        }
        return m_inner.claim(run);
    }
    Result<void> update(const RunRecord &run) override { return m_inner.update(run); }
    Result<int> countForDay(const QString &r, const QString &d) override
    {
        return m_inner.countForDay(r, d);
    }
    Result<int> countRunning(const QString &r) override { return m_inner.countRunning(r); }
    Result<std::optional<RunRecord>> nextQueued(const QString &r) override
    {
        return m_inner.nextQueued(r);
    }
    Result<bool> takeQueued(const QString &id, qint64 at) override
    {
        return m_inner.takeQueued(id, at);
    }
    Result<int> failStale(qint64 before, const QString &reason) override
    {
        return m_inner.failStale(before, reason);
    }
    Result<std::optional<qint64>> cursor(const QString &r) override { return m_inner.cursor(r); }
    Result<void> setCursor(const QString &r, qint64 s) override { return m_inner.setCursor(r, s); }
    Result<void> setCursors(const QList<std::pair<QString, qint64>> &c) override
    {
        return m_inner.setCursors(c);
    }
    Result<QList<RunRecord>> runs(const QString &r, int l) override { return m_inner.runs(r, l); }
    int claims = 0;
    int failClaims = 0; // the next N claims fail (a database error)

private:
    RunStore &m_inner;
};

QCborMap ruleJson(const QString &name, const QString &cron, const QString &zone)
{
    QCborMap schedule;
    schedule.insert(QStringLiteral("cron"), cron);
    schedule.insert(QStringLiteral("timezone"), zone);
    QCborMap trigger;
    trigger.insert(QStringLiteral("type"), QStringLiteral("schedule"));
    QCborMap notify;
    notify.insert(QStringLiteral("type"), QStringLiteral("notify"));
    notify.insert(QStringLiteral("message"), QStringLiteral("hello"));
    QCborMap m;
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("trigger"), trigger);
    m.insert(QStringLiteral("schedule"), schedule);
    m.insert(QStringLiteral("actions"), QCborArray{notify});
    return m;
}

QCborMap eventRuleJson(const QString &name, const QString &trigger)
{
    QCborMap m = ruleJson(name, {}, {});
    m.remove(QStringLiteral("schedule"));
    QCborMap t;
    t.insert(QStringLiteral("type"), trigger);
    m.insert(QStringLiteral("trigger"), t);
    return m;
}

Rule makeRule(const QCborMap &json, const QString &id = {})
{
    auto r = Rule::fromJson(json);
    if (!r)
        qFatal("bad rule: %s", qPrintable(r.error().toString()));
    Rule rule = *r;
    rule.id = id.isEmpty() ? json.value(QStringLiteral("name")).toString() : id;
    return rule;
}

Rule scheduleRule(const QString &name, const QString &cron, const QString &zone = "UTC",
                  const QCborMap &extra = {})
{
    QCborMap json = ruleJson(name, cron, zone);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return makeRule(json);
}

QCborMap with(const char *key, const QCborValue &value, QCborMap m = {})
{
    m.insert(QString::fromLatin1(key), value);
    return m;
}

// Ticks every minute from `from` to `to` (inclusive); returns the records of all ticks.
QList<RunRecord> tickEveryMinute(Scheduler &s, FakeClock &clock, qint64 from, qint64 to)
{
    QList<RunRecord> out;
    for (clock.now = from; clock.now <= to; clock.now += 60)
        out += s.tick();
    clock.now = to;
    return out;
}

QStringList slotsOf(const QList<Call> &calls)
{
    QStringList out;
    for (const Call &c : calls)
        out.append(iso(c.slot));
    return out;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("runs-%1.sqlite").arg(++m_n));
    }

    void storeClaimIsUnique();
    void onTimeRunsAcrossTicks();
    void newRuleDoesNotBackFill();
    void scheduleEventPayload();
    void sleepResume_data();
    void sleepResume();
    void runAllIsCapped();
    void clockJumpsBackwards();
    void storeErrorIsRetried();
    void editBetweenRuns();
    void editWhileAsleep();
    void reenabledRuleDoesNotBackFill();
    void dryRunStoresNothing();
    void twoSchedulersRace();
    void twoThreadsRace();
    void dailyCapAcrossDst_data();
    void dailyCapAcrossDst();
    void dailyCapCountsTheLocalDay();
    void modeSingle();
    void modeQueued();
    void interruptedRunsAreFailed();
    void modeParallel();
    void eventChainIsCut();
    void eventRunsOncePerEvent();
    void ruleMadeAfterTheEventDoesNotSeeIt();
    void gateSkips();
    void msUntilNextTick();
    void postgresStore();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

void TestScheduler::storeClaimIsUnique()
{
    TestDb a(m_path, true);
    TestDb b(m_path, false);
    RunRecord r1;
    r1.ruleId = QStringLiteral("r");
    r1.slot = QStringLiteral("2026-11-23T07:00:00Z");
    r1.scheduledAt = utc("2026-11-23T07:00:00");
    r1.dayKey = QStringLiteral("2026-11-23");
    r1.status = QStringLiteral("running");
    RunRecord r2 = r1;
    auto c1 = a.store->claim(r1);
    auto c2 = b.store->claim(r2);
    QVERIFY2(c1, SS_WHY(c1));
    QVERIFY2(c2, SS_WHY(c2));
    QVERIFY(*c1);
    QVERIFY(!*c2);
    QCOMPARE(a.count(), 1);

    // Cursors never move back.
    QVERIFY(a.store->setCursor(QStringLiteral("r"), 200));
    QVERIFY(b.store->setCursor(QStringLiteral("r"), 100));
    QCOMPARE(a.store->cursor(QStringLiteral("r"))->value_or(-1), 200);

    // The desktop's slots are prefixed.
    SqlRunStore desktop(a.sql, QStringLiteral("desktop"));
    RunRecord r3 = r1;
    r3.id.clear();
    auto c3 = desktop.claim(r3);
    QVERIFY2(c3 && *c3, SS_WHY(c3));
    QCOMPARE(r3.slot, QStringLiteral("desktop:2026-11-23T07:00:00Z"));
}

void TestScheduler::onTimeRunsAcrossTicks()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    // Added 30 s before 10:00: the 10:00 slot is the rule's first.
    clock.now = utc("2026-11-23T09:59:30");
    s.setRules({scheduleRule("q", "*/15 * * * *")});
    const QList<RunRecord> recs =
        tickEveryMinute(s, clock, utc("2026-11-23T10:00:00"), utc("2026-11-23T11:05:00"));
    QCOMPARE(slotsOf(exec.calls),
             QStringList({"2026-11-23T10:00:00Z", "2026-11-23T10:15:00Z", "2026-11-23T10:30:00Z",
                          "2026-11-23T10:45:00Z", "2026-11-23T11:00:00Z"}));
    QCOMPARE(recs.size(), 5);
    for (qsizetype i = 0; i < recs.size(); ++i)
        QCOMPARE(exec.runIds.at(i), recs.at(i).id); // the executor knows which run it serves
    QVERIFY(exec.currentRunId().isEmpty());
    for (const RunRecord &r : recs) {
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.slot, iso(r.scheduledAt));
        QVERIFY(r.executedAt >= r.scheduledAt);
        QVERIFY(!r.trace.isEmpty());
    }
    QCOMPARE(db.count(), 5);
    QCOMPARE(db.count("status = 'succeeded' AND executed_at IS NOT NULL"), 5);
}

void TestScheduler::newRuleDoesNotBackFill()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    // Created at 10:30; its 10:00 (and yesterday's) slots are not "missed", even with run_all.
    clock.now = utc("2026-11-23T10:30:00");
    s.setRules(
        {scheduleRule("h", "0 * * * *", "UTC", with("missed_runs", QStringLiteral("run_all"))),
         scheduleRule("d", "0 10 * * *", "UTC")});
    QVERIFY(s.tick().isEmpty());
    QCOMPARE(exec.calls.size(), 0);
    tickEveryMinute(s, clock, utc("2026-11-23T10:31:00"), utc("2026-11-23T11:00:00"));
    QCOMPARE(exec.calls.size(), 1);
    QCOMPARE(exec.calls[0].rule, QStringLiteral("h"));
    QCOMPARE(iso(exec.calls[0].slot), QStringLiteral("2026-11-23T11:00:00Z"));
    QCOMPARE(db.count(), 1);

    // The first sight is stored: a rule added at 11:30 whose scheduler is down from 11:45 to
    // 14:30 catches up the slots of the downtime (run_all), not the ones before 11:30.
    clock.now = utc("2026-11-23T11:30:00");
    const Rule late =
        scheduleRule("late", "0 * * * *", "UTC", with("missed_runs", QStringLiteral("run_all")));
    s.setRules({late});
    tickEveryMinute(s, clock, clock.now, utc("2026-11-23T11:45:00"));
    auto q = db.sql.exec(QStringLiteral("SELECT COUNT(*) FROM automation_cursors"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 3);
    exec.calls.clear();
    Scheduler restarted(*db.store, exec, clock);
    clock.now = utc("2026-11-23T14:30:00");
    restarted.setRules({late});
    restarted.tick();
    QCOMPARE(slotsOf(exec.calls),
             QStringList({"2026-11-23T12:00:00Z", "2026-11-23T13:00:00Z", "2026-11-23T14:00:00Z"}));
}

void TestScheduler::scheduleEventPayload()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    // The host fills account_tier; conditions on the schedule event's fields work.
    s.setScheduleEventHook([](const Rule &rule, Event &e) {
        e.payload.insert(QStringLiteral("account_tier"), rule.name == QLatin1String("pro")
                                                             ? QStringLiteral("pro")
                                                             : QStringLiteral("basic"));
    });
    const QCborMap onlyPro = with(
        "conditions", with("all", QCborArray{with("field", QStringLiteral("account_tier"),
                                                  with("op", QStringLiteral("eq"),
                                                       with("value", QStringLiteral("pro"))))}));
    clock.now = utc("2026-11-23T07:59:00");
    s.setRules({scheduleRule("pro", "0 10 * * *", "Europe/Riga", onlyPro),
                scheduleRule("basic", "0 10 * * *", "Europe/Riga", onlyPro)});
    const QList<RunRecord> recs = tickEveryMinute(s, clock, clock.now, utc("2026-11-23T08:00:00"));
    QCOMPARE(exec.calls.size(), 1);
    QCOMPARE(exec.calls[0].rule, QStringLiteral("pro"));
    const QCborMap p = exec.calls[0].payload;
    QCOMPARE(p.value(QStringLiteral("slot")).toString(), QStringLiteral("2026-11-23T08:00:00Z"));
    QCOMPARE(p.value(QStringLiteral("occurred_at")).toString(),
             QStringLiteral("2026-11-23T08:00:00Z"));
    QCOMPARE(p.value(QStringLiteral("cron")).toString(), QStringLiteral("0 10 * * *"));
    QCOMPARE(p.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Riga"));
    QCOMPARE(p.value(QStringLiteral("account_tier")).toString(), QStringLiteral("pro"));
    // A schedule rule whose conditions are false is recorded (one run per slot, no flood).
    QCOMPARE(recs.size(), 2);
    QCOMPARE(db.count("rule_id = 'basic' AND status = 'not_matched'"), 1);
}

void TestScheduler::sleepResume_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("resumeAt");
    QTest::addColumn<QStringList>("ran");          // slots executed on resume
    QTest::addColumn<QStringList>("skippedSlots"); // slots recorded as skipped on resume
    QTest::newRow("skip") << "skip"
                          << "2026-11-26T12:00:00" << QStringList()
                          << QStringList{"2026-11-26T09:00:00Z"};
    QTest::newRow("run_once") << "run_once"
                              << "2026-11-26T12:00:00" << QStringList{"2026-11-26T09:00:00Z"}
                              << QStringList();
    QTest::newRow("run_all") << "run_all"
                             << "2026-11-26T12:00:00"
                             << QStringList{"2026-11-24T09:00:00Z", "2026-11-25T09:00:00Z",
                                            "2026-11-26T09:00:00Z"}
                             << QStringList();
    // Waking up a minute after 09:00: that slot is on time and runs; the older ones are missed.
    QTest::newRow("skip, on time") << "skip"
                                   << "2026-11-26T09:01:00" << QStringList{"2026-11-26T09:00:00Z"}
                                   << QStringList{"2026-11-25T09:00:00Z"};
    QTest::newRow("run_once, on time")
        << "run_once"
        << "2026-11-26T09:01:00" << QStringList{"2026-11-26T09:00:00Z"} << QStringList();
}

void TestScheduler::sleepResume()
{
    QFETCH(QString, policy);
    QFETCH(QString, resumeAt);
    QFETCH(QStringList, ran);
    QFETCH(QStringList, skippedSlots);
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    clock.now = utc("2026-11-23T08:59:00");
    s.setRules({scheduleRule("daily", "0 9 * * *", "UTC", with("missed_runs", policy))});
    tickEveryMinute(s, clock, utc("2026-11-23T08:59:00"), utc("2026-11-23T09:05:00"));
    QCOMPARE(exec.calls.size(), 1);
    exec.calls.clear();

    // Asleep for three days.
    clock.now = utc(resumeAt.toLatin1().constData());
    const QList<RunRecord> recs = s.tick();
    QCOMPARE(slotsOf(exec.calls), ran);
    QStringList skipped;
    for (const RunRecord &r : recs) {
        if (r.status == QLatin1String("skipped")) {
            skipped.append(r.slot);
            QVERIFY2(r.reason.contains(QLatin1String("missed")), qPrintable(r.reason));
            if (policy == QLatin1String("skip"))
                QCOMPARE(r.reason,
                         QStringLiteral("missed (the scheduler was not running); policy: skip"));
        } else {
            QCOMPARE(r.status, QStringLiteral("succeeded"));
        }
    }
    QCOMPARE(skipped, skippedSlots);
    QCOMPARE(db.count(), 1 + ran.size() + skippedSlots.size());

    // The next ticks add nothing until the next day's 09:00, which runs on time.
    exec.calls.clear();
    tickEveryMinute(s, clock, clock.now + 60, utc("2026-11-27T09:00:00"));
    QCOMPARE(slotsOf(exec.calls), QStringList{"2026-11-27T09:00:00Z"});
}

void TestScheduler::runAllIsCapped()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    clock.now = utc("2026-01-01T00:30:00");
    s.setRules({scheduleRule("hourly", "0 * * * *", "UTC",
                             with("missed_runs", QStringLiteral("run_all")))});
    QVERIFY(s.tick().isEmpty());
    // 2000 hours later: 2000 missed slots, the newest 1000 run, oldest first.
    const qint64 resume = clock.now + 2000 * 3600;
    clock.now = resume;
    const QList<RunRecord> recs = s.tick();
    QCOMPARE(exec.calls.size(), Scheduler::maxRunAllSlots);
    for (int i = 1; i < exec.calls.size(); ++i)
        QCOMPARE(exec.calls[i].slot, exec.calls[i - 1].slot + 3600);
    QCOMPARE(exec.calls.last().slot, resume - 30 * 60);
    QCOMPARE(exec.calls.first().slot, resume - 30 * 60 - 999 * 3600);
    QCOMPARE(recs.size(), Scheduler::maxRunAllSlots + 1);
    QCOMPARE(recs.first().status, QStringLiteral("skipped"));
    QCOMPARE(recs.first().scheduledAt, exec.calls.first().slot - 3600);
    QVERIFY2(recs.first().reason.contains(QLatin1String("at most 1000")),
             qPrintable(recs.first().reason));
    QCOMPARE(db.count("status = 'skipped'"), 1);
    QCOMPARE(db.count("status = 'succeeded'"), Scheduler::maxRunAllSlots);
    QVERIFY(s.tick().isEmpty());
}

void TestScheduler::clockJumpsBackwards()
{
    TestDb db(m_path, true);
    CountingStore store(*db.store);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(store, exec, clock);
    clock.now = utc("2026-11-23T09:59:00");
    s.setRules(
        {scheduleRule("h", "0 * * * *", "UTC", with("missed_runs", QStringLiteral("run_all")))});
    tickEveryMinute(s, clock, utc("2026-11-23T09:59:00"), utc("2026-11-23T12:00:00"));
    QCOMPARE(exec.calls.size(), 3);
    const int claims = store.claims;

    // Back two hours, then forward again through the same slots.
    QVERIFY(tickEveryMinute(s, clock, utc("2026-11-23T10:00:00"), utc("2026-11-23T12:00:00"))
                .isEmpty());
    QCOMPARE(exec.calls.size(), 3);
    QCOMPARE(store.claims, claims); // not even tried: the cursor never moved back
    // A restarted scheduler on the same database (the stored cursor) does not either.
    {
        Scheduler restarted(store, exec, clock);
        clock.now = utc("2026-11-23T10:00:00");
        restarted.setRules({scheduleRule("h", "0 * * * *", "UTC",
                                         with("missed_runs", QStringLiteral("run_all")))});
        QVERIFY(tickEveryMinute(restarted, clock, utc("2026-11-23T10:00:00"),
                                utc("2026-11-23T12:00:00"))
                    .isEmpty());
        QCOMPARE(store.claims, claims);
    }
    tickEveryMinute(s, clock, utc("2026-11-23T12:01:00"), utc("2026-11-23T13:00:00"));
    QCOMPARE(slotsOf(exec.calls), QStringList({"2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z",
                                               "2026-11-23T12:00:00Z", "2026-11-23T13:00:00Z"}));
    QCOMPARE(db.count(), 4);
}

void TestScheduler::storeErrorIsRetried()
{
    TestDb db(m_path, true);
    CountingStore store(*db.store);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(store, exec, clock);
    clock.now = utc("2026-11-23T09:59:00");
    s.setRules({scheduleRule("h", "0 * * * *")});
    QVERIFY(s.tick().isEmpty());
    // The claim of 10:00 fails: the slot is not lost, the next tick (still on time) runs it.
    store.failClaims = 1;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("claiming a slot failed")));
    clock.now = utc("2026-11-23T10:00:00");
    QVERIFY(s.tick().isEmpty());
    QCOMPARE(exec.calls.size(), 0);
    clock.now += 60;
    QCOMPARE(s.tick().size(), 1);
    QCOMPARE(slotsOf(exec.calls), QStringList{"2026-11-23T10:00:00Z"});
}

void TestScheduler::editBetweenRuns()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    clock.now = utc("2026-11-23T08:59:00");
    s.setRules(
        {scheduleRule("r", "0 9 * * *", "UTC", with("missed_runs", QStringLiteral("run_all")))});
    tickEveryMinute(s, clock, utc("2026-11-23T08:59:00"), utc("2026-11-23T09:30:00"));
    // 09:30: the rule now runs at 10:00 and at 08:00 (already past today: no back-fill).
    s.setRules(
        {scheduleRule("r", "0 8,10 * * *", "UTC", with("missed_runs", QStringLiteral("run_all")))});
    tickEveryMinute(s, clock, utc("2026-11-23T09:30:00"), utc("2026-11-24T09:00:00"));
    QCOMPARE(slotsOf(exec.calls),
             QStringList({"2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z", "2026-11-24T08:00:00Z"}));
}

void TestScheduler::editWhileAsleep()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    {
        Scheduler s(*db.store, exec, clock);
        clock.now = utc("2026-11-23T08:59:00");
        s.setRules({scheduleRule("r", "0 9 * * *")});
        tickEveryMinute(s, clock, utc("2026-11-23T08:59:00"), utc("2026-11-23T09:01:00"));
        QCOMPARE(exec.calls.size(), 1);

        // Asleep until 09:30 the next day, when the edit (09:00 -> 10:00) arrives. Neither the
        // old schedule's missed 09:00 nor the new one's 10:00 of the day before may run.
        clock.now = utc("2026-11-24T09:30:00");
        s.setRules({scheduleRule("r", "0 10 * * *")});
        QVERIFY(s.tick().isEmpty());
        tickEveryMinute(s, clock, utc("2026-11-24T09:31:00"), utc("2026-11-24T10:00:00"));
        QCOMPARE(slotsOf(exec.calls),
                 QStringList({"2026-11-23T09:00:00Z", "2026-11-24T10:00:00Z"}));
    }
    // A restarted scheduler sees the edit in the rule's "updated_at" (the stored cursor predates
    // it): 25 Nov 09:30 the rule becomes 08:00 + 12:00; it is 11:00 on the 26th when it starts.
    exec.calls.clear();
    Scheduler s(*db.store, exec, clock);
    QCborMap json = ruleJson("r", "0 8,12 * * *", "UTC");
    json.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-26T10:30:00Z"));
    Rule edited = makeRule(json);
    QCOMPARE(edited.json.value(QStringLiteral("updated_at")).toString(),
             QStringLiteral("2026-11-26T10:30:00Z"));
    clock.now = utc("2026-11-26T11:00:00");
    s.setRules({edited});
    QVERIFY(s.tick().isEmpty()); // not 26 Nov 08:00 (before the edit)
    tickEveryMinute(s, clock, utc("2026-11-26T11:01:00"), utc("2026-11-26T12:00:00"));
    QCOMPARE(slotsOf(exec.calls), QStringList({"2026-11-26T12:00:00Z"}));
}

void TestScheduler::reenabledRuleDoesNotBackFill()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    const QCborMap runAll = with("missed_runs", QStringLiteral("run_all"));
    clock.now = utc("2026-11-23T08:59:00");
    s.setRules({scheduleRule("r", "0 9 * * *", "UTC", runAll)});
    tickEveryMinute(s, clock, clock.now, utc("2026-11-23T09:00:00"));
    // Disabled for three days, enabled again on the 26th at 12:00: the days it was off are not
    // missed slots.
    s.setRules({scheduleRule("r", "0 9 * * *", "UTC", with("is_active", false, runAll))});
    tickEveryMinute(s, clock, utc("2026-11-23T09:01:00"), utc("2026-11-23T09:10:00"));
    clock.now = utc("2026-11-26T12:00:00");
    QVERIFY(s.tick().isEmpty());
    s.setRules({scheduleRule("r", "0 9 * * *", "UTC", runAll)});
    QVERIFY(s.tick().isEmpty());
    // Removed from the rule set and added back: the same.
    s.setRules({});
    clock.now = utc("2026-11-28T12:00:00");
    s.setRules({scheduleRule("r", "0 9 * * *", "UTC", runAll)});
    QVERIFY(s.tick().isEmpty());
    tickEveryMinute(s, clock, clock.now, utc("2026-11-29T09:00:00"));
    QCOMPARE(slotsOf(exec.calls), QStringList({"2026-11-23T09:00:00Z", "2026-11-29T09:00:00Z"}));
}

void TestScheduler::dryRunStoresNothing()
{
    TestDb db(m_path, true);
    FakeClock clock;
    clock.now = utc("2026-11-23T10:00:00");
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    const Rule rule = makeRule(eventRuleJson("A", "site_created"));
    s.setRules({rule});
    Event e;
    e.type = QStringLiteral("site_created");
    e.payload = samplePayload(e.type);
    const RunTrace trace = s.dryRun(rule, e);
    QCOMPARE(trace.status, RunStatus::DryRun);
    QCOMPARE(exec.calls.size(), 0); // the fake records real runs only
    QCOMPARE(db.count(), 0);
}

void TestScheduler::twoSchedulersRace()
{
    // Two schedulers (two connections to one file, as two processes) tick the same minute; each
    // one's actions run while the other ticks: the other must find the slot taken (the stored
    // cursor has not moved yet, only the claim stops it). Parallel mode: a running run of the
    // rule does not stop the other one by itself.
    TestDb a(m_path, true);
    TestDb b(m_path, false);
    FakeClock clock;
    RecordingExecutor ea, eb;
    Scheduler sa(*a.store, ea, clock), sb(*b.store, eb, clock);
    int racedTicks = 0;
    bool inHook = false;
    auto raceWith = [&](Scheduler &other) {
        return [&]() {
            if (inHook)
                return;
            inHook = true;
            racedTicks += 1;
            QVERIFY(other.tick().isEmpty()); // the other scheduler records nothing
            inHook = false;
        };
    };
    ea.during = raceWith(sb);
    eb.during = raceWith(sa);
    clock.now = utc("2026-11-23T09:59:30");
    const Rule rule = scheduleRule(
        "m", "* * * * *", "UTC", with("max_parallel", 5, with("mode", QStringLiteral("parallel"))));
    sa.setRules({rule});
    sb.setRules({rule});
    for (clock.now = utc("2026-11-23T10:00:00"); clock.now <= utc("2026-11-23T10:30:00");
         clock.now += 60) {
        // Alternate who comes first.
        QCOMPARE(((clock.now / 60) % 2 ? sa : sb).tick().size(), 1);
    }
    QCOMPARE(racedTicks, 31);
    QCOMPARE(ea.calls.size() + eb.calls.size(), 31);
    QVERIFY(qAbs(ea.calls.size() - eb.calls.size()) == 1); // each won the minutes it began
    QCOMPARE(a.count(), 31);
    QCOMPARE(a.count("status = 'succeeded'"), 31);
}

void TestScheduler::twoThreadsRace()
{
    {
        TestDb init(m_path, true);
    }
    const int minutes = 40;
    std::barrier sync(2);
    std::atomic<int> executed{0};
    std::atomic<int> recorded{0};
    const QString path = m_path;
    auto worker = [&]() {
        TestDb db(path, false);
        FakeClock clock;
        RecordingExecutor exec;
        Scheduler s(*db.store, exec, clock);
        clock.now = utc("2026-11-23T09:59:30");
        s.setRules(
            {scheduleRule("m", "* * * * *", "UTC",
                          with("max_parallel", 10, with("mode", QStringLiteral("parallel"))))});
        for (int i = 0; i < minutes; ++i) {
            clock.now = utc("2026-11-23T10:00:00") + i * 60;
            sync.arrive_and_wait(); // both tick the same minute at once
            recorded += int(s.tick().size());
        }
        executed += int(exec.calls.size());
    };
    std::unique_ptr<QThread> t1(QThread::create(worker));
    std::unique_ptr<QThread> t2(QThread::create(worker));
    t1->start();
    t2->start();
    QVERIFY(t1->wait(120000));
    QVERIFY(t2->wait(120000));
    QCOMPARE(executed.load(), minutes);
    QCOMPARE(recorded.load(), minutes);
    TestDb db(m_path, false);
    QCOMPARE(db.count(), minutes);
    QCOMPARE(db.count("status = 'succeeded'"), minutes);
}

void TestScheduler::dailyCapAcrossDst_data()
{
    QTest::addColumn<QString>("day");
    QTest::addColumn<int>("slotCount");
    QTest::newRow("23-hour day") << "2026-03-29" << 46;
    QTest::newRow("25-hour day") << "2026-10-25" << 50;
}

void TestScheduler::dailyCapAcrossDst()
{
    QFETCH(QString, day);
    QFETCH(int, slotCount);
    const char *zone = "Europe/Riga";
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    const QDate d = QDate::fromString(day, Qt::ISODate);
    const qint64 from =
        local(d.addDays(-1).toString(Qt::ISODate).append("T21:59:00").toLatin1().constData(), zone);
    const qint64 to =
        local(d.addDays(1).toString(Qt::ISODate).append("T02:00:00").toLatin1().constData(), zone);
    clock.now = from;
    s.setRules({scheduleRule("cap", "*/30 * * * *", zone, with("max_executions_per_day", 2))});
    const QList<RunRecord> recs = tickEveryMinute(s, clock, from, to);

    QHash<QString, int> executed, skipped, total;
    QHash<QString, QStringList> executedAt;
    for (const RunRecord &r : recs) {
        const QString key = localDay(r.scheduledAt, zone);
        QCOMPARE(r.dayKey, key);
        ++total[key];
        if (r.status == QLatin1String("skipped")) {
            ++skipped[key];
            QCOMPARE(r.reason,
                     QStringLiteral("daily cap of 2 reached for %1 (Europe/Riga)").arg(key));
        } else {
            QCOMPARE(r.status, QStringLiteral("succeeded"));
            ++executed[key];
            executedAt[key].append(QDateTime::fromSecsSinceEpoch(r.scheduledAt, QTimeZone(zone))
                                       .time()
                                       .toString(QStringLiteral("HH:mm")));
        }
    }
    QCOMPARE(total.value(day), slotCount); // every half hour of the 23- or 25-hour day
    QCOMPARE(executed.value(day), 2);
    QCOMPARE(skipped.value(day), slotCount - 2);
    // The first two half hours of the local day, not of the UTC day.
    QCOMPARE(executedAt.value(day), QStringList({"00:00", "00:30"}));
    const QString next = d.addDays(1).toString(Qt::ISODate);
    QCOMPARE(executedAt.value(next), QStringList({"00:00", "00:30"}));
    QCOMPARE(skipped.value(next), 3); // 01:00, 01:30, 02:00
    QCOMPARE(exec.calls.size(), 2 + 2 + 2);
}

void TestScheduler::dailyCapCountsTheLocalDay()
{
    // Riga is UTC+2 in January: 01:30 local is 23:30 UTC of the day before. With one run a day,
    // the 01:30 run counts for its local day, so 01:30 runs and 12:30 is skipped every day (were
    // the UTC day counted, 12:30 would run and 01:30 = 23:30 UTC would be skipped).
    const char *zone = "Europe/Riga";
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    clock.now = local("2026-01-10T00:00:00", zone);
    s.setRules({scheduleRule("r", "30 1,12 * * *", zone, with("max_executions_per_day", 1))});
    const QList<RunRecord> recs =
        tickEveryMinute(s, clock, clock.now, local("2026-01-12T23:00:00", zone));
    QCOMPARE(recs.size(), 6);
    QStringList ran;
    for (const RunRecord &r : recs) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(r.scheduledAt, QTimeZone(zone));
        QCOMPARE(r.dayKey, t.date().toString(Qt::ISODate));
        if (t.time().hour() == 1) {
            QCOMPARE(r.status, QStringLiteral("succeeded"));
            ran.append(r.slot);
        } else {
            QCOMPARE(r.status, QStringLiteral("skipped"));
            QCOMPARE(r.reason,
                     QStringLiteral("daily cap of 1 reached for %1 (Europe/Riga)").arg(r.dayKey));
        }
    }
    QCOMPARE(ran,
             QStringList({"2026-01-09T23:30:00Z", "2026-01-10T23:30:00Z", "2026-01-11T23:30:00Z"}));
}

namespace {

// A run of the rule that is in progress elsewhere (another process).
RunRecord insertRunning(RunStore &store, const QString &ruleId, const QString &slot,
                        qint64 startedAt = 0)
{
    RunRecord r;
    r.executedAt = startedAt;
    r.ruleId = ruleId;
    r.slot = slot;
    r.scheduledAt = 1;
    r.dayKey = QStringLiteral("2000-01-01");
    r.status = QStringLiteral("running");
    if (auto c = store.claim(r); !c || !*c)
        qFatal("cannot insert a running run");
    return r;
}

void finish(RunStore &store, RunRecord r)
{
    r.status = QStringLiteral("succeeded");
    r.executedAt = 2;
    if (!store.update(r))
        qFatal("cannot finish a run");
}

} // namespace

void TestScheduler::modeSingle()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    clock.now = utc("2026-11-23T09:59:00");
    s.setRules({scheduleRule("r", "0 * * * *")});
    RunRecord other = insertRunning(*db.store, "r", "elsewhere");
    clock.now = utc("2026-11-23T10:00:00");
    const QList<RunRecord> recs = s.tick();
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs[0].status, QStringLiteral("skipped"));
    QCOMPARE(recs[0].reason, QStringLiteral("already running"));
    QCOMPARE(exec.calls.size(), 0);
    finish(*db.store, other);
    tickEveryMinute(s, clock, utc("2026-11-23T10:01:00"), utc("2026-11-23T11:00:00"));
    QCOMPARE(slotsOf(exec.calls), QStringList{"2026-11-23T11:00:00Z"});
}

void TestScheduler::modeQueued()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    clock.now = utc("2026-11-23T09:59:00");
    s.setRules({scheduleRule("r", "0 * * * *", "UTC", with("mode", QStringLiteral("queued")))});
    RunRecord other = insertRunning(*db.store, "r", "elsewhere");
    clock.now = utc("2026-11-23T10:00:00");
    QList<RunRecord> recs = s.tick();
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs[0].status, QStringLiteral("queued"));
    QCOMPARE(exec.calls.size(), 0);
    // Still running at the next tick: it waits.
    clock.now += 60;
    QVERIFY(s.tick().isEmpty());
    QCOMPARE(exec.calls.size(), 0);
    // The running one finishes: the queued run goes at the next tick.
    finish(*db.store, other);
    clock.now += 60;
    recs = s.tick();
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs[0].status, QStringLiteral("succeeded"));
    QCOMPARE(recs[0].slot, QStringLiteral("2026-11-23T10:00:00Z"));
    QCOMPARE(slotsOf(exec.calls), QStringList{"2026-11-23T10:00:00Z"});
    QCOMPARE(db.count("status = 'queued'"), 0);
    // Nothing running: the next slot runs directly.
    tickEveryMinute(s, clock, clock.now + 60, utc("2026-11-23T11:00:00"));
    QCOMPARE(slotsOf(exec.calls), QStringList({"2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z"}));
}

void TestScheduler::interruptedRunsAreFailed()
{
    // A run left "running" by a scheduler that stopped (crash, kill) must not block a single-mode
    // rule forever: an hour after it started it is marked failed.
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    clock.now = utc("2026-11-23T08:59:00");
    s.setRules({scheduleRule("r", "0 * * * *")});
    QVERIFY(s.tick().isEmpty());
    const RunRecord crashed = insertRunning(*db.store, "r", "crashed", utc("2026-11-23T08:30:00"));
    SqlRunStore desktop(db.sql, QStringLiteral("desktop")); // another origin's run: not touched
    insertRunning(desktop, "r", "desktop-run", utc("2026-11-23T08:00:00"));
    clock.now = utc("2026-11-23T09:00:00"); // 30 minutes: it may still be running
    QList<RunRecord> recs = s.tick();
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs[0].reason, QStringLiteral("already running"));
    clock.now = utc("2026-11-23T10:00:00"); // 90 minutes
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("interrupted runs")));
    recs = s.tick();
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs[0].status, QStringLiteral("succeeded"));
    QCOMPARE(recs[0].executedAt, utc("2026-11-23T10:00:00"));
    QCOMPARE(slotsOf(exec.calls), QStringList{"2026-11-23T10:00:00Z"});
    QCOMPARE(db.count(QStringLiteral("id = '%1' AND status = 'failed' AND reason LIKE "
                                     "'interrupted:%'")
                          .arg(crashed.id)),
             1);
    QCOMPARE(db.count("origin = 'desktop' AND status = 'running'"), 1);
}

void TestScheduler::modeParallel()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    clock.now = utc("2026-11-23T09:59:00");
    s.setRules({scheduleRule("r", "0 * * * *", "UTC",
                             with("max_parallel", 2, with("mode", QStringLiteral("parallel"))))});
    RunRecord one = insertRunning(*db.store, "r", "elsewhere-1");
    clock.now = utc("2026-11-23T10:00:00");
    QList<RunRecord> recs = s.tick(); // one running, room for a second
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs[0].status, QStringLiteral("succeeded"));
    QCOMPARE(exec.calls.size(), 1);
    RunRecord two = insertRunning(*db.store, "r", "elsewhere-2");
    clock.now = utc("2026-11-23T11:00:00");
    recs = s.tick(); // two running: it waits
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs[0].status, QStringLiteral("queued"));
    QCOMPARE(exec.calls.size(), 1);
    finish(*db.store, one);
    clock.now += 60;
    recs = s.tick();
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs[0].status, QStringLiteral("succeeded"));
    QCOMPARE(slotsOf(exec.calls), QStringList({"2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z"}));
    finish(*db.store, two);
}

void TestScheduler::eventChainIsCut()
{
    TestDb db(m_path, true);
    FakeClock clock;
    clock.now = utc("2026-11-23T10:00:00");
    RecordingExecutor exec;
    exec.emits = {{"A", "theme_saved"},
                  {"B", "theme_published"},
                  {"C", "deployment_succeeded"},
                  {"D", "deployment_failed"}};
    Scheduler s(*db.store, exec, clock);
    s.setRules({makeRule(eventRuleJson("A", "site_created")),
                makeRule(eventRuleJson("B", "theme_saved")),
                makeRule(eventRuleJson("C", "theme_published")),
                makeRule(eventRuleJson("D", "deployment_succeeded")),
                makeRule(eventRuleJson("E", "deployment_failed")),
                makeRule(eventRuleJson("Other", "asset_uploaded"))});
    Event e;
    e.type = QStringLiteral("site_created");
    e.workspaceId = QStringLiteral("ws1");
    e.payload = samplePayload(e.type, e.workspaceId);
    const QList<RunRecord> recs = s.dispatch(e);
    QStringList ran;
    for (const Call &c : exec.calls)
        ran.append(QStringLiteral("%1@%2").arg(c.rule).arg(c.depth));
    QCOMPARE(ran, QStringList({"A@0", "B@1", "C@2", "D@3"}));
    QCOMPARE(recs.size(), 5);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(recs[i].ruleId, QString(QChar(u'A' + i)));
        QCOMPARE(recs[i].status, QStringLiteral("succeeded"));
        QVERIFY(recs[i].slot.startsWith(QLatin1String("event:")));
    }
    QCOMPARE(recs[4].ruleId, QStringLiteral("E"));
    QCOMPARE(recs[4].status, QStringLiteral("skipped"));
    QVERIFY2(recs[4].reason.contains(QLatin1String("depth")) ||
                 recs[4].reason.contains(QLatin1String("chain")),
             qPrintable(recs[4].reason));
    // Stored: the four runs and the cut; nothing for the rule the event did not trigger.
    QCOMPARE(db.count(), 5);
    QCOMPARE(db.count("rule_id = 'E' AND status = 'skipped'"), 1);
    QCOMPARE(db.count("rule_id = 'Other'"), 0);
    // The cut run's trace says which event it was.
    const RunTrace cut = RunTrace::fromJson(db.all("E").value(0).trace);
    QCOMPARE(cut.event.type, QStringLiteral("deployment_failed"));
    QCOMPARE(cut.event.depth, 4);
}

void TestScheduler::eventRunsOncePerEvent()
{
    TestDb a(m_path, true);
    TestDb b(m_path, false);
    FakeClock clock;
    clock.now = utc("2026-11-23T10:00:00");
    RecordingExecutor exec;
    Scheduler sa(*a.store, exec, clock), sb(*b.store, exec, clock);
    const QList<Rule> rules{makeRule(eventRuleJson("A", "site_created"))};
    sa.setRules(rules);
    sb.setRules(rules);
    Event e;
    e.type = QStringLiteral("site_created");
    e.id = QStringLiteral("evt-1");
    e.payload = samplePayload(e.type);
    QCOMPARE(sa.dispatch(e).size(), 1);
    QVERIFY(sb.dispatch(e).isEmpty()); // the same event delivered twice runs once
    QCOMPARE(exec.calls.size(), 1);
    e.id.clear(); // events without an id are distinct
    QCOMPARE(sa.dispatch(e).size(), 1);
    QCOMPARE(sa.dispatch(e).size(), 1);
    QCOMPARE(exec.calls.size(), 3);
    QCOMPARE(a.count(), 3);
}

// An event that waited in a queue while a rule was saved does not reach that rule.
void TestScheduler::ruleMadeAfterTheEventDoesNotSeeIt()
{
    TestDb a(m_path, true);
    FakeClock clock;
    clock.now = utc("2026-11-23T10:00:00");
    RecordingExecutor exec;
    Scheduler s(*a.store, exec, clock);
    QCborMap older = eventRuleJson("Older", "site_created");
    older.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-23T09:59:59.500Z"));
    QCborMap newer = eventRuleJson("Newer", "site_created");
    newer.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-23T10:00:00.250Z"));
    s.setRules(
        {makeRule(older), makeRule(newer), makeRule(eventRuleJson("Undated", "site_created"))});
    Event e;
    e.type = QStringLiteral("site_created");
    e.payload = samplePayload(e.type);
    e.atMSecs = utc("2026-11-23T10:00:00") * 1000 + 100; // between the two rules
    QStringList ran;
    for (const RunRecord &r : s.dispatch(e))
        ran << r.ruleId;
    ran.sort();
    QCOMPARE(ran, QStringList({"Older", "Undated"}));
    e.atMSecs = 0; // unknown: every rule sees it
    QCOMPARE(s.dispatch(e).size(), 3);
}

void TestScheduler::gateSkips()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    int asked = 0;
    s.setGate([&](const Rule &rule, const Event &) {
        ++asked;
        return rule.name == QLatin1String("A")
                   ? QStringLiteral("plan limit: 100 rule executions a day (free plan)")
                   : QString();
    });
    clock.now = utc("2026-11-23T09:59:00");
    s.setRules({makeRule(eventRuleJson("A", "site_created")),
                makeRule(eventRuleJson("B", "site_created")), scheduleRule("S", "0 10 * * *")});
    Event e;
    e.type = QStringLiteral("site_created");
    e.payload = samplePayload(e.type);
    const QList<RunRecord> recs = s.dispatch(e);
    QCOMPARE(recs.size(), 2);
    QCOMPARE(exec.calls.size(), 1);
    QCOMPARE(exec.calls[0].rule, QStringLiteral("B"));
    QCOMPARE(db.count("rule_id = 'A' AND status = 'skipped' AND reason = "
                      "'plan limit: 100 rule executions a day (free plan)'"),
             1);
    // Schedule runs ask the gate too.
    clock.now = utc("2026-11-23T10:00:00");
    QCOMPARE(s.tick().size(), 1);
    QCOMPARE(asked, 3);
}

void TestScheduler::msUntilNextTick()
{
    TestDb db(m_path, true);
    FakeClock clock;
    RecordingExecutor exec;
    Scheduler s(*db.store, exec, clock);
    clock.now = utc("2026-11-23T10:07:15");
    QCOMPARE(s.msUntilNextTick(), 45000);
    clock.now = utc("2026-11-23T10:08:00");
    QCOMPARE(s.msUntilNextTick(), 60000);
    SystemClock system;
    Scheduler real(*db.store, exec, system);
    const qint64 ms = real.msUntilNextTick();
    QVERIFY(ms > 0 && ms <= 60000);
}

// SqlRunStore on PostgreSQL (ctest tst_scheduler_postgresql starts a throw-away cluster and sets
// SS_TEST_DATABASE=postgresql://user@host:port/db).
void TestScheduler::postgresStore()
{
    const QUrl url(qEnvironmentVariable("SS_TEST_DATABASE"));
    if (url.scheme() != QLatin1String("postgresql"))
        QSKIP("SS_TEST_DATABASE is not a postgresql:// URL");
    struct Pg
    {
        explicit Pg(const QUrl &url)
            : name(QStringLiteral("pg-") + QUuid::createUuid().toString(QUuid::Id128))
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            if (!db.open())
                qFatal("postgres: %s", qPrintable(db.lastError().text()));
            sql = SqlConnection(db, QStringLiteral("BEGIN"), QStringLiteral("pg"));
            store = std::make_unique<SqlRunStore>(sql);
        }
        ~Pg()
        {
            store.reset();
            sql.database().close();
            sql = SqlConnection();
            QSqlDatabase::removeDatabase(name);
        }
        QString name;
        SqlConnection sql;
        std::unique_ptr<SqlRunStore> store;
    };
    Pg a(url), b(url);
    (void)a.sql.exec(QStringLiteral("DROP TABLE IF EXISTS automation_runs"));
    (void)a.sql.exec(QStringLiteral("DROP TABLE IF EXISTS automation_cursors"));
    for (const QString &stmt : SqlRunStore::schemaSql().split(QLatin1Char(';'))) {
        if (!stmt.trimmed().isEmpty()) {
            auto r = a.sql.exec(stmt);
            QVERIFY2(r, SS_WHY(r));
        }
    }
    RunRecord r1;
    r1.ruleId = QStringLiteral("r");
    r1.slot = QStringLiteral("2026-11-23T07:00:00Z");
    r1.scheduledAt = utc("2026-11-23T07:00:00");
    r1.dayKey = QStringLiteral("2026-11-23");
    r1.status = QStringLiteral("queued");
    RunRecord r2 = r1;
    r2.id.clear();
    auto c1 = a.store->claim(r1);
    auto c2 = b.store->claim(r2);
    QVERIFY2(c1 && *c1, SS_WHY(c1));
    QVERIFY2(c2 && !*c2, SS_WHY(c2));
    QCOMPARE(a.store->countForDay(QStringLiteral("r"), QStringLiteral("2026-11-23")).value_or(-1),
             1);
    auto q = b.store->nextQueued(QStringLiteral("r"));
    QVERIFY2(q && q->has_value(), SS_WHY(q));
    QCOMPARE((*q)->id, r1.id);
    QCOMPARE(a.store->takeQueued(r1.id, 100).value_or(false), true);
    QCOMPARE(b.store->takeQueued(r1.id, 100).value_or(true), false);
    QCOMPARE(b.store->failStale(50, QStringLiteral("x")).value_or(-1), 0);
    QCOMPARE(b.store->countRunning(QStringLiteral("r")).value_or(-1), 1);
    r1.status = QStringLiteral("succeeded");
    r1.executedAt = r1.scheduledAt + 5;
    r1.trace.insert(QStringLiteral("x"), 1);
    QVERIFY(a.store->update(r1));
    auto runs = b.store->runs(QStringLiteral("r"), 10);
    QVERIFY2(runs && runs->size() == 1, SS_WHY(runs));
    QCOMPARE(runs->at(0).status, QStringLiteral("succeeded"));
    QCOMPARE(runs->at(0).executedAt, r1.executedAt);
    QCOMPARE(runs->at(0).trace.value(QStringLiteral("x")).toInteger(), 1);
    QVERIFY(a.store->setCursor(QStringLiteral("r"), 200));
    QVERIFY(b.store->setCursor(QStringLiteral("r"), 100));
    QCOMPARE(b.store->cursor(QStringLiteral("r"))->value_or(-1), 200);
    QVERIFY(b.store->setCursor(QStringLiteral("r"), 300));
    QCOMPARE(a.store->cursor(QStringLiteral("r"))->value_or(-1), 300);
    QVERIFY(a.store->setCursors({{QStringLiteral("r"), 250}, {QStringLiteral("s"), 7}}));
    QCOMPARE(b.store->cursor(QStringLiteral("r"))->value_or(-1), 300);
    QCOMPARE(b.store->cursor(QStringLiteral("s"))->value_or(-1), 7);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
