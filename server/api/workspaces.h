#pragma once

#include "apicall.h"

namespace ss::server {

// 404 unless the workspace exists and belongs to the caller (another account's ids look absent).
std::expected<void, ApiError> requireOwnWorkspace(ApiCall &call, const QString &workspaceId);

// Deletes the automation runs and cursors of the workspace's rules (rules.cpp).
Result<void> deleteRuleRunsOfWorkspace(ServerDatabase &db, const QString &workspaceId);

} // namespace ss::server
