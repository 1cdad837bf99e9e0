#pragma once

#include "apicall.h"

#include <optional>

namespace ss::server {

struct PublishOutcome
{
    QString customizationId;
    QString workspaceId;
    qint64 revision = 0;
    QString previousCustomizationId; // what was live before ("" if nothing)
    qint64 previousRevision = -1;
};

// The theme module's publish (the pointer swap), callable without an HTTP request: validates the
// revision (default: the customization's current one), makes it the workspace's live
// customization, records the publish history and the change feed and emits theme_published.
// Also emits deployment_succeeded (kind: `kind`, "publish" or "rollback"). Runs inside the
// caller's transaction.
std::expected<PublishOutcome, ApiError>
publishCustomization(ServerDatabase &db, const ServerConfig &config, const QString &accountId,
                     const QString &customizationId, std::optional<qint64> revision = {},
                     const QString &kind = QStringLiteral("publish"));

} // namespace ss::server
