#pragma once

// Automation events raised by the API modules (issue 6, "Where rules run"). A module calls
// emitEvent() inside its request; the event is held by the request's collector and handed to the
// AutomationService only after the request's transaction commits (or, for events that describe a
// refusal such as sync_conflict, after the request ends whatever happened). Outside a request
// (sitehostd's own commands such as set-tier, in another process) they are stored in the
// automation_events table, in the change's transaction, and a running sitehostd drains them.

#include "automation.h"

#include <QCborMap>
#include <QList>
#include <QString>

namespace ss::server {

class ServerDatabase;

struct PendingEvent
{
    QString accountId;
    automation::Event event;
    bool evenOnFailure = false; // emitted although the request's transaction rolled back
};

// Collects the events of one request on this thread (RAII; nests by saving the outer one).
class EventCollector
{
public:
    EventCollector();
    ~EventCollector();
    EventCollector(const EventCollector &) = delete;
    EventCollector &operator=(const EventCollector &) = delete;

    // The events to emit now that the request ended: all of them when it committed, only the
    // evenOnFailure ones otherwise.
    QList<PendingEvent> take(bool committed);

    static EventCollector *current();
    void add(PendingEvent e) { m_events.append(std::move(e)); }

private:
    QList<PendingEvent> m_events;
    EventCollector *m_outer = nullptr;
};

// Queues an event in the current request's collector (outside a request: automation_events). The
// payload is
// completed with the workspace's common fields and conformed to the event type's schema.
// `siteRulesOnly`: see automation::Event::siteRulesOnly.
void emitEvent(ServerDatabase &db, const QString &accountId, const QString &type,
               const QString &workspaceId, QCborMap payload, bool evenOnFailure = false,
               bool siteRulesOnly = false);

// Takes up to `limit` events stored outside a request (oldest first); each is deleted by the
// instance that dispatches it, so several instances on one database never run it twice.
QList<PendingEvent> drainStoredEvents(ServerDatabase &db, int limit = 100);

// The fields every site event carries (workspace_id, site_name, subdomain, tier, ...), read from
// the database; empty map if the workspace is gone.
QCborMap workspacePayload(ServerDatabase &db, const QString &workspaceId);

// Completes `payload` to the schema of event `type`: every field of the type present (missing ones
// get a typed empty value), nothing else.
QCborMap conformPayload(const QString &type, const QCborMap &payload);

// The account's rule executions (queued, running, succeeded, failed; any origin) on the UTC day of
// `secs`: the plan limit dailyExecutions and GET /account's usage.executions_today.
int accountExecutionsOnUtcDay(ServerDatabase &db, const QString &accountId, qint64 secs);

// Builds an automation event (type, workspace, conformed payload, account: the site's owner, else
// `accountId`). Every event the server dispatches carries its account: account-wide rules
// (Rule::accountId) match only their own account's events.
automation::Event makeEvent(ServerDatabase &db, const QString &type, const QString &workspaceId,
                            QCborMap payload, const QString &accountId = {});

// The account that owns the workspace ("" if there is none).
QString workspaceAccount(ServerDatabase &db, const QString &workspaceId);

} // namespace ss::server
