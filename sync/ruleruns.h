#pragma once

#include "result.h"

#include <QCborArray>
#include <QString>

namespace ss {
class LocalCache;
}

namespace ss::sync {

// Stores the runs sitehostd returned for a rule (GET /api/v1/rules/{id}/runs) in the cache's
// automation_runs, so the run history shows the server's runs next to this computer's: a run
// the cache has (same rule and slot) takes the server's status, reason and trace. All or nothing.
// Returns how many runs were stored.
Result<int> storeServerRuns(LocalCache &cache, const QString &ruleId, const QCborArray &runs);

} // namespace ss::sync
