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
            else if (v.kind == TemplateValue::Kind::Text || v.kind == TemplateValue::Kind::Html)
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
                    nodes.push_back({Template::Node::Type::Text, src.mid(pos), {}, {}});
                pos = src.size();
                return nodes;
            }
            if (open > pos)
                nodes.push_back({Template::Node::Type::Text, src.mid(pos, open - pos), {}, {}});
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
                nodes.push_back({Template::Node::Type::Raw, {}, tag.split(QLatin1Char('.')), {}});
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
                                 std::move(*children)});
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
                 {}});
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
