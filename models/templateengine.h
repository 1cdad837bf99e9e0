#pragma once

#include "result.h"

#include <QString>

#include <memory>
#include <vector>

namespace ss {

class TemplateFrame;
class TemplateList;

// A value a template can print or iterate. Text is always HTML-escaped on output; only Html
// (produced by the renderer: slots, rich text) may be printed raw with {{{ }}}.
struct TemplateValue
{
    enum class Kind
    {
        Missing,
        Text,
        Html,
        Bool,
        Object,
        List
    };
    Kind kind = Kind::Missing;
    QString text; // Text / Html
    bool flag = false;
    std::shared_ptr<const TemplateFrame> object;
    std::shared_ptr<const TemplateList> list;
    // Editor marks only (Renderer::setEditorMarks): the prop path of the plain-text field this
    // Text shows. Printed with {{ }} in element content, it comes out wrapped in
    // <span data-ss-field="path">; empty (always, outside the editor) prints the text alone.
    QString field;
    bool multiline = false; // a textarea field: the editor lets Enter add a line

    static TemplateValue makeText(QString s)
    {
        return {Kind::Text, std::move(s), false, {}, {}, {}, false};
    }
    static TemplateValue makeHtml(QString s)
    {
        return {Kind::Html, std::move(s), false, {}, {}, {}, false};
    }
    static TemplateValue makeBool(bool b) { return {Kind::Bool, {}, b, {}, {}, {}, false}; }
    static TemplateValue makeObject(std::shared_ptr<const TemplateFrame> f)
    {
        return {Kind::Object, {}, false, std::move(f), {}, {}, false};
    }
    static TemplateValue makeList(std::shared_ptr<const TemplateList> l)
    {
        return {Kind::List, {}, false, {}, std::move(l), {}, false};
    }
    bool truthy() const;
};

// One level of name lookup (a block's props, an array item, the page globals...).
class TemplateFrame
{
public:
    virtual ~TemplateFrame() = default;
    // Sets `out` and returns true if this frame defines `key`.
    virtual bool get(QStringView key, TemplateValue &out) const = 0;
};

class TemplateList
{
public:
    virtual ~TemplateList() = default;
    virtual qsizetype size() const = 0;
    virtual TemplateValue at(qsizetype i) const = 0;
};

// A compiled template of the Mustache dialect in docs/themes.md. Compile once, render often.
class Template
{
public:
    Template();
    ~Template();
    Template(Template &&) noexcept;
    Template &operator=(Template &&) noexcept;

    static Result<Template> compile(const QString &source, const QString &name);

    // Appends the output to `out`. `scope` is innermost-last.
    void render(QString &out, std::vector<const TemplateFrame *> &scope) const;
    QString render(const TemplateFrame &frame) const;

    static void appendEscaped(QString &out, QStringView text);

    struct Node;

private:
    std::vector<Node> m_nodes;
};

} // namespace ss
