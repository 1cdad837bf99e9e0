#pragma once

#include <QCborValue>
#include <QObject>
#include <QPlainTextEdit>

#include <functional>

namespace ss::ui {

// First thing in the destructor of a form whose editors report to it (editingFinished on focus
// loss, selection changes): hiding the dying window or destroying its focused child moves the
// focus, and the editors' signals would otherwise run the form's slots on members that are
// already gone (seen as a crash closing an editor with a settings field focused).
inline void detachChildSignals(QObject *form)
{
    const auto children = form->findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, form, nullptr);
}

// A prop value as an editor shows it: strings as they are, numbers and booleans as text, other
// values (maps, arrays, null) as "".
inline QString scalarText(const QCborValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isInteger())
        return QString::number(v.toInteger());
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// A plain-text editor that reports when the user leaves it (the end of a typing gesture; a
// QPlainTextEdit has no editingFinished).
class FocusOutTextEdit : public QPlainTextEdit
{
public:
    std::function<void()> onFocusOut;

protected:
    void focusOutEvent(QFocusEvent *e) override
    {
        QPlainTextEdit::focusOutEvent(e);
        if (onFocusOut)
            onFocusOut();
    }
};

} // namespace ss::ui
