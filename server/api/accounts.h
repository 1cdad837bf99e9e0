#pragma once

#include "apicall.h"

namespace ss::server {

// Resolves the bearer token of the call into call.accountId / call.accountTier (401 if it cannot).
std::expected<void, ApiError> authenticate(ApiCall &call);

// The plan of an account and its current usage, as GET /account returns it.
Result<QCborMap> accountJson(ServerDatabase &db, const QString &accountId);

} // namespace ss::server
