#include "clicontext.h"

namespace ss {

void registerSiteCommands(QList<CliCommand> &) {}

} // namespace ss
