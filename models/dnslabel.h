#pragma once

#include <QString>

namespace ss {

// A DNS label from a name ("Café Bella!" -> "cafe-bella"): lowercase a-z, 0-9 and '-', no leading
// or trailing '-', at most `maxLength` (<= 63) characters; "site" when nothing is left.
QString dnsLabelFrom(const QString &name, int maxLength = 63);
bool isValidDnsLabel(const QString &label);

} // namespace ss
