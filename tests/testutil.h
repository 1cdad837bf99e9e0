#pragma once

#include "json.h"

#include <QCborValue>
#include <QFile>
#include <QString>
#include <QTest>

namespace ss::test {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

inline QCborValue parseOrDie(const QByteArray &text)
{
    auto v = json::parse(text);
    if (!v)
        qFatal("bad test JSON: %s", qPrintable(v.error().toString()));
    return *v;
}

// For QVERIFY2, which evaluates its message even when the check passes.
template<typename R>
QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}
#define SS_WHY(r) ss::test::why(r).constData()

inline QString fixture(const QString &name)
{
    return QStringLiteral(SS_FIXTURES_DIR "/puck/") + name;
}

} // namespace ss::test
