#include "dnslabel.h"

#include <QRegularExpression>

namespace ss {

QString dnsLabelFrom(const QString &name, int maxLength)
{
    const QString s = name.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (QChar c : s) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed "é"
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    out.truncate(std::min(maxLength, 63));
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("site") : out;
}

bool isValidDnsLabel(const QString &label)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    return re.match(label).hasMatch();
}

} // namespace ss
