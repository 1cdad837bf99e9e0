#include "logging.h"

namespace ss {
Q_LOGGING_CATEGORY(lcDocument, "sitestudio.models.document", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRender, "sitestudio.models.render", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTheme, "sitestudio.models.theme", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "sitestudio.models.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSql, "sitestudio.models.sql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAutomation, "sitestudio.automation", QtInfoMsg)
} // namespace ss
