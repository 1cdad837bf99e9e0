#pragma once

#include "apicall.h"

namespace ss::server {

// Resolves the bearer token of the call into call.accountId / call.accountTier (401 if it cannot).
std::expected<void, ApiError> authenticate(ApiCall &call);

// Moves an account to another plan (the API's PUT /account/plan and `sitehostd set-tier`):
// refuses a downgrade that does not fit (409 plan_limit) and migrates every site's hosting.
std::expected<void, ApiError> changeTier(ServerDatabase &db, const QString &accountId,
                                         const QString &tier);

// Queues a tier_changed automation event for every site of the account (after commit).
void emitTierChanged(ServerDatabase &db, const QString &accountId, const QString &from,
                     const QString &to);

// The plan of an account and its current usage, as GET /account returns it.
Result<QCborMap> accountJson(ServerDatabase &db, const QString &accountId);

} // namespace ss::server
