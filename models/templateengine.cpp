#include "templateengine.h"

#include <QStringList>

namespace ss {

struct Template::Node
{
    enum class Type
    {
        Text,
        Variable,
        Raw,
        Section,
        Inverted
    };
    Type type = Type::Text;
    QString text;     // Text
    QStringList name; // dotted name split; {"."} for the current item
    std::vector<Node> children;
    // Variable: printed in element content (not inside a tag, nor in title/script/style/
    // textarea/option/select/noscript/template, nor in svg/math), where an editor mark <span>
    // is valid HTML.
    bool inContent = false;
};

bool TemplateValue::truthy() const
{
    switch (kind) {
    case Kind::Missing:
        return false;
    case Kind::Text:
    case Kind::Html:
        return !text.isEmpty();
    case Kind::Bool:
        return flag;
    case Kind::Object:
        return true;
    case Kind::List:
        return list && list->size() > 0;
    }
    return false;
}

Template::Template() = default;
Template::~Template() = default;
Template::Template(Template &&) noexcept = default;
Template &Template::operator=(Template &&) noexcept = default;

namespace {

// The value of the current item ({{.}}) is kept in a frame of its own.
class DotFrame : public TemplateFrame
{
public:
    explicit DotFrame(TemplateValue v)
        : m_value(std::move(v))
    {}
    bool get(QStringView key, TemplateValue &out) const override
    {
        if (key == u".") {
            out = m_value;
            return true;
        }
        return false;
    }

private:
    TemplateValue m_value;
};

class ItemFrame : public TemplateFrame
{
public:
    ItemFrame(qsizetype index, qsizetype count)
        : m_index(index)
        , m_count(count)
    {}
    bool get(QStringView key, TemplateValue &out) const override
    {
        if (key == u"@index")
            out = TemplateValue::makeText(QString::number(m_index));
        else if (key == u"@number")
            out = TemplateValue::makeText(QString::number(m_index + 1));
        else if (key == u"@first")
            out = TemplateValue::makeBool(m_index == 0);
        else if (key == u"@last")
            out = TemplateValue::makeBool(m_index == m_count - 1);
        else
            return false;
        return true;
    }

private:
    qsizetype m_index;
    qsizetype m_count;
};

TemplateValue lookup(const QStringList &name, const std::vector<const TemplateFrame *> &scope)
{
    TemplateValue v;
    bool found = false;
    for (auto it = scope.rbegin(); it != scope.rend(); ++it) {
        if ((*it)->get(name.first(), v)) {
            found = true;
            break;
        }
    }
    if (!found)
        return {};
    for (qsizetype i = 1; i < name.size(); ++i) {
        if (v.kind != TemplateValue::Kind::Object || !v.object)
            return {};
        TemplateValue next;
        if (!v.object->get(name.at(i), next))
            return {};
        v = std::move(next);
    }
    return v;
}

void renderNodes(const std::vector<Template::Node> &nodes, QString &out,
                 std::vector<const TemplateFrame *> &scope);

void renderSectionBody(const Template::Node &n, const TemplateValue &v, QString &out,
                       std::vector<const TemplateFrame *> &scope)
{
    if (v.kind == TemplateValue::Kind::List) {
        const qsizetype count = v.list->size();
        for (qsizetype i = 0; i < count; ++i) {
            const TemplateValue item = v.list->at(i);
            ItemFrame loop(i, count);
            DotFrame dot(item);
            scope.push_back(&loop);
            scope.push_back(&dot);
            if (item.kind == TemplateValue::Kind::Object && item.object)
                scope.push_back(item.object.get());
            renderNodes(n.children, out, scope);
            if (item.kind == TemplateValue::Kind::Object && item.object)
                scope.pop_back();
            scope.pop_back();
            scope.pop_back();
        }
        return;
    }
    if (v.kind == TemplateValue::Kind::Object && v.object) {
        scope.push_back(v.object.get());
        renderNodes(n.children, out, scope);
        scope.pop_back();
        return;
    }
    DotFrame dot(v);
    scope.push_back(&dot);
    renderNodes(n.children, out, scope);
    scope.pop_back();
}

void renderNodes(const std::vector<Template::Node> &nodes, QString &out,
                 std::vector<const TemplateFrame *> &scope)
{
    for (const Template::Node &n : nodes) {
        switch (n.type) {
        case Template::Node::Type::Text:
            out += n.text;
            break;
        case Template::Node::Type::Variable:
        case Template::Node::Type::Raw: {
            const TemplateValue v = lookup(n.name, scope);
            if (v.kind == TemplateValue::Kind::Html && n.type == Template::Node::Type::Raw)
                out += v.text;
            else if (v.kind == TemplateValue::Kind::Text && !v.field.isEmpty() && n.inContent &&
                     n.type == Template::Node::Type::Variable) {
                out += QLatin1String("<span data-ss-field=\"");
                Template::appendEscaped(out, v.field);
                out += v.multiline ? QLatin1String("\" data-ss-multiline>") : QLatin1String("\">");
                Template::appendEscaped(out, v.text);
                out += QLatin1String("</span>");
            } else if (v.kind == TemplateValue::Kind::Text || v.kind == TemplateValue::Kind::Html)
                Template::appendEscaped(out, v.text);
            else if (v.kind == TemplateValue::Kind::Bool)
                out += v.flag ? QLatin1String("true") : QLatin1String("false");
            break;
        }
        case Template::Node::Type::Section: {
            const TemplateValue v = lookup(n.name, scope);
            if (v.truthy())
                renderSectionBody(n, v, out, scope);
            break;
        }
        case Template::Node::Type::Inverted:
            if (!lookup(n.name, scope).truthy())
                renderNodes(n.children, out, scope);
            break;
        }
    }
}

struct Compiler
{
    const QString &src;
    const QString &name;
    qsizetype pos = 0;

    Error error(qsizetype at, const QString &msg) const
    {
        const qsizetype line = src.left(at).count(QLatin1Char('\n')) + 1;
        return Error{msg, QStringLiteral("%1:%2").arg(name).arg(line)};
    }

    // Where the source is in HTML terms, followed through the text in source order (sections
    // nest properly in the themes, so source order is close enough for the editor marks).
    bool m_inTag = false;
    QChar m_quote = {};        // inside a quoted attribute value
    QString m_rawElement = {}; // inside <title>, <script>... until its end tag
    QString m_tagName = {};    // the tag being read
    bool m_readingName = false;

    void track(const QString &text)
    {
        for (QChar c : text) {
            if (m_inTag) {
                if (m_readingName) {
                    if (c.isLetterOrNumber() || c == QLatin1Char('/') || c == QLatin1Char('!') ||
                        c == QLatin1Char('-')) {
                        m_tagName += c.toLower();
                        continue;
                    }
                    m_readingName = false;
                    onTagName();
                }
                if (!m_quote.isNull()) {
                    if (c == m_quote)
                        m_quote = QChar();
                } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                    m_quote = c;
                } else if (c == QLatin1Char('>')) {
                    m_inTag = false;
                }
            } else if (c == QLatin1Char('<')) {
                m_inTag = true;
                m_readingName = true;
                m_tagName.clear();
            }
        }
    }
    void onTagName()
    {
        static const QStringList raw{QStringLiteral("title"), QStringLiteral("script"),
                                     QStringLiteral("style"), QStringLiteral("textarea"),
                                     QStringLiteral("option"), QStringLiteral("noscript"),
                                     QStringLiteral("template"), QStringLiteral("select"),
                                     // A <span> would break out of foreign content.
                                     QStringLiteral("svg"), QStringLiteral("math")};
        if (m_tagName.startsWith(QLatin1Char('/'))) {
            if (m_tagName.mid(1) == m_rawElement)
                m_rawElement.clear();
        } else if (m_rawElement.isEmpty() && raw.contains(m_tagName)) {
            m_rawElement = m_tagName;
        }
    }
    void pushText(std::vector<Template::Node> &nodes, QString text)
    {
        track(text);
        nodes.push_back({Template::Node::Type::Text, std::move(text), {}, {}, false});
    }

    static bool validName(const QString &n)
    {
        if (n == QLatin1String("."))
            return true;
        if (n.isEmpty())
            return false;
        for (const QString &part : n.split(QLatin1Char('.'))) {
            if (part.isEmpty())
                return false;
            for (QChar c : part)
                if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
                      c == QLatin1Char('@')))
                    return false;
        }
        return true;
    }

    // Parses until {{/closing}} (or the end when closing is empty).
    Result<std::vector<Template::Node>> parse(const QString &closing, int depth)
    {
        std::vector<Template::Node> nodes;
        if (depth > 32)
            return std::unexpected(error(pos, QStringLiteral("sections nested too deeply")));
        for (;;) {
            const qsizetype open = src.indexOf(QLatin1String("{{"), pos);
            if (open < 0) {
                if (!closing.isEmpty())
                    return std::unexpected(
                        error(pos, QStringLiteral("unclosed section {{#%1}}").arg(closing)));
                if (pos < src.size())
                    pushText(nodes, src.mid(pos));
                pos = src.size();
                return nodes;
            }
            if (open > pos)
                pushText(nodes, src.mid(pos, open - pos));
            const bool triple = src.mid(open, 3) == QLatin1String("{{{");
            const QString closeTag = triple ? QStringLiteral("}}}") : QStringLiteral("}}");
            const qsizetype close = src.indexOf(closeTag, open + (triple ? 3 : 2));
            if (close < 0)
                return std::unexpected(error(open, QStringLiteral("unclosed tag")));
            QString tag =
                src.mid(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2)).trimmed();
            pos = close + closeTag.size();
            if (triple) {
                if (!validName(tag))
                    return std::unexpected(
                        error(open, QStringLiteral("invalid name \"%1\"").arg(tag)));
                nodes.push_back(
                    {Template::Node::Type::Raw, {}, tag.split(QLatin1Char('.')), {}, false});
                if (tag == QLatin1String("."))
                    nodes.back().name = QStringList{tag};
                continue;
            }
            const QChar sigil = tag.isEmpty() ? QChar() : tag.at(0);
            if (sigil == QLatin1Char('!'))
                continue;
            if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
                const QString n = tag.mid(1).trimmed();
                if (!validName(n) || n == QLatin1String("."))
                    return std::unexpected(
                        error(open, QStringLiteral("invalid section name \"%1\"").arg(n)));
                auto children = parse(n, depth + 1);
                if (!children)
                    return std::unexpected(children.error());
                nodes.push_back({sigil == QLatin1Char('#') ? Template::Node::Type::Section
                                                           : Template::Node::Type::Inverted,
                                 {},
                                 n.split(QLatin1Char('.')),
                                 std::move(*children),
                                 false});
                continue;
            }
            if (sigil == QLatin1Char('/')) {
                const QString n = tag.mid(1).trimmed();
                if (n != closing)
                    return std::unexpected(error(
                        open, closing.isEmpty()
                                  ? QStringLiteral("unexpected {{/%1}}").arg(n)
                                  : QStringLiteral("{{/%1}} closes {{#%2}}").arg(n, closing)));
                return nodes;
            }
            if (sigil == QLatin1Char('>') || sigil == QLatin1Char('=') || sigil == QLatin1Char('<'))
                return std::unexpected(error(
                    open, QStringLiteral("partials and delimiter changes are not supported")));
            Template::Node::Type type = Template::Node::Type::Variable;
            if (sigil == QLatin1Char('&')) {
                type = Template::Node::Type::Raw;
                tag = tag.mid(1).trimmed();
            }
            if (!validName(tag))
                return std::unexpected(error(open, QStringLiteral("invalid name \"%1\"").arg(tag)));
            nodes.push_back(
                {type,
                 {},
                 tag == QLatin1String(".") ? QStringList{tag} : tag.split(QLatin1Char('.')),
                 {},
                 !m_inTag && m_rawElement.isEmpty()});
        }
    }
};

} // namespace

Result<Template> Template::compile(const QString &source, const QString &name)
{
    Compiler c{source, name};
    auto nodes = c.parse(QString(), 0);
    if (!nodes)
        return std::unexpected(nodes.error());
    Template t;
    t.m_nodes = std::move(*nodes);
    return t;
}

void Template::render(QString &out, std::vector<const TemplateFrame *> &scope) const
{
    renderNodes(m_nodes, out, scope);
}

QString Template::render(const TemplateFrame &frame) const
{
    QString out;
    std::vector<const TemplateFrame *> scope{&frame};
    render(out, scope);
    return out;
}

void Template::appendEscaped(QString &out, QStringView text)
{
    qsizetype run = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        const char *rep = nullptr;
        switch (c) {
        case u'&':
            rep = "&amp;";
            break;
        case u'<':
            rep = "&lt;";
            break;
        case u'>':
            rep = "&gt;";
            break;
        case u'"':
            rep = "&quot;";
            break;
        case u'\'':
            rep = "&#39;";
            break;
        case u'`':
            rep = "&#96;";
            break;
        default:
            continue;
        }
        out.append(text.mid(run, i - run));
        out.append(QLatin1String(rep));
        run = i + 1;
    }
    out.append(text.mid(run));
}

} // namespace ss
