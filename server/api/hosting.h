#pragma once

#include "result.h"

#include <QCborMap>
#include <QString>

namespace ss::server {

class ServerDatabase;
struct ServerConfig;

// The hosting module. The workspace module tells it about workspaces through these events, in the
// same transaction; it never touches themes (it only reads which revision is live, for its log).
namespace hosting {

struct WorkspaceEvent
{
    QString workspaceId;
    QString accountId;
    QString slug;
    QString tier;
};

Result<void> onWorkspaceCreated(ServerDatabase &db, const WorkspaceEvent &e);
Result<void> onTierChanged(ServerDatabase &db, const QString &accountId, const QString &fromTier,
                           const QString &toTier);
Result<void> onWorkspaceDeleted(ServerDatabase &db, const WorkspaceEvent &e);

Result<QCborMap> hostingJson(ServerDatabase &db, const ServerConfig &config,
                             const QString &workspaceId);
Result<QCborValue> deploymentsJson(ServerDatabase &db, const QString &workspaceId);
Result<void> logDeployment(ServerDatabase &db, const QString &workspaceId, const QString &accountId,
                           const QString &kind, const QString &status, const QCborMap &details);

} // namespace hosting
} // namespace ss::server
