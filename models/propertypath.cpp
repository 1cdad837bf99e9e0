#include "propertypath.h"

#include "json.h"

#include <QCborArray>
#include <QCborMap>

namespace ss {

Result<PropertyPath> PropertyPath::parse(const QString &text)
{
    PropertyPath path;
    if (text.isEmpty())
        return fail(QStringLiteral("empty property path"));
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool expectKey = true;
    while (i < n) {
        if (text.at(i) == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return fail(QStringLiteral("missing ']' in property path \"%1\"").arg(text));
            bool ok = false;
            const qsizetype index = text.mid(i + 1, close - i - 1).toLongLong(&ok);
            if (!ok || index < 0)
                return fail(QStringLiteral("invalid index in property path \"%1\"").arg(text));
            path.m_steps.append(Step{QString(), index});
            i = close + 1;
            expectKey = false;
            if (i < n && text.at(i) == QLatin1Char('.')) {
                ++i;
                expectKey = true;
                if (i == n)
                    return fail(QStringLiteral("property path \"%1\" ends with '.'").arg(text));
            }
            continue;
        }
        if (!expectKey)
            return fail(QStringLiteral("invalid property path \"%1\"").arg(text));
        qsizetype j = i;
        while (j < n && text.at(j) != QLatin1Char('.') && text.at(j) != QLatin1Char('['))
            ++j;
        if (j == i)
            return fail(QStringLiteral("empty key in property path \"%1\"").arg(text));
        path.m_steps.append(Step{text.mid(i, j - i), -1});
        i = j;
        expectKey = false;
        if (i < n && text.at(i) == QLatin1Char('.')) {
            ++i;
            expectKey = true;
            if (i == n)
                return fail(QStringLiteral("property path \"%1\" ends with '.'").arg(text));
        }
    }
    return path;
}

PropertyPath PropertyPath::fromSteps(QList<Step> steps)
{
    PropertyPath p;
    p.m_steps = std::move(steps);
    return p;
}

QString PropertyPath::toString() const
{
    QString out;
    for (const Step &s : m_steps) {
        if (s.isIndex()) {
            out += QLatin1Char('[') + QString::number(s.index) + QLatin1Char(']');
        } else {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += s.key;
        }
    }
    return out;
}

bool PropertyPath::isWithin(const PropertyPath &other) const
{
    if (other.m_steps.size() > m_steps.size())
        return false;
    for (qsizetype i = 0; i < other.m_steps.size(); ++i) {
        const Step &a = m_steps.at(i), &b = other.m_steps.at(i);
        if (a.index != b.index || a.key != b.key)
            return false;
    }
    return true;
}

QCborValue PropertyPath::get(const QCborValue &root) const
{
    QCborValue v = root;
    for (const Step &s : m_steps) {
        if (s.isIndex()) {
            if (!v.isArray())
                return QCborValue(QCborSimpleType::Undefined);
            const QCborArray a = v.toArray();
            if (s.index >= a.size())
                return QCborValue(QCborSimpleType::Undefined);
            v = a.at(s.index);
        } else {
            if (!v.isMap())
                return QCborValue(QCborSimpleType::Undefined);
            v = v.toMap().value(s.key);
        }
    }
    return v;
}

namespace {

// Recursive set that keeps every container uniquely owned while it is modified, so a deep set
// costs O(depth) container detaches instead of copies of whole subtrees.
Result<void> setAt(QCborValue &node, const QList<PropertyPath::Step> &steps, qsizetype i,
                   const QCborValue &value, const PropertyPath &whole)
{
    const PropertyPath::Step &s = steps.at(i);
    const bool last = i + 1 == steps.size();
    const QString where = whole.toString();
    if (s.isIndex()) {
        if (!node.isArray())
            return fail(QStringLiteral("expected an array, found %1").arg(json::typeName(node)),
                        where);
        QCborArray a = node.toArray();
        node = QCborValue(); // drop our reference so `a` is the only owner
        if (s.index > a.size() || (s.index == a.size() && !last)) {
            node = std::move(a);
            return fail(QStringLiteral("index %1 is out of range").arg(s.index), where);
        }
        if (last) {
            if (value.isUndefined()) {
                if (s.index < a.size())
                    a.removeAt(s.index);
            } else if (s.index == a.size()) {
                a.append(value);
            } else {
                a[s.index] = value;
            }
            node = std::move(a);
            return {};
        }
        QCborValue child = a.at(s.index);
        a[s.index] = QCborValue();
        auto r = setAt(child, steps, i + 1, value, whole);
        a[s.index] = std::move(child);
        node = std::move(a);
        return r;
    }
    if (node.isUndefined() || node.isNull())
        node = QCborMap();
    if (!node.isMap())
        return fail(QStringLiteral("expected an object, found %1").arg(json::typeName(node)),
                    where);
    QCborMap m = node.toMap();
    node = QCborValue();
    if (last) {
        if (value.isUndefined())
            m.remove(s.key);
        else
            m.insert(s.key, value);
        node = std::move(m);
        return {};
    }
    QCborValue child = m.value(s.key);
    const bool existed = !child.isUndefined();
    if (!existed && value.isUndefined()) { // removing below a missing key: nothing to do
        node = std::move(m);
        return {};
    }
    if (existed)
        m.insert(s.key, QCborValue());
    auto r = setAt(child, steps, i + 1, value, whole);
    if (r || existed)
        m.insert(s.key, std::move(child));
    node = std::move(m);
    return r;
}

} // namespace

Result<void> PropertyPath::set(QCborValue &root, const QCborValue &value) const
{
    if (m_steps.isEmpty())
        return fail(QStringLiteral("empty property path"));
    return setAt(root, m_steps, 0, value, *this);
}

} // namespace ss
