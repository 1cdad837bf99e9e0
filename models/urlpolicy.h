#pragma once

#include <QString>

namespace ss::urlpolicy {

// Decisions about URLs that come from props. Each returns an empty string when the value is not
// allowed, so a template's {{#href}} section disappears instead of linking somewhere unsafe.

// Links: http(s), mailto, tel, #anchors, site paths (/about -> <base>about/), relative paths.
// `javascript:`, `data:`, `vbscript:`, `file:` and any other scheme are refused, including
// obfuscated forms browsers would still run ("java\tscript:", " JAVASCRIPT:").
QString link(const QString &value, const QString &base);

// Images: https/http URLs, site assets "assets/<sha256>.<ext>" and theme files "theme:<path>".
QString image(const QString &value, const QString &base);

// YouTube / Vimeo page or embed URLs -> the provider's embed URL; anything else -> "".
QString videoEmbed(const QString &value);

// "#abc", "#aabbcc", "#aabbccdd" -> itself; anything else -> "".
QString color(const QString &value);

// "640px", "40rem", "75%", "60ch", "0" -> itself; anything else (e.g. "1px; background:url(x)") ->
// "".
QString cssLength(const QString &value);

// Phone numbers ("+1 (555) 010-0200") and e-mail addresses for tel:/mailto: links; else "".
QString phone(const QString &value);
QString email(const QString &value);

bool isSafeRelativePath(const QString &path); // no "..", no absolute, plain characters only

} // namespace ss::urlpolicy
