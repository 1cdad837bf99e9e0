#pragma once

#include "automation.h"

namespace ss::automation {

// The executor of dry runs (the designer's "Test run", `sitestudio-cli rules run --dry-run`, the
// server's POST /rules/{id}/test): says what each action would do and changes nothing.
class DescribingExecutor : public ActionExecutor
{
public:
    ActionResult execute(const Rule &rule, const Action &action, const Event &event,
                         bool dryRun) override;
    // "would publish the site's active theme", "would POST the event to https://…", …
    static QString describe(const Action &action);
};

} // namespace ss::automation
