#pragma once

#include "result.h"

#include <QCborValue>
#include <QList>
#include <QString>

namespace ss {

// A path into a prop value as Puck writes it: `title`, `image.url`, `buttons[1].label`.
class PropertyPath
{
public:
    struct Step
    {
        QString key; // empty for an index step
        qsizetype index = -1;
        bool isIndex() const { return index >= 0; }
    };

    static Result<PropertyPath> parse(const QString &text);
    static PropertyPath fromSteps(QList<Step> steps);

    const QList<Step> &steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    QString toString() const;
    // True when this path equals `other` or lies inside it (`a.b` is within `a`).
    bool isWithin(const PropertyPath &other) const;

    // Returns the value at the path, or an undefined QCborValue when some step is missing.
    QCborValue get(const QCborValue &root) const;
    // Sets the value; creates missing object keys; an index must exist or equal the array size
    // (append). Setting an undefined value removes the key / element. Errors name the step.
    Result<void> set(QCborValue &root, const QCborValue &value) const;

private:
    QList<Step> m_steps;
};

} // namespace ss
