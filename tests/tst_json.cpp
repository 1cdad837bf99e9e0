#include "json.h"
#include "testutil.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace ss;

class tst_Json : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("object order kept")
            << QByteArray(R"({"z":1,"a":2,"m":{"y":null,"b":[1,2,3]}})");
        QTest::newRow("integers stay integers") << QByteArray(R"([0,-1,24,9007199254740993])");
        QTest::newRow("doubles") << QByteArray(R"([1.5,-0.25,1e+21,3.14159])");
        // (not a raw string literal: moc 6.4 mis-lexes escaped quotes inside raw strings)
        QTest::newRow("escapes") << QByteArray(
            "[\"a\\\"b\\\\c\\nd\\u0001\",\"\\u00e9\\ud83d\\ude00\"]");
        QTest::newRow("literals") << QByteArray(R"([true,false,null])");
        QTest::newRow("empty containers") << QByteArray(R"({"a":{},"b":[]})");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, text);
        auto v = json::parse(text);
        QVERIFY2(v, SS_WHY(v));
        const QByteArray out = json::write(*v);
        auto again = json::parse(out);
        QVERIFY(again);
        QVERIFY(json::equal(*v, *again, true));
        if (!text.contains("\\u") && !text.contains("e+21"))
            QCOMPARE(out, text);
    }

    void keyOrderIsPreserved()
    {
        auto v = json::parse(R"({"content":[],"root":{"props":{"title":"x"}},"zones":{}})");
        QVERIFY(v);
        QStringList keys;
        const QCborMap m = v->toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            keys << it.key().toString();
        QCOMPARE(keys, (QStringList{"content", "root", "zones"}));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2") << "line 1, column 12"
                                   << "truncated";
        QTest::newRow("truncated string") << QByteArray("{\"a\": \"abc") << "line 1"
                                          << "truncated";
        QTest::newRow("second line") << QByteArray("{\n  \"a\": tru\n}") << "line 2, column 8"
                                     << "invalid value";
        QTest::newRow("trailing comma") << QByteArray("[1,]") << "line 1, column 4"
                                        << "invalid value";
        QTest::newRow("invalid utf8") << QByteArray("[\"a\xff\"]") << "line 1"
                                      << "UTF-8";
        QTest::newRow("overlong utf8") << QByteArray("[\"\xc0\xaf\"]") << "line 1"
                                       << "UTF-8";
        QTest::newRow("surrogate in utf8") << QByteArray("[\"\xed\xa0\x80\"]") << "line 1"
                                           << "UTF-8";
        QTest::newRow("lone surrogate escape") << QByteArray(R"(["\ud800"])") << "line 1"
                                               << "surrogate";
        QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":2})") << "line 1, column 8"
                                       << "duplicate key";
        QTest::newRow("garbage after") << QByteArray("{} x") << "line 1"
                                       << "after the JSON value";
        QTest::newRow("control char") << QByteArray("[\"a\nb\"]") << "line 1"
                                      << "control character";
        QTest::newRow("empty") << QByteArray("") << ""
                               << "empty document";
        QTest::newRow("huge number") << QByteArray("[1e999]") << "line 1"
                                     << "out of range";
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        auto v = json::parse(text);
        QVERIFY(!v);
        QVERIFY2(where.isEmpty() || v.error().where.startsWith(where), SS_WHY(v));
        QVERIFY2(v.error().message.contains(message), SS_WHY(v));
    }

    void deepNestingIsRefused()
    {
        const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
        auto v = json::parse(deep);
        QVERIFY(!v);
        QVERIFY(v.error().message.contains("nesting deeper than"));
        // Just under the limit parses.
        json::ParseLimits limits;
        const QByteArray ok = QByteArray(limits.maxDepth, '[') + QByteArray(limits.maxDepth, ']');
        QVERIFY(json::parse(ok));
    }

    void sizeLimit()
    {
        QByteArray big(64 * 1024 * 1024, ' ');
        big[0] = '[';
        big[big.size() - 1] = ']';
        auto v = json::parse(big);
        QVERIFY(!v);
        QVERIFY2(v.error().message.contains("64.0 MiB"), SS_WHY(v));
        QVERIFY(v.error().message.contains("limit is 32 MiB"));
    }

    void indentedOutputParsesBack()
    {
        auto v = json::parse(R"({"a":[1,{"b":"c"}],"d":{}})");
        QVERIFY(v);
        const QByteArray pretty = json::write(*v, json::Style::Indented);
        QVERIFY(pretty.contains("\n  \"a\": [\n    1,"));
        auto back = json::parse(pretty);
        QVERIFY(back && json::equal(*v, *back, true));
    }
};

QTEST_GUILESS_MAIN(tst_Json)
#include "tst_json.moc"
