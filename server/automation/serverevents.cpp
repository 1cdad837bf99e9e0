#include "serverevents.h"

#include "json.h"
#include "logging.h"
#include "serverconfig.h"
#include "storage/serverdatabase.h"

#include <QCborArray>
#include <QDateTime>

#include <tuple>

namespace ss::server {

namespace {
thread_local EventCollector *t_collector = nullptr;
} // namespace

EventCollector::EventCollector()
    : m_outer(t_collector)
{
    t_collector = this;
}

EventCollector::~EventCollector()
{
    t_collector = m_outer;
}

EventCollector *EventCollector::current()
{
    return t_collector;
}

QList<PendingEvent> EventCollector::take(bool committed)
{
    QList<PendingEvent> out;
    for (PendingEvent &e : m_events)
        if (committed || e.evenOnFailure)
            out.append(std::move(e));
    m_events.clear();
    return out;
}

QCborMap workspacePayload(ServerDatabase &db, const QString &workspaceId)
{
    QCborMap m;
    if (workspaceId.isEmpty())
        return m;
    auto q = db.exec(QStringLiteral("SELECT w.name, w.slug, w.type, a.tier "
                                    "FROM workspaces w JOIN accounts a ON a.id = w.account_id "
                                    "WHERE w.id = ?"),
                     {workspaceId});
    if (!q || !q->next())
        return m;
    // The fields of the events' schemas that come from the site (models/automation.cpp).
    m.insert(QStringLiteral("workspace_id"), workspaceId);
    m.insert(QStringLiteral("name"), q->value(0).toString());
    m.insert(QStringLiteral("subdomain"), q->value(1).toString());
    m.insert(QStringLiteral("slug"), q->value(1).toString());
    m.insert(QStringLiteral("type"), q->value(2).toString());
    m.insert(QStringLiteral("tier"), q->value(3).toString());
    m.insert(QStringLiteral("account_tier"), q->value(3).toString());
    return m;
}

QCborMap conformPayload(const QString &type, const QCborMap &payload)
{
    const automation::EventType *t = automation::eventType(type);
    if (!t)
        return payload;
    QCborMap out;
    for (const automation::EventField &f : t->fields) {
        const QCborValue v = payload.value(f.name);
        if (!v.isUndefined() && !v.isNull()) {
            out.insert(f.name, v);
            continue;
        }
        switch (f.type) {
        case automation::FieldType::String:
            out.insert(f.name, QString());
            break;
        case automation::FieldType::Integer:
            out.insert(f.name, 0);
            break;
        case automation::FieldType::Number:
            out.insert(f.name, 0.0);
            break;
        case automation::FieldType::Boolean:
            out.insert(f.name, false);
            break;
        case automation::FieldType::Timestamp:
            out.insert(f.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            break;
        case automation::FieldType::StringList:
            out.insert(f.name, QCborArray());
            break;
        }
    }
    return out;
}

QString workspaceAccount(ServerDatabase &db, const QString &workspaceId)
{
    if (workspaceId.isEmpty())
        return {};
    auto q =
        db.exec(QStringLiteral("SELECT account_id FROM workspaces WHERE id = ?"), {workspaceId});
    return q && q->next() ? q->value(0).toString() : QString();
}

automation::Event makeEvent(ServerDatabase &db, const QString &type, const QString &workspaceId,
                            QCborMap payload, const QString &accountId)
{
    QCborMap full = workspacePayload(db, workspaceId);
    for (auto it = payload.cbegin(); it != payload.cend(); ++it)
        full.insert(it.key(), it.value());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!full.contains(QStringLiteral("occurred_at")))
        full.insert(QStringLiteral("occurred_at"), now);
    automation::Event e;
    e.type = type;
    e.workspaceId = workspaceId;
    e.atMSecs = QDateTime::currentMSecsSinceEpoch(); // rules saved after this do not see it
    // The account whose rules see it: the site's owner (account-wide rules of another account
    // never do); an event without a site (or of a site deleted meanwhile) is the given account's.
    e.accountId = workspaceAccount(db, workspaceId);
    if (e.accountId.isEmpty())
        e.accountId = accountId;
    e.payload = conformPayload(type, full);
    return e;
}

int accountExecutionsOnUtcDay(ServerDatabase &db, const QString &accountId, qint64 secs)
{
    const qint64 dayStart = secs - (secs % 86400);
    auto c =
        db.exec(QStringLiteral("SELECT COUNT(*) FROM automation_runs r JOIN rules ru ON ru.id = "
                               "r.rule_id WHERE ru.account_id = ? AND r.scheduled_at >= ? AND "
                               "r.scheduled_at < ? AND r.status IN ('queued', 'running', "
                               "'succeeded', 'failed')"),
                {accountId, dayStart, dayStart + 86400});
    return c && c->next() ? c->value(0).toInt() : 0;
}

void emitEvent(ServerDatabase &db, const QString &accountId, const QString &type,
               const QString &workspaceId, QCborMap payload, bool evenOnFailure, bool siteRulesOnly)
{
    automation::Event event = makeEvent(db, type, workspaceId, std::move(payload), accountId);
    event.siteRulesOnly = siteRulesOnly;
    EventCollector *c = EventCollector::current();
    if (c) {
        c->add(PendingEvent{accountId, std::move(event), evenOnFailure});
        return;
    }
    // Outside a request (a sitehostd command in its own process): stored with the change, in its
    // transaction, for the running sitehostd's automation thread (drainStoredEvents).
    if (auto e = db.exec(QStringLiteral("INSERT INTO automation_events (account_id, event, "
                                        "created_at) VALUES (?, ?, ?)"),
                         {event.accountId.isEmpty() ? accountId : event.accountId,
                          QString::fromUtf8(json::write(event.toJson())),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !e)
        qCWarning(lcAutomation).noquote()
            << "automation: cannot store a" << type << "event:" << e.error().toString();
}

QList<PendingEvent> drainStoredEvents(ServerDatabase &db, int limit)
{
    QList<PendingEvent> out;
    auto q = db.exec(QStringLiteral("SELECT seq, account_id, event FROM automation_events ORDER BY "
                                    "seq LIMIT ?"),
                     {limit});
    if (!q)
        return out;
    QList<std::tuple<qint64, QString, QString>> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    for (const auto &[seq, account, text] : rows) {
        // Whoever deletes the row dispatches it: several sitehostd instances never run it twice.
        auto del = db.exec(QStringLiteral("DELETE FROM automation_events WHERE seq = ?"), {seq});
        if (!del || del->numRowsAffected() != 1)
            continue;
        auto parsed = json::parse(text.toUtf8());
        if (!parsed || !parsed->isMap())
            continue;
        out.append(PendingEvent{account, automation::Event::fromJson(parsed->toMap()), false});
    }
    return out;
}

} // namespace ss::server
