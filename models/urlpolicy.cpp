#include "urlpolicy.h"

#include <QRegularExpression>

namespace ss::urlpolicy {

namespace {

// What a browser does before parsing: strip leading/trailing C0 controls and spaces, remove tabs
// and newlines anywhere.
QString normalized(const QString &value)
{
    QString s;
    s.reserve(value.size());
    for (QChar c : value)
        if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            s += c;
    qsizetype b = 0, e = s.size();
    while (b < e && s.at(b).unicode() <= 0x20)
        ++b;
    while (e > b && s.at(e - 1).unicode() <= 0x20)
        --e;
    return s.mid(b, e - b);
}

// The scheme (lowercase) if the URL has one: letters before the first ':' that comes before any
// '/', '?' or '#'.
QString schemeOf(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char(':'))
            return s.left(i).toLower();
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#'))
            return {};
    }
    return {};
}

bool hasControl(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

} // namespace

bool isSafeRelativePath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._/-]*$"));
    if (!re.match(path).hasMatch())
        return false;
    for (const QString &part : path.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    return true;
}

QString link(const QString &value, const QString &base)
{
    const QString s = normalized(value);
    if (s.isEmpty() || hasControl(s))
        return {};
    const QString scheme = schemeOf(s);
    if (!scheme.isEmpty()) {
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
            scheme == QLatin1String("mailto") || scheme == QLatin1String("tel"))
            return s;
        return {};
    }
    if (s.startsWith(QLatin1String("//")))
        return s; // protocol-relative: http(s)
    if (s.startsWith(QLatin1Char('/'))) {
        // A site path: make it relative to the page so the site works from any folder.
        QString path = s.mid(1);
        QString suffix;
        const qsizetype q = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
        if (q >= 0) {
            suffix = path.mid(q);
            path = path.left(q);
        }
        if (!path.isEmpty() && !path.endsWith(QLatin1Char('/')) &&
            !path.section(QLatin1Char('/'), -1).contains(QLatin1Char('.')))
            path += QLatin1Char('/');
        const QString rel = base + path;
        return (rel.isEmpty() ? QStringLiteral("./") : rel) + suffix;
    }
    return s; // "#anchor", "page.html", "../x"
}

QString image(const QString &value, const QString &base)
{
    const QString s = normalized(value);
    if (s.isEmpty() || hasControl(s))
        return {};
    static const QRegularExpression asset(QStringLiteral("^assets/[0-9a-f]{64}\\.[a-z0-9]{1,8}$"));
    if (asset.match(s).hasMatch())
        return base + s;
    if (s.startsWith(QLatin1String("theme:"))) {
        const QString path = s.mid(6);
        return isSafeRelativePath(path) ? base + QStringLiteral("theme/") + path : QString();
    }
    const QString scheme = schemeOf(s);
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        return s;
    return {};
}

QString videoEmbed(const QString &value)
{
    const QString s = normalized(value);
    static const QRegularExpression yt(QStringLiteral(
        "^https?://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/)|"
        "youtube-nocookie\\.com/embed/|youtu\\.be/)([A-Za-z0-9_-]{11})(?:[?&#/].*)?$"));
    static const QRegularExpression vimeo(
        QStringLiteral("^https?://(?:www\\.)?(?:vimeo\\.com/|player\\.vimeo\\.com/video/"
                       ")([0-9]{1,12})(?:[?#/].*)?$"));
    if (auto m = yt.match(s); m.hasMatch())
        return QStringLiteral("https://www.youtube-nocookie.com/embed/") + m.captured(1);
    if (auto m = vimeo.match(s); m.hasMatch())
        return QStringLiteral("https://player.vimeo.com/video/") + m.captured(1);
    return {};
}

QString color(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$"));
    const QString s = value.trimmed();
    return re.match(s).hasMatch() ? s : QString();
}

QString phone(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9][0-9 ().-]{1,30}$"));
    const QString s = value.trimmed();
    return re.match(s).hasMatch() ? s : QString();
}

QString email(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}$"));
    const QString s = value.trimmed();
    return re.match(s).hasMatch() ? s : QString();
}

QString cssLength(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:0|[0-9]{1,5}(?:\\.[0-9]{1,3})?(?:px|rem|em|%|ch|vw|vh))$"));
    const QString s = value.trimmed();
    return re.match(s).hasMatch() ? s : QString();
}

} // namespace ss::urlpolicy
