#include "markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <mutex>
#include <vector>

namespace ss::markdown {

namespace {

void ensureExtensions()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

QString stripTags(QStringView html)
{
    QString out;
    out.reserve(html.size());
    bool inTag = false;
    QChar quote;
    for (QChar c : html) {
        if (inTag) {
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('>')) {
                inTag = false;
                out += QLatin1Char(' ');
            }
            continue;
        }
        if (c == QLatin1Char('<')) {
            inTag = true;
            continue;
        }
        out += c;
    }
    return out.simplified();
}

QString toHtml(const QString &markdown)
{
    if (markdown.isEmpty())
        return {};
    ensureExtensions();
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_GITHUB_PRE_LANG;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"})
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, ext);
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *doc = cmark_parser_finish(parser);

    // Strip raw HTML: collect first, then change the tree.
    std::vector<cmark_node *> htmlNodes;
    cmark_iter *iter = cmark_iter_new(doc);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_ENTER && (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK ||
                                        cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE))
            htmlNodes.push_back(node);
    }
    cmark_iter_free(iter);
    for (cmark_node *node : htmlNodes) {
        if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
            const char *literal = cmark_node_get_literal(node);
            const QString text = stripTags(QString::fromUtf8(literal ? literal : ""));
            if (!text.isEmpty()) {
                cmark_node *para = cmark_node_new(CMARK_NODE_PARAGRAPH);
                cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
                cmark_node_set_literal(t, text.toUtf8().constData());
                cmark_node_append_child(para, t);
                cmark_node_insert_before(node, para);
            }
        }
        cmark_node_free(node); // unlinks it
    }

    char *html = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser));
    const QString result = QString::fromUtf8(html);
    free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return result;
}

} // namespace ss::markdown
