#pragma once

#include "result.h"

#include <QByteArray>
#include <QCborValue>

namespace ss::json {

// JSON text <-> QCborValue. Unlike QJsonDocument this keeps the order of object keys (QCborMap is
// ordered), keeps integers as integers, reports errors as "line L, column C: ..." and enforces
// limits so hostile input cannot exhaust the stack or memory.
struct ParseLimits
{
    qsizetype maxBytes = 32 * 1024 * 1024; // a Puck page of 1,900 nodes is 370 KB
    int maxDepth = 512;                    // arrays + objects; the block tree has its own limit
};

Result<QCborValue> parse(const QByteArray &text, const ParseLimits &limits = {});

enum class Style
{
    Compact,
    Indented
};
QByteArray write(const QCborValue &value, Style style = Style::Compact);
void writeTo(QByteArray &out, const QCborValue &value, Style style = Style::Compact);

// Structural equality for JSON values (integers and doubles compare by value; map order ignored
// only when orderMatters is false).
bool equal(const QCborValue &a, const QCborValue &b, bool orderMatters = false);

QString typeName(const QCborValue &v);

} // namespace ss::json
