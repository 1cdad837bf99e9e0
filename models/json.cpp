#include "json.h"

#include <QCborArray>
#include <QCborMap>
#include <QSet>

#include <charconv>
#include <cmath>

namespace ss::json {

namespace {

class Parser
{
public:
    Parser(const QByteArray &text, const ParseLimits &limits)
        : m_begin(text.constData())
        , m_p(text.constData())
        , m_end(text.constData() + text.size())
        , m_limits(limits)
    {}

    Result<QCborValue> run()
    {
        skipBom();
        skipWs();
        QCborValue v;
        if (!value(v, 0))
            return std::unexpected(m_error);
        skipWs();
        if (m_p != m_end)
            return error(QStringLiteral("unexpected data after the JSON value"));
        return v;
    }

private:
    std::unexpected<Error> error(const QString &msg)
    {
        setError(msg);
        return std::unexpected(m_error);
    }

    bool setError(const QString &msg)
    {
        if (!m_error.message.isEmpty())
            return false;
        int line = 1;
        const char *lineStart = m_begin;
        for (const char *c = m_begin; c < m_p && c < m_end; ++c) {
            if (*c == '\n') {
                ++line;
                lineStart = c + 1;
            }
        }
        // Column in characters (UTF-8 continuation bytes do not count).
        int column = 1;
        for (const char *c = lineStart; c < m_p && c < m_end; ++c)
            if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80)
                ++column;
        m_error.where = QStringLiteral("line %1, column %2").arg(line).arg(column);
        m_error.message = msg;
        return false;
    }

    void skipBom()
    {
        if (m_end - m_p >= 3 && static_cast<unsigned char>(m_p[0]) == 0xEF &&
            static_cast<unsigned char>(m_p[1]) == 0xBB &&
            static_cast<unsigned char>(m_p[2]) == 0xBF)
            m_p += 3;
    }

    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char *word, QCborValue result, QCborValue &out)
    {
        const qsizetype n = qstrlen(word);
        if (m_end - m_p < n || qstrncmp(m_p, word, n) != 0)
            return setError(m_p >= m_end ? QStringLiteral("unexpected end of input (truncated?)")
                                         : QStringLiteral("invalid value"));
        m_p += n;
        out = std::move(result);
        return true;
    }

    bool value(QCborValue &out, int depth)
    {
        if (m_p >= m_end)
            return setError(QStringLiteral("unexpected end of input (truncated?)"));
        switch (*m_p) {
        case '{':
            return object(out, depth + 1);
        case '[':
            return array(out, depth + 1);
        case '"': {
            QString s;
            if (!string(s))
                return false;
            out = QCborValue(std::move(s));
            return true;
        }
        case 't':
            return literal("true", QCborValue(true), out);
        case 'f':
            return literal("false", QCborValue(false), out);
        case 'n':
            return literal("null", QCborValue(nullptr), out);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return number(out);
            return setError(QStringLiteral("invalid value"));
        }
    }

    bool enter(int depth)
    {
        if (depth > m_limits.maxDepth)
            return setError(QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth));
        return true;
    }

    bool object(QCborValue &out, int depth)
    {
        if (!enter(depth))
            return false;
        ++m_p; // {
        QCborMap map;
        QSet<QString> seen; // only used for large objects; small ones are checked in place
        skipWs();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            out = std::move(map);
            return true;
        }
        for (;;) {
            skipWs();
            if (m_p >= m_end)
                return setError(
                    QStringLiteral("unexpected end of input inside an object (truncated?)"));
            if (*m_p != '"')
                return setError(QStringLiteral("expected a string key"));
            const char *keyPos = m_p;
            QString key;
            if (!string(key))
                return false;
            bool duplicate = false;
            if (map.size() < 16) {
                duplicate = map.contains(key); // a short linear scan, no allocation
            } else {
                if (seen.isEmpty())
                    for (auto it = map.cbegin(); it != map.cend(); ++it)
                        seen.insert(it.key().toString());
                duplicate = seen.contains(key);
                seen.insert(key);
            }
            if (duplicate) {
                m_p = keyPos;
                return setError(QStringLiteral("duplicate key \"%1\"").arg(key));
            }
            skipWs();
            if (m_p >= m_end)
                return setError(
                    QStringLiteral("unexpected end of input inside an object (truncated?)"));
            if (*m_p != ':')
                return setError(QStringLiteral("expected ':' after key \"%1\"").arg(key));
            ++m_p;
            skipWs();
            QCborValue v;
            if (!value(v, depth))
                return false;
            map.insert(key, std::move(v));
            skipWs();
            if (m_p >= m_end)
                return setError(
                    QStringLiteral("unexpected end of input inside an object (truncated?)"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                out = std::move(map);
                return true;
            }
            return setError(QStringLiteral("expected ',' or '}' in an object"));
        }
    }

    bool array(QCborValue &out, int depth)
    {
        if (!enter(depth))
            return false;
        ++m_p; // [
        QCborArray arr;
        skipWs();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            out = std::move(arr);
            return true;
        }
        for (;;) {
            skipWs();
            QCborValue v;
            if (!value(v, depth))
                return false;
            arr.append(std::move(v));
            skipWs();
            if (m_p >= m_end)
                return setError(
                    QStringLiteral("unexpected end of input inside an array (truncated?)"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                out = std::move(arr);
                return true;
            }
            return setError(QStringLiteral("expected ',' or ']' in an array"));
        }
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(char16_t &out)
    {
        if (m_end - m_p < 4)
            return setError(QStringLiteral("unexpected end of input in a \\u escape"));
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(m_p[i]);
            if (h < 0)
                return setError(QStringLiteral("invalid \\u escape"));
            v = v * 16 + h;
        }
        m_p += 4;
        out = static_cast<char16_t>(v);
        return true;
    }

    // Validates one UTF-8 sequence starting at m_p; advances past it.
    bool utf8Sequence()
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_p);
        const auto *end = reinterpret_cast<const unsigned char *>(m_end);
        const unsigned char c = p[0];
        int len = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return setError(
                QStringLiteral("invalid UTF-8 byte 0x%1").arg(c, 2, 16, QLatin1Char('0')));
        }
        if (end - p < len)
            return setError(QStringLiteral("truncated UTF-8 sequence"));
        for (int i = 1; i < len; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return setError(QStringLiteral("invalid UTF-8 sequence"));
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return setError(QStringLiteral("invalid UTF-8 sequence"));
        m_p += len;
        return true;
    }

    bool string(QString &out)
    {
        ++m_p; // opening quote
        const char *runStart = m_p;
        bool plain = true; // no escapes so far: decode the whole run at once
        QString result;
        auto flushRun = [&](const char *upTo) {
            if (upTo > runStart)
                result.append(QString::fromUtf8(runStart, upTo - runStart));
        };
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (plain)
                    out = QString::fromUtf8(runStart, m_p - runStart);
                else {
                    flushRun(m_p);
                    out = std::move(result);
                }
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return setError(
                    QStringLiteral("control character in a string (unescaped newline?)"));
            if (c == '\\') {
                plain = false;
                flushRun(m_p);
                ++m_p;
                if (m_p >= m_end)
                    return setError(
                        QStringLiteral("unexpected end of input in a string (truncated?)"));
                const char e = *m_p++;
                switch (e) {
                case '"':
                    result.append(QLatin1Char('"'));
                    break;
                case '\\':
                    result.append(QLatin1Char('\\'));
                    break;
                case '/':
                    result.append(QLatin1Char('/'));
                    break;
                case 'b':
                    result.append(QLatin1Char('\b'));
                    break;
                case 'f':
                    result.append(QLatin1Char('\f'));
                    break;
                case 'n':
                    result.append(QLatin1Char('\n'));
                    break;
                case 'r':
                    result.append(QLatin1Char('\r'));
                    break;
                case 't':
                    result.append(QLatin1Char('\t'));
                    break;
                case 'u': {
                    char16_t hi = 0;
                    if (!hex4(hi))
                        return false;
                    if (QChar::isHighSurrogate(hi)) {
                        char16_t lo = 0;
                        if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                            return setError(QStringLiteral("lone surrogate in a \\u escape"));
                        m_p += 2;
                        if (!hex4(lo))
                            return false;
                        if (!QChar::isLowSurrogate(lo))
                            return setError(QStringLiteral("lone surrogate in a \\u escape"));
                        result.append(QChar(hi));
                        result.append(QChar(lo));
                    } else if (QChar::isLowSurrogate(hi)) {
                        return setError(QStringLiteral("lone surrogate in a \\u escape"));
                    } else {
                        result.append(QChar(hi));
                    }
                    break;
                }
                default:
                    --m_p;
                    return setError(QStringLiteral("invalid escape \\%1").arg(QLatin1Char(e)));
                }
                runStart = m_p;
                continue;
            }
            if (c >= 0x80) {
                if (!utf8Sequence())
                    return false;
                continue;
            }
            ++m_p;
        }
        return setError(QStringLiteral("unexpected end of input in a string (truncated?)"));
    }

    bool number(QCborValue &out)
    {
        const char *start = m_p;
        bool isInteger = true;
        if (*m_p == '-')
            ++m_p;
        if (m_p >= m_end || !(*m_p >= '0' && *m_p <= '9'))
            return setError(QStringLiteral("invalid number"));
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && *m_p == '.') {
            isInteger = false;
            ++m_p;
            if (m_p >= m_end || !(*m_p >= '0' && *m_p <= '9'))
                return setError(QStringLiteral("invalid number"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            isInteger = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || !(*m_p >= '0' && *m_p <= '9'))
                return setError(QStringLiteral("invalid number"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (isInteger) {
            qint64 i = 0;
            const auto r = std::from_chars(start, m_p, i);
            if (r.ec == std::errc() && r.ptr == m_p) {
                out = QCborValue(i);
                return true;
            }
        }
        double d = 0;
        const auto r = std::from_chars(start, m_p, d);
        if (r.ec != std::errc() || !std::isfinite(d)) {
            m_p = start;
            return setError(QStringLiteral("number out of range"));
        }
        out = QCborValue(d);
        return true;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    ParseLimits m_limits;
    Error m_error;
};

void writeString(QByteArray &out, const QString &s)
{
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    const char *p = utf8.constData();
    const char *run = p;
    const char *end = p + utf8.size();
    static const char digits[] = "0123456789abcdef";
    for (; p < end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default: {
            const char esc[] = {'\\', 'u', '0', '0', digits[c >> 4], digits[c & 15]};
            out.append(esc, 6);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void writeDouble(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out.append("null");
        return;
    }
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    out.append(buf, r.ptr - buf);
}

void indent(QByteArray &out, int level)
{
    out.append('\n');
    out.append(QByteArray(level * 2, ' '));
}

void writeValue(QByteArray &out, const QCborValue &v, Style style, int level)
{
    switch (v.type()) {
    case QCborValue::Integer: {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v.toInteger());
        out.append(buf, r.ptr - buf);
        break;
    }
    case QCborValue::Double:
        writeDouble(out, v.toDouble());
        break;
    case QCborValue::String:
        writeString(out, v.toString());
        break;
    case QCborValue::True:
        out.append("true");
        break;
    case QCborValue::False:
        out.append("false");
        break;
    case QCborValue::Array: {
        const QCborArray a = v.toArray();
        if (a.isEmpty()) {
            out.append("[]");
            break;
        }
        out.append('[');
        bool first = true;
        for (const QCborValue &e : a) {
            if (!first)
                out.append(',');
            first = false;
            if (style == Style::Indented)
                indent(out, level + 1);
            writeValue(out, e, style, level + 1);
        }
        if (style == Style::Indented)
            indent(out, level);
        out.append(']');
        break;
    }
    case QCborValue::Map: {
        const QCborMap m = v.toMap();
        if (m.isEmpty()) {
            out.append("{}");
            break;
        }
        out.append('{');
        bool first = true;
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            if (!first)
                out.append(',');
            first = false;
            if (style == Style::Indented)
                indent(out, level + 1);
            writeString(out, it.key().toString());
            out.append(style == Style::Indented ? ": " : ":");
            writeValue(out, it.value(), style, level + 1);
        }
        if (style == Style::Indented)
            indent(out, level);
        out.append('}');
        break;
    }
    default:
        out.append("null");
        break;
    }
}

bool isNumber(const QCborValue &v)
{
    return v.isInteger() || v.isDouble();
}

} // namespace

Result<QCborValue> parse(const QByteArray &text, const ParseLimits &limits)
{
    if (text.size() > limits.maxBytes) {
        return fail(QStringLiteral("document is %1 MiB; the limit is %2 MiB")
                        .arg(double(text.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(limits.maxBytes / (1024 * 1024)));
    }
    if (text.isEmpty())
        return fail(QStringLiteral("empty document"));
    return Parser(text, limits).run();
}

void writeTo(QByteArray &out, const QCborValue &value, Style style)
{
    writeValue(out, value, style, 0);
}

QByteArray write(const QCborValue &value, Style style)
{
    QByteArray out;
    writeValue(out, value, style, 0);
    if (style == Style::Indented)
        out.append('\n');
    return out;
}

bool equal(const QCborValue &a, const QCborValue &b, bool orderMatters)
{
    if (isNumber(a) && isNumber(b)) {
        if (a.isInteger() && b.isInteger())
            return a.toInteger() == b.toInteger();
        return a.toDouble() == b.toDouble();
    }
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QCborArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!equal(x.at(i), y.at(i), orderMatters))
                return false;
        return true;
    }
    if (a.isMap()) {
        const QCborMap x = a.toMap(), y = b.toMap();
        if (x.size() != y.size())
            return false;
        if (orderMatters) {
            for (auto i = x.cbegin(), j = y.cbegin(); i != x.cend(); ++i, ++j)
                if (i.key() != j.key() || !equal(i.value(), j.value(), orderMatters))
                    return false;
            return true;
        }
        for (auto i = x.cbegin(); i != x.cend(); ++i) {
            const QCborValue other = y.value(i.key());
            if (other.isUndefined() || !equal(i.value(), other, orderMatters))
                return false;
        }
        return true;
    }
    return a == b;
}

QString typeName(const QCborValue &v)
{
    switch (v.type()) {
    case QCborValue::Integer:
    case QCborValue::Double:
        return QStringLiteral("number");
    case QCborValue::String:
        return QStringLiteral("string");
    case QCborValue::True:
    case QCborValue::False:
        return QStringLiteral("boolean");
    case QCborValue::Null:
        return QStringLiteral("null");
    case QCborValue::Array:
        return QStringLiteral("array");
    case QCborValue::Map:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

} // namespace ss::json
