#include "templateengine.h"

#include <QTest>

using namespace ss;

namespace {

class Frame : public TemplateFrame
{
public:
    QHash<QString, TemplateValue> values;
    bool get(QStringView key, TemplateValue &out) const override
    {
        auto it = values.constFind(key.toString());
        if (it == values.constEnd())
            return false;
        out = *it;
        return true;
    }
};

class List : public TemplateList
{
public:
    std::vector<TemplateValue> items;
    qsizetype size() const override { return qsizetype(items.size()); }
    TemplateValue at(qsizetype i) const override { return items[size_t(i)]; }
};

QString render(const QString &source, const Frame &frame)
{
    auto t = Template::compile(source, "t.html");
    if (!t)
        qFatal("compile failed: %s", qPrintable(t.error().toString()));
    return t->render(frame);
}

} // namespace

class tst_TemplateEngine : public QObject
{
    Q_OBJECT
private slots:
    void escapesTextEverywhere()
    {
        Frame f;
        f.values["x"] = TemplateValue::makeText("<script>alert('x')</script> & \"q\" `b`");
        const QString expected =
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; &#96;b&#96;";
        QCOMPARE(render("{{x}}", f), expected);
        // Triple mustache and {{& }} do not unescape plain text: only renderer-made HTML is raw.
        QCOMPARE(render("{{{x}}}", f), expected);
        QCOMPARE(render("{{& x}}", f), expected);
        f.values["h"] = TemplateValue::makeHtml("<b>bold</b>");
        QCOMPARE(render("{{{h}}}|{{h}}", f), QString("<b>bold</b>|&lt;b&gt;bold&lt;/b&gt;"));
    }

    void sectionsListsObjects()
    {
        Frame f;
        auto list = std::make_shared<List>();
        for (const char *n : {"a", "b", "c"}) {
            auto item = std::make_shared<Frame>();
            item->values["name"] = TemplateValue::makeText(QString::fromLatin1(n));
            list->items.push_back(TemplateValue::makeObject(item));
        }
        f.values["items"] = TemplateValue::makeList(list);
        f.values["outer"] = TemplateValue::makeText("O");
        QCOMPARE(render("{{#items}}[{{@index}}/{{@number}} {{name}} {{outer}}{{#@first}} "
                        "first{{/@first}}{{#@last}} last{{/@last}}]{{/items}}",
                        f),
                 QString("[0/1 a O first][1/2 b O][2/3 c O last]"));
        auto obj = std::make_shared<Frame>();
        obj->values["t"] = TemplateValue::makeText("T");
        f.values["obj"] = TemplateValue::makeObject(obj);
        QCOMPARE(render("{{#obj}}{{t}}{{/obj}}{{obj.t}}{{obj.missing}}", f), QString("TT"));
        f.values["empty"] = TemplateValue::makeList(std::make_shared<List>());
        f.values["no"] = TemplateValue::makeBool(false);
        f.values["blank"] = TemplateValue::makeText("");
        QCOMPARE(render("{{#empty}}x{{/empty}}{{^empty}}E{{/empty}}{{^no}}N{{/no}}{{^blank}}B{{/"
                        "blank}}{{^nothing}}M{{/nothing}}",
                        f),
                 QString("ENBM"));
        f.values["s"] = TemplateValue::makeText("v");
        QCOMPARE(render("{{#s}}<{{.}}>{{/s}}{{! a comment }}", f), QString("<v>"));
    }

    void compileErrorsSayWhere_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed section") << "a\n{{#x}}b"
                                          << "unclosed section";
        QTest::newRow("mismatched") << "{{#x}}{{/y}}"
                                    << "{{/y}} closes {{#x}}";
        QTest::newRow("stray close") << "{{/x}}"
                                     << "unexpected";
        QTest::newRow("unclosed tag") << "{{x"
                                      << "unclosed tag";
        QTest::newRow("partial") << "{{> p}}"
                                 << "partials";
        QTest::newRow("bad name") << "{{a b}}"
                                  << "invalid name";
    }
    void compileErrorsSayWhere()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        auto t = Template::compile(source, "comp.html");
        QVERIFY(!t);
        QVERIFY2(t.error().message.contains(message), qPrintable(t.error().toString()));
        QVERIFY(t.error().where.startsWith("comp.html:"));
    }

    void editorMarksOnlyInElementContent()
    {
        // A Text with a field (the renderer's editor marks) is wrapped where a <span> is valid
        // HTML: element content, not attributes, raw-text elements or {{{ }}}.
        Frame f;
        TemplateValue v = TemplateValue::makeText("A & B");
        v.field = "items[0].title";
        f.values["t"] = v;
        TemplateValue m = TemplateValue::makeText("x");
        m.field = "body";
        m.multiline = true;
        f.values["m"] = m;
        f.values["c"] = TemplateValue::makeText("c"); // no field: never wrapped
        const auto out = [&](const QString &src) { return render(src, f); };
        QCOMPARE(out("<h1 class=\"a{{c}}\">{{t}}</h1>"),
                 QString("<h1 class=\"ac\"><span data-ss-field=\"items[0].title\">A &amp; B</span>"
                         "</h1>"));
        QCOMPARE(out("<p>{{m}}</p>"),
                 QString("<p><span data-ss-field=\"body\" data-ss-multiline>x</span></p>"));
        QCOMPARE(out("<img alt=\"{{t}}\" title='x > {{t}}'>"),
                 QString("<img alt=\"A &amp; B\" title='x > A &amp; B'>"));
        QCOMPARE(
            out("<title>{{t}}</title><p>{{t}}</p>"),
            QString("<title>A &amp; B</title><p><span data-ss-field=\"items[0].title\">A &amp; B"
                    "</span></p>"));
        QCOMPARE(out("<script>var x = '{{t}}';</script>"),
                 QString("<script>var x = 'A &amp; B';</script>"));
        QCOMPARE(out("<h{{c}} id=\"{{t}}\">{{#c}}<b>{{t}}</b>{{/c}}</h{{c}}>"),
                 QString("<hc id=\"A &amp; B\"><b><span data-ss-field=\"items[0].title\">A &amp; B"
                         "</span></b></hc>"));
        QCOMPARE(out("<p>{{{t}}}{{&t}}</p>"), QString("<p>A &amp; BA &amp; B</p>"));
        QCOMPARE(out("<svg><text>{{t}}</text></svg><i>{{m}}</i>"),
                 QString("<svg><text>A &amp; B</text></svg><i><span data-ss-field=\"body\" "
                         "data-ss-multiline>x</span></i>"));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateEngine)
#include "tst_templateengine.moc"
