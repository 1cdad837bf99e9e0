#pragma once

#include <QString>

namespace ss::markdown {

// CommonMark + GFM (tables, strikethrough, autolinks, task lists) to HTML. Raw HTML is stripped:
// inline tags are dropped and HTML blocks become plain paragraphs of their text, so Puck's
// rich text (stored as HTML) keeps its words. Unsafe link schemes are removed by cmark's safe mode.
QString toHtml(const QString &markdown);

// Removes tags from an HTML fragment and decodes nothing: "<p>a <b>b</b></p>" -> "a b".
QString stripTags(QStringView html);

} // namespace ss::markdown
